// The filter engine against a reference implementation: a plain loop over the
// relation objects, written from DESIGN.md's time semantics, with no index.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstDay, lastDay, ONGOING, parsePartialDate } from '../../src/model/dates';
import { buildFilterIndex } from '../../src/model/filterIndex';
import { FilterEngine, recomputeAll } from '../../src/model/filterEngine';
import { facetCounts } from '../../src/model/facets';
import { actorAllowed, DEFAULT_FILTERS, staticMask, type Filters } from '../../src/model/filters';
import { groupRelations } from '../../src/model/groups';
import { ACTOR_KINDS, MODES, STATUSES, type Dataset, type Relation } from '../../src/model/types';
import { validateDataset, type ValidDataset } from '../../src/model/validate';

function day(text: string, which: 'first' | 'last'): number {
  const r = parsePartialDate(text);
  if (!r.ok) throw new Error(r.message);
  return which === 'first' ? firstDay(r.date) : lastDay(r.date);
}

/** Sources reachable from each other through derivedFrom, either way. */
function sameReport(d: Dataset, a: string, b: string): boolean {
  const seen = new Set([a]);
  const todo = [a];
  while (todo.length) {
    const x = todo.pop()!;
    if (x === b) return true;
    for (const s of d.sources) {
      const linked = s.id === x ? (s.derivedFrom ?? []) : (s.derivedFrom ?? []).includes(x) ? [s.id] : [];
      for (const y of linked) {
        if (seen.has(y)) continue;
        seen.add(y);
        todo.push(y);
      }
    }
  }
  return false;
}

/** Actors within `hops` of `centre` over the given relations. */
function referenceNeighbourhood(d: Dataset, visible: boolean[], centre: string, hops: number): Set<string> {
  let reached = new Set([centre]);
  for (let h = 0; h < hops; h++) {
    const next = new Set(reached);
    d.relations.forEach((r, i) => {
      if (!visible[i]) return;
      if (reached.has(r.source)) next.add(r.target);
      if (reached.has(r.target)) next.add(r.source);
    });
    reached = next;
  }
  return reached;
}

function referenceVisible(d: Dataset, f: Filters): boolean[] {
  if (f.focus) {
    const all = referenceVisible(d, { ...f, focus: null });
    const around = referenceNeighbourhood(d, all, f.focus.actor, f.focus.hops);
    return d.relations.map((r, i) => all[i] && around.has(r.source) && around.has(r.target));
  }
  const kindOf = new Map(d.actors.map((a) => [a.id, a.kind]));
  const allowed = (id: string) => !f.hiddenKinds.has(kindOf.get(id)!);
  const published = new Map(d.sources.map((s) => [s.id, s.published]));
  return d.relations.map((r) => {
    if (f.hiddenTypes.has(r.type) || f.hiddenStatuses.has(r.status ?? 'reported')) return false;
    if (f.actsOnly && (r.mode ?? 'act') !== 'act') return false;
    if (!allowed(r.source) || !allowed(r.target)) return false;
    if (r.start === undefined) {
      if (!f.includeUndated) return false;
    } else {
      const s = day(r.start, 'first');
      const e = r.end === 'ongoing' ? Infinity : day(r.end ?? r.start, 'last');
      if (f.from !== null && f.to !== null && f.from > f.to) return false; // an inverted range holds no day
      // a one-off event happened on one day of its window: in the range only when all of the window is
      if (r.once && ((f.to !== null && e > f.to) || (f.from !== null && s < f.from))) return false;
      if ((f.to !== null && s > f.to) || (f.from !== null && e < f.from)) return false;
    }
    const supporting = (r.evidence ?? []).filter((e) => e.stance === 'supports');
    const known = supporting.filter((e) => {
      const p = published.get(e.source);
      return f.reportedBy === null || p === undefined || day(p, 'first') <= f.reportedBy;
    });
    if (f.reportedBy !== null && supporting.length > 0 && known.length === 0) return false;
    const independent: string[] = [];
    for (const e of known) if (!independent.some((s) => sameReport(d, s, e.source))) independent.push(e.source);
    return independent.length >= f.minSources;
  });
}

