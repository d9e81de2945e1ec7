// GEXF 1.3 with one edge per relation, written by hand because graphology-gexf
// writes no dates: each edge carries its interval as start/end (the first and
// last day of its partial dates; an ongoing one has no end, an undated one
// neither), and its type, status, mode, once, date precision and evidence as attributes, so
// Gephi opens it and the GEXF importer reads the relation back whole. What GEXF
// has no place for (the sources, the dataset's own relation types, $schema) is
// written as JSON in Faultlines elements of <meta>, in a namespace other readers
// skip; their presence is also how the importer knows a file is one of ours.
//
// Text is written so that XML gives it back as it was: tab, newline and carriage
// return as character references (an XML reader turns them into spaces in
// attributes, and a carriage return into a newline anywhere). What XML 1.0
// cannot hold at all is the one loss, taken from every string of the dataset
// alike (so that an id and the references to it stay equal, whether written as
// XML or as JSON): control characters other than those three, U+FFFE and
// U+FFFF are dropped, and a lone surrogate half (which no UTF-8 file can hold)
// becomes U+FFFD.

import { firstDay, formatDay, lastDay, ONGOING_LITERAL, parsePartialDate } from '../model/dates';
import type { Actor, Dataset } from '../model/types';
import { xmlEscape } from './xml';

const NODE_ATTRIBUTES = ['kind', 'short', 'aliases', 'country', 'description'] as const;
const EDGE_ATTRIBUTES = [
  'relation_id',
  'type',
  'status',
  'mode',
  'once',
  'precision',
  'start_text',
  'end_text',
  'location',
  'note',
  'evidence',
] as const;

/** Namespace of the Faultlines parts GEXF has no place for (the sources); other readers skip it. */
export const FAULTLINES_NS = 'urn:faultlines:gexf';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** The string as XML 1.0 can hold it. */
function xmlText(t: string): string {
  return t.replace(LONE_SURROGATE, '\uFFFD').replace(NOT_XML, '');
}

/** Every string of a dataset as XML can hold it; an object nothing changes in is returned as it is. */
function xmlSafe<T>(v: T): T {
  if (typeof v === 'string') return xmlText(v) as T;
  if (typeof v !== 'object' || v === null) return v;
  let changed = false;
  const entries = Object.entries(v).map(([k, x]) => {
    const safe = xmlSafe(x);
    changed ||= safe !== x;
    return [k, safe] as const;
  });
  if (!changed) return v;
  return (Array.isArray(v) ? entries.map(([, x]) => x) : Object.fromEntries(entries)) as T;
}

/** Element text: markup escaped, a carriage return kept as one. */
function text(t: string): string {
  return xmlEscape(t).replace(/\r/g, '&#13;');
}

