// Hostile and odd datasets through the model: ids named after Object.prototype's
// members, counters past 16 bits, a relation with 200,000 evidence items, and a
// large graph's final layout, whose work is bounded.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseView } from '../../src/model/analysis';
import { discScale, discShare } from '../../src/model/discSize';
import { countOverlaps } from '../../src/model/discSpacing';
import { buildFilterIndex } from '../../src/model/filterIndex';
import { sourcesKnownBy } from '../../src/model/filters';
import { closePairs, spreadDiscs } from '../../src/model/gridSpacing';
import { groupRelations } from '../../src/model/groups';
import { beginLayout } from '../../src/model/layout';
import { forceIterations } from '../../src/model/layoutSettle';
import { prepare } from '../../src/model/prepare';
import { seededRandom } from '../../src/model/random';
import { resolveRelationTypes, type RelationType } from '../../src/model/relationTypes';
import { relationWeights, DEFAULT_TIE_WEIGHTS } from '../../src/model/signedTies';
import type { Actor, Dataset, Evidence, Relation } from '../../src/model/types';
import { MAX_EVIDENCE_PER_RELATION, validateDataset, type ValidDataset } from '../../src/model/validate';

const BUILT_IN_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

function valid(data: unknown): ValidDataset {
  // through JSON, as a file comes: "__proto__" is then an own key and an ordinary string
  const v = validateDataset(JSON.parse(JSON.stringify(data)));
  if (!v.ok) throw new Error(`invalid: ${JSON.stringify(v.errors.slice(0, 3))}`);
  return v;
}

function datasetOf(names: readonly string[], relations: Relation[]): Dataset {
  return {
    format: 'faultlines/1',
    meta: { title: 'hostile' },
    sources: names.map((id) => ({ id, title: id })),
    actors: names.map((id): Actor => ({ id, label: id, kind: 'state' })),
    relationTypes: names.map((id, k): RelationType => ({
      id,
      label: id,
      sign: k % 2 ? -1 : 1,
      directed: k % 3 !== 0,
      kind: 'material',
    })),
    relations,
  };
}

/** What the index and the analyses should count, by plain loops over the relations. */
function plainCounts(d: Dataset) {
  const pairs = new Set<string>();
  const independent = d.relations.map(
    (r) => new Set((r.evidence ?? []).filter((e) => e.stance === 'supports').map((e) => e.source)).size,
  );
  const degree = new Map<string, number>();
  for (const r of d.relations) {
    if (r.source !== r.target) pairs.add(JSON.stringify([r.source, r.target].sort()));
    for (const id of new Set([r.source, r.target])) degree.set(id, (degree.get(id) ?? 0) + 1);
  }
  return { ties: pairs.size, independent, degree };
}

function checkPrepared(d: Dataset): void {
  const v = valid(d);
  const prepared = prepare(v);
  const { index, positions, communities } = prepared;
  const plain = plainCounts(d);
  expect(index.actorCount).toBe(d.actors.length);
  expect(index.relationCount).toBe(d.relations.length);
  expect([...index.independentSources]).toEqual(plain.independent);
  d.relations.forEach((r, i) => {
    expect(index.actorIds[index.source[i]]).toBe(r.source);
    expect(index.actorIds[index.target[i]]).toBe(r.target);
    expect(index.typeIds[index.type[i]]).toBe(r.type);
  });
  d.actors.forEach((a, k) => {
    const own = index.actorRelationStart[k + 1] - index.actorRelationStart[k];
    expect(own).toBe(plain.degree.get(a.id) ?? 0);
  });
  expect(communities.length).toBe(d.actors.length);
  expect(positions.length).toBe(2 * d.actors.length);
  expect(positions.every(Number.isFinite)).toBe(true);
  // the analyses run on the same ids
  const weight = relationWeights(d.relations, v.types, index, DEFAULT_TIE_WEIGHTS, null);
  const visible = new Uint8Array(index.relationCount).fill(1);
  const { ties, analysis } = analyseView({ ...index, weight }, visible, { k: 2 });
  expect(ties.count).toBe(plain.ties);
  expect(analysis.betweenness.score.length).toBe(d.actors.length);
}

