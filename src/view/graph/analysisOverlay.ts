// What the analysis panel marks on the graph, as arrays the reducers read in O(1):
// actors coloured and tagged by bloc or community, sized by a measure, the
// shortest paths picked out, or the comparison of two views drawn as new, gone
// and kept lines. Recomputed only when an answer or a setting changes.

import type { Store } from '../../state/store';
import type { LoadedDataset } from '../../state/loaded';
import { blocName, communityName } from '../analysis/blocNames';
import { BLOC_COLOURS, COMMUNITY_COLOURS, UNPLACED_NODE } from '../palette';

export interface AnalysisOverlay {
  /** per actor: colour and a tag added to its label; null: as usual */
  nodeColour: (string | null)[] | null;
  nodeTag: (string | null)[] | null;
  /** per actor: a measure in 0..1 that replaces degree for its size */
  nodeMeasure: Float64Array | null;
  /** the shortest paths: 1 on their actors and edge groups */
  pathActors: Uint8Array | null;
  pathGroups: Uint8Array | null;
  /** the comparison: compare.ts GROUP_* per edge group, 1 per actor in either view; only its current answer */
  diffGroups: Uint8Array | null;
  diffActors: Uint8Array | null;
}

export const NO_OVERLAY: AnalysisOverlay = {
  nodeColour: null,
  nodeTag: null,
  nodeMeasure: null,
  pathActors: null,
  pathGroups: null,
  diffGroups: null,
  diffActors: null,
};

/** The parts of the store the overlay depends on: a change in any redraws the graph. */
export function overlayInputs(s: Store): unknown[] {
  return [s.analysisOpen, s.analysisSettings, s.analysis, s.path, s.comparison, s.diffShown];
}

export function analysisOverlay(s: Store, loaded: LoadedDataset): AnalysisOverlay {
  if (!s.analysisOpen) return NO_OVERLAY;
  const n = loaded.index.actorCount;
  const out: AnalysisOverlay = { ...NO_OVERLAY };
  const { colourBy, sizeBy } = s.analysisSettings;
  const answer = s.analysis?.analysis;
  if (answer && colourBy === 'bloc') {
    const { bloc } = answer.blocs;
    out.nodeColour = Array.from(bloc, (b) => (b < 0 ? UNPLACED_NODE : BLOC_COLOURS[b]));
    out.nodeTag = Array.from(bloc, (b) => (b < 0 ? null : blocName(b)));
  } else if (answer && colourBy === 'community') {
    const { community } = answer.communities;
    out.nodeColour = Array.from(community, (c) =>
      c < 0 ? UNPLACED_NODE : COMMUNITY_COLOURS[c % COMMUNITY_COLOURS.length],
    );
    out.nodeTag = Array.from(community, (c) => (c < 0 ? null : communityName(c)));
  }
  if (answer && sizeBy !== 'degree') {
    const raw =
      sizeBy === 'betweenness'
        ? answer.betweenness.score
        : sizeBy === 'cooperative'
          ? answer.degrees.positiveWeight
          : answer.degrees.negativeWeight;
    let max = 0;
    for (let a = 0; a < n; a++) max = Math.max(max, raw[a]);
    out.nodeMeasure = Float64Array.from(raw, (v) => (max > 0 ? v / max : 0));
  }
  const path = s.path;
  if (path && path.query === s.pathQuery && path.paths.paths.length > 0) {
    out.pathActors = new Uint8Array(n);
    out.pathGroups = new Uint8Array(loaded.index.groupCount);
    const { ties } = path;
    for (const p of path.paths.paths) {
      for (const a of p.actors) out.pathActors[a] = 1;
      for (const t of p.ties) {
        for (let k = ties.relationStart[t]; k < ties.relationStart[t + 1]; k++) {
          out.pathGroups[loaded.index.group[ties.relations[k]]] = 1;
        }
      }
    }
  }
  if (s.diffShown && s.comparison && s.comparison.query === s.compareQuery) {
    out.diffGroups = s.comparison.groups;
    out.diffActors = s.comparison.actors;
    // who changed camp says so on its label
    {
      const tags: (string | null)[] = new Array<string | null>(n).fill(null);
      // movers between blocs only: actors entering or leaving the picture are listed in the panel
      for (const c of s.comparison.camps) {
        if (c.before >= 0 && c.after >= 0) tags[c.actor] = `${blocName(c.before)}→${blocName(c.after)}`;
      }
      out.nodeTag = tags;
      out.nodeColour = null;
    }
  }
  return out;
}
