// How a line says what its relations are, without colour (reducers.ts,
// lineMarks.ts): a contested line dashed, a line of no act (intentions, offers,
// threats, conditional statements) dotted, one both dash-dot, in its type's
// colour where straight, faded where curved, with its word on small graphs
// ("offer", "not acted", "denied offer"); the legends' facts follow what is drawn.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { daysFromCivil } from '../../src/model/dates';
import { FilterEngine } from '../../src/model/filterEngine';
import { DEFAULT_FILTERS, type Filters } from '../../src/model/filters';
import { prepare } from '../../src/model/prepare';
import { validateDataset } from '../../src/model/validate';
import { loadedDataset, type LoadedDataset } from '../../src/state/loaded';
import { drawnFacts } from '../../src/view/export/drawnFacts';
import type { EdgeAttributes } from '../../src/view/graph/buildGraph';
import {
  DASH_DOT,
  DASHED,
  dashArray,
  DOTTED,
  markWord,
  PATTERN_GLSL,
  PATTERN_STROKES,
  SOLID,
  type LinePattern,
} from '../../src/view/graph/lineMarks';
import { DEFAULT_DRAWING, type DrawingSettings } from '../../src/view/graph/drawingSettings';
import { lineColours } from '../../src/view/graph/lineColours';
import { reduceEdge, type DrawState, type EdgeDrawn } from '../../src/view/graph/reducers';
import { withAlpha } from '../../src/view/palette';
import { drawStateOf } from '../support/drawState';

function openModes(): LoadedDataset {
  const valid = validateDataset(JSON.parse(readFileSync('test/fixtures/modes.json', 'utf8')));
  if (!valid.ok) throw new Error('the modes fixture does not validate');
  return loadedDataset('modes', valid, prepare(valid));
}

function drawState(loaded: LoadedDataset, filters: Partial<Filters> = {}, settings = DEFAULT_DRAWING): DrawState {
  const engine = new FilterEngine(loaded.index);
  engine.apply({ ...DEFAULT_FILTERS, ...filters });
  return drawStateOf(loaded, engine, settings, 10);
}

/**
 * Each line as the reducer draws it, by "source type target", with the attributes it started from
 * (buildGraph.ts's, which Node cannot import: sigma's programs need WebGL): straight, or curved for the
 * two lines between the council and the League, as buildGraph curves parallel lines apart.
 */
function drawnLines(state: DrawState): Map<string, { drawn: EdgeDrawn; attrs: EdgeAttributes }> {
  const { loaded } = state;
  const out = new Map<string, { drawn: EdgeDrawn; attrs: EdgeAttributes }>();
  for (let g = 0; g < loaded.grouping.groupCount; g++) {
    const r = loaded.valid.dataset.relations[loaded.grouping.first[g]];
    const directed = loaded.valid.types.get(r.type)?.directed ?? true;
    const colours = lineColours(loaded, state.settings, r.type);
    const parallel = [r.source, r.target].sort().join() === 'council,league';
    const attrs: EdgeAttributes = {
      group: g,
      size: 1,
      color: colours.drawn,
      typeColour: colours.opaque,
      generic: colours.generic,
      from: loaded.index.actorOrdinal.get(r.source) ?? 0,
      type: parallel ? (directed ? 'curvedArrow' : 'curved') : directed ? 'arrow' : 'straight',
      curvature: parallel ? 0.25 : 0,
      directed,
    };
    out.set(`${r.source} ${r.type} ${r.target}`, { drawn: reduceEdge(loaded.edgeKeys[g], attrs, state), attrs });
  }
  return out;
}

const patternOf = (d: EdgeDrawn): string =>
  d.dashed && d.dotted ? 'dash-dot' : d.dashed ? 'dashed' : d.dotted ? 'dotted' : 'solid';

