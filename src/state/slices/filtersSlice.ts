// The filter choices (dates, types, kinds, statuses, sources, "reported by",
// undated, isolated): declared in viewFields.ts; each change runs the engine
// and publishes its step in the same `set`.

import type { StateCreator } from 'zustand';
import { withStep } from '../filterStep';
import type { Store } from '../store';
import { groupDefaults, type FilterChoices } from '../viewFields';

export interface FiltersSlice extends FilterChoices {
  setFilters(patch: Partial<FilterChoices>): void;
  resetFilters(): void;
}

export const createFiltersSlice: StateCreator<Store, [], [], FiltersSlice> = (set, get) => ({
  ...groupDefaults('filters'),
  setFilters(patch) {
    set(withStep(get(), patch));
  },
  resetFilters() {
    set(withStep(get(), groupDefaults('filters')));
  },
});
