// Reading GEXF 1.2 and 1.3 into a faultlines/1 dataset, with the dates
// graphology-gexf drops: an edge's start/end attributes or each of its spells
// become a relation interval (gexfDates.ts reads them strictly). A file the GEXF
// export wrote is read back whole: its attributes (type, status, the partial
// dates, evidence: gexfRelations.ts) and the Faultlines elements of its <meta>
// (sources, relation types). In any other file those attribute names are that
// file's own data, not Faultlines fields; each node's viz colour, size and
// position are read from any (gexfViz.ts). What cannot be mapped becomes an
// undated, generic, unsourced relation, and the reader says so. The XML is read
// as a stream (gexfElements.ts): no tree.

import type { Problem, ProblemList } from '../model/problems';
import { GENERIC_TYPE, type RelationType } from '../model/relationTypes';
import {
  ACTOR_KINDS,
  FORMAT,
  MODES,
  type Actor,
  type ActorKind,
  type Dataset,
  type Relation,
  type Source,
} from '../model/types';
import { validateDataset, type Validation } from '../model/validate';
import { addUndeclaredEnds, placeByLine, readerProblems, UniqueIds, withReaderWarnings } from './graphFileProblems';
import { SkippedValues } from './appearance';
import { gexfDay } from './gexfDates';
import { gatherGexf, type GexfAttributeDef, type GexfMeta } from './gexfElements';
import { describeElement, edgeRelations, EdgeTally } from './gexfRelations';
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

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Whether Faultlines wrote the file: its <meta> holds an element in the Faultlines namespace (the
 * export always writes the sources there), or it declares the edge attribute relation_id, which only
 * Faultlines writes and which Gephi keeps when it saves the file again without that element.
 */
function isFaultlinesFile(meta: GexfMeta | undefined, edgeDefs: ReturnType<typeof attributeDefs>): boolean {
  if (meta?.faultlines) return true;
  for (const def of edgeDefs.values()) if (def.title === 'relation_id') return true;
  return false;
}

/** A list held as JSON in a Faultlines element of <meta> (sources, relation types); undefined when absent. */
function jsonList(text: string | undefined, what: string, name: string, errors: ProblemList): unknown[] | undefined {
  if (text === undefined) return undefined;
  try {
    const list: unknown = JSON.parse(text);
    if (Array.isArray(list)) return list;
  } catch {
    // said below
  }
  errors.add([], `the Faultlines ${what} element is not a JSON list`, `${name}, <meta>`);
  return undefined;
}

/** Aliases: a Faultlines file writes them as a JSON list (older ones joined them with "|"), other files with "|". */
function aliasesOf(text: string, faultlines: boolean): string[] {
  if (faultlines && text.startsWith('[')) {
    try {
      const list: unknown = JSON.parse(text);
      if (Array.isArray(list) && list.every((x) => typeof x === 'string')) return list as string[];
    } catch {
      // an older export's aliases, the first of which starts with "["
    }
  }
  return text.split('|').filter(Boolean);
}

const COUNTRY = /^[A-Z]{2}$/;

/** What a foreign file's attribute would have to be to be used. */
const FOREIGN_READ: Partial<Record<string, string>> = {
  type: 'a built-in relation type',
  status: 'a relation status',
  mode: `a relation mode (${MODES.join(', ')})`,
  once: 'true or false on an edge with dates (a one-off event needs a start, and cannot be ongoing)',
};

export function readGexfDataset(name: string, text: string, options: { maxProblems?: number } = {}): Validation {
  const problems = readerProblems(options.maxProblems);
  try {
    return readGexf(name, text, problems);
  } catch (e) {
    // the reading is written not to throw; this keeps a reader's promise if it does
    problems.errors.add(
      [],
      `the file could not be read (a fault in the GEXF reader): ${e instanceof Error ? e.message : String(e)}`,
      name,
    );
    return problems.fail();
  }
}

