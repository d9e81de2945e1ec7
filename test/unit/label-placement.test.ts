// Label placement: whatever the discs, no two placed labels overlap, none runs off
// the pane, the most important candidate that fits is placed, and a label moves to
// the left of its disc rather than run off the right edge.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlappingPairs, placeLabels, type LabelCandidate } from '../../src/view/graph/labelPlacement';

const measure = (text: string) => text.length * 7;
const options = { width: 400, height: 300, lineHeight: 16, gap: 2, maxLabels: 1000 };

const candidate = fc.record({
  node: fc.string({ minLength: 1, maxLength: 4 }),
  text: fc.string({ minLength: 1, maxLength: 20 }),
  x: fc.double({ min: -50, max: 450, noNaN: true }),
  y: fc.double({ min: -50, max: 350, noNaN: true }),
  r: fc.double({ min: 0, max: 20, noNaN: true }),
});

describe('placeLabels', () => {
  it('never places two labels that overlap, nor one outside the pane', () => {
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 120 }), (candidates) => {
        const placed = placeLabels(candidates, measure, options);
        expect(overlappingPairs(placed)).toBe(0);
        for (const p of placed) {
          expect(p.x).toBeGreaterThanOrEqual(0);
          expect(p.y).toBeGreaterThanOrEqual(0);
          expect(p.x + p.width).toBeLessThanOrEqual(options.width);
          expect(p.y + p.height).toBeLessThanOrEqual(options.height);
        }
      }),
    );
  });

  it('places the first candidate whenever it fits in the pane by itself', () => {
    fc.assert(
      fc.property(fc.array(candidate, { minLength: 1, maxLength: 60 }), (candidates) => {
        const alone = placeLabels([candidates[0]], measure, options);
        const placed = placeLabels(candidates, measure, options);
        expect(placed.length > 0 && placed[0].node === candidates[0].node).toBe(alone.length === 1);
      }),
    );
  });

  it('keeps the more important of two labels that would collide', () => {
    const a: LabelCandidate = { node: 'a', text: 'Hayat Tahrir al-Sham', x: 100, y: 100, r: 5 };
    const b: LabelCandidate = { node: 'b', text: 'Syrian National Army', x: 104, y: 102, r: 5 };
    const placed = placeLabels([a, b], measure, { ...options, width: 260, height: 120 });
    expect(placed[0].node).toBe('a');
    // b finds another spot around its disc, or none: never on top of a
    expect(overlappingPairs(placed)).toBe(0);
  });

  it('puts a label left of its disc near the right edge, and skips discs off the pane', () => {
    const near: LabelCandidate = { node: 'n', text: 'Kataib Hezbollah', x: 390, y: 150, r: 4 };
    const off: LabelCandidate = { node: 'o', text: 'Off', x: 500, y: 150, r: 4 };
    const placed = placeLabels([near, off], measure, options);
    expect(placed.map((p) => p.node)).toEqual(['n']);
    expect(placed[0].x + placed[0].width).toBeLessThanOrEqual(near.x - near.r);
  });

  it('stops at the most labels asked for, and reserved boxes are avoided', () => {
    const many = Array.from({ length: 50 }, (_, k) => ({
      node: `n${k}`,
      text: 'x',
      x: 20 + (k % 10) * 38,
      y: 20 + Math.floor(k / 10) * 50,
      r: 2,
    }));
    expect(placeLabels(many, measure, { ...options, maxLabels: 7 })).toHaveLength(7);
    const reserved = [{ node: 'r', text: 'r', x: 0, y: 0, width: 400, height: 300 }];
    expect(placeLabels(many, measure, options, reserved)).toHaveLength(0);
  });
});

describe('overlappingPairs', () => {
  it('counts each overlapping pair once, and boxes that only touch as apart', () => {
    const box = (x: number, y: number) => ({ x, y, width: 10, height: 10 });
    expect(overlappingPairs([box(0, 0), box(5, 5), box(9, 0), box(10, 0), box(0, 10)])).toBe(6);
  });
});
