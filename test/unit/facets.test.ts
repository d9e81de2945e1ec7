// The Filters panel's "hides N" counts (model/facets.ts) on small hand-built
// datasets: each option counts the relations in the date range that fail it and
// pass every other filter.
import { describe, expect, it } from 'vitest';
import { firstDay, parsePartialDate } from '../../src/model/dates';
import { facetCounts } from '../../src/model/facets';
import { buildFilterIndex, type FilterIndex } from '../../src/model/filterIndex';
import { DEFAULT_FILTERS, type Filters } from '../../src/model/filters';
import { groupRelations } from '../../src/model/groups';
import {
  ACTOR_KINDS,
  MODES,
  STATUSES,
  type ActorKind,
  type Dataset,
  type Mode,
  type Relation,
  type Status,
} from '../../src/model/types';
import { validateDataset, type ValidDataset } from '../../src/model/validate';

function day(text: string): number {
  const r = parsePartialDate(text);
  if (!r.ok) throw new Error(r.message);
  return firstDay(r.date);
}

function indexOf(relations: Relation[]): FilterIndex {
  const d: Dataset = {
    format: 'faultlines/1',
    meta: { title: 't' },
    sources: [
      { id: 's0', title: 's0', published: '2013-06-01' },
      { id: 's1', title: 's1', published: '2013-09-01' },
    ],
    actors: [
      { id: 'a', label: 'a', kind: 'state' },
      { id: 'c', label: 'c', kind: 'armed-group' },
      { id: 'p', label: 'p', kind: 'person' },
      { id: 'q', label: 'q', kind: 'person' },
      { id: 'u', label: 'u', kind: 'umbrella' },
    ],
    relations,
  };
  const v = validateDataset(d) as ValidDataset;
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return buildFilterIndex(d, v.types, v.intervals, groupRelations(d.relations, v.types));
}

let serial = 0;
const rel = (source: string, target: string, type: string, more: Partial<Relation> = {}): Relation => ({
  id: `r${serial++}`,
  source,
  target,
  type,
  start: '2013',
  ...more,
});

/** Expected per-ordinal counts, as the typed arrays facetCounts returns. */
const byType = (index: FilterIndex, counts: Record<string, number>) =>
  Int32Array.from(index.typeIds, (t) => counts[t] ?? 0);
const byKind = (counts: Partial<Record<ActorKind, number>>) => Int32Array.from(ACTOR_KINDS, (k) => counts[k] ?? 0);
const byStatus = (counts: Partial<Record<Status, number>>) => Int32Array.from(STATUSES, (s) => counts[s] ?? 0);
const byMode = (counts: Partial<Record<Mode, number>>) => Int32Array.from(MODES, (m) => counts[m] ?? 0);

