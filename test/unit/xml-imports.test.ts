// The GEXF and GraphML readers, on generated files: whatever the labels hold
// (markup characters, quotes, unicode, CDATA), however the file is spaced and
// whatever else it carries, they read back exactly the actors and relations
// written (a mode and once among them, where valid); and a file cut short
// anywhere is refused at the line where it ends.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readGexfDataset } from '../../src/io/gexfImport';
import { readGraphmlDataset } from '../../src/io/graphmlImport';
import { daysFromCivil, formatDay } from '../../src/model/dates';
import { describeProblem } from '../../src/model/problems';
import { ACTOR_KINDS, MODES, type Actor, type Relation } from '../../src/model/types';
import type { Validation } from '../../src/model/validate';

// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text XML can hold: anything but control characters, markup and line breaks of every kind included. */
const xmlText = (maxLength: number) =>
  fc
    .oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength }),
      fc.constantFrom(
        '<',
        '&',
        '"',
        "'",
        ']]>',
        'a&b;',
        '&amp;',
        '<![CDATA[x]]>',
        'tab\there',
        'cr\rlf\n',
        ' ',
        'Ünï 😀',
      ),
    )
    .map((s) => s.replace(NOT_XML, ''))
    .filter((s) => s.length > 0);

// Escapes: in attributes, tabs and line breaks must be references or they read as spaces; in text, a
// carriage return must be one or it reads as a line feed; ">" is escaped for "]]>".
const inAttribute = (s: string, quote: '"' | "'") =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(quote === '"' ? /"/g : /'/g, quote === '"' ? '&quot;' : '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
const inText = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
// CDATA cannot hold "]]>" (split across two sections) nor a carriage return (read as a line feed)
const inCdata = (s: string) => `<![CDATA[${s.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

const TYPES = ['backs', 'fights', 'accuses', 'meets', 'member-of'];
const day = fc.integer({ min: daysFromCivil(1990, 1, 1), max: daysFromCivil(2030, 12, 31) });

/** Actors with unique ids and relations between them, dated or not, and how the file is to be written. */
const graph = fc
  .record({
    actors: fc.uniqueArray(fc.record({ id: xmlText(8), label: xmlText(16), kind: fc.constantFrom(...ACTOR_KINDS) }), {
      selector: (a) => a.id,
      minLength: 1,
      maxLength: 6,
    }),
    links: fc.array(
      fc.record({
        source: fc.nat(),
        target: fc.nat(),
        type: fc.constantFrom(...TYPES),
        start: fc.option(day, { nil: undefined }),
        length: fc.option(fc.nat(400), { nil: undefined }),
        // another tool's mode and once: used where valid, else left out
        mode: fc.option(fc.constantFrom(...MODES, 'Threat', 'rumour'), { nil: undefined }),
        once: fc.option(fc.constantFrom('true', 'false', '1', '0', 'yes'), { nil: undefined }),
      }),
      { maxLength: 8 },
    ),
    // between elements: nothing, spaces, line breaks of every kind, a comment, a processing instruction
    gaps: fc.array(fc.constantFrom('', ' ', '\n', '\r\n\t', '\r', '<!-- a & <b> -->', '<?pi x?>'), {
      minLength: 1,
      maxLength: 5,
    }),
    quote: fc.constantFrom<'"' | "'">('"', "'"),
    cdata: fc.boolean(),
    extra: fc.option(xmlText(6), { nil: undefined }),
  })
  .map((g) => ({
    ...g,
    links: g.links.map((l) => ({
      ...l,
      source: g.actors[l.source % g.actors.length].id,
      target: g.actors[l.target % g.actors.length].id,
    })),
  }));
type Graph = typeof graph extends fc.Arbitrary<infer T> ? T : never;

function gap(g: Graph, k: number): string {
  return g.gaps[k % g.gaps.length];
}

function writeGexf(g: Graph): string {
  const q = g.quote;
  const a = (name: string, value: string) => ` ${name}=${q}${inAttribute(value, q)}${q}`;
  const extra = g.extra === undefined ? '' : a('x-extra', g.extra);
  const nodes = g.actors.map(
    (x, k) =>
      `<node${a('id', x.id)}${extra}${a('label', x.label)}>${gap(g, k)}<attvalues><attvalue${a('for', 'k')}${a('value', x.kind)}/></attvalues></node>`,
  );
  const edges = g.links.map((l, k) => {
    const dates =
      l.start === undefined
        ? ''
        : a('start', formatDay(l.start)) + (l.length === undefined ? '' : a('end', formatDay(l.start + l.length)));
    const more =
      (l.mode === undefined ? '' : `<attvalue${a('for', 'm')}${a('value', l.mode)}/>`) +
      (l.once === undefined ? '' : `<attvalue${a('for', 'o')}${a('value', l.once)}/>`);
    return `<edge${a('target', l.target)}${a('id', `e${k}`)}${a('source', l.source)}${dates}><attvalues><attvalue${a('for', 't')}${a('value', l.type)}/>${more}</attvalues>${gap(g, k + 1)}</edge>`;
  });
  const title = g.extra === undefined ? '' : g.cdata && !g.extra.includes('\r') ? inCdata(g.extra) : inText(g.extra);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">`,
    `<meta><title>${title}</title></meta>`,
    `<graph defaultedgetype="directed" timeformat="date">`,
    `<attributes class="node"><attribute id="k" title="kind" type="string"/></attributes>`,
    `<attributes class="edge"><attribute id="t" title="type" type="string"/><attribute id="m" title="mode" type="string"/><attribute id="o" title="once" type="boolean"/></attributes>`,
    `<nodes>${nodes.join(gap(g, 2))}</nodes>`,
    `<edges>${edges.join(gap(g, 3))}</edges>`,
    '</graph>',
    '</gexf>',
  ].join(gap(g, 4));
}

