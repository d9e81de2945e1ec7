// The app's one store (zustand), in slices by concern: the open dataset, the
// filters and time, the selection and focus, and the panels. Every change that
// affects what is shown runs the filter engine once and publishes the step (what
// changed) for the graph to apply. Components read with narrow selectors.
import { create } from 'zustand';
import { FilterEngine, type StepChanges } from '../model/filterEngine';
import { DEFAULT_FILTERS, type Filters } from '../model/filters';
import type { Prepared } from '../model/prepare';
import type { Problem } from '../model/problems';
import type { ActorKind, Status } from '../model/types';
import type { Validation } from '../model/validate';
import { ANALYSIS_RESET, createAnalysisSlice, DEFAULT_ANALYSIS_SETTINGS, type AnalysisSlice } from './analysisSlice';
import { loadedDataset, type LoadedDataset } from './loaded';
import type { CameraView, UrlView } from './urlCodec';

export interface LoadFailure {
  name: string;
  errors: Problem[];
  errorCount: number;
}

export type Selection = { kind: 'actor'; id: string } | { kind: 'edge'; key: string };

export interface LoadProgress {
  name: string;
  /** what the loader is doing, for the user: "reading", "checking", "laying out" */
  stage: string;
  /** 0 to 1, or null when the stage cannot tell */
  fraction: number | null;
}
export type DateMode = 'range' | 'asof';

/** One run of the filter engine: counts, and what changed for the graph to redraw. */
export interface Step {
  readonly serial: number;
  readonly changes: StepChanges;
  /** true when the step replaces everything (a new dataset) */
  readonly full: boolean;
}

interface DatasetSlice {
  /** the dataset on screen; a failed load leaves it in place */
  loaded: LoadedDataset | null;
  /** where the open dataset was loaded from, when it came from a URL (kept in links) */
  dataUrl: string | null;
  engine: FilterEngine | null;
  step: Step | null;
  /** errors of the last load that failed, shown until the next load or dismissal */
  failure: LoadFailure | null;
  /** Applies the result of reading a file: the new dataset, or its errors beside the old one. */
  applyLoad(name: string, result: Validation, options?: { dataUrl?: string; prepared?: Prepared }): boolean;
  /** a file being read in the loading worker, with its progress; null when none */
  loading: LoadProgress | null;
  setLoading(loading: LoadProgress | null): void;
  /** Shows a dataset already opened (see openDataset); separate so the work and the page's render can be split. */
  commitLoad(opened: OpenedDataset, dataUrl?: string): boolean;
  dismissFailure(): void;
}

/** A dataset with its engine run once under the default filters: the heavy part of showing it. */
export interface OpenedDataset {
  loaded: LoadedDataset;
  engine: FilterEngine;
  changes: StepChanges;
}

export function openDataset(loaded: LoadedDataset): OpenedDataset {
  const engine = new FilterEngine(loaded.index);
  const changes = engine.apply(
    currentFilters({ ...DEFAULT_CHOICES, loaded, selection: null, focusHops: 0 } as unknown as Store),
  );
  return { loaded, engine, changes };
}

export interface FilterChoices {
  dateMode: DateMode;
  /** the range, in day numbers; null: open on that side */
  from: number | null;
  to: number | null;
  /** the day of "as of" mode; null: the last day of the data */
  asOf: number | null;
  includeUndated: boolean;
  showIsolated: boolean;
  hiddenTypes: ReadonlySet<string>;
  hiddenKinds: ReadonlySet<ActorKind>;
  hiddenStatuses: ReadonlySet<Status>;
  minSources: number;
  reportedBy: number | null;
}

