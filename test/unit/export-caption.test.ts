// What an exported picture says about itself, in Node on the bundled dataset: the
// dates as dates (never "now"), Focus, the filters that hide something, the
// analysis marks, the dataset's title and fingerprint and the day of export; and
// a legend of what is drawn, nothing the step hides.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { createStore, type StoreApi } from 'zustand/vanilla';
import bundled from '../../data/aleppo-2024.json';
import { analyseView, comparePeriods, pathsInView } from '../../src/model/analysis';
import { daysFromCivil } from '../../src/model/dates';
import { prepare } from '../../src/model/prepare';
import { validateDataset, type ValidDataset } from '../../src/model/validate';
import { loadedDataset } from '../../src/state/loaded';
import { openDataset } from '../../src/state/slices/datasetSlice';
import { storeCreator, type Store } from '../../src/state/store';
import { weightsFor } from '../../src/state/tieWeights';
import { caption, exportDay, PATTERN_KEYS, type Caption } from '../../src/view/export/caption';
import { drawnFacts } from '../../src/view/export/drawnFacts';

let store: StoreApi<Store>;
// a fixed moment, far from the day the tests run: the caption must take it, not the clock
const NOW = new Date(2031, 2, 9, 15, 30);

beforeEach(() => {
  const valid = validateDataset(bundled) as ValidDataset;
  store = createStore<Store>()(storeCreator);
  store.getState().commitLoad(openDataset(loadedDataset('bundled', valid, prepare(valid))));
});

const captionNow = (title?: string): Caption => {
  const s = store.getState();
  return caption(s.loaded!, s.engine!, s, { now: NOW, title });
};
const allText = (c: Caption) => [c.title, ...c.lines, ...c.legend.map((k) => k.label), c.attribution, c.dataset];
const legendLabels = (c: Caption) => c.legend.map((k) => k.label);

describe('the caption of an exported picture', () => {
  it('says the dates as dates, Focus, the counts, the dataset and its fingerprint, and the day of export', () => {
    store.getState().select({ kind: 'actor', id: 'nujaba' });
    store.getState().setFocus(1);
    store.getState().setFilters({ from: daysFromCivil(2024, 11, 27), to: null });
    const c = captionNow();
    const s = store.getState();
    expect(c.title).toBe(bundled.meta.title);
    expect(c.lines[0]).toBe(
      `27 Nov 2024 – 2 Dec 2024 (end of the data) · ${s.engine!.actorCount} actors · ${s.engine!.relationCount} relations`,
    );
    expect(c.lines[1]).toBe('Focus: Nujaba, 1 hop');
    expect(c.dataset).toBe(
      `Dataset: ${bundled.meta.title} (fingerprint ${s.loaded!.fingerprint}) · exported 9 Mar 2031`,
    );
    // a picture read later must not take "now" for the day it is read
    for (const text of allText(c)) expect(text).not.toMatch(/\bnow\b/i);
  });

  it("puts a story step's title at the head and keeps the dataset's on the dataset line", () => {
    const c = captionNow('The offensive');
    expect(c.title).toBe('The offensive');
    expect(c.dataset).toContain(`Dataset: ${bundled.meta.title} (fingerprint `);
  });

  it('names hidden types by label when few, counts them when many, and names hidden statuses and kinds', () => {
    store.getState().setFilters({ hiddenTypes: new Set(['meets', 'fights']), hiddenStatuses: new Set(['denied']) });
    expect(captionNow().lines[1]).toBe('2 types hidden (fights, meets) · denied hidden');
    store.getState().setFilters({
      hiddenTypes: new Set(['meets', 'fights', 'backs', 'strikes']),
      hiddenStatuses: new Set(),
      hiddenKinds: new Set(['person', 'armed-group']),
    });
    expect(captionNow().lines[1]).toBe('4 types hidden · 2 actor kinds hidden (armed group, person)');
  });

  it('says nothing narrows a view with no filter: two lines, no empty one', () => {
    const c = captionNow();
    expect(c.lines).toEqual([expect.stringMatching(/^All dates · \d+ actors · \d+ relations$/)]);
  });

  it('gives the day of export in the exporter\'s own calendar, "now" or not', () => {
    expect(exportDay(new Date(2024, 0, 31, 23, 59))).toBe('31 Jan 2024');
    expect(captionNow().dataset).toMatch(/exported 9 Mar 2031$/);
  });
});

