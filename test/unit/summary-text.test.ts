// The view summarised in words for a screen reader and "Copy summary": the
// caption's words, then the blocs, the selected actor's ties by type, or the
// selected line, on a small hand-built dataset whose answers are known.
import { beforeEach, describe, expect, it } from 'vitest';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { analyseView } from '../../src/model/analysis';
import { prepare } from '../../src/model/prepare';
import type { Dataset } from '../../src/model/types';
import { validateDataset, type ValidDataset } from '../../src/model/validate';
import { loadedDataset } from '../../src/state/loaded';
import { openDataset } from '../../src/state/slices/datasetSlice';
import { storeCreator, type Store } from '../../src/state/store';
import { summaryText } from '../../src/state/summaryText';
import { weightsFor } from '../../src/state/tieWeights';

const dataset: Dataset = {
  format: 'faultlines/1',
  meta: { title: 'Small war' },
  sources: [],
  actors: [
    { id: 'ir', label: 'Iran', kind: 'state', country: 'IR' },
    { id: 'b', label: 'Badr Organization', short: 'Badr', kind: 'armed-group' },
    { id: 'c', label: 'Cee', kind: 'armed-group' },
    { id: 'd', label: 'Dee', kind: 'armed-group' },
    { id: 'e', label: 'Eee', kind: 'armed-group' },
  ],
  relations: [
    { id: 'r1', source: 'ir', target: 'b', type: 'backs', start: '2024' },
    { id: 'r2', source: 'ir', target: 'c', type: 'backs', start: '2024' },
    { id: 'r3', source: 'c', target: 'ir', type: 'accuses', start: '2024' },
    { id: 'r4', source: 'd', target: 'ir', type: 'fights', start: '2024' },
    { id: 'r5', source: 'd', target: 'e', type: 'backs', start: '2024' },
    { id: 'r6', source: 'e', target: 'b', type: 'fights', start: '2025' },
    { id: 'r7', source: 'c', target: 'b', type: 'fights', start: '2025' },
  ],
};

let store: StoreApi<Store>;

beforeEach(() => {
  const valid = validateDataset(dataset) as ValidDataset;
  store = createStore<Store>()(storeCreator);
  store.getState().commitLoad(openDataset(loadedDataset('small', valid, prepare(valid))));
});

const text = () => {
  const s = store.getState();
  return summaryText(s.loaded!, s.engine!, s);
};

describe('summaryText', () => {
  it("starts with the dataset's title and the caption's words", () => {
    expect(text()).toBe('Small war: All dates · 5 actors · 7 relations.');
    store.getState().setFilters({ actsOnly: true, hiddenTypes: new Set(['fights']) });
    expect(text()).toBe(
      'Small war: All dates · 1 type hidden (fights) · acts only (intentions, offers, threats and conditional statements hidden) · 5 actors · 4 relations.',
    );
  });

  it("lists the selected actor's shown ties by type, the most frequent first, read from its side", () => {
    store.getState().select({ kind: 'actor', id: 'ir' });
    expect(text().split('\n')[1]).toBe(
      'Selected: Iran (state, IR), 4 relations shown: backs Badr and Cee; accuses (by) Cee; fights Dee.',
    );
    store.getState().setFilters({ hiddenTypes: new Set(['backs']) });
    expect(text().split('\n')[1]).toBe('Selected: Iran (state, IR), 2 relations shown: accuses (by) Cee; fights Dee.');
    store.getState().setFilters({ hiddenTypes: new Set(['backs', 'accuses', 'fights']) });
    expect(text().split('\n')[1]).toBe('Selected: Iran (state, IR), 0 relations shown.');
  });

  it('names the selected line and how many of its relations are shown', () => {
    const s = store.getState();
    const key = s.loaded!.edgeKeys[s.loaded!.grouping.groupOf[0]];
    s.select({ kind: 'edge', key });
    expect(text().split('\n')[1]).toBe('Selected line: Iran – Badr, 1 relation shown.');
  });

  it('gives the blocs, largest first, and how many ties contradict them, while the analysis is open', () => {
    const s = store.getState();
    const weight = weightsFor(s.loaded!, s.analysisSettings, null);
    s.setAnalysisOpen(true);
    s.publishAnalysis({ analysis: analyseView({ ...s.loaded!.index, weight }, s.engine!.visible, { k: 2 }) });
    const blocs = text().split('\n')[1];
    // the least frustrated split puts Cee, who fights Badr and accuses Iran, with Dee and Eee: only Iran's
    // net cooperative tie with Cee (backs +1, accuses -0.5) crosses it
    expect(blocs).toBe(
      'Blocs, largest first: B (3): Cee, Dee and Eee; A (2): Badr and Iran. 1 of 6 ties contradict the split.',
    );
    store.getState().setAnalysisOpen(false);
    expect(text().split('\n')).toHaveLength(1);
  });
});
