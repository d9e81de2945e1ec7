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

  it('leaves a label out only where every spot around its disc is taken or off the pane (none left out for nothing)', () => {
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 80 }), (candidates) => {
        const { width, height, lineHeight: h, gap } = options;
        const placed = placeLabels(candidates, measure, options);
        const placedNodes = new Set(placed.map((p) => p.node));
        const hits = (x: number, y: number, w: number) =>
          placed.some(
            (o) => x < o.x + o.width + gap && o.x < x + w + gap && y < o.y + o.height + gap && o.y < y + h + gap,
          );
        for (const c of candidates) {
          if (placedNodes.has(c.node) || !c.text || c.x < 0 || c.y < 0 || c.x > width || c.y > height) continue;
          const w = measure(c.text);
          const d = c.r + gap;
          const spots: [number, number][] = [
            [c.x + d, c.y - h / 2],
            [c.x - d - w, c.y - h / 2],
            [c.x - w / 2, c.y - d - h],
            [c.x - w / 2, c.y + d],
          ];
          for (const [x, y] of spots) {
            const inside = x >= 1 && y >= 1 && x + w <= width - 1 && y + h <= height - 1;
            expect(!inside || hits(x, y, w)).toBe(true);
          }
        }
        // and each placed label sits at one of its disc's four spots
        for (const p of placed) {
          const c = candidates.find((k) => k.node === p.node && k.text === p.text)!;
          const d = c.r + gap;
          const w = measure(c.text);
          const at = [
            [c.x + d, c.y - h / 2],
            [c.x - d - w, c.y - h / 2],
            [c.x - w / 2, c.y - d - h],
            [c.x - w / 2, c.y + d],
          ].some(([x, y]) => x === p.x && y === p.y);
          expect(at).toBe(true);
        }
      }),
    );
  });

  it('never labels a disc whose centre is off the pane', () => {
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 40 }), (candidates) => {
        const off = new Set(
          candidates
            .filter((c) => c.x < 0 || c.y < 0 || c.x > options.width || c.y > options.height)
            .map((c) => c.node),
        );
        const inside = new Set(candidates.filter((c) => !off.has(c.node)).map((c) => c.node));
        for (const p of placeLabels(candidates, measure, options)) expect(inside.has(p.node)).toBe(true);
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
  it('agrees with a count over every pair', () => {
    const box = fc.record({
      x: fc.integer({ min: 0, max: 100 }),
      y: fc.integer({ min: 0, max: 100 }),
      width: fc.integer({ min: 1, max: 30 }),
      height: fc.integer({ min: 1, max: 30 }),
    });
    fc.assert(
      fc.property(fc.array(box, { maxLength: 30 }), (boxes) => {
        let expected = 0;
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i];
            const b = boxes[j];
            if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) expected++;
          }
        }
        expect(overlappingPairs(boxes)).toBe(expected);
      }),
    );
  });

  it('counts each overlapping pair once, and boxes that only touch as apart', () => {
    const box = (x: number, y: number) => ({ x, y, width: 10, height: 10 });
    expect(overlappingPairs([box(0, 0), box(5, 5), box(9, 0), box(10, 0), box(0, 10)])).toBe(6);
  });
});
