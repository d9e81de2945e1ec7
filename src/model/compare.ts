// What changed between two views A and B (two dates or two ranges, the other
// filters alike): relations that appeared or disappeared, pairs whose net sign
// flipped, and actors that changed camp between the blocs of A and of B.

import type { Blocs } from './blocs';
import { inWindow, type FilterIndex } from './filterIndex';
import { findTie, tieNet, tieSign, type TieList } from './signedTies';

export interface FlippedTie {
  /** the pair's actors, a < b */
  a: number;
  b: number;
  /** net weight in A and in B (opposite signs) */
  before: number;
  after: number;
}

export interface ViewDiff {
  /** relations visible in B and not in A, and the other way round */
  appeared: Int32Array;
  disappeared: Int32Array;
  /** pairs cooperative in one view and hostile in the other, heaviest change first */
  flipped: FlippedTie[];
}

export function diffViews(visibleA: Uint8Array, visibleB: Uint8Array, tiesA: TieList, tiesB: TieList): ViewDiff {
  const appeared: number[] = [];
  const disappeared: number[] = [];
  for (let i = 0; i < visibleA.length; i++) {
    if (visibleB[i] && !visibleA[i]) appeared.push(i);
    else if (visibleA[i] && !visibleB[i]) disappeared.push(i);
  }
  const flipped: FlippedTie[] = [];
  for (let t = 0; t < tiesA.count; t++) {
    const sign = tieSign(tiesA, t);
    if (sign === 0) continue;
    const u = findTie(tiesB, tiesA.a[t], tiesA.b[t]);
    if (u < 0 || tieSign(tiesB, u) !== -sign) continue;
    flipped.push({ a: tiesA.a[t], b: tiesA.b[t], before: tieNet(tiesA, t), after: tieNet(tiesB, u) });
  }
  flipped.sort((p, q) => Math.abs(q.after - q.before) - Math.abs(p.after - p.before) || p.a - q.a || p.b - q.b);
  return { appeared: Int32Array.from(appeared), disappeared: Int32Array.from(disappeared), flipped };
}

export const GROUP_ABSENT = 0;
export const GROUP_KEPT = 1;
export const GROUP_NEW = 2;
export const GROUP_GONE = 3;
/** a line between a pair whose net sign flipped (drawn so whether it is new or kept) */
export const GROUP_FLIPPED = 4;

/** The columns a comparison reads: the filter index has them, and so does a message to the analysis worker. */
export type GroupColumns = Pick<FilterIndex, 'relationCount' | 'groupCount' | 'group' | 'source' | 'target'>;

/**
 * Per edge group: absent from both views, kept, new in B, gone from A, or (over
 * any of these) a line of a pair whose sign flipped.
 */
export function groupDiff(
  index: GroupColumns,
  visibleA: Uint8Array,
  visibleB: Uint8Array,
  flipped: readonly FlippedTie[] = [],
): Uint8Array {
  const inA = new Uint8Array(index.groupCount);
  const inB = new Uint8Array(index.groupCount);
  for (let i = 0; i < index.relationCount; i++) {
    if (visibleA[i]) inA[index.group[i]] = 1;
    if (visibleB[i]) inB[index.group[i]] = 1;
  }
  const out = inA.map((a, g) => (a && inB[g] ? GROUP_KEPT : inB[g] ? GROUP_NEW : a ? GROUP_GONE : GROUP_ABSENT));
  if (flipped.length === 0) return out;
  const pairs = new Set(flipped.map((f) => `${f.a} ${f.b}`));
  for (let i = 0; i < index.relationCount; i++) {
    if (!visibleB[i] && !visibleA[i]) continue;
    const s = index.source[i];
    const t = index.target[i];
    if (pairs.has(`${Math.min(s, t)} ${Math.max(s, t)}`)) out[index.group[i]] = GROUP_FLIPPED;
  }
  return out;
}

/** The dates and the date-independent filter result, enough to say what a range shows. */
export interface RangeColumns {
  /** 1 where a relation passes every filter but the dates (FilterEngine.staticMask) */
  readonly mask: Uint8Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly undated: Uint8Array;
  /** 1 for a one-off event dated to a window (filterIndex.ts inWindow) */
  readonly once: Uint8Array;
}

/** 1 where a relation passes the filters and is in [from, to] as the engine says (undated ones pass the mask alone). */
export function visibleInRange(columns: RangeColumns, from: number, to: number): Uint8Array {
  const { mask, undated } = columns;
  const out = new Uint8Array(mask.length);
  for (let i = 0; i < mask.length; i++) {
    if (mask[i] && (undated[i] || inWindow(columns, i, from, to))) out[i] = 1;
  }
  return out;
}

/** 1 for each actor with a visible relation in A or in B. */
export function actorsInEither(index: GroupColumns & { actorCount: number }, a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(index.actorCount);
  for (let i = 0; i < index.relationCount; i++) {
    if (!a[i] && !b[i]) continue;
    out[index.source[i]] = 1;
    out[index.target[i]] = 1;
  }
  return out;
}

export interface CampChange {
  actor: number;
  /** bloc in A and in B, B's renumbered to match A's (see campChanges); -1: not placed */
  before: number;
  after: number;
}

function permutations(k: number): number[][] {
  if (k === 0) return [[]];
  const out: number[][] = [];
  for (const p of permutations(k - 1))
    for (let i = 0; i <= p.length; i++) out.push([...p.slice(0, i), k - 1, ...p.slice(i)]);
  return out;
}

/**
 * Who changed camp: B's blocs are renumbered to match A's (the numbering that keeps
 * the most actors in the same bloc overall; k <= 4, so all k! numberings are tried),
 * then actors whose bloc differs, or who are placed in one view only, are listed.
 */
export function campChanges(a: Blocs, b: Blocs): { mapping: number[]; changes: CampChange[] } {
  const k = Math.max(a.k, b.k);
  const overlap = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let v = 0; v < a.bloc.length; v++) if (a.bloc[v] >= 0 && b.bloc[v] >= 0) overlap[b.bloc[v]][a.bloc[v]]++;
  let mapping = permutations(k)[0];
  let best = -1;
  for (const p of permutations(k)) {
    const kept = p.reduce((sum, to, from) => sum + overlap[from][to], 0);
    if (kept > best) {
      best = kept;
      mapping = p;
    }
  }
  const changes: CampChange[] = [];
  for (let v = 0; v < a.bloc.length; v++) {
    const before = a.bloc[v];
    const after = b.bloc[v] < 0 ? -1 : mapping[b.bloc[v]];
    if (before !== after) changes.push({ actor: v, before, after });
  }
  // movers between blocs first, then actors that entered or left the picture
  changes.sort(
    (p, q) => Number(p.before < 0 || p.after < 0) - Number(q.before < 0 || q.after < 0) || p.actor - q.actor,
  );
  return { mapping, changes };
}

/** The same blocs under another numbering: bloc b becomes mapping[b]. */
export function renumberBlocs(blocs: Blocs, mapping: readonly number[]): Blocs {
  const sizes = new Array<number>(blocs.k).fill(0);
  blocs.sizes.forEach((n, b) => (sizes[mapping[b]] = n));
  return { ...blocs, bloc: blocs.bloc.map((b) => (b < 0 ? b : mapping[b])), sizes };
}
