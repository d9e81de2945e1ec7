// The analysis panel's part of the store: its settings, the questions asked
// (a path between two actors, a comparison of two views) and the latest answers,
// each kept with the ties it was computed on. analysisRunner.ts fills the answers.

import type { Analysis, ComparisonAnswer } from '../model/analysis';
import type { DayRange } from '../model/dayRangeText';
import type { ShortestPaths } from '../model/paths';
import type { SignedTies } from '../model/signedTies';

export type ColourBy = 'kind' | 'bloc' | 'community';
export type SizeBy = 'degree' | 'betweenness' | 'cooperative' | 'hostile';

export interface AnalysisSettings {
  /** number of blocs, 2 to 4 */
  k: number;
  /** weight factor of claimed-only relations, 0 to 1 */
  claimed: number;
  colourBy: ColourBy;
  sizeBy: SizeBy;
}

export const DEFAULT_ANALYSIS_SETTINGS: AnalysisSettings = { k: 2, claimed: 0.5, colourBy: 'kind', sizeBy: 'degree' };

export interface AnalysisProgress {
  /** what runs, for the user: "blocs", "brokers", "comparison", ... */
  stage: string;
  fraction: number;
}

export interface AnalysisAnswer {
  ties: SignedTies;
  analysis: Analysis;
}

export interface PathQuery {
  from: string | null;
  to: string | null;
  /** "chain of support": cooperative ties only */
  cooperativeOnly: boolean;
}

export interface PathAnswer {
  query: PathQuery;
  ties: SignedTies;
  paths: ShortestPaths;
}

/** Two periods to compare (a single day is a range of one day). */
export interface CompareQuery {
  a: DayRange;
  b: DayRange;
}

/** The answer to a comparison, with the question it answers. */
export interface Comparison extends ComparisonAnswer {
  query: CompareQuery;
}

export interface AnalysisSlice {
  analysisOpen: boolean;
  analysisSettings: AnalysisSettings;
  analysisProgress: AnalysisProgress | null;
  analysisError: string | null;
  analysis: AnalysisAnswer | null;
  pathQuery: PathQuery;
  path: PathAnswer | null;
  pathError: string | null;
  compareQuery: CompareQuery | null;
  comparison: Comparison | null;
  compareError: string | null;
  /** draw the comparison in the graph instead of the current view */
  diffShown: boolean;
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

/** What a newly opened dataset starts with: no answers, no questions, the settings kept. */
export const ANALYSIS_RESET = {
  analysisProgress: null,
  analysisError: null,
  analysis: null,
  pathQuery: { from: null, to: null, cooperativeOnly: false },
  path: null,
  pathError: null,
  compareQuery: null,
  comparison: null,
  compareError: null,
  diffShown: false,
} satisfies Partial<AnalysisSlice>;

export function createAnalysisSlice(
  set: (patch: Partial<AnalysisSlice> | ((s: AnalysisSlice) => Partial<AnalysisSlice>)) => void,
): AnalysisSlice {
  return {
    analysisOpen: false,
    analysisSettings: DEFAULT_ANALYSIS_SETTINGS,
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
              analysisSettings: { ...s.analysisSettings, colourBy: 'kind', sizeBy: 'degree' },
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
}
