// A read-only handle on the live renderer, for browser tests, benchmarks and
// anyone scripting the page (window.faultlinesDebug): which renderer is live,
// how many frames were drawn, and the store's filter action (what the timeline's
// controls call). It reads the same registry the export menu does.

import type { StoreApi } from 'zustand';
import type { Store } from '../state/store';
import type { FilterChoices } from '../state/viewFields';
import type { RendererRegistry } from './graph/rendererRegistry';

export function debugHandle(registry: RendererRegistry, store: StoreApi<Store>) {
  return {
    /** the live drawing: sigma, the dataset it draws and its labels; null when none is drawn */
    get current() {
      const renderer = registry.current;
      const drawing = renderer?.drawing;
      if (!renderer || !drawing) return null;
      return {
        ...drawing,
        loaded: renderer.loaded,
        /** the filter engine it draws: what is visible */
        engine: renderer.engine,
        /** the labels drawn in the last frame: boxes in viewport px */
        drawnLabels: () => drawing.labels.placed.map((l) => ({ ...l })),
      };
    },
    /** false while a large dataset's layout is still settling (its quick first picture is shown) */
    get settled() {
      return !store.getState().layoutSettling;
    },
    get frames() {
      return registry.frames;
    },
    get firstFrameAt() {
      return registry.firstFrameAt;
    },
    setFilters(patch: Partial<FilterChoices>) {
      store.getState().setFilters(patch);
    },
  };
}
