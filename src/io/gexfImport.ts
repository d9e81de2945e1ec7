// Reading GEXF 1.2 and 1.3 into a faultlines/1 dataset, with the dates
// graphology-gexf drops: an edge's start/end attributes or each of its spells
// become a relation interval. Attributes the GEXF export writes (type, status,
// the partial dates, evidence, the sources) are read back whole, and so is each
// node's viz colour, size and position (gexfViz.ts); anything else
// becomes an undated, generic, unsourced relation, and the reader says what it
// could not map. Parsed with @xmldom/xmldom: workers have no DOMParser.

// xmldom's types borrow the DOM's Node and Element; nothing here touches a page.
import { DOMParser } from '@xmldom/xmldom';
import { ProblemList, type Problem } from '../model/problems';
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
import { FAULTLINES_NS } from './gexfExport';
import { SkippedValues } from './appearance';
import { readNodeViz } from './gexfViz';

interface AttributeDef {
  title: string;
  fallback?: string;
}

function children(el: Element, name: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && ((n as Element).localName === name || (n as Element).nodeName === name))
      out.push(n as Element);
  }
  return out;
}

function first(el: Element, name: string): Element | undefined {
  return children(el, name)[0];
}

function attributeDefs(graph: Element, cls: 'node' | 'edge'): Map<string, AttributeDef> {
  const defs = new Map<string, AttributeDef>();
  for (const block of children(graph, 'attributes')) {
    if (block.getAttribute('class') !== cls) continue;
    for (const a of children(block, 'attribute')) {
      const fallback = first(a, 'default')?.textContent ?? undefined;
      defs.set(a.getAttribute('id') ?? '', { title: a.getAttribute('title') ?? a.getAttribute('id') ?? '', fallback });
    }
  }
  return defs;
}

/** An element's attribute values by title (then by id), defaults filled in. */
function values(el: Element, defs: Map<string, AttributeDef>): Map<string, string> {
  const out = new Map<string, string>();
  for (const def of defs.values()) if (def.fallback !== undefined) out.set(def.title, def.fallback);
  const block = first(el, 'attvalues');
  for (const v of block ? children(block, 'attvalue') : []) {
    const key = v.getAttribute('for') ?? v.getAttribute('id') ?? '';
    out.set(defs.get(key)?.title ?? key, v.getAttribute('value') ?? '');
  }
  return out;
}

/** The day part of a GEXF date or dateTime ("2024-12-01", "2024-12-01T10:00:00"). */
function isoDay(text: string | null): string | undefined {
  if (!text) return undefined;
  const m = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)/.exec(text.trim());
  return m ? m[1] : undefined;
}

function describe(el: Element): string {
  const id = el.getAttribute('id');
  return id === null ? `<${el.nodeName}>` : `<${el.nodeName} id="${id}">`;
}

