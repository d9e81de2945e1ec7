// Signed ties: how relations add up per pair, and what changed between two views.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Blocs } from '../../src/model/blocs';
import { comparePeriods } from '../../src/model/analysis';
import {
  campChanges,
  diffViews,
  groupDiff,
  GROUP_FLIPPED,
  GROUP_GONE,
  GROUP_KEPT,
  GROUP_NEW,
  renumberBlocs,
  visibleInRange,
} from '../../src/model/compare';
import { daysFromCivil } from '../../src/model/dates';
import { prepare } from '../../src/model/prepare';
import {
  DEFAULT_TIE_WEIGHTS,
  findTie,
  relationWeights,
  signedTies,
  TIE_EPSILON,
  tieAdjacency,
  tieNet,
  tieSign,
  type RelationEnds,
  weightParts,
} from '../../src/model/signedTies';
import { BUILTIN_TYPES } from '../../src/model/relationTypes';
import type { Dataset, Relation } from '../../src/model/types';
import { validateDataset } from '../../src/model/validate';
import { arithmeticLine } from '../../src/view/details/arithmeticLine';
import { tiesFromList, type TieSpec } from '../support/ties';

const sources = [
  { id: 's1', title: 'One' },
  { id: 's2', title: 'Two' },
  { id: 's3', title: 'Rewrite of one', derivedFrom: ['s1'] },
];
const actors = ['a', 'b', 'c', 'd'].map((id) => ({ id, label: id.toUpperCase(), kind: 'armed-group' as const }));
const supports = (source: string) => ({ source, stance: 'supports' as const });
const disputes = (source: string) => ({ source, stance: 'disputes' as const });

function open(relations: Relation[], relationTypes?: Dataset['relationTypes']) {
  const raw: Dataset = { format: 'faultlines/1', meta: { title: 't' }, sources, actors, relations };
  if (relationTypes) raw.relationTypes = relationTypes;
  const valid = validateDataset(raw);
  if (!valid.ok) throw new Error(valid.errors.map((e) => e.message).join('; '));
  const { index } = prepare(valid);
  const weights = (w = DEFAULT_TIE_WEIGHTS, reportedBy: number | null = null) =>
    relationWeights(valid.dataset.relations, valid.types, index, w, reportedBy);
  return { index, weights, valid, all: new Uint8Array(relations.length).fill(1) };
}

