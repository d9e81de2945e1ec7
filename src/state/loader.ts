// Opening a file or a link through the loading worker: progress in the store,
// a cancel that leaves the open dataset as it was, and the result assembled
// message by message so the page never blocks for long.

import type { LoadMessage, LoadRequest } from '../io/loadProtocol';
import type { Interval } from '../model/dates';
import type { Relation } from '../model/types';
import type { Validation } from '../model/validate';
import { createLoadWorker } from './createLoadWorker';
import { loadedDataset } from './loaded';
import { openDataset, useStore } from './store';

let current: Worker | null = null;

function failure(message: string): Validation {
  return { ok: false, errors: [{ path: [], message }], errorCount: 1, warnings: [], warningCount: 0 };
}

/** Stops the load under way, if any; what was open stays open. */
export function cancelLoad(): void {
  current?.terminate();
  current = null;
  useStore.getState().setLoading(null);
}

/** Loads in the worker; resolves with whether a dataset was opened. */
export function loadInWorker(request: LoadRequest, displayName: string, dataUrl?: string): Promise<boolean> {
  cancelLoad();
  const store = useStore.getState();
  let worker: Worker;
  try {
    worker = createLoadWorker();
  } catch (e) {
    store.applyLoad(displayName, failure(`the loader could not start: ${e instanceof Error ? e.message : String(e)}`));
    return Promise.resolve(false);
  }
  current = worker;
  // marks for benchmarks and the browser's performance panel
  performance.mark('faultlines-load-start');
  store.setLoading({ name: displayName, stage: 'starting', fraction: null });
  const relations: Relation[] = [];
  return new Promise((resolve) => {
    const finish = (opened: boolean) => {
      worker.terminate();
      if (current === worker) current = null;
      useStore.getState().setLoading(null);
      resolve(opened);
    };
    worker.onerror = (e) => {
      useStore.getState().applyLoad(displayName, failure(`the loader failed: ${e.message}`));
      finish(false);
    };
    worker.onmessage = (event: MessageEvent<LoadMessage>) => {
      if (current !== worker) return; // cancelled
      const m = event.data;
      const s = useStore.getState();
      if (m.type === 'progress') s.setLoading({ name: displayName, stage: m.stage, fraction: m.fraction });
      else if (m.type === 'relations') {
        for (const r of m.relations) relations.push(r);
      } else if (m.type === 'failed') {
        const { type: _type, name, ...result } = m;
        void _type;
        s.applyLoad(name, { ...result, ok: false });
        finish(false);
      } else {
        const intervals: Interval[] = new Array(relations.length);
        for (let i = 0; i < relations.length; i++) {
          intervals[i] = m.undated[i] ? { undated: true } : { undated: false, start: m.start[i], end: m.end[i] };
        }
        s.setLoading({ name: displayName, stage: 'opening', fraction: 1 });
        // two more tasks, each well within budget: the engine's first run, then the store and the page's render
        window.setTimeout(() => {
          if (current !== worker) return; // cancelled meanwhile
          const opened = openDataset(
            loadedDataset(
              m.name,
              {
                ok: true,
                dataset: { ...m.head, relations },
                types: new Map(m.types),
                intervals,
                errors: [],
                errorCount: 0,
                warnings: m.warnings,
                warningCount: m.warningCount,
              },
              m.prepared,
            ),
          );
          window.setTimeout(() => {
            if (current !== worker) return;
            const shown = useStore.getState().commitLoad(opened, dataUrl);
            performance.mark('faultlines-load-done');
            finish(shown);
          }, 0);
        }, 0);
      }
    };
    worker.postMessage(request);
  });
}