/** An attribute value: markup escaped, tab, newline and carriage return kept as themselves. */
function attr(t: string): string {
  return xmlEscape(t).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Values are written even when empty, so that "" reads back as ""; undefined ones are left out. */
function attvalues(ids: readonly string[], values: (string | undefined)[]): string {
  const items = values
    .map((v, k) => (v === undefined ? '' : `<attvalue for="${ids[k]}" value="${attr(v)}"/>`))
    .join('');
  return items ? `<attvalues>${items}</attvalues>` : '';
}

function dayBounds(start?: string, end?: string): { start?: string; end?: string } {
  if (start === undefined) return {};
  const s = parsePartialDate(start);
  if (!s.ok) return {};
  const from = formatDay(firstDay(s.date));
  if (end === ONGOING_LITERAL) return { start: from };
  const e = parsePartialDate(end ?? start);
  return e.ok ? { start: from, end: formatDay(lastDay(e.date)) } : { start: from };
}

/** The actor's own colour, size and position as GEXF viz elements (r, g, b, which every GEXF version reads). */
function vizOf(a: Actor): string {
  let out = '';
  const colour = a.colour;
  if (colour !== undefined) {
    const [r, g, b] = [1, 3, 5].map((k) => parseInt(colour.slice(k, k + 2), 16));
    out += `<viz:color r="${r}" g="${g}" b="${b}"/>`;
  }
  if (a.size !== undefined) out += `<viz:size value="${a.size}"/>`;
  if (a.x !== undefined && a.y !== undefined) out += `<viz:position x="${a.x}" y="${a.y}" z="0"/>`;
  return out;
}

const json = (value: unknown) => JSON.stringify(value);

/** A Faultlines element of <meta> holding `value` as JSON. */
function faultlinesElement(name: string, value: unknown): string {
  return `<fl:${name} xmlns:fl="${FAULTLINES_NS}">${text(json(value))}</fl:${name}>`;
}

function metaOf(d: Dataset): string {
  const updated = d.meta.updated === undefined ? '' : ` lastmodifieddate="${attr(d.meta.updated)}"`;
  const description = d.meta.description === undefined ? '' : `<description>${text(d.meta.description)}</description>`;
  const own = [
    faultlinesElement('sources', d.sources),
    d.relationTypes === undefined ? '' : faultlinesElement('relationTypes', d.relationTypes),
    d.$schema === undefined ? '' : faultlinesElement('schema', d.$schema),
  ].join('');
  return `<meta${updated}><creator>Faultlines</creator><title>${text(d.meta.title)}</title>${description}${own}</meta>`;
}

export function datasetToGexf(dataset: Dataset): string {
  const d = xmlSafe(dataset);
  const lines: string[] = [];
  lines.push('<?xml version="1.0" encoding="UTF-8"?>');
  lines.push('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">');
  lines.push(metaOf(d));
  lines.push('<graph defaultedgetype="directed" mode="dynamic" timeformat="date">');
  lines.push('<attributes class="node">');
  NODE_ATTRIBUTES.forEach((a) => lines.push(`<attribute id="${a}" title="${a}" type="string"/>`));
  lines.push('</attributes>');
  lines.push('<attributes class="edge">');
  // once is true or false (GEXF's boolean, as Gephi shows it); the rest is text
  EDGE_ATTRIBUTES.forEach((a) =>
    lines.push(`<attribute id="${a}" title="${a}" type="${a === 'once' ? 'boolean' : 'string'}"/>`),
  );
  lines.push('</attributes>');
  lines.push('<nodes>');
  for (const a of d.actors) {
    // aliases as a JSON list: an alias may hold "|" or be empty
    const aliases = a.aliases === undefined ? undefined : json(a.aliases);
    lines.push(
      `<node id="${attr(a.id)}" label="${attr(a.label)}">${attvalues(NODE_ATTRIBUTES, [a.kind, a.short, aliases, a.country, a.description])}${vizOf(a)}</node>`,
    );
  }
  lines.push('</nodes>');
  lines.push('<edges>');
  d.relations.forEach((r, i) => {
    const { start, end } = dayBounds(r.start, r.end);
    const span = `${start ? ` start="${start}"` : ''}${end ? ` end="${end}"` : ''}`;
    const parsed = r.start === undefined ? null : parsePartialDate(r.start);
    const precision = parsed?.ok ? parsed.date.precision : undefined;
    const values = [
      r.id,
      r.type,
      r.status,
      r.mode,
      r.once === undefined ? undefined : String(r.once),
      precision,
      r.start,
      r.end,
      r.location,
      r.note,
      r.evidence === undefined ? undefined : json(r.evidence),
    ];
    lines.push(
      `<edge id="e${i}" source="${attr(r.source)}" target="${attr(r.target)}" label="${attr(r.type)}"${span}>${attvalues(EDGE_ATTRIBUTES, values)}</edge>`,
    );
  });
  lines.push('</edges>');
  lines.push('</graph>');
  lines.push('</gexf>');
  return `${lines.join('\n')}\n`;
}
