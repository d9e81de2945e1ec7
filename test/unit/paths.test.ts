// Shortest chains between two actors: known paths on hand-built graphs, the
// cooperative-only "chain of support", the limit, and a property on random graphs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortestPaths } from '../../src/model/paths';
import { findTie, tieSign, type TieList } from '../../src/model/signedTies';
import { tiesFromList, type TieSpec } from '../support/ties';

/** Every path is `length` hops from `from` to `to`, each hop over the tie it names. */
function checkPaths(ties: TieList, from: number, to: number, result: ReturnType<typeof shortestPaths>): void {
  for (const path of result.paths) {
    expect(path.actors.length).toBe(result.length + 1);
    expect(path.ties.length).toBe(result.length);
    expect(path.actors[0]).toBe(from);
    expect(path.actors.at(-1)).toBe(to);
    path.ties.forEach((t, i) => expect(t).toBe(findTie(ties, path.actors[i], path.actors[i + 1])));
    expect(path.ties.every((t) => t >= 0)).toBe(true);
  }
}

describe('shortestPaths', () => {
  const square = tiesFromList(4, [
    [0, 1, 1],
    [0, 2, -1],
    [1, 3, 1],
    [2, 3, 0.5],
  ]);

  it('finds both ways round a square, in lexicographic order', () => {
    const result = shortestPaths(square, 0, 3);
    expect(result.length).toBe(2);
    expect(result.paths.map((p) => p.actors)).toEqual([
      [0, 1, 3],
      [0, 2, 3],
    ]);
    expect(result.more).toBe(false);
    checkPaths(square, 0, 3, result);
  });

  it('is the reverse order when walked the other way', () => {
    const result = shortestPaths(square, 3, 0);
    expect(result.paths.map((p) => p.actors)).toEqual([
      [3, 1, 0],
      [3, 2, 0],
    ]);
    checkPaths(square, 3, 0, result);
  });

  it('takes the longer cooperative chain instead of a hostile shortcut when asked', () => {
    const ties = tiesFromList(5, [
      [0, 4, -2],
      [0, 1, 1],
      [1, 2, 0.5],
      [2, 4, 1],
      [0, 3, 0],
      [3, 4, 1],
    ]);
    const any = shortestPaths(ties, 0, 4);
    expect(any.length).toBe(1);
    expect(any.paths.map((p) => p.actors)).toEqual([[0, 4]]);
    const support = shortestPaths(ties, 0, 4, { cooperativeOnly: true });
    expect(support.length).toBe(3);
    expect(support.paths.map((p) => p.actors)).toEqual([[0, 1, 2, 4]]);
    expect(support.paths[0].ties.every((t) => tieSign(ties, t) === 1)).toBe(true);
    checkPaths(ties, 0, 4, support);
  });

  it('gives -1 and no paths when unreachable', () => {
    const ties = tiesFromList(5, [
      [0, 1, 1],
      [1, 2, -1],
      [3, 4, 1],
    ]);
    expect(shortestPaths(ties, 0, 4)).toEqual({ length: -1, paths: [], more: false });
    expect(shortestPaths(ties, 0, 2, { cooperativeOnly: true })).toEqual({ length: -1, paths: [], more: false });
    expect(shortestPaths(ties, 0, 2).length).toBe(2);
  });

  it('gives one empty path from an actor to itself', () => {
    expect(shortestPaths(square, 2, 2)).toEqual({ length: 0, paths: [{ actors: [2], ties: [] }], more: false });
  });

  it('stops at the limit and says there were more', () => {
    // 0 to 9 through any of 7 middles: 7 paths of 2 hops
    const ties = tiesFromList(
      10,
      [1, 2, 3, 4, 5, 6, 7].flatMap((m): TieSpec[] => [
        [0, m, 1],
        [m, 9, 1],
      ]),
    );
    const all = shortestPaths(ties, 0, 9);
    expect(all.paths.map((p) => p.actors[1])).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(all.more).toBe(false);
    const some = shortestPaths(ties, 0, 9, { limit: 3 });
    expect(some.length).toBe(2);
    expect(some.paths.map((p) => p.actors[1])).toEqual([1, 2, 3]);
    expect(some.more).toBe(true);
    expect(shortestPaths(ties, 0, 9, { limit: 7 }).more).toBe(false);
    checkPaths(ties, 0, 9, some);
  });

  it('walks a long chain without running out of stack', () => {
    const n = 20000;
    const ties = tiesFromList(
      n,
      Array.from({ length: n - 1 }, (_, i): TieSpec => [i, i + 1, 1]),
    );
    const result = shortestPaths(ties, 0, n - 1);
    expect(result.length).toBe(n - 1);
    expect(result.paths).toHaveLength(1);
  });

  it('rejects an actor out of range', () => {
    expect(() => shortestPaths(square, 0, 4)).toThrow(RangeError);
  });

  it('returns shortest, tie-joined paths from `from` to `to` on random graphs', () => {
    const graph = fc.integer({ min: 2, max: 25 }).chain((n) =>
      fc.record({
        list: fc.uniqueArray(
          fc
            .tuple(fc.nat(n - 1), fc.integer({ min: 1, max: n - 1 }), fc.constantFrom(-1, 0, 1, 2))
            .map(([a, d, w]): TieSpec => [Math.min(a, (a + d) % n), Math.max(a, (a + d) % n), w]),
          { maxLength: 60, selector: ([a, b]) => `${a}-${b}` },
        ),
        n: fc.constant(n),
        from: fc.nat(n - 1),
        to: fc.nat(n - 1),
        cooperativeOnly: fc.boolean(),
        limit: fc.integer({ min: 1, max: 5 }),
      }),
    );
    fc.assert(
      fc.property(graph, ({ list, n, from, to, cooperativeOnly, limit }) => {
        const ties = tiesFromList(n, list);
        const result = shortestPaths(ties, from, to, { cooperativeOnly, limit });
        checkPaths(ties, from, to, result);
        if (cooperativeOnly) {
          for (const p of result.paths) expect(p.ties.every((t) => tieSign(ties, t) === 1)).toBe(true);
        }
        // as many as there are shortest paths, up to the limit, and none shorter
        const reference = bfs(ties, from, to, cooperativeOnly);
        expect(result.length).toBe(reference.length);
        expect(result.paths.length).toBe(Math.min(limit, reference.count));
        expect(result.more).toBe(reference.count > limit);
        // distinct and in lexicographic order
        const keys = result.paths.map((p) => p.actors);
        for (let i = 1; i < keys.length; i++) {
          const k = keys[i].findIndex((v, j) => v !== keys[i - 1][j]);
          expect(k).toBeGreaterThanOrEqual(0);
          expect(keys[i][k]).toBeGreaterThan(keys[i - 1][k]);
        }
      }),
      { numRuns: 200 },
    );
  });
});

/** Plain BFS over the tie list: the hops from `from` to `to` and how many shortest paths there are. */
function bfs(ties: TieList, from: number, to: number, cooperativeOnly: boolean): { length: number; count: number } {
  const dist = new Array<number>(ties.actorCount).fill(-1);
  const count = new Array<number>(ties.actorCount).fill(0);
  dist[from] = 0;
  count[from] = 1;
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head];
    for (let t = 0; t < ties.count; t++) {
      if (cooperativeOnly && tieSign(ties, t) !== 1) continue;
      const v = ties.a[t] === u ? ties.b[t] : ties.b[t] === u ? ties.a[t] : -1;
      if (v < 0) continue;
      if (dist[v] < 0) {
        dist[v] = dist[u] + 1;
        queue.push(v);
      }
      if (dist[v] === dist[u] + 1) count[v] += count[u];
    }
  }
  return { length: dist[to], count: count[to] };
}
