// The analysis panel's part of the store: its settings, the questions asked
// (a path between two actors, a comparison of two views) and the latest answers,
// each kept with the ties it was computed on. analysisRunner.ts fills the answers.

import type { StateCreator } from 'zustand';
import type { Analysis, ComparisonAnswer } from '../../model/analysis';
import type { ShortestPaths } from '../../model/paths';
import type { SignedTies } from '../../model/signedTies';
import type { Store } from '../store';
import {
  groupDefaults,
  VIEW_DEFAULTS,
  type AnalysisSettings,
  type CompareQuery,
  type PathQuery,
  type ViewGroup,
} from '../viewFields';

export interface AnalysisProgress {
  /** what runs, for the user: "blocs", "brokers", "comparison", ... */
  stage: string;
  fraction: number;
}

export interface AnalysisAnswer {
  ties: SignedTies;
  analysis: Analysis;
}

export interface PathAnswer {
  query: PathQuery;
  ties: SignedTies;
  paths: ShortestPaths;
}

/** The answer to a comparison, with the question it answers. */
export interface Comparison extends ComparisonAnswer {
  query: CompareQuery;
}

export interface AnalysisSlice extends ViewGroup<'analysis'> {
  analysisProgress: AnalysisProgress | null;
  analysisError: string | null;
  analysis: AnalysisAnswer | null;
  path: PathAnswer | null;
  pathError: string | null;
  comparison: Comparison | null;
  compareError: string | null;
  setAnalysisOpen(open: boolean): void;
  setAnalysisSettings(patch: Partial<AnalysisSettings>): void;
  setPathQuery(patch: Partial<PathQuery>): void;
  setCompareQuery(query: CompareQuery | null): void;
  setDiffShown(shown: boolean): void;
  /** for the runner: publish answers and progress */
  publishAnalysis(
    patch: Partial<
      Pick<
        AnalysisSlice,
        'analysis' | 'path' | 'comparison' | 'analysisProgress' | 'analysisError' | 'pathError' | 'compareError'
      >
    >,
  ): void;
}

/** What a newly opened dataset starts with: no answers, no questions; the panel and its settings kept. */
export const ANALYSIS_RESET = {
  analysisProgress: null,
  analysisError: null,
  analysis: null,
  path: null,
  pathError: null,
  comparison: null,
  compareError: null,
  pathQuery: VIEW_DEFAULTS.pathQuery,
  compareQuery: VIEW_DEFAULTS.compareQuery,
  diffShown: VIEW_DEFAULTS.diffShown,
} satisfies Partial<AnalysisSlice>;

export const createAnalysisSlice: StateCreator<Store, [], [], AnalysisSlice> = (set) => {
  return {
    ...groupDefaults('analysis'),
    ...ANALYSIS_RESET,
    setAnalysisOpen(open) {
      // closing the panel takes its marks off the graph
      set((s) =>
        open
          ? { analysisOpen: true }
          : {
              analysisOpen: false,
              diffShown: false,
              analysisProgress: null,
              // answers go stale while closed: reopening computes them afresh (the questions stay)
              analysis: null,
              path: null,
              comparison: null,
              analysisSettings: {
                ...s.analysisSettings,
                colourBy: VIEW_DEFAULTS.analysisSettings.colourBy,
                sizeBy: VIEW_DEFAULTS.analysisSettings.sizeBy,
              },
            },
      );
    },
    setAnalysisSettings(patch) {
      set((s) => ({ analysisSettings: { ...s.analysisSettings, ...patch } }));
    },
    setPathQuery(patch) {
      // the old answer goes at once: the graph must not keep drawing a path for another question
      set((s) => ({ pathQuery: { ...s.pathQuery, ...patch }, path: null, pathError: null }));
    },
    setCompareQuery(query) {
      set({ compareQuery: query, compareError: null, ...(query ? {} : { comparison: null, diffShown: false }) });
    },
    setDiffShown(shown) {
      set({ diffShown: shown });
    },
    publishAnalysis(patch) {
      set(patch);
    },
  };
};
