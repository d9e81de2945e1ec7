// Fuzzing the GraphML reader and the XML layer under it: on any text, and on
// valid GraphML damaged at random (characters edited, cut short, elements
// repeated or removed, odd values, nesting deep, slices repeated thousands of
// times), they never throw, every error says where, and a file that strict XML
// calls malformed is refused rather than loaded in part. Runs: FUZZ_RUNS (200
// by default; `npm run test:fuzz` runs more). A pathological path shows as the
// test's timeout: the repeated slices make inputs of hundreds of kilobytes.
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { readGraphmlDataset } from '../../src/io/graphmlImport';
import { MAX_XML_DEPTH, readXmlEvents, type XmlElement } from '../../src/io/xmlEvents';
import { leadingSpace, mendSlips } from '../../src/io/xmlSlips';
import type { Validation } from '../../src/model/validate';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const TIMEOUT = 60_000 + RUNS * 100;

const ODD_IDS = ['a', 'b', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'é 😀', 'a&amp;b', ''];
const ODD_VALUES = ['1', '-2.5', 'NaN', 'Infinity', '-1e308', '1e16', '', ' ', '#c0392b', 'true', '2020-01', 'ongoing'];
const PIECES = ['<', '>', '/', '"', "'", '=', '&', ';', '!', '?', '-', ']', ' ', '\n', '\r', '\u0000', '\u0001', '😀'];
const FRAGMENTS = [
  ...PIECES,
  '<graphml>',
  '</graphml>',
  '<graph>',
  '</graph>',
  '<node id="a">',
  '</node>',
  '<edge source="a" target="b"/>',
  '<data key="k">',
  '</data>',
  '<key id="k" for="all" attr.name="x"/>',
  '<default>1</default>',
  '&amp;',
  '&nbsp;',
  '&#0;',
  '&#x1F600;',
  '<!--',
  '-->',
  '<?',
  '?>',
  '<![CDATA[',
  ']]>',
  '<?xml version="1.0"?>',
  '<!DOCTYPE g [<!ENTITY e "&e;&e;">]>',
  '&e;',
];

