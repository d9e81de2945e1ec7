import { describe, expect, it } from 'vitest';
import { faded, MAX_FADED_ITEMS, ShownItems } from '../../src/view/graph/fadeIn';

const changes = (actors: number[], groups: number[]) => ({
  actors: Int32Array.from(actors),
  groups: Int32Array.from(groups),
});

describe("a story step's fade", () => {
  it('fades in only what the step made visible, and remembers what is drawn between steps', () => {
    const visible = Uint8Array.from([1, 0, 0]);
    const counts = Int32Array.from([2, 0]);
    const shown = new ShownItems(visible, counts);
    // actor 1 and group 1 appear, actor 0 goes
    visible.set([0, 1, 0]);
    counts.set([0, 3]);
    const fresh = shown.update(changes([0, 1], [0, 1]), visible, counts, true);
    expect([...fresh!.actors]).toEqual([1]);
    expect([...fresh!.groups]).toEqual([1]);
    expect(fresh!.alpha).toBe(0);
    // the same items again: nothing new; actor 0 back: it fades in
    visible.set([1, 1, 0]);
    expect(shown.update(changes([1], [1]), visible, counts, true)).toBeNull();
    expect([...shown.update(changes([0], []), visible, counts, true)!.actors]).toEqual([0]);
  });

  it('is skipped where not asked for or too large, and still keeps count', () => {
    const visible = new Uint8Array(MAX_FADED_ITEMS + 2);
    const shown = new ShownItems(visible, new Int32Array(0));
    visible.fill(1);
    const all = Array.from({ length: visible.length }, (_, a) => a);
    expect(shown.update(changes(all, []), visible, new Int32Array(0), true)).toBeNull();
    visible.fill(0);
    shown.update(changes(all, []), visible, new Int32Array(0), true);
    visible[3] = 1;
    expect(shown.update(changes([3], []), visible, new Int32Array(0), false)).toBeNull();
    visible[3] = 0;
    shown.update(changes([3], []), visible, new Int32Array(0), false);
    visible[3] = 1;
    expect([...shown.update(changes([3], []), visible, new Int32Array(0), true)!.actors]).toEqual([3]);
  });

  it('fades hex and rgba colours by alpha (lines are translucent on larger graphs), and leaves others', () => {
    expect(faded('#ff8000', 0.5)).toBe('rgba(255, 128, 0, 0.500)');
    expect(faded('rgba(1, 2, 3, 0.5)', 0.5)).toBe('rgba(1, 2, 3, 0.250)');
    expect(faded('red', 0.5)).toBe('red');
    expect(faded(undefined, 0.5)).toBeUndefined();
  });
});
