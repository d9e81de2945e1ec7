// The columnar filter index (model/filterIndex.ts) on small hand-built datasets:
// the exact arrays the engine, facets and timeline read, and the binary searches.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstDay, lastDay, ONGOING, parsePartialDate, relationInterval } from '../../src/model/dates';
import { buildFilterIndex, lowerBound, SHORT_SPAN, UNKNOWN_DAY, upperBound } from '../../src/model/filterIndex';
import { groupRelations } from '../../src/model/groups';
import { resolveRelationTypes } from '../../src/model/relationTypes';
import { ACTOR_KINDS, STATUSES, type Dataset, type Relation, type Source } from '../../src/model/types';

function day(text: string, which: 'first' | 'last' = 'first'): number {
  const r = parsePartialDate(text);
  if (!r.ok) throw new Error(r.message);
  return which === 'first' ? firstDay(r.date) : lastDay(r.date);
}

/** Builds the index as the loader does, without validation (so it also takes what validation would refuse). */
function indexOf(relations: Omit<Relation, 'id'>[], sources: Source[] = [], actors = ['a', 'b']) {
  const d: Dataset = {
    format: 'faultlines/1',
    meta: { title: 't' },
    sources,
    actors: actors.map((id) => ({ id, label: id, kind: 'state' })),
    relations: relations.map((r, i) => ({ id: `r${i}`, ...r })),
  };
  const types = resolveRelationTypes();
  const intervals = d.relations.map((r) => {
    const p = relationInterval(r.start, r.end);
    if (!p.ok) throw new Error(p.message);
    return p.interval;
  });
  return buildFilterIndex(d, types, intervals, groupRelations(d.relations, types));
}

const rel = (start?: string, end?: string): Omit<Relation, 'id'> => ({
  source: 'a',
  target: 'b',
  type: 'backs',
  start,
  end,
});

describe('the filter index: time lists', () => {
  // 2012-03-01 + 62 days is 2012-05-02: the longest short relation; a day more is long
  const relations = [
    rel('2012-03-01', '2012-05-02'), // 0: span 62, short
    rel(), // 1: undated
    rel('2012-03-01', '2012-05-03'), // 2: span 63, long
    rel('2011'), // 3: a year, long
    rel('2012-03-01'), // 4: one day, short
    rel('2012-02'), // 5: a month, short
    rel('2012-03-01', 'ongoing'), // 6: open-ended, long
    rel('2012-03-01'), // 7: one day, short
  ];

  it('splits dated relations at SHORT_SPAN days, sorts each list by start with ties in dataset order', () => {
    const index = indexOf(relations);
    expect(SHORT_SPAN).toBe(62);
    expect(day('2012-05-02') - day('2012-03-01')).toBe(SHORT_SPAN);
    expect([...index.shortOrder]).toEqual([5, 0, 4, 7]);
    expect([...index.shortStarts]).toEqual([day('2012-02'), day('2012-03-01'), day('2012-03-01'), day('2012-03-01')]);
    expect([...index.longOrder]).toEqual([3, 2, 6]);
    expect([...index.longStarts]).toEqual([day('2011'), day('2012-03-01'), day('2012-03-01')]);
    expect([...index.undatedOrder]).toEqual([1]);
    expect([...index.undated]).toEqual([0, 1, 0, 0, 0, 0, 0, 0]);
  });

  it('stores each interval, ongoing as ONGOING and undated as 0..0', () => {
    const index = indexOf(relations);
    expect([...index.start]).toEqual([
      day('2012-03-01'),
      0,
      day('2012-03-01'),
      day('2011'),
      day('2012-03-01'),
      day('2012-02'),
      day('2012-03-01'),
      day('2012-03-01'),
    ]);
    expect([...index.end]).toEqual([
      day('2012-05-02'),
      0,
      day('2012-05-03'),
      day('2011', 'last'),
      day('2012-03-01'),
      day('2012-02', 'last'),
      ONGOING,
      day('2012-03-01'),
    ]);
  });

  it('spans minDay..maxDay over dated relations, an ongoing one counting up to its start', () => {
    const index = indexOf(relations);
    expect(index.minDay).toBe(day('2011'));
    expect(index.maxDay).toBe(day('2012-05-03'));
    // the latest day is an ongoing relation's start, not +infinity
    const late = indexOf([rel('2010'), rel('2015-06', 'ongoing')]);
    expect([late.minDay, late.maxDay]).toEqual([day('2010'), day('2015-06')]);
  });

  it('spans a single day when all the data is one day', () => {
    const index = indexOf([rel('2013-05-10'), rel()]);
    expect([index.minDay, index.maxDay]).toEqual([day('2013-05-10'), day('2013-05-10')]);
  });

  it('spans day 0..0 when no relation is dated', () => {
    const undated = indexOf([rel(), rel()]);
    expect([undated.minDay, undated.maxDay]).toEqual([0, 0]);
    const empty = indexOf([]);
    expect([empty.minDay, empty.maxDay]).toEqual([0, 0]);
    expect(empty.shortOrder.length + empty.longOrder.length + empty.undatedOrder.length).toBe(0);
  });
});

