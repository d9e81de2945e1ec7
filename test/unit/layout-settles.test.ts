// A large dataset opens on a quick layout and settles: the final positions sent
// after the quick ones are prepare()'s, whatever was transferred meanwhile; the
// quick layout is seeded and in the final one's units; the threshold; the store
// applies final positions to the dataset they were computed for, and no other.
import { beforeAll, describe, expect, it } from 'vitest';
import { createStore, type StoreApi } from 'zustand/vanilla';
import bundled from '../../data/aleppo-2024.json';
import { beginPrepare, prepare, SETTLE_LATER_ABOVE, type Prepared } from '../../src/model/prepare';
import type { Dataset } from '../../src/model/types';
import { validateDataset, type ValidDataset } from '../../src/model/validate';
import { loadedDataset } from '../../src/state/loaded';
import { openDataset } from '../../src/state/slices/datasetSlice';
import { storeCreator, type Store } from '../../src/state/store';
import { generateDataset } from '../bench/generate';
import { generateEvents } from '../bench/generateEvents';
import { communityEvents } from './communityEvents';

function valid(data: unknown): ValidDataset {
  const v = validateDataset(data);
  if (!v.ok) throw new Error(`invalid: ${JSON.stringify(v.errors.slice(0, 2))}`);
  return v;
}

/** The typed arrays a worker transfers with `done`: detached here, as they are there. */
function transferAway(p: Prepared): void {
  const views = [p.positions, p.communities, ...Object.values(p.grouping), ...Object.values(p.index)].filter(
    (v): v is ArrayBufferView => ArrayBuffer.isView(v),
  );
  structuredClone(null, { transfer: [...new Set(views.map((v) => v.buffer))] });
}

describe('a dataset laid out after its first picture', () => {
  const events = valid(generateEvents({ actors: 1000, events: 3500 }));
  let reference: Prepared;
  beforeAll(() => {
    reference = prepare(events);
  }, 60_000);

  it('sends prepare()’s final positions after the quick ones, though the quick arrays were transferred', () => {
    const start = beginPrepare(events);
    expect(start.settling).toBe(true);
    const quick = start.prepared.positions.slice();
    expect(start.prepared.fingerprint).toBe(reference.fingerprint);
    expect([...start.prepared.communities]).toEqual([...reference.communities]);
    transferAway(start.prepared);
    expect(start.prepared.positions.length).toBe(0); // detached, as in the worker
    const final = start.finish();
    expect(final).toEqual(reference.positions);
    expect(final).not.toEqual(quick);
    // asked again: the same, not a second run from where the first left the layout
    expect(start.finish()).toEqual(reference.positions);
  }, 60_000);

  it('gives the same quick layout every time, in a box of side 1 like the final one', () => {
    const a = beginPrepare(events).prepared.positions;
    const b = beginPrepare(events).prepared.positions;
    expect(a).toEqual(b);
    expect(a.every(Number.isFinite)).toBe(true);
    const xs = a.filter((_, i) => i % 2 === 0);
    const ys = a.filter((_, i) => i % 2 === 1);
    expect(Math.min(...xs, ...ys)).toBeCloseTo(0, 12);
    expect(Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys))).toBeCloseTo(1, 12);
    // a first picture of the same map: communities start apart, each actor not far from where it ends
    const moved = Array.from({ length: a.length / 2 }, (_, k) =>
      Math.hypot(a[2 * k] - reference.positions[2 * k], a[2 * k + 1] - reference.positions[2 * k + 1]),
    ).sort((x, y) => x - y);
    expect(moved[moved.length >> 1]).toBeLessThan(0.2);
  });

  it('holds actors with x, y from the file at their place in the quick layout too, and ends as prepare()', () => {
    const { dataset } = communityEvents(400, 1200, 3);
    const partial: Dataset = {
      ...dataset,
      actors: dataset.actors.map((a, k) => (k % 4 === 0 ? { ...a, x: k * 3, y: -k } : a)),
    };
    const v = valid(partial);
    const start = beginPrepare(v);
    expect(start.settling).toBe(true);
    const quick = start.prepared.positions;
    partial.actors.forEach((a, k) => {
      if (a.x !== undefined) expect([quick[2 * k], quick[2 * k + 1]]).toEqual([a.x, a.y]);
      else expect(Number.isFinite(quick[2 * k]) && Number.isFinite(quick[2 * k + 1])).toBe(true);
    });
    expect(start.finish()).toEqual(prepare(v).positions);
  }, 60_000);
});

