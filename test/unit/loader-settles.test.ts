// The loader with a stand-in worker: a dataset that opens on a quick layout keeps
// its worker, tells it to go on once the quick layout is drawn (or after a moment),
// and takes the final positions, which apply to that dataset only, whenever they
// come (before the dataset is committed, after a newer one opened, after a load
// that was cancelled).
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import bundled from '../../data/aleppo-2024.json';
import type { LoadMessage, ToLoadWorker } from '../../src/io/loadProtocol';
import { beginPrepare } from '../../src/model/prepare';
import { validateDataset, type ValidDataset } from '../../src/model/validate';
import { cancelLoad, loadInWorker, quickLayoutDrawn } from '../../src/state/loader';
import { useStore } from '../../src/state/store';

/** A worker that answers only when the test says. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((e: { data: LoadMessage }) => void) | null = null;
  onerror: ((e: { message: string }) => void) | null = null;
  terminated = false;
  /** what the page sent it */
  received: ToLoadWorker[] = [];
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(m: ToLoadWorker): void {
    this.received.push(m);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** what the page would receive; a terminated worker sends nothing */
  send(m: LoadMessage): void {
    if (!this.terminated) this.onmessage?.({ data: m });
  }
}

vi.mock('../../src/state/createLoadWorker', () => ({ createLoadWorker: () => new FakeWorker() }));

let v: ValidDataset;
beforeAll(() => {
  vi.stubGlobal('window', globalThis);
  vi.stubGlobal('requestAnimationFrame', (f: () => void) => setTimeout(f, 16));
  const checked = validateDataset(bundled);
  if (!checked.ok) throw new Error('the bundled dataset does not validate');
  v = checked;
});
afterEach(() => {
  FakeWorker.made = [];
  vi.useRealTimers();
});

/** Starts a load and answers it as the worker does for a dataset laid out after its first picture. */
function open(title: string, settling = true) {
  const dataset = { ...v.dataset, meta: { ...v.dataset.meta, title } };
  const start = beginPrepare({ ...v, dataset }, { settleLaterAbove: settling ? 0 : Infinity });
  const opened = loadInWorker({ type: 'files', files: [] }, { displayName: `${title}.json` });
  const worker = FakeWorker.made[FakeWorker.made.length - 1];
  const { relations, ...head } = dataset;
  const done = () => {
    worker.send({ type: 'relations', json: JSON.stringify(relations) });
    worker.send({
      type: 'done',
      name: title,
      head,
      types: [...v.types],
      settling: start.settling,
      prepared: start.prepared,
      warnings: [],
      warningCount: 0,
    });
  };
  return { worker, opened, done, final: start.finish(), quick: start.prepared.positions.slice() };
}

const title = () => useStore.getState().loaded?.valid.dataset.meta.title;
const xy = () => {
  const loaded = useStore.getState().loaded!;
  return Float64Array.from(
    loaded.valid.dataset.actors.flatMap((a) => [loaded.positions.get(a.id)!.x, loaded.positions.get(a.id)!.y]),
  );
};

describe('a dataset that opens on a quick layout', () => {
  it('opens at once on the quick positions, keeps its worker, and takes the final ones when they come', async () => {
    const a = open('A');
    a.done();
    expect(await a.opened).toBe(true);
    expect(title()).toBe('A');
    expect(useStore.getState().loading).toBeNull();
    expect(useStore.getState().layoutSettling).toBe(true);
    expect(xy()).toEqual(a.quick);
    expect(a.worker.terminated).toBe(false);
    a.worker.send({ type: 'positions', positions: a.final.slice() });
    expect(useStore.getState().layoutSettling).toBe(false);
    expect(xy()).toEqual(a.final);
    expect(a.worker.terminated).toBe(true);
  });

  it('takes final positions that come before the dataset is committed, once it is', async () => {
    const a = open('A');
    a.done();
    a.worker.send({ type: 'positions', positions: a.final.slice() });
    expect(await a.opened).toBe(true);
    expect(title()).toBe('A');
    expect(useStore.getState().layoutSettling).toBe(false);
    expect(xy()).toEqual(a.final);
  });

  it('never applies the final positions of a dataset to a newer one', async () => {
    const a = open('A');
    a.done();
    expect(await a.opened).toBe(true);
    const b = open('B');
    // A's layout goes on while B loads: a load may yet fail or be cancelled
    expect(a.worker.terminated).toBe(false);
    b.done();
    expect(await b.opened).toBe(true);
    expect(title()).toBe('B');
    expect(a.worker.terminated).toBe(true);
    // were it still to answer, it would not be heard
    a.worker.onmessage?.({ data: { type: 'positions', positions: new Float64Array(a.final.length) } });
    expect(xy()).toEqual(b.quick);
    expect(useStore.getState().layoutSettling).toBe(true);
    b.worker.send({ type: 'positions', positions: b.final.slice() });
    expect(xy()).toEqual(b.final);
  });

  it('still settles the open dataset when a newer load is cancelled or fails', async () => {
    const a = open('A');
    a.done();
    expect(await a.opened).toBe(true);
    open('B');
    cancelLoad();
    const c = open('C');
    c.worker.send({ type: 'failed', name: 'C', errors: [], errorCount: 0, warnings: [], warningCount: 0 });
    expect(await c.opened).toBe(false);
    expect(useStore.getState().layoutSettling).toBe(true);
    a.worker.send({ type: 'positions', positions: a.final.slice() });
    expect(title()).toBe('A');
    expect(xy()).toEqual(a.final);
    expect(useStore.getState().layoutSettling).toBe(false);
  });

  it('stops a settling worker when a dataset without one opens', async () => {
    const a = open('A');
    a.done();
    expect(await a.opened).toBe(true);
    const b = open('B', false);
    b.done();
    expect(await b.opened).toBe(true);
    expect(a.worker.terminated).toBe(true);
    expect(b.worker.terminated).toBe(true);
    expect(useStore.getState().layoutSettling).toBe(false);
    expect(xy()).toEqual(b.final);
  });

  it('tells the worker to go on once the quick layout is drawn, or a moment after opening at most', async () => {
    const told = (w: FakeWorker) => w.received.filter((m) => m.type === 'settle').length;
    const frame = () => new Promise((resolve) => setTimeout(resolve, 40));
    const a = open('A');
    a.done();
    expect(await a.opened).toBe(true);
    const serial = useStore.getState().loaded!.serial;
    expect(told(a.worker)).toBe(0);
    quickLayoutDrawn(serial - 1); // another dataset's: nothing
    quickLayoutDrawn(serial);
    expect(told(a.worker)).toBe(0); // after the frame is shown
    await frame();
    expect(told(a.worker)).toBe(1);
    quickLayoutDrawn(serial);
    await frame();
    expect(told(a.worker)).toBe(1);

    vi.useFakeTimers();
    const b = open('B');
    b.done();
    await vi.advanceTimersByTimeAsync(10);
    expect(await b.opened).toBe(true);
    expect(told(b.worker)).toBe(0);
    await vi.advanceTimersByTimeAsync(1100);
    expect(told(b.worker)).toBe(1);
  });
});
