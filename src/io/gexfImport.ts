// Reading GEXF 1.2 and 1.3 into a faultlines/1 dataset, with the dates
// graphology-gexf drops: an edge's start/end attributes or each of its spells
// become a relation interval. Attributes the GEXF export writes (type, status,
// the partial dates, evidence, the sources) are read back whole, and so is each
// node's viz colour, size and position (gexfViz.ts); anything else
// becomes an undated, generic, unsourced relation, and the reader says what it
// could not map. The XML is read as a stream (gexfElements.ts): no tree.

import type { Problem } from '../model/problems';
import { GENERIC_TYPE } from '../model/relationTypes';
import {
  ACTOR_KINDS,
  FORMAT,
  type Actor,
  type ActorKind,
  type Dataset,
  type Relation,
  type Source,
} from '../model/types';
import { validateDataset, type Validation } from '../model/validate';
import { addUndeclaredEnds, placeByLine, readerProblems, withReaderWarnings } from './graphFileProblems';
import { SkippedValues } from './appearance';
import { gatherGexf, type GexfAttributeDef } from './gexfElements';
import { readNodeViz } from './gexfViz';

/** Attribute titles by id (a missing title is the id), each with its default. */
function attributeDefs(list: GexfAttributeDef[]): Map<string, { title: string; fallback?: string }> {
  const defs = new Map<string, { title: string; fallback?: string }>();
  for (const { attributes: a, fallback } of list) defs.set(a.id ?? '', { title: a.title || a.id || '', fallback });
  return defs;
}

/** An element's attribute values by title (then by id), defaults filled in. */
function values(attvalues: string[], defs: ReturnType<typeof attributeDefs>): Map<string, string> {
  const out = new Map<string, string>();
  for (const def of defs.values()) if (def.fallback !== undefined) out.set(def.title, def.fallback);
  for (let k = 0; k < attvalues.length; k += 2) {
    const key = attvalues[k];
    out.set(defs.get(key)?.title ?? key, attvalues[k + 1]);
  }
  return out;
}

/** The day part of a GEXF date or dateTime ("2024-12-01", "2024-12-01T10:00:00"). */
function isoDay(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const m = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)/.exec(text.trim());
  return m ? m[1] : undefined;
}

/** A relation's interval from an <edge>'s or a <spell>'s start (else startopen) and end (else endopen). */
function span(start: string | undefined, end: string | undefined): { start?: string; end?: string } {
  const first = isoDay(start);
  return { start: first, end: first ? (isoDay(end) ?? 'ongoing') : undefined };
}