const attr = (v: string) =>
  v
    .replace(/&(?!amp;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;');

/** Valid GraphML: keys for what the reader uses, nodes and edges with ids and values of every odd sort. */
const validGraphml = fc
  .record({
    nodes: fc.array(
      fc.record({
        id: fc.constantFrom(...ODD_IDS),
        values: fc.array(fc.constantFrom(...ODD_VALUES), { minLength: 6, maxLength: 6 }),
      }),
      { maxLength: 8 },
    ),
    edges: fc.array(
      fc.record({
        id: fc.option(fc.constantFrom(...ODD_IDS, 'e', 'e', "e'2"), { nil: undefined }),
        source: fc.constantFrom(...ODD_IDS),
        target: fc.constantFrom(...ODD_IDS),
        values: fc.array(fc.constantFrom(...ODD_VALUES, 'backs', 'fights'), { minLength: 3, maxLength: 3 }),
      }),
      { maxLength: 10 },
    ),
    typed: fc.boolean(),
  })
  .map(({ nodes, edges, typed }) => {
    const NODE_KEYS = ['label', 'kind', 'x', 'y', 'size', 'color'];
    const EDGE_KEYS = ['type', 'start', 'end'];
    const type = (name: string) => (typed && ['x', 'y', 'size'].includes(name) ? 'double' : 'string');
    const keys = [
      ...NODE_KEYS.map((k) => `<key id="n${k}" for="node" attr.name="${k}" attr.type="${type(k)}"/>`),
      ...EDGE_KEYS.map((k) => `<key id="e${k}" for="edge" attr.name="${k}"><default>${k}</default></key>`),
    ];
    const data = (prefix: string, names: string[], values: string[]) =>
      names.map((k, i) => `<data key="${prefix}${k}">${attr(values[i])}</data>`).join('');
    const nodeTags = nodes.map((n) => `<node id="${attr(n.id)}">${data('n', NODE_KEYS, n.values)}</node>`);
    const edgeTags = edges.map(
      (e) =>
        `<edge${e.id === undefined ? '' : ` id="${attr(e.id)}"`} source="${attr(e.source)}" target="${attr(e.target)}">${data('e', EDGE_KEYS, e.values)}</edge>`,
    );
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
      ...keys,
      '<graph id="G" edgedefault="directed">',
      ...nodeTags,
      ...edgeTags,
      '</graph>',
      '</graphml>',
    ].join('\n');
  });

type Mutation = (text: string) => string;
const at = (text: string, r: number) => Math.floor(r * (text.length + 1));
const unit = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

/** The element tag starting at or after a point: [start, end) of "<...>", or undefined. */
function tagAfter(text: string, from: number): [number, number] | undefined {
  const start = text.indexOf('<', from);
  const end = start < 0 ? -1 : text.indexOf('>', start);
  return end < 0 ? undefined : [start, end + 1];
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // a character edited: inserted, removed or replaced
  fc.tuple(unit, fc.constantFrom(...PIECES), fc.nat(2)).map(([r, c, how]): Mutation => (t) => {
    const i = at(t, r);
    return t.slice(0, i) + (how === 1 ? '' : c) + t.slice(how === 0 ? i : i + 1);
  }),
  // cut short
  unit.map(
    (r): Mutation =>
      (t) =>
        t.slice(0, at(t, r)),
  ),
  // a tag repeated somewhere else, or removed
  fc.tuple(unit, unit, fc.boolean()).map(([r, s, remove]): Mutation => (t) => {
    const tag = tagAfter(t, at(t, r));
    if (!tag) return t;
    if (remove) return t.slice(0, tag[0]) + t.slice(tag[1]);
    const i = at(t, s);
    return t.slice(0, i) + t.slice(...tag) + t.slice(i);
  }),
  // an attribute value made odd
  fc
    .tuple(unit, fc.constantFrom(...ODD_VALUES, ...ODD_IDS, 'x'.repeat(5_000), '&#0;', '&#xD800;'))
    .map(([r, v]): Mutation => (t) => {
      const q = t.indexOf('"', at(t, r));
      const end = q < 0 ? -1 : t.indexOf('"', q + 1);
      return end < 0 ? t : `${t.slice(0, q + 1)}${v}${t.slice(end)}`;
    }),
  // nesting: a run of elements opened at one point and closed at another (or never)
  fc
    .tuple(unit, unit, fc.integer({ min: 1, max: 1_500 }), fc.constantFrom('x', 'node', 'data', 'graph'))
    .map(([r, s, n, name]): Mutation => (t) => {
      const [i, j] = [at(t, r), at(t, s)].sort((p, q) => p - q);
      return t.slice(0, i) + `<${name}>`.repeat(n) + t.slice(i, j) + `</${name}>`.repeat(n) + t.slice(j);
    }),
  // a slice repeated thousands of times: inputs large enough that a quadratic path shows
  fc
    .tuple(unit, fc.integer({ min: 1, max: 30 }), fc.integer({ min: 100, max: 2_000 }))
    .map(([r, length, times]): Mutation => (t) => {
      const i = at(t, r);
      return t.slice(0, i) + t.slice(i, i + length).repeat(times) + t.slice(i);
    }),
);

const damagedGraphml = fc
  .tuple(validGraphml, fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([text, edits]) => edits.reduce((t, edit) => edit(t), text));

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join('')),
);

/** What any result must be: ok with a consistent dataset, or errors that each say where and what. */
function checkResult(v: Validation, name: string) {
  if (!v.ok) {
    expect(v.errors.length).toBeGreaterThan(0);
    for (const e of v.errors) {
      expect(e.place ?? '', e.message).toMatch(new RegExp(`^${name.replace('.', '\\.')}`));
      expect(e.message.length).toBeGreaterThan(0);
      if (/^not valid XML|nested more than/.test(e.message)) expect(e.message).toMatch(/at line \d+, column \d+/);
    }
    return;
  }
  const { actors, relations } = v.dataset;
  const ids = new Set(actors.map((a) => a.id));
  expect(ids.size).toBe(actors.length);
  expect(new Set(relations.map((r) => r.id)).size).toBe(relations.length);
  expect(relations.filter((r) => !ids.has(r.source) || !ids.has(r.target))).toEqual([]);
  const far = (n: number | undefined) => n !== undefined && !(Math.abs(n) <= 1e15);
  expect(actors.filter((a) => far(a.x) || far(a.y))).toEqual([]);
}

