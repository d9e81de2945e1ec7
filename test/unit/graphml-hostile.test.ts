// GraphML (and the XML layer under it) on files made to hurt a reader: nesting
// 100,000 deep, one edge id repeated 10,000 times, positions at 1e308 or NaN,
// damage that XML calls malformed, ids that are names of Object's prototype.
// Each is refused with its place or read whole, and none takes long: inputs are
// sized so that a quadratic path would run past the test's timeout.
import { describe, expect, it } from 'vitest';
import { readGexfDataset } from '../../src/io/gexfImport';
import { readGraphmlDataset } from '../../src/io/graphmlImport';
import { MAX_XML_DEPTH, readXmlEvents } from '../../src/io/xmlEvents';
import { describeProblem } from '../../src/model/problems';
import type { Validation } from '../../src/model/validate';

const HEAD = '<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">';
const graphml = (keys: string, graph: string) =>
  `${HEAD}${keys}\n<graph edgedefault="directed">${graph}</graph></graphml>`;

function valid(v: Validation) {
  if (!v.ok) throw new Error(v.errors.map(describeProblem).join('\n'));
  return v;
}

const messages = (v: Validation) => v.errors.map(describeProblem);

describe('nesting', () => {
  it('refuses GraphML nested 100,000 deep (1.3 MB) at once, naming the limit and the line', () => {
    const depth = 100_000;
    const text = graphml('', `\n${'<x>'.repeat(depth)}<node id="a"/>${'</x>'.repeat(depth)}`);
    expect(text.length).toBeGreaterThan(700_000);
    const v = readGraphmlDataset('deep.graphml', text);
    expect(v.ok).toBe(false);
    // graphml and graph are levels 1 and 2: the 999th <x> is level 1,001
    const column = 3 * 998 + 1;
    expect(messages(v)).toEqual([
      `deep.graphml: elements nested more than 1,000 levels deep (the limit) at line 4, column ${column}, <x>: the file is not read`,
    ]);
  });

  it('refuses a deep GEXF the same way, in the shared XML layer', () => {
    const text = `<gexf xmlns="http://gexf.net/1.3"><graph><nodes>\n${'<node id="n"><nodes>'.repeat(50_000)}`;
    const v = readGexfDataset('deep.gexf', text);
    expect(v.ok).toBe(false);
    expect(v.errors[0].message).toMatch(
      /^elements nested more than 1,000 levels deep \(the limit\) at line 2, column \d+, <node/,
    );
  });

  it('reads elements up to the limit, namespaces looked up through them all', () => {
    const seen: string[] = [];
    const read = (depth: number) =>
      readXmlEvents('t.xml', `${'<x xmlns:p="urn:p">'.repeat(depth - 1)}<p:y/>${'</x>'.repeat(depth - 1)}`, () => ({
        open: (e: { local: string; uri: string }) => void (e.local === 'y' && seen.push(e.uri)),
        close: () => undefined,
      }));
    expect(read(MAX_XML_DEPTH).problem).toBeUndefined();
    expect(seen).toEqual(['urn:p']);
    expect(read(MAX_XML_DEPTH + 1).problem?.message).toMatch(/more than 1,000 levels deep .* <p:y>/);
    const custom = readXmlEvents('t.xml', '<a><b><c/></b></a>', () => ({ open() {}, close() {} }), { maxDepth: 2 });
    expect(custom.problem?.message).toMatch(
      /^elements nested more than 2 levels deep \(the limit\) at line 1, column 7, <c>/,
    );
  });
});