describe('signed ties', () => {
  it('weighs relations by type kind, independent sources and status, both directions in one pair', () => {
    const { index, weights, all } = open([
      // material, two independent sources (s3 repeats s1): 2
      { id: 'r1', source: 'a', target: 'b', type: 'backs', evidence: [supports('s1'), supports('s2'), supports('s3')] },
      // verbal, one source, claimed: 0.5 x 0.5
      { id: 'r2', source: 'b', target: 'a', type: 'accuses', status: 'claimed', evidence: [supports('s2')] },
      // neutral: in the tie, weighs nothing
      { id: 'r3', source: 'a', target: 'b', type: 'meets', evidence: [supports('s1')] },
      // evidence that only disputes: left out
      { id: 'r4', source: 'c', target: 'd', type: 'fights', evidence: [disputes('s1')] },
      // no evidence at all: counts once
      { id: 'r5', source: 'a', target: 'c', type: 'fights' },
    ]);
    const w = weights();
    expect([...w]).toEqual([2, -0.25, 0, 0, -1]);
    const ties = signedTies(index, all, w);
    expect(ties.count).toBe(3);
    const ab = findTie(ties, 1, 0);
    expect(ties.positive[ab]).toBe(2);
    expect(ties.negative[ab]).toBe(0.25);
    expect(tieNet(ties, ab)).toBe(1.75);
    expect(tieSign(ties, ab)).toBe(1);
    expect([...ties.relations.subarray(ties.relationStart[ab], ties.relationStart[ab + 1])]).toEqual([0, 1, 2]);
    expect(tieSign(ties, findTie(ties, 2, 3))).toBe(0);
    expect(tieSign(ties, findTie(ties, 0, 2))).toBe(-1);
    expect(findTie(ties, 1, 3)).toBe(-1);
  });

  it('takes a weight a dataset declares for a type, and the adjustable claimed factor', () => {
    const { weights } = open(
      [
        { id: 'r1', source: 'a', target: 'b', type: 'accuses', evidence: [supports('s1')] },
        { id: 'r2', source: 'a', target: 'c', type: 'backs', status: 'claimed', evidence: [supports('s1')] },
      ],
      [{ id: 'accuses', label: 'accuses', sign: -1, directed: true, kind: 'verbal', weight: 3 }],
    );
    expect([...weights()]).toEqual([-3, 0.5]);
    expect([...weights({ ...DEFAULT_TIE_WEIGHTS, claimed: 1 })]).toEqual([-3, 1]);
  });

  it('weighs an intention, offer, threat or conditional statement at the unacted factor, with the status factor', () => {
    const { index, valid, weights } = open([
      { id: 'r1', source: 'a', target: 'b', type: 'backs', mode: 'offer', evidence: [supports('s1')] },
      {
        id: 'r2',
        source: 'a',
        target: 'c',
        type: 'strikes',
        mode: 'threat',
        status: 'claimed',
        evidence: [supports('s1')],
      },
      { id: 'r3', source: 'a', target: 'd', type: 'backs', mode: 'act', evidence: [supports('s1')] },
    ]);
    expect([...weights()]).toEqual([0.25, -0.125, 1]);
    expect([...weights({ ...DEFAULT_TIE_WEIGHTS, unacted: 1 })]).toEqual([1, -0.5, 1]);
    expect([...weights({ ...DEFAULT_TIE_WEIGHTS, unacted: 0 })]).toEqual([0, 0, 1]);
    const parts = weightParts(valid.dataset.relations[1], valid.types, index, 1, DEFAULT_TIE_WEIGHTS, null);
    expect(parts).toMatchObject({ status: 'claimed', factor: 0.5, mode: 'threat', modeFactor: 0.25, weight: -0.125 });
    expect(arithmeticLine('strikes', parts)).toBe(
      'strikes: -1 × 1 source × 0.5 (claimed) × 0.25 (threat, not an act) = -0.125',
    );
    const act = weightParts(valid.dataset.relations[2], valid.types, index, 2, DEFAULT_TIE_WEIGHTS, null);
    expect(act).toMatchObject({ mode: null, modeFactor: 1, weight: 1 });
  });

  it('counts only the sources published by the "reported by" day', () => {
    const { weights } = open([
      { id: 'r1', source: 'a', target: 'b', type: 'backs', evidence: [supports('s1'), supports('s2')] },
    ]);
    expect([...weights()]).toEqual([2]);
    expect([...weights(DEFAULT_TIE_WEIGHTS, 0)]).toEqual([2]); // undated sources are always known
  });

  it('leaves out invisible relations and self-loops, and sorts pairs', () => {
    const { index, weights } = open([
      { id: 'r1', source: 'd', target: 'c', type: 'backs' },
      { id: 'r2', source: 'a', target: 'a', type: 'backs' },
      { id: 'r3', source: 'b', target: 'a', type: 'fights' },
      { id: 'r4', source: 'a', target: 'c', type: 'fights' },
    ]);
    const ties = signedTies(index, Uint8Array.from([1, 1, 1, 0]), weights());
    expect([...ties.a]).toEqual([0, 2]);
    expect([...ties.b]).toEqual([1, 3]);
  });
});

/** a and b cooperate in 2016 and fight in 2024; c and d cooperate throughout; a strikes c in 2024 */
const TWO_PERIODS: Relation[] = [
  { id: 'r1', source: 'a', target: 'b', type: 'backs', start: '2016' },
  { id: 'r2', source: 'a', target: 'b', type: 'fights', start: '2024' },
  { id: 'r3', source: 'c', target: 'd', type: 'backs', start: '2016', end: 'ongoing' },
  { id: 'r4', source: 'a', target: 'c', type: 'strikes', start: '2024' },
];

