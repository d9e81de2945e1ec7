// The streaming XML reader under the GEXF and GraphML importers: what it
// reports of elements and text, where it says a file breaks, that it never
// expands a DOCTYPE's entities, and the slips it lets through (and says).
import { describe, expect, it } from 'vitest';
import { readGexfDataset } from '../../src/io/gexfImport';
import { readGraphmlDataset } from '../../src/io/graphmlImport';
import { readXmlEvents, type XmlElement } from '../../src/io/xmlEvents';
import { describeProblem } from '../../src/model/problems';

interface Seen {
  events: string[];
  texts: string[];
}

/** Reads `text`, writing down each event as a line: "+name local uri line {attributes}", "-name", text pieces. */
function events(text: string, stopAt?: string) {
  const reading = readXmlEvents('t.xml', text, () => {
    const seen: Seen = { events: [], texts: [] };
    return {
      seen,
      open(e: XmlElement) {
        seen.events.push(`+${e.name} ${e.local} ${e.uri || '-'} ${e.line} ${JSON.stringify(e.attributes)}`);
        if (e.name === stopAt) return false;
      },
      close(e: XmlElement) {
        seen.events.push(`-${e.name}`);
      },
      text(t: string) {
        seen.texts.push(t);
      },
    };
  });
  return { ...reading.handlers.seen, problem: reading.problem, warnings: reading.warnings.map(describeProblem) };
}

describe('XML events', () => {
  it('reports elements with their attributes, names, namespaces and lines, and text with entities read', () => {
    const r = events(
      [
        '<?xml version="1.0"?>',
        '<g xmlns="urn:g" xmlns:viz="urn:viz">',
        '  <n id="a&amp;b" label=\'say "hi"\'><viz:color r="1"/><q:x/></n>',
        '  <t>1 &lt; 2 &#233;&#x1F600; <![CDATA[<raw> & ]]>end</t>',
        '</g>',
      ].join('\n'),
    );
    expect(r.problem).toBeUndefined();
    expect(r.events).toEqual([
      '+g g urn:g 2 {"xmlns":"urn:g","xmlns:viz":"urn:viz"}',
      '+n n urn:g 3 {"id":"a&b","label":"say \\"hi\\""}',
      '+viz:color color urn:viz 3 {"r":"1"}',
      '-viz:color',
      // an unbound prefix is no namespace rather than a refusal
      '+q:x x - 3 {}',
      '-q:x',
      '-n',
      '+t t urn:g 4 {}',
      '-t',
      '-g',
    ]);
    expect(r.texts.join('')).toContain('1 < 2 é😀 <raw> & end');
  });

  it('feeds long texts in chunks without losing a character, surrogate pairs across chunk ends included', () => {
    const label = '😀'.repeat(70_000) + 'é'.repeat(70_001);
    const r = events(`<a>${label}</a>`);
    expect(r.problem).toBeUndefined();
    expect(r.texts.join('')).toBe(label);
  });

  it('stops when a handler has seen enough', () => {
    const r = events('<a><b/><c/></a>', 'b');
    expect(r.events).toEqual(['+a a - 1 {}', '+b b - 1 {}']);
    expect(r.problem).toBeUndefined();
  });

  it('names the line and column where a file breaks, and says a truncated one ends too early', () => {
    expect(events('<a>\n  <b x=1/>\n</a>').problem?.message).toBe(
      'not valid XML at line 2, column 8: unquoted attribute value',
    );
    expect(events('<a>\n<b>\n</a>').problem?.message).toBe('not valid XML at line 3, column 4: unexpected close tag');
    expect(events('<a>\n  <b>text').problem?.message).toBe(
      'not valid XML at line 2, column 9: the text ends too early: <b> is not closed',
    );
    expect(events('').problem?.message).toMatch(/document must contain a root element/);
    expect(events('<a>\n<b>\n</a>').problem?.place).toBe('t.xml');
  });

  it('never expands a DOCTYPE entity, external or internal: it stays text, and is said', () => {
    const gexf = (label: string, subset: string) => `<?xml version="1.0"?>
<!DOCTYPE gexf [
  ${subset}
]>
<gexf xmlns="http://gexf.net/1.3"><graph><nodes><node id="a" label="${label}"/><node id="b"/></nodes>
<edges><edge source="a" target="b"/></edges></graph></gexf>`;
    const external = readGexfDataset('x.gexf', gexf('&xxe;', '<!ENTITY xxe SYSTEM "file:///etc/passwd">'));
    expect(external.ok && external.dataset.actors[0].label).toBe('&xxe;');
    expect(external.warnings.map(describeProblem)).toContain(
      'x.gexf: 1 undefined entity kept as written (the first, &xxe;, at line 5, column 69): only &amp; &lt; &gt; &quot; &apos; and character references are read',
    );
    const laughs = [
      '<!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, k) => `<!ENTITY lol${k + 1} "${`&lol${k || ''};`.repeat(10)}">`),
    ].join('\n');
    const bomb = readGexfDataset('bomb.gexf', gexf('&lol9;', laughs));
    expect(bomb.ok && bomb.dataset.actors[0].label).toBe('&lol9;');
    const graphml = readGraphmlDataset(
      'x.graphml',
      `<!DOCTYPE graphml [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>
<graphml><key id="l" for="node" attr.name="label"/><graph><node id="a"><data key="l">&xxe;</data></node></graph></graphml>`,
    );
    expect(graphml.ok && graphml.dataset.actors[0].label).toBe('&xxe;');
  });

  it('lets through, and says, the slips the DOM reader let through: leading space, bare "&", control characters', () => {
    const text = `\n  <?xml version="1.0"?>\n<a t="AT&T">\n x\u0001y &amp; <![CDATA[&]]> R&D &nbsp;</a>\ntrailing text`;
    const r = events(text);
    expect(r.problem).toBeUndefined();
    expect(r.events[0]).toBe('+a a - 3 {"t":"AT&T"}');
    expect(r.texts.join('')).toBe('\n xy & & R&D &nbsp;');
    expect(r.warnings).toEqual([
      't.xml: whitespace before the XML declaration skipped',
      't.xml: 1 control character XML does not allow dropped (the first, U+0001, at line 4, column 3)',
      't.xml: 2 bare "&" read as text (the first at line 3, column 9): XML writes it "&amp;"',
      't.xml: 1 undefined entity kept as written (the first, &nbsp;, at line 4, column 30): only &amp; &lt; &gt; &quot; &apos; and character references are read',
      't.xml: text after the root element not read (at line 5, column 1)',
    ]);
    // after mending, a real break is still found, at its place in the file as written
    expect(events('<a t="A&B">\n<b>&</c></a>').problem?.message).toBe(
      'not valid XML at line 2, column 8: unexpected close tag',
    );
  });
});