function writeGraphml(g: Graph): string {
  const q = g.quote;
  const a = (name: string, value: string) => ` ${name}=${q}${inAttribute(value, q)}${q}`;
  const data = (key: string, value: string) =>
    `<data${a('key', key)}>${g.cdata && !value.includes('\r') ? inCdata(value) : inText(value)}</data>`;
  const keys = [
    ['d0', 'node', 'label'],
    ['d1', 'node', 'kind'],
    ['d2', 'edge', 'type'],
    ['d3', 'edge', 'start'],
    ['d4', 'edge', 'end'],
    ['d5', 'edge', 'mode'],
    ['d6', 'edge', 'once'],
  ].map(([id, on, name]) => `<key${a('id', id)}${a('for', on)}${a('attr.name', name)}${a('attr.type', 'string')}/>`);
  const nodes = g.actors.map(
    (x, k) => `<node${a('id', x.id)}>${gap(g, k)}${data('d0', x.label)}${data('d1', x.kind)}</node>`,
  );
  const edges = g.links.map((l, k) => {
    const dates =
      l.start === undefined
        ? ''
        : data('d3', formatDay(l.start)) + (l.length === undefined ? '' : data('d4', formatDay(l.start + l.length)));
    const more = (l.mode === undefined ? '' : data('d5', l.mode)) + (l.once === undefined ? '' : data('d6', l.once));
    return `<edge${a('id', `e${k}`)}${a('source', l.source)}${a('target', l.target)}>${data('d2', l.type)}${dates}${more}</edge>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys,
    `<graph id="G" edgedefault="directed">${nodes.join(gap(g, 1))}${edges.join(gap(g, 2))}</graph>`,
    '</graphml>',
  ].join(gap(g, 3));
}

function valid(v: Validation) {
  if (!v.ok) throw new Error(v.errors.map(describeProblem).join('\n'));
  return v;
}

/** The mode and once another tool's edge gives: a valid mode; once where it reads and its dates hold it. */
function modeAndOnce(l: Graph['links'][number], r: Relation): Partial<Relation> {
  const out: Partial<Relation> = {};
  if (l.mode !== undefined && (MODES as readonly string[]).includes(l.mode)) out.mode = l.mode as Relation['mode'];
  const once = l.once === 'true' || l.once === '1' ? true : l.once === 'false' || l.once === '0' ? false : undefined;
  if (once === false || (once && r.start !== undefined && r.end !== 'ongoing')) out.once = once;
  return out;
}

const actorsOf = (g: Graph): Actor[] => g.actors.map(({ id, label, kind }) => ({ id, label, kind }));

describe('generated GEXF and GraphML files', () => {
  it('GEXF: read back exactly the actors and relations written', () => {
    fc.assert(
      fc.property(graph, (g) => {
        const v = valid(readGexfDataset('g.gexf', writeGexf(g)));
        expect(v.dataset.actors).toEqual(actorsOf(g));
        // an edge's start without an end runs on; an end on its start day is a one-day event
        const relations: Relation[] = g.links.map((l, k) => {
          const r: Relation = {
            id: `e${k}`,
            source: l.source,
            target: l.target,
            type: l.type,
            ...(l.start === undefined ? {} : { start: formatDay(l.start) }),
            ...(l.start === undefined || l.length === 0
              ? {}
              : { end: l.length === undefined ? 'ongoing' : formatDay(l.start + l.length) }),
          };
          return { ...r, ...modeAndOnce(l, r) };
        });
        expect(v.dataset.relations).toEqual(relations);
        if (g.extra !== undefined) expect(v.dataset.meta.title).toBe(g.extra);
      }),
      { numRuns: 300 },
    );
  });

  it('GraphML: read back exactly the actors and relations written', () => {
    fc.assert(
      fc.property(graph, (g) => {
        const v = valid(readGraphmlDataset('g.graphml', writeGraphml(g)));
        expect(v.dataset.actors).toEqual(actorsOf(g));
        const relations: Relation[] = g.links.map((l, k) => {
          const r: Relation = {
            id: `e${k}`,
            source: l.source,
            target: l.target,
            type: l.type,
            ...(l.start === undefined ? {} : { start: formatDay(l.start) }),
            ...(l.start === undefined || l.length === undefined ? {} : { end: formatDay(l.start + l.length) }),
          };
          return { ...r, ...modeAndOnce(l, r) };
        });
        expect(v.dataset.relations).toEqual(relations);
      }),
      { numRuns: 300 },
    );
  });

  it('refuse a file cut short anywhere, naming the line where it ends', () => {
    const cut = graph.chain((g) => {
      const texts = [writeGexf(g), writeGraphml(g)];
      return fc.tuple(fc.constantFrom(...texts), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }));
    });
    fc.assert(
      fc.property(cut, ([text, at]) => {
        // from nothing to all but the last ">"
        const short = text.slice(0, Math.floor(at * text.length));
        const read = text.includes('<gexf') ? readGexfDataset : readGraphmlDataset;
        const v = read('cut.xml', short);
        expect(v.ok).toBe(false);
        const [first] = v.errors;
        expect(first.place).toBe('cut.xml');
        const m = /^not valid XML at line (\d+), column \d+: /.exec(first.message);
        expect(m, first.message).not.toBeNull();
        const lastLine = 1 + (short.slice(0, -1).match(/\r\n|\r|\n/g)?.length ?? 0);
        expect(Number(m?.[1])).toBe(lastLine);
      }),
      { numRuns: 500 },
    );
  });
});