/**
 * Strict XML's verdict on the text as the reader reads it (slips mended), to its very end: the errors
 * other than the tolerated ones (an undefined entity, text after the root), the deepest nesting, and
 * how many <edge> elements stand outside <data> and <default>.
 */
function strict(text: string) {
  const body = text.slice(leadingSpace(text));
  const mended = mendSlips(body, () => '')?.text ?? body;
  const parser = new SaxesParser();
  const errors: string[] = [];
  const open: string[] = [];
  let deepest = 0;
  let edges = 0;
  let inData = 0;
  parser.on('error', (e) => {
    if (/undefined entity|text data outside of root node/.test(e.message)) return;
    errors.push(e.message);
    // the first is enough, and saxes would raise one for each character of a bad run
    throw e;
  });
  parser.on('opentag', (tag) => {
    open.push(tag.name);
    deepest = Math.max(deepest, open.length);
    if (tag.name === 'data' || tag.name === 'default') inData++;
    else if (tag.name === 'edge' && inData === 0) edges++;
  });
  parser.on('closetag', (tag) => {
    open.pop();
    if (tag.name === 'data' || tag.name === 'default') inData--;
  });
  try {
    parser.write(mended).close();
  } catch (e) {
    if (errors.length === 0) throw e;
  }
  return { errors, deepest, edges };
}

describe('GraphML reader, fuzzed', () => {
  it(
    'never throws on any text, and every error says where',
    () => {
      fc.assert(
        fc.property(anyText, (text) => checkResult(readGraphmlDataset('any.graphml', text), 'any.graphml')),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'on damaged GraphML: never throws, refuses what strict XML calls malformed, and loads every edge of the rest',
    () => {
      fc.assert(
        fc.property(damagedGraphml, (text) => {
          const v = readGraphmlDataset('hit.graphml', text);
          checkResult(v, 'hit.graphml');
          const verdict = strict(text);
          if (verdict.errors.length > 0 || verdict.deepest > MAX_XML_DEPTH)
            expect(v.ok, `strict XML: ${verdict.errors[0]}`).toBe(false);
          else if (v.ok) expect(v.dataset.relations).toHaveLength(verdict.edges);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it('reads valid generated GraphML', () => {
    fc.assert(
      fc.property(validGraphml, (text) => {
        const v = readGraphmlDataset('ok.graphml', text);
        checkResult(v, 'ok.graphml');
        // the only refusals left are of the data: a node without an id, or one id twice
        if (!v.ok)
          for (const e of v.errors)
            expect(e.message).toMatch(/^(a node without an id|duplicate node id|an edge without its source or target)/);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('XML events, fuzzed', () => {
  it(
    'never throws, opens and closes in turn, and places every problem',
    () => {
      fc.assert(
        fc.property(fc.oneof(anyText, damagedGraphml), (text) => {
          const reading = readXmlEvents('t.xml', text, () => {
            const stack: XmlElement[] = [];
            return {
              stack,
              // plain checks: an expect per element costs more than the reading
              open(e: XmlElement) {
                if (e.parent !== stack[stack.length - 1]) throw new Error(`<${e.name}> opens in the wrong parent`);
                stack.push(e);
                if (stack.length > MAX_XML_DEPTH) throw new Error(`<${e.name}> is beyond the depth limit`);
                void e.uri;
              },
              close(e: XmlElement) {
                if (stack.pop() !== e) throw new Error(`</${e.name}> closes another element`);
              },
            };
          });
          if (reading.problem) {
            expect(reading.problem.place).toBe('t.xml');
            expect(reading.problem.message).toMatch(/at line \d+, column \d+/);
          } else expect(reading.handlers.stack).toEqual([]);
          for (const w of reading.warnings) expect(w.place).toBe('t.xml');
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