describe('analysis marks in the caption', () => {
  const analyse = () => {
    const s = store.getState();
    const weight = weightsFor(s.loaded!, s.analysisSettings, null);
    s.setAnalysisOpen(true);
    s.publishAnalysis({ analysis: analyseView({ ...s.loaded!.index, weight }, s.engine!.visible, { k: 2 }) });
    return weight;
  };

  it('names the colouring and sizing while the panel is open, and nothing once it is closed', () => {
    analyse();
    store.getState().setAnalysisSettings({ colourBy: 'bloc', sizeBy: 'betweenness' });
    const c = captionNow();
    expect(c.lines.at(-1)).toBe('colour by bloc (2 blocs) · size by betweenness (brokers)');
    expect(legendLabels(c)).toEqual(expect.arrayContaining([expect.stringMatching(/^bloc A \(\d+\)$/)]));
    store.getState().setAnalysisSettings({ colourBy: 'community', sizeBy: 'degree' });
    expect(captionNow().lines.at(-1)).toMatch(/^colour by community \(\d+ communities\)$/);
    store.getState().setAnalysisOpen(false);
    expect(captionNow().lines.join(' ')).not.toMatch(/colour by|size by/);
    // an answer that arrives after the panel closed marks nothing (the graph draws no overlay then)
    analyse();
    store.getState().setAnalysisSettings({ colourBy: 'bloc' });
    store.setState({ analysisOpen: false });
    expect(captionNow().lines.join(' ')).not.toMatch(/colour by/);
    expect(legendLabels(captionNow())).not.toEqual(expect.arrayContaining([expect.stringMatching(/^bloc /)]));
  });

  it('names a path by its ends and hops, and a comparison by its two periods', () => {
    const weight = analyse();
    const s = store.getState();
    const ordinal = s.loaded!.index.actorOrdinal;
    s.setPathQuery({ from: 'nujaba', to: 'hts' });
    const query = store.getState().pathQuery;
    const found = pathsInView(
      { ...s.loaded!.index, weight },
      s.engine!.visible,
      ordinal.get('nujaba')!,
      ordinal.get('hts')!,
      {},
    );
    store.getState().publishAnalysis({ path: { query, ...found } });
    const hops = found.paths.length;
    expect(captionNow().lines.at(-1)).toBe(`path: Nujaba → HTS (${hops} hop${hops === 1 ? '' : 's'})`);
    expect(legendLabels(captionNow())).toContain('thick: on the shortest path (the rest faded)');

    const a = { from: daysFromCivil(2024, 11, 27), to: daysFromCivil(2024, 11, 29) };
    const b = { from: daysFromCivil(2024, 12, 1), to: daysFromCivil(2024, 12, 1) };
    store.getState().setCompareQuery({ a, b });
    const columns = { ...s.loaded!.index, weight, mask: s.engine!.staticMask };
    const answer = comparePeriods(columns, a, b, 2);
    store.getState().publishAnalysis({ comparison: { ...answer, query: store.getState().compareQuery! } });
    store.getState().setDiffShown(true);
    const c = captionNow();
    expect(c.lines.at(-1)).toContain('comparing 27 Nov 2024 – 29 Nov 2024 with 1 Dec 2024');
    expect(legendLabels(c)).toContain('"flipped": the pair changed sign');
  });
});

describe('the legend lists what is drawn, nothing more', () => {
  it('drops a type once it is hidden, and the kinds no actor shown has', () => {
    expect(legendLabels(captionNow())).toContain('fights');
    store.getState().setFilters({ hiddenTypes: new Set(['fights']) });
    const labels = legendLabels(captionNow());
    expect(labels).not.toContain('fights');
    expect(labels).toContain('backs →');
    store.getState().setFilters({ hiddenKinds: new Set(['person']) });
    expect(legendLabels(captionNow())).not.toContain('person');
    const s = store.getState();
    const facts = drawnFacts(s.loaded!, s.engine!);
    expect(facts.types.map((t) => t.id)).not.toContain('fights');
    expect(facts.kinds.has('person')).toBe(false);
  });

  it('keys the dashed mark of denied and disputed lines only while such a line is drawn', () => {
    const dashed = (c: Caption) => c.legend.filter((k) => k.shape === 'dashed').map((k) => k.label);
    expect(dashed(captionNow())).toEqual(['dashed (faded if curved): denied or disputed']);
    store.getState().setFilters({ hiddenStatuses: new Set(['denied', 'disputed']) });
    expect(dashed(captionNow())).toEqual([]);
    const s = store.getState();
    expect(drawnFacts(s.loaded!, s.engine!).contested).toBe(false);
  });

  it('keys the dotted mark of lines of no act, and the dash-dot of both, only while such a line is drawn', () => {
    // a small dataset of its own (the bundled one's modes are not this test's to rely on)
    const valid = validateDataset(JSON.parse(readFileSync('test/fixtures/modes.json', 'utf8'))) as ValidDataset;
    store.getState().commitLoad(openDataset(loadedDataset('modes', valid, prepare(valid))));
    const patterns = (c: Caption) =>
      c.legend.filter((k) => ['dashed', 'dotted', 'dashdot'].includes(k.shape)).map((k) => [k.shape, k.label]);
    expect(patterns(captionNow())).toEqual([
      ['dashed', PATTERN_KEYS.dashed],
      ['dotted', 'dotted (faded if curved): intentions, offers, threats or conditional statements, not acts'],
      ['dashdot', 'dash-dot (faded if curved): denied or disputed, and not acts'],
    ]);
    store.getState().setFilters({ actsOnly: true });
    expect(patterns(captionNow())).toEqual([['dashed', PATTERN_KEYS.dashed]]);
    const s = store.getState();
    expect(drawnFacts(s.loaded!, s.engine!)).toMatchObject({
      contested: true,
      unacted: false,
      contestedUnacted: false,
    });
    store.getState().setFilters({ actsOnly: false, hiddenStatuses: new Set(['denied']) });
    expect(patterns(captionNow())).toEqual([['dotted', PATTERN_KEYS.dotted]]);
  });

  it('names only the publishers of the evidence shown', () => {
    expect(captionNow().attribution).toMatch(/^Sources: .+ · made with Faultlines$/);
    store.getState().setFilters({ hiddenTypes: new Set(store.getState().loaded!.valid.types.keys()) });
    expect(captionNow().attribution).toBe('Sources: none · made with Faultlines');
  });
});
