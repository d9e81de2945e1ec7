// The columns a large graph's lines are drawn from (bulkLines.ts): after any
// sequence of filter steps and selections, restyling only what each step changed
// gives exactly the columns a full restyle gives, and each line is what sigma's
// own reducer says it is (hidden, width, pattern: dashed, dotted or dash-dot,
// colour).

import fc from 'fast-check';
import { parseColor } from 'sigma/utils';
import { describe, expect, it } from 'vitest';
import { FilterEngine } from '../../src/model/filterEngine';
import { DEFAULT_FILTERS, type Filters } from '../../src/model/filters';
import { keyOfGroup } from '../../src/model/groups';
import { prepare } from '../../src/model/prepare';
import { seededRandom } from '../../src/model/random';
import { MODES } from '../../src/model/types';
import { validateDataset } from '../../src/model/validate';
import { loadedDataset, type LoadedDataset } from '../../src/state/loaded';
import type { EdgeAttributes } from '../../src/view/graph/buildGraph';
import { lineColours } from '../../src/view/graph/lineColours';
import { packSize, PATTERN_STEP, unpackSize, type LineColumns } from '../../src/view/graph/bulkLineLayer';
import { DASH_DOT, DASHED, DOTTED, linePattern, SOLID } from '../../src/view/graph/lineMarks';
import { BulkLines, groupOfKey } from '../../src/view/graph/bulkLines';
import { DEFAULT_DRAWING } from '../../src/view/graph/drawingSettings';
import { reduceEdge, type DrawState } from '../../src/view/graph/reducers';
import { generateDataset } from '../bench/generate';
import { drawStateOf } from '../support/drawState';

function open(seed: number): LoadedDataset {
  const data = generateDataset({ actors: 40, relations: 400, sources: 20, seed });
  // about a third of the relations words about what has not happened (intentions, offers, threats ...)
  const random = seededRandom(seed);
  for (const r of data.relations) if (random() < 0.35) r.mode = MODES[1 + Math.floor(random() * 4)];
  const valid = validateDataset(data);
  if (!valid.ok) throw new Error('the generated dataset does not validate');
  return loadedDataset('generated', valid, prepare(valid));
}

/** The lines, what they last raised, and a copy of the columns as the layer would have uploaded them (only the ranges said to have changed). */
function linesOf(state: DrawState, slice?: number) {
  const colours = state.loaded.index.typeIds.map((t) => lineColours(state.loaded, state.settings, t));
  const raised: LineColumns[] = [];
  const n = state.loaded.grouping.groupCount;
  const uploaded = { colour: new Uint8Array(4 * n), size: new Float32Array(n) };
  const lines: BulkLines = new BulkLines(
    state,
    colours,
    {
      changed: (from, to) => {
        uploaded.colour.set(lines.columns.colour.subarray(4 * from, 4 * to), 4 * from);
        uploaded.size.set(lines.columns.size.subarray(from, to), from);
      },
      raised: (c) => raised.push(c),
    },
    slice,
  );
  return { lines, raised, uploaded };
}

function restyledWhole(lines: BulkLines): Promise<void> {
  return new Promise((resolve) => lines.restyleAll(resolve));
}

const snapshot = (c: LineColumns) => ({ colour: [...c.colour], size: [...c.size] });

const stepArb = fc.record({
  from: fc.integer({ min: 12_800, max: 20_100 }),
  days: fc.integer({ min: 0, max: 3_000 }),
  hideType: fc.option(fc.constantFrom('fights', 'strikes', 'backs', 'accuses'), { nil: null }),
  select: fc.option(fc.nat(), { nil: null }),
});

