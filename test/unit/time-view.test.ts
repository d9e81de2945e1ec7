import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil, formatDay, ONGOING } from '../../src/model/dates';
import { buildFilterIndex, SHORT_SPAN, type FilterIndex } from '../../src/model/filterIndex';
import { groupRelations } from '../../src/model/groups';
import {
  busiestPeriod,
  hasDates,
  MIN_VIEW_DAYS,
  openingView,
  viewAround,
  viewHolds,
  wholeSpan,
  type DaySpan,
} from '../../src/model/timeView';
import type { Dataset, Relation } from '../../src/model/types';
import { validateDataset } from '../../src/model/validate';

function indexOf(dataset: Dataset): FilterIndex {
  const v = validateDataset(dataset);
  if (!v.ok) throw new Error('invalid dataset');
  return buildFilterIndex(v.dataset, v.types, v.intervals, groupRelations(v.dataset.relations, v.types));
}

function datasetOf(dates: readonly ([string, string?] | null)[]): Dataset {
  const relations: Relation[] = dates.map((d, i) => ({
    id: `r${i}`,
    source: 'a',
    target: 'b',
    type: 'backs',
    ...(d ? { start: d[0], ...(d[1] ? { end: d[1] } : {}) } : {}),
  }));
  return {
    format: 'faultlines/1',
    meta: { title: 't' },
    sources: [],
    actors: [
      { id: 'a', label: 'a', kind: 'state' },
      { id: 'b', label: 'b', kind: 'state' },
    ],
    relations,
  };
}

const iso = (s: DaySpan | null) => (s ? [formatDay(s.from), formatDay(s.to)] : null);

describe('the bundled dataset on the timeline', () => {
  const raw = JSON.parse(readFileSync(new URL('../../data/aleppo-2024.json', import.meta.url), 'utf8')) as Dataset;
  const index = indexOf(raw);

  it('is busiest in the week of the offensive, 27 November to 2 December 2024', () => {
    expect(iso(busiestPeriod(index))).toEqual(['2024-11-27', '2024-12-02']);
  });

  it('opens on that week with the day before (the data ends on its last day)', () => {
    expect(iso(wholeSpan(index))).toEqual(['2011-01-01', '2024-12-02']);
    expect(iso(openingView(index))).toEqual(['2024-11-26', '2024-12-02']);
    // a link's range outside that week opens around it instead; "all time" keeps the week
    const y2016 = { from: daysFromCivil(2016, 1, 1), to: daysFromCivil(2016, 12, 31) };
    expect(iso(openingView(index, y2016))).toEqual(['2015-11-25', '2017-02-06']);
    expect(iso(openingView(index, null))).toEqual(['2024-11-26', '2024-12-02']);
    const lastDays = { from: daysFromCivil(2024, 11, 30), to: daysFromCivil(2024, 12, 2) };
    expect(iso(openingView(index, lastDays))).toEqual(['2024-11-26', '2024-12-02']);
    // from 2016 on: the margin stops where the data does
    expect(iso(openingView(index, { from: daysFromCivil(2016, 1, 1), to: daysFromCivil(2024, 12, 2) }))).toEqual([
      '2015-02-09',
      '2024-12-02',
    ]);
  });
});

describe('the busiest period', () => {
  it('is none for spread-out, scarce or undated relations', () => {
    // the GEXF of the browser test: three relations years apart
    expect(
      busiestPeriod(indexOf(datasetOf([['1998-03-01', '1999-12-31'], ['2003-01-01', '2003-06-30'], ['2006-02-01']]))),
    ).toBeNull();
    expect(busiestPeriod(indexOf(datasetOf([['2020-05-01']])))).toBeNull();
    expect(busiestPeriod(indexOf(datasetOf([null, null])))).toBeNull();
    // one relation a month for ten years: no month is busier than another
    const monthly = Array.from({ length: 120 }, (_, k): [string] => [
      `${2010 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}-15`,
    ]);
    expect(busiestPeriod(indexOf(datasetOf(monthly)))).toBeNull();
  });

  it('widens to the end of short relations that start in it, not of long or ongoing ones', () => {
    const index = indexOf(
      datasetOf([
        ['2000'],
        ['2010-03-01', '2010-03-20'],
        ['2010-03-01', 'ongoing'],
        ['2010-03-02', '2012-01-01'],
        ['2010-03-02'],
        ['2020'],
      ]),
    );
    expect(iso(busiestPeriod(index))).toEqual(['2010-03-01', '2010-03-20']);
  });

  it('holds at least half the dated relations that start, and is at most an eighth of the span', () => {
    const dates = fc.oneof(
      fc.constant(null),
      fc.tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })),
    );
    fc.assert(
      fc.property(fc.array(dates, { maxLength: 40 }), (list) => {
        const ds = datasetOf(
          list.map((d) => (d ? [`${d[0]}-${String(d[1]).padStart(2, '0')}-${String(d[2]).padStart(2, '0')}`] : null)),
        );
        const index = indexOf(ds);
        expect(hasDates(index)).toBe(list.some((d) => d !== null));
        const busy = busiestPeriod(index);
        if (!busy) return;
        let dated = 0;
        let inside = 0;
        for (let i = 0; i < index.relationCount; i++) {
          if (index.undated[i]) continue;
          dated++;
          if (index.start[i] >= busy.from && index.start[i] <= busy.to) inside++;
        }
        expect(inside * 2).toBeGreaterThanOrEqual(dated);
        expect(busy.to - busy.from + 1).toBeLessThanOrEqual((index.maxDay - index.minDay + 1) / 8 + 62);
      }),
      { numRuns: 200 },
    );
  });
});