describe('the marks of lines of words, not acts', () => {
  const loaded = openModes();

  it('dots a straight line of no act in its type colour, dashes a contested one, dash-dots both, with the word', () => {
    const lines = drawnLines(drawState(loaded));
    const seen = Object.fromEntries(
      [...lines].map(([name, { drawn }]) => [name, [patternOf(drawn), drawn.label ?? null, drawn.forceLabel === true]]),
    );
    expect(lines.size).toBeGreaterThan(0);
    expect(seen[nameOf(lines, 'front', 'negotiates-with', 'capital')]).toEqual(['dotted', 'offer', true]);
    expect(seen[nameOf(lines, 'capital', 'strikes', 'league')]).toEqual(['dotted', 'threat', true]);
    expect(seen[nameOf(lines, 'league', 'fights', 'brigade')]).toEqual(['dashed', 'denied', true]);
    expect(seen[nameOf(lines, 'patron', 'backs', 'brigade')]).toEqual(['dash-dot', 'denied offer', true]);
    // an intention and a conditional statement in one line: "not acted"
    expect(seen[nameOf(lines, 'patron', 'deploys-to', 'front')]).toEqual(['dotted', 'not acted', true]);
    expect(seen[nameOf(lines, 'envoy', 'mediates', 'council')]).toEqual(['dotted', 'conditional', true]);
    // an act: solid, no word
    expect(seen[nameOf(lines, 'patron', 'backs', 'capital')]).toEqual(['solid', null, false]);
    // the self-loop (drawn by the loop layer from the same reducer)
    expect(seen[nameOf(lines, 'council', 'opposes', 'council')]).toEqual(['dotted', 'threat', true]);
    // the type's colour kept on every straight marked line (a threatened strike is still red)
    for (const { drawn, attrs } of lines.values()) {
      if (drawn.dotted || drawn.dashed) expect(drawn.color).toBe(attrs.color);
    }
  });

  it('fades a curved line of no act (a curve cannot be dotted), and names it', () => {
    const lines = drawnLines(drawState(loaded));
    const threat = lines.get(nameOf(lines, 'league', 'strikes', 'council'))!;
    expect(threat.attrs.type).toMatch(/^curved/);
    expect(patternOf(threat.drawn)).toBe('solid');
    expect(threat.drawn.color).toBe(withAlpha(threat.attrs.typeColour, 0.5));
    expect(threat.drawn.label).toBe('threat');
    // its parallel act stays whole and in its colour
    const act = lines.get(nameOf(lines, 'council', 'fights', 'league'))!;
    expect(act.attrs.type).toMatch(/^curved/);
    expect(act.drawn.color).toBe(act.attrs.color);
    expect(act.drawn.label).toBeNull();
  });

  it('follows the filters: the word names the modes still shown, and the mark goes with them', () => {
    // up to 8 March only the intention of the patron's deployment is shown
    const early = drawnLines(drawState(loaded, { from: daysFromCivil(2024, 3, 1), to: daysFromCivil(2024, 3, 8) }));
    expect(early.get(nameOf(early, 'patron', 'deploys-to', 'front'))!.drawn.label).toBe('intention');
    // with the denied hidden, nothing is contested: the denied offer is an offer
    const noDenied = drawnLines(drawState(loaded, { hiddenStatuses: new Set(['denied']) }));
    const offer = noDenied.get(nameOf(noDenied, 'patron', 'backs', 'brigade'))!.drawn;
    expect(offer.hidden).toBe(true);
    // acts only: nothing dotted is left
    const acts = drawnLines(drawState(loaded, { actsOnly: true }));
    for (const { drawn } of acts.values()) if (!drawn.hidden) expect(drawn.dotted).toBeFalsy();
    expect(acts.get(nameOf(acts, 'league', 'fights', 'brigade'))!.drawn.dashed).toBe(true);
  });

  it('on a graph too large for words, reads no group: a generic word, the precise one for the selected line', () => {
    const settings: DrawingSettings = { ...DEFAULT_DRAWING, markedEdgeLabels: 2 };
    const state = drawState(loaded, {}, settings);
    const lines = drawnLines(state);
    const talks = lines.get(nameOf(lines, 'front', 'negotiates-with', 'capital'))!;
    expect(talks.drawn.dotted).toBe(true);
    expect(talks.drawn.forceLabel).toBe(false);
    expect(talks.drawn.label).toBe('not acted');
    const key = loaded.edgeKeys[talks.attrs.group];
    state.selection = { kind: 'edge', key };
    expect(reduceEdge(key, talks.attrs, state)).toMatchObject({ label: 'offer', forceLabel: true, dotted: true });
  });

  it('tells the legends which patterns are drawn, and only those', () => {
    const facts = (filters: Partial<Filters>) => {
      const s = drawState(loaded, filters);
      const { contested, unacted, contestedUnacted } = drawnFacts(loaded, s.engine);
      return { contested, unacted, contestedUnacted };
    };
    expect(facts({})).toEqual({ contested: true, unacted: true, contestedUnacted: true });
    expect(facts({ actsOnly: true })).toEqual({ contested: true, unacted: false, contestedUnacted: false });
    expect(facts({ hiddenStatuses: new Set(['denied']) })).toEqual({
      contested: false,
      unacted: true,
      contestedUnacted: false,
    });
    // only the denied offer's day: the one line is both, so neither plain key is drawn
    const day = daysFromCivil(2024, 3, 6);
    expect(facts({ from: day, to: day })).toEqual({ contested: false, unacted: false, contestedUnacted: true });
  });
});

