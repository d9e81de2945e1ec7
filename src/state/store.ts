// The app's one store (zustand), in slices by concern: the open dataset, the
// selection and focus, and what panels are open. Components read it with narrow
// selectors; actions live here.
import { create } from 'zustand';
import type { Problem } from '../model/problems';
import type { Validation } from '../model/validate';
import { prepareDataset, type LoadedDataset } from './loaded';

export interface LoadFailure {
  name: string;
  errors: Problem[];
  errorCount: number;
}

export type Selection = { kind: 'actor'; id: string } | { kind: 'edge'; key: string };

interface DatasetSlice {
  /** the dataset on screen; a failed load leaves it in place */
  loaded: LoadedDataset | null;
  /** errors of the last load that failed, shown until the next load or dismissal */
  failure: LoadFailure | null;
  /** Applies the result of reading a file: the new dataset, or its errors beside the old one. */
  applyLoad(name: string, result: Validation): boolean;
  dismissFailure(): void;
}

interface SelectionSlice {
  selection: Selection | null;
  /** 0: the whole graph; 1 or 2: only the selected actor's neighbourhood */
  focusHops: 0 | 1 | 2;
  /** bumped to ask the graph to move its camera to the selected actor */
  revealSerial: number;
  select(selection: Selection | null, options?: { reveal?: boolean }): void;
  setFocus(hops: 0 | 1 | 2): void;
}

interface FiltersSlice {
  /** relations without evidence are loaded as unsourced; the analyst may hide them */
  showUnsourced: boolean;
  setShowUnsourced(show: boolean): void;
}

interface PanelsSlice {
  tableOpen: boolean;
  setTableOpen(open: boolean): void;
}

export type Store = DatasetSlice & SelectionSlice & FiltersSlice & PanelsSlice;

export const useStore = create<Store>()((set) => ({
  loaded: null,
  failure: null,
  applyLoad(name, result) {
    if (!result.ok) {
      set({ failure: { name, errors: result.errors, errorCount: result.errorCount } });
      return false;
    }
    set({ loaded: prepareDataset(name, result), failure: null, selection: null, focusHops: 0 });
    return true;
  },
  dismissFailure() {
    set({ failure: null });
  },

  selection: null,
  focusHops: 0,
  revealSerial: 0,
  select(selection, options) {
    set((s) => ({
      selection,
      // focus follows the selected actor; without one there is nothing to focus on
      focusHops: selection?.kind === 'actor' ? s.focusHops : 0,
      revealSerial: options?.reveal ? s.revealSerial + 1 : s.revealSerial,
    }));
  },
  setFocus(hops) {
    set((s) => ({ focusHops: s.selection?.kind === 'actor' ? hops : 0 }));
  },

  showUnsourced: true,
  setShowUnsourced(show) {
    set({ showUnsourced: show });
  },

  tableOpen: false,
  setTableOpen(open) {
    set({ tableOpen: open });
  },
}));
