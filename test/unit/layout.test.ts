// The layout on a thousand actors in regions: no two discs overlap at the sizes
// the renderer draws, the same input gives the same map, regions stand apart;
// a file's own positions are kept; the communities prepare computes.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { countOverlaps, spaceDiscs } from '../../src/model/discSpacing';
import { discScale, discShare } from '../../src/model/discSize';
import { groupRelations } from '../../src/model/groups';
import { layoutPositions, type Position } from '../../src/model/layout';
import { prepare } from '../../src/model/prepare';
import { seededRandom } from '../../src/model/random';
import { relationCommunities, relationEnds } from '../../src/model/relationCommunities';
import { resolveRelationTypes } from '../../src/model/relationTypes';
import { fitSimilarity } from '../../src/model/similarity';
import type { Actor, Dataset, Relation } from '../../src/model/types';
import { validateDataset } from '../../src/model/validate';
import { communityEvents } from './communityEvents';

const types = resolveRelationTypes();

/** Centres in a box of side 1, as the renderer fits them to the pane. */
function unitBox(actors: readonly Actor[], positions: ReadonlyMap<string, Position>): Position[] {
  const points = actors.map((a) => positions.get(a.id) as Position);
  const x0 = Math.min(...points.map((p) => p.x));
  const y0 = Math.min(...points.map((p) => p.y));
  const side = Math.max(Math.max(...points.map((p) => p.x)) - x0, Math.max(...points.map((p) => p.y)) - y0);
  return points.map((p) => ({ x: (p.x - x0) / side, y: (p.y - y0) / side }));
}

/** Pairs of discs whose centres are closer than their radii (shares of the box side) together, by brute force. */
function overlappingPairs(points: readonly Position[], radius: readonly number[]): number {
  let count = 0;
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++)
      if (Math.hypot(points[i].x - points[j].x, points[i].y - points[j].y) < radius[i] + radius[j]) count++;
  return count;
}

/** Radius shares by discSize.ts, with an actor's degree counted from `ends` (a relation, or an edge group, each). */
function radii(actors: readonly Actor[], ends: readonly { source: string; target: string }[]): number[] {
  const degree = new Map<string, number>();
  for (const e of ends) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const max = Math.max(...degree.values());
  return actors.map((a) => discShare(discScale(actors.length), degree.get(a.id) ?? 0, max));
}

