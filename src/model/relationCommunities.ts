// Communities of the whole relation graph, found once per dataset: the view can
// colour a dataset of one actor kind by them without opening the analyses, and
// the layout starts each community in a place of its own. It is the analyses'
// Louvain (communities.ts) on ties where every relation counts once, whatever
// its type or sign: here a community is who deals with whom, friend or foe.

import { cooperativeCommunities } from './communities';
import { signedTies, type RelationEnds } from './signedTies';
import type { Actor, Relation } from './types';

/** Per actor (dataset order), its community, 0, 1, ... by lowest member; -1 for an actor with no relation. */
export function relationCommunities(ends: RelationEnds, seed = 1): Int32Array {
  const all = new Uint8Array(ends.relationCount).fill(1);
  const once = new Float64Array(ends.relationCount).fill(1);
  return cooperativeCommunities(signedTies(ends, all, once), { seed }).community;
}

/** The relations' ends as actor ordinals, for a caller without a filter index. */
export function relationEnds(actors: readonly Actor[], relations: readonly Relation[]): RelationEnds {
  const ordinal = new Map(actors.map((a, k) => [a.id, k]));
  const source = new Int32Array(relations.length);
  const target = new Int32Array(relations.length);
  relations.forEach((r, i) => {
    const s = ordinal.get(r.source);
    const t = ordinal.get(r.target);
    // a relation to an unknown actor (never in a valid dataset) counts as a self-loop: no tie
    source[i] = s ?? t ?? 0;
    target[i] = t ?? s ?? 0;
  });
  return { actorCount: actors.length, relationCount: relations.length, source, target };
}
