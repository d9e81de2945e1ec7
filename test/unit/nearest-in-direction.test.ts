// Arrow keys in the graph: the nearest actor in a direction (nearestInDirection),
// held to its rules whatever the points, against a reference written from them,
// and the same answer when the picture is mirrored or turned.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aheadAndAside,
  directionOfKey,
  nearestInDirection,
  nearestToPoint,
  type Direction,
} from '../../src/model/nearestInDirection';

const DIRECTIONS: Direction[] = ['up', 'down', 'left', 'right'];
const coordinate = fc.integer({ min: -500, max: 500 });
const points = fc.array(fc.tuple(coordinate, coordinate), { maxLength: 40 });
const flat = (ps: readonly (readonly [number, number])[]) => ps.flat();
const distance2 = (p: readonly [number, number], from: { x: number; y: number }) =>
  (p[0] - from.x) ** 2 + (p[1] - from.y) ** 2;

describe('nearestInDirection', () => {
  it('picks the nearest point ahead, preferring the 90° cone, as its rules say', () => {
    fc.assert(
      fc.property(points, coordinate, coordinate, fc.constantFrom(...DIRECTIONS), (ps, x, y, direction) => {
        const from = { x, y };
        const k = nearestInDirection(flat(ps), from, direction);
        const ahead = ps.map((p) => aheadAndAside(p[0], p[1], from, direction));
        const anyAhead = ahead.some((a) => a.ahead > 0);
        const cone = ps.filter((_, i) => ahead[i].ahead > 0 && ahead[i].aside <= ahead[i].ahead);
        if (!anyAhead) {
          expect(k).toBe(-1);
          return;
        }
        expect(k).toBeGreaterThanOrEqual(0);
        // never behind nor level with where we are
        expect(ahead[k].ahead).toBeGreaterThan(0);
        const chosen = distance2(ps[k], from);
        if (cone.length > 0) {
          expect(ahead[k].aside).toBeLessThanOrEqual(ahead[k].ahead);
          for (const p of cone) expect(distance2(p, from)).toBeGreaterThanOrEqual(chosen);
        } else {
          for (let i = 0; i < ps.length; i++)
            if (ahead[i].ahead > 0) expect(distance2(ps[i], from)).toBeGreaterThanOrEqual(chosen);
        }
      }),
    );
  });

  it('gives the mirrored answer for the mirrored picture, and the turned answer for the turned one', () => {
    fc.assert(
      fc.property(points, coordinate, coordinate, (ps, x, y) => {
        const from = { x, y };
        const mirrored = ps.map(([px, py]) => [-px, py] as const);
        expect(nearestInDirection(flat(mirrored), { x: -x, y }, 'left')).toBe(
          nearestInDirection(flat(ps), from, 'right'),
        );
        // turned a quarter clockwise on the screen: (x, y) -> (-y, x); up becomes right
        const turned = ps.map(([px, py]) => [-py, px] as const);
        expect(nearestInDirection(flat(turned), { x: -y, y: x }, 'right')).toBe(
          nearestInDirection(flat(ps), from, 'up'),
        );
        expect(nearestInDirection(flat(turned), { x: -y, y: x }, 'down')).toBe(
          nearestInDirection(flat(ps), from, 'right'),
        );
      }),
    );
  });

  it('never picks the point it starts on, nor one that cannot be placed', () => {
    fc.assert(
      fc.property(points, fc.nat(), fc.constantFrom(...DIRECTIONS), (ps, at, direction) => {
        if (ps.length === 0) return;
        const skip = at % ps.length;
        const xy = flat(ps);
        xy.push(Number.NaN, 0);
        const k = nearestInDirection(xy, { x: ps[skip][0], y: ps[skip][1] }, direction, skip);
        expect(k).not.toBe(skip);
        expect(k).not.toBe(ps.length);
      }),
    );
  });

  it('on a small picture: up is up the screen, and the cone beats a nearer point off to the side', () => {
    // 0 centre, 1 straight above far, 2 near but mostly to the right and a little up, 3 below
    const xy = [100, 100, 100, 20, 130, 95, 100, 140];
    expect(nearestInDirection(xy, { x: 100, y: 100 }, 'up', 0)).toBe(1);
    expect(nearestInDirection(xy, { x: 100, y: 100 }, 'right', 0)).toBe(2);
    expect(nearestInDirection(xy, { x: 100, y: 100 }, 'down', 0)).toBe(3);
    expect(nearestInDirection(xy, { x: 100, y: 100 }, 'left', 0)).toBe(-1);
    // only point 2 lies to the right: from 1, it is found outside the cone
    expect(nearestInDirection(xy, { x: 100, y: 20 }, 'right', 1)).toBe(2);
    // of two points in the cone, the nearer
    expect(nearestInDirection([0, 0, 50, 10, 20, -5], { x: 0, y: 0 }, 'right', 0)).toBe(2);
  });

  it('reads the arrow keys and nothing else', () => {
    expect(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Enter'].map(directionOfKey)).toEqual([
      'up',
      'down',
      'left',
      'right',
      null,
    ]);
  });
});

describe('nearestToPoint', () => {
  it('is the nearest point, -1 for none', () => {
    fc.assert(
      fc.property(points, coordinate, coordinate, (ps, x, y) => {
        const k = nearestToPoint(flat(ps), x, y);
        if (ps.length === 0) expect(k).toBe(-1);
        else for (const p of ps) expect(distance2(p, { x, y })).toBeGreaterThanOrEqual(distance2(ps[k], { x, y }));
      }),
    );
  });
});
