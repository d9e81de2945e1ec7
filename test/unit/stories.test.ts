// Stories in the store: written over the open dataset and kept in the browser
// (a draft per dataset), presented step by step (each step's whole view in one
// change), and carried in a link when the dataset does not hold them.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { createStore, type StoreApi } from 'zustand/vanilla';
import bundled from '../../data/aleppo-2024.json';
import { daysFromCivil } from '../../src/model/dates';
import { prepare } from '../../src/model/prepare';
import { validateDataset, type ValidDataset } from '../../src/model/validate';
import type { Dataset, Story } from '../../src/model/types';
import { loadedDataset } from '../../src/state/loaded';
import { openDataset } from '../../src/state/slices/datasetSlice';
import { storeCreator, type Store } from '../../src/state/store';
import { keepStories, storiesToOpen } from '../../src/state/storyDrafts';
import { MAX_PACKED_STORY_BYTES, packStory, unpackStory } from '../../src/state/storyPacking';
import { decodeLink, encodeLink } from '../../src/state/urlCodec';
import { applyHash, linkOfStore } from '../../src/state/urlSync';
import { VIEW_DEFAULTS } from '../../src/state/viewFields';
import { deflateSync } from 'fflate';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

/** A Storage in memory, with a switch to make it refuse writes (full). */
class MemoryStorage {
  items = new Map<string, string>();
  full = false;
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.full) throw new DOMException('quota', 'QuotaExceededError');
    this.items.set(k, v);
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
}

let storage: MemoryStorage;
let store: StoreApi<Store>;

function open(data: Dataset = bundled as Dataset) {
  const valid = validateDataset(data) as ValidDataset;
  if (!valid.ok) throw new Error(JSON.stringify(valid));
  store.getState().commitLoad(openDataset(loadedDataset('test', valid, prepare(valid))));
}

beforeEach(() => {
  storage = new MemoryStorage();
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
  store = createStore<Store>()(storeCreator);
  open();
});

const story = (id = 'mine', steps = 2): Story => ({
  id,
  title: 'Mine',
  steps: Array.from({ length: steps }, (_, k) => ({ title: `Step ${k + 1}`, view: k ? 'actor=hts&focus=1' : '' })),
});

describe('the story format', () => {
  const withStories = (stories: unknown) => validateDataset({ ...(bundled as object), stories });

  it('accepts the bundled story and rejects wrong shapes, each at its place', () => {
    expect(withStories([story()]).ok).toBe(true);
    const bad = withStories([
      { id: 'a', title: '', steps: [] },
      { id: 'b', title: 'B', steps: [{ title: 'x', view: 1 }] },
      { id: 'c', title: 'C', steps: [{ title: 'x', view: '', extra: 1 }] },
      { id: 'd', title: 'D', steps: [{ title: 'x', view: '', caption: 'x'.repeat(5001) }] },
      { id: 'a', title: 'dup', steps: [] },
    ]);
    expect(bad.ok).toBe(false);
    const places = bad.errors.map((e) => `${e.path.join('.')}: ${e.message}`);
    expect(places).toEqual(
      expect.arrayContaining([
        'stories.0.title: expected a non-empty title',
        'stories.1.steps.0.view: Invalid input: expected string, received number',
        'stories.2.steps.0.extra: unknown field "extra"',
        'stories.3.steps.0.caption: expected a caption of at most 5000 characters',
        'stories.4.id: duplicate story id "a" (first used at $.stories[0])',
      ]),
    );
  });
});

describe('writing a story', () => {
  it('captures the view as a link writes it, without the dataset, the camera kept, and edits in place', () => {
    const s = store.getState();
    const id = s.addStory('Week one');
    s.setFilters({ dateMode: 'asof', asOf: daysFromCivil(2024, 11, 30) });
    s.select({ kind: 'actor', id: 'nujaba' });
    s.setFocus(1);
    s.setCamera({ x: 0.5, y: 0.25, ratio: 0.5 });
    s.addStep(id, 'Nujaba');
    s.updateStep(id, 0, { caption: 'It *pledged*.' });
    const step = store.getState().stories.find((x) => x.id === id)!.steps[0];
    expect(step).toEqual({
      title: 'Nujaba',
      caption: 'It *pledged*.',
      view: 'mode=asof&asof=2024-11-30&actor=nujaba&focus=1&cam=0.5,0.25,0.5',
    });
    // a second story of the same title gets its own id
    expect(s.addStory('Week one')).toBe('week-one-2');
  });

  it('reorders, updates from the view, and deletes steps', () => {
    const s = store.getState();
    const id = s.addStory('S');
    s.addStep(id, 'all');
    s.select({ kind: 'actor', id: 'hts' });
    s.addStep(id, 'hts');
    s.moveStep(id, 1, 0);
    s.moveStep(id, 0, -1); // beyond the start: nothing
    const titles = () =>
      store
        .getState()
        .stories.find((x) => x.id === id)!
        .steps.map((x) => x.title);
    expect(titles()).toEqual(['hts', 'all']);
    s.select({ kind: 'actor', id: 'iran' });
    s.updateStepView(id, 1);
    expect(store.getState().stories.find((x) => x.id === id)!.steps[1].view).toBe('actor=iran');
    s.deleteStep(id, 0);
    expect(titles()).toEqual(['all']);
    s.deleteStory(id);
    expect(store.getState().stories.map((x) => x.id)).toEqual(['aleppo-offensive']);
  });
});

