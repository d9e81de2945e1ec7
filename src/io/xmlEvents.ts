// XML as a stream of events (saxes): elements opening and closing with their
// attributes, and text. The GEXF and GraphML readers are state machines on it,
// so no document tree is ever built: on a large file the tree cost more than
// everything else the loading worker does. The first well-formedness error ends
// the reading and becomes a problem that names the line and column, but for the
// slips the DOM reader before this one let through (xmlSlips.ts), said instead.
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

/** Characters given to the parser at a time: the reading stops within one chunk of an error. */
const CHUNK = 1 << 16;

/** A saxes message ("1:45: unclosed tag: nodes.") in the project's words, without its position. */
function describeError(raw: string, atEnd: boolean): string {
  const message = raw.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
  const unclosed = /^unclosed tag: (.*)$/.exec(message);
  if (unclosed) return `the text ends too early: <${unclosed[1]}> is not closed`;
  if (atEnd && message === 'unexpected end') return 'the text ends too early';
  return message;
}

/** One pass of the parser over `text`, whose lines count from `firstLine`. */
interface Pass {
  text: string;
  firstLine: number;
  /** "line 3, column 14": where in the file a character of `text` is */
  where(offset: number): string;
}

/** Reads one pass: the first problem, if any; warnings are added to `warnings`. */
function parse(name: string, pass: Pass, handlers: XmlHandlers, warnings: Problem[]): Problem | undefined {
  const { text } = pass;
  const parser = new SaxesParser();
  const lines = pass.firstLine - 1;
  let current: XmlElement | undefined;
  let problem: Problem | undefined;
  let stopped = false;
  let closing = false;
  let line = 1;
  let undefinedEntities = 0;
  let firstEntity = '';

  parser.on('error', (e) => {
    if (problem || stopped) return;
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
    const message = `not valid XML at ${pass.where(at)}: ${describeError(e.message, closing)}`;
    problem = { path: [], message, place: name };
  });
  parser.on('opentagstart', () => {
    line = parser.line + lines;
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (problem || stopped) return;
    current = new XmlElement(tag.name, tag.attributes, line, current);
    if (handlers.open(current) === false) stopped = true;
  });
  parser.on('closetag', () => {
    if (problem || stopped || !current) return;
    const element = current;
    current = element.parent;
    handlers.close(element);
    // the root has closed: whatever follows (a second root, stray text) is not read, as before
    if (!current) stopped = true;
  });
  if (handlers.text) {
    const forward = (t: string) => {
      // called as a method: handlers may be a class instance
      if (!problem && !stopped && current) handlers.text?.(t);
    };
    parser.on('text', forward);
    parser.on('cdata', forward);
  }

  for (let at = 0; at < text.length && !problem && !stopped; at += CHUNK) parser.write(text.slice(at, at + CHUNK));
  if (!problem && !stopped) {
    closing = true;
    parser.close();
  }
  if (undefinedEntities > 0)
    warnings.push({
      path: [],
      message: `${undefinedEntities} undefined entit${undefinedEntities === 1 ? 'y' : 'ies'} kept as written (the first, ${firstEntity}): only &amp; &lt; &gt; &quot; &apos; and character references are read`,
      place: name,
    });
  return problem;
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
export function readXmlEvents<H extends XmlHandlers>(name: string, text: string, start: () => H): XmlReading<H> {
  const lead = leadingSpace(text);
  const body = lead ? text.slice(lead) : text;
  const firstLine = 1 + (text.slice(0, lead).match(/\r\n?|\n/g)?.length ?? 0);
  const warnings: Problem[] = [];
  if (lead) warnings.push({ path: [], message: 'whitespace before the XML declaration skipped', place: name });
  let handlers = start();
  const where = (offset: number) => lineColumn(text, lead + offset);
  let problem = parse(name, { text: body, firstLine, where }, handlers, warnings);
  if (!problem) return { handlers, warnings };
  const mended = mendSlips(body, where);
  if (!mended) return { handlers, problem, warnings };
  // read again from the start: the first reading's warnings are said again if they still hold
  warnings.length = lead ? 1 : 0;
  for (const message of mended.notes) warnings.push({ path: [], message, place: name });
  handlers = start();
  const mendedWhere = (offset: number) => where(mended.original(offset));
  problem = parse(name, { text: mended.text, firstLine, where: mendedWhere }, handlers, warnings);
  return { handlers, problem, warnings };
}
