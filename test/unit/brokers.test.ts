// Brokers: our Brandes betweenness against graphology-metrics' on random graphs,
// known values on small shapes, the sampled estimate, and signed degrees.
import fc from 'fast-check';
import { UndirectedGraph } from 'graphology';
import graphologyBetweenness from 'graphology-metrics/centrality/betweenness';
import { describe, expect, it } from 'vitest';
import { betweenness, signedDegrees } from '../../src/model/brokers';
import type { TieList } from '../../src/model/signedTies';
import { tiesFromList, type TieSpec } from '../support/ties';

/** Random signed graphs: 2 to 40 actors, distinct pairs, nets of any sign (zero included). */
const randomTies = fc.integer({ min: 2, max: 40 }).chain((n) =>
  fc
    .uniqueArray(
      fc
        .tuple(fc.nat(n - 1), fc.integer({ min: 1, max: n - 1 }), fc.constantFrom(-2, -1, 0, 0.5, 1, 3))
        .map(([a, offset, w]): TieSpec => [Math.min(a, (a + offset) % n), Math.max(a, (a + offset) % n), w]),
      { maxLength: 120, selector: ([a, b]) => `${a}-${b}` },
    )
    .map((list) => tiesFromList(n, list)),
);

/** Equal within 1e-9, relative for large scores (sums of path shares are not exact). */
function close(x: number, y: number): boolean {
  return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y));
}

function star(leaves: number): TieList {
  return tiesFromList(
    leaves + 1,
    Array.from({ length: leaves }, (_, i): TieSpec => [0, i + 1, 1]),
  );
}

describe('betweenness', () => {
  it('counts each unordered pair once, as graphology does with normalized: false', () => {
    const g = new UndirectedGraph();
    g.mergeEdge('a', 'b');
    g.mergeEdge('b', 'c');
    expect(graphologyBetweenness(g, { normalized: false, getEdgeWeight: null })).toEqual({ a: 0, b: 1, c: 0 });
    expect(
      Array.from(
        betweenness(
          tiesFromList(3, [
            [0, 1, 1],
            [1, 2, -1],
          ]),
        ).score,
      ),
    ).toEqual([0, 1, 0]);
  });

  it('equals graphology-metrics on random graphs, over ties of every sign', () => {
    fc.assert(
      fc.property(randomTies, (ties) => {
        const g = new UndirectedGraph();
        for (let t = 0; t < ties.count; t++) g.mergeEdge(String(ties.a[t]), String(ties.b[t]));
        const ours = betweenness(ties);
        if (g.order === 0) {
          // graphology cannot take an empty graph
          expect(ours.score.every((x) => x === 0)).toBe(true);
          return;
        }
        const raw = graphologyBetweenness(g, { normalized: false, getEdgeWeight: null });
        const normalised = graphologyBetweenness(g, { normalized: true, getEdgeWeight: null });
        expect(ours.exact).toBe(true);
        expect(ours.sources).toBe(g.order);
        for (let v = 0; v < ties.actorCount; v++) {
          const key = String(v);
          expect(close(ours.score[v], raw[key] ?? 0)).toBe(true);
          expect(close(ours.normalised[v], g.order < 3 ? 0 : (normalised[key] ?? 0))).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("gives a star's centre (n-1)(n-2)/2 and its leaves 0", () => {
    const result = betweenness(star(6));
    expect(Array.from(result.score)).toEqual([15, 0, 0, 0, 0, 0, 0]);
    expect(result.normalised[0]).toBe(1);
  });

  it('gives a path 0-1-2-3 [0, 2, 2, 0]', () => {
    const result = betweenness(
      tiesFromList(4, [
        [0, 1, 1],
        [1, 2, 0],
        [2, 3, -1],
      ]),
    );
    expect(Array.from(result.score)).toEqual([0, 2, 2, 0]);
    expect(result.sources).toBe(4);
  });

  it('leaves actors without ties out of the sources and the normalisation', () => {
    const result = betweenness(
      tiesFromList(10, [
        [2, 5, 1],
        [5, 7, 1],
      ]),
    );
    expect(result.sources).toBe(3);
    expect(result.score[5]).toBe(1);
    expect(result.normalised[5]).toBe(1);
  });

  it('estimates from sampled sources past the budget, the same for the same seed', () => {
    const ties = star(200);
    const progress: number[] = [];
    const sampled = betweenness(ties, { budget: 1000, seed: 7, onProgress: (f) => progress.push(f) });
    expect(sampled.exact).toBe(false);
    expect(sampled.sources).toBe(64);
    expect(progress.at(-1)).toBe(1);
    expect(progress.length).toBeGreaterThan(10);
    for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThan(progress[i - 1]);
    const again = betweenness(ties, { budget: 1000, seed: 7 });
    expect(Array.from(again.score)).toEqual(Array.from(sampled.score));
    const ranked = Array.from(sampled.score.keys()).sort((x, y) => sampled.score[y] - sampled.score[x]);
    expect(ranked[0]).toBe(0);
    expect(sampled.score[0]).toBeGreaterThan(sampled.score[ranked[1]]);
    const exact = betweenness(ties);
    expect(exact.exact).toBe(true);
    expect(exact.score[0]).toBe((200 * 199) / 2);
  });

  it('is exact when the sample would take every source anyway', () => {
    const result = betweenness(star(6), { budget: 1 });
    expect(result.exact).toBe(true);
    expect(result.score[0]).toBe(15);
  });
});

describe('signedDegrees', () => {
  it('counts positive, negative and neutral ties and sums their |net| weight', () => {
    const ties = tiesFromList(5, [
      [0, 1, 2],
      [0, 2, -1.5],
      [0, 3, 0],
      [1, 2, 0.5],
      [2, 3, -3],
    ]);
    const d = signedDegrees(ties);
    expect(Array.from(d.positive)).toEqual([1, 2, 1, 0, 0]);
    expect(Array.from(d.negative)).toEqual([1, 0, 2, 1, 0]);
    expect(Array.from(d.neutral)).toEqual([1, 0, 0, 1, 0]);
    expect(Array.from(d.positiveWeight)).toEqual([2, 2.5, 0.5, 0, 0]);
    expect(Array.from(d.negativeWeight)).toEqual([1.5, 0, 4.5, 3, 0]);
  });

  it('counts a tie whose relations cancel out as neutral', () => {
    const ties: TieList = {
      ...tiesFromList(2, [[0, 1, 0]]),
      positive: Float64Array.of(1),
      negative: Float64Array.of(1),
    };
    const d = signedDegrees(ties);
    expect(Array.from(d.neutral)).toEqual([1, 1]);
    expect(Array.from(d.positiveWeight)).toEqual([0, 0]);
  });
});