describe('stories kept in the browser', () => {
  it('come back when the same dataset opens again, and the file wins when its stories changed', () => {
    const id = store.getState().addStory('Kept');
    store.getState().addStep(id, 'one');
    open(); // a reload
    expect(store.getState().stories.map((x) => x.title)).toEqual(['The Aleppo offensive in five steps', 'Kept']);
    // the same data with other stories (a newer file, a reopened export): the file's
    open({ ...(bundled as Dataset), stories: [story('theirs')] });
    expect(store.getState().stories.map((x) => x.id)).toEqual(['theirs']);
  });

  it("says so when the browser will not keep them, and keeps nothing when they are the file's own", () => {
    storage.full = true;
    store.getState().addStory('Lost');
    expect(store.getState().storiesKept).toBe(false);
    storage.full = false;
    store.getState().deleteStory('lost');
    expect(store.getState().storiesKept).toBe(true);
    expect(storage.items.size).toBe(0);
  });

  it('ignore a damaged draft, or one that is not valid stories', () => {
    const fp = store.getState().loaded!.fingerprint;
    storage.setItem(`faultlines:stories:${fp}`, '{not json');
    expect(storiesToOpen(fp, [story()], storage)).toEqual([story()]);
    for (const stories of [[null], [{ ...story(), steps: null }], [{ ...story(), title: '' }]]) {
      storage.setItem(`faultlines:stories:${fp}`, JSON.stringify({ base: '[]', stories }));
      expect(storiesToOpen(fp, [], storage)).toEqual([]);
    }
    expect(keepStories(fp, [], [story()], storage)).toBe(true);
    expect(storiesToOpen(fp, [], storage)).toEqual([story()]);
  });
});

describe('presenting', () => {
  it("shows a step's whole view in one change, the camera gliding, and moves within the story", () => {
    const seen: Store[] = [];
    store.subscribe((s) => seen.push(s));
    store.getState().present('aleppo-offensive', 1);
    expect(seen.length).toBe(1);
    const s = store.getState();
    expect(s.presenting).toEqual({ id: 'aleppo-offensive', step: 1 });
    expect([...s.hiddenStatuses].sort()).toEqual(['claimed', 'denied', 'disputed']);
    expect(s.cameraRequest).toMatchObject({ camera: null, animate: true });
    expect(s.engine!.relationCount).toBeLessThan(s.loaded!.index.relationCount);
    s.goToStep(4);
    expect(store.getState().analysisOpen).toBe(true);
    s.goToStep(5); // beyond the end: nothing
    expect(store.getState().presenting!.step).toBe(4);
    s.stopPresenting();
    expect(store.getState().presenting).toBeNull();
    // the view of the last step stays
    expect(store.getState().analysisOpen).toBe(true);
  });

  it('refuses a step past the limits, saying why, and keeps the story valid', () => {
    const s = store.getState();
    const id = s.addStory('Long');
    store.setState({
      stories: store
        .getState()
        .stories.map((x) =>
          x.id === id ? { ...x, steps: Array.from({ length: 200 }, () => ({ title: 't', view: '' })) } : x,
        ),
    });
    expect(s.addStep(id, 'one too many')).toBe('a story holds at most 200 steps');
    // a view too long to keep: thousands of hidden types
    const many = new Set(Array.from({ length: 600 }, (_, k) => `type-${k}`));
    store.setState({ hiddenTypes: many });
    expect(s.updateStepView(id, 0)).toMatch(/^this view takes \d+ characters to write down, more than the 4000/);
    expect(store.getState().stories.find((x) => x.id === id)!.steps[0].view).toBe('');
  });

  it('says so when a link asks for a step past the end, and shows the last', () => {
    store.getState().present('aleppo-offensive', 98);
    expect(store.getState().presenting!.step).toBe(4);
    expect(store.getState().notices[0]).toBe('step 99: the story has 5 steps; showing step 5');
  });

  it('names what a step asks for that the data lacks', () => {
    const s = store.getState();
    const id = s.addStory('Odd');
    store.setState({
      stories: store
        .getState()
        .stories.map((x) => (x.id === id ? { ...x, steps: [{ title: 'x', view: 'actor=nobody&types=flies' }] } : x)),
    });
    s.present(id);
    expect(store.getState().notices).toEqual([
      'step 1: ignored the type "flies": this dataset has no such type',
      'step 1: ignored the selected actor "nobody": it is not in this dataset',
    ]);
  });
});