describe('edge ids', () => {
  const nodes = Array.from({ length: 100 }, (_, k) => `<node id="n${k}"/>`).join('\n');
  const edges = (count: number, id: (k: number) => string) =>
    Array.from(
      { length: count },
      (_, k) => `<edge id="${id(k)}" source="n${k % 100}" target="n${(k * 7 + 1) % 100}"/>`,
    );

  it('makes 10,000 edges sharing one id unique in one pass, and says so once', () => {
    // adding "'" until unique took 9 minutes here, and gave ids too long to load
    const v = valid(readGraphmlDataset('dup.graphml', graphml('', `${nodes}\n${edges(10_000, () => 'e').join('\n')}`)));
    const ids = v.dataset.relations.map((r) => r.id);
    expect(new Set(ids).size).toBe(10_000);
    expect(ids.slice(0, 3)).toEqual(['e', "e'2", "e'3"]);
    expect(ids[9_999]).toBe("e'10000");
    expect(v.warnings.map(describeProblem)).toContain(
      `dup.graphml: 9999 edges have the id of an earlier edge: given new ids (first: "e" became "e'2")`,
    );
  });

  it('steps over ids the file gives that look like renamed ones', () => {
    const ids = ['e', "e'2", 'e', 'e', "e'3", 'edge-5', 'e'];
    const text = graphml('', `${nodes}\n${edges(ids.length, (k) => ids[k]).join('\n')}<edge source="n1" target="n2"/>`);
    const v = valid(readGraphmlDataset('dup.graphml', text));
    expect(v.dataset.relations.map((r) => r.id)).toEqual([
      'e',
      "e'2",
      "e'3",
      "e'4",
      "e'3'2",
      'edge-5',
      "e'5",
      'edge-7',
    ]);
  });

  it('applies the defaults of 5,000 keys to 20,000 nodes without walking every key for every node', () => {
    const keys = Array.from(
      { length: 5_000 },
      (_, k) =>
        `<key id="k${k}" for="node" attr.name="${k === 4_999 ? 'label' : `a${k}`}"><default>d${k}</default></key>`,
    );
    const many = Array.from({ length: 20_000 }, (_, k) => `<node id="n${k}"/>`).join('');
    const v = valid(readGraphmlDataset('keys.graphml', graphml(keys.join(''), many)));
    expect(v.dataset.actors).toHaveLength(20_000);
    expect(v.dataset.actors[19_999].label).toBe('d4999');
  });
});

describe('values', () => {
  it("loads an edge type of the file's own as generic, saying so once, rather than refusing the file", () => {
    const keys = '<key id="t" for="edge" attr.name="type"/>';
    const edges =
      '<edge source="a" target="b"><data key="t">friend</data></edge><edge source="b" target="a"><data key="t">backs</data></edge>';
    const v = valid(readGraphmlDataset('t.graphml', graphml(keys, `<node id="a"/>\n<node id="b"/>\n${edges}`)));
    expect(v.dataset.relations.map((r) => r.type)).toEqual(['related-to', 'backs']);
    expect(v.warnings.map(describeProblem)).toContain(
      't.graphml: 1 edge has a relation type that is not built in (the first at line 5, <edge>: "friend"): loaded as "related-to"',
    );
  });
});

describe('positions', () => {
  const KEYS =
    '<key id="x" for="node" attr.name="x" attr.type="double"/><key id="y" for="node" attr.name="y" attr.type="double"/>';
  const node = (id: string, x: string, y: string) =>
    `<node id="${id}"><data key="x">${x}</data><data key="y">${y}</data></node>`;

  it('drops a position that is no number, whatever its key type, naming the node and the attribute', () => {
    const v = valid(
      readGraphmlDataset(
        'nan.graphml',
        graphml(KEYS, node('a', '1', 'NaN') + node('b', 'NaN', '2') + node('c', '3', '4')),
      ),
    );
    expect(v.dataset.actors.map(({ id, x, y }) => ({ id, x, y }))).toEqual([
      { id: 'a', x: undefined, y: undefined },
      { id: 'b', x: undefined, y: undefined },
      { id: 'c', x: 3, y: 4 },
    ]);
    expect(v.warnings.map(describeProblem)).toContain(
      'nan.graphml: 1 node has a position y that could not be read (first: node "a"): expected x and y as numbers; not used',
    );
    expect(v.warnings.map(describeProblem)).toContain(
      'nan.graphml: 1 node has a position x that could not be read (first: node "b"): expected x and y as numbers; not used',
    );
  });

  it('drops coordinates that are infinite or beyond 1e15, keeping those at the bound', () => {
    const text = graphml(
      KEYS,
      [
        node('big', '1e308', '0'),
        node('small', '0', '-1e308'),
        node('inf', 'Infinity', '0'),
        node('over', '1.0000001e15', '0'),
        node('edge', '1e15', '-1e15'),
      ].join(''),
    );
    const v = valid(readGraphmlDataset('far.graphml', text));
    expect(v.dataset.actors.map(({ x, y }) => [x, y])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
      [undefined, undefined],
      [undefined, undefined],
      [1e15, -1e15],
    ]);
    const w = v.warnings.map(describeProblem);
    expect(w).toContain(
      'far.graphml: 3 nodes have a position x out of bounds that could not be read (first: node "big"): expected finite numbers from -1e15 to 1e15; not used',
    );
    expect(w).toContain(
      'far.graphml: 1 node has a position y out of bounds that could not be read (first: node "small"): expected finite numbers from -1e15 to 1e15; not used',
    );
  });
});

