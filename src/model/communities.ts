// Cooperative communities: groups of actors bound by ties that net positive,
// found by Louvain on the cooperative ties alone (hostile ties would pull foes
// into one group, since modularity only rewards density).

import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { seededRandom } from './random';
import { tieNet, tieSign, type TieList } from './signedTies';

export interface Communities {
  /** per actor, its community (0, 1, ... by lowest member), -1 when it has no cooperative tie */
  readonly community: Int32Array;
  readonly count: number;
  readonly modularity: number;
}

export interface CommunityOptions {
  /** seed for Louvain's random order, so the same ties give the same communities */
  readonly seed?: number;
  /** Louvain's resolution: above 1 gives more, smaller communities */
  readonly resolution?: number;
}

export function cooperativeCommunities(ties: TieList, options: CommunityOptions = {}): Communities {
  const community = new Int32Array(ties.actorCount).fill(-1);
  const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
  // nodes in ordinal order: Louvain's result depends on insertion order as well as the seed
  const cooperative = new Uint8Array(ties.actorCount);
  for (let t = 0; t < ties.count; t++) {
    if (tieSign(ties, t) > 0) cooperative[ties.a[t]] = cooperative[ties.b[t]] = 1;
  }
  for (let v = 0; v < ties.actorCount; v++) if (cooperative[v]) graph.addNode(String(v));
  if (graph.order === 0) return { community, count: 0, modularity: 0 };
  for (let t = 0; t < ties.count; t++) {
    if (tieSign(ties, t) > 0) graph.addEdge(String(ties.a[t]), String(ties.b[t]), { weight: tieNet(ties, t) });
  }

  const result = louvain.detailed(graph, {
    getEdgeWeight: 'weight',
    rng: seededRandom(options.seed ?? 1),
    resolution: options.resolution ?? 1,
  });
  // Louvain's ids are arbitrary: renumber by each community's lowest actor
  const renumber = new Map<number, number>();
  for (let v = 0; v < ties.actorCount; v++) {
    if (!cooperative[v]) continue;
    const found = result.communities[String(v)];
    let id = renumber.get(found);
    if (id === undefined) {
      id = renumber.size;
      renumber.set(found, id);
    }
    community[v] = id;
  }
  return { community, count: renumber.size, modularity: result.modularity };
}
