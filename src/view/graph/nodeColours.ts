// The colour of each actor when no analysis colours it. A file that brings its
// own colours (a Gephi GEXF) is drawn in them, unless the user asks for the
// app's. The app's: by kind, or, where every actor is of one kind (most imports,
// where kind says nothing), by community, computed once when the data was opened.

import type { LoadedDataset } from '../../state/loaded';
import { COMMUNITY_COLOURS, KIND_COLOURS, UNPLACED_NODE, withAlpha } from '../palette';

export type Colouring = 'file' | 'community' | 'kind';

export function hasFileColours(loaded: LoadedDataset): boolean {
  return loaded.valid.dataset.actors.some((a) => a.colour !== undefined);
}

export function colouringOf(loaded: LoadedDataset, appColours: boolean): Colouring {
  if (!appColours && hasFileColours(loaded)) return 'file';
  const kinds = new Set(loaded.valid.dataset.actors.map((a) => a.kind));
  return kinds.size === 1 && loaded.communities.some((c) => c >= 0) ? 'community' : 'kind';
}

/** Communities ranked by size: the largest get the distinct colours, the rest share a grey. */
export function communityRanks(communities: Int32Array): { rank: Int32Array; sizes: number[] } {
  const counts = new Map<number, number>();
  for (const c of communities) if (c >= 0) counts.set(c, (counts.get(c) ?? 0) + 1);
  const order = [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a - b);
  const rankOf = new Map(order.map((c, r) => [c, r]));
  return {
    rank: Int32Array.from(communities, (c) => (c >= 0 ? (rankOf.get(c) ?? -1) : -1)),
    sizes: order.map((c) => counts.get(c) ?? 0),
  };
}

export function nodeColours(loaded: LoadedDataset, colouring: Colouring): string[] {
  const { actors } = loaded.valid.dataset;
  if (colouring === 'file') return actors.map((a) => a.colour ?? UNPLACED_NODE);
  if (colouring === 'community') {
    const { rank } = communityRanks(loaded.communities);
    return actors.map((_, k) =>
      rank[k] >= 0 && rank[k] < COMMUNITY_COLOURS.length ? COMMUNITY_COLOURS[rank[k]] : UNPLACED_NODE,
    );
  }
  return actors.map((a) => KIND_COLOURS[a.kind]);
}

/**
 * The colour of a line of no known type, by its source actor: where actors are
 * coloured by the file or by community, such lines show which camp they leave
 * from (as Gephi draws them); coloured by kind, they stay the generic grey.
 */
export function lineTints(colouring: Colouring, colours: readonly string[], alpha: number): string[] | null {
  if (colouring === 'kind') return null;
  return colours.map((c) => (c.startsWith('#') ? withAlpha(c, alpha) : c));
}

/** Both colourings the reducers read, for the view's choice of the file's or the app's colours. */
export function drawColours(
  loaded: LoadedDataset,
  appColours: boolean,
  lineAlpha: number,
): { nodeColours: string[]; lineTints: string[] | null } {
  const colouring = colouringOf(loaded, appColours);
  const colours = nodeColours(loaded, colouring);
  return { nodeColours: colours, lineTints: lineTints(colouring, colours, lineAlpha) };
}