describe('malformed XML is refused, not read in part', () => {
  const body = '<node id="a"/><node id="b"/><edge source="a" target="b"/>';
  const refused = (text: string) => {
    const v = readGraphmlDataset('bad.graphml', text);
    expect(v.ok).toBe(false);
    expect(v.errors).toHaveLength(1);
    expect(v.errors[0].place).toBe('bad.graphml');
    return v.errors[0].message;
  };

  it('refuses a second root, as a root closed early by damage leaves its edges in it', () => {
    // the damage closed the root after the first node: the edge would have been lost
    const text = `<graphml><graph><node id="a"/></graph></graphml>\n<graph><node id="b"/><edge source="a" target="b"/></graph>`;
    expect(refused(text)).toBe('not valid XML at line 2, column 7: documents may contain only one root');
    expect(refused(`${graphml('', body)}\n</graphml>`)).toMatch(
      /^not valid XML at line 4, column 10: unmatched closing tag: graphml/,
    );
  });

  it('refuses damage inside, with its line and column', () => {
    const text = graphml('', body);
    expect(refused(text.replace('<edge', '<edge<'))).toMatch(/^not valid XML at line 3, column \d+: /);
    expect(refused(text.replace('source="a"', 'source=a'))).toMatch(
      /^not valid XML at line 3, column \d+: unquoted attribute value/,
    );
    expect(refused(text.replace('</graph>', '</grahp>'))).toMatch(/^not valid XML at line 3, column \d+: /);
    expect(refused(text.replace('<node id="b"/>', '<node id="b">'))).toMatch(/^not valid XML at line 3, column \d+: /);
  });

  it('lets stray text after the root through, and says where', () => {
    const v = valid(readGraphmlDataset('t.graphml', `${graphml('', body)}\n<!-- end -->\n  trailing words\n`));
    expect(v.dataset.relations).toHaveLength(1);
    expect(v.warnings.map(describeProblem)).toContain(
      't.graphml: text after the root element not read (at line 5, column 3)',
    );
  });

  it('keeps the slips as warnings', () => {
    const text = `  ${graphml('<key id="l" for="node" attr.name="label"/>', '<node id="a"><data key="l">AT&T\u0001</data></node>')}`;
    const v = valid(readGraphmlDataset('s.graphml', text));
    expect(v.dataset.actors[0].label).toBe('AT&T');
    expect(v.warnings.map(describeProblem).slice(0, 3)).toEqual([
      's.graphml: whitespace before the XML declaration skipped',
      's.graphml: 1 control character XML does not allow dropped (the first, U+0001, at line 3, column 62)',
      's.graphml: 1 bare "&" read as text (the first at line 3, column 60): XML writes it "&amp;"',
    ]);
  });

  it('refuses 300,000 unclosed processing instructions and comments in one scan, not one per "<?"', () => {
    for (const open of ['<?x', '<!--', '<![CDATA[']) {
      // a bare "&" makes the reader mend and read again: the mending scanned to the end from every opening
      const message = refused(`<graphml><graph>&${open.repeat(300_000)}`);
      expect(message).toMatch(/^not valid XML at line 1, column \d+: /);
    }
  });
});

describe('ids are data', () => {
  const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

  it('reads node, edge and key ids and attribute names that Object.prototype has', () => {
    // each key is named after the next name, and "label" is one of them: the data must land as written
    const keys =
      NAMES.map((k) => `<key id="${k}" for="all" attr.name="${k}"/>`).join('') +
      '<key id="label" for="node" attr.name="label"/><key id="__proto__x" for="edge" attr.name="type"/>';
    const nodes = NAMES.map(
      (k) =>
        `<node id="${k}" __proto__="p" constructor="c"><data key="label">${k}!</data><data key="${k}">v</data></node>`,
    );
    const edges = NAMES.map(
      (k, i) =>
        `<edge id="${k}" source="${k}" target="${NAMES[(i + 1) % NAMES.length]}"><data key="__proto__x">backs</data></edge>`,
    );
    const v = valid(readGraphmlDataset('proto.graphml', graphml(keys, nodes.join('') + edges.join(''))));
    expect(v.dataset.actors.map((a) => [a.id, a.label, a.kind])).toEqual(
      NAMES.map((k) => [k, `${k}!`, 'organisation']),
    );
    expect(v.dataset.relations.map((r) => [r.id, r.source, r.target, r.type])).toEqual(
      NAMES.map((k, i) => [k, k, NAMES[(i + 1) % NAMES.length], 'backs']),
    );
    expect(({} as Record<string, unknown>).v).toBeUndefined();
  });

  it('reads a node named only by edges, and a label key whose id is "constructor"', () => {
    const keys = '<key id="constructor" for="node" attr.name="label"><default>none</default></key>';
    const v = valid(
      readGraphmlDataset(
        'p.graphml',
        graphml(keys, '<node id="toString"/><edge source="toString" target="__proto__"/>'),
      ),
    );
    expect(v.dataset.actors.map((a) => [a.id, a.label])).toEqual([
      ['toString', 'none'],
      ['__proto__', '__proto__'],
    ]);
  });
});
