// Messages between the page and the analysis worker. The page sends the view as
// columns (copied: it keeps its own); the worker builds the ties and answers with
// them, so the page can list what the answers point at.

import type { Analysis, AnalysisOptions, AnalysisStage, ComparisonAnswer, ViewColumns } from './analysis';
import type { RangeColumns } from './compare';
import type { DayRange } from './dayRangeText';
import type { PathOptions, ShortestPaths } from './paths';
import type { SignedTies } from './signedTies';

export type AnalysisRequest =
  | { type: 'analyse'; columns: ViewColumns; visible: Uint8Array; options: AnalysisOptions }
  | { type: 'path'; columns: ViewColumns; visible: Uint8Array; from: number; to: number; options: PathOptions }
  | { type: 'compare'; columns: ViewColumns & RangeColumns; a: DayRange; b: DayRange; k: number };

export type AnalysisMessage =
  | { type: 'progress'; stage: AnalysisStage; fraction: number }
  | { type: 'analysed'; ties: SignedTies; analysis: Analysis }
  | { type: 'path'; ties: SignedTies; paths: ShortestPaths }
  | { type: 'compared'; answer: ComparisonAnswer }
  | { type: 'failed'; message: string };