describe('what changed', () => {
  it('lists appeared and disappeared relations, flipped pairs and group states', () => {
    const { index, weights } = open(TWO_PERIODS);
    const w = weights();
    const visibleA = Uint8Array.from([1, 0, 1, 0]);
    const visibleB = Uint8Array.from([0, 1, 1, 1]);
    const diff = diffViews(visibleA, visibleB, signedTies(index, visibleA, w), signedTies(index, visibleB, w));
    expect([...diff.appeared]).toEqual([1, 3]);
    expect([...diff.disappeared]).toEqual([0]);
    expect(diff.flipped).toEqual([{ a: 0, b: 1, before: 1, after: -1 }]);
    const groups = groupDiff(index, visibleA, visibleB);
    expect([...groups].map((g, i) => [index.group.indexOf(i), g]).sort()).toEqual(
      [
        [0, GROUP_GONE],
        [1, GROUP_NEW],
        [2, GROUP_KEPT],
        [3, GROUP_NEW],
      ].sort(),
    );
  });

  it('matches the blocs of B to those of A before saying who changed camp', () => {
    const blocs = (bloc: number[]): Blocs => ({
      k: 2,
      bloc: Int8Array.from(bloc),
      sizes: [],
      totalWeight: 0,
      totalCount: 0,
      weight: 0,
      count: 0,
      ties: new Int32Array(0),
    });
    // B numbers the camps the other way round; actor 2 moved, 4 left the picture, 5 entered it
    const { mapping, changes } = campChanges(blocs([0, 0, 0, 1, 1, -1]), blocs([1, 1, 0, 0, -1, 1]));
    expect(mapping).toEqual([1, 0]);
    expect(changes).toEqual([
      { actor: 2, before: 0, after: 1 },
      { actor: 4, before: 1, after: -1 },
      { actor: 5, before: -1, after: 0 },
    ]);
  });
});

describe('comparePeriods', () => {
  it('takes a one-off event in a period only when the period holds its whole window, as the filters do', () => {
    const { index, weights } = open([
      { id: 'o', source: 'a', target: 'b', type: 'accuses', start: '2024-11-27', end: '2024-12-02', once: true },
      { id: 's', source: 'a', target: 'b', type: 'fights', start: '2024-11-27', end: '2024-12-02' },
    ]);
    const columns = { ...index, weight: weights(), mask: Uint8Array.from([1, 1]) };
    const days = (a: [number, number, number], b: [number, number, number]) => ({
      from: daysFromCivil(...a),
      to: daysFromCivil(...b),
    });
    const first = days([2024, 11, 27], [2024, 11, 30]);
    const second = days([2024, 12, 1], [2024, 12, 5]);
    expect([...visibleInRange(columns, first.from, first.to)]).toEqual([0, 1]);
    expect([...visibleInRange(columns, second.from, second.to)]).toEqual([0, 1]);
    const week = days([2024, 11, 27], [2024, 12, 2]);
    expect([...visibleInRange(columns, week.from, week.to)]).toEqual([1, 1]);
    // split in two, the week's accusation is in neither period: no line appears or goes
    const answer = comparePeriods(columns, first, second, 2);
    expect([...answer.diff.appeared, ...answer.diff.disappeared]).toEqual([]);
  });

  it('compares two ranges under the same date-independent filters, with flipped lines and renumbered blocs', () => {
    const { index, weights } = open([...TWO_PERIODS, { id: 'r5', source: 'b', target: 'd', type: 'fights' }]);
    const mask = Uint8Array.from([1, 1, 1, 1, 1]);
    const columns = { ...index, weight: weights(), mask };
    const year = (y: number) => ({ from: daysFromCivil(y, 1, 1), to: daysFromCivil(y, 12, 31) });
    const answer = comparePeriods(columns, year(2016), year(2024), 2);
    expect([...visibleInRange(columns, year(2016).from, year(2016).to)]).toEqual([1, 0, 1, 0, 1]);
    expect([...answer.diff.appeared]).toEqual([1, 3]);
    expect([...answer.diff.disappeared]).toEqual([0]);
    expect(answer.diff.flipped).toEqual([{ a: 0, b: 1, before: 1, after: -1 }]);
    // both a-b lines belong to the flipped pair; the others keep their state
    expect(answer.groups[index.group[0]]).toBe(GROUP_FLIPPED);
    expect(answer.groups[index.group[1]]).toBe(GROUP_FLIPPED);
    expect(answer.groups[index.group[2]]).toBe(GROUP_KEPT);
    expect(answer.groups[index.group[3]]).toBe(GROUP_NEW);
    expect([...answer.actors]).toEqual([1, 1, 1, 1]);
    // B's blocs are numbered to keep the most actors where A had them: only a and b moved
    const [blocsA, blocsB] = answer.blocs;
    const moved = [0, 1, 2, 3].filter((v) => blocsA.bloc[v] !== blocsB.bloc[v]);
    expect(answer.camps.map((c) => c.actor)).toEqual(moved);
    // a hidden relation (mask 0) is in neither period
    const masked = comparePeriods({ ...columns, mask: Uint8Array.from([1, 0, 1, 1, 1]) }, year(2016), year(2024), 2);
    expect([...masked.diff.appeared]).toEqual([3]);
  });

  it('renumbers blocs and their sizes together', () => {
    const blocs = {
      k: 3,
      bloc: Int8Array.from([0, 1, 2, -1, 2]),
      sizes: [1, 1, 2],
      totalWeight: 0,
      totalCount: 0,
      weight: 0,
      count: 0,
      ties: new Int32Array(0),
    };
    const r = renumberBlocs(blocs, [2, 0, 1]);
    expect([...r.bloc]).toEqual([2, 0, 1, -1, 1]);
    expect(r.sizes).toEqual([1, 2, 1]);
  });
});

