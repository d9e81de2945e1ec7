import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil } from '../../src/model/dates';
import { describeDays, tickLabel, timeTicks } from '../../src/model/timeAxis';

const day = daysFromCivil;

describe('timeline axis ticks', () => {
  it('reads years, months or days by zoom', () => {
    // fourteen years across 800 px: years
    const years = timeTicks(day(2011, 1, 1), day(2024, 12, 2), 800, 56);
    expect(years.unit).toBe('year');
    expect(years.ticks.map((t) => t.label)).toEqual([
      '2011',
      '2012',
      '2013',
      '2014',
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
    ]);
    // the same across 300 px: every second or fifth year
    expect(timeTicks(day(2011, 1, 1), day(2024, 12, 2), 300, 56).ticks.map((t) => t.label)).toEqual(['2015', '2020']);
    // a year: months, or every second month (steps start in January) when narrower
    const months = timeTicks(day(2024, 1, 15), day(2024, 12, 31), 800, 56);
    expect(months.unit).toBe('month');
    expect(months.ticks.map((t) => t.label)).toHaveLength(11);
    expect(timeTicks(day(2024, 1, 15), day(2024, 12, 31), 400, 56).ticks.map((t) => t.label)).toEqual([
      'Mar 2024',
      'May 2024',
      'Jul 2024',
      'Sep 2024',
      'Nov 2024',
    ]);
    // the week of the offensive: each day
    const week = timeTicks(day(2024, 11, 26), day(2024, 12, 3), 560, 56);
    expect(week.unit).toBe('day');
    expect(week.ticks.map((t) => t.label)).toEqual([
      '26 Nov',
      '27 Nov',
      '28 Nov',
      '29 Nov',
      '30 Nov',
      '1 Dec',
      '2 Dec',
      '3 Dec',
    ]);
    // three months: weeks, on Mondays
    const weeks = timeTicks(day(2024, 10, 1), day(2024, 12, 31), 800, 56);
    expect([weeks.unit, weeks.step]).toEqual(['day', 7]);
    expect(weeks.ticks[0].label).toBe('7 Oct');
  });

  it('labels as an analyst reads them', () => {
    expect(tickLabel(day(2024, 1, 1), 'year')).toBe('2024');
    expect(tickLabel(day(2024, 12, 1), 'month')).toBe('Dec 2024');
    expect(tickLabel(day(2024, 11, 27), 'day')).toBe('27 Nov');
  });

  it('keeps ticks inside the range, in order, at least the minimum gap apart, on calendar boundaries', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -800_000, max: 2_900_000 }),
        fc.oneof(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 200_000 })),
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 1, max: 200 }),
        (from, length, width, minGap) => {
          const to = from + length;
          const { unit, ticks } = timeTicks(from, to, width, minGap);
          const perDay = width / (to - from + 1);
          const wrong = ticks.filter((tick, i) => {
            const c = civilFromDays(tick.day);
            const previous = i > 0 ? ticks[i - 1].day : null;
            return (
              tick.day < from ||
              tick.day > to ||
              (previous !== null && (tick.day <= previous || (tick.day - previous) * perDay < minGap)) ||
              (unit !== 'day' && c.day !== 1) ||
              (unit === 'year' && c.month !== 1)
            );
          });
          expect(wrong).toEqual([]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('chooses the finest level that fits: a coarser one only when the finer is too tight', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30_000 }), fc.integer({ min: 1, max: 60 }), (from, length) => {
        // wide enough for a tick per day: it gets one
        const to = from + length;
        const t = timeTicks(from, to, (length + 1) * 60, 56);
        expect([t.unit, t.step, t.ticks.length]).toEqual(['day', 1, length + 1]);
      }),
    );
  });

  it('gives no ticks for an empty range and survives no width', () => {
    expect(timeTicks(10, 5, 500, 50).ticks).toEqual([]);
    expect(timeTicks(0, 20_000, 0, 50).ticks.length).toBeLessThanOrEqual(1);
  });
});

describe('periods in words', () => {
  it('names one day, a stretch within a year, and one across years', () => {
    expect(describeDays(day(2024, 11, 27), day(2024, 11, 27))).toBe('27 Nov 2024');
    expect(describeDays(day(2024, 11, 26), day(2024, 12, 3))).toBe('26 Nov – 3 Dec 2024');
    expect(describeDays(day(2011, 1, 1), day(2024, 12, 2))).toBe('1 Jan 2011 – 2 Dec 2024');
  });
});