function readGexf(name: string, text: string, problems: ReturnType<typeof readerProblems>): Validation {
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
  const meta = gexf.meta;
  const faultlines = isFaultlinesFile(meta, edgeDefs);
  // a Faultlines file's texts are read exactly, an empty one included; in others an empty value is none
  const given = (t: string | undefined): t is string => t !== undefined && (faultlines || t !== '');

  const actors: Actor[] = [];
  // the line each actor's node starts on, for the validator's problems (none for nodes added below)
  const actorLines: (number | undefined)[] = [];
  const actorIds = new Set<string>();
  let nodeDates = 0;
  const skipped = new SkippedValues();
  for (const n of gexf.nodes) {
    const id = n.id;
    if (!id) {
      errors.add([], 'a node without an id', `${name}, ${describeElement('node', n)}`);
      continue;
    }
    const v = values(n.values, nodeDefs);
    const kindText = v.get('kind');
    const kind: ActorKind = (ACTOR_KINDS as readonly string[]).includes(kindText ?? '')
      ? (kindText as ActorKind)
      : 'organisation';
    const actor: Actor = { id, label: n.label || id, kind };
    const short = v.get('short');
    if (given(short)) actor.short = short;
    const aliases = v.get('aliases');
    if (given(aliases)) actor.aliases = aliasesOf(aliases, faultlines);
    const country = v.get('country');
    if (given(country)) {
      // another tool's country may be a name: the validator would refuse the whole file for it
      if (faultlines || COUNTRY.test(country)) actor.country = country;
      else skipped.add('a "country" attribute', id, 'an ISO 3166-1 alpha-2 code such as "SY"');
    }
    const description = v.get('description');
    if (given(description)) actor.description = description;
    Object.assign(actor, readNodeViz(n.viz, id, skipped));
    if (n.dated) nodeDates++;
    if (actorIds.has(id)) errors.add([], `duplicate node id "${id}"`, `${name}, ${describeElement('node', n)}`);
    actorIds.add(id);
    actors.push(actor);
    actorLines.push(n.line);
  }

  const relations: Relation[] = [];
  const relationLines: number[] = [];
  const tally = new EdgeTally();
  const reading = { name, faultlines, datesUsable, errors, warnings, ids: new UniqueIds() };
  let added = 0;
  gexf.edges.forEach((e, k) => {
    const { source, target } = e;
    if (!source || !target) {
      errors.add([], 'an edge without its source or target', `${name}, ${describeElement('edge', e)}`);
      return;
    }
    added += addUndeclaredEnds([source, target], { ids: actorIds, actors, lines: actorLines });
    for (const r of edgeRelations({ ...e, source, target }, k, values(e.values, edgeDefs), reading, tally)) {
      relations.push(r);
      relationLines.push(e.line);
    }
  });

  let sources = jsonList(meta?.sources, 'sources', name, errors) as Source[] | undefined;
  if (sources === undefined) {
    const cited = new Set<string>();
    for (const r of relations) for (const x of r.evidence ?? []) if (typeof x.source === 'string') cited.add(x.source);
    sources = [...cited].map((id) => ({ id, title: id }));
  }
  const relationTypes = jsonList(meta?.relationTypes, 'relationTypes', name, errors) as RelationType[] | undefined;

  // what could not be mapped, said once each rather than per edge
  if (added) warnings.add([], `${plural(added, 'node', 'nodes')} named by edges but not declared: added`, name);
  if (tally.untyped)
    warnings.add(
      [],
      `${plural(tally.untyped, 'edge has', 'edges have')} no relation type: loaded as "${GENERIC_TYPE}"`,
      name,
    );
  // this file's own attributes that share a name with a Faultlines field
  for (const [key, { count, first, place }] of tally.foreign)
    warnings.add(
      [],
      `${plural(count, 'edge has', 'edges have')} a "${key}" attribute of the file's own (first here: "${first.length > 40 ? `${first.slice(0, 40)}…` : first}"), not ${FOREIGN_READ[key] ?? 'read'}: the file was not written by Faultlines (no Faultlines element in its <meta>, no relation_id attribute), so it is left out`,
      place,
    );
  if (tally.undated)
    warnings.add([], `${plural(tally.undated, 'edge has', 'edges have')} no dates: loaded as undated`, name);
  if (tally.unusableDates)
    warnings.add(
      [],
      `${plural(tally.unusableDates, 'edge has', 'edges have')} dates in timeformat "${timeformat}", not calendar dates: loaded as undated`,
      name,
    );
  if (tally.unsourced)
    warnings.add([], `${plural(tally.unsourced, 'edge has', 'edges have')} no evidence: loaded as unsourced`, name);
  const renamed = reading.ids.summary();
  if (renamed) warnings.add([], renamed, name);
  if (nodeDates)
    warnings.add(
      [],
      `${plural(nodeDates, 'node has', 'nodes have')} dates: actors have none, so they are not used`,
      name,
    );
  for (const message of skipped.messages()) warnings.add([], message, name);
  if (errors.count > 0) return fail();

  const dataset: Dataset = {
    format: FORMAT,
    meta: { title: meta?.title || name.replace(/\.gexf$/i, '') },
    sources,
    actors,
    relations,
  };
  if (faultlines && meta?.schema !== undefined) dataset.$schema = meta.schema;
  if (relationTypes) dataset.relationTypes = relationTypes;
  if (given(meta?.description)) dataset.meta.description = meta.description;
  const updated = meta?.lastModified;
  if (faultlines && updated) dataset.meta.updated = updated;
  else if (updated) {
    const day = gexfDay(updated);
    if (day.ok) dataset.meta.updated = day.date;
    else warnings.add([], `${day.message}; not used`, `${name}, <meta>, attribute "lastmodifieddate"`);
  }
  const v = validateDataset(dataset, { maxProblems: cap });
  // the per-relation "no evidence" warnings are summarised above
  const own = (p: Problem) => !(p.message.startsWith('no evidence') && tally.unsourced > 0);
  const place = placeByLine(name, actors, actorLines, relations, relationLines);
  const summarised = tally.unsourced > 0 ? relations.filter((r) => !r.evidence?.length).length : 0;
  return withReaderWarnings(v, problems, place, own, summarised);
}
