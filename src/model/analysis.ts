// The alliance analyses of one view, run together: its signed ties, blocs and
// their frustration, unbalanced triads, communities of cooperation and brokers;
// shortest paths between two actors; and the comparison of two periods. Pure, so
// the analysis worker and the tests call the same code; stages report progress
// because betweenness takes seconds on large graphs.

import { allianceBlocs, type Blocs } from './blocs';
import { betweenness, signedDegrees, type Betweenness, type SignedDegrees } from './brokers';
import { cooperativeCommunities, type Communities } from './communities';
import {
  actorsInEither,
  campChanges,
  diffViews,
  groupDiff,
  renumberBlocs,
  visibleInRange,
  type CampChange,
  type GroupColumns,
  type RangeColumns,
  type ViewDiff,
} from './compare';
import type { DayRange } from './dayRangeText';
import { shortestPaths, type PathOptions, type ShortestPaths } from './paths';
import { signedTies, type RelationEnds, type SignedTies } from './signedTies';
import { unbalancedTriads, type UnbalancedTriads } from './triads';

/** The per-relation columns every analysis reads, with each relation's signed weight. */
export type ViewColumns = RelationEnds & GroupColumns & { readonly weight: Float64Array };

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

export type AnalysisStage = 'ties' | 'blocs' | 'triads' | 'communities' | 'brokers' | 'comparison';

export type ProgressReport = (stage: AnalysisStage, fraction: number) => void;

const silent: ProgressReport = () => {};

/** Every analysis of the view the visible relations make. */
export function analyseView(
  columns: ViewColumns,
  visible: Uint8Array,
  options: AnalysisOptions,
  progress: ProgressReport = silent,
): { ties: SignedTies; analysis: Analysis } {
  progress('ties', 0);
  const ties = signedTies(columns, visible, columns.weight);
  progress('blocs', 0.05);
  const blocs = allianceBlocs(ties, { k: options.k });
  progress('triads', 0.15);
  const triads = unbalancedTriads(ties, options.triadLimit ?? 100);
  progress('communities', 0.2);
  const communities = cooperativeCommunities(ties);
  const degrees = signedDegrees(ties);
  progress('brokers', 0.25);
  // betweenness is the long part: it gets the rest of the bar
  const between = betweenness(ties, { onProgress: (f) => progress('brokers', 0.25 + 0.75 * f) });
  return { ties, analysis: { blocs, triads, communities, degrees, betweenness: between } };
}

/** The shortest paths between two actors over the view. */
export function pathsInView(
  columns: ViewColumns,
  visible: Uint8Array,
  from: number,
  to: number,
  options: PathOptions,
): { ties: SignedTies; paths: ShortestPaths } {
  const ties = signedTies(columns, visible, columns.weight);
  return { ties, paths: shortestPaths(ties, from, to, options) };
}

export interface ComparisonAnswer {
  tiesA: SignedTies;
  tiesB: SignedTies;
  diff: ViewDiff;
  /** per edge group: compare.ts GROUP_* */
  groups: Uint8Array;
  /** 1 where an actor has a relation in A or B */
  actors: Uint8Array;
  /** the blocs of A and of B (B's numbered to match A's), and who changed camp */
  blocs: [Blocs, Blocs];
  camps: CampChange[];
}

/** What changed from period A to period B under the same other filters. */
export function comparePeriods(
  columns: ViewColumns & RangeColumns & { actorCount: number },
  a: DayRange,
  b: DayRange,
  k: number,
  progress: ProgressReport = silent,
): ComparisonAnswer {
  progress('comparison', 0);
  const visibleA = visibleInRange(columns, a.from, a.to);
  const visibleB = visibleInRange(columns, b.from, b.to);
  const tiesA = signedTies(columns, visibleA, columns.weight);
  const tiesB = signedTies(columns, visibleB, columns.weight);
  const diff = diffViews(visibleA, visibleB, tiesA, tiesB);
  progress('blocs', 0.2);
  const blocsA = allianceBlocs(tiesA, { k });
  progress('blocs', 0.6);
  const blocsB = allianceBlocs(tiesB, { k });
  const { mapping, changes } = campChanges(blocsA, blocsB);
  return {
    tiesA,
    tiesB,
    diff,
    groups: groupDiff(columns, visibleA, visibleB, diff.flipped),
    actors: actorsInEither(columns, visibleA, visibleB),
    blocs: [blocsA, renumberBlocs(blocsB, mapping)],
    camps: changes,
  };
}