describe('ids named after built-in object properties', () => {
  it('opens a dataset whose actors, types and sources are named so, through validation, prepare and analysis', () => {
    const n = BUILT_IN_NAMES.length;
    const relations: Relation[] = [];
    BUILT_IN_NAMES.forEach((s, i) =>
      BUILT_IN_NAMES.forEach((t, j) =>
        relations.push({
          id: j === 0 ? s : `${s}-${t}`,
          source: s,
          target: t,
          type: BUILT_IN_NAMES[(i + j) % n],
          start: '2024-01',
          evidence: [
            { source: t, stance: 'supports' },
            { source: s, stance: i === j ? 'disputes' : 'supports' },
          ],
        }),
      ),
    );
    const d = datasetOf(BUILT_IN_NAMES, relations);
    checkPrepared(d);
    const prepared = prepare(valid(d));
    // every (type, source, target) of a directed type is a group of its own; undirected ones share a pair
    expect(prepared.grouping.groupCount).toBe(
      groupRelations(d.relations, resolveRelationTypes(d.relationTypes)).groupCount,
    );
    expect(prepared.grouping.groupCount).toBeGreaterThan((n * (n - 1)) / 2);
  }, 30_000);

  it('counts as a plain count does, whatever ids are drawn from a set with the built-in names', () => {
    const names = [...BUILT_IN_NAMES, 'a', 'b', ''];
    const id = fc.constantFrom(...names.filter(Boolean));
    const relation = fc.record({
      source: id,
      target: id,
      type: id,
      evidence: fc.array(fc.record({ source: id, stance: fc.constantFrom('supports', 'disputes') }), {
        maxLength: 24,
      }),
    });
    fc.assert(
      fc.property(fc.array(relation, { minLength: 1, maxLength: 30 }), (drawn) => {
        const relations = drawn.map((r, i) => ({ id: `r${i}`, ...r, evidence: r.evidence as Evidence[] }));
        checkPrepared(datasetOf(names.filter(Boolean), relations));
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});

/** The index as the loader builds it, without validation (which refuses more than 10,000 items a relation). */
function indexOf(d: Dataset, types = resolveRelationTypes(d.relationTypes)) {
  const intervals = d.relations.map(() => ({ undated: true as const }));
  return buildFilterIndex(d, types, intervals, groupRelations(d.relations, types));
}

describe('counters past 16 bits', () => {
  it('counts 65,536 independent sources, and 200,000 evidence items in linear time', () => {
    for (const count of [65_536, 200_000]) {
      const sources = Array.from({ length: count }, (_, k) => ({ id: `s${k}`, title: 's', published: '2024-01-01' }));
      // every source twice: the second citation adds no independent source
      const evidence: Evidence[] = [...sources, ...sources].map((s) => ({ source: s.id, stance: 'supports' }));
      const d: Dataset = {
        ...datasetOf(['a', 'b'], [{ id: 'big', source: 'a', target: 'b', type: 'backs', evidence }]),
        sources,
      };
      const index = indexOf(d);
      expect(index.independentSources[0]).toBe(count);
      // a quadratic scan over 400,000 items takes minutes: this test would time out
      expect(sourcesKnownBy(index, 0, 2_000_000_000)).toBe(count);
      expect(sourcesKnownBy(index, 0, 0)).toBe(0);
    }
  }, 20_000);

  it('tells more than 65,536 relation types apart', () => {
    const declared: RelationType[] = Array.from({ length: 70_000 }, (_, k) => ({
      id: `t${k}`,
      label: `t${k}`,
      sign: 1,
      directed: true,
      kind: 'material',
    }));
    const relations: Relation[] = ['t0', 't65535', 't65536', 't69999'].map((type, i) => ({
      id: `r${i}`,
      source: 'a',
      target: 'b',
      type,
    }));
    const index = indexOf({ ...datasetOf(['a', 'b'], relations), relationTypes: declared });
    expect(relations.map((_, i) => index.typeIds[index.type[i]])).toEqual(relations.map((r) => r.type));
  });

  it('refuses a relation with more evidence items than the limit, naming the relation and the limit', () => {
    const evidence = Array.from({ length: MAX_EVIDENCE_PER_RELATION + 1 }, () => ({ source: 'a', stance: 'supports' }));
    const d = datasetOf(['a', 'b'], [{ id: 'r-many', source: 'a', target: 'b', type: 'backs', evidence } as Relation]);
    const v = validateDataset(d);
    expect(v.ok).toBe(false);
    expect(v.errors).toContainEqual(
      expect.objectContaining({
        path: ['relations', 0, 'evidence'],
        message: expect.stringMatching(/"r-many".*10001 evidence items.*10000/),
      }),
    );
    const atLimit = datasetOf(
      ['a', 'b'],
      [{ id: 'r', source: 'a', target: 'b', type: 'backs', evidence: evidence.slice(1) } as Relation],
    );
    expect(validateDataset(atLimit).ok).toBe(true);
  });
});

describe('the final layout of a large graph', () => {
  it('runs ForceAtlas2 within a budget: all of it on small graphs, none on the largest', () => {
    expect(forceIterations(300)).toBe(100);
    expect(forceIterations(2000)).toBe(100);
    expect(forceIterations(2001)).toBe(100);
    expect(forceIterations(4000)).toBe(50);
    expect(forceIterations(6000)).toBe(33);
    // from 6,000 actors on, actors × iterations stay within the budget; above 6,666 actors none run
    for (const n of [6000, 6666, 10_000, 20_000, 80_000, 200_000])
      expect(n * forceIterations(n)).toBeLessThanOrEqual(200_000);
    expect(forceIterations(6666)).toBe(30);
    expect(forceIterations(6667)).toBe(0);
    expect(forceIterations(20_000)).toBe(0);
    expect(forceIterations(200_000)).toBe(0);
  });

  it('finds every close pair on the grid, as a brute-force count does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 400 }), fc.integer({ min: 0, max: 1000 }), (n, seed) => {
        const rng = seededRandom(seed);
        const xy = Float64Array.from({ length: 2 * n }, () => rng());
        // mostly small discs and a few hubs, as discSize gives
        const radius = Float64Array.from({ length: n }, () => (0.3 / Math.sqrt(n)) * (1 + 6 * rng() ** 6));
        const found = new Set<string>();
        closePairs(xy, radius, 0, (i, j) => found.add(`${Math.min(i, j)} ${Math.max(i, j)}`));
        let brute = 0;
        for (let i = 0; i < n; i++)
          for (let j = i + 1; j < n; j++)
            if (Math.hypot(xy[2 * i] - xy[2 * j], xy[2 * i + 1] - xy[2 * j + 1]) < radius[i] + radius[j]) {
              brute++;
              expect(found.has(`${i} ${j}`)).toBe(true);
            }
        expect(found.size).toBe(brute);
      }),
      { numRuns: 60 },
    );
  });

  it('spaces 70,000 actors apart without the pair graph, the same run after run', () => {
    const n = 70_000;
    const actors: Actor[] = Array.from({ length: n }, (_, k) => ({ id: `a${k}`, label: 'a', kind: 'state' }));
    // heavy-tailed, as real data: a few hubs, most actors in one or two relations
    const rng = seededRandom(11);
    const relations: Relation[] = Array.from({ length: n }, (_, k) => ({
      id: `r${k}`,
      source: `a${k}`,
      target: `a${Math.floor(rng() ** 4 * n)}`,
      type: 'fights',
    }));
    const grouping = groupRelations(relations, resolveRelationTypes());
    // communities in blocks of 500, as Louvain would find in such a graph, without running it here
    const communities = Int32Array.from({ length: n }, (_, k) => Math.floor(k / 500));
    const run = () => beginLayout(actors, relations, grouping, { communities }).finish();
    const xy = run();
    expect(xy.every(Number.isFinite)).toBe(true);
    const degree = new Int32Array(n);
    for (const r of relations) for (const id of [r.source, r.target]) degree[Number(id.slice(1))]++;
    const radii = discRadiiLike(degree);
    expect(countOverlaps(xy, radii)).toBe(0);
    expect(run()).toEqual(xy);
  }, 60_000);

  it('spreads discs held fixed by none, and keeps fixed ones where they were relative to each other', () => {
    const rng = seededRandom(5);
    const n = 5000;
    const xy = Float64Array.from({ length: 2 * n }, () => rng());
    const radius = Float64Array.from({ length: n }, () => 0.002 + 0.003 * rng());
    const fixed = Uint8Array.from({ length: n }, (_, k) => (k < 3 ? 1 : 0));
    const before = [0, 1, 2].map((k) => [xy[2 * k], xy[2 * k + 1]]);
    expect(countOverlaps(xy, radius)).toBeGreaterThan(500);
    expect(spreadDiscs(xy, radius, seededRandom(1), { fixed })).toBe(0);
    expect(countOverlaps(xy, radius, fixed)).toBe(0);
    const now = [0, 1, 2].map((k) => [xy[2 * k], xy[2 * k + 1]]);
    const ratio = (p: number[][], a: number, b: number) => Math.hypot(p[a][0] - p[b][0], p[a][1] - p[b][1]);
    expect(ratio(now, 0, 1) / ratio(before, 0, 1)).toBeCloseTo(ratio(now, 0, 2) / ratio(before, 0, 2), 9);
  });
});

/** The radii layout.ts spaces by (discSize.ts, enlarged for the pane's padding). */
function discRadiiLike(degree: Int32Array): Float64Array {
  const scale = discScale(degree.length);
  const maxDegree = degree.reduce((m, d) => Math.max(m, d), 0);
  const box = 1 - 2 * (0.05 + scale.max);
  return Float64Array.from(degree, (d) => discShare(scale, d, maxDegree) / box);
}