const TYPES = ['backs', 'fights', 'accuses', 'meets', 'member-of'];
const dateText = fc.oneof(
  fc.integer({ min: 2010, max: 2014 }).map(String),
  fc
    .tuple(fc.integer({ min: 2010, max: 2014 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc
    .tuple(fc.integer({ min: 2010, max: 2014 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, dd]) => `${y}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`),
);

const datasetArb = fc
  .record({
    actorCount: fc.integer({ min: 2, max: 8 }),
    sourceCount: fc.integer({ min: 1, max: 4 }),
    kinds: fc.array(fc.constantFrom(...ACTOR_KINDS), { minLength: 8, maxLength: 8 }),
    sourceDates: fc.array(fc.option(dateText, { nil: undefined }), { minLength: 4, maxLength: 4 }),
    derived: fc.array(fc.option(fc.nat({ max: 3 }), { nil: undefined }), { minLength: 4, maxLength: 4 }),
    relations: fc.array(
      fc.record({
        s: fc.nat(),
        t: fc.nat(),
        type: fc.constantFrom(...TYPES),
        status: fc.option(fc.constantFrom(...STATUSES), { nil: undefined }),
        mode: fc.option(fc.constantFrom(...MODES), { nil: undefined }),
        once: fc.boolean(),
        start: fc.option(dateText, { nil: undefined }),
        end: fc.oneof(fc.constant(undefined), fc.constant('ongoing'), dateText),
        evidence: fc.array(fc.record({ src: fc.nat(), supports: fc.boolean() }), { maxLength: 3 }),
      }),
      { maxLength: 40 },
    ),
  })
  .map(({ actorCount, sourceCount, kinds, sourceDates, derived, relations }): Dataset => {
    const sources = Array.from({ length: sourceCount }, (_, i) => ({
      id: `s${i}`,
      title: `S${i}`,
      published: sourceDates[i],
      derivedFrom:
        derived[i] !== undefined && derived[i]! < sourceCount && derived[i] !== i ? [`s${derived[i]}`] : undefined,
    }));
    return {
      format: 'faultlines/1',
      meta: { title: 'random' },
      sources,
      actors: Array.from({ length: actorCount }, (_, i) => ({ id: `a${i}`, label: `A${i}`, kind: kinds[i] })),
      relations: relations.map((r, i) => {
        let end = r.start === undefined ? undefined : r.end;
        if (end && end !== 'ongoing' && day(end, 'last') < day(r.start!, 'first')) end = undefined;
        return {
          id: `r${i}`,
          source: `a${r.s % actorCount}`,
          target: `a${r.t % actorCount}`,
          type: r.type,
          status: r.status,
          mode: r.mode,
          ...(r.once && r.start !== undefined && end !== 'ongoing' ? { once: true } : {}),
          start: r.start,
          end,
          evidence: r.evidence.map((e) => ({
            source: `s${e.src % sourceCount}`,
            quote: 'q',
            stance: e.supports ? ('supports' as const) : ('disputes' as const),
          })),
        };
      }),
    };
  });

const dayArb = fc.integer({ min: day('2009-06-01', 'first'), max: day('2015-06-30', 'first') });
const filtersArb = (d: Dataset) =>
  fc
    .record({
      from: fc.option(dayArb, { nil: null }),
      width: fc.option(fc.integer({ min: -60, max: 900 }), { nil: null }),
      includeUndated: fc.boolean(),
      showIsolated: fc.boolean(),
      hiddenTypes: fc.subarray(TYPES, { maxLength: 2 }),
      hiddenKinds: fc.subarray([...ACTOR_KINDS], { maxLength: 2 }),
      hiddenStatuses: fc.subarray([...STATUSES], { maxLength: 2 }),
      actsOnly: fc.boolean(),
      minSources: fc.integer({ min: 0, max: 2 }),
      reportedBy: fc.option(dayArb, { nil: null }),
      focus: fc.option(
        fc.record({ actor: fc.constantFrom(...d.actors.map((a) => a.id)), hops: fc.constantFrom(1, 2) }),
        {
          nil: null,
        },
      ),
    })
    .map((f): Filters => ({
      from: f.from,
      to: f.from === null || f.width === null ? null : f.from + f.width,
      includeUndated: f.includeUndated,
      showIsolated: f.showIsolated,
      hiddenTypes: new Set(f.hiddenTypes),
      hiddenKinds: new Set(f.hiddenKinds),
      hiddenStatuses: new Set(f.hiddenStatuses),
      actsOnly: f.actsOnly,
      minSources: f.minSources,
      reportedBy: f.reportedBy,
      focus: f.focus,
    }));

/**
 * Sequences of steps as the app makes them: a step either changes any filter
 * (new Set objects), or only the dates, reusing the previous step's Sets and
 * other choices as the store does (the engine's date-only path), sometimes with
 * Focus or "show isolated" toggled.
 */
const stepsArb = (d: Dataset) =>
  fc
    .array(
      fc.oneof(
        filtersArb(d).map((f) => ({ kind: 'any' as const, f })),
        fc
          .record({
            from: fc.option(dayArb, { nil: null }),
            width: fc.option(fc.integer({ min: -60, max: 900 }), { nil: null }),
            toggle: fc.constantFrom('none', 'none', 'isolated', 'focus'),
          })
          .map((w) => ({ kind: 'dates' as const, w })),
      ),
      { minLength: 1, maxLength: 8 },
    )
    .map((raw) => {
      const steps: Filters[] = [];
      for (const step of raw) {
        const prev = steps.at(-1) ?? DEFAULT_FILTERS;
        if (step.kind === 'any') {
          steps.push(step.f);
          continue;
        }
        const { from, width, toggle } = step.w;
        const to = from === null || width === null ? null : from + width;
        const focus = toggle === 'focus' ? (prev.focus ? null : { actor: d.actors[0].id, hops: 1 }) : prev.focus;
        const showIsolated = toggle === 'isolated' ? !prev.showIsolated : prev.showIsolated;
        steps.push({ ...prev, from, to, focus, showIsolated });
      }
      return steps;
    });

function prepare(d: Dataset) {
  const v = validateDataset(d) as ValidDataset;
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  const grouping = groupRelations(d.relations, v.types);
  return { v, grouping, index: buildFilterIndex(d, v.types, v.intervals, grouping) };
}

describe('the filter engine', () => {
  it('agrees with the reference on random datasets, filters and sequences of steps', () => {
    fc.assert(
      fc.property(
        datasetArb.chain((d) => fc.tuple(fc.constant(d), stepsArb(d))),
        ([d, steps]) => {
          const { grouping, index } = prepare(d);
          const engine = new FilterEngine(index);
          let prevGroups = new Int32Array(grouping.groupCount);
          let prevDegree = new Int32Array(d.actors.length);
          let prevShown = new Uint8Array(d.actors.length);
          let prevVisible = d.relations.map(() => false);
          for (const f of steps) {
            const changes = engine.apply(f);
            const expected = referenceVisible(d, f);
            expect([...engine.visible].map(Boolean)).toEqual(expected);
            expect(engine.relationCount).toBe(expected.filter(Boolean).length);

            const groups = new Int32Array(grouping.groupCount);
            const degree = new Int32Array(d.actors.length);
            d.relations.forEach((r, i) => {
              if (!expected[i]) return;
              groups[grouping.groupOf[i]]++;
              degree[index.actorOrdinal.get(r.source)!]++;
              degree[index.actorOrdinal.get(r.target)!]++;
            });
            expect([...engine.groupCounts]).toEqual([...groups]);
            const denied = new Int32Array(grouping.groupCount);
            const disputed = new Int32Array(grouping.groupCount);
            d.relations.forEach((r, i) => {
              if (expected[i] && r.status === 'denied') denied[grouping.groupOf[i]]++;
              if (expected[i] && r.status === 'disputed') disputed[grouping.groupOf[i]]++;
            });
            expect([...engine.groupDenied]).toEqual([...denied]);
            expect([...engine.groupDisputed]).toEqual([...disputed]);
            expect([...engine.degree]).toEqual([...degree]);
            const around = f.focus
              ? referenceNeighbourhood(d, referenceVisible(d, { ...f, focus: null }), f.focus.actor, f.focus.hops)
              : null;
            const shown = Uint8Array.from(d.actors, (a, k) =>
              !f.hiddenKinds.has(a.kind) &&
              (!around || around.has(a.id)) &&
              (degree[k] > 0 || f.showIsolated || a.id === f.focus?.actor)
                ? 1
                : 0,
            );
            expect([...engine.actorVisible]).toEqual([...shown]);
            expect(engine.actorCount).toBe(shown.reduce((a, b) => a + b, 0));

            // the changed sets hold exactly the groups whose visible relations changed (their
            // thickness or contested mark may change; the view redraws only those)
            const changedGroups = new Set(changes.groups);
            const membershipChanged = new Set<number>();
            expected.forEach((v, i) => {
              if (v !== prevVisible[i]) membershipChanged.add(grouping.groupOf[i]);
            });
            groups.forEach((_, g) => expect(changedGroups.has(g), `group ${g}`).toBe(membershipChanged.has(g)));
            groups.forEach((c, g) => {
              if (c !== prevGroups[g]) expect(changedGroups.has(g)).toBe(true);
            });
            prevVisible = expected;
            const changedActors = new Set(changes.actors);
            degree.forEach((c, a) => {
              if (c !== prevDegree[a] || shown[a] !== prevShown[a])
                expect(changedActors.has(a), `actor ${a}`).toBe(true);
            });
            prevGroups = groups;
            prevDegree = degree;
            prevShown = shown;

            // and the from-scratch recompute agrees (it has no Focus: it is the time-step baseline)
            if (!f.focus) expect([...recomputeAll(index, f).visible].map(Boolean)).toEqual(expected);
          }
        },
      ),
      { numRuns: 600 },
    );
    // 600 sequences take a few seconds, more on a loaded 2-core machine: the limit is not a speed target
  }, 60_000);

  it('treats ongoing as open-ended, partial dates as whole periods, and undated by the toggle', () => {
    const d: Dataset = {
      format: 'faultlines/1',
      meta: { title: 't' },
      sources: [{ id: 's', title: 's' }],
      actors: [
        { id: 'a', label: 'a', kind: 'state' },
        { id: 'b', label: 'b', kind: 'state' },
      ],
      relations: [
        { id: 'ongoing', source: 'a', target: 'b', type: 'backs', start: '2015', end: 'ongoing' },
        { id: 'month', source: 'a', target: 'b', type: 'fights', start: '2024-12' },
        { id: 'undated', source: 'a', target: 'b', type: 'meets' },
      ],
    };
    const { index } = prepare(d);
    const engine = new FilterEngine(index);
    const at = (text: string, includeUndated = true) => {
      const x = day(text, 'first');
      engine.apply({ ...DEFAULT_FILTERS, from: x, to: x, includeUndated });
      return d.relations.filter((_, i) => engine.visible[i]).map((r) => r.id);
    };
    expect(at('2014-12-31')).toEqual(['undated']);
    expect(at('2015-01-01')).toEqual(['ongoing', 'undated']);
    expect(at('2024-12-31')).toEqual(['ongoing', 'month', 'undated']);
    expect(at('2024-12-01', false)).toEqual(['ongoing', 'month']);
    expect(at('2025-01-01', false)).toEqual(['ongoing']);
    expect(at('9999-12-31', false)).toEqual(['ongoing']);
    expect(ONGOING).toBeGreaterThan(day('9999-12-31', 'last'));
  });
});

describe('facet counts', () => {
  it('count, for each filter, exactly what lifting it alone would show', () => {
    fc.assert(
      fc.property(
        datasetArb.chain((d) => fc.tuple(fc.constant(d), filtersArb(d))),
        ([d, f0]) => {
          const f = { ...f0, focus: null };
          const { index } = prepare(d);
          const visibleCount = (filters: Filters) => referenceVisible(d, filters).filter(Boolean).length;
          const now = visibleCount(f);
          const c = facetCounts(index, f, ACTOR_KINDS.length);
          expect(c.typeShown.reduce((a, b) => a + b, 0)).toBe(now);
          expect(c.statusShown.reduce((a, b) => a + b, 0)).toBe(now);
          index.typeIds.forEach((t, k) => {
            if (!f.hiddenTypes.has(t)) return;
            const lifted = new Set(f.hiddenTypes);
            lifted.delete(t);
            expect(c.typeRemoved[k], `type ${t}`).toBe(visibleCount({ ...f, hiddenTypes: lifted }) - now);
          });
          STATUSES.forEach((s, k) => {
            if (!f.hiddenStatuses.has(s)) return;
            const lifted = new Set(f.hiddenStatuses);
            lifted.delete(s);
            expect(c.statusRemoved[k], `status ${s}`).toBe(visibleCount({ ...f, hiddenStatuses: lifted }) - now);
          });
          ACTOR_KINDS.forEach((kind, k) => {
            if (!f.hiddenKinds.has(kind)) return;
            const lifted = new Set(f.hiddenKinds);
            lifted.delete(kind);
            expect(c.kindRemoved[k], `kind ${kind}`).toBe(visibleCount({ ...f, hiddenKinds: lifted }) - now);
          });
          expect(c.sourcesRemoved).toBe(visibleCount({ ...f, minSources: 0 }) - now);
          expect(c.reportedByRemoved).toBe(visibleCount({ ...f, reportedBy: null }) - now);
          expect(c.undatedRemoved).toBe(visibleCount({ ...f, includeUndated: true }) - now);
          expect(c.actsOnlyRemoved).toBe(visibleCount({ ...f, actsOnly: false }) - now);
          expect(c.modeShown.reduce((x, y) => x + y, 0)).toBe(now);
        },
      ),
      { numRuns: 800 },
    );
  });
});

describe('the filter engine on hand-built datasets', () => {
  const dataset = (actors: string[], relations: Relation[]): Dataset => ({
    format: 'faultlines/1',
    meta: { title: 't' },
    sources: [],
    actors: actors.map((id) => ({ id, label: id, kind: 'state' })),
    relations,
  });
  const rel = (id: string, source: string, target: string, start?: string, end?: string): Relation => ({
    id,
    source,
    target,
    type: 'backs',
    start,
    end,
  });
  const visibleIds = (d: Dataset, visible: Uint8Array) => d.relations.filter((_, i) => visible[i]).map((r) => r.id);
  const shownIds = (d: Dataset, engine: FilterEngine) =>
    d.actors.filter((_, a) => engine.actorVisible[a]).map((a) => a.id);
  const window = (from: string, to: string): Filters => ({
    ...DEFAULT_FILTERS,
    from: day(from, 'first'),
    to: day(to, 'first'),
  });

  it('keeps a long relation that ends on the first day of the range', () => {
    const d = dataset(
      ['a', 'b'],
      [rel('year', 'a', 'b', '2011'), rel('day', 'a', 'b', '2011-12-31'), rel('earlier', 'a', 'b', '2010')],
    );
    const { index } = prepare(d);
    const engine = new FilterEngine(index);
    const f = window('2011-12-31', '2012-01-31');
    engine.apply(f);
    expect(visibleIds(d, engine.visible)).toEqual(['year', 'day']);
    expect(visibleIds(d, recomputeAll(index, f).visible)).toEqual(['year', 'day']);
    engine.apply(window('2012-01-01', '2012-01-31'));
    expect(visibleIds(d, engine.visible)).toEqual([]);
  });

  it('on a one-day range, shows what starts or ends that day, with exact counts from scratch too', () => {
    const d = dataset(
      ['a', 'b', 'c'],
      [
        rel('on', 'a', 'b', '2013-05-10'),
        rel('before', 'a', 'c', '2013-05-09'),
        rel('after', 'b', 'c', '2013-05-11'),
        rel('ends', 'a', 'b', '2013-05-01', '2013-05-10'),
        { ...rel('starts', 'b', 'c', '2013-05-10', 'ongoing'), type: 'fights' },
        { ...rel('undated', 'c', 'a'), type: 'meets' },
      ],
    );
    const { grouping, index } = prepare(d);
    // groups in order of first relation: a-b backs, a-c backs, b-c backs, b-c fights, c-a meets
    expect([...grouping.groupOf]).toEqual([0, 1, 2, 0, 3, 4]);
    const f = window('2013-05-10', '2013-05-10');
    const engine = new FilterEngine(index);
    engine.apply(f);
    const scratch = recomputeAll(index, f);
    for (const r of [engine, scratch]) {
      expect(visibleIds(d, r.visible)).toEqual(['on', 'ends', 'starts', 'undated']);
      expect([...r.groupCounts]).toEqual([2, 0, 0, 1, 1]);
      expect([...r.degree]).toEqual([3, 3, 2]);
    }
  });

  it('shows a one-off event only in a range holding its whole window, never "as of" one day of a longer one', () => {
    const d = dataset(
      ['a', 'b'],
      [
        { id: 'once', source: 'a', target: 'b', type: 'accuses', start: '2024-11-27', end: '2024-12-02', once: true },
        { id: 'month', source: 'a', target: 'b', type: 'opposes', start: '2024-11', once: true },
        { id: 'span', source: 'a', target: 'b', type: 'fights', start: '2024-11-27', end: '2024-12-02' },
      ],
    );
    const engine = new FilterEngine(prepare(d).index);
    const shown = (from: string | null, to: string | null) => {
      engine.apply({
        ...DEFAULT_FILTERS,
        from: from === null ? null : day(from, 'first'),
        to: to === null ? null : day(to, 'last'),
      });
      return d.relations.filter((_, i) => engine.visible[i]).map((r) => r.id);
    };
    expect(shown('2024-11-30', '2024-11-30')).toEqual(['span']);
    expect(shown('2024-11-27', '2024-12-02')).toEqual(['once', 'span']);
    expect(shown('2024-11-28', '2024-12-02')).toEqual(['span']);
    expect(shown('2024-11', '2024-11')).toEqual(['month', 'span']);
    expect(shown(null, '2024-12-01')).toEqual(['month', 'span']);
    expect(shown('2024-11-01', null)).toEqual(['once', 'month', 'span']);
  });

  it('hides intentions, offers, threats and conditional statements with "Acts only", and counts them per line', () => {
    const d = dataset(
      ['a', 'b'],
      [
        { id: 'act', source: 'a', target: 'b', type: 'backs', start: '2024' },
        { id: 'offer', source: 'a', target: 'b', type: 'backs', start: '2024', mode: 'offer' },
        { id: 'threat', source: 'a', target: 'b', type: 'strikes', start: '2024', mode: 'threat' },
      ],
    );
    const { index } = prepare(d);
    const engine = new FilterEngine(index);
    engine.apply(DEFAULT_FILTERS);
    const backs = index.group[0];
    expect([engine.groupCounts[backs], engine.groupUnacted[backs]]).toEqual([2, 1]);
    expect(engine.groupUnacted[index.group[2]]).toBe(1);
    engine.apply({ ...DEFAULT_FILTERS, actsOnly: true });
    expect([...engine.visible]).toEqual([1, 0, 0]);
    expect([engine.groupCounts[backs], engine.groupUnacted[backs], engine.groupUnacted[index.group[2]]]).toEqual([
      1, 0, 0,
    ]);
  });

  it('recomputeAll refuses Focus: it is the time-step baseline', () => {
    const d = dataset(['a', 'b'], [rel('r', 'a', 'b', '2013')]);
    const { index } = prepare(d);
    expect(() => recomputeAll(index, { ...DEFAULT_FILTERS, focus: { actor: 'a', hops: 1 } })).toThrow(
      'recomputeAll is the time-step baseline: it has no Focus',
    );
  });

  it('exposes the static mask of the last filters it applied', () => {
    const d = dataset(['a', 'b'], [rel('r', 'a', 'b', '2013'), { ...rel('f', 'a', 'b', '2013'), type: 'fights' }]);
    const { index } = prepare(d);
    const engine = new FilterEngine(index);
    const f = { ...window('2020-01-01', '2020-01-01'), hiddenTypes: new Set(['fights']) };
    engine.apply(f);
    expect([...engine.staticMask]).toEqual([1, 0]);
    expect(engine.staticMask).toEqual(staticMask(index, f, actorAllowed(index, f)));
  });

  it('treats Focus on an actor the dataset lacks as no Focus', () => {
    // not as Focus on some other actor: b's neighbourhood would leave c-d out
    const d = dataset(['a', 'b', 'c', 'd'], [rel('ab', 'a', 'b', '2013'), rel('cd', 'c', 'd', '2013')]);
    const { index } = prepare(d);
    const engine = new FilterEngine(index);
    engine.apply({ ...DEFAULT_FILTERS, focus: { actor: 'nobody', hops: 1 } });
    expect(visibleIds(d, engine.visible)).toEqual(['ab', 'cd']);
    expect(shownIds(d, engine)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('walks Focus over relations in a one-day range, including one that ends on its first day', () => {
    const d = dataset(
      ['c', 'b', 'e', 'z'],
      [
        rel('cb', 'c', 'b', '2013-05-10'),
        rel('ce', 'c', 'e', '2013-05-01', '2013-05-10'),
        rel('bz', 'b', 'z', '2013-04'),
      ],
    );
    const { index } = prepare(d);
    const engine = new FilterEngine(index);
    engine.apply({ ...window('2013-05-10', '2013-05-10'), focus: { actor: 'c', hops: 2 } });
    expect(visibleIds(d, engine.visible)).toEqual(['cb', 'ce']);
    expect(shownIds(d, engine)).toEqual(['c', 'b', 'e']);
  });

  it('reaches every actor within the hops when many relations lead to the same neighbour', () => {
    // c's four relations to b come before the one to d: d must still be walked on from
    const d = dataset(
      ['c', 'b', 'd', 'e'],
      [
        rel('cb1', 'c', 'b', '2013'),
        rel('cb2', 'c', 'b', '2013'),
        rel('cb3', 'b', 'c', '2013'),
        rel('cb4', 'c', 'b', '2013'),
        rel('cd', 'c', 'd', '2013'),
        rel('de', 'd', 'e', '2013'),
      ],
    );
    const { index } = prepare(d);
    const engine = new FilterEngine(index);
    engine.apply({ ...DEFAULT_FILTERS, focus: { actor: 'c', hops: 2 } });
    expect(visibleIds(d, engine.visible)).toEqual(['cb1', 'cb2', 'cb3', 'cb4', 'cd', 'de']);
    expect(shownIds(d, engine)).toEqual(['c', 'b', 'd', 'e']);
    engine.apply({ ...DEFAULT_FILTERS, focus: { actor: 'c', hops: 1 } });
    expect(shownIds(d, engine)).toEqual(['c', 'b', 'd']);
  });

  it('shows isolated actors again when Focus ends in a date-only step', () => {
    const d = dataset(['c', 'b', 'z'], [rel('cb', 'c', 'b', '2013')]);
    const { index } = prepare(d);
    const engine = new FilterEngine(index);
    const focused: Filters = { ...DEFAULT_FILTERS, showIsolated: true, focus: { actor: 'c', hops: 1 } };
    engine.apply(focused);
    expect(shownIds(d, engine)).toEqual(['c', 'b']);
    // the same Sets: the static mask is not recomputed, only Focus ends
    const changes = engine.apply({ ...focused, focus: null });
    expect(shownIds(d, engine)).toEqual(['c', 'b', 'z']);
    expect(engine.actorCount).toBe(3);
    expect([...changes.actors]).toEqual([2]);
    expect([...changes.groups]).toEqual([]);
  });

  it('re-evaluates isolated actors when "show isolated" toggles in a date-only step', () => {
    const d = dataset(['c', 'b', 'z'], [rel('cb', 'c', 'b', '2013')]);
    const { index } = prepare(d);
    const engine = new FilterEngine(index);
    engine.apply(DEFAULT_FILTERS);
    expect(shownIds(d, engine)).toEqual(['c', 'b']);
    const changes = engine.apply({ ...DEFAULT_FILTERS, showIsolated: true });
    expect(shownIds(d, engine)).toEqual(['c', 'b', 'z']);
    expect([...changes.actors]).toEqual([2]);
    engine.apply({ ...DEFAULT_FILTERS, showIsolated: false, from: day('2014', 'first') });
    expect(shownIds(d, engine)).toEqual([]);
    expect(engine.actorCount).toBe(0);
  });

  it('recomputeAll counts groups and degrees as the engine does, on random datasets', () => {
    fc.assert(
      fc.property(
        datasetArb.chain((d) => fc.tuple(fc.constant(d), filtersArb(d))),
        ([d, f0]) => {
          const f = { ...f0, focus: null };
          const { index } = prepare(d);
          const engine = new FilterEngine(index);
          engine.apply(f);
          const scratch = recomputeAll(index, f);
          expect([...scratch.visible]).toEqual([...engine.visible]);
          expect([...scratch.groupCounts]).toEqual([...engine.groupCounts]);
          expect([...scratch.degree]).toEqual([...engine.degree]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
