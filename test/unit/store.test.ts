// The store's actions on the bundled dataset, in Node: each makes one change that
// subscribers see whole (the step always matches the choices), Focus follows the
// selection, a link's view applies at once, a new dataset starts afresh, and the
// URL sync pushes or replaces history entries as viewFields.ts says.
import { beforeEach, describe, expect, it } from 'vitest';
import { createStore, type StoreApi } from 'zustand/vanilla';
import bundled from '../../data/aleppo-2024.json';
import { daysFromCivil } from '../../src/model/dates';
import { recomputeAll } from '../../src/model/filterEngine';
import { prepare } from '../../src/model/prepare';
import { validateDataset, type ValidDataset } from '../../src/model/validate';
import { loadedDataset, type LoadedDataset } from '../../src/state/loaded';
import { selectFilters } from '../../src/state/selectors';
import { openDataset } from '../../src/state/slices/datasetSlice';
import { storeCreator, type Store } from '../../src/state/store';
import { decodeLink } from '../../src/state/urlCodec';
import { factsOf } from '../../src/state/dataFacts';
import { REPLACE_REST_MS, startUrlSync, type HistoryHost } from '../../src/state/urlSync';
import { pickView, VIEW_DEFAULTS, type View } from '../../src/state/viewFields';

function load(name: string, data: unknown = bundled): LoadedDataset {
  const valid = validateDataset(data) as ValidDataset;
  if (!valid.ok) throw new Error('the bundled dataset does not validate');
  return loadedDataset(name, valid, prepare(valid));
}

let store: StoreApi<Store>;
let seen: Store[];

beforeEach(() => {
  store = createStore<Store>()(storeCreator);
  store.getState().commitLoad(openDataset(load('bundled')));
  seen = [];
  store.subscribe((s) => seen.push(s));
});

/** The step a subscriber saw matches a from-scratch run on the choices it saw with it. */
function expectConsistent(s: Store): void {
  const filters = selectFilters(s);
  const index = s.loaded!.index;
  if (filters.focus) {
    // Focus is a walk the reference does not do: the counts at least agree with the engine's arrays
    expect(s.engine!.relationCount).toBe(s.engine!.visible.reduce((a, b) => a + b, 0));
    return;
  }
  const expected = recomputeAll(index, filters);
  expect([...s.engine!.visible]).toEqual([...expected.visible]);
}

describe('a fresh store', () => {
  it('holds every field of the view at its default, in the slice its group names', () => {
    const fresh = createStore<Store>()(storeCreator).getState();
    expect(pickView(fresh)).toEqual(VIEW_DEFAULTS);
    expect(fresh.loaded).toBeNull();
    expect(fresh.step).toBeNull();
  });
});

describe('each action', () => {
  it('makes one change, and the step it publishes is for the choices published with it', () => {
    const day = daysFromCivil(2024, 11, 27);
    store.getState().setFilters({ from: day, to: day + 3 });
    expect(seen.length).toBe(1);
    expect(seen[0].from).toBe(day);
    expectConsistent(seen[0]);
    store.getState().setFilters({ hiddenTypes: new Set(['backs']) });
    expect(seen.length).toBe(2);
    expect(seen[1].step!.serial).toBeGreaterThan(seen[0].step!.serial);
    expectConsistent(seen[1]);
    store.getState().resetFilters();
    expect(seen.length).toBe(3);
    expect(seen[2].from).toBeNull();
    expect(seen[2].hiddenTypes.size).toBe(0);
    expectConsistent(seen[2]);
  });

  it('select and Focus: one change each', () => {
    store.getState().select({ kind: 'actor', id: 'nujaba' });
    store.getState().setFocus(1);
    expect(seen.length).toBe(2);
  });
});

