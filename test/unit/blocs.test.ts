// Blocs and structural balance on hand-built signed graphs with known answers,
// properties of any split, and the bundled dataset over the offensive's first week.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allianceBlocs, frustrationOf } from '../../src/model/blocs';
import { daysFromCivil } from '../../src/model/dates';
import { recomputeAll } from '../../src/model/filterEngine';
import { DEFAULT_FILTERS } from '../../src/model/filters';
import { prepare } from '../../src/model/prepare';
import { DEFAULT_TIE_WEIGHTS, relationWeights, signedTies, tieNet, tieSign } from '../../src/model/signedTies';
import { unbalancedTriads } from '../../src/model/triads';
import { validateDataset } from '../../src/model/validate';
import { tiesFromList, type TieSpec } from '../support/ties';

/** Two camps {0,1,2} and {3,4,5}: cooperative within, hostile across. */
const twoCamps: TieSpec[] = [
  [0, 1, 2],
  [1, 2, 1],
  [0, 2, 1],
  [3, 4, 1],
  [4, 5, 3],
  [0, 3, -2],
  [2, 5, -1],
  [1, 4, -1],
];

const signedTieList = fc.integer({ min: 2, max: 14 }).chain((n) =>
  fc
    .uniqueArray(
      fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })).filter(([a, b]) => a < b),
      { selector: ([a, b]) => `${a}-${b}`, maxLength: 40 },
    )
    .chain((pairs) =>
      fc
        .array(fc.oneof(fc.integer({ min: -4, max: 4 }), fc.double({ min: -5, max: 5, noNaN: true })), {
          minLength: pairs.length,
          maxLength: pairs.length,
        })
        .map((w) => ({ n, list: pairs.map(([a, b], i) => [a, b, w[i]] as TieSpec) })),
    ),
);

