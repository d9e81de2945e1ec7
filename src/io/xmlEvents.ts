// XML as a stream of events (saxes): elements opening and closing with their
// attributes, and text. The GEXF and GraphML readers are state machines on it,
// so no document tree is ever built: on a large file the tree cost more than
// everything else the loading worker does. The first well-formedness error ends
// the reading and becomes a problem that names the line and column, but for the
// slips the DOM reader before this one let through (xmlSlips.ts), said instead.
// After the root element the text is still read to its end, so a file whose
// root closes early (damage, two files run together) is refused rather than
// loaded in part; only stray text there is let through, and said. Elements
// nesting deeper than a limit end the reading too: no graph file nests so deep,
// and a file that does is built to make readers slow.
//
// Entities: only XML's five and character references are read; a DOCTYPE's
// entity declarations are not, so nothing outside the text is ever fetched or
// expanded, and a reference to another entity is kept as written.

import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { Problem } from '../model/problems';
import { leadingSpace, lineColumn, mendSlips } from './xmlSlips';

/** An element as the handlers see it: what it is called, where it starts, its attributes. */
export class XmlElement {
  constructor(
    /** the name as written, prefix included: "viz:color" */
    readonly name: string,
    /** attribute values by name as written ("xmlns:viz" included), entities read */
    readonly attributes: Readonly<Record<string, string>>,
    /** the line (1-based) of the start tag's name */
    readonly line: number,
    /** the element it is in */
    readonly parent: XmlElement | undefined,
  ) {}

  /** the name without its prefix: "color" */
  get local(): string {
    const colon = this.name.indexOf(':');
    return colon < 0 ? this.name : this.name.slice(colon + 1);
  }

  /**
   * The namespace its prefix (or the default namespace) is bound to; "" when none, an unbound
   * prefix included (a file is not refused for it). Looked up only when asked: few elements need it.
   */
  get uri(): string {
    const colon = this.name.indexOf(':');
    return this.declared(colon < 0 ? 'xmlns' : `xmlns:${this.name.slice(0, colon)}`) ?? '';
  }

  /** The value of the nearest namespace declaration `declaration` ("xmlns:viz") here or around. */
  private declared(declaration: string): string | undefined {
    return this.attributes[declaration] ?? this.parent?.declared(declaration);
  }
}

export interface XmlHandlers {
  /** An element starts. Returning false stops the reading (the caller has seen enough). */
  open(element: XmlElement): boolean | void;
  /** The element ends (right after `open` for `<x/>`). */
  close(element: XmlElement): void;
  /** Character data, CDATA included, in one or more pieces per run of text. */
  text?(text: string): void;
}

/** Characters given to the parser at a time (a pass ends at once at an error: see STOP). */
const CHUNK = 1 << 16;

/**
 * How deep elements may nest. GraphML's nested graphs and yEd's node graphics, or a GEXF
 * hierarchy, are a few dozen levels at most; 100,000 levels is an attack.
 */
export const MAX_XML_DEPTH = 1000;

export interface XmlOptions {
  /** how deep elements may nest (MAX_XML_DEPTH unless said) */
  maxDepth?: number;
}

/** A saxes message ("1:45: unclosed tag: nodes.") in the project's words, without its position. */
function describeError(raw: string, atEnd: boolean): string {
  const message = raw.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
  const unclosed = /^unclosed tag: (.*)$/.exec(message);
  if (unclosed) return `the text ends too early: <${unclosed[1]}> is not closed`;
  if (atEnd && message === 'unexpected end') return 'the text ends too early';
  return message;
}

/**
 * Thrown from a handler to end the pass at once: saxes reads on after an error, raising one for each
 * character of a bad run to the end of the chunk (a third of a second for 64 kB of them).
 */
const STOP = new Error('the reading stops here');

/** One pass of the parser over `text`, whose lines count from `firstLine`. */
interface Pass {
  text: string;
  firstLine: number;
  maxDepth: number;
  /** "line 3, column 14": where in the file a character of `text` is */
  where(offset: number): string;
}

/** What one pass found: the first problem, and whether reading the text mended could help. */
interface Outcome {
  problem?: Problem;
  /** the problem is no slip of the XML (too deep): mending the text would not change it */
  final?: boolean;
}

