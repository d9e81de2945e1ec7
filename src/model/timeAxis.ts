// The timeline's axis: calendar ticks that read at the zoom shown ("2024",
// "Dec 2024", "27 Nov"), the finest whose labels keep a minimum gap in pixels,
// and the short text of a period ("26 Nov – 3 Dec 2024").

import { describeDay, MONTHS } from './dateText';
import { civilFromDays, daysFromCivil } from './dates';

export type TickUnit = 'day' | 'month' | 'year';

export interface Tick {
  readonly day: number;
  readonly label: string;
}

export interface Ticks {
  readonly unit: TickUnit;
  /** every how many days, months or years */
  readonly step: number;
  readonly ticks: readonly Tick[];
}

interface Level {
  readonly unit: TickUnit;
  readonly step: number;
  /** the longest distance in days between two neighbouring ticks */
  readonly maxDays: number;
}

// finest first; month steps divide the year, so each level's ticks start at January
const LEVELS: readonly Level[] = [
  { unit: 'day', step: 1, maxDays: 1 },
  { unit: 'day', step: 2, maxDays: 2 },
  { unit: 'day', step: 7, maxDays: 7 },
  { unit: 'day', step: 14, maxDays: 14 },
  { unit: 'month', step: 1, maxDays: 31 },
  { unit: 'month', step: 2, maxDays: 62 },
  { unit: 'month', step: 3, maxDays: 92 },
  { unit: 'month', step: 6, maxDays: 184 },
];

/** Year steps 1, 2, 5, 10, 20, 50, ... (unbounded: any span gets a level). */
function yearLevel(k: number): Level {
  const step = [1, 2, 5][k % 3] * 10 ** Math.floor(k / 3);
  return { unit: 'year', step, maxDays: 366 * step };
}

export function tickLabel(day: number, unit: TickUnit): string {
  const { year, month, day: d } = civilFromDays(day);
  if (unit === 'year') return String(year);
  if (unit === 'month') return `${MONTHS[month - 1]} ${year}`;
  return `${d} ${MONTHS[month - 1]}`;
}

function ticksOf(level: Level, from: number, to: number): number[] {
  const out: number[] = [];
  const { step } = level;
  if (level.unit === 'day') {
    // aligned to day numbers; weeks start on Monday (day 4, 1970-01-05, was one)
    const offset = step % 7 === 0 ? 4 : 0;
    for (let d = from + ((((offset - from) % step) + step) % step); d <= to; d += step) out.push(d);
    return out;
  }
  const c = civilFromDays(from);
  if (level.unit === 'month') {
    // months counted from year 0; the first whose 1st is on or after `from`, on the step
    let m = c.year * 12 + c.month - 1 + (c.day === 1 ? 0 : 1);
    m += (step - (((m % step) + step) % step)) % step;
    const firstOf = (k: number) => daysFromCivil(Math.floor(k / 12), (((k % 12) + 12) % 12) + 1, 1);
    for (let d = firstOf(m); d <= to; m += step, d = firstOf(m)) out.push(d);
    return out;
  }
  const firstYear = c.month === 1 && c.day === 1 ? c.year : c.year + 1;
  for (let y = Math.ceil(firstYear / step) * step; daysFromCivil(y, 1, 1) <= to; y += step) {
    out.push(daysFromCivil(y, 1, 1));
  }
  return out;
}

/**
 * Ticks for the days [from, to] drawn across `width` pixels (day d at
 * (d − from) / (to − from + 1) · width): the finest level whose ticks are all at
 * least `minGap` pixels apart. Every tick is inside the range, in order.
 */
export function timeTicks(from: number, to: number, width: number, minGap: number): Ticks {
  const days = Math.max(1, to - from + 1);
  const perDay = width / days;
  for (let k = 0; ; k++) {
    const level = k < LEVELS.length ? LEVELS[k] : yearLevel(k - LEVELS.length);
    // bound to fail (two ticks at most maxDays apart, closer than minGap): skip without generating them
    if (level.maxDays * perDay < minGap && days >= 2 * level.maxDays) continue;
    const found = to < from ? [] : ticksOf(level, from, to);
    let fits = true;
    for (let i = 1; i < found.length && fits; i++) fits = (found[i] - found[i - 1]) * perDay >= minGap;
    if (fits) {
      return {
        unit: level.unit,
        step: level.step,
        ticks: found.map((day) => ({ day, label: tickLabel(day, level.unit) })),
      };
    }
  }
}

/** A period as an analyst reads it: "27 Nov 2024", "26 Nov – 3 Dec 2024", "1 Jan 2011 – 2 Dec 2024". */
export function describeDays(from: number, to: number): string {
  if (from === to) return describeDay(from);
  const a = civilFromDays(from);
  const b = civilFromDays(to);
  const head = a.year === b.year ? `${a.day} ${MONTHS[a.month - 1]}` : describeDay(from);
  return `${head} – ${describeDay(to)}`;
}
