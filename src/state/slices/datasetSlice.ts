// The open dataset, its filter engine and last step, and the state of loading:
// a load in progress, the final layout of a large dataset still to come, and the
// errors of a load that failed (what was open stays).

import type { StateCreator } from 'zustand';
import { FilterEngine, type StepChanges } from '../../model/filterEngine';
import type { ColumnMapping } from '../../io/columnMappingFields';
import type { Rollup } from '../../io/eventRecords';
import type { Problem } from '../../model/problems';
import { makeStep, type Step } from '../filterStep';
import type { LoadedDataset } from '../loaded';
import type { Store } from '../store';
import { groupDefaults, VIEW_DEFAULTS } from '../viewFields';
import { filtersOf } from '../viewRules';
import { ANALYSIS_RESET } from './analysisSlice';
import { storiesOnOpen } from './storiesSlice';

export interface LoadFailure {
  name: string;
  errors: Problem[];
  errorCount: number;
}

export interface LoadProgress {
  name: string;
  /** what the loader is doing, for the user: "reading", "checking", "laying out" */
  stage: string;
  /** 0 to 1, or null when the stage cannot tell */
  fraction: number | null;
}

/** A dataset with its engine run once under the default view: the heavy part of showing it. */
export interface OpenedDataset {
  loaded: LoadedDataset;
  engine: FilterEngine;
  changes: StepChanges;
}

export function openDataset(loaded: LoadedDataset): OpenedDataset {
  const engine = new FilterEngine(loaded.index);
  return { loaded, engine, changes: engine.apply(filtersOf(VIEW_DEFAULTS, loaded.index.maxDay)) };
}

/** A table whose columns the app does not know, waiting for the analyst to map them. */
export interface MappingRequest {
  file: string;
  header: string[];
  rows: string[][];
  /** loads the file again with this mapping */
  open(mapping: ColumnMapping): void;
}

/** The open dataset came from an event file: how, and how to open it rolled up otherwise. */
export interface OpenedEvents {
  format: string;
  count: number;
  rollup: Rollup;
  reopen(rollup: Rollup): void;
}

export interface DatasetSlice {
  /** the dataset on screen; a failed load leaves it in place */
  loaded: LoadedDataset | null;
  /** where the open dataset was loaded from, when it came from a URL (kept in links) */
  dataUrl: string | null;
  engine: FilterEngine | null;
  step: Step | null;
  /** errors of the last load that failed, shown until the next load or dismissal */
  failure: LoadFailure | null;
  /** a file being read in the loading worker, with its progress; null when none */
  loading: LoadProgress | null;
  setLoading(loading: LoadProgress | null): void;
  /** the open dataset opened on a quick layout and its final positions are still being computed */
  layoutSettling: boolean;
  /**
   * The final positions of the dataset opened as `serial` (x, y of actor k at [2k], [2k + 1]): they
   * replace its quick layout, if it is still the open one and still settling; otherwise nothing happens.
   * Null: they could not be computed, and the quick layout stays.
   */
  settleLayout(serial: number, positions: Float64Array | null): void;
  /** the table waiting for its columns to be mapped; null when none */
  mappingRequest: MappingRequest | null;
  askMapping(request: MappingRequest | null): void;
  /** how the open dataset was read from an event file; null when it was not one */
  openedEvents: OpenedEvents | null;
  /**
   * Shows an opened dataset: the view starts afresh (filters, selection, Focus, camera, the panel's
   * questions). `events`: it was read from an event file.
   */
  commitLoad(opened: OpenedDataset, dataUrl?: string | null, events?: OpenedEvents | null): void;
  /** Shows the errors of a load that failed, beside what stays open. */
  failLoad(failure: LoadFailure): void;
  dismissFailure(): void;
}

export const createDatasetSlice: StateCreator<Store, [], [], DatasetSlice> = (set, get) => ({
  loaded: null,
  dataUrl: null,
  engine: null,
  step: null,
  failure: null,
  loading: null,
  layoutSettling: false,
  mappingRequest: null,
  askMapping(request) {
    set({ mappingRequest: request });
  },
  openedEvents: null,
  setLoading(loading) {
    set({ loading });
  },
  settleLayout(serial, positions) {
    const { loaded } = get();
    if (!loaded || loaded.serial !== serial || !loaded.settling) return;
    if (positions) loaded.settle(positions);
    set({ layoutSettling: false });
  },
  commitLoad(opened, dataUrl, events) {
    set({
      loaded: opened.loaded,
      openedEvents: events ?? null,
      mappingRequest: null,
      layoutSettling: opened.loaded.settling,
      dataUrl: dataUrl ?? null,
      engine: opened.engine,
      step: makeStep(opened.changes, true),
      failure: null,
      ...groupDefaults('filters'),
      ...groupDefaults('selection'),
      camera: null,
      cameraRequest: null,
      playing: false,
      ...ANALYSIS_RESET,
      ...storiesOnOpen(opened.loaded),
    });
  },
  failLoad(failure) {
    set({ failure });
  },
  dismissFailure() {
    set({ failure: null });
  },
});
