import type { EdgeGroup } from './groups';

/** Actors within `hops` steps of `centre` over the given edge groups, centre included. */
export function neighbourhood(groups: readonly EdgeGroup[], centre: string, hops: number): Set<string> {
  const adjacent = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = adjacent.get(a);
    if (list) list.push(b);
    else adjacent.set(a, [b]);
  };
  for (const g of groups) {
    link(g.source, g.target);
    link(g.target, g.source);
  }
  const seen = new Set([centre]);
  let frontier = [centre];
  for (let h = 0; h < hops && frontier.length > 0; h++) {
    const next: string[] = [];
    for (const a of frontier) {
      for (const b of adjacent.get(a) ?? []) {
        if (!seen.has(b)) {
          seen.add(b);
          next.push(b);
        }
      }
    }
    frontier = next;
  }
  return seen;
}
