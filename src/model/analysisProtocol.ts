// Messages between the page and the analysis worker. Ties travel as typed arrays,
// copied: the page keeps its own to list what the answers point at.

import type { Analysis, AnalysisOptions, AnalysisStage } from './analysis';
import type { Blocs } from './blocs';
import type { PathOptions, ShortestPaths } from './paths';
import type { TieList } from './signedTies';

export type AnalysisRequest =
  | { type: 'analyse'; ties: TieList; options: AnalysisOptions }
  | { type: 'compare'; a: TieList; b: TieList; k: number }
  | { type: 'path'; ties: TieList; from: number; to: number; options: PathOptions };

export type AnalysisMessage =
  | { type: 'progress'; stage: AnalysisStage; fraction: number }
  | { type: 'analysed'; analysis: Analysis }
  | { type: 'compared'; blocs: [Blocs, Blocs] }
  | { type: 'path'; paths: ShortestPaths }
  | { type: 'failed'; message: string };
