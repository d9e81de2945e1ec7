// A short fingerprint of a dataset's content, carried in links so that a link
// opened against different data says so instead of silently showing something else.

import type { Dataset } from './types';

/** 32-bit FNV-1a over the actors and relations (ids, ends, types, dates, statuses), in base 36. */
export function datasetFingerprint(d: Dataset): string {
  let h = 0x811c9dc5;
  const add = (text: string | undefined) => {
    const t = text ?? '';
    for (let i = 0; i < t.length; i++) {
      h ^= t.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x1f; // separator, so "ab"+"c" differs from "a"+"bc"
    h = Math.imul(h, 0x01000193);
  };
  for (const a of d.actors) add(a.id);
  for (const r of d.relations) {
    add(r.id);
    add(r.source);
    add(r.target);
    add(r.type);
    add(r.start);
    add(r.end);
    add(r.status);
  }
  return (h >>> 0).toString(36);
}