describe('the filter index: attributes and evidence', () => {
  it('gives each relation its type, status (reported by default), ends and kind ordinals', () => {
    const index = indexOf(
      [
        { source: 'b', target: 'c', type: 'fights', status: 'denied' },
        { source: 'a', target: 'a', type: 'meets' },
        { source: 'c', target: 'a', type: 'backs', status: 'disputed' },
      ],
      [],
      ['a', 'b', 'c'],
    );
    expect(index.relationCount).toBe(3);
    expect(index.actorCount).toBe(3);
    expect(index.actorIds).toEqual(['a', 'b', 'c']);
    expect(index.actorOrdinal.get('c')).toBe(2);
    expect([...index.actorKind]).toEqual([0, 0, 0].map(() => ACTOR_KINDS.indexOf('state')));
    expect(index.typeIds[index.type[0]]).toBe('fights');
    expect(index.typeIds[index.type[1]]).toBe('meets');
    expect(index.typeIds[index.type[2]]).toBe('backs');
    expect([...index.status].map((s) => STATUSES[s])).toEqual(['denied', 'reported', 'disputed']);
    expect([...index.source]).toEqual([1, 0, 2]);
    expect([...index.target]).toEqual([2, 0, 0]);
  });

  it("lists each actor's relations once, a self-loop once", () => {
    const index = indexOf(
      [
        { source: 'b', target: 'c', type: 'fights' },
        { source: 'a', target: 'a', type: 'meets' },
        { source: 'c', target: 'a', type: 'backs' },
      ],
      [],
      ['a', 'b', 'c', 'd'],
    );
    expect([...index.actorRelationStart]).toEqual([0, 2, 3, 5, 5]);
    expect([...index.actorRelations]).toEqual([1, 2, 0, 0, 2]);
  });

  it('counts independent supporting sources: derived ones and disputing evidence do not add', () => {
    const sources: Source[] = [
      { id: 's0', title: 's0', published: '2013-05' },
      { id: 's1', title: 's1', published: '2013-06-10', derivedFrom: ['s0'] },
      { id: 's2', title: 's2' },
    ];
    const index = indexOf(
      [
        {
          ...rel('2013'),
          evidence: [
            { source: 's0', stance: 'supports' },
            { source: 's1', stance: 'supports' },
            { source: 's2', stance: 'disputes' },
            { source: 's2', stance: 'supports' },
          ],
        },
        rel('2013'),
        { ...rel(), evidence: [{ source: 's2', stance: 'disputes' }] },
      ],
      sources,
    );
    expect([...index.independentSources]).toEqual([2, 0, 0]);
    // only supporting evidence is kept: relation 0 owns [0, 3), the others none
    expect([...index.evidenceStart]).toEqual([0, 3, 3, 3]);
    expect([...index.evidencePublished]).toEqual([day('2013-05'), day('2013-06-10'), UNKNOWN_DAY]);
    const g = [...index.evidenceGroup];
    expect(g[0]).toBe(g[1]);
    expect(g[2]).not.toBe(g[0]);
  });

  it('files a source with no publication date at UNKNOWN_DAY, before every day', () => {
    const index = indexOf(
      [{ ...rel('2013'), evidence: [{ source: 'u', stance: 'supports' }] }],
      [{ id: 'u', title: 'u' }],
    );
    expect(index.evidencePublished[0]).toBe(UNKNOWN_DAY);
    expect(UNKNOWN_DAY).toBeLessThan(day('0000'));
  });

  it('counts evidence citing an unknown source as its own source, apart from every listed one', () => {
    // validation refuses such a dataset; the index still must not merge the stray citation with source 1
    const index = indexOf(
      [
        {
          ...rel('2013'),
          evidence: [
            { source: 's1', stance: 'supports' },
            { source: 'ghost', stance: 'supports' },
          ],
        },
      ],
      [
        { id: 's0', title: 's0' },
        { id: 's1', title: 's1' },
      ],
    );
    expect(index.independentSources[0]).toBe(2);
    expect(index.evidencePublished[1]).toBe(UNKNOWN_DAY);
  });
});

describe('binary searches', () => {
  const a = Int32Array.from([1, 3, 3, 3, 7]);

  it('lowerBound finds the first value >= x, upperBound the first value > x', () => {
    expect([0, 1, 2, 3, 4, 7, 8].map((x) => lowerBound(a, x))).toEqual([0, 0, 1, 1, 4, 4, 5]);
    expect([0, 1, 2, 3, 4, 7, 8].map((x) => upperBound(a, x))).toEqual([0, 1, 1, 4, 4, 5, 5]);
    expect(lowerBound(new Int32Array(0), 5)).toBe(0);
    expect(upperBound(new Int32Array(0), 5)).toBe(0);
  });

  it('agree with a linear scan on random sorted arrays', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 20 }),
        fc.integer({ min: -7, max: 7 }),
        (xs, x) => {
          const sorted = Int32Array.from(xs).sort();
          const lo = sorted.findIndex((v) => v >= x);
          const hi = sorted.findIndex((v) => v > x);
          expect(lowerBound(sorted, x)).toBe(lo < 0 ? sorted.length : lo);
          expect(upperBound(sorted, x)).toBe(hi < 0 ? sorted.length : hi);
        },
      ),
      { numRuns: 300 },
    );
  });
});
