// Opening a dataset through the loading worker, whatever it comes from (the
// bundled dataset, a file, a link): progress in the store, a cancel that leaves
// the open dataset as it was, and the result assembled message by message so the
// page never blocks for long.

import type { LoadMessage, LoadRequest } from '../io/loadProtocol';
import type { Relation } from '../model/types';
import { createLoadWorker } from './createLoadWorker';
import { loadedDataset } from './loaded';
import { openDataset } from './slices/datasetSlice';
import { useStore } from './store';

let current: Worker | null = null;

/** Shows a load's failure: one error with no place (the file could not be read, the loader broke). */
function fail(name: string, message: string): void {
  useStore.getState().failLoad({ name, errors: [{ path: [], message }], errorCount: 1 });
}

/** Stops the load under way, if any; what was open stays open. */
export function cancelLoad(): void {
  current?.terminate();
  current = null;
  useStore.getState().setLoading(null);
}

export interface LoadOptions {
  /** what is loading, for progress and errors: file names, a URL's last part */
  displayName: string;
  /** the name it is shown by once open, instead of the file's ("the bundled dataset") */
  openName?: string;
  /** the URL it came from, kept in links */
  dataUrl?: string;
}

/** Loads in the worker; resolves with whether a dataset was opened. */
export function loadInWorker(request: LoadRequest, { displayName, openName, dataUrl }: LoadOptions): Promise<boolean> {
  cancelLoad();
  let worker: Worker;
  try {
    worker = createLoadWorker();
  } catch (e) {
    fail(displayName, `the loader could not start: ${e instanceof Error ? e.message : String(e)}`);
    return Promise.resolve(false);
  }
  current = worker;
  // marks for benchmarks and the browser's performance panel
  performance.mark('faultlines-load-start');
  useStore.getState().setLoading({ name: displayName, stage: 'starting', fraction: null });
  const relations: Relation[] = [];
  return new Promise((resolve) => {
    const finish = (opened: boolean) => {
      worker.terminate();
      if (current === worker) current = null;
      useStore.getState().setLoading(null);
      resolve(opened);
    };
    worker.onerror = (e) => {
      fail(displayName, `the loader failed: ${e.message}`);
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
        s.failLoad({ name: m.name, errors: m.errors, errorCount: m.errorCount });
        finish(false);
      } else {
        s.setLoading({ name: displayName, stage: 'opening', fraction: 1 });
        // two more tasks, each well within budget: the engine's first run, then the store and the page's render
        window.setTimeout(() => {
          if (current !== worker) return; // cancelled meanwhile
          const opened = openDataset(
            loadedDataset(
              openName ?? m.name,
              {
                ok: true,
                dataset: { ...m.head, relations },
                types: new Map(m.types),
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
            useStore.getState().commitLoad(opened, dataUrl);
            performance.mark('faultlines-load-done');
            finish(true);
          }, 0);
        }, 0);
      }
    };
    worker.postMessage(request);
  });
}
