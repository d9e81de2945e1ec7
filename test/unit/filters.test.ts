// The time-independent filters (model/filters.ts): the defaults, when the engine
// may skip recomputing the static mask, and what "reported by" and the minimum
// of independent sources keep, on small hand-built datasets.
import { describe, expect, it } from 'vitest';
import { firstDay, parsePartialDate } from '../../src/model/dates';
import { buildFilterIndex } from '../../src/model/filterIndex';
import {
  actorAllowed,
  DEFAULT_FILTERS,
  sameStaticFilters,
  sourcesKnownBy,
  staticMask,
  type Filters,
} from '../../src/model/filters';
import { groupRelations } from '../../src/model/groups';
import { ACTOR_KINDS, type Dataset } from '../../src/model/types';
import { validateDataset, type ValidDataset } from '../../src/model/validate';

function day(text: string): number {
  const r = parsePartialDate(text);
  if (!r.ok) throw new Error(r.message);
  return firstDay(r.date);
}

function indexOf(d: Dataset) {
  const v = validateDataset(d) as ValidDataset;
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return buildFilterIndex(d, v.types, v.intervals, groupRelations(d.relations, v.types));
}

const base = (over: Partial<Dataset>): Dataset => ({
  format: 'faultlines/1',
  meta: { title: 't' },
  sources: [],
  actors: [],
  relations: [],
  ...over,
});

describe('default filters', () => {
  it('show everything but isolated actors, over all time', () => {
    expect(DEFAULT_FILTERS).toEqual({
      from: null,
      to: null,
      includeUndated: true,
      showIsolated: false,
      hiddenTypes: new Set(),
      hiddenKinds: new Set(),
      hiddenStatuses: new Set(),
      actsOnly: false,
      minSources: 0,
      reportedBy: null,
      focus: null,
    });
  });
});

describe('sameStaticFilters', () => {
  const f: Filters = { ...DEFAULT_FILTERS, hiddenTypes: new Set(['backs']), minSources: 1, reportedBy: 100 };

  it('holds when only the dates, "show isolated" or Focus differ', () => {
    expect(sameStaticFilters(f, f)).toBe(true);
    expect(sameStaticFilters(f, { ...f, from: 5, to: 9, showIsolated: true, focus: { actor: 'a', hops: 2 } })).toBe(
      true,
    );
  });

  it.each([
    ['includeUndated changes', { includeUndated: false }],
    ['minSources changes', { minSources: 2 }],
    ['reportedBy changes', { reportedBy: 101 }],
    ['reportedBy is cleared', { reportedBy: null }],
    // Sets compare by identity: the store makes a new Set whenever a toggle changes one
    ['hiddenTypes is a new Set, even with the same types', { hiddenTypes: new Set(['backs']) }],
    ['hiddenKinds is a new Set', { hiddenKinds: new Set<never>() }],
    ['hiddenStatuses is a new Set', { hiddenStatuses: new Set<never>() }],
  ] as [string, Partial<Filters>][])('fails when %s', (_, change) => {
    expect(sameStaticFilters(f, { ...f, ...change })).toBe(false);
    expect(sameStaticFilters({ ...f, ...change }, f)).toBe(false);
  });
});

describe('actorAllowed', () => {
  it('allows exactly the actors whose kind is not hidden', () => {
    const index = indexOf(
      base({
        actors: [
          { id: 'a', label: 'a', kind: 'state' },
          { id: 'b', label: 'b', kind: 'person' },
          { id: 'c', label: 'c', kind: 'armed-group' },
          { id: 'd', label: 'd', kind: 'person' },
        ],
      }),
    );
    expect([...actorAllowed(index, DEFAULT_FILTERS)]).toEqual([1, 1, 1, 1]);
    expect([...actorAllowed(index, { ...DEFAULT_FILTERS, hiddenKinds: new Set(['person']) })]).toEqual([1, 0, 1, 0]);
    expect([...actorAllowed(index, { ...DEFAULT_FILTERS, hiddenKinds: new Set(ACTOR_KINDS) })]).toEqual([0, 0, 0, 0]);
  });
});

