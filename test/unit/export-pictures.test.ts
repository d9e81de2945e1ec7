// The pictures' geometry, in Node: the words around the graph are placed inside
// the picture at 11 px or more and a size preset is exactly its size; the SVG's
// lines end at an arrowhead in their own colour whose tip touches the target's
// disc (straight and curved), every text is at least 11 px, and every string is
// escaped.
import { DOMParser } from '@xmldom/xmldom';
import type Sigma from 'sigma';
import { describe, expect, it } from 'vitest';
import type { Caption } from '../../src/view/export/caption';
import {
  estimateWidth,
  FONT,
  layoutExport,
  swatchShapes,
  type SwatchOp,
  type TextOp,
} from '../../src/view/export/exportLayout';
import { ARROW_LENGTH, controlPoint, lineShape } from '../../src/view/export/lineGeometry';
import { layoutSize, SIZE_PRESETS } from '../../src/view/export/presets';
import { viewToSvg } from '../../src/view/export/svgExport';

const CAPTION: Caption = {
  title: 'Aleppo offensive & the Iraqi militias <2024>',
  lines: [
    '27 Nov 2024 – 2 Dec 2024 (end of the data) · 35 actors · 118 relations',
    'Focus: Nujaba, 1 hop · 2 types hidden (fights, meets)',
  ],
  legend: [
    { colour: '#0072B2', label: 'state', shape: 'node' },
    { colour: '#b01c2e', label: 'strikes →', shape: 'edge' },
    { colour: '#5f5f5f', label: 'dashed (faded if curved): denied or disputed', shape: 'dashed' },
    {
      colour: '#5f5f5f',
      label: 'dotted (faded if curved): intentions, offers, threats or conditional statements, not acts',
      shape: 'dotted',
    },
    { colour: '#5f5f5f', label: 'dash-dot (faded if curved): denied or disputed, and not acts', shape: 'dashdot' },
  ],
  attribution: `Sources: ${Array.from({ length: 6 }, (_, k) => `Publisher number ${k}`).join(', ')} and 4 more · made with Faultlines`,
  dataset: 'Dataset: Aleppo (fingerprint 1x2y3z) · exported 7 Dec 2026',
};

const texts = (ops: readonly { kind: string }[]) => ops.filter((op): op is TextOp => op.kind === 'text');

describe('the layout around the graph', () => {
  it('keeps every text inside the picture, at 11 px or more, wrapping what is long', () => {
    const layout = layoutExport(CAPTION, estimateWidth, { width: 400, graphHeight: 300 });
    const ops = texts(layout.ops);
    for (const op of ops) {
      expect(op.size).toBeGreaterThanOrEqual(11);
      expect(op.x + estimateWidth(op.text, op.size, op.bold)).toBeLessThanOrEqual(400 - 16 + 0.01);
      expect(op.y).toBeLessThan(layout.height);
    }
    // nothing is lost in the wrapping
    const words = ops.map((op) => op.text).join(' ');
    for (const w of [...CAPTION.attribution.split(' '), ...CAPTION.dataset.split(' ')]) expect(words).toContain(w);
    // a legend key longer than the picture is wide is wrapped under its swatch, whole
    const dotted = CAPTION.legend.find((k) => k.shape === 'dotted')!.label;
    const start = ops.findIndex((op) => op.text.startsWith('dotted'));
    const end = ops.findIndex((op) => op.text.startsWith('dash-dot'));
    const rows = ops.slice(start, end);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.map((op) => op.text).join(' ')).toBe(dotted);
    expect(ops.filter((op) => op.text.startsWith('Publisher') || op.text.includes('Publisher')).length).toBeGreaterThan(
      1,
    );
    // the graph keeps the screen's height, between the heading and the legend
    expect(layout.graph.height).toBe(300);
    const above = ops.filter((op) => op.y < layout.graph.top);
    const below = ops.filter((op) => op.y > layout.graph.top + layout.graph.height);
    // the heading first (wrapped too: a long title takes two lines at 400 px), then the caption's lines
    const sizes = above.map((op) => op.size);
    expect(sizes).toEqual([...sizes].sort((x, y) => y - x));
    expect(new Set(sizes)).toEqual(new Set([FONT.title, FONT.line]));
    expect(above.length + below.length).toBe(ops.length);
  });

  it('makes a size preset exactly its size, the graph taking what the words leave', () => {
    for (const preset of SIZE_PRESETS) {
      const size = layoutSize(preset);
      const layout = layoutExport(CAPTION, estimateWidth, size);
      expect([layout.width * preset.scale, layout.height * preset.scale]).toEqual([preset.width, preset.height]);
      const last = Math.max(...texts(layout.ops).map((op) => op.y));
      expect(last).toBeLessThan(size.height);
      expect(layout.graph.top + layout.graph.height).toBeLessThan(size.height);
      expect(layout.graph.height).toBeGreaterThan(size.height * 0.6);
    }
  });
});

