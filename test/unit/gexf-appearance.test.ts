// A file's own appearance survives import: GEXF viz colours, sizes and
// positions (Gephi's files, our export) and GraphML's colour, size and position
// attributes; values that cannot be read are left out and said once.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetToGexf } from '../../src/io/gexfExport';
import { readGexfDataset } from '../../src/io/gexfImport';
import { readGraphmlDataset } from '../../src/io/graphmlImport';
import { describeProblem } from '../../src/model/problems';
import { FORMAT, type Actor, type Dataset } from '../../src/model/types';
import type { Validation } from '../../src/model/validate';

function valid(v: Validation) {
  if (!v.ok) throw new Error(v.errors.map(describeProblem).join('\n'));
  return v;
}

const fixture = (file: string) => readFileSync(new URL(`../fixtures/gexf/${file}`, import.meta.url), 'utf8');
const appearanceOf = (v: Validation, id: string) => {
  const a = v.ok ? v.dataset.actors.find((x) => x.id === id) : undefined;
  return a && { colour: a.colour, size: a.size, x: a.x, y: a.y };
};

function gexf(nodes: string, graphAttributes = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="directed"${graphAttributes}>
    <nodes>${nodes}</nodes>
    <edges><edge id="e" source="a" target="b"/></edges>
  </graph>
</gexf>`;
}

describe('GEXF appearance', () => {
  it('keeps the colours, sizes and positions of les_miserables.gexf (GEXF 1.1, viz in a misspelt namespace)', () => {
    const v = valid(readGexfDataset('les_miserables.gexf', fixture('les_miserables.gexf')));
    expect(appearanceOf(v, '0.0')).toEqual({ colour: '#d8482d', size: 22.714287, x: 268.72385, y: 91.18155 });
    expect(appearanceOf(v, '1.0')).toEqual({ colour: '#b30000', size: 15, x: 296.39902, y: 57.118374 });
    expect(appearanceOf(v, '11.0')).toEqual({ colour: '#fef0d9', size: 45, x: -8.81755, y: -60.480377 });
    expect(v.dataset.actors.every((a) => a.colour && a.size && a.x !== undefined)).toBe(true);
    expect(v.warnings.map((w) => w.message).filter((m) => m.includes('viz'))).toEqual([]);
  });

  it('keeps the colours of arctic.gexf, so its camps are told apart', () => {
    const v = valid(readGexfDataset('arctic.gexf', fixture('arctic.gexf')));
    expect(appearanceOf(v, '0')).toEqual({ colour: '#ff3333', size: 3.6, x: -113.203964, y: 30.300962 });
    expect(appearanceOf(v, '15')).toEqual({ colour: '#00cccc', size: 3.600933, x: 3.7129924, y: 62.988205 });
    expect(appearanceOf(v, '1721')).toEqual({ colour: '#ffcc66', size: 3.6223197, x: 126.55944, y: -88.10074 });
    expect(new Set(v.dataset.actors.map((a) => a.colour)).size).toBeGreaterThan(5);
  });

  it('reads GEXF 1.3 hex colours, in lower case', () => {
    const v = valid(readGexfDataset('v1_3.gexf', fixture('v1_3.gexf')));
    expect(v.dataset.actors.map((a) => [a.id, a.colour])).toEqual([
      ['Suzy', '#ff00ff'],
      ['John', '#ee00cc'],
    ]);
  });

  it('leaves out malformed viz values and says once per element which node first and what was expected', () => {
    const text = gexf(`
      <node id="a" label="A"><viz:color r="300" g="0" b="0"/><viz:size value="-2"/><viz:position x="1" y="up"/></node>
      <node id="b" label="B"><viz:color hex="#12345"/><viz:size value="0"/><viz:position x="2" y="3"/></node>
      <node id="c" label="C"><viz:color r="1" g="2" b="3" a="0.5"/><viz:size value="1.5"/></node>`);
    const v = valid(readGexfDataset('bad.gexf', text));
    expect(v.dataset.actors.map((a) => [a.id, a.colour, a.size, a.x, a.y])).toEqual([
      ['a', undefined, undefined, undefined, undefined],
      ['b', undefined, undefined, 2, 3],
      ['c', '#010203', 1.5, undefined, undefined],
    ]);
    expect(v.warnings.map(describeProblem).filter((m) => m.includes('viz'))).toEqual([
      'bad.gexf: 2 nodes have a <viz:color> that could not be read (first: node "a"): expected r, g and b as integers from 0 to 255, or hex="#rrggbb"; not used',
      'bad.gexf: 2 nodes have a <viz:size> that could not be read (first: node "a"): expected a value above 0; not used',
      'bad.gexf: 1 node has a <viz:position> that could not be read (first: node "a"): expected x and y as numbers; not used',
    ]);
  });

  it('says nothing of time formats when no edge has a date, and still warns of dates it cannot read', () => {
    const undated = valid(readGexfDataset('plain.gexf', gexf('<node id="a"/><node id="b"/>')));
    expect(undated.warnings.map(describeProblem)).toContain('plain.gexf: 1 edge has no dates: loaded as undated');
    expect(undated.warnings.some((w) => w.message.includes('timeformat'))).toBe(false);
    for (const file of ['minimal.gexf', 'les_miserables.gexf', 'v1_3.gexf']) {
      const v = valid(readGexfDataset(file, fixture(file)));
      expect(
        v.warnings.some((w) => w.message.includes('timeformat')),
        file,
      ).toBe(false);
    }

    const text = gexf('<node id="a"/><node id="b"/>', ' timeformat="double"').replace(
      '<edge id="e" source="a" target="b"/>',
      '<edge id="e" source="a" target="b" start="1.5" end="2.0"/><edge id="f" source="b" target="a"/>',
    );
    const doubles = valid(readGexfDataset('numbers.gexf', text));
    expect(doubles.warnings.map(describeProblem)).toEqual(
      expect.arrayContaining([
        'numbers.gexf: 1 edge has no dates: loaded as undated',
        'numbers.gexf: 1 edge has dates in timeformat "double", not calendar dates: loaded as undated',
      ]),
    );
  });

  it('writes colours, sizes and positions so that an export reads back the same', () => {
    const actor = fc.record(
      {
        colour: fc
          .tuple(fc.nat(255), fc.nat(255), fc.nat(255))
          .map((c) => `#${c.map((x) => x.toString(16).padStart(2, '0')).join('')}`),
        size: fc.double({ min: Number.MIN_VALUE, max: 1e6, noNaN: true }),
        // within what a reader keeps (±1e15; beyond, positions are dropped with a warning)
        xy: fc.tuple(
          fc.double({ min: -1e15, max: 1e15, noNaN: true }),
          fc.double({ min: -1e15, max: 1e15, noNaN: true }),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(actor, { minLength: 2, maxLength: 6 }), (looks) => {
        const actors: Actor[] = looks.map(({ colour, size, xy }, k) => ({
          id: `a${k}`,
          label: `A${k}`,
          kind: 'state',
          ...(colour === undefined ? {} : { colour }),
          ...(size === undefined ? {} : { size }),
          ...(xy === undefined ? {} : { x: xy[0], y: xy[1] }),
        }));
        const d: Dataset = {
          format: FORMAT,
          meta: { title: 't' },
          sources: [],
          actors,
          relations: [{ id: 'r', source: 'a0', target: 'a1', type: 'backs' }],
        };
        const back = valid(readGexfDataset('round.gexf', datasetToGexf(d)));
        // -0 is written as "0"
        expect(back.dataset.actors).toEqual(JSON.parse(JSON.stringify(actors)));
        expect(back.warnings.some((w) => w.message.includes('viz'))).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('GraphML appearance', () => {
  const graphml = (keys: string, nodes: string) => `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  ${keys}
  <graph id="G" edgedefault="directed">${nodes}<edge source="a" target="b"/></graph>
</graphml>`;

  it("reads Gephi's numeric r, g, b, size, x and y, and hex colours named color or colour", () => {
    const keys = ['r', 'g', 'b']
      .map((c) => `<key id="${c}" for="node" attr.name="${c}" attr.type="int"/>`)
      .concat(
        ['size', 'x', 'y'].map((k) => `<key id="${k}" for="node" attr.name="${k}" attr.type="float"/>`),
        ['color', 'colour'].map((k) => `<key id="${k}" for="node" attr.name="${k}" attr.type="string"/>`),
      )
      .join('');
    const text = graphml(
      keys,
      `<node id="a"><data key="r">216</data><data key="g">72</data><data key="b">45</data><data key="size">22.5</data><data key="x">-10.5</data><data key="y">4</data></node>
       <node id="b"><data key="color">#ABC</data></node>
       <node id="c"><data key="colour">00FF7f</data></node>`,
    );
    const v = valid(readGraphmlDataset('g.graphml', text));
    expect(v.dataset.actors.map((a) => [a.id, a.colour, a.size, a.x, a.y])).toEqual([
      ['a', '#d8482d', 22.5, -10.5, 4],
      ['b', '#aabbcc', undefined, undefined, undefined],
      ['c', '#00ff7f', undefined, undefined, undefined],
    ]);
    expect(v.warnings.some((w) => w.message.includes('could not be read'))).toBe(false);
  });

  it('leaves out colours, sizes and positions it cannot read, saying once each', () => {
    const keys = ['r', 'g', 'b', 'color', 'size', 'x', 'y']
      .map((k) => `<key id="${k}" for="node" attr.name="${k}" attr.type="string"/>`)
      .join('');
    const text = graphml(
      keys,
      `<node id="a"><data key="color">red</data><data key="size">big</data><data key="x">1</data></node>
       <node id="b"><data key="r">1</data><data key="g">2.5</data><data key="b">3</data><data key="size">-1</data><data key="x">1</data><data key="y">2</data></node>`,
    );
    const v = valid(readGraphmlDataset('bad.graphml', text));
    expect(v.dataset.actors.map((a) => [a.id, a.colour, a.size, a.x, a.y])).toEqual([
      ['a', undefined, undefined, undefined, undefined],
      ['b', undefined, undefined, 1, 2],
    ]);
    expect(v.warnings.map(describeProblem).filter((m) => m.includes('could not be read'))).toEqual([
      'bad.graphml: 1 node has a color that could not be read (first: node "a"): expected a hex colour such as "#c0392b"; not used',
      'bad.graphml: 2 nodes have a size that could not be read (first: node "a"): expected a number above 0; not used',
      'bad.graphml: 1 node has a position y that could not be read (first: node "a"): expected x and y as numbers; not used',
      'bad.graphml: 1 node has an r, g, b colour that could not be read (first: node "b"): expected r, g and b as integers from 0 to 255; not used',
    ]);
  });

  it('takes numeric r, g, b over a color attribute, and says when they are out of range rather than wrapping them', () => {
    const keys = ['r', 'g', 'b']
      .map((c) => `<key id="${c}" for="node" attr.name="${c}" attr.type="int"/>`)
      .concat('<key id="color" for="node" attr.name="color" attr.type="string"/>')
      .join('');
    const text = graphml(
      keys,
      `<node id="a"><data key="r">1</data><data key="g">2</data><data key="b">3</data><data key="color">#ffffff</data></node>
       <node id="b"><data key="r">300</data><data key="g">0</data><data key="b">0</data></node>`,
    );
    const v = valid(readGraphmlDataset('rgb.graphml', text));
    expect(v.dataset.actors.map((a) => [a.id, a.colour])).toEqual([
      ['a', '#010203'],
      ['b', undefined],
    ]);
    expect(v.warnings.map(describeProblem)).toContain(
      'rgb.graphml: 1 node has an r, g, b colour that could not be read (first: node "b"): expected r, g and b as integers from 0 to 255; not used',
    );
  });
});
