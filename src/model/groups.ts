// Edge groups: the graph draws one edge per (source, target, type), and the
// details panel lists the relations of a group (DESIGN.md, "Rendering").

import type { RelationType } from './relationTypes';
import type { Relation } from './types';

export interface EdgeGroup {
  /** stable key, also the graph's edge key */
  readonly key: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  /** indices into dataset.relations */
  readonly relations: number[];
}

export interface Grouping {
  readonly groups: EdgeGroup[];
  /** groupOf[i] is the index in `groups` of relation i */
  readonly groupOf: Int32Array;
}

/** Unambiguous for any ids: encodeURIComponent leaves no spaces. */
export function groupKey(source: string, target: string, type: string): string {
  return `${encodeURIComponent(type)} ${encodeURIComponent(source)} ${encodeURIComponent(target)}`;
}

/**
 * Groups relations by (source, target, type). Undirected types ignore the order
 * of the pair, so "A fights B" and "B fights A" share one edge, drawn from the
 * actor that comes first in the dataset's order of relations.
 */
export function groupRelations(relations: readonly Relation[], types: ReadonlyMap<string, RelationType>): Grouping {
  const groups: EdgeGroup[] = [];
  const index = new Map<string, number>();
  const groupOf = new Int32Array(relations.length);
  relations.forEach((r, i) => {
    const directed = types.get(r.type)?.directed ?? true;
    let key = groupKey(r.source, r.target, r.type);
    if (!directed && !index.has(key)) {
      const reverse = groupKey(r.target, r.source, r.type);
      if (index.has(reverse)) key = reverse;
    }
    let g = index.get(key);
    if (g === undefined) {
      g = groups.length;
      index.set(key, g);
      groups.push({ key, source: r.source, target: r.target, type: r.type, relations: [] });
    }
    groups[g].relations.push(i);
    groupOf[i] = g;
  });
  return { groups, groupOf };
}
