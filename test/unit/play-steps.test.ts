import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil, formatDay, ONGOING } from '../../src/model/dates';
import type { FilterIndex } from '../../src/model/filterIndex';
import { changeDays, nextAsOf, nextWindow } from '../../src/model/playSteps';
import { makeBins } from '../../src/model/timeline';

/** Just the columns Play reads: [start, end] per relation (a third `true`: a one-off event within them), null for undated. */
function indexOf(intervals: readonly ([number, number] | [number, number, true] | null)[]): FilterIndex {
  return {
    relationCount: intervals.length,
    undated: Uint8Array.from(intervals, (iv) => (iv ? 0 : 1)),
    start: Int32Array.from(intervals, (iv) => iv?.[0] ?? 0),
    end: Int32Array.from(intervals, (iv) => iv?.[1] ?? 0),
    once: Uint8Array.from(intervals, (iv) => (iv?.[2] ? 1 : 0)),
  } as unknown as FilterIndex;
}

const day = daysFromCivil;
const iso = (w: { from: number; to: number } | null) => (w ? [formatDay(w.from), formatDay(w.to)] : null);

describe('Play steps, one bin at a time', () => {
  const bins = makeBins(day(2014, 1, 1), day(2016, 12, 31), 'month');

  it('moves a window by whole bins, keeping its width in bins', () => {
    const feb = { from: day(2015, 2, 1), to: day(2015, 2, 28) };
    const mar = nextWindow(bins, feb.from, feb.to)!;
    expect(iso(mar)).toEqual(['2015-03-01', '2015-03-31']);
    expect(iso(nextWindow(bins, mar.from, mar.to))).toEqual(['2015-04-01', '2015-04-30']);
    const year = makeBins(day(2010, 1, 1), day(2020, 12, 31), 'year');
    expect(iso(nextWindow(year, day(2015, 1, 1), day(2015, 12, 31)))).toEqual(['2016-01-01', '2016-12-31']);
  });

  it('plays an open range as a one-bin window from the start, and stops at the end', () => {
    expect(iso(nextWindow(bins, null, null))).toEqual(['2014-01-01', '2014-01-31']);
    expect(nextWindow(bins, day(2016, 12, 1), day(2016, 12, 31))).toBeNull();
  });

  it('covers every day exactly once when played from the start', () => {
    let w = nextWindow(bins, null, null);
    let covered = 0;
    let last = bins.starts[0] - 1;
    while (w) {
      expect(w.from).toBe(last + 1);
      covered += w.to - w.from + 1;
      last = w.to;
      w = nextWindow(bins, w.from, w.to);
    }
    expect(covered).toBe(bins.starts[bins.count] - bins.starts[0]);
  });

  it('moves "as of" to bin ends, restarting from the first bin at the end', () => {
    const last = day(2016, 12, 31);
    expect(formatDay(nextAsOf(bins, null, last)!)).toBe('2014-01-31');
    expect(formatDay(nextAsOf(bins, day(2015, 5, 10), last)!)).toBe('2015-05-31');
    expect(formatDay(nextAsOf(bins, day(2015, 5, 31), last)!)).toBe('2015-06-30');
    expect(formatDay(nextAsOf(bins, last, last)!)).toBe('2014-01-31');
    expect(nextAsOf(bins, day(2016, 12, 15), last)).toBe(last);
    // a data end inside the last bin stops Play there
    expect(formatDay(nextAsOf(bins, day(2016, 11, 30), day(2016, 12, 2))!)).toBe('2016-12-02');
  });
});

