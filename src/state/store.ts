// The app's one store (zustand), in slices by concern (state/slices/): the open
// dataset, the filters, the selection and Focus, the frame (camera, embed, a
// view applied at once), the panels, and the analysis panel. The view's fields
// are declared once in viewFields.ts. Stories (briefings) and the one presented
// are a slice too. Each action makes one `set`: a change that
// affects what is shown runs the filter engine and publishes its step (what
// changed, for the graph to redraw) in that same change.

import { create } from 'zustand';
import type { StateCreator } from 'zustand';
import { createAnalysisSlice, type AnalysisSlice } from './slices/analysisSlice';
import { createDatasetSlice, type DatasetSlice } from './slices/datasetSlice';
import { createFiltersSlice, type FiltersSlice } from './slices/filtersSlice';
import { createFrameSlice, type FrameSlice } from './slices/frameSlice';
import { createPanelsSlice, type PanelsSlice } from './slices/panelsSlice';
import { createSelectionSlice, type SelectionSlice } from './slices/selectionSlice';
import { createStoriesSlice, type StoriesSlice } from './slices/storiesSlice';

export type Store = DatasetSlice &
  FiltersSlice &
  SelectionSlice &
  FrameSlice &
  PanelsSlice &
  AnalysisSlice &
  StoriesSlice;

/** The whole store's creator: `create(storeCreator)` makes a fresh store (tests make their own). */
export const storeCreator: StateCreator<Store> = (...a) => ({
  ...createDatasetSlice(...a),
  ...createFiltersSlice(...a),
  ...createSelectionSlice(...a),
  ...createFrameSlice(...a),
  ...createPanelsSlice(...a),
  ...createAnalysisSlice(...a),
  ...createStoriesSlice(...a),
});

export const useStore = create<Store>()(storeCreator);
