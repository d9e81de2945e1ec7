// Hostile and odd GEXF files: evidence of the wrong shape, ids shared by
// thousands of edges, dates that are not the app's, another tool's "type",
// coordinates out of any bounds, ids that are names of Object's own members.
// Each is read without a throw, and what is refused is said with its place.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetToGexf } from '../../src/io/gexfExport';
import { gexfDay } from '../../src/io/gexfDates';
import { readGexfDataset } from '../../src/io/gexfImport';
import { describeProblem } from '../../src/model/problems';
import type { Dataset } from '../../src/model/types';
import type { Validation, ValidDataset } from '../../src/model/validate';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

function valid(v: Validation): ValidDataset {
  expect(v.ok, JSON.stringify(v.errors.slice(0, 3))).toBe(true);
  return v as ValidDataset;
}

const said = (v: Validation) => [...v.errors, ...v.warnings].map(describeProblem);

/** A GEXF 1.3 file with edge attributes `edgeAttributes` (ids = titles) and the given nodes and edges. */
function gexf(body: { nodes?: string; edges: string; edgeAttributes?: string[]; meta?: string; graph?: string }) {
  const defs = (body.edgeAttributes ?? []).map((a) => `<attribute id="${a}" title="${a}" type="string"/>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
${body.meta ?? ''}
<graph defaultedgetype="directed"${body.graph ?? ''}>
<attributes class="edge">${defs}</attributes>
<nodes>${body.nodes ?? '<node id="a" label="A"/><node id="b" label="B"/>'}</nodes>
<edges>
${body.edges}
</edges>
</graph>
</gexf>`;
}

const edge = (id: string, values: Record<string, string>, extra = '') =>
  `<edge id="${id}" source="a" target="b"${extra}><attvalues>${Object.entries(values)
    .map(([k, v]) => `<attvalue for="${k}" value="${v.replace(/"/g, '&quot;')}"/>`)
    .join('')}</attvalues></edge>`;

describe('GEXF evidence of the wrong shape', () => {
  it.each([
    ['{}', 'the evidence attribute is not a JSON list'],
    ['1', 'the evidence attribute is not a JSON list'],
    ['null', 'the evidence attribute is not a JSON list'],
    ['[null]', 'item 1 of the evidence attribute is null'],
    ['[{"source":"s","stance":"supports"},3]', 'item 2 of the evidence attribute is 3'],
    ['[[]]', 'item 1 of the evidence attribute is []'],
  ])('refuses evidence %s in a file without the sources element, naming the edge', (evidence, message) => {
    const v = readGexfDataset('ev.gexf', gexf({ edgeAttributes: ['evidence'], edges: edge('e7', { evidence }) }));
    expect(v.ok).toBe(false);
    expect(said(v)).toContainEqual(expect.stringMatching(`^ev.gexf, line \\d+, <edge id="e7">: ${escape(message)}`));
  });

  it("refuses it in the app's own export with the sources element taken out", () => {
    const d: Dataset = {
      format: 'faultlines/1',
      meta: { title: 't' },
      sources: [{ id: 's', title: 'S' }],
      actors: [
        { id: 'a', label: 'A', kind: 'state' },
        { id: 'b', label: 'B', kind: 'state' },
      ],
      relations: [
        { id: 'r', source: 'a', target: 'b', type: 'backs', evidence: [{ source: 's', stance: 'supports' }] },
      ],
    };
    const text = datasetToGexf(d)
      .replace(/<fl:sources[^]*?<\/fl:sources>/, '')
      .replace(/(for="evidence" value=")[^"]*/, '$1[null,{}]');
    const v = readGexfDataset('own.gexf', text);
    expect(v.ok).toBe(false);
    expect(said(v)).toContainEqual(
      expect.stringMatching(/^own.gexf, line \d+, <edge id="e0">: item 1 of the evidence attribute is null/),
    );
  });
});

function escape(s: string): string {
  return s.replace(/[[\]{}()*+?.\\^$|]/g, '\\$&');
}

describe('GEXF edges sharing one id', () => {
  it('gives 20,000 edges with the same id 20,000 different ids, none taken from another edge', () => {
    // a walk along every id taken before (the old way) takes minutes at this size
    const n = 20_000;
    const planted = [`<edge id="e'2" source="b" target="a"/>`, `<edge id="e'5" source="b" target="a"/>`];
    const edges = planted.concat(Array.from({ length: n }, () => '<edge id="e" source="a" target="b"/>'));
    const v = valid(readGexfDataset('dup.gexf', gexf({ edges: edges.join('\n') })));
    const ids = v.dataset.relations.map((r) => r.id);
    expect(new Set(ids).size).toBe(n + 2);
    expect(ids.slice(0, 5)).toEqual(["e'2", "e'5", 'e', "e'3", "e'4"]);
    expect(ids.slice(5, 8)).toEqual(["e'6", "e'7", "e'8"]);
    expect(said(v)).toContain(
      `dup.gexf: ${n - 1} edges have the id of an earlier edge: given new ids (first: "e" became "e'3")`,
    );
  });

  it('keeps spells of one edge and an edge named like a spell apart', () => {
    const text = gexf({
      graph: ' timeformat="date"',
      edges: `<edge id="x#1" source="a" target="b"/><edge id="x" source="a" target="b"><spells><spell start="2020"/><spell start="2021"/></spells></edge>`,
    });
    expect(valid(readGexfDataset('s.gexf', text)).dataset.relations.map((r) => r.id)).toEqual(['x#1', "x#1'2", 'x#2']);
  });
});

describe('GEXF dates', () => {
  it.each([
    ['2024', '2024'],
    ['2024-06', '2024-06'],
    ['2024-06-07', '2024-06-07'],
    [' 2024-06-07 ', '2024-06-07'],
    ['2024-06-07Z', '2024-06-07'],
    ['2024-06-07+02:00', '2024-06-07'],
    ['2024-06-07T10:00:00', '2024-06-07'],
    ['2024-06-07T23:59:59.125-05:00', '2024-06-07'],
  ])('reads the xsd date or dateTime %j as %s', (text, day) => {
    expect(gexfDay(text)).toEqual({ ok: true, date: day });
  });

  it.each([
    '12345-06-07',
    '2024-1-5',
    '-0001-01-01',
    '2024-02-30',
    '2024-13',
    '24',
    '2024-06T10:00:00',
    '2024-06-07T10:00',
    'x2024',
  ])('refuses %j rather than cutting it down', (text) => {
    expect(gexfDay(text).ok).toBe(false);
  });

  it('loads an edge with a date it cannot read as undated, saying which edge and attribute', () => {
    const edges = [
      '<edge id="big" source="a" target="b" start="12345-06-07"/>',
      '<edge id="short" source="a" target="b" start="2024-1-5"/>',
      '<edge id="bc" source="a" target="b" start="-0001-01-01"/>',
      '<edge id="open" source="a" target="b" startopen="2020-01-01" endopen="2020-02-30"/>',
      '<edge id="back" source="a" target="b" start="2020-05-01" end="2020-04-01"/>',
      '<edge id="noStart" source="a" target="b" end="2020-04-01"/>',
      '<edge id="sp" source="a" target="b"><spells><spell start="2020"/><spell start="2021-00"/></spells></edge>',
      '<edge id="ok" source="a" target="b" start="2020-05-01T12:00:00Z" end="2020-06"/>',
    ];
    const v = valid(readGexfDataset('d.gexf', gexf({ graph: ' timeformat="dateTime"', edges: edges.join('\n') })));
    expect(v.dataset.relations.map((r) => [r.id, r.start, r.end])).toEqual([
      ['big', undefined, undefined],
      ['short', undefined, undefined],
      ['bc', undefined, undefined],
      ['open', undefined, undefined],
      ['back', undefined, undefined],
      ['noStart', undefined, undefined],
      ['sp', undefined, undefined],
      ['ok', '2020-05-01', '2020-06'],
    ]);
    const w = said(v);
    const line = (k: number) => `d.gexf, line ${k + 8}`;
    expect(w).toEqual(
      expect.arrayContaining([
        `${line(0)}, <edge id="big">: attribute "start": "12345-06-07" is not a date the app reads: expected YYYY, YYYY-MM or YYYY-MM-DD (an xsd:date or dateTime, years 0000 to 9999): loaded as undated`,
        `${line(1)}, <edge id="short">: attribute "start": "2024-1-5" is not a date the app reads: expected YYYY, YYYY-MM or YYYY-MM-DD (an xsd:date or dateTime, years 0000 to 9999): loaded as undated`,
        expect.stringMatching(/^d.gexf, line 10, <edge id="bc">: attribute "start": "-0001-01-01" is not a date/),
        `${line(3)}, <edge id="open">: attribute "endopen": "2020-02-30": day 30 does not exist (2020-02 has 29 days): loaded as undated`,
        `${line(4)}, <edge id="back">: attribute "end": end 2020-04-01 falls before start 2020-05-01: loaded as undated`,
        `${line(5)}, <edge id="noStart">: attribute "end" is given without a start: the app has no open start: loaded as undated`,
        `${line(6)}, <edge id="sp">: <spell> 2, attribute "start": "2021-00": month 00 does not exist (01 to 12): loaded as undated`,
      ]),
    );
  });

  it('reads any day of years 0000 to 9999 written as a dateTime, and no longer year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (y, m, d) => {
          const day = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect(gexfDay(`${day}T00:00:00`)).toEqual(
            y <= 9999 ? { ok: true, date: day } : expect.objectContaining({ ok: false }),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe("another tool's edge type", () => {
  // as in Gephi Lite's test graph: an ordinary edge attribute named "type"
  const edges = ['road', 'rail', 'road', 'backs'].map((t, k) => edge(`e${k}`, { type: t })).join('\n');

  it('is its own data: kept out, the edges generic, a built-in name still read', () => {
    const v = valid(readGexfDataset('lite.gexf', gexf({ edgeAttributes: ['type'], edges })));
    expect(v.dataset.relations.map((r) => r.type)).toEqual(['related-to', 'related-to', 'related-to', 'backs']);
    expect(said(v)).toContainEqual(
      expect.stringMatching(
        /^lite.gexf, line \d+, <edge id="e0">: 3 edges have a "type" attribute of the file's own \(first here: "road"\), not a built-in relation type/,
      ),
    );
  });

  it('is a relation type in a file Faultlines wrote (relation_id declared), so an unknown one is refused', () => {
    const v = readGexfDataset('own.gexf', gexf({ edgeAttributes: ['relation_id', 'type'], edges }));
    expect(v.ok).toBe(false);
    expect(v.errors[0].message).toMatch(/^unknown relation type "road"/);
  });

  it("leaves out another tool's status and country rather than refusing the file", () => {
    const text = gexf({
      edgeAttributes: ['status'],
      nodes:
        '<attvalues></attvalues><node id="a"><attvalues><attvalue for="country" value="France"/></attvalues></node><node id="b"/>',
      edges: edge('e', { status: 'active' }),
    }).replace(
      '<attributes class="edge">',
      '<attributes class="node"><attribute id="country" title="country"/></attributes><attributes class="edge">',
    );
    const v = valid(readGexfDataset('other.gexf', text));
    expect(v.dataset.actors[0].country).toBeUndefined();
    expect(v.dataset.relations[0].status).toBeUndefined();
    expect(said(v)).toContainEqual(
      expect.stringMatching(/1 edge has a "status" attribute of the file's own \(first here: "active"\)/),
    );
    expect(said(v)).toContainEqual(
      expect.stringMatching(/1 node has a "country" attribute that could not be read \(first: node "a"\)/),
    );
  });
});

describe('GEXF positions out of bounds', () => {
  it('drops non-finite coordinates and those beyond 1e15, naming node and attribute; keeps 1e15', () => {
    const node = (id: string, x: string, y: string) => `<node id="${id}"><viz:position x="${x}" y="${y}"/></node>`;
    const nodes = [
      node('huge', '1e308', '0'),
      node('minus', '0', '-1e308'),
      node('inf', 'Infinity', '1'),
      node('big', '1', '1e16'),
      node('edge', '1e15', '-1e15'),
      node('nan', 'x', '1'),
    ].join('');
    const v = valid(readGexfDataset('far.gexf', gexf({ nodes, edges: '<edge source="edge" target="nan"/>' })));
    expect(v.dataset.actors.map((a) => [a.id, a.x, a.y])).toEqual([
      ['huge', undefined, undefined],
      ['minus', undefined, undefined],
      ['inf', undefined, undefined],
      ['big', undefined, undefined],
      ['edge', 1e15, -1e15],
      ['nan', undefined, undefined],
    ]);
    expect(said(v)).toEqual(
      expect.arrayContaining([
        'far.gexf: 2 nodes have a <viz:position> x that could not be read (first: node "huge"): expected finite numbers from -1e15 to 1e15; not used',
        'far.gexf: 2 nodes have a <viz:position> y that could not be read (first: node "minus"): expected finite numbers from -1e15 to 1e15; not used',
        'far.gexf: 1 node has a <viz:position> that could not be read (first: node "nan"): expected x and y as numbers; not used',
      ]),
    );
  });
});

describe('ids named like members of Object', () => {
  const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

  it('are ordinary node, edge and attribute ids', () => {
    const nodes = NAMES.map(
      (n) => `<node id="${n}" label="${n}"><attvalues><attvalue for="${n}" value="person"/></attvalues></node>`,
    ).join('');
    const edges = NAMES.map((n, k) => `<edge id="${n}" source="${n}" target="${NAMES[(k + 1) % 5]}"/>`).join('');
    const text = gexf({ nodes, edges: `${edges}<edge id="__proto__" source="valueOf" target="toString"/>` }).replace(
      '<attributes class="edge">',
      `<attributes class="node">${NAMES.map((n) => `<attribute id="${n}" title="${n === '__proto__' ? 'kind' : n}"/>`).join('')}</attributes><attributes class="edge">`,
    );
    const v = valid(readGexfDataset('proto.gexf', text));
    expect(v.dataset.actors.map((a) => [a.id, a.kind])).toEqual(
      NAMES.map((n) => [n, n === '__proto__' ? 'person' : 'organisation']),
    );
    expect(v.dataset.relations.map((r) => r.id)).toEqual([...NAMES, "__proto__'2"]);
  });

  it('survive an export and a reopening', () => {
    const d: Dataset = {
      format: 'faultlines/1',
      meta: { title: 't' },
      sources: NAMES.map((id) => ({ id, title: id })),
      actors: NAMES.map((id) => ({ id, label: id, kind: 'state' })),
      relations: NAMES.map((id, k) => ({
        id,
        source: id,
        target: NAMES[(k + 1) % 5],
        type: id,
        evidence: [{ source: id, stance: 'supports' }],
      })),
      relationTypes: NAMES.map((id) => ({ id, label: id, sign: 1, directed: true, kind: 'material' })),
    };
    expect(valid(readGexfDataset('proto.gexf', datasetToGexf(d))).dataset).toEqual(d);
  });
});