describe('allianceBlocs', () => {
  it('finds the two camps of a balanced graph with frustration 0', () => {
    const ties = tiesFromList(6, twoCamps);
    const blocs = allianceBlocs(ties, { k: 2 });
    expect(blocs.weight).toBe(0);
    expect(blocs.count).toBe(0);
    expect([...blocs.bloc]).toEqual([0, 0, 0, 1, 1, 1]);
    expect(blocs.totalCount).toBe(8);
    expect(blocs.totalWeight).toBe(12);
    expect(blocs.sizes).toEqual([3, 3]);
  });

  it('reports the one contradiction of a near-balanced graph, and finds three camps when asked', () => {
    // a third camp {6,7} hostile to both; 6 also cooperates with 0 (the contradiction for k = 2 and 3)
    const list: TieSpec[] = [...twoCamps, [6, 7, 1], [6, 3, -1], [7, 1, -1], [7, 4, -1], [6, 2, -2], [6, 0, 0.5]];
    const ties = tiesFromList(8, list);
    const three = allianceBlocs(ties, { k: 3 });
    expect(three.weight).toBe(0.5);
    expect(three.count).toBe(1);
    expect([...three.bloc]).toEqual([0, 0, 0, 1, 1, 1, 2, 2]);
    const frustrated = three.ties[0];
    expect([ties.a[frustrated], ties.b[frustrated]]).toEqual([0, 6]);
    const two = allianceBlocs(ties, { k: 2 });
    expect(two.weight).toBeGreaterThan(three.weight);
  });

  it('leaves actors with no signed tie unplaced', () => {
    const ties = tiesFromList(5, [
      [0, 1, 1],
      [1, 2, 0],
      [3, 0, -1],
    ]);
    const blocs = allianceBlocs(ties, { k: 2 });
    expect(blocs.bloc[2]).toBe(-1);
    expect(blocs.bloc[4]).toBe(-1);
    expect(blocs.bloc[0]).toBe(blocs.bloc[1]);
    expect(blocs.bloc[3]).not.toBe(blocs.bloc[0]);
  });

  it('reports a frustration that equals a recount, never below 0, and is deterministic', () => {
    fc.assert(
      fc.property(signedTieList, fc.integer({ min: 2, max: 4 }), ({ n, list }, k) => {
        const ties = tiesFromList(n, list);
        const blocs = allianceBlocs(ties, { k, starts: 6 });
        const recount = frustrationOf(ties, blocs.bloc);
        expect(blocs.weight).toBeGreaterThanOrEqual(0);
        expect(blocs.weight).toBeCloseTo(recount.weight, 9);
        expect(blocs.count).toBe(recount.count);
        expect(blocs.weight).toBeLessThanOrEqual(blocs.totalWeight + 1e-9);
        for (const b of blocs.bloc) expect(b).toBeLessThan(k);
        expect(allianceBlocs(ties, { k, starts: 6 }).bloc).toEqual(blocs.bloc);
      }),
      { numRuns: 300 },
    );
  });

  it('recounts any split the same way: frustrated ties are exactly the cross-cooperative and inner-hostile ones', () => {
    fc.assert(
      fc.property(
        signedTieList.chain(({ n, list }) =>
          fc.array(fc.integer({ min: -1, max: 3 }), { minLength: n, maxLength: n }).map((bloc) => ({ n, list, bloc })),
        ),
        ({ n, list, bloc }) => {
          const ties = tiesFromList(n, list);
          const f = frustrationOf(ties, Int8Array.from(bloc));
          let weight = 0;
          let count = 0;
          for (const [a, b, w] of list) {
            const sign = Math.abs(w) <= 1e-9 ? 0 : Math.sign(w);
            if (bloc[a] < 0 || bloc[b] < 0 || sign === 0) continue;
            if (sign > 0 !== (bloc[a] === bloc[b])) {
              weight += Math.abs(w);
              count++;
            }
          }
          expect(f.weight).toBeGreaterThanOrEqual(0);
          expect(f.weight).toBeCloseTo(weight, 9);
          expect(f.count).toBe(count);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds a split at least as good as the best of every split of a small graph', () => {
    fc.assert(
      fc.property(
        signedTieList.filter(({ n }) => n <= 8),
        ({ n, list }) => {
          const ties = tiesFromList(n, list);
          let best = Infinity;
          const bloc = new Int8Array(n);
          for (let mask = 0; mask < 1 << n; mask++) {
            for (let v = 0; v < n; v++) bloc[v] = (mask >> v) & 1;
            best = Math.min(best, frustrationOf(ties, bloc).weight);
          }
          expect(allianceBlocs(ties, { k: 2 }).weight).toBeLessThanOrEqual(best + 1e-9);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('unbalancedTriads', () => {
  it('finds exactly one unbalanced triad when one tie of a cooperative triangle turns hostile', () => {
    const ties = tiesFromList(3, [
      [0, 1, 1],
      [1, 2, 1],
      [0, 2, -2],
    ]);
    const triads = unbalancedTriads(ties);
    expect(triads.count).toBe(1);
    expect(triads.triangles).toBe(1);
    const [t] = triads.top;
    expect(t.actors).toEqual([0, 1, 2]);
    expect(t.hostile).toBe(1);
    expect(t.weight).toBe(4);
    expect(t.ties.map((x) => [ties.a[x], ties.b[x]])).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
  });

  it('finds none in a balanced graph, and agrees with a brute-force count on any graph', () => {
    expect(unbalancedTriads(tiesFromList(6, twoCamps)).count).toBe(0);
    fc.assert(
      fc.property(signedTieList, ({ n, list }) => {
        const ties = tiesFromList(n, list);
        const sign = new Map<string, number>();
        for (let t = 0; t < ties.count; t++)
          if (tieSign(ties, t)) sign.set(`${ties.a[t]}-${ties.b[t]}`, tieSign(ties, t));
        let count = 0;
        let triangles = 0;
        for (let a = 0; a < n; a++)
          for (let b = a + 1; b < n; b++)
            for (let c = b + 1; c < n; c++) {
              const s = [sign.get(`${a}-${b}`), sign.get(`${a}-${c}`), sign.get(`${b}-${c}`)];
              if (s.some((x) => x === undefined)) continue;
              triangles++;
              if ((s as number[]).reduce((p, q) => p * q, 1) < 0) count++;
            }
        const found = unbalancedTriads(ties, 5);
        expect(found.count).toBe(count);
        expect(found.triangles).toBe(triangles);
        expect(found.top.length).toBe(Math.min(5, count));
        for (let i = 1; i < found.top.length; i++)
          expect(found.top[i - 1].weight).toBeGreaterThanOrEqual(found.top[i].weight);
        for (const t of found.top) {
          const w = t.ties.reduce((sum, x) => sum + Math.abs(tieNet(ties, x)), 0);
          expect(t.weight).toBeCloseTo(w, 9);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the bundled dataset over the first week of the offensive (2024-11-27 to 2024-12-02)', () => {
  const raw: unknown = JSON.parse(readFileSync(new URL('../../data/aleppo-2024.json', import.meta.url), 'utf8'));
  const valid = validateDataset(raw);
  if (!valid.ok) throw new Error('the bundled dataset is invalid');
  const { index } = prepare(valid);
  const { visible } = recomputeAll(index, {
    ...DEFAULT_FILTERS,
    from: daysFromCivil(2024, 11, 27),
    to: daysFromCivil(2024, 12, 2),
  });
  const weights = relationWeights(valid.dataset.relations, valid.types, index, DEFAULT_TIE_WEIGHTS, null);
  const ties = signedTies(index, visible, weights);
  const blocOf = (blocs: { bloc: Int8Array }, id: string) => blocs.bloc[index.actorOrdinal.get(id) ?? -1];

  it('places the Syrian government, Iran, the Hashd factions and Hezbollah opposite HTS and the SNA', () => {
    const blocs = allianceBlocs(ties, { k: 2 });
    const government = blocOf(blocs, 'syria-gov');
    expect(government).toBeGreaterThanOrEqual(0);
    for (const id of ['syrian-army', 'iran', 'kataib-hezbollah', 'nujaba', 'badr', 'hezbollah']) {
      expect([id, blocOf(blocs, id)]).toEqual([id, government]);
    }
    for (const id of ['hts', 'sna']) {
      expect([id, blocOf(blocs, id)]).toEqual([id, 1 - government]);
    }
  });
});