describe('Focus', () => {
  const shownActors = (s: Store) => s.engine!.actorCount;

  it('follows the selection: a neighbourhood of the selected actor, gone with it', () => {
    const all = shownActors(store.getState());
    const s = store.getState();
    s.select({ kind: 'actor', id: 'nujaba' });
    expect(shownActors(store.getState())).toBe(all); // selecting alone hides nothing
    store.getState().setFocus(1);
    const one = shownActors(store.getState());
    expect(one).toBeLessThan(all);
    expect(store.getState().engine!.actorVisible[store.getState().loaded!.index.actorOrdinal.get('nujaba')!]).toBe(1);
    store.getState().setFocus(2);
    expect(shownActors(store.getState())).toBeGreaterThanOrEqual(one);
    // another actor: Focus moves with the selection
    store.getState().select({ kind: 'actor', id: 'hts' });
    expect(store.getState().focusHops).toBe(2);
    expect(store.getState().engine!.actorVisible[store.getState().loaded!.index.actorOrdinal.get('hts')!]).toBe(1);
    // a line, or nothing: Focus ends and everything is shown again
    store.getState().select({ kind: 'edge', key: store.getState().loaded!.edgeKeys[0] });
    expect(store.getState().focusHops).toBe(0);
    expect(shownActors(store.getState())).toBe(all);
    expectConsistent(store.getState());
  });

  it('cannot be set without a selected actor', () => {
    store.getState().setFocus(2);
    expect(store.getState().focusHops).toBe(0);
    store.getState().select({ kind: 'actor', id: 'hts' });
    store.getState().setFocus(1);
    store.getState().select(null);
    expect(store.getState().focusHops).toBe(0);
  });

  it('a search reveal asks the graph to move, once per request', () => {
    store.getState().select({ kind: 'actor', id: 'hts' }, { reveal: true });
    store.getState().select({ kind: 'actor', id: 'iran' });
    expect(store.getState().revealSerial).toBe(1);
  });
});

describe('a view applied from a link', () => {
  it('sets every field at once, cleaned against the data, with what it dropped named', () => {
    const s = store.getState();
    const link = decodeLink(
      '#mode=asof&asof=2024-11-30&types=backs,flies&actor=nujaba&focus=1&cam=1,2,0.5&an=1&k=3&path=hts,nobody',
      factsOf(s.loaded!),
    );
    s.applyView(link.view, link.notices);
    expect(seen.length).toBe(1);
    const now = store.getState();
    expect(now.dateMode).toBe('asof');
    expect(now.asOf).toBe(daysFromCivil(2024, 11, 30));
    expect([...now.hiddenTypes]).toEqual(['backs']);
    expect(now.selection).toEqual({ kind: 'actor', id: 'nujaba' });
    expect(now.focusHops).toBe(1);
    expect(now.cameraRequest).toEqual({ camera: { x: 1, y: 2, ratio: 0.5 }, serial: 1 });
    expect(now.analysisOpen).toBe(true);
    expect(now.analysisSettings.k).toBe(3);
    expect(now.pathQuery).toEqual({ from: 'hts', to: null, cooperativeOnly: false });
    expect(now.notices).toEqual([
      'ignored the type "flies": this dataset has no such type',
      'ignored the path\'s end "nobody": it is not in this dataset',
    ]);
    expect(now.engine!.actorCount).toBeLessThan(now.loaded!.index.actorCount);
    // a second link moves the camera again, and one without the panel closes it
    s.applyView({ ...VIEW_DEFAULTS, camera: { x: 0, y: 0, ratio: 1 } }, []);
    expect(store.getState().cameraRequest!.serial).toBe(2);
    expect(store.getState().analysisOpen).toBe(false);
    expect(store.getState().focusHops).toBe(0);
    expectConsistent(store.getState());
  });
});