describe('signed ties, in detail', () => {
  it('weighs nothing a relation whose type the given type table lacks', () => {
    const { index, valid } = open([
      { id: 'r1', source: 'a', target: 'b', type: 'backs' },
      { id: 'r2', source: 'a', target: 'c', type: 'fights' },
    ]);
    // a table without "backs" (a dataset's own table can leave a built-in type out)
    const types = new Map(BUILTIN_TYPES.filter((t) => t.id !== 'backs').map((t) => [t.id, t]));
    const w = relationWeights(valid.dataset.relations, types, index, DEFAULT_TIE_WEIGHTS, null);
    expect([...w]).toEqual([0, -1]);
  });

  it("groups each pair's relations under its tie in relation order, with the ties sorted by (a, b)", () => {
    // pairs turn up as b-c, a-d, a-b: sorting by a alone or by b alone gives a different order
    const { index, weights, all } = open([
      { id: 'r1', source: 'b', target: 'c', type: 'backs' },
      { id: 'r2', source: 'd', target: 'a', type: 'fights' },
      { id: 'r3', source: 'c', target: 'b', type: 'accuses' },
      { id: 'r4', source: 'a', target: 'b', type: 'backs' },
    ]);
    const ties = signedTies(index, all, weights());
    expect(ties.count).toBe(3);
    expect([...ties.a]).toEqual([0, 0, 1]);
    expect([...ties.b]).toEqual([1, 3, 2]);
    expect([...ties.relationStart]).toEqual([0, 1, 2, 4]);
    expect([...ties.relations]).toEqual([3, 1, 0, 2]);
    expect([...ties.positive]).toEqual([1, 0, 1]);
    expect([...ties.negative]).toEqual([0, 1, 0.5]);
  });

  it('has no ties, and one relation-list boundary, when nothing is visible', () => {
    const { index, weights } = open(TWO_PERIODS);
    const ties = signedTies(index, new Uint8Array(TWO_PERIODS.length), weights());
    expect(ties.count).toBe(0);
    expect([...ties.relationStart]).toEqual([0]);
    expect(ties.relations.length).toBe(0);
  });

  it('builds the same ties as a brute-force grouping of the visible relations', () => {
    const relationList = fc.integer({ min: 1, max: 7 }).chain((n) =>
      fc
        .array(
          fc.record({
            s: fc.integer({ min: 0, max: n - 1 }),
            t: fc.integer({ min: 0, max: n - 1 }),
            w: fc.integer({ min: -3, max: 3 }),
            visible: fc.boolean(),
          }),
          { maxLength: 30 },
        )
        .map((rels) => ({ n, rels })),
    );
    fc.assert(
      fc.property(relationList, ({ n, rels }) => {
        const index: RelationEnds = {
          actorCount: n,
          relationCount: rels.length,
          source: Int32Array.from(rels, (r) => r.s),
          target: Int32Array.from(rels, (r) => r.t),
        };
        const ties = signedTies(
          index,
          Uint8Array.from(rels, (r) => (r.visible ? 1 : 0)),
          Float64Array.from(rels, (r) => r.w),
        );
        // reference: visible non-loop relations grouped by unordered pair, pairs in (a, b) order
        const groups = new Map<string, { a: number; b: number; rels: number[]; pos: number; neg: number }>();
        rels.forEach((r, i) => {
          if (!r.visible || r.s === r.t) return;
          const [a, b] = [Math.min(r.s, r.t), Math.max(r.s, r.t)];
          const g = groups.get(`${a}-${b}`) ?? { a, b, rels: [], pos: 0, neg: 0 };
          g.rels.push(i);
          if (r.w > 0) g.pos += r.w;
          else g.neg -= r.w;
          groups.set(`${a}-${b}`, g);
        });
        const expected = [...groups.values()].sort((p, q) => p.a - q.a || p.b - q.b);
        expect(ties.count).toBe(expected.length);
        expect([...ties.a]).toEqual(expected.map((g) => g.a));
        expect([...ties.b]).toEqual(expected.map((g) => g.b));
        expect([...ties.positive]).toEqual(expected.map((g) => g.pos));
        expect([...ties.negative]).toEqual(expected.map((g) => g.neg));
        expect(ties.relationStart.length).toBe(expected.length + 1);
        expected.forEach((g, t) => {
          expect([...ties.relations.subarray(ties.relationStart[t], ties.relationStart[t + 1])]).toEqual(g.rels);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('counts a net weight of at most TIE_EPSILON either way as neutral', () => {
    const ties = tiesFromList(8, [
      [0, 1, TIE_EPSILON],
      [2, 3, -TIE_EPSILON],
      [4, 5, 2 * TIE_EPSILON],
      [6, 7, -2 * TIE_EPSILON],
    ]);
    expect([0, 1, 2, 3].map((t) => tieSign(ties, t))).toEqual([0, 0, 1, -1]);
  });

  it('lists every tie under both its actors by default, in tie order, and keeps only what `keep` accepts', () => {
    // ties (0,1) +1, (0,2) -1, (1,2) neutral, (2,3) +2; actor 4 has none
    const ties = tiesFromList(5, [
      [0, 1, 1],
      [0, 2, -1],
      [1, 2, 0],
      [2, 3, 2],
    ]);
    const all = tieAdjacency(ties);
    expect([...all.adjStart]).toEqual([0, 2, 4, 7, 8, 8]);
    expect([...all.other]).toEqual([1, 2, 0, 2, 0, 1, 3, 2]);
    expect([...all.tieOf]).toEqual([0, 1, 0, 2, 1, 2, 3, 3]);
    // only signed ties; `keep` is asked about real ties only
    const asked = new Set<number>();
    const signed = tieAdjacency(ties, (t) => {
      asked.add(t);
      return tieSign(ties, t) !== 0;
    });
    expect([...asked].sort((p, q) => p - q)).toEqual([0, 1, 2, 3]);
    expect([...signed.adjStart]).toEqual([0, 2, 3, 5, 6, 6]);
    expect([...signed.other]).toEqual([1, 2, 0, 0, 3, 2]);
    expect([...signed.tieOf]).toEqual([0, 1, 0, 1, 3, 3]);
  });

  it('finds exactly the tie a linear scan finds, for any pair in either order', () => {
    const pairList = fc.integer({ min: 2, max: 8 }).chain((n) =>
      fc
        .uniqueArray(
          fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })).filter(([a, b]) => a < b),
          { selector: ([a, b]) => `${a}-${b}`, maxLength: 20 },
        )
        .map((pairs) => ({ n, list: pairs.map(([a, b]) => [a, b, 1] as TieSpec) })),
    );
    fc.assert(
      fc.property(pairList, ({ n, list }) => {
        const ties = tiesFromList(n, list);
        for (let x = 0; x < n; x++) {
          for (let y = 0; y < n; y++) {
            let linear = -1;
            for (let t = 0; t < ties.count; t++) {
              if (ties.a[t] === Math.min(x, y) && ties.b[t] === Math.max(x, y)) linear = t;
            }
            expect([x, y, findTie(ties, x, y)]).toEqual([x, y, linear]);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
