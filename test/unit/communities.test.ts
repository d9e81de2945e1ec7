// Cooperative communities: Louvain on the ties that net positive, seeded and
// renumbered so the same ties always give the same numbered groups.
import { describe, expect, it } from 'vitest';
import { cooperativeCommunities } from '../../src/model/communities';
import { tiesFromList, type TieSpec } from '../support/ties';

/** Every pair of the given actors, with one net weight. */
function clique(actors: readonly number[], net: number): TieSpec[] {
  return actors.flatMap((a, i) => actors.slice(i + 1).map((b): TieSpec => [a, b, net]));
}

// actors interleaved so that renumbering by lowest member is visible: {0,2,4,6,8} and {1,3,5,7,9}
const EVEN = [0, 2, 4, 6, 8];
const ODD = [1, 3, 5, 7, 9];
const TWO_CLIQUES = tiesFromList(10, [...clique(EVEN, 2), ...clique(ODD, 1.5), [8, 9, 0.1]]);

function members(community: Int32Array, id: number): number[] {
  return Array.from(community.keys()).filter((v) => community[v] === id);
}

describe('cooperativeCommunities', () => {
  it('splits two cooperative cliques joined by one weak tie, numbered by lowest member', () => {
    const result = cooperativeCommunities(TWO_CLIQUES);
    expect(result.count).toBe(2);
    expect(members(result.community, 0)).toEqual(EVEN);
    expect(members(result.community, 1)).toEqual(ODD);
    expect(result.modularity).toBeGreaterThan(0.4);
  });

  it('ignores hostile ties, and gives -1 to actors with only hostile or neutral ones', () => {
    const hostile: TieSpec[] = [
      [0, 1, -5],
      [2, 3, -5],
      [4, 10, -1],
      [10, 11, -2],
      [11, 12, 0],
    ];
    const withHostile = tiesFromList(13, [...clique(EVEN, 2), ...clique(ODD, 1.5), [8, 9, 0.1], ...hostile]);
    const result = cooperativeCommunities(withHostile);
    const plain = cooperativeCommunities(TWO_CLIQUES);
    expect(Array.from(result.community.slice(0, 10))).toEqual(Array.from(plain.community));
    expect(Array.from(result.community.slice(10))).toEqual([-1, -1, -1]);
    expect(result.count).toBe(2);
    expect(result.modularity).toBeCloseTo(plain.modularity, 12);
  });

  it('gives the same communities for the same ties', () => {
    const ring = tiesFromList(
      30,
      Array.from({ length: 30 }, (_, i): TieSpec => [i, (i + 1) % 30, 1 + (i % 3)]).concat([
        [0, 15, 1],
        [5, 20, 0.5],
      ]),
    );
    const first = cooperativeCommunities(ring, { seed: 3 });
    const second = cooperativeCommunities(ring, { seed: 3 });
    expect(Array.from(second.community)).toEqual(Array.from(first.community));
    expect(second.count).toBe(first.count);
    expect(second.modularity).toBe(first.modularity);
    // canonical numbering: ids appear in order of their lowest actor
    const firstSeen = [...new Set(first.community)];
    expect(firstSeen).toEqual(Array.from({ length: first.count }, (_, i) => i));
  });

  it('has no communities without cooperative ties', () => {
    const result = cooperativeCommunities(
      tiesFromList(3, [
        [0, 1, -1],
        [1, 2, 0],
      ]),
    );
    expect(Array.from(result.community)).toEqual([-1, -1, -1]);
    expect(result.count).toBe(0);
    expect(result.modularity).toBe(0);
  });

  it('gives more, smaller communities at a higher resolution', () => {
    const low = cooperativeCommunities(TWO_CLIQUES, { resolution: 0.1 });
    const high = cooperativeCommunities(TWO_CLIQUES, { resolution: 5 });
    expect(low.count).toBeLessThan(high.count);
  });
});
