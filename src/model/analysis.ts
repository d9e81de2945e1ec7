// The alliance analyses of one view, run together over its signed ties: blocs
// and their frustration, unbalanced triads, communities of cooperation, and
// brokers. Pure, so the analysis worker and the tests call the same code; the
// stages report progress because betweenness takes seconds on large graphs.

import { allianceBlocs, type Blocs } from './blocs';
import { betweenness, signedDegrees, type Betweenness, type SignedDegrees } from './brokers';
import { cooperativeCommunities, type Communities } from './communities';
import type { TieList } from './signedTies';
import { unbalancedTriads, type UnbalancedTriads } from './triads';

export interface AnalysisOptions {
  /** number of blocs, 2 to 4 */
  k: number;
  /** how many unbalanced triads to list */
  triadLimit?: number;
}

export interface Analysis {
  blocs: Blocs;
  triads: UnbalancedTriads;
  communities: Communities;
  degrees: SignedDegrees;
  betweenness: Betweenness;
}

export type AnalysisStage = 'blocs' | 'triads' | 'communities' | 'brokers';

export type ProgressReport = (stage: AnalysisStage, fraction: number) => void;

export function analyseTies(ties: TieList, options: AnalysisOptions, progress: ProgressReport = () => {}): Analysis {
  progress('blocs', 0);
  const blocs = allianceBlocs(ties, { k: options.k });
  progress('triads', 0.1);
  const triads = unbalancedTriads(ties, options.triadLimit ?? 100);
  progress('communities', 0.15);
  const communities = cooperativeCommunities(ties);
  const degrees = signedDegrees(ties);
  progress('brokers', 0.2);
  // betweenness is the long part: it gets the rest of the bar
  const between = betweenness(ties, { onProgress: (f) => progress('brokers', 0.2 + 0.8 * f) });
  return { blocs, triads, communities, degrees, betweenness: between };
}

/** Blocs of two views at once, for "what changed" (who changed camp). */
export function compareBlocs(a: TieList, b: TieList, k: number, progress: ProgressReport = () => {}): [Blocs, Blocs] {
  progress('blocs', 0);
  const first = allianceBlocs(a, { k });
  progress('blocs', 0.5);
  return [first, allianceBlocs(b, { k })];
}