describe('the words and strokes of the marks', () => {
  it('joins the two words', () => {
    expect(markWord('denied', 'offer')).toBe('denied offer');
    expect(markWord('disputed', 'not acted')).toBe('disputed, not acted');
    expect(markWord(null, 'threat')).toBe('threat');
    expect(markWord('contested', null)).toBe('contested');
    expect(markWord(null, null)).toBeNull();
  });

  it('strokes dots apart from dashes: shorter strokes, a quicker rhythm, scaled with a thick line', () => {
    const [dash, dashGap] = dashArray(DASHED, 1);
    const [dot, dotGap] = dashArray(DOTTED, 1);
    expect(dot * 2).toBeLessThanOrEqual(dash);
    expect(dot + dotGap).toBeLessThan(dash + dashGap);
    expect(dashArray(SOLID, 3)).toEqual([]);
    expect(dashArray(DOTTED, 6)).toEqual(PATTERN_STROKES[DOTTED].map((d) => d * 3));
    expect(dashArray(DASH_DOT, 1)).toEqual([6, 3, 2, 3]);
  });

  it('strokes a self-loop ring with its pattern', async () => {
    // the loop layer's module reaches sigma's programs, whose module reads WebGL's constants: Node has none
    const g = globalThis as Record<string, unknown>;
    g.WebGL2RenderingContext ??= {};
    g.WebGLRenderingContext ??= {};
    const { paintLoops } = await import('../../src/view/graph/loopLayer');
    const dashes: number[][] = [];
    const ctx = {
      beginPath() {},
      arc() {},
      stroke() {},
      setLineDash: (d: number[]) => dashes.push(d),
    } as unknown as CanvasRenderingContext2D;
    const ring = { x: 0, y: 0, r: 6, colour: '#000', width: 2 };
    paintLoops(ctx, [
      { ...ring, dashed: false, dotted: true },
      { ...ring, dashed: true, dotted: false },
      { ...ring, dashed: true, dotted: true },
      { ...ring, dashed: false, dotted: false },
    ]);
    // each ring's pattern, then the canvas's dash cleared
    expect(dashes).toEqual([[2, 3], [6, 4], [6, 3, 2, 3], [], []]);
  });

  it("the shaders' gaps are the strokes' gaps (the GLSL run as JavaScript)", () => {
    // the generated GLSL is plain arithmetic and comparisons: with mod() and types renamed it is JavaScript
    const js = PATTERN_GLSL.replace(
      /^bool patternGap\(float pattern, float along, float scale\)/,
      'return function (pattern, along, scale)',
    )
      .replace(/float m/g, 'let m')
      .replace(/mod\(/g, 'mod(');
    const patternGap = new Function('mod', js)((a: number, b: number) => a - b * Math.floor(a / b)) as (
      p: number,
      along: number,
      scale: number,
    ) => boolean;
    for (const pattern of [SOLID, DASHED, DOTTED, DASH_DOT] as LinePattern[]) {
      for (const width of [1, 2, 5]) {
        const strokes = dashArray(pattern, width);
        const scale = Math.max(1, width / 2);
        for (let along = 0.25; along < 60; along += 0.5) {
          expect(patternGap(pattern, along, scale), `pattern ${pattern} width ${width} at ${along}`).toBe(
            inGap(strokes, along),
          );
        }
      }
    }
  });
});

/** Whether `along` falls in a gap of an SVG dash array (on, off, on, off ...). */
function inGap(strokes: number[], along: number): boolean {
  if (strokes.length === 0) return false;
  const period = strokes.reduce((a, b) => a + b, 0);
  let m = along % period;
  for (let k = 0; k < strokes.length; k++) {
    if (m < strokes[k]) return k % 2 === 1;
    m -= strokes[k];
  }
  return false;
}

/** The name a line of the fixture goes by in drawnLines, whichever way an undirected line is drawn. */
function nameOf(lines: Map<string, unknown>, source: string, type: string, target: string): string {
  for (const name of [`${source} ${type} ${target}`, `${target} ${type} ${source}`]) if (lines.has(name)) return name;
  throw new Error(`no line ${source} ${type} ${target} among ${[...lines.keys()].join('; ')}`);
}
