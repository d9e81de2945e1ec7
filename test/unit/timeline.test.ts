import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil, formatDay } from '../../src/model/dates';
import { buildFilterIndex } from '../../src/model/filterIndex';
import { groupRelations } from '../../src/model/groups';
import { binOf, chooseUnit, histogram, makeBins, undatedCounts } from '../../src/model/timeline';
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
    // the undated one is counted apart: kept or not by the other filters
    expect(undatedCounts(index, new Uint8Array([1, 1, 1]))).toEqual({ total: 1, kept: 1 });
    expect(undatedCounts(index, new Uint8Array([1, 1, 0]))).toEqual({ total: 1, kept: 0 });
  });

  it('agrees with counting each bin by hand, for any relations, bins and mask', () => {
    const day = fc.integer({ min: daysFromCivil(2000, 1, 1), max: daysFromCivil(2030, 12, 31) });
    const relation = fc.record({
      start: day,
      length: fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 900 })),
      type: fc.constantFrom('backs', 'fights', 'meets'),
      ongoing: fc.boolean(),
      kept: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(relation, { maxLength: 40 }),
        day,
        fc.integer({ min: 0, max: 4000 }),
        fc.constantFrom('day', 'month', 'year' as const),
        (rs, first, span, unit) => {
          const d: Dataset = {
            format: 'faultlines/1',
            meta: { title: 't' },
            sources: [],
            actors: [
              { id: 'a', label: 'a', kind: 'state' },
              { id: 'b', label: 'b', kind: 'state' },
            ],
            relations: rs.map((r, i) => ({
              id: `r${i}`,
              source: 'a',
              target: 'b',
              type: r.type,
              start: formatDay(r.start),
              ...(r.ongoing ? { end: 'ongoing' } : r.length >= 0 ? { end: formatDay(r.start + r.length) } : {}),
            })),
          };
          const v = validateDataset(d) as ValidDataset;
          const index = buildFilterIndex(d, v.types, v.intervals, groupRelations(d.relations, v.types));
          const bins = makeBins(first, first + span, unit);
          const mask = Uint8Array.from(rs, (r) => (r.kept ? 1 : 0));
          const h = histogram(index, v.types, bins, mask);
          for (let k = 0; k < bins.count; k++) {
            const inBin = (i: number) =>
              mask[i] === 1 && index.start[i] < bins.starts[k + 1] && (index.end[i] >= bins.starts[k] || rs[i].ongoing);
            const count = (type: string) => rs.filter((r, i) => r.type === type && inBin(i)).length;
            expect([h.cooperative[k], h.hostile[k], h.neutral[k]]).toEqual([
              count('backs'),
              count('fights'),
              count('meets'),
            ]);
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 30_000);
});