/** Reads one pass; warnings are added to `warnings`. */
function parse(name: string, pass: Pass, handlers: XmlHandlers, warnings: Problem[]): Outcome {
  const { text } = pass;
  const parser = new SaxesParser();
  const lines = pass.firstLine - 1;
  const out: Outcome = {};
  let current: XmlElement | undefined;
  let depth = 0;
  /** the root element has closed: what follows is read for errors only */
  let after = false;
  let closing = false;
  let line = 1;
  let undefinedEntities = 0;
  let firstEntity = '';
  let strayTexts = 0;
  let firstStray = '';

  // after a problem, or a handler that has seen enough, STOP is thrown: no event comes after it
  parser.on('error', (e) => {
    // saxes's position is just past the character it stopped at; at the end, the last one
    const at = closing ? text.length - 1 : parser.position - 1;
    if (e.message.endsWith('undefined entity.')) {
      // saxes keeps it as written and reads on, as xmldom did: an HTML "&nbsp;" is no reason to refuse a file
      if (undefinedEntities++ === 0) {
        const start = text.lastIndexOf('&', at);
        firstEntity = `${text.slice(start, at + 1)}, at ${pass.where(start)}`;
      }
      return;
    }
    if (after && e.message.endsWith('text data outside of root node.')) {
      // text after the root holds no element: let through, as xmldom did, and said
      if (strayTexts++ === 0) {
        // saxes stops at the text's end: say where it starts, after the markup before it
        const from = text.lastIndexOf('>', at) + 1;
        firstStray = pass.where(from + (/\S/.exec(text.slice(from, at + 1))?.index ?? 0));
      }
      return;
    }
    const message = `not valid XML at ${pass.where(at)}: ${describeError(e.message, closing)}`;
    out.problem = { path: [], message, place: name };
    throw STOP;
  });
  parser.on('opentagstart', () => {
    line = parser.line + lines;
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (after) return;
    if (++depth > pass.maxDepth) {
      const limit = pass.maxDepth.toLocaleString('en');
      // at the start tag's "<" (no attribute value holds one)
      const at = pass.where(text.lastIndexOf('<', parser.position - 1));
      const message = `elements nested more than ${limit} levels deep (the limit) at ${at}, <${tag.name}>: the file is not read`;
      out.problem = { path: [], message, place: name };
      out.final = true;
      throw STOP;
    }
    current = new XmlElement(tag.name, tag.attributes, line, current);
    if (handlers.open(current) === false) throw STOP;
  });
  parser.on('closetag', () => {
    if (!current) return;
    const element = current;
    current = element.parent;
    depth--;
    handlers.close(element);
    // the root has closed: what follows is read only to refuse a second root, as damage would leave
    if (!current) after = true;
  });
  if (handlers.text) {
    const forward = (t: string) => {
      // called as a method: handlers may be a class instance
      if (current) handlers.text?.(t);
    };
    parser.on('text', forward);
    parser.on('cdata', forward);
  }

  try {
    for (let at = 0; at < text.length; at += CHUNK) parser.write(text.slice(at, at + CHUNK));
    closing = true;
    parser.close();
  } catch (e) {
    if (e !== STOP) throw e;
  }
  if (undefinedEntities > 0)
    warnings.push({
      path: [],
      message: `${undefinedEntities} undefined entit${undefinedEntities === 1 ? 'y' : 'ies'} kept as written (the first, ${firstEntity}): only &amp; &lt; &gt; &quot; &apos; and character references are read`,
      place: name,
    });
  if (strayTexts > 0 && !out.problem)
    warnings.push({ path: [], message: `text after the root element not read (at ${firstStray})`, place: name });
  return out;
}

export interface XmlReading<H> {
  /** the handlers of the reading that counts */
  handlers: H;
  /** the first well-formedness problem, placed in the file with its line and column */
  problem?: Problem;
  /** what was read leniently, as the DOM reader before this one did */
  warnings: Problem[];
}

/**
 * Reads `text` as XML, calling the handlers `start` makes as elements open and close; never throws
 * for bad XML. The slips the reader before this one let through (xmlSlips.ts) are mended and said:
 * the text is then read again, with new handlers.
 */
export function readXmlEvents<H extends XmlHandlers>(
  name: string,
  text: string,
  start: () => H,
  options: XmlOptions = {},
): XmlReading<H> {
  const maxDepth = options.maxDepth ?? MAX_XML_DEPTH;
  const lead = leadingSpace(text);
  const body = lead ? text.slice(lead) : text;
  const firstLine = 1 + (text.slice(0, lead).match(/\r\n?|\n/g)?.length ?? 0);
  const warnings: Problem[] = [];
  if (lead) warnings.push({ path: [], message: 'whitespace before the XML declaration skipped', place: name });
  let handlers = start();
  const where = (offset: number) => lineColumn(text, lead + offset);
  const first = parse(name, { text: body, firstLine, maxDepth, where }, handlers, warnings);
  if (!first.problem) return { handlers, warnings };
  const mended = first.final ? undefined : mendSlips(body, where);
  if (!mended) return { handlers, problem: first.problem, warnings };
  // read again from the start: the first reading's warnings are said again if they still hold
  warnings.length = lead ? 1 : 0;
  for (const message of mended.notes) warnings.push({ path: [], message, place: name });
  handlers = start();
  const mendedWhere = (offset: number) => where(mended.original(offset));
  const { problem } = parse(name, { text: mended.text, firstLine, maxDepth, where: mendedWhere }, handlers, warnings);
  return { handlers, problem, warnings };
}