describe("the SVG's lines", () => {
  it('stop at an arrowhead whose tip touches the target disc, straight or curved', () => {
    const a = { x: 0, y: 0 };
    const b = { x: 200, y: 0 };
    for (const curvature of [0, 0.25, 0.6]) {
      const shape = lineShape(a, b, { curvature, directed: true, width: 2, targetRadius: 10 });
      expect(shape.arrow).not.toBeNull();
      const [tip, left, right] = [...shape.arrow!.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => ({
        x: Number(m[1]),
        y: Number(m[2]),
      }));
      expect(Math.hypot(tip.x - b.x, tip.y - b.y)).toBeCloseTo(10, 0);
      // sigma's proportions: 2.5 widths long, 2 widths across
      const base = { x: (left.x + right.x) / 2, y: (left.y + right.y) / 2 };
      expect(Math.hypot(tip.x - base.x, tip.y - base.y)).toBeCloseTo(2 * ARROW_LENGTH, 0);
      expect(Math.hypot(base.x - b.x, base.y - b.y)).toBeCloseTo(10 + 2 * ARROW_LENGTH, 0);
      expect(Math.hypot(left.x - right.x, left.y - right.y)).toBeCloseTo(4, 0);
      // the line ends where the arrowhead starts, outside the disc
      const end = shape.path.match(/(-?[\d.]+),(-?[\d.]+)$/)!;
      expect(Math.hypot(Number(end[1]) - base.x, Number(end[2]) - base.y)).toBeLessThan(0.2);
      expect(shape.path.startsWith(curvature ? 'M0.0,0.0 Q' : 'M0.0,0.0 L')).toBe(true);
    }
  });

  it("bends as sigma's curves do, and draws no arrowhead for an undirected line", () => {
    // left of the way from source to target on screen (y down): from (0,0) to (100,0) the curve bulges upwards
    expect(controlPoint({ x: 0, y: 0 }, { x: 100, y: 0 }, 0.25)).toEqual({ x: 50, y: -25 });
    const plain = lineShape(
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { curvature: 0, directed: false, width: 2, targetRadius: 8 },
    );
    expect(plain.arrow).toBeNull();
    expect(plain.path).toBe('M0.0,0.0 L100.0,0.0');
  });
});

/**
 * A sigma as the SVG reads it: four actors, a directed line (denied: dashed), a curved directed one, an
 * undirected one (an offer: dotted), and a directed one both (a denied threat: dash-dot), 3 px wide.
 */
function fakeSigma(): Sigma {
  const nodes: Record<string, { x: number; y: number; size: number; color: string; label: string }> = {
    a: { x: 50, y: 150, size: 8, color: '#0072B2', label: '<script>alert(1)</script>' },
    b: { x: 300, y: 150, size: 10, color: '#D55E00', label: 'B & co' },
    c: { x: 300, y: 50, size: 6, color: '#009E73', label: 'C' },
    d: { x: 50, y: 50, size: 6, color: '#009E73', label: 'D' },
  };
  const edges = [
    {
      key: 'ab',
      source: 'a',
      target: 'b',
      attrs: { directed: true, curvature: 0 },
      colour: '#b01c2e',
      label: 'denied',
    },
    { key: 'ab2', source: 'a', target: 'b', attrs: { directed: true, curvature: 0.25 }, colour: '#1f5fa8', label: '' },
    {
      key: 'bc',
      source: 'b',
      target: 'c',
      attrs: { directed: false, curvature: 0 },
      colour: '#8f8f8f',
      label: 'offer',
    },
    {
      key: 'da',
      source: 'd',
      target: 'a',
      attrs: { directed: true, curvature: 0 },
      colour: '#d9472b',
      label: 'denied threat',
    },
  ];
  const settings: Record<string, unknown> = {
    labelFont: 'system-ui, sans-serif',
    labelWeight: '600',
    edgeLabelSize: 11,
  };
  return {
    getDimensions: () => ({ width: 400, height: 300 }),
    getGraph: () => ({
      forEachNode: (cb: (node: string) => void) => Object.keys(nodes).forEach((k) => cb(k)),
      forEachEdge: (cb: (edge: string, attrs: object, source: string, target: string) => void) =>
        edges.forEach((e) => cb(e.key, e.attrs, e.source, e.target)),
    }),
    getNodeDisplayData: (k: string) => nodes[k],
    getEdgeDisplayData: (k: string) => {
      const e = edges.find((x) => x.key === k)!;
      const size = e.key === 'da' ? 3 : 2;
      const [dashed, dotted] = [e.label.startsWith('denied'), e.label.endsWith('offer') || e.label.endsWith('threat')];
      return { size, color: e.colour, label: e.label, forceLabel: !!e.label, dashed, dotted };
    },
    framedGraphToViewport: (d: { x: number; y: number }) => ({ x: d.x, y: d.y }),
    scaleSize: (size: number) => size,
    getSetting: (k: string) => settings[k],
  } as unknown as Sigma;
}