describe('Play steps that skip what does not change', () => {
  // a year-long event in 2016, a war 2012-2016, a pledge on 27 Nov 2024 and a deployment 29 Nov - 2 Dec
  const index = indexOf([
    [day(2016, 1, 1), day(2016, 12, 31)],
    [day(2012, 1, 1), day(2016, 12, 31)],
    [day(2024, 11, 27), day(2024, 11, 27)],
    [day(2024, 11, 29), day(2024, 12, 2)],
    [day(2013, 1, 1), ONGOING],
    null,
  ]);
  const changes = changeDays(index);

  it('lists when relations appear and go, ongoing and undated ones aside', () => {
    expect([...changes.starts].map(formatDay)).toEqual([
      '2012-01-01',
      '2013-01-01',
      '2016-01-01',
      '2024-11-27',
      '2024-11-29',
    ]);
    expect([...changes.leaves].map(formatDay)).toEqual(['2017-01-01', '2017-01-01', '2024-11-28', '2024-12-03']);
    expect([...changeDays(index, Uint8Array.from([0, 0, 1, 1, 1, 1])).starts].map(formatDay)).toEqual([
      '2013-01-01',
      '2024-11-27',
      '2024-11-29',
    ]);
  });

  it('over years by month, jumps the quiet months to the next change', () => {
    const months = makeBins(day(2011, 1, 1), day(2024, 12, 2));
    expect(months.unit).toBe('month');
    // January 2016 to January 2017 (both 2016 relations end), then to January 2017's... November 2024
    const jan2017 = nextWindow(months, day(2016, 1, 1), day(2016, 1, 31), changes);
    expect(iso(jan2017)).toEqual(['2017-01-01', '2017-01-31']);
    expect(iso(nextWindow(months, jan2017!.from, jan2017!.to, changes))).toEqual(['2024-11-01', '2024-11-30']);
    // nothing changes after November 2024's window: straight to the last bin, then the end
    expect(iso(nextWindow(months, day(2024, 10, 1), day(2024, 10, 31), changes))).toEqual(['2024-11-01', '2024-11-30']);
  });

  it('over a zoomed week by day, and steps over a quiet day', () => {
    const days = makeBins(day(2024, 11, 26), day(2024, 12, 3));
    expect(days.unit).toBe('day');
    const one = (d: number) => iso(nextWindow(days, d, d, changes))?.[0];
    expect(one(day(2024, 11, 26))).toBe('2024-11-27');
    expect(one(day(2024, 11, 27))).toBe('2024-11-28');
    // 28 Nov shows nothing and 29 Nov brings the deployment
    expect(one(day(2024, 11, 28))).toBe('2024-11-29');
    // 29 Nov to 2 Dec show the same deployment: on to 3 Dec, when it has gone
    expect(one(day(2024, 11, 29))).toBe('2024-12-03');
    expect(nextAsOf(days, day(2024, 11, 29), day(2024, 12, 3), changes)).toBe(day(2024, 12, 3));
    expect(nextAsOf(days, day(2024, 11, 26), day(2024, 12, 3), changes)).toBe(day(2024, 11, 27));
  });

  const interval = fc
    .tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 80 }), fc.boolean())
    .map(([s, len, ongoing]): [number, number] => [s, ongoing ? ONGOING : s + len]);
  const visible = (ivs: readonly [number, number][], f: number, t: number) =>
    ivs
      .map(([s, e], i) => (s <= t && e >= f ? i : -1))
      .filter((i) => i >= 0)
      .join(',');

  it('shows every distinct picture a one-bin Play shows, in order, and no other', () => {
    fc.assert(
      fc.property(
        fc.array(interval, { maxLength: 12 }),
        fc.constantFrom('day' as const, 'month' as const),
        fc.integer({ min: 0, max: 3 }),
        (ivs, unit, width) => {
          const bins = makeBins(0, 420, unit);
          const changes = changeDays(indexOf(ivs));
          const start = { from: bins.starts[0], to: bins.starts[Math.min(width, bins.count - 1) + 1] - 1 };
          const play = (withChanges: boolean) => {
            const seen = [visible(ivs, start.from, start.to)];
            for (let w = nextWindow(bins, start.from, start.to, withChanges ? changes : undefined); w;) {
              const v = visible(ivs, w.from, w.to);
              if (v !== seen[seen.length - 1]) seen.push(v);
              w = nextWindow(bins, w.from, w.to, withChanges ? changes : undefined);
            }
            return seen;
          };
          expect(play(true)).toEqual(play(false));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('as of a day: the same pictures as day-by-day steps, in order', () => {
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 12 }), (ivs) => {
        const bins = makeBins(0, 420, 'day');
        const changes = changeDays(indexOf(ivs));
        const play = (withChanges: boolean) => {
          const seen = [visible(ivs, 0, 0)];
          for (let d = nextAsOf(bins, 0, 420, withChanges ? changes : undefined); d !== null;) {
            const v = visible(ivs, d, d);
            if (v !== seen[seen.length - 1]) seen.push(v);
            // at the last day Play stops (a further step would start again)
            d = d >= 420 ? null : nextAsOf(bins, d, 420, withChanges ? changes : undefined);
          }
          return seen;
        };
        expect(play(true)).toEqual(play(false));
      }),
      { numRuns: 300 },
    );
  });
});
