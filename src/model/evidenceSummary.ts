// A relation's evidence in one line, as an analyst weighs it: how many items,
// how many dispute it, and how many independent sources support it, naming the
// sources that only repeat another ("2 evidence items, 1 independent source (one
// repeats Newsweek)"). Independence is derivedFrom's (sources.ts).

import type { Evidence, Source } from './types';
import { plural } from './countText';

const COUNT_WORDS = ['no', 'one', 'two', 'three'];

/** The line for a relation's evidence; `groups` gives each source id its independence group. */
export function evidenceSummary(
  evidence: readonly Evidence[],
  sourcesById: ReadonlyMap<string, Source>,
  groups: ReadonlyMap<string, number>,
): string {
  if (evidence.length === 0) return 'no evidence';
  const disputing = evidence.filter((e) => e.stance === 'disputes').length;
  const cited = [...new Set(evidence.filter((e) => e.stance === 'supports').map((e) => e.source))];
  // the supporting sources by group, in the order cited
  const byGroup = new Map<number | string, string[]>();
  for (const id of cited) {
    const g = groups.get(id) ?? id;
    const list = byGroup.get(g);
    if (list) list.push(id);
    else byGroup.set(g, [id]);
  }
  const name = (id: string) => {
    const s = sourcesById.get(id);
    return s?.publisher ?? s?.title ?? id;
  };
  const repeats: string[] = [];
  for (const ids of byGroup.values()) {
    if (ids.length < 2) continue;
    // the original: a cited source the others derive from, else the first cited
    const original = ids.find((id) => !(sourcesById.get(id)?.derivedFrom ?? []).some((d) => ids.includes(d))) ?? ids[0];
    const n = ids.length - 1;
    repeats.push(`${COUNT_WORDS[n] ?? n} repeat${n === 1 ? 's' : ''} ${name(original)}`);
  }
  const items = plural(evidence.length, 'evidence item', 'evidence items');
  const against = disputing ? ` (${disputing} disputing)` : '';
  const independent = plural(byGroup.size, 'independent source', 'independent sources');
  return `${items}${against}, ${independent} in support${repeats.length ? ` (${repeats.join('; ')})` : ''}`;
}