describe('the SVG export', () => {
  const sigma = fakeSigma();
  const layout = layoutExport(CAPTION, estimateWidth, { width: 400, graphHeight: 300 });
  const labels = [{ node: 'a', text: '<script>alert(1)</script>', x: 60, y: 140, width: 80, height: 15 }];
  const svg = viewToSvg({ sigma, labels, loops: [], lines: null }, layout, { title: CAPTION.title });
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const all = (tag: string) => Array.from(doc.getElementsByTagName(tag));

  it('draws each directed line with an arrowhead filled in its own colour, and none for an undirected one', () => {
    const paths = all('path');
    const lines = paths.filter((p) => p.getAttribute('fill') === 'none');
    const arrows = paths.filter((p) => p.getAttribute('d')?.endsWith('Z'));
    expect(lines.map((p) => p.getAttribute('stroke'))).toEqual(['#b01c2e', '#1f5fa8', '#8f8f8f', '#d9472b']);
    expect(arrows.map((p) => p.getAttribute('fill'))).toEqual(['#b01c2e', '#1f5fa8', '#d9472b']);
    expect(svg).not.toContain('context-stroke');
    expect(svg).not.toContain('marker');
    // the denied line is dashed, the offer dotted, the denied threat dash-dot, as on screen (lineProgram.ts:
    // 6/4, 2/3, 6/3/2/3 px, scaled by width / 2 above 2 px); the act is whole
    expect(lines.map((p) => p.getAttribute('stroke-dasharray') || null)).toEqual(['6 4', null, '2 3', '9 4.5 3 4.5']);
  });

  it('keys each pattern with its own swatch: two dashes, three dots, a dash and a dot', () => {
    const swatch = (shape: SwatchOp['shape']) =>
      swatchShapes({ kind: 'swatch', x: 0, y: 0, width: 12, shape, colour: '#000' }).bars.map((b) => b.width);
    expect(swatch('dashed')).toEqual([5, 5]);
    expect(swatch('dotted')).toHaveLength(3);
    for (const w of swatch('dotted')) expect(w).toBeLessThan(3);
    const [dash, dot] = swatch('dashdot');
    expect(dash).toBeGreaterThan(2 * dot);
    // and the SVG's legend draws them: 2 + 3 + 2 bars besides the plain keys' one each
    const keyBars = all('rect').filter((r) => Number(r.getAttribute('height')) === 3);
    expect(keyBars.length).toBe(1 + 2 + 3 + 2);
  });

  it('writes every text at 11 px or more: caption, legend, labels, words on lines', () => {
    const sizes = all('text').map((t) => Number(t.getAttribute('font-size')));
    expect(sizes.length).toBeGreaterThan(8);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(11);
    expect(all('text').some((t) => t.textContent === 'denied')).toBe(true);
    expect(all('text').some((t) => t.textContent === 'denied threat')).toBe(true);
  });

  it('escapes every string and keeps it as text', () => {
    expect(svg).not.toContain('<script>');
    expect(all('script')).toEqual([]);
    expect(all('title')[0].textContent).toBe(CAPTION.title);
    expect(all('text').map((t) => t.textContent)).toContain('<script>alert(1)</script>');
  });

  it('sizes a printed preset in millimetres over the layout px', () => {
    const a4 = SIZE_PRESETS.find((p) => p.print)!;
    const out = viewToSvg(
      { sigma, labels: [], loops: [], lines: null },
      layoutExport(CAPTION, estimateWidth, layoutSize(a4)),
      {
        title: 'x',
        size: a4.print,
      },
    );
    expect(out).toMatch(/<svg [^>]*width="297mm" height="210mm" viewBox="0 0 1169\.3 826\.7"/);
  });
});