describe('a new dataset', () => {
  it('starts the view afresh and keeps the panels', () => {
    const s = store.getState();
    s.setFilters({ from: 20000, hiddenTypes: new Set(['backs']), minSources: 2 });
    s.select({ kind: 'actor', id: 'hts' });
    s.setFocus(1);
    s.setCamera({ x: 1, y: 1, ratio: 2 });
    s.setTableOpen(true);
    s.setPlaying(true);
    s.setPlaySpeed(8);
    s.applyView(
      {
        ...store.getState(),
        embed: true,
        analysisOpen: true,
        compareQuery: { a: { from: 1, to: 2 }, b: { from: 3, to: 4 } },
      },
      [],
    );
    s.setAnalysisSettings({ k: 4 });
    s.failLoad({ name: 'x.json', errors: [{ path: [], message: 'broken' }], errorCount: 1 });
    const other = load('again');
    store.getState().commitLoad(openDataset(other), 'https://example.org/again.json');
    const now = store.getState();
    expect(now.loaded).toBe(other);
    expect(now.dataUrl).toBe('https://example.org/again.json');
    expect(now.step!.full).toBe(true);
    expect(now.failure).toBeNull();
    for (const k of ['from', 'to', 'asOf', 'dateMode', 'minSources', 'selection', 'focusHops', 'camera'] as const) {
      expect(now[k], k).toEqual(VIEW_DEFAULTS[k]);
    }
    expect(now.hiddenTypes.size).toBe(0);
    expect(now.compareQuery).toBeNull();
    expect(now.playing).toBe(false);
    // kept: the panels, their settings and embed mode
    expect(now.tableOpen).toBe(true);
    expect(now.playSpeed).toBe(8);
    expect(now.embed).toBe(true);
    expect(now.analysisOpen).toBe(true);
    expect(now.analysisSettings.k).toBe(4);
    expect(now.engine!.relationCount).toBe(other.index.relationCount);
  });

  it('a failed load keeps what was open', () => {
    const before = store.getState().loaded;
    store.getState().failLoad({ name: 'bad.json', errors: [{ path: ['actors'], message: 'x' }], errorCount: 1 });
    expect(store.getState().loaded).toBe(before);
    expect(store.getState().failure?.name).toBe('bad.json');
    store.getState().dismissFailure();
    expect(store.getState().failure).toBeNull();
  });
});

