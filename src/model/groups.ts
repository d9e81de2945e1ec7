// Edge groups: the graph draws one edge per (source, target, type), and the
// details panel lists the relations of a group (DESIGN.md, "Rendering").
// Columnar, because large datasets have a group for most relations: no object
// per group, just typed arrays.

import type { RelationType } from './relationTypes';
import type { Relation } from './types';

export interface Grouping {
  readonly groupCount: number;
  /** groupOf[i]: the group of relation i */
  readonly groupOf: Int32Array;
  /** first[g]: the first relation of group g, which gives its source, target and type */
  readonly first: Int32Array;
  /** group g's relations are members[memberStart[g] .. memberStart[g + 1]), in dataset order */
  readonly memberStart: Int32Array;
  readonly members: Int32Array;
}

/** Stable key of a group, also the graph's edge key; unambiguous for any ids. */
export function groupKey(source: string, target: string, type: string): string {
  return `${encodeURIComponent(type)} ${encodeURIComponent(source)} ${encodeURIComponent(target)}`;
}

export function keyOfGroup(relations: readonly Relation[], grouping: Grouping, g: number): string {
  const r = relations[grouping.first[g]];
  return groupKey(r.source, r.target, r.type);
}

export function groupMembers(grouping: Grouping, g: number): Int32Array {
  return grouping.members.subarray(grouping.memberStart[g], grouping.memberStart[g + 1]);
}

/**
 * Groups relations by (source, target, type). Undirected types ignore the order
 * of the pair, so "A fights B" and "B fights A" share one edge, drawn the way the
 * group's first relation goes.
 */
export function groupRelations(relations: readonly Relation[], types: ReadonlyMap<string, RelationType>): Grouping {
  const n = relations.length;
  // Numeric keys from ordinals: string keys for 200,000 relations cost more than the rest of grouping.
  const actorOrdinal = new Map<string, number>();
  const typeOrdinal = new Map<string, number>();
  const directed: boolean[] = [];
  for (const r of relations) {
    if (!actorOrdinal.has(r.source)) actorOrdinal.set(r.source, actorOrdinal.size);
    if (!actorOrdinal.has(r.target)) actorOrdinal.set(r.target, actorOrdinal.size);
    if (!typeOrdinal.has(r.type)) {
      typeOrdinal.set(r.type, typeOrdinal.size);
      directed.push(types.get(r.type)?.directed ?? true);
    }
  }
  const m = actorOrdinal.size;
  const index = new Map<number, number>();
  const groupOf = new Int32Array(n);
  const firstList: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = relations[i];
    const t = typeOrdinal.get(r.type) as number;
    const s = actorOrdinal.get(r.source) as number;
    const d = actorOrdinal.get(r.target) as number;
    // exact as a double while types x actors^2 < 2^53 (thousands of types, a million actors)
    let key = (t * m + s) * m + d;
    if (!directed[t] && !index.has(key)) {
      const reverse = (t * m + d) * m + s;
      if (index.has(reverse)) key = reverse;
    }
    let g = index.get(key);
    if (g === undefined) {
      g = firstList.length;
      index.set(key, g);
      firstList.push(i);
    }
    groupOf[i] = g;
  }
  // counting sort of relations by group, keeping dataset order within a group
  const groupCount = firstList.length;
  const memberStart = new Int32Array(groupCount + 1);
  for (let i = 0; i < n; i++) memberStart[groupOf[i] + 1]++;
  for (let g = 0; g < groupCount; g++) memberStart[g + 1] += memberStart[g];
  const fill = memberStart.slice(0, groupCount);
  const members = new Int32Array(n);
  for (let i = 0; i < n; i++) members[fill[groupOf[i]]++] = i;
  return { groupCount, groupOf, first: Int32Array.from(firstList), memberStart, members };
}