function describe(tag: string, e: { id?: string; line: number }): string {
  return `line ${e.line}, ${e.id === undefined ? `<${tag}>` : `<${tag} id="${e.id}">`}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function readGexfDataset(name: string, text: string, options: { maxProblems?: number } = {}): Validation {
  const problems = readerProblems(options.maxProblems);
  const { cap, errors, warnings, fail } = problems;

  const gexf = gatherGexf(name, text);
  if ('message' in gexf) {
    errors.add(gexf.path, gexf.message, gexf.place);
    return fail();
  }
  for (const w of gexf.warnings) warnings.add(w.path, w.message, w.place);
  // GEXF's default is "date"
  const timeformat = gexf.graph.timeformat || 'date';
  const datesUsable = timeformat === 'date' || timeformat === 'dateTime' || timeformat === 'datetime';
  const nodeDefs = attributeDefs(gexf.nodeDefs);
  const edgeDefs = attributeDefs(gexf.edgeDefs);

  const actors: Actor[] = [];
  // the line each actor's node starts on, for the validator's problems (none for nodes added below)
  const actorLines: (number | undefined)[] = [];
  const actorIds = new Set<string>();
  let nodeDates = 0;
  const skippedViz = new SkippedValues();
  for (const n of gexf.nodes) {
    const id = n.id;
    if (!id) {
      errors.add([], 'a node without an id', `${name}, ${describe('node', n)}`);
      continue;
    }
    const v = values(n.values, nodeDefs);
    const kindText = v.get('kind');
    const kind: ActorKind = (ACTOR_KINDS as readonly string[]).includes(kindText ?? '')
      ? (kindText as ActorKind)
      : 'organisation';
    const actor: Actor = { id, label: n.label || id, kind };
    const short = v.get('short');
    if (short) actor.short = short;
    const aliases = v.get('aliases');
    if (aliases) actor.aliases = aliases.split('|').filter(Boolean);
    const country = v.get('country');
    if (country) actor.country = country;
    const description = v.get('description');
    if (description) actor.description = description;
    Object.assign(actor, readNodeViz(n.viz, id, skippedViz));
    if (n.dated) nodeDates++;
    if (actorIds.has(id)) errors.add([], `duplicate node id "${id}"`, `${name}, ${describe('node', n)}`);
    actorIds.add(id);
    actors.push(actor);
    actorLines.push(n.line);
  }

  const relations: Relation[] = [];
  const relationLines: number[] = [];
  const relationIds = new Set<string>();
  let untyped = 0;
  let undated = 0;
  let unusableDates = 0;
  let unsourced = 0;
  let added = 0;
  gexf.edges.forEach((e, k) => {
    const { source, target } = e;
    if (!source || !target) {
      errors.add([], 'an edge without its source or target', `${name}, ${describe('edge', e)}`);
      return;
    }
    added += addUndeclaredEnds([source, target], { ids: actorIds, actors, lines: actorLines });
    const v = values(e.values, edgeDefs);
    const base: Relation = {
      id: v.get('relation_id') || e.id || `edge-${k}`,
      source,
      target,
      type: v.get('type') || GENERIC_TYPE,
    };
    if (!v.get('type')) untyped++;
    const status = v.get('status');
    if (status) base.status = status as Relation['status'];
    for (const field of ['location', 'note'] as const) {
      const text = v.get(field);
      if (text) base[field] = text;
    }
    const evidenceText = v.get('evidence');
    if (evidenceText) {
      try {
        base.evidence = JSON.parse(evidenceText) as Relation['evidence'];
      } catch {
        errors.add(
          [],
          'the evidence attribute is not JSON: expected the list the GEXF export writes',
          `${name}, ${describe('edge', e)}`,
        );
      }
    } else unsourced++;

    // intervals: the exact partial dates the export wrote, else the edge's start/end, else one per spell
    const spans: { start?: string; end?: string }[] = [];
    const startText = v.get('start_text');
    if (startText) spans.push({ start: startText, end: v.get('end_text') || undefined });
    else if (datesUsable && (e.start || e.end)) spans.push(span(e.start, e.end));
    else if (datesUsable && e.spells)
      for (const a of e.spells) spans.push(span(a.start || a.startopen, a.end || a.endopen));
    if (spans.length === 0) {
      spans.push({});
      if (e.start || e.end || e.spells) unusableDates++;
      else undated++;
    }
    spans.forEach((span, s) => {
      const r: Relation = { ...base, id: spans.length > 1 ? `${base.id}#${s + 1}` : base.id };
      if (span.start) r.start = span.start;
      if (span.start && span.end && span.end !== span.start) r.end = span.end;
      while (relationIds.has(r.id)) r.id = `${r.id}'`;
      relationIds.add(r.id);
      relations.push(r);
      relationLines.push(e.line);
    });
  });

  let sources: Source[] = [];
  const meta = gexf.meta;
  if (meta?.sources !== undefined) {
    try {
      sources = JSON.parse(meta.sources) as Source[];
    } catch {
      errors.add([], 'the Faultlines sources element is not JSON', `${name}, <meta>`);
    }
  } else {
    const cited = new Set(relations.flatMap((r) => (r.evidence ?? []).map((x) => x.source)));
    sources = [...cited].map((id) => ({ id, title: id }));
  }

  // what could not be mapped, said once each rather than per edge
  if (added) warnings.add([], `${plural(added, 'node', 'nodes')} named by edges but not declared: added`, name);
  if (untyped)
    warnings.add(
      [],
      `${plural(untyped, 'edge has', 'edges have')} no relation type: loaded as "${GENERIC_TYPE}"`,
      name,
    );
  if (undated) warnings.add([], `${plural(undated, 'edge has', 'edges have')} no dates: loaded as undated`, name);
  if (unusableDates)
    warnings.add(
      [],
      `${plural(unusableDates, 'edge has', 'edges have')} dates in timeformat "${timeformat}", not calendar dates: loaded as undated`,
      name,
    );
  if (unsourced)
    warnings.add([], `${plural(unsourced, 'edge has', 'edges have')} no evidence: loaded as unsourced`, name);
  if (nodeDates)
    warnings.add(
      [],
      `${plural(nodeDates, 'node has', 'nodes have')} dates: actors have none, so they are not used`,
      name,
    );
  for (const message of skippedViz.messages()) warnings.add([], message, name);
  if (errors.count > 0) return fail();

  const dataset: Dataset = {
    format: FORMAT,
    meta: { title: meta?.title || name.replace(/\.gexf$/i, '') },
    sources,
    actors,
    relations,
  };
  if (meta?.description) dataset.meta.description = meta.description;
  const v = validateDataset(dataset, { maxProblems: cap });
  // the per-relation "no evidence" warnings are summarised above
  const own = (p: Problem) => !(p.message.startsWith('no evidence') && unsourced > 0);
  const place = placeByLine(name, actors, actorLines, relations, relationLines);
  const summarised = unsourced > 0 ? relations.filter((r) => !r.evidence?.length).length : 0;
  return withReaderWarnings(v, problems, place, own, summarised);
}
