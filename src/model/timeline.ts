// The timeline's bins: a unit chosen from the span shown (days for weeks of data,
// months for years, years for decades), a histogram of relations per bin,
// stacked by sign, and the count of undated relations it cannot show.

import { civilFromDays, daysFromCivil, ONGOING } from './dates';
import type { FilterIndex } from './filterIndex';
import type { RelationType } from './relationTypes';

export type BinUnit = 'day' | 'month' | 'year';

export interface Bins {
  readonly unit: BinUnit;
  /** starts[k] is the first day of bin k; starts[count] is the day after the last bin */
  readonly starts: Int32Array;
  readonly count: number;
}

export function chooseUnit(firstDay: number, lastDay: number): BinUnit {
  const span = lastDay - firstDay + 1;
  if (span <= 180) return 'day';
  if (span <= 366 * 15) return 'month';
  return 'year';
}

/** Bins of `unit` covering [firstDay, lastDay], aligned to calendar days, months or years. */
export function makeBins(firstDay: number, lastDay: number, unit: BinUnit = chooseUnit(firstDay, lastDay)): Bins {
  // never fewer than one bin, even for an inverted span
  lastDay = Math.max(firstDay, lastDay);
  const starts: number[] = [];
  const c = civilFromDays(firstDay);
  let y = c.year;
  let m = unit === 'year' ? 1 : c.month;
  let d = unit === 'day' ? firstDay : daysFromCivil(y, m, 1);
  while (d <= lastDay) {
    starts.push(d);
    if (unit === 'day') d += 1;
    else if (unit === 'month') {
      m++;
      if (m > 12) {
        m = 1;
        y++;
      }
      d = daysFromCivil(y, m, 1);
    } else {
      y++;
      d = daysFromCivil(y, 1, 1);
    }
  }
  starts.push(d);
  return { unit, starts: Int32Array.from(starts), count: starts.length - 1 };
}

/** The bin holding `day` (clamped to the bins). */
export function binOf(bins: Bins, day: number): number {
  let lo = 0;
  let hi = bins.count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (bins.starts[mid] <= day) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Days beyond which a day-to-bin table would cost more memory than it saves time (about 8 MB). */
const TABLE_DAYS = 2_000_000;

/**
 * binOf for days within the bins, by a table of the bins' days where that is small
 * (a histogram looks up two days for each of up to 200,000 relations).
 */
function dayToBin(bins: Bins): (day: number) => number {
  const first = bins.starts[0];
  const span = bins.starts[bins.count] - first;
  if (span > TABLE_DAYS) return (day) => binOf(bins, day);
  const table = new Int32Array(span);
  for (let k = 0; k < bins.count; k++) table.fill(k, bins.starts[k] - first, bins.starts[k + 1] - first);
  return (day) => table[day - first];
}

export interface Histogram {
  /** per bin, relations active in it whose type is cooperative, hostile, neutral */
  readonly cooperative: Int32Array;
  readonly hostile: Int32Array;
  readonly neutral: Int32Array;
  readonly max: number;
}

/**
 * Relations active in each bin (an interval counts in every bin it overlaps, a
 * one-off event dated to a window in one),
 * among those `mask` keeps, by sign. O(relations + bins), with difference arrays.
 */
export function histogram(
  index: FilterIndex,
  types: ReadonlyMap<string, RelationType>,
  bins: Bins,
  mask: Uint8Array,
): Histogram {
  const signOfType = Int8Array.from(index.typeIds, (t) => types.get(t)?.sign ?? 0);
  const diff = [new Int32Array(bins.count + 1), new Int32Array(bins.count + 1), new Int32Array(bins.count + 1)];
  const first = bins.starts[0];
  const afterLast = bins.starts[bins.count];
  const bin = dayToBin(bins);
  for (let i = 0; i < index.relationCount; i++) {
    if (!mask[i] || index.undated[i]) continue;
    // a one-off event counts once, in the bin of its window's last day (by then it had happened)
    const e = index.end[i];
    const s = index.once[i] ? e : index.start[i];
    if (e < first || s >= afterLast) continue;
    const a = s < first ? 0 : bin(s);
    const b = e === ONGOING || e >= afterLast ? bins.count - 1 : bin(e);
    const row = diff[signOfType[index.type[i]] + 1];
    row[a]++;
    row[b + 1]--;
  }
  const out = diff.map((row) => {
    const counts = new Int32Array(bins.count);
    let run = 0;
    for (let k = 0; k < bins.count; k++) counts[k] = run += row[k];
    return counts;
  });
  let max = 0;
  for (let k = 0; k < bins.count; k++) max = Math.max(max, out[0][k] + out[1][k] + out[2][k]);
  return { hostile: out[0], neutral: out[1], cooperative: out[2], max };
}

/**
 * Undated relations, which the timeline cannot place: how many there are, and
 * how many of them `mask` (the filters but the dates) keeps, so at every date.
 */
export function undatedCounts(index: FilterIndex, mask: Uint8Array | undefined): { total: number; kept: number } {
  let kept = 0;
  for (const i of index.undatedOrder) if (!mask || mask[i]) kept++;
  return { total: index.undatedOrder.length, kept };
}