/** The busiest period counted plainly, from every relation: what the index's sorted runs must give. */
function busiestByHand(index: FilterIndex): DaySpan | null {
  const starts: number[] = [];
  for (let i = 0; i < index.relationCount; i++) if (!index.undated[i]) starts.push(index.start[i]);
  const sorted = starts.sort((a, b) => a - b);
  const n = sorted.length;
  if (n < 2) return null;
  const k = Math.max(2, Math.ceil(n / 2));
  let best = 0;
  for (let i = 1; i + k - 1 < n; i++) if (sorted[i + k - 1] - sorted[i] < sorted[best + k - 1] - sorted[best]) best = i;
  const [from, coreTo] = [sorted[best], sorted[best + k - 1]];
  if ((coreTo - from + 1) * 8 > index.maxDay - index.minDay + 1) return null;
  let to = coreTo;
  for (let i = 0; i < index.relationCount; i++) {
    const [s, e] = [index.start[i], index.end[i]];
    if (!index.undated[i] && s >= from && s <= coreTo && e !== ONGOING && e - s <= SHORT_SPAN) to = Math.max(to, e);
  }
  return { from, to };
}

describe('the busiest period, found from the index', () => {
  it('is the one counted by hand from every relation, with ranges, ongoing and undated ones', () => {
    const day = fc.integer({ min: daysFromCivil(2020, 1, 1), max: daysFromCivil(2020, 1, 1) + 900 });
    const relation = fc.oneof(
      fc.constant(null),
      fc
        .tuple(day, fc.oneof(fc.constant(null), fc.constant('ongoing'), fc.integer({ min: 0, max: 120 })))
        .map(([s, e]): [string, string?] => [
          formatDay(s),
          e === null ? undefined : e === 'ongoing' ? 'ongoing' : formatDay(s + e),
        ]),
    );
    fc.assert(
      fc.property(fc.array(relation, { maxLength: 60 }), (list) => {
        const index = indexOf(datasetOf(list));
        expect(busiestPeriod(index)).toEqual(busiestByHand(index));
      }),
      { numRuns: 400 },
    );
  });
});

describe('views around a selection', () => {
  const whole = { from: 0, to: 10_000 };
  const span = fc
    .tuple(fc.integer({ min: -2000, max: 12_000 }), fc.integer({ min: 0, max: 12_000 }))
    .map(([from, length]) => ({ from, to: from + length }));

  it('hold what they were made around, with a margin where the data goes on, at least a week long', () => {
    fc.assert(
      fc.property(span, (selection) => {
        const view = viewAround(selection, whole);
        expect(viewHolds(view, selection, whole)).toBe(true);
        expect(view.to - view.from + 1).toBeGreaterThanOrEqual(MIN_VIEW_DAYS);
        const from = Math.max(selection.from, whole.from);
        const to = Math.min(selection.to, whole.to);
        if (from <= to && (view.from !== whole.from || view.to !== whole.to)) {
          if (from > whole.from) expect(view.from).toBeLessThan(from);
          if (to < whole.to) expect(view.to).toBeGreaterThan(to);
        }
      }),
    );
  });

  it('is the whole span when the selection covers it or lies outside the data', () => {
    expect(viewAround({ from: -5, to: 10_005 }, whole)).toEqual(whole);
    expect(viewAround({ from: 20_000, to: 20_010 }, whole)).toEqual(whole);
    expect(viewAround({ from: 50, to: 9_990 }, whole)).toEqual(whole);
    expect(viewAround({ from: 5_000, to: 5_000 }, whole)).toEqual({ from: 4_997, to: 5_003 });
    expect(viewAround({ from: 9_998, to: 10_000 }, whole)).toEqual({ from: 9_996, to: 10_002 });
    expect(viewHolds({ from: 0, to: 10 }, { from: 20_000, to: 20_010 }, whole)).toBe(true);
    expect(viewHolds({ from: 0, to: 10 }, { from: 5, to: 11 }, whole)).toBe(false);
  });

  it('knows a dataset without dates', () => {
    const index = indexOf(datasetOf([null, null]));
    expect(hasDates(index)).toBe(false);
    expect(hasDates(indexOf(datasetOf([])))).toBe(false);
    expect(hasDates(indexOf(datasetOf([null, ['2024', 'ongoing']])))).toBe(true);
  });
});
