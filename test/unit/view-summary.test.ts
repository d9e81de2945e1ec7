// The caption's words, in Node on the bundled dataset: the dates as a reader says
// them, each choice that narrows the picture, the counts, and a view that shows
// nothing said to be empty.
import { beforeEach, describe, expect, it } from 'vitest';
import { createStore, type StoreApi } from 'zustand/vanilla';
import bundled from '../../data/aleppo-2024.json';
import { describeDay } from '../../src/model/dateText';
import { daysFromCivil } from '../../src/model/dates';
import { prepare } from '../../src/model/prepare';
import { validateDataset, type ValidDataset } from '../../src/model/validate';
import { loadedDataset } from '../../src/state/loaded';
import { openDataset } from '../../src/state/slices/datasetSlice';
import { storeCreator, type Store } from '../../src/state/store';
import { summariseView, summaryLine } from '../../src/state/viewSummary';

let store: StoreApi<Store>;

beforeEach(() => {
  const valid = validateDataset(bundled) as ValidDataset;
  store = createStore<Store>()(storeCreator);
  store.getState().commitLoad(openDataset(loadedDataset('bundled', valid, prepare(valid))));
});

const summary = () => {
  const s = store.getState();
  return summariseView(s.loaded!, s.engine!, s);
};

describe('summariseView', () => {
  it('says "All dates" and counts what is drawn when nothing narrows the view', () => {
    const s = store.getState();
    expect(summaryLine(summary())).toBe('All dates');
    expect(summary().counts).toBe(`${s.engine!.actorCount} actors · ${s.engine!.relationCount} relations`);
    expect(summary().empty).toBe(false);
  });

  it('names the day of "as of" and a range as a reader says them', () => {
    const day = daysFromCivil(2024, 12, 1);
    store.getState().setFilters({ dateMode: 'asof', asOf: day });
    expect(summary().range).toBe('As of 1 Dec 2024');
    store.getState().setFilters({ dateMode: 'range', from: daysFromCivil(2024, 11, 27), to: null });
    // an open end is the data's last day, never "now"
    expect(summary().range).toBe('27 Nov 2024 – 2 Dec 2024 (end of the data)');
    expect(describeDay(daysFromCivil(2011, 3, 15))).toBe('15 Mar 2011');
  });

  it("says a range by both its ends, an open end as the data's first or last day, and names every month", () => {
    store.getState().setFilters({ from: daysFromCivil(2024, 11, 27), to: daysFromCivil(2024, 12, 2) });
    expect(summary().range).toBe('27 Nov 2024 – 2 Dec 2024');
    store.getState().setFilters({ from: null, to: daysFromCivil(2024, 12, 2) });
    expect(summary().range).toBe('1 Jan 2011 (start of the data) – 2 Dec 2024');
    const months = Array.from({ length: 12 }, (_, m) => describeDay(daysFromCivil(2023, m + 1, 9)).split(' ')[1]);
    expect(months).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
  });

  it('lists hidden kinds, the day of reporting and hidden undated relations, in the singular where one', () => {
    store.getState().select({ kind: 'actor', id: 'nujaba' });
    store.getState().setFocus(1);
    store.getState().setFilters({
      hiddenKinds: new Set(['person']),
      hiddenTypes: new Set(['meets']),
      minSources: 1,
      reportedBy: daysFromCivil(2024, 11, 30),
      includeUndated: false,
    });
    expect(summary().narrowing).toEqual([
      'Focus: Nujaba, 1 hop',
      '1 type hidden (meets)',
      '1 actor kind hidden (person)',
      'at least 1 independent source',
      'as reported by 30 Nov 2024',
      'undated relations hidden',
    ]);
  });

  it('names no Focus without a selected actor, and says "Undated" for a dataset without dates', () => {
    store.getState().setFocus(2);
    expect(summary().narrowing).toEqual([]);
    const undated = {
      ...bundled,
      relations: bundled.relations.map((r) => ({ ...r, start: undefined, end: undefined, once: undefined })),
    };
    const valid = validateDataset(undated) as ValidDataset;
    store.getState().commitLoad(openDataset(loadedDataset('undated', valid, prepare(valid))));
    expect(summary().range).toBe('Undated');
  });

  it('lists Focus with its actor and hops, hidden types, statuses and the sources asked for', () => {
    store.getState().select({ kind: 'actor', id: 'hts' });
    store.getState().setFocus(2);
    store.getState().setFilters({
      hiddenTypes: new Set(['fights', 'strikes', 'accuses']),
      hiddenStatuses: new Set(['denied']),
      actsOnly: true,
      minSources: 2,
    });
    expect(summary().narrowing).toEqual([
      'Focus: HTS, 2 hops',
      '3 types hidden (accuses, fights, strikes)',
      'denied hidden',
      'acts only (intentions, offers, threats and conditional statements hidden)',
      'at least 2 independent sources',
    ]);
    expect(summaryLine(summary())).toBe(
      'All dates · Focus: HTS, 2 hops · 3 types hidden (accuses, fights, strikes) · denied hidden · acts only (intentions, offers, threats and conditional statements hidden) · at least 2 independent sources',
    );
  });

  it('is not empty while isolated actors are drawn, even with every relation hidden', () => {
    const types = store.getState().loaded!.valid.types;
    store.getState().setFilters({ hiddenTypes: new Set(types.keys()), showIsolated: true });
    expect(summary().counts).toMatch(/^[1-9]\d* actors · 0 relations$/);
    expect(summary().empty).toBe(false);
  });

  it('says the view is empty when the filters hide everything', () => {
    const types = store.getState().loaded!.valid.types;
    store.getState().setFilters({ hiddenTypes: new Set(types.keys()) });
    expect(summary().empty).toBe(true);
    expect(summary().counts).toBe('0 actors · 0 relations');
    expect(summaryLine(summary())).toBe(`All dates · ${types.size} types hidden`);
  });
});