describe('facet counts on a hand-built dataset', () => {
  it('count each relation against the one filter that hides it, and none that fails two', () => {
    const index = indexOf([
      rel('a', 'c', 'backs'), // shown
      rel('a', 'c', 'fights'), // type only
      rel('p', 'c', 'backs'), // kind person, at the source
      rel('c', 'q', 'backs'), // kind person, at the target
      rel('p', 'q', 'backs'), // kind person, both ends
      rel('p', 'u', 'backs'), // two hidden kinds: lifting either alone shows nothing
      rel('a', 'c', 'backs', { status: 'denied' }), // status only
      rel('a', 'c', 'fights', { status: 'denied' }), // type and status
      rel('a', 'c', 'meets', { start: undefined }), // undated only
      rel('p', 'c', 'fights', { start: undefined }), // undated, kind and type
    ]);
    const f: Filters = {
      ...DEFAULT_FILTERS,
      includeUndated: false,
      hiddenTypes: new Set(['fights']),
      hiddenKinds: new Set(['person', 'umbrella']),
      hiddenStatuses: new Set(['denied']),
    };
    const c = facetCounts(index, f, ACTOR_KINDS.length);
    expect(c).toEqual({
      typeShown: byType(index, { backs: 1 }),
      typeRemoved: byType(index, { fights: 1 }),
      kindRemoved: byKind({ person: 3 }),
      statusShown: byStatus({ reported: 1 }),
      statusRemoved: byStatus({ denied: 1 }),
      sourcesRemoved: 0,
      undatedRemoved: 1,
      reportedByRemoved: 0,
      actsOnlyRemoved: 0,
      modeShown: byMode({ act: 1 }),
    });
  });

  it('count what "Acts only" hides apart from what another filter hides too', () => {
    const index = indexOf([
      rel('a', 'c', 'backs'), // an act: shown
      rel('a', 'c', 'backs', { mode: 'intention' }), // acts only
      rel('a', 'c', 'backs', { mode: 'threat' }), // acts only
      rel('a', 'c', 'fights', { mode: 'offer' }), // acts only and type
    ]);
    const f: Filters = { ...DEFAULT_FILTERS, hiddenTypes: new Set(['fights']) };
    const c = facetCounts(index, { ...f, actsOnly: true }, ACTOR_KINDS.length);
    expect(c.actsOnlyRemoved).toBe(2);
    expect(c.modeShown).toEqual(byMode({ act: 1 }));
    const off = facetCounts(index, f, ACTOR_KINDS.length);
    expect(off.actsOnlyRemoved).toBe(0);
    expect(off.modeShown).toEqual(byMode({ act: 1, intention: 1, threat: 1 }));
  });

  it('count a one-off event only in a range that holds its whole window', () => {
    const index = indexOf([
      rel('a', 'c', 'accuses', { start: '2013-05-08', end: '2013-05-12', once: true }),
      rel('a', 'c', 'accuses', { start: '2013-05-08', end: '2013-05-12' }),
    ]);
    const f: Filters = { ...DEFAULT_FILTERS, hiddenTypes: new Set(['accuses']) };
    const at = (from: string, to: string) =>
      facetCounts(index, { ...f, from: day(from), to: day(to) }, ACTOR_KINDS.length).typeRemoved;
    expect(at('2013-05-10', '2013-05-10')).toEqual(byType(index, { accuses: 1 }));
    expect(at('2013-05-08', '2013-05-12')).toEqual(byType(index, { accuses: 2 }));
    expect(at('2013-05-09', '2013-05-31')).toEqual(byType(index, { accuses: 1 }));
  });

  it('count only relations overlapping the date range, which holds both its end days', () => {
    const index = indexOf([
      rel('a', 'c', 'fights', { start: '2013-05-10' }), // on the range's only day
      rel('a', 'c', 'fights', { start: '2013-05-09' }), // the day before
      rel('a', 'c', 'fights', { start: '2013-05-11' }), // the day after
      rel('a', 'c', 'fights', { start: '2013-05-01', end: '2013-05-10' }), // ends on it
      rel('a', 'c', 'fights', { start: '2013-05-10', end: 'ongoing' }), // starts on it
      rel('a', 'c', 'fights', { start: undefined }), // undated: every range
    ]);
    const f: Filters = { ...DEFAULT_FILTERS, hiddenTypes: new Set(['fights']) };
    const at = day('2013-05-10');
    expect(facetCounts(index, { ...f, from: at, to: at }, ACTOR_KINDS.length).typeRemoved).toEqual(
      byType(index, { fights: 4 }),
    );
    // an inverted range holds no day: only the undated relation is left
    expect(facetCounts(index, { ...f, from: at + 1, to: at }, ACTOR_KINDS.length).typeRemoved).toEqual(
      byType(index, { fights: 1 }),
    );
  });

  it('with "reported by", count unsourced relations as shown and not-yet-reported ones once', () => {
    const s0 = [{ source: 's0', stance: 'supports' as const }];
    const both = [...s0, { source: 's1', stance: 'supports' as const }];
    const index = indexOf([
      rel('a', 'c', 'backs'), // unsourced: known whatever the day
      rel('a', 'c', 'backs', { evidence: s0 }), // s0 not out yet
      rel('a', 'c', 'fights', { evidence: s0 }), // not out yet and a hidden type: fails two filters
      rel('a', 'c', 'meets', { evidence: both }),
    ]);
    const f: Filters = { ...DEFAULT_FILTERS, hiddenTypes: new Set(['fights']), reportedBy: day('2013-05-01') };
    expect(facetCounts(index, f, ACTOR_KINDS.length)).toMatchObject({
      typeShown: byType(index, { backs: 1 }),
      typeRemoved: byType(index, {}),
      sourcesRemoved: 0,
      reportedByRemoved: 2,
    });
    // by 2013-06-01 s0 is out; two sources are needed: "meets" has them only without the day
    const later = facetCounts(index, { ...f, reportedBy: day('2013-06-01'), minSources: 2 }, ACTOR_KINDS.length);
    expect(later).toMatchObject({
      typeShown: byType(index, {}),
      sourcesRemoved: 3,
      reportedByRemoved: 1,
    });
  });
});
