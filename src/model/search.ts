// Actor search: matches label, short name and aliases, ignoring case and
// diacritics, so "nusra" finds HTS and "nujabaa" finds Nujaba.

import type { Actor } from './types';

/** Lower case, without diacritics, with apostrophes and dashes dropped. */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`ʼ\-‐‑–—]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface ActorMatch {
  actor: Actor;
  /** the name that matched, when it is not the label */
  matched?: string;
}

/**
 * Actors whose names contain the query, best first: an exact name, then a name
 * that starts with it, then a word that starts with it, then anywhere.
 */
export function searchActors(actors: readonly Actor[], query: string, limit = 10): ActorMatch[] {
  const q = normaliseForSearch(query);
  if (q === '') return [];
  const scored: { match: ActorMatch; score: number; order: number }[] = [];
  actors.forEach((actor, order) => {
    let best = 0;
    let matched: string | undefined;
    for (const name of [actor.label, actor.short, ...(actor.aliases ?? [])]) {
      if (!name) continue;
      const n = normaliseForSearch(name);
      const score = n === q ? 4 : n.startsWith(q) ? 3 : n.includes(` ${q}`) ? 2 : n.includes(q) ? 1 : 0;
      if (score > best) {
        best = score;
        matched = name === actor.label ? undefined : name;
      }
    }
    if (best > 0) scored.push({ match: { actor, matched }, score: best, order });
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.slice(0, limit).map((s) => s.match);
}
