// The open dataset, its filter engine and last step, and the state of loading:
// a load in progress, and the errors of one that failed (what was open stays).

import type { StateCreator } from 'zustand';
import { FilterEngine, type StepChanges } from '../../model/filterEngine';
import type { Problem } from '../../model/problems';
import { makeStep, type Step } from '../filterStep';
import type { LoadedDataset } from '../loaded';
import type { Store } from '../store';
import { groupDefaults, VIEW_DEFAULTS } from '../viewFields';
import { filtersOf } from '../viewRules';
import { ANALYSIS_RESET } from './analysisSlice';

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
  /** Shows an opened dataset: the view starts afresh (filters, selection, Focus, camera, the panel's questions). */
  commitLoad(opened: OpenedDataset, dataUrl?: string | null): void;
  /** Shows the errors of a load that failed, beside what stays open. */
  failLoad(failure: LoadFailure): void;
  dismissFailure(): void;
}

export const createDatasetSlice: StateCreator<Store, [], [], DatasetSlice> = (set) => ({
  loaded: null,
  dataUrl: null,
  engine: null,
  step: null,
  failure: null,
  loading: null,
  setLoading(loading) {
    set({ loading });
  },
  commitLoad(opened, dataUrl) {
    set({
      loaded: opened.loaded,
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
    });
  },
  failLoad(failure) {
    set({ failure });
  },
  dismissFailure() {
    set({ failure: null });
  },
});