describe('bulk lines', () => {
  it('restyling what each step changed gives the columns of a full restyle', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1000 }), fc.array(stepArb, { maxLength: 6 }), async (seed, steps) => {
        const loaded = open(seed);
        const engine = new FilterEngine(loaded.index);
        engine.apply(DEFAULT_FILTERS);
        const state = drawStateOf(loaded, engine);
        const { lines, uploaded } = linesOf(state);
        await restyledWhole(lines);
        for (const step of steps) {
          const filters: Filters = {
            ...DEFAULT_FILTERS,
            from: step.from,
            to: step.from + step.days,
            hiddenTypes: new Set(step.hideType ? [step.hideType] : []),
          };
          lines.restyle(engine.apply(filters).groups);
          const g = step.select === null ? -1 : step.select % loaded.grouping.groupCount;
          state.selection = g < 0 ? null : { kind: 'edge', key: loaded.edgeKeys[g] };
          lines.select(g < 0 ? null : loaded.edgeKeys[g]);
        }
        const fresh = linesOf(state);
        await restyledWhole(fresh.lines);
        expect(snapshot(lines.columns)).toEqual(snapshot(fresh.lines.columns));
        // and every change reached the layer: what it uploaded is what the columns hold
        expect(snapshot({ ...uploaded, ends: lines.columns.ends })).toEqual(snapshot(lines.columns));
      }),
      { numRuns: 25 },
    );
  });

  it('styles every line a slice per task, and a restyle begun meanwhile replaces the one under way', async () => {
    const loaded = open(11);
    const engine = new FilterEngine(loaded.index);
    engine.apply(DEFAULT_FILTERS);
    const state = drawStateOf(loaded, engine);
    const { lines, uploaded } = linesOf(state, 7);
    const n = loaded.grouping.groupCount;
    let firstDone = 0;
    lines.restyleAll(() => firstDone++);
    // the first slice now, the rest in later tasks
    expect(lines.columns.size.subarray(0, 7).some((w) => w !== 0)).toBe(true);
    expect(lines.columns.size.subarray(7).every((w) => w === 0)).toBe(true);
    engine.apply({ ...DEFAULT_FILTERS, from: 17_000, to: 18_000 });
    await new Promise<void>((resolve) => lines.restyleAll(resolve));
    expect(firstDone).toBe(0);
    const fresh = linesOf(state);
    await restyledWhole(fresh.lines);
    expect(snapshot(lines.columns)).toEqual(snapshot(fresh.lines.columns));
    expect(snapshot({ ...uploaded, ends: lines.columns.ends })).toEqual(snapshot(lines.columns));
    expect(n).toBeGreaterThan(7 * 10);
  });

  it("draws each line as sigma's reducer would: hidden, width, pattern and colour", async () => {
    const loaded = open(7);
    const engine = new FilterEngine(loaded.index);
    engine.apply({ ...DEFAULT_FILTERS, from: 16_000, to: 19_000 });
    const state = drawStateOf(loaded, engine);
    const { lines } = linesOf(state);
    await restyledWhole(lines);
    const { index, grouping } = loaded;
    let hidden = 0;
    const patterns = [0, 0, 0, 0];
    for (let g = 0; g < grouping.groupCount; g++) {
      const r = grouping.first[g];
      const colours = lineColours(loaded, DEFAULT_DRAWING, index.typeIds[index.type[r]]);
      const attrs: EdgeAttributes = {
        group: g,
        size: 1,
        color: colours.drawn,
        typeColour: colours.opaque,
        generic: colours.generic,
        from: index.source[r],
        type: 'straight',
        curvature: 0,
        directed: false,
      };
      const expected = reduceEdge('', attrs, state);
      const size = lines.columns.size[g];
      expect(size === 0).toBe(expected.hidden === true);
      if (size === 0) {
        hidden++;
        continue;
      }
      const { width, pattern } = unpackSize(size);
      // the width packed with the pattern in 32 bits: to 1/30,000 px
      expect(width).toBeCloseTo(expected.size ?? 1, 4);
      expect(pattern).toBe(linePattern(expected.dashed, expected.dotted));
      patterns[pattern]++;
      const c = parseColor(expected.color ?? '');
      expect([...lines.columns.colour.subarray(4 * g, 4 * g + 3)]).toEqual([c.r, c.g, c.b]);
      expect(lines.columns.colour[4 * g + 3]).toBe(Math.round(c.a * 255));
    }
    // the case is not trivial: some lines hidden by the dates, some shown, solid, contested, not acted and both
    expect(hidden).toBeGreaterThan(0);
    expect(hidden).toBeLessThan(grouping.groupCount);
    for (const p of [SOLID, DASHED, DOTTED, DASH_DOT]) expect(patterns[p], `pattern ${p}`).toBeGreaterThan(0);
    // and the exports read them back as drawn
    const shown: number[] = [];
    lines.forEachShown((_from, _to, _colour, w, p) => shown.push(p));
    expect(shown.filter((p) => p === DOTTED).length).toBe(patterns[DOTTED]);
    expect(shown.filter((p) => p === DASH_DOT).length).toBe(patterns[DASH_DOT]);
    // the line columns are the group's actors
    for (let g = 0; g < grouping.groupCount; g++) {
      expect(lines.columns.ends[2 * g]).toBe(index.source[grouping.first[g]]);
      expect(lines.columns.ends[2 * g + 1]).toBe(index.target[grouping.first[g]]);
    }
  });

  it('a selected line is raised: drawn again on top, wider, and dropped when the selection moves on', async () => {
    const loaded = open(3);
    const engine = new FilterEngine(loaded.index);
    engine.apply(DEFAULT_FILTERS);
    const state = drawStateOf(loaded, engine);
    const { lines, raised } = linesOf(state);
    await restyledWhole(lines);
    const g = 5;
    const width = lines.columns.size[g];
    state.selection = { kind: 'edge', key: loaded.edgeKeys[g] };
    lines.select(loaded.edgeKeys[g]);
    expect(unpackSize(lines.columns.size[g]).width).toBeGreaterThan(unpackSize(width).width);
    expect([...(raised.at(-1)?.ends ?? [])]).toEqual([lines.columns.ends[2 * g], lines.columns.ends[2 * g + 1]]);
    state.selection = null;
    lines.select(null);
    expect(lines.columns.size[g]).toBe(width);
    expect(raised.at(-1)?.size.length).toBe(0);
  });

  it('packs a width and a pattern in one float exactly, 0 staying hidden', () => {
    fc.assert(
      fc.property(fc.float({ min: Math.fround(0.5), max: 200, noNaN: true }), fc.constantFrom(0, 1, 2, 3), (w, p) => {
        const width = Math.fround(w);
        const pattern = p as 0 | 1 | 2 | 3;
        const packed = Math.fround(packSize(width, pattern));
        expect(packed).toBeGreaterThan(0);
        expect(unpackSize(packed).pattern).toBe(pattern);
        expect(unpackSize(packed).width).toBeCloseTo(width, 3);
      }),
    );
    expect(PATTERN_STEP).toBeGreaterThan(DEFAULT_DRAWING.diffEdgeSizes.flipped * 50);
  });

  it("finds a line's group from its key, and none from a key of no line", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), (seed) => {
        const loaded = open(seed);
        const state = drawStateOf(loaded, new FilterEngine(loaded.index));
        for (let g = 0; g < loaded.grouping.groupCount; g++) {
          expect(groupOfKey(state, keyOfGroup(loaded.valid.dataset.relations, loaded.grouping, g))).toBe(g);
        }
        expect(groupOfKey(state, 'fights actor-1 nobody')).toBe(-1);
        expect(groupOfKey(state, '%E0%A4%A')).toBe(-1);
      }),
      { numRuns: 10 },
    );
  });
});
