// Independent sources: a source that derives from another (a rewrite, a blog
// citing a wire report) counts once with it (DESIGN.md, `derivedFrom`).

import type { Source } from './types';

/**
 * Groups sources connected by derivedFrom (in either direction, transitively)
 * and returns each source id's group number.
 */
export function independentSourceGroups(sources: readonly Source[]): Map<string, number> {
  const index = new Map(sources.map((s, i) => [s.id, i]));
  const parent = sources.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  sources.forEach((s, i) => {
    for (const ref of s.derivedFrom ?? []) {
      const j = index.get(ref);
      if (j !== undefined) parent[find(i)] = find(j);
    }
  });
  return new Map(sources.map((s, i) => [s.id, find(i)]));
}