describe('sources known by a day', () => {
  // s1 repeats s0 and came out the same day; s3 repeats s2 but came out before it; u has no date
  const d = base({
    sources: [
      { id: 's0', title: 's0', published: '2013-05-10' },
      { id: 's1', title: 's1', published: '2013-05-10', derivedFrom: ['s0'] },
      { id: 's2', title: 's2', published: '2014-01-01' },
      { id: 's3', title: 's3', published: '2013-01-01', derivedFrom: ['s2'] },
      { id: 'u', title: 'u' },
    ],
    actors: [
      { id: 'a', label: 'a', kind: 'state' },
      { id: 'b', label: 'b', kind: 'state' },
    ],
    relations: [
      {
        id: 'r0',
        source: 'a',
        target: 'b',
        type: 'backs',
        evidence: [
          { source: 's0', stance: 'supports' },
          { source: 's1', stance: 'supports' },
          { source: 'u', stance: 'supports' },
        ],
      },
      {
        id: 'r1',
        source: 'a',
        target: 'b',
        type: 'backs',
        evidence: [
          { source: 's2', stance: 'supports' },
          { source: 's3', stance: 'supports' },
        ],
      },
    ],
  });
  const index = indexOf(d);

  it('without a day, counts every independent supporting source', () => {
    expect(sourcesKnownBy(index, 0, null)).toBe(2);
    expect(sourcesKnownBy(index, 1, null)).toBe(1);
  });

  it('counts evidence published on the day itself, a repeat on the same day once', () => {
    expect(sourcesKnownBy(index, 0, day('2013-05-09'))).toBe(1); // only the undated source
    expect(sourcesKnownBy(index, 0, day('2013-05-10'))).toBe(2);
    expect(sourcesKnownBy(index, 0, day('2020'))).toBe(2);
  });

  it('counts a repeat published before its original once the repeat is out, and once after both', () => {
    expect(sourcesKnownBy(index, 1, day('2012-12-31'))).toBe(0);
    expect(sourcesKnownBy(index, 1, day('2013-01-01'))).toBe(1);
    expect(sourcesKnownBy(index, 1, day('2014-01-01'))).toBe(1);
  });
});

describe('the static mask', () => {
  const d = base({
    sources: [
      { id: 's0', title: 's0', published: '2013-05-10' },
      { id: 's1', title: 's1', published: '2013-08-01' },
    ],
    actors: [
      { id: 'a', label: 'a', kind: 'state' },
      { id: 'b', label: 'b', kind: 'person' },
      { id: 'c', label: 'c', kind: 'state' },
    ],
    relations: [
      { id: 'unsourced', source: 'a', target: 'c', type: 'backs', start: '2013' },
      {
        id: 'one',
        source: 'a',
        target: 'c',
        type: 'fights',
        status: 'denied',
        start: '2013',
        evidence: [{ source: 's0', stance: 'supports' }],
      },
      {
        id: 'two',
        source: 'a',
        target: 'c',
        type: 'backs',
        start: '2013',
        evidence: [
          { source: 's0', stance: 'supports' },
          { source: 's1', stance: 'supports' },
        ],
      },
      { id: 'person', source: 'b', target: 'c', type: 'backs', start: '2013' },
      { id: 'undated', source: 'a', target: 'c', type: 'backs' },
      {
        id: 'disputed-only',
        source: 'a',
        target: 'c',
        type: 'backs',
        start: '2013',
        evidence: [{ source: 's1', stance: 'disputes' }],
      },
    ],
  });
  const index = indexOf(d);
  const mask = (change: Partial<Filters>) => {
    const f = { ...DEFAULT_FILTERS, ...change };
    const m = staticMask(index, f, actorAllowed(index, f));
    return d.relations.filter((_, i) => m[i]).map((r) => r.id);
  };

  it('keeps everything by default, whatever the dates', () => {
    expect(mask({ from: 0, to: 0 })).toEqual(['unsourced', 'one', 'two', 'person', 'undated', 'disputed-only']);
  });

  it('drops hidden types, statuses and kinds (at either end), and undated relations when excluded', () => {
    expect(mask({ hiddenTypes: new Set(['fights']) })).toEqual([
      'unsourced',
      'two',
      'person',
      'undated',
      'disputed-only',
    ]);
    expect(mask({ hiddenStatuses: new Set(['denied']) })).toEqual([
      'unsourced',
      'two',
      'person',
      'undated',
      'disputed-only',
    ]);
    expect(mask({ hiddenKinds: new Set(['person']) })).toEqual(['unsourced', 'one', 'two', 'undated', 'disputed-only']);
    expect(mask({ includeUndated: false })).toEqual(['unsourced', 'one', 'two', 'person', 'disputed-only']);
  });

  it('keeps relations with at least the minimum of independent supporting sources', () => {
    expect(mask({ minSources: 1 })).toEqual(['one', 'two']);
    expect(mask({ minSources: 2 })).toEqual(['two']);
  });

  it('with "reported by", drops sourced relations none of whose evidence was out, but keeps unsourced ones', () => {
    expect(mask({ reportedBy: day('2013-05-09') })).toEqual(['unsourced', 'person', 'undated', 'disputed-only']);
    expect(mask({ reportedBy: day('2013-05-10') })).toEqual([
      'unsourced',
      'one',
      'two',
      'person',
      'undated',
      'disputed-only',
    ]);
    // two sources were out only from 2013-08-01
    expect(mask({ reportedBy: day('2013-05-10'), minSources: 2 })).toEqual([]);
    expect(mask({ reportedBy: day('2013-08-01'), minSources: 2 })).toEqual(['two']);
  });
});
