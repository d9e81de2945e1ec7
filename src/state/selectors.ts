// Selectors read in more than one place, named so that components and the graph
// ask for the same thing the same way.

import type { FilterEngine } from '../model/filterEngine';
import type { Filters } from '../model/filters';
import type { Store } from './store';
import { groupKeys, type FilterChoices } from './viewFields';
import { filtersOf } from './viewRules';

/** The engine's filters for what the store holds now. */
export function selectFilters(s: Store): Filters {
  return filtersOf(s, s.loaded?.index.maxDay ?? null);
}

/** The serial of the engine's last step: readers of the engine's arrays re-render on it. */
export const selectStepSerial = (s: Store): number => s.step?.serial ?? 0;

export const selectEngine = (s: Store): FilterEngine | null => s.engine;

const FILTER_KEYS = groupKeys('filters');

/** The filter choices alone (with useShallow: a component re-renders when one of them changes). */
export function selectFilterChoices(s: Store): FilterChoices {
  return Object.fromEntries(FILTER_KEYS.map((k) => [k, s[k]])) as FilterChoices;
}