describe('the URL sync', () => {
  function host(hash = '') {
    const entries: { how: 'push' | 'replace'; url: string }[] = [];
    let pop: (() => void) | null = null;
    let hide: (() => void) | null = null;
    // timers by hand: what is due runs when the test says time has passed
    let timers: { id: number; run: () => void; ms: number }[] = [];
    let nextId = 1;
    const h: HistoryHost & { hash: string } = {
      hash,
      location: {
        pathname: '/app/',
        search: '',
        get hash() {
          return h.hash;
        },
      },
      history: {
        pushState: (_d, _u, url) => entries.push({ how: 'push', url }),
        replaceState: (_d, _u, url) => entries.push({ how: 'replace', url }),
      },
      addEventListener: (t, l) => (t === 'popstate' ? (pop = l) : (hide = l)),
      removeEventListener: (t) => (t === 'popstate' ? (pop = null) : (hide = null)),
      setTimeout: (run, ms) => {
        timers.push({ id: nextId, run, ms });
        return nextId++;
      },
      clearTimeout: (id) => (timers = timers.filter((t) => t.id !== id)),
    };
    const pass = (ms: number) => {
      const due = timers.filter((t) => t.ms <= ms);
      timers = timers.filter((t) => t.ms > ms);
      for (const t of due) t.run();
    };
    return { h, entries, pop: () => pop?.(), hide: () => hide?.(), pass };
  }

  it('pushes discrete changes, replaces continuous ones, and writes nothing for other changes', () => {
    const { h, entries, pass } = host();
    const stop = startUrlSync(store, h);
    const s = store.getState();
    s.setLoading({ name: 'x', stage: 'reading', fraction: null });
    s.setTableOpen(true);
    expect(entries).toEqual([]);
    s.setFilters({ from: daysFromCivil(2024, 11, 27) });
    pass(REPLACE_REST_MS);
    s.setFilters({ to: daysFromCivil(2024, 12, 1) });
    pass(REPLACE_REST_MS);
    s.setCamera({ x: 1, y: 2, ratio: 0.5 });
    pass(REPLACE_REST_MS);
    s.setFilters({ hiddenTypes: new Set(['backs']) });
    s.select({ kind: 'actor', id: 'hts' });
    s.setPlaying(true);
    s.setFilters({ from: daysFromCivil(2024, 11, 28), showIsolated: true });
    s.setPlaying(false);
    // the closed analysis panel's settings are not in links
    s.setAnalysisSettings({ k: 3 });
    pass(REPLACE_REST_MS);
    stop();
    s.setFilters({ minSources: 2 });
    const fp = store.getState().loaded!.fingerprint;
    expect(entries).toEqual([
      { how: 'replace', url: `/app/#fp=${fp}&from=2024-11-27` },
      { how: 'replace', url: `/app/#fp=${fp}&from=2024-11-27&to=2024-12-01` },
      { how: 'replace', url: `/app/#fp=${fp}&from=2024-11-27&to=2024-12-01&cam=1,2,0.5` },
      { how: 'push', url: `/app/#fp=${fp}&from=2024-11-27&to=2024-12-01&types=backs&cam=1,2,0.5` },
      { how: 'push', url: `/app/#fp=${fp}&from=2024-11-27&to=2024-12-01&types=backs&actor=hts&cam=1,2,0.5` },
      {
        how: 'replace',
        url: `/app/#fp=${fp}&from=2024-11-28&to=2024-12-01&isolated=1&types=backs&actor=hts&cam=1,2,0.5`,
      },
    ]);
  });

  it('writes a run of continuous changes once, when it rests, before a push, or when the page is left', () => {
    const { h, entries, pass, hide } = host();
    const stop = startUrlSync(store, h);
    const s = store.getState();
    const fp = store.getState().loaded!.fingerprint;
    // a slider dragged over three days: nothing yet, then the last day once it rests
    for (const d of [1, 2, 3]) s.setFilters({ to: daysFromCivil(2024, 12, d) });
    expect(entries).toEqual([]);
    pass(REPLACE_REST_MS - 1);
    expect(entries).toEqual([]);
    pass(REPLACE_REST_MS);
    expect(entries).toEqual([{ how: 'replace', url: `/app/#fp=${fp}&to=2024-12-03` }]);
    // a push right after a continuous change: the entry left behind holds where it ended
    s.setFilters({ to: daysFromCivil(2024, 12, 4) });
    s.select({ kind: 'actor', id: 'hts' });
    expect(entries.slice(1)).toEqual([
      { how: 'replace', url: `/app/#fp=${fp}&to=2024-12-04` },
      { how: 'push', url: `/app/#fp=${fp}&to=2024-12-04&actor=hts` },
    ]);
    pass(REPLACE_REST_MS);
    expect(entries.length).toBe(3);
    // leaving the page writes what is pending, once
    s.setFilters({ to: daysFromCivil(2024, 12, 5) });
    hide();
    pass(REPLACE_REST_MS);
    expect(entries.slice(3)).toEqual([{ how: 'replace', url: `/app/#fp=${fp}&to=2024-12-05&actor=hts` }]);
    // and so does stopping
    s.setFilters({ to: daysFromCivil(2024, 12, 6) });
    stop();
    expect(entries.slice(4)).toEqual([{ how: 'replace', url: `/app/#fp=${fp}&to=2024-12-06&actor=hts` }]);
  });

  it('pushes an entry for each step of a story presented, even where only the camera differs; Back returns to the step', () => {
    const { h, entries, pop, pass } = host();
    startUrlSync(store, h);
    const s = store.getState();
    // two steps that differ only by the camera: still two entries
    const id = s.addStory('Cameras');
    s.setCamera({ x: 0, y: 0, ratio: 1 });
    s.addStep(id, 'far');
    s.setCamera({ x: 0, y: 0, ratio: 0.5 });
    s.addStep(id, 'near');
    pass(REPLACE_REST_MS);
    entries.length = 0;
    s.present(id, 0);
    s.goToStep(1);
    expect(entries.map((e) => e.how)).toEqual(['push', 'push']);
    expect(entries[1].url).toMatch(/story=cameras&step=2&storydata=[\w-]+&cam=0,0,0.5$/);
    h.hash = entries[0].url.slice(entries[0].url.indexOf('#'));
    pop();
    expect(store.getState().presenting).toEqual({ id, step: 0 });
    expect(store.getState().camera).toEqual({ x: 0, y: 0, ratio: 1 });
    // leaving the story is an entry of its own
    store.getState().stopPresenting();
    expect(entries.length).toBe(3);
    expect(entries[2].url).not.toContain('story=');
  });

  it('drops a pending write on Back: it belonged to the entry left', () => {
    const { h, entries, pass, pop } = host();
    startUrlSync(store, h);
    store.getState().setFilters({ to: daysFromCivil(2024, 12, 1) });
    h.hash = '#actor=nujaba';
    pop();
    pass(REPLACE_REST_MS);
    expect(entries).toEqual([]);
    expect(store.getState().to).toBeNull();
  });

  it('hands a link to other data, entered in the same tab, to be opened; then its entry holds what opened', async () => {
    const { h, entries, pop } = host();
    const followed: string[] = [];
    let opened = () => {};
    startUrlSync(store, h, (data, hash) => {
      followed.push(`${data} ${hash}`);
      return new Promise<void>((resolve) => (opened = resolve));
    });
    h.hash = '#data=remote%2Fother.json&actor=nujaba';
    pop();
    expect(followed).toEqual(['remote/other.json #data=remote%2Fother.json&actor=nujaba']);
    // none of its view is applied to the data open here, and nothing is written while it opens
    expect(store.getState().selection).toBeNull();
    store.getState().select({ kind: 'actor', id: 'hts' });
    expect(entries).toEqual([]);
    // once it has opened (here: it failed, and what was open stays), the entry is rewritten in place
    opened();
    await Promise.resolve();
    await Promise.resolve();
    const fp = store.getState().loaded!.fingerprint;
    expect(entries).toEqual([{ how: 'replace', url: `/app/#fp=${fp}&actor=hts` }]);
    // a link without data, or to the open data, is applied here as before
    h.hash = '#actor=nujaba';
    pop();
    expect(followed.length).toBe(1);
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'nujaba' });
  });

  it('restores the view of an entry on Back, without writing history', () => {
    const { h, entries, pop } = host();
    startUrlSync(store, h);
    store.getState().setFilters({ hiddenTypes: new Set(['backs']) });
    expect(entries.length).toBe(1);
    h.hash = '#actor=nujaba&focus=1';
    pop();
    expect(entries.length).toBe(1);
    const now = store.getState();
    expect(now.hiddenTypes.size).toBe(0);
    expect(now.selection).toEqual({ kind: 'actor', id: 'nujaba' });
    expect(now.focusHops).toBe(1);
    // and the next change is compared with the restored view
    store.getState().setFocus(2);
    expect(entries.map((e) => e.how)).toEqual(['push', 'push']);
    expect(entries[1].url).toContain('actor=nujaba&focus=2');
  });

  it('writes no history for changes that leave the link as it was', () => {
    const { h, entries } = host();
    startUrlSync(store, h);
    const view: View = { ...VIEW_DEFAULTS };
    store.getState().applyView(view, []);
    store.getState().publishAnalysis({ analysisProgress: { stage: 'blocs', fraction: 0.5 } });
    expect(entries).toEqual([]);
  });
});
