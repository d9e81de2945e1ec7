// GEXF 1.3 with one edge per relation, written by hand because graphology-gexf
// writes no dates: each edge carries its interval as start/end (the first and
// last day of its partial dates; an ongoing one has no end, an undated one
// neither), and its type, status, date precision and evidence as attributes, so
// Gephi opens it and the GEXF importer reads the relation back whole.

import { firstDay, formatDay, lastDay, ONGOING_LITERAL, parsePartialDate } from '../model/dates';
import type { Actor, Dataset } from '../model/types';
import { xmlEscape } from './xml';

const NODE_ATTRIBUTES = ['kind', 'short', 'aliases', 'country', 'description'] as const;
const EDGE_ATTRIBUTES = [
  'relation_id',
  'type',
  'status',
  'precision',
  'start_text',
  'end_text',
  'location',
  'note',
  'evidence',
] as const;

/** Namespace of the Faultlines parts GEXF has no place for (the sources); other readers skip it. */
export const FAULTLINES_NS = 'urn:faultlines:gexf';

function attvalues(ids: readonly string[], values: (string | undefined)[]): string {
  const items = values
    .map((v, k) => (v === undefined || v === '' ? '' : `<attvalue for="${ids[k]}" value="${xmlEscape(v)}"/>`))
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

export function datasetToGexf(d: Dataset): string {
  const lines: string[] = [];
  lines.push('<?xml version="1.0" encoding="UTF-8"?>');
  lines.push('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">');
  lines.push(
    `<meta lastmodifieddate="${xmlEscape(d.meta.updated ?? '')}"><creator>Faultlines</creator><title>${xmlEscape(d.meta.title)}</title>${d.meta.description ? `<description>${xmlEscape(d.meta.description)}</description>` : ''}<fl:sources xmlns:fl="${FAULTLINES_NS}">${xmlEscape(JSON.stringify(d.sources))}</fl:sources></meta>`,
  );
  lines.push('<graph defaultedgetype="directed" mode="dynamic" timeformat="date">');
  lines.push('<attributes class="node">');
  NODE_ATTRIBUTES.forEach((a) => lines.push(`<attribute id="${a}" title="${a}" type="string"/>`));
  lines.push('</attributes>');
  lines.push('<attributes class="edge">');
  EDGE_ATTRIBUTES.forEach((a) => lines.push(`<attribute id="${a}" title="${a}" type="string"/>`));
  lines.push('</attributes>');
  lines.push('<nodes>');
  for (const a of d.actors) {
    const viz = vizOf(a);
    lines.push(
      `<node id="${xmlEscape(a.id)}" label="${xmlEscape(a.label)}">${attvalues(NODE_ATTRIBUTES, [a.kind, a.short, a.aliases?.join('|'), a.country, a.description])}${viz}</node>`,
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
      precision,
      r.start,
      r.end,
      r.location,
      r.note,
      r.evidence && r.evidence.length ? JSON.stringify(r.evidence) : undefined,
    ];
    lines.push(
      `<edge id="e${i}" source="${xmlEscape(r.source)}" target="${xmlEscape(r.target)}" label="${xmlEscape(r.type)}"${span}>${attvalues(EDGE_ATTRIBUTES, values)}</edge>`,
    );
  });
  lines.push('</edges>');
  lines.push('</graph>');
  lines.push('</gexf>');
  return `${lines.join('\n')}\n`;
}
