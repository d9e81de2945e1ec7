import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil, formatDay } from '../../src/model/dates';
import { buildFilterIndex } from '../../src/model/filterIndex';
import { groupRelations } from '../../src/model/groups';
import { binOf, chooseUnit, histogram, makeBins, nextAsOf, nextWindow } from '../../src/model/timeline';
import type { Dataset } from '../../src/model/types';
import { validateDataset, type ValidDataset } from '../../src/model/validate';

describe('timeline bins', () => {
  it('chooses days for weeks, months for years, years for decades', () => {
    expect(chooseUnit(daysFromCivil(2024, 11, 20), daysFromCivil(2024, 12, 5))).toBe('day');
    expect(chooseUnit(daysFromCivil(2011, 1, 1), daysFromCivil(2024, 12, 2))).toBe('month');
    expect(chooseUnit(daysFromCivil(1990, 1, 1), daysFromCivil(2024, 12, 2))).toBe('year');
  });

  it('aligns bins to calendar months and covers every day once', () => {
    const bins = makeBins(daysFromCivil(2024, 1, 15), daysFromCivil(2024, 4, 2), 'month');
    expect([...bins.starts].map(formatDay)).toEqual([
      '2024-01-01',
      '2024-02-01',
      '2024-03-01',
      '2024-04-01',
      '2024-05-01',
    ]);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20000 }),
        fc.integer({ min: 0, max: 4000 }),
        fc.constantFrom('day', 'month', 'year' as const),
        (a, span, unit) => {
          const b = makeBins(a, a + span, unit);
          for (let d = a; d <= a + span; d += Math.max(1, Math.floor(span / 50))) {
            const k = binOf(b, d);
            expect(b.starts[k] <= d && d < b.starts[k + 1]).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts a relation in every bin it overlaps, by sign', () => {
    const d: Dataset = {
      format: 'faultlines/1',
      meta: { title: 't' },
      sources: [],
      actors: [
        { id: 'a', label: 'a', kind: 'state' },
        { id: 'b', label: 'b', kind: 'state' },
      ],
      relations: [
        { id: '1', source: 'a', target: 'b', type: 'backs', start: '2024-02', end: 'ongoing' },
        { id: '2', source: 'a', target: 'b', type: 'fights', start: '2024-03-15' },
        { id: '3', source: 'a', target: 'b', type: 'meets' },
      ],
    };
    const v = validateDataset(d) as ValidDataset;
    const grouping = groupRelations(d.relations, v.types);
    const index = buildFilterIndex(d, v.types, v.intervals, grouping);
    const bins = makeBins(daysFromCivil(2024, 1, 1), daysFromCivil(2024, 4, 30), 'month');
    const h = histogram(index, v.types, bins, new Uint8Array([1, 1, 1]));
    expect([...h.cooperative]).toEqual([0, 1, 1, 1]);
    expect([...h.hostile]).toEqual([0, 0, 1, 0]);
    expect([...h.neutral]).toEqual([0, 0, 0, 0]);
    expect(h.max).toBe(2);
    expect([...histogram(index, v.types, bins, new Uint8Array([0, 1, 1])).cooperative]).toEqual([0, 0, 0, 0]);
  });
});

describe('Play steps', () => {
  const bins = makeBins(daysFromCivil(2014, 1, 1), daysFromCivil(2016, 12, 31), 'month');

  it('moves a window by whole bins, keeping its width in bins', () => {
    const feb = { from: daysFromCivil(2015, 2, 1), to: daysFromCivil(2015, 2, 28) };
    const mar = nextWindow(bins, feb.from, feb.to)!;
    expect([formatDay(mar.from), formatDay(mar.to)]).toEqual(['2015-03-01', '2015-03-31']);
    const apr = nextWindow(bins, mar.from, mar.to)!;
    expect([formatDay(apr.from), formatDay(apr.to)]).toEqual(['2015-04-01', '2015-04-30']);
    const year = makeBins(daysFromCivil(2010, 1, 1), daysFromCivil(2020, 12, 31), 'year');
    const next = nextWindow(year, daysFromCivil(2015, 1, 1), daysFromCivil(2015, 12, 31))!;
    expect([formatDay(next.from), formatDay(next.to)]).toEqual(['2016-01-01', '2016-12-31']);
  });

  it('plays an open range as a one-bin window from the start, and stops at the end', () => {
    const w = nextWindow(bins, null, null)!;
    expect([formatDay(w.from), formatDay(w.to)]).toEqual(['2014-01-01', '2014-01-31']);
    expect(nextWindow(bins, daysFromCivil(2016, 12, 1), daysFromCivil(2016, 12, 31))).toBeNull();
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
    const last = daysFromCivil(2016, 12, 31);
    expect(formatDay(nextAsOf(bins, null, last)!)).toBe('2014-01-31');
    expect(formatDay(nextAsOf(bins, daysFromCivil(2015, 5, 10), last)!)).toBe('2015-05-31');
    expect(formatDay(nextAsOf(bins, daysFromCivil(2015, 5, 31), last)!)).toBe('2015-06-30');
    expect(formatDay(nextAsOf(bins, last, last)!)).toBe('2014-01-31');
    expect(nextAsOf(bins, daysFromCivil(2016, 12, 15), last)).toBe(last);
    // a data end inside the last bin stops Play there
    expect(formatDay(nextAsOf(bins, daysFromCivil(2016, 11, 30), daysFromCivil(2016, 12, 2))!)).toBe('2016-12-02');
  });
});