describe('a dataset of more than 20,000 lines', () => {
  it('starts from its communities alone, apart and in a box of side 1, and still ends as prepare()', () => {
    const big = valid(generateDataset({ actors: 1200, relations: 32_000, seed: 9 }));
    const reference = prepare(big);
    const start = beginPrepare(big);
    expect(start.prepared.grouping.groupCount).toBeGreaterThan(20_000);
    const quick = start.prepared.positions.slice();
    expect(quick.every(Number.isFinite)).toBe(true);
    const side = (xy: Float64Array, axis: 0 | 1) => {
      const v = xy.filter((_, i) => i % 2 === axis);
      return Math.max(...v) - Math.min(...v);
    };
    expect(Math.max(side(quick, 0), side(quick, 1))).toBeCloseTo(1, 12);
    // the pair graph is built after the grouping was transferred: from its own copy
    transferAway(start.prepared);
    expect(start.finish()).toEqual(reference.positions);
  }, 120_000);
});

describe('the threshold', () => {
  const { dataset } = communityEvents(SETTLE_LATER_ABOVE + 1, 900, 9);
  const atThreshold = { ...dataset, actors: dataset.actors.slice(0, SETTLE_LATER_ABOVE) };
  atThreshold.relations = dataset.relations.filter((r) =>
    [r.source, r.target].every((id) => atThreshold.actors.some((a) => a.id === id)),
  );

  it('lays out up to SETTLE_LATER_ABOVE actors before the first picture, and more after it', () => {
    expect(beginPrepare(valid(atThreshold)).settling).toBe(false);
    const above = beginPrepare(valid(dataset));
    expect(above.settling).toBe(true);
    expect(beginPrepare(valid(dataset), { settleLaterAbove: 400 }).settling).toBe(false);
  });

  it('never settles later a dataset whose every actor has x, y: they are the layout', () => {
    const curated = { ...dataset, actors: dataset.actors.map((a, k) => ({ ...a, x: k, y: -k })) };
    const start = beginPrepare(valid(curated), { settleLaterAbove: 0 });
    expect(start.settling).toBe(false);
    expect(start.prepared.positions).toEqual(Float64Array.from(curated.actors.flatMap((a) => [a.x, a.y])));
  });

  it('up to the threshold, the positions are prepare()’s at once', () => {
    const v = valid(atThreshold);
    expect(beginPrepare(v).prepared.positions).toEqual(prepare(v).positions);
  });
});

describe('the store, as final positions arrive', () => {
  const v = valid(bundled);
  let store: StoreApi<Store>;
  beforeAll(() => {
    store = createStore<Store>()(storeCreator);
  });

  /** The bundled dataset opened as a large one would be: on its quick layout, final positions to come. */
  function openSettling() {
    const start = beginPrepare(v, { settleLaterAbove: 0 });
    const loaded = loadedDataset('bundled', v, start.prepared, start.settling);
    store.getState().commitLoad(openDataset(loaded));
    return { loaded, quick: new Map(loaded.positions), final: start.finish() };
  }

  it('replaces the quick positions once, with one change, and says it is settling until then', () => {
    const { loaded, quick, final } = openSettling();
    expect(store.getState().layoutSettling).toBe(true);
    expect(loaded.settling).toBe(true);
    const seen: Store[] = [];
    const stop = store.subscribe((s) => seen.push(s));
    store.getState().settleLayout(loaded.serial, final);
    stop();
    expect(seen).toHaveLength(1);
    expect(seen[0].layoutSettling).toBe(false);
    expect(loaded.settling).toBe(false);
    v.dataset.actors.forEach((a, k) =>
      expect(loaded.positions.get(a.id)).toEqual({ x: final[2 * k], y: final[2 * k + 1] }),
    );
    expect(loaded.positions).not.toEqual(quick);
    expect([...loaded.positions.values()]).toEqual(
      [...prepare(v).positions].flatMap((x, i, all) => (i % 2 ? [] : [{ x, y: all[i + 1] }])),
    );
    // a second message changes nothing
    store.getState().settleLayout(loaded.serial, new Float64Array(final.length));
    expect(loaded.positions.get(v.dataset.actors[0].id)).toEqual({ x: final[0], y: final[1] });
  });

  it('ignores the final positions of a dataset no longer open', () => {
    const first = openSettling();
    const second = openSettling();
    const before = new Map(second.loaded.positions);
    const seen: Store[] = [];
    const stop = store.subscribe((s) => seen.push(s));
    store.getState().settleLayout(first.loaded.serial, first.final);
    stop();
    expect(seen).toHaveLength(0);
    expect(second.loaded.positions).toEqual(before);
    expect(store.getState().layoutSettling).toBe(true);
  });

  it('opens a dataset that is not settling as settled', () => {
    store.getState().commitLoad(openDataset(loadedDataset('bundled', v, prepare(v))));
    expect(store.getState().layoutSettling).toBe(false);
  });
});
