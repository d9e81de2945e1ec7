// Opening a dataset through the loading worker, whatever it comes from (the
// bundled dataset, a file, a link): progress in the store, a cancel that leaves
// the open dataset as it was, and the result assembled message by message so the
// page never blocks for long. A large dataset opens on a quick layout; its worker
// is kept, computes the final layout once the quick one is drawn, and sends the
// final positions, which apply to that dataset only.

import type { Rollup } from '../io/eventRecords';
import type { LoadMessage, LoadRequest, ToLoadWorker } from '../io/loadProtocol';
import type { Relation } from '../model/types';
import { createLoadWorker } from './createLoadWorker';
import { loadedDataset } from './loaded';
import { openDataset } from './slices/datasetSlice';
import { useStore } from './store';

/** the worker of the load under way */
let current: Worker | null = null;
/** ends the load under way as not opened (its promise resolves false) */
let abandon: (() => void) | null = null;
/** the worker still to compute the open dataset's final layout, that dataset's serial, and whether it was told to */
let settling: { worker: Worker; serial: number; told: boolean } | null = null;
/** How long after opening the final layout starts at the latest, if the graph never says it drew the quick one. */
const SETTLE_WAIT = 1000;

/** Stops the final layout of the open dataset, when a newer one is opened. */
function stopSettling(): void {
  settling?.worker.terminate();
  settling = null;
}

/** Shows a load's failure: one error with no place (the file could not be read, the loader broke). */
function fail(name: string, message: string): void {
  useStore.getState().failLoad({ name, errors: [{ path: [], message }], errorCount: 1 });
}

/**
 * Stops the load under way, if any; what was open stays open, and so does the
 * computing of its final layout (which a newer dataset stops once it opens).
 */
export function cancelLoad(): void {
  current?.terminate();
  current = null;
  useStore.getState().setLoading(null);
  // whoever waits for it learns it did not open (the link a page opened on falls back to the bundled dataset)
  const end = abandon;
  abandon = null;
  end?.();
}

/** Whether a load is under way (a newer one that replaced the one awaited, for instance). */
export function loading(): boolean {
  return current !== null;
}

export interface LoadOptions {
  /** what is loading, for progress and errors: file names, a URL's last part */
  displayName: string;
  /** the name it is shown by once open, instead of the file's ("the bundled dataset") */
  openName?: string;
  /** the URL it came from, kept in links */
  dataUrl?: string;
}

/**
 * The quick layout of the dataset opened as `serial` is drawn: its worker goes on with
 * the final one after the frame is shown (before, they would share the CPU and the
 * first picture would come later on a machine with few cores).
 */
export function quickLayoutDrawn(serial: number): void {
  const s = settling;
  if (!s || s.serial !== serial || s.told) return;
  s.told = true;
  const tell = () => s.worker.postMessage({ type: 'settle' } satisfies ToLoadWorker);
  window.requestAnimationFrame(() => window.setTimeout(tell, 0));
}

/** The final positions of the dataset opened as `serial` (null: they could not be computed). */
function settle(serial: number, positions: Float64Array | null): void {
  stopSettling();
  useStore.getState().settleLayout(serial, positions);
  performance.mark('faultlines-layout-settled');
}

/** Loads in the worker; resolves with whether a dataset was opened (on a quick layout, when it is large). */
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
  /** the final positions, when they come before the dataset is committed */
  let early: Float64Array | null = null;
  return new Promise((resolve) => {
    abandon = () => resolve(false);
    const finish = (opened: boolean) => {
      worker.terminate();
      if (current === worker) {
        current = null;
        abandon = null;
      }
      useStore.getState().setLoading(null);
      resolve(opened);
    };
    worker.onerror = (e) => {
      if (settling?.worker === worker) {
        // the dataset is open: it stays on its quick layout
        console.error(`the layout of ${displayName} could not be finished: ${e.message}`);
        settle(settling.serial, null);
        return;
      }
      if (current !== worker) return;
      fail(displayName, `the loader failed: ${e.message}`);
      finish(false);
    };
    worker.onmessage = (event: MessageEvent<LoadMessage>) => {
      const m = event.data;
      const s = useStore.getState();
      if (m.type === 'positions') {
        // before the dataset is committed they wait for it; a worker stopped since has no say
        if (current === worker) early = m.positions;
        else if (settling?.worker === worker) settle(settling.serial, m.positions);
        return;
      }
      if (current !== worker) return; // cancelled
      if (m.type === 'progress') s.setLoading({ name: displayName, stage: m.stage, fraction: m.fraction });
      else if (m.type === 'relations') {
        for (const r of JSON.parse(m.json) as Relation[]) relations.push(r);
      } else if (m.type === 'failed') {
        s.failLoad({ name: m.name, errors: m.errors, errorCount: m.errorCount });
        finish(false);
      } else if (m.type === 'needs-mapping') {
        // asked on the page; the answer loads the same files again with it
        const options = { displayName, openName, dataUrl };
        s.askMapping({
          ...m.mapping,
          open: (mapping) => void loadInWorker({ ...request, options: { ...request.options, mapping } }, options),
        });
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
              m.settling,
            ),
          );
          window.setTimeout(() => {
            if (current !== worker) return;
            // the previous dataset's final layout is of no use any more
            stopSettling();
            const events = m.events && {
              ...m.events,
              reopen: (rollup: Rollup) =>
                void loadInWorker(
                  { ...request, options: { ...request.options, rollup } },
                  { displayName, openName, dataUrl },
                ),
            };
            useStore.getState().commitLoad(opened, dataUrl, events);
            performance.mark('faultlines-load-done');
            if (!m.settling) {
              finish(true);
              return;
            }
            // the worker goes on with the final layout
            current = null;
            abandon = null;
            useStore.getState().setLoading(null);
            const serial = opened.loaded.serial;
            settling = { worker, serial, told: false };
            if (early) settle(serial, early);
            else window.setTimeout(() => quickLayoutDrawn(serial), SETTLE_WAIT);
            resolve(true);
          }, 0);
        }, 0);
      }
    };
    worker.postMessage(request);
  });
}