interface FiltersSlice extends FilterChoices {
  setFilters(patch: Partial<FilterChoices>): void;
  resetFilters(): void;
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

interface ViewSlice {
  /** the camera as the graph reports it: centre in graph coordinates, zoom ratio */
  camera: CameraView | null;
  /** a camera position for the graph to move to (from a link), with a serial per request */
  cameraRequest: { camera: CameraView; serial: number } | null;
  /** embed mode: graph, legend and timeline only */
  embed: boolean;
  /** what a link asked for that could not be shown, named */
  notices: string[];
  /** true while a view from a link is being applied (the URL is not rewritten meanwhile) */
  applyingView: boolean;
  setCamera(camera: CameraView): void;
  applyView(view: UrlView, notices: string[]): void;
  dismissNotices(): void;
}

interface PanelsSlice {
  tableOpen: boolean;
  setTableOpen(open: boolean): void;
  playing: boolean;
  /** Play's speed, in steps per second */
  playSpeed: number;
  setPlaying(playing: boolean): void;
  setPlaySpeed(speed: number): void;
}

export type Store = DatasetSlice & FiltersSlice & SelectionSlice & ViewSlice & PanelsSlice & AnalysisSlice;

// the model's defaults, plus the date mode and the "as of" day, which only the app has
const { focus: _focus, ...FILTER_DEFAULTS } = DEFAULT_FILTERS;
void _focus;
const DEFAULT_CHOICES: FilterChoices = { ...FILTER_DEFAULTS, dateMode: 'range', asOf: null };

/** The engine's filters for the store's choices, selection and focus. */
export function currentFilters(s: Store): Filters {
  const lastDay = s.loaded?.index.maxDay ?? null;
  const asOf = s.asOf ?? lastDay;
  const focus = s.focusHops > 0 && s.selection?.kind === 'actor' ? { actor: s.selection.id, hops: s.focusHops } : null;
  return {
    from: s.dateMode === 'asof' ? asOf : s.from,
    to: s.dateMode === 'asof' ? asOf : s.to,
    includeUndated: s.includeUndated,
    showIsolated: s.showIsolated,
    hiddenTypes: s.hiddenTypes,
    hiddenKinds: s.hiddenKinds,
    hiddenStatuses: s.hiddenStatuses,
    minSources: s.minSources,
    reportedBy: s.reportedBy,
    focus,
  };
}

let stepSerial = 0;

export const useStore = create<Store>()((set, get) => {
  /** Runs the engine on the current state and publishes the step. */
  const refilter = (full = false) => {
    const s = get();
    if (!s.engine) return;
    const changes = s.engine.apply(currentFilters(s));
    set({ step: { serial: ++stepSerial, changes, full } });
  };

  return {
    loaded: null,
    dataUrl: null,
    engine: null,
    step: null,
    failure: null,
    loading: null,
    setLoading(loading) {
      set({ loading });
    },
    applyLoad(name, result, options) {
      if (!result.ok) {
        set({ failure: { name, errors: result.errors, errorCount: result.errorCount } });
        return false;
      }
      get().commitLoad(openDataset(loadedDataset(name, result, options?.prepared)), options?.dataUrl);
      return true;
    },
    commitLoad(opened, dataUrl) {
      set({
        loaded: opened.loaded,
        dataUrl: dataUrl ?? null,
        engine: opened.engine,
        step: { serial: ++stepSerial, changes: opened.changes, full: true },
        failure: null,
        camera: null,
        selection: null,
        focusHops: 0,
        playing: false,
        ...DEFAULT_CHOICES,
        ...ANALYSIS_RESET,
      });
      return true;
    },
    dismissFailure() {
      set({ failure: null });
    },

    ...DEFAULT_CHOICES,
    setFilters(patch) {
      set(patch);
      refilter();
    },
    resetFilters() {
      set({ ...DEFAULT_CHOICES });
      refilter();
    },

    selection: null,
    focusHops: 0,
    revealSerial: 0,
    select(selection, options) {
      const before = get();
      set((s) => ({
        selection,
        // focus follows the selected actor; without one there is nothing to focus on
        focusHops: selection?.kind === 'actor' ? s.focusHops : 0,
        revealSerial: options?.reveal ? s.revealSerial + 1 : s.revealSerial,
      }));
      const after = get();
      if (before.focusHops > 0 || after.focusHops > 0) refilter();
    },
    setFocus(hops) {
      set((s) => ({ focusHops: s.selection?.kind === 'actor' ? hops : 0 }));
      refilter();
    },

    camera: null,
    cameraRequest: null,
    embed: false,
    notices: [],
    applyingView: false,
    setCamera(camera) {
      set({ camera });
    },
    applyView(view, notices) {
      set({ applyingView: true });
      set((s) => ({
        dateMode: view.dateMode,
        from: view.from,
        to: view.to,
        asOf: view.asOf,
        includeUndated: view.includeUndated,
        showIsolated: view.showIsolated,
        hiddenTypes: new Set(view.hiddenTypes),
        hiddenKinds: new Set(view.hiddenKinds),
        hiddenStatuses: new Set(view.hiddenStatuses),
        minSources: view.minSources,
        reportedBy: view.reportedBy,
        selection: view.selection,
        focusHops: view.focusHops,
        embed: view.embed,
        notices,
        camera: view.camera ?? s.camera,
        // the analysis panel and its questions; answers come from the runner
        ...(view.analysis
          ? {
              analysisOpen: true,
              analysisSettings: {
                k: view.analysis.k,
                claimed: view.analysis.claimed,
                colourBy: view.analysis.colourBy,
                sizeBy: view.analysis.sizeBy,
              },
              pathQuery: view.analysis.path ?? { from: null, to: null, cooperativeOnly: false },
              path: null,
              compareQuery: view.analysis.compare,
              comparison: null,
              diffShown: view.analysis.diffShown,
            }
          : { analysisOpen: false, ...ANALYSIS_RESET, analysisSettings: DEFAULT_ANALYSIS_SETTINGS }),
        cameraRequest: view.camera
          ? { camera: view.camera, serial: (s.cameraRequest?.serial ?? 0) + 1 }
          : s.cameraRequest,
      }));
      refilter();
      set({ applyingView: false });
    },
    dismissNotices() {
      set({ notices: [] });
    },

    tableOpen: false,
    setTableOpen(open) {
      set({ tableOpen: open });
    },
    playing: false,
    playSpeed: 2,
    setPlaying(playing) {
      set({ playing });
    },
    setPlaySpeed(speed) {
      set({ playSpeed: speed });
    },

    ...createAnalysisSlice(set),
  };
});