export function readGexfDataset(name: string, text: string, options: { maxProblems?: number } = {}): Validation {
  const cap = options.maxProblems ?? 1000;
  const errors = new ProblemList(cap);
  const warnings = new ProblemList(cap);
  const fail = (): Validation => ({
    ok: false,
    errors: errors.items,
    errorCount: errors.count,
    warnings: warnings.items,
    warningCount: warnings.count,
  });

  const doc = new DOMParser({
    errorHandler: (level: string, message: unknown) => {
      if (level !== 'warning') errors.add([], `not valid XML: ${String(message).split('\n')[0]}`, name);
    },
  }).parseFromString(text, 'text/xml');
  if (errors.count > 0) return fail();
  const root = doc.documentElement;
  const graph = root ? first(root, 'graph') : undefined;
  if (!root || root.localName !== 'gexf' || !graph) {
    errors.add([], 'not a GEXF file: expected a <gexf> element holding a <graph>', name);
    return fail();
  }
  // xmldom gives "" for an absent attribute; GEXF's default is "date"
  const timeformat = graph.getAttribute('timeformat') || 'date';
  const datesUsable = timeformat === 'date' || timeformat === 'dateTime' || timeformat === 'datetime';
  const nodeDefs = attributeDefs(graph, 'node');
  const edgeDefs = attributeDefs(graph, 'edge');

  const actors: Actor[] = [];
  const actorIds = new Set<string>();
  let nodeDates = 0;
  const skippedViz = new SkippedValues();
  const nodesEl = first(graph, 'nodes');
  for (const n of nodesEl ? children(nodesEl, 'node') : []) {
    const id = n.getAttribute('id');
    if (!id) {
      errors.add([], 'a node without an id', `${name}, ${describe(n)}`);
      continue;
    }
    const v = values(n, nodeDefs);
    const kindText = v.get('kind');
    const kind: ActorKind = (ACTOR_KINDS as readonly string[]).includes(kindText ?? '')
      ? (kindText as ActorKind)
      : 'organisation';
    const actor: Actor = { id, label: n.getAttribute('label') || id, kind };
    const short = v.get('short');
    if (short) actor.short = short;
    const aliases = v.get('aliases');
    if (aliases) actor.aliases = aliases.split('|').filter(Boolean);
    const country = v.get('country');
    if (country) actor.country = country;
    const description = v.get('description');
    if (description) actor.description = description;
    Object.assign(actor, readNodeViz(n, id, skippedViz));
    if (n.getAttribute('start') || n.getAttribute('end') || first(n, 'spells')) nodeDates++;
    if (actorIds.has(id)) errors.add([], `duplicate node id "${id}"`, `${name}, ${describe(n)}`);
    actorIds.add(id);
    actors.push(actor);
  }

  const relations: Relation[] = [];
  const relationIds = new Set<string>();
  let untyped = 0;
  let undated = 0;
  let unusableDates = 0;
  let unsourced = 0;
  let added = 0;
  const edgesEl = first(graph, 'edges');
  const edgeList = edgesEl ? children(edgesEl, 'edge') : [];
  edgeList.forEach((e, k) => {
    const source = e.getAttribute('source');
    const target = e.getAttribute('target');
    if (!source || !target) {
      errors.add([], 'an edge without its source or target', `${name}, ${describe(e)}`);
      return;
    }
    for (const end of [source, target]) {
      if (actorIds.has(end)) continue;
      // edges may name nodes the file does not declare: they are added, as Gephi does
      actorIds.add(end);
      actors.push({ id: end, label: end, kind: 'organisation' });
      added++;
    }
    const v = values(e, edgeDefs);
    const base: Relation = {
      id: v.get('relation_id') || e.getAttribute('id') || `edge-${k}`,
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
          `${name}, ${describe(e)}`,
        );
      }
    } else unsourced++;

    // intervals: the exact partial dates the export wrote, else the edge's start/end, else one per spell
    const spans: { start?: string; end?: string }[] = [];
    const startText = v.get('start_text');
    if (startText) spans.push({ start: startText, end: v.get('end_text') || undefined });
    else if (datesUsable && (e.getAttribute('start') || e.getAttribute('end'))) {
      const start = isoDay(e.getAttribute('start') ?? e.getAttribute('startopen'));
      const end = isoDay(e.getAttribute('end') ?? e.getAttribute('endopen'));
      spans.push({ start, end: start ? (end ?? 'ongoing') : undefined });
    } else if (datesUsable && first(e, 'spells')) {
      for (const spell of children(first(e, 'spells') as Element, 'spell')) {
        const start = isoDay(spell.getAttribute('start') ?? spell.getAttribute('startopen'));
        const end = isoDay(spell.getAttribute('end') ?? spell.getAttribute('endopen'));
        spans.push({ start, end: start ? (end ?? 'ongoing') : undefined });
      }
    }
    if (spans.length === 0) {
      spans.push({});
      const dated = e.getAttribute('start') || e.getAttribute('end') || first(e, 'spells');
      if (dated) unusableDates++;
      else undated++;
    }
    spans.forEach((span, s) => {
      const r: Relation = { ...base, id: spans.length > 1 ? `${base.id}#${s + 1}` : base.id };
      if (span.start) r.start = span.start;
      if (span.start && span.end && span.end !== span.start) r.end = span.end;
      while (relationIds.has(r.id)) r.id = `${r.id}'`;
      relationIds.add(r.id);
      relations.push(r);
    });
  });

  let sources: Source[] = [];
  const meta = root ? first(root, 'meta') : undefined;
  const sourcesEl = meta
    ? (meta.getElementsByTagNameNS(FAULTLINES_NS, 'sources')[0] as Element | undefined)
    : undefined;
  if (sourcesEl) {
    try {
      sources = JSON.parse(sourcesEl.textContent ?? '[]') as Source[];
    } catch {
      errors.add([], 'the Faultlines sources element is not JSON', `${name}, <meta>`);
    }
  } else {
    const cited = new Set(relations.flatMap((r) => (r.evidence ?? []).map((x) => x.source)));
    sources = [...cited].map((id) => ({ id, title: id }));
  }

  // what could not be mapped, said once each rather than per edge
  if (added) warnings.add([], `${added} node${added === 1 ? '' : 's'} named by edges but not declared: added`, name);
  if (untyped)
    warnings.add(
      [],
      `${untyped} edge${untyped === 1 ? ' has' : 's have'} no relation type: loaded as "${GENERIC_TYPE}"`,
      name,
    );
  if (undated)
    warnings.add([], `${undated} edge${undated === 1 ? ' has' : 's have'} no dates: loaded as undated`, name);
  if (unusableDates)
    warnings.add(
      [],
      `${unusableDates} edge${unusableDates === 1 ? ' has' : 's have'} dates in timeformat "${timeformat}", not calendar dates: loaded as undated`,
      name,
    );
  if (unsourced)
    warnings.add([], `${unsourced} edge${unsourced === 1 ? ' has' : 's have'} no evidence: loaded as unsourced`, name);
  if (nodeDates)
    warnings.add(
      [],
      `${nodeDates} node${nodeDates === 1 ? ' has' : 's have'} dates: actors have none, so they are not used`,
      name,
    );
  for (const message of skippedViz.messages()) warnings.add([], message, name);
  if (errors.count > 0) return fail();

  const title = meta ? (first(meta, 'title')?.textContent ?? '') : '';
  const description = meta ? (first(meta, 'description')?.textContent ?? '') : '';
  const dataset: Dataset = {
    format: FORMAT,
    meta: { title: title || name.replace(/\.gexf$/i, '') },
    sources,
    actors,
    relations,
  };
  if (description) dataset.meta.description = description;
  const v = validateDataset(dataset, { maxProblems: cap });
  // the per-relation "no evidence" warnings are summarised above
  const own = (p: Problem) => !(p.message.startsWith('no evidence') && unsourced > 0);
  const place = (p: Problem): Problem => {
    const [collection, i] = p.path;
    if (collection === 'relations' && typeof i === 'number')
      return { ...p, place: `${name}, edge of relation "${relations[i].id}"` };
    if (collection === 'actors' && typeof i === 'number') return { ...p, place: `${name}, node "${actors[i].id}"` };
    return p;
  };
  const kept = v.warnings.filter(own);
  const summarised = unsourced > 0 ? relations.filter((r) => !r.evidence?.length).length : 0;
  const warningCount = warnings.count + v.warningCount - summarised;
  const merged = { warnings: [...warnings.items, ...kept.map(place)].slice(0, cap), warningCount };
  if (!v.ok) return { ...v, errors: v.errors.map(place), ...merged };
  return { ...v, ...merged };
}
