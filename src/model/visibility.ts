// What is shown: which relations, edge groups and actors pass the current
// choices. The time and evidence filters of the filter engine build on this.

import { isUnsourced } from './evidence';
import type { Grouping } from './groups';
import { neighbourhood } from './neighbourhood';
import type { Relation } from './types';

export interface VisibilityOptions {
  showUnsourced: boolean;
  /** show only this actor's neighbourhood */
  focus?: { actor: string; hops: number } | null;
}

export interface Visibility {
  /** 1 where relation i is shown */
  readonly relations: Uint8Array;
  /** visible relations per edge group (0: the edge is hidden) */
  readonly groupCounts: Int32Array;
  /** actors with a visible relation (and the focused actor) */
  readonly actors: ReadonlySet<string>;
  readonly relationCount: number;
}

export function computeVisibility(
  relations: readonly Relation[],
  grouping: Grouping,
  options: VisibilityOptions,
): Visibility {
  const shown = new Uint8Array(relations.length);
  for (let i = 0; i < relations.length; i++) shown[i] = options.showUnsourced || !isUnsourced(relations[i]) ? 1 : 0;

  let around: Set<string> | null = null;
  if (options.focus) {
    const reachable = grouping.groups.filter((g) => g.relations.some((i) => shown[i]));
    around = neighbourhood(reachable, options.focus.actor, options.focus.hops);
  }

  const groupCounts = new Int32Array(grouping.groups.length);
  const actors = new Set<string>();
  let relationCount = 0;
  grouping.groups.forEach((g, gi) => {
    if (around && !(around.has(g.source) && around.has(g.target))) {
      for (const i of g.relations) shown[i] = 0;
      return;
    }
    let n = 0;
    for (const i of g.relations) n += shown[i];
    groupCounts[gi] = n;
    relationCount += n;
    if (n > 0) {
      actors.add(g.source);
      actors.add(g.target);
    }
  });
  if (options.focus) actors.add(options.focus.actor);
  return { relations: shown, groupCounts, actors, relationCount };
}