describe('a story in a link', () => {
  it('is named by id and step when the dataset holds it as it is, and carried when it does not', () => {
    const s = store.getState();
    s.present('aleppo-offensive', 2);
    const own = encodeLink(linkOfStore(store.getState()));
    expect(own).toMatch(/^fp=\w+&story=aleppo-offensive&step=3&/);
    expect(own).not.toContain('storydata');
    // edited in this browser: the link carries the story as written
    s.updateStep('aleppo-offensive', 2, { caption: 'Rewritten.' });
    const carried = decodeLink(encodeLink(linkOfStore(store.getState())));
    expect(carried.carried?.steps[2].caption).toBe('Rewritten.');
    expect(carried.story).toEqual({ id: 'aleppo-offensive', step: 2 });
  });

  it('opens presenting at its step, in a store that never saw the story', () => {
    const id = store.getState().addStory('Carried');
    store.getState().addStep(id, 'all');
    store.getState().select({ kind: 'actor', id: 'hts' });
    store.getState().addStep(id, 'hts');
    store.getState().present(id, 1);
    const hash = encodeLink(linkOfStore(store.getState()));
    storage.items.clear();
    store = createStore<Store>()(storeCreator);
    open();
    applyHash(hash, store);
    const s = store.getState();
    expect(s.presenting).toEqual({ id, step: 1 });
    expect(s.linkedStory?.title).toBe('Carried');
    expect(s.selection).toEqual({ kind: 'actor', id: 'hts' });
    // shown, not kept: it is the sender's
    expect(s.stories.map((x) => x.id)).toEqual(['aleppo-offensive']);
  });

  it("without the story in it, means the dataset's own story, not this browser's draft of it", () => {
    store.getState().updateStep('aleppo-offensive', 1, { caption: 'My own words.' });
    applyHash('#story=aleppo-offensive&step=2', store);
    const s = store.getState();
    expect(s.presenting).toEqual({ id: 'aleppo-offensive', step: 1 });
    expect(s.linkedStory?.steps[1].caption).not.toBe('My own words.');
    // the draft is left as it was
    expect(s.stories[0].steps[1].caption).toBe('My own words.');
  });

  it('a story the data lacks, or a damaged one, is named and the view opens', () => {
    applyHash('#story=nothing&step=2&actor=hts', store);
    expect(store.getState().presenting).toBeNull();
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'hts' });
    expect(store.getState().notices).toEqual(['ignored the story "nothing": this dataset has no such story']);
    expect(decodeLink('#story=x&storydata=%%%').notices).toEqual([
      'ignored "storydata": the story it carries is damaged or too large',
    ]);
    expect(decodeLink('#step=2').notices).toEqual(['ignored "step": the link names no story']);
    expect(decodeLink('#story=x&step=0').notices).toEqual(['ignored "step": "0" is not valid']);
  });
});

describe('packing a story for a link', () => {
  const base64url = (bytes: Uint8Array) =>
    Buffer.from(bytes).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

  it('round-trips any valid story', () => {
    const text = fc.string({ maxLength: 40 });
    const arbitraryStory = fc.record({
      id: fc.string({ minLength: 1, maxLength: 20 }),
      title: fc.string({ minLength: 1, maxLength: 40 }),
      steps: fc.array(fc.record({ title: fc.string({ minLength: 1, maxLength: 20 }), caption: text, view: text }), {
        maxLength: 5,
      }),
    });
    fc.assert(
      fc.property(arbitraryStory, (s) => {
        const back = unpackStory(packStory(s));
        expect(back).toEqual({ ok: true, story: s });
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses a bomb, a story of the wrong shape and text that is not one, never throwing', () => {
    const bomb = base64url(deflateSync(new Uint8Array(MAX_PACKED_STORY_BYTES + 1).fill(32)));
    expect(bomb.length).toBeLessThan(10_000);
    expect(unpackStory(bomb)).toEqual({ ok: false, message: 'the story it carries is damaged or too large' });
    const wrong = base64url(deflateSync(new TextEncoder().encode(JSON.stringify({ id: 'x', title: '', steps: [] }))));
    expect(unpackStory(wrong)).toMatchObject({ ok: false, message: expect.stringContaining('title') });
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (t) => {
        expect(unpackStory(t).ok).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });
});

it('the bundled story is in the defaults a fresh store opens with', () => {
  expect(VIEW_DEFAULTS.embed).toBe(false);
  expect(store.getState().stories[0].id).toBe('aleppo-offensive');
});