describe('the layout of a thousand actors in regions', () => {
  const { dataset, region } = communityEvents(1000, 3500, 7);
  const grouping = groupRelations(dataset.relations, types);
  let first: Map<string, Position>;
  beforeAll(() => {
    first = layoutPositions(dataset.actors, dataset.relations, grouping);
  }, 60_000);

  it('leaves no two discs overlapping once the centres are fitted to a box of side 1', () => {
    const points = unitBox(dataset.actors, first);
    expect(points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    // degree in relations (as the renderer counts it) and in edge groups
    expect(overlappingPairs(points, radii(dataset.actors, dataset.relations))).toBe(0);
    const groups = Array.from(grouping.first, (i) => dataset.relations[i]);
    expect(overlappingPairs(points, radii(dataset.actors, groups))).toBe(0);
  });

  it('gives the same positions for the same input', () => {
    expect([...layoutPositions(dataset.actors, dataset.relations, grouping)]).toEqual([...first]);
  }, 60_000);

  it('keeps regions apart: ties within a region are far shorter than ties across', () => {
    const points = unitBox(dataset.actors, first);
    const ordinal = new Map(dataset.actors.map((a, k) => [a.id, k]));
    const length = { within: [0, 0], across: [0, 0] };
    for (const r of dataset.relations) {
      const [s, t] = [ordinal.get(r.source) as number, ordinal.get(r.target) as number];
      if (region[s] < 0 || region[t] < 0 || s === t) continue;
      const d = Math.hypot(points[s].x - points[t].x, points[s].y - points[t].y);
      const side = region[s] === region[t] ? length.within : length.across;
      side[0] += d;
      side[1]++;
    }
    // the former layout (ForceAtlas2 from a random start) gave 0.26 here; this one about 0.19
    expect(length.within[0] / length.within[1] / (length.across[0] / length.across[1])).toBeLessThan(0.23);
  });
});

describe('positions from the file', () => {
  const actors: Actor[] = Array.from({ length: 30 }, (_, k) => ({
    id: `a${k}`,
    label: `A${k}`,
    kind: 'state',
    ...(k % 3 === 0 ? { x: k * 10, y: -k * 5 } : {}),
  }));
  const relations: Relation[] = actors.slice(1).map((a, k) => ({
    id: `r${k}`,
    source: actors[k % 7].id,
    target: a.id,
    type: 'fights',
  }));

  it('holds the actors that have x, y exactly there and lays out the others around them', () => {
    const positions = layoutPositions(actors, relations, groupRelations(relations, types));
    for (const a of actors.filter((x) => x.x !== undefined)) expect(positions.get(a.id)).toEqual({ x: a.x, y: a.y });
    const others = actors.filter((a) => a.x === undefined).map((a) => positions.get(a.id) as Position);
    expect(others.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(new Set(others.map((p) => `${p.x},${p.y}`)).size).toBe(others.length);
    // in the file's units: within a few times the extent of the held actors, not at another scale
    expect(others.every((p) => Math.abs(p.x - 150) < 1000 && Math.abs(p.y + 75) < 1000)).toBe(true);
  });

  it('keeps every position as given when all actors have one, overlaps and all', () => {
    const all = actors.map((a, k) => ({ ...a, x: k % 2, y: 0 }));
    const positions = layoutPositions(all, relations, groupRelations(relations, types));
    expect(all.map((a) => positions.get(a.id))).toEqual(all.map((a) => ({ x: a.x, y: a.y })));
  });

  it('lays out no actors, one actor, and actors with no relation at all', () => {
    expect(layoutPositions([], [], groupRelations([], types)).size).toBe(0);
    const lonely = actors.slice(0, 5).map(({ id, label, kind }) => ({ id, label, kind }));
    for (const list of [lonely.slice(0, 1), lonely]) {
      const positions = [...layoutPositions(list, [], groupRelations([], types)).values()];
      expect(positions.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
      expect(new Set(positions.map((p) => `${p.x},${p.y}`)).size).toBe(list.length);
    }
  });
});

describe('spacing discs', () => {
  it('moves random discs apart in a box of side 1, and leaves fixed ones where they were', () => {
    const rng = seededRandom(3);
    const n = 300;
    const xy = Float64Array.from({ length: 2 * n }, () => rng());
    const radius = Float64Array.from({ length: n }, () => 0.005 + 0.01 * rng());
    const fixed = Uint8Array.from({ length: n }, (_, k) => (k < 3 ? 1 : 0));
    const held = [0, 1, 2].map((k) => [xy[2 * k], xy[2 * k + 1]]);
    expect(countOverlaps(xy, radius)).toBeGreaterThan(50);
    expect(spaceDiscs(xy, radius, seededRandom(1), { fixed })).toBe(0);
    expect(countOverlaps(xy, radius)).toBe(0);
    // fixed discs keep their places relative to each other (the box is rescaled as a whole)
    const now = [0, 1, 2].map((k) => [xy[2 * k], xy[2 * k + 1]]);
    const ratio =
      Math.hypot(now[1][0] - now[0][0], now[1][1] - now[0][1]) /
      Math.hypot(held[1][0] - held[0][0], held[1][1] - held[0][1]);
    const ratio2 =
      Math.hypot(now[2][0] - now[0][0], now[2][1] - now[0][1]) /
      Math.hypot(held[2][0] - held[0][0], held[2][1] - held[0][1]);
    expect(ratio2).toBeCloseTo(ratio, 9);
  });

  it('fits a similarity exactly onto a turned, scaled and shifted copy', () => {
    const point = fc.record({
      x: fc.double({ min: -1e3, max: 1e3, noNaN: true }),
      y: fc.double({ min: -1e3, max: 1e3, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(point, { minLength: 2, maxLength: 20 }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
        point,
        (from, scale, angle, shift) => {
          const spread = Math.max(...from.map((p) => Math.hypot(p.x - from[0].x, p.y - from[0].y)));
          fc.pre(spread > 1e-3);
          const move = (p: Position) => ({
            x: shift.x + scale * (Math.cos(angle) * p.x - Math.sin(angle) * p.y),
            y: shift.y + scale * (Math.sin(angle) * p.x + Math.cos(angle) * p.y),
          });
          const fit = fitSimilarity(from, from.map(move));
          const probe = { x: 7, y: -3 };
          const [got, want] = [fit(probe), move(probe)];
          expect(Math.hypot(got.x - want.x, got.y - want.y)).toBeLessThan(
            1e-6 * (1 + scale * 2e3 + Math.hypot(shift.x, shift.y)),
          );
        },
      ),
    );
  });
});

describe('communities of the relation graph', () => {
  const { dataset, region } = communityEvents(400, 1400, 3);
  const lonely: Actor = { id: 'lonely', label: 'Lonely', kind: 'person' };
  const withLonely: Dataset = { ...dataset, actors: [...dataset.actors, lonely] };

  it('finds the planted regions, whatever the relations are, and gives -1 to an actor with none', () => {
    const community = relationCommunities(relationEnds(withLonely.actors, withLonely.relations));
    expect(community[withLonely.actors.length - 1]).toBe(-1);
    // each region lies mostly in one community
    const regions = new Map<number, number[]>();
    region.forEach((r, k) => r >= 0 && regions.set(r, [...(regions.get(r) ?? []), community[k]]));
    for (const members of regions.values()) {
      const counts = new Map<number, number>();
      for (const c of members) counts.set(c, (counts.get(c) ?? 0) + 1);
      expect(Math.max(...counts.values()) / members.length).toBeGreaterThan(0.8);
    }
  });

  it('comes with the prepared dataset, for the view and the layout, the same run after run', () => {
    const valid = validateDataset(withLonely);
    if (!valid.ok) throw new Error('the generated dataset does not validate');
    const prepared = prepare(valid);
    expect([...prepared.communities]).toEqual([...relationCommunities(prepared.index)]);
    expect(prepared.communities.length).toBe(withLonely.actors.length);
    expect([...prepare(valid).positions]).toEqual([...prepared.positions]);
  }, 60_000);
});
