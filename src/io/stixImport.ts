// Reading a STIX 2.1 bundle ({"type": "bundle", "id", "objects": [...]}) into a
// faultlines/1 dataset. The actor-like objects (threat-actor, intrusion-set,
// identity, campaign) become actors; relationships between two of them become
// relations, their start_time and stop_time the dates and their external
// references the sources and supporting evidence; opinions on a relationship
// become evidence that supports (agree, strongly-agree) or disputes (disagree,
// strongly-disagree) it. A located-at or originates-from relationship from an
// actor to a location gives the actor the location's country. Other objects
// (malware, tool, attack-pattern, indicator, sighting...) are left out, said
// once per type, and so are the relationships that reach them.
//
// A bundle the STIX export (stixExport.ts) wrote carries a report whose
// x_faultlines_format is "faultlines/1" (the title, sources and relation types)
// and x_faultlines_* properties that give back what STIX has no place for (the
// dataset's ids, kinds, partial dates, status, mode, once); they are read wherever
// present, and the validator checks them.
//
// Never throws; every problem says where ("objects[12]", the property) and what
// was expected.

import { ONGOING_LITERAL, parsePartialDate, relationInterval } from '../model/dates';
import type { Problem, ProblemList } from '../model/problems';
import { BUILTIN_TYPES, GENERIC_TYPE, type RelationType } from '../model/relationTypes';
import {
  ACTOR_KINDS,
  FORMAT,
  type Actor,
  type ActorKind,
  type Credibility,
  type Dataset,
  type Evidence,
  type Relation,
  type Source,
} from '../model/types';
import { validateDataset, type Validation } from '../model/validate';
import {
  readerProblems,
  readGuarded,
  sourceSlug,
  UniqueIds,
  unquotedCount,
  withReaderWarnings,
} from './graphFileProblems';
import { findJsonSyntaxError } from './jsonSyntax';

/** The STIX objects read as actors. */
export const STIX_ACTOR_TYPES = ['threat-actor', 'intrusion-set', 'identity', 'campaign'] as const;

/** Relationship types STIX defines between actors, declared when a bundle uses them. */
export const STIX_TYPES: readonly RelationType[] = [
  { id: 'attributed-to', label: 'attributed to', sign: 1, directed: true, kind: 'material' },
  { id: 'targets', label: 'targets', sign: -1, directed: true, kind: 'material' },
  { id: 'uses', label: 'uses', sign: 0, directed: true, kind: 'material' },
  { id: 'authored-by', label: 'authored by', sign: 1, directed: true, kind: 'material' },
  { id: 'located-at', label: 'located at', sign: 0, directed: true, kind: 'material' },
  { id: 'originates-from', label: 'originates from', sign: 0, directed: true, kind: 'material' },
  { id: 'impersonates', label: 'impersonates', sign: -1, directed: true, kind: 'verbal' },
  { id: 'compromises', label: 'compromises', sign: -1, directed: true, kind: 'material' },
].map((t) => ({ ...t, description: `STIX relationship "${t.id}"` }) as RelationType);

/** Opinion values and the stance each gives; "neutral" gives none. */
const STANCE_OF: ReadonlyMap<string, Evidence['stance']> = new Map([
  ['strongly-agree', 'supports'],
  ['agree', 'supports'],
  ['disagree', 'disputes'],
  ['strongly-disagree', 'disputes'],
]);

/** Objects that describe the bundle rather than the world: skipped without a word. */
const SILENT_TYPES = new Set(['marking-definition', 'extension-definition', 'language-content']);

/** STIX confidence (0-100) as Admiralty information credibility (STIX 2.1, appendix A). */
export function credibilityOf(confidence: number): Credibility {
  if (confidence >= 80) return 1;
  if (confidence >= 60) return 2;
  if (confidence >= 40) return 3;
  if (confidence >= 20) return 4;
  return 5;
}

/** Admiralty credibility as STIX confidence (appendix A); 6, "cannot be judged", is no confidence. */
export function confidenceOf(credibility: Credibility): number | undefined {
  return credibility === 6 ? undefined : [90, 70, 50, 30, 10][credibility - 1];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (o: Obj, key: string): string | undefined =>
  Object.hasOwn(o, key) && typeof o[key] === 'string' ? (o[key] as string) : undefined;
const own = (o: Obj, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const shown = (t: string) => JSON.stringify(t.length > 40 ? `${t.slice(0, 40)}…` : t);
const COUNTRY = /^[A-Z]{2}$/;
/** A value of the file as a warning shows it; a list or an object only by its kind (it may be nested deep). */
const described = (v: unknown): string =>
  typeof v === 'string' ? shown(v) : Array.isArray(v) ? 'a list' : isObj(v) ? 'an object' : String(v);

/** Whether a parsed JSON value is a STIX bundle. */
export function isStixJson(json: unknown): boolean {
  return isObj(json) && json.type === 'bundle' && Array.isArray(json.objects);
}

/** The day of a STIX timestamp ("2016-05-12T08:17:27.000Z"), or undefined. */
export function stixDay(text: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T[0-9:.]+(?:Z|[+-]\d{2}:\d{2})?)?$/.exec(text);
  return m && parsePartialDate(m[1]).ok ? m[1] : undefined;
}

class Tally {
  readonly counts = new Map<string, { count: number; first: string }>();
  add(key: string, example = ''): void {
    const known = this.counts.get(key);
    if (known) known.count++;
    else this.counts.set(key, { count: 1, first: example });
  }
}

interface StixObject {
  o: Obj;
  type: string;
  id: string;
  index: number;
  place: string;
}

export interface StixReadOptions {
  /** most errors (and, separately, warnings) listed; the rest are only counted */
  maxProblems?: number;
}

export function readStixDataset(name: string, text: string, options: StixReadOptions = {}): Validation {
  return readGuarded(name, 'STIX', options.maxProblems, (problems) => readStix(name, text, problems));
}

function lineColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

/** The objects of the bundle by id (the latest version of each), or undefined when it is not a bundle. */
function gatherObjects(
  name: string,
  text: string,
  errors: ProblemList,
  tally: Tally,
): Map<string, StixObject> | undefined {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    const found = findJsonSyntaxError(body);
    const where = found ? ` at ${lineColumn(body, found.offset)}: ${found.message}` : `: ${String(e)}`;
    errors.add([], `not valid JSON${where}`, name);
    return undefined;
  }
  if (!isStixJson(json)) {
    errors.add([], 'not a STIX bundle: expected {"type": "bundle", "id": …, "objects": […]}', name);
    return undefined;
  }
  const objects = new Map<string, StixObject>();
  ((json as Obj).objects as unknown[]).forEach((o, index) => {
    const place = `${name}, objects[${index}]`;
    if (!isObj(o)) {
      errors.add([], 'expected a STIX object: a JSON object with "type" and "id"', place);
      return;
    }
    const type = str(o, 'type');
    const id = str(o, 'id');
    if (!type || !id) {
      errors.add([], `expected a STIX object with a "type" and an "id" such as "${type || 'identity'}--<uuid>"`, place);
      return;
    }
    const label = str(o, 'name') ?? str(o, 'relationship_type') ?? str(o, 'opinion');
    const object: StixObject = { o, type, id, index, place: `${place} (${type}${label ? ` ${shown(label)}` : ''})` };
    const known = objects.get(id);
    if (known) {
      tally.add('versions', object.place);
      // a later version replaces an earlier one: the greater "modified", else the later in the file
      if ((str(o, 'modified') ?? '') < (str(known.o, 'modified') ?? '')) return;
    }
    objects.set(id, object);
  });
  return objects;
}

function readStix(name: string, text: string, problems: ReturnType<typeof readerProblems>): Validation {
  const { cap, errors, warnings, fail } = problems;
  const tally = new Tally();
  const objects = gatherObjects(name, text, errors, tally);
  if (!objects) return fail();

  const live = [...objects.values()].filter((x) => {
    if (own(x.o, 'revoked') === true) {
      tally.add('revoked', x.place);
      return false;
    }
    return true;
  });
  const marker = live.find((x) => x.type === 'report' && str(x.o, 'x_faultlines_format') === FORMAT);

  // ---- what a Faultlines bundle's report carries ----
  const sources: Source[] = [];
  const sourcePlaces: string[] = [];
  const declared: RelationType[] = [];
  if (marker) {
    const listOf = (key: string): unknown[] => {
      const v = own(marker.o, key);
      if (v === undefined) return [];
      if (Array.isArray(v)) return v;
      errors.add([], `"${key}" is not a list`, `${marker.place}, property "${key}"`);
      return [];
    };
    listOf('x_faultlines_sources').forEach((s, k) => {
      sources.push(s as Source);
      sourcePlaces.push(`${marker.place}, x_faultlines_sources[${k}]`);
    });
    for (const t of listOf('x_faultlines_relation_types')) declared.push(t as RelationType);
  }
  const sourceIds = new UniqueIds();
  const faultlinesSources = new Set<string>();
  for (const s of sources) {
    if (isObj(s) && typeof s.id === 'string') {
      sourceIds.take(s.id);
      faultlinesSources.add(s.id);
    }
  }

  // ---- actors ----
  const actors: Actor[] = [];
  const actorPlaces: string[] = [];
  const actorOf = new Map<string, number>();
  const actorIds = new UniqueIds();
  const skipped = new Map<string, number>();
  const relationships: StixObject[] = [];
  const opinions: StixObject[] = [];
  for (const x of live) {
    if ((STIX_ACTOR_TYPES as readonly string[]).includes(x.type)) {
      actorOf.set(x.id, actors.length);
      actors.push(readActor(x, actorIds, tally));
      actorPlaces.push(x.place);
    } else if (x.type === 'relationship') relationships.push(x);
    else if (x.type === 'opinion') opinions.push(x);
    else if (x === marker || SILENT_TYPES.has(x.type)) continue;
    else skipped.set(x.type, (skipped.get(x.type) ?? 0) + 1);
  }
  const foreignReport = live.find((x) => x.type === 'report' && x !== marker && str(x.o, 'name'));

  // ---- sources of external references ----
  const sourceOfKey = new Map<string, string>();
  const sourceOf = (ref: Obj, place: string): string | undefined => {
    const sourceName = str(ref, 'source_name');
    const externalId = str(ref, 'external_id');
    const url = str(ref, 'url');
    if (externalId !== undefined && faultlinesSources.has(externalId)) return externalId;
    if (sourceName === undefined) {
      tally.add('bad-reference', place);
      return undefined;
    }
    const key = url !== undefined ? `url\u0000${url}` : `name\u0000${sourceName}\u0000${externalId ?? ''}`;
    const known = sourceOfKey.get(key);
    if (known !== undefined) return known;
    const title = [sourceName, url, externalId].find((t) => t !== undefined && t.trim() !== '') ?? 'source';
    const id = sourceIds.take(sourceSlug(title));
    const source: Source = { id, title };
    if (url !== undefined) source.url = url;
    sources.push(source);
    sourcePlaces.push(place);
    sourceOfKey.set(key, id);
    return id;
  };
  const confidence = (x: StixObject): Credibility | undefined => {
    const c = own(x.o, 'confidence');
    if (c === undefined) return undefined;
    if (typeof c === 'number' && Number.isInteger(c) && c >= 0 && c <= 100) return credibilityOf(c);
    tally.add('bad-confidence', `${x.place}: ${described(c)}`);
    return undefined;
  };

  // ---- relations ----
  const relations: Relation[] = [];
  const relationPlaces: string[] = [];
  const relationOf = new Map<string, number>();
  const relationIds = new UniqueIds();
  const typeIds = new Set([...BUILTIN_TYPES.map((t) => t.id), ...declared.map((t) => t.id)]);
  const stixTypes = new Map(STIX_TYPES.map((t) => [t.id, t]));
  const added: RelationType[] = [];
  const addedIds = new Set<string>();
  const unknownTypes: string[] = [];
  const typeOf = (relationshipType: string): string => {
    if (typeIds.has(relationshipType) || addedIds.has(relationshipType)) return relationshipType;
    const known = stixTypes.get(relationshipType);
    if (!known) unknownTypes.push(relationshipType);
    added.push(
      known ?? {
        id: relationshipType,
        label: relationshipType.replace(/[-_]+/g, ' ').trim() || relationshipType,
        sign: 0,
        directed: true,
        kind: 'verbal',
        description: `STIX relationship "${relationshipType}", which Faultlines does not know: neutral`,
      },
    );
    addedIds.add(relationshipType);
    return relationshipType;
  };

  for (const x of relationships) {
    const ends: (StixObject | undefined)[] = [];
    for (const end of ['source_ref', 'target_ref']) {
      const ref = str(x.o, end);
      const object = ref === undefined ? undefined : objects.get(ref);
      if (ref === undefined || ref === '')
        errors.add([], `a relationship without "${end}": expected the id of an object in the bundle`, x.place);
      else if (!object)
        errors.add(
          [],
          `object ${shown(ref)} is not in the bundle: expected the id of an object in the bundle`,
          `${x.place}, property "${end}"`,
        );
      ends.push(object);
    }
    const [from, to] = ends;
    if (!from || !to) continue;
    const type = str(x.o, 'relationship_type') ?? '';
    const fromActor = actorOf.get(from.id);
    const toActor = actorOf.get(to.id);
    if (fromActor === undefined || toActor === undefined) {
      const country = str(to.o, 'country')?.trim().toUpperCase();
      if (
        fromActor !== undefined &&
        to.type === 'location' &&
        (type === 'located-at' || type === 'originates-from') &&
        country !== undefined
      ) {
        if (!COUNTRY.test(country)) tally.add('bad-country', `${to.place}: ${shown(country)}`);
        else if (actors[fromActor].country === undefined) actors[fromActor].country = country;
        if (!marker) tally.add('country', x.place);
        continue;
      }
      const unread = [from, to].filter((e) => !actorOf.has(e.id)).map((e) => e.type);
      tally.add(`unread-end\u0000${[...new Set(unread)].join(', ')}`, x.place);
      continue;
    }
    const flType = str(x.o, 'x_faultlines_type');
    let relationType: string;
    if (flType !== undefined && flType !== '') relationType = typeIds.has(flType) ? flType : typeOf(flType);
    else if (type === '') {
      tally.add('untyped', x.place);
      relationType = GENERIC_TYPE;
    } else relationType = typeOf(type);
    const relation: Relation = {
      id: relationIds.take(str(x.o, 'x_faultlines_id') ?? x.id),
      source: actors[fromActor].id,
      target: actors[toActor].id,
      type: relationType,
    };
    const notes: string[] = [];
    const description = str(x.o, 'description');
    if (description !== undefined) notes.push(description);
    Object.assign(relation, datesOf(x, tally, notes));
    for (const key of ['status', 'mode', 'location'] as const) {
      const v = str(x.o, `x_faultlines_${key}`);
      if (v !== undefined) (relation as unknown as Obj)[key] = v;
    }
    // a boolean as written; anything else is given to the validator, which says what it should be
    const once = own(x.o, 'x_faultlines_once');
    if (once !== undefined) (relation as unknown as Obj).once = once;
    const credibility = confidence(x);
    const evidence: Evidence[] = [];
    const refs = own(x.o, 'external_references');
    if (Array.isArray(refs))
      refs.forEach((ref, k) => {
        const at = `${x.place}, external_references[${k}]`;
        if (!isObj(ref)) {
          tally.add('bad-reference', at);
          return;
        }
        const source = sourceOf(ref, at);
        if (source === undefined) return;
        const item: Evidence = { source, stance: 'supports' };
        const quote = str(ref, 'description');
        if (quote !== undefined) item.quote = quote;
        if (credibility !== undefined) item.credibility = credibility;
        evidence.push(item);
      });
    const c = own(x.o, 'confidence');
    if (evidence.length === 0 && typeof c === 'number') notes.push(`STIX confidence ${c}`);
    if (evidence.length) relation.evidence = evidence;
    if (notes.length) relation.note = notes.join('\n');
    relationOf.set(x.id, relations.length);
    relations.push(relation);
    relationPlaces.push(x.place);
  }

  // ---- opinions: evidence on the relationships they name ----
  for (const x of opinions) {
    const value = str(x.o, 'opinion') ?? '';
    const stance = STANCE_OF.get(value);
    if (!stance) {
      tally.add(value === 'neutral' ? 'neutral' : 'bad-opinion', `${x.place}: ${shown(value)}`);
      continue;
    }
    const refs = own(x.o, 'object_refs');
    const targets = Array.isArray(refs) ? refs.filter((r): r is string => typeof r === 'string') : [];
    const onRelations = targets.filter((r) => relationOf.has(r));
    if (onRelations.length < targets.length || targets.length === 0) tally.add('opinion-unread', x.place);
    if (onRelations.length === 0) continue;
    const references = own(x.o, 'external_references');
    const firstRef = Array.isArray(references) ? references.find(isObj) : undefined;
    let source = firstRef ? sourceOf(firstRef, `${x.place}, external_references[0]`) : undefined;
    if (source === undefined) {
      const key = `opinion\u0000${x.id}`;
      source = sourceOfKey.get(key);
      if (source === undefined) {
        source = sourceIds.take(sourceSlug(`opinion ${x.id}`));
        sources.push({ id: source, title: `STIX opinion ${x.id}` });
        sourcePlaces.push(x.place);
        sourceOfKey.set(key, source);
      }
    }
    const item: Evidence = { source, stance };
    const explanation = str(x.o, 'explanation');
    if (explanation !== undefined) item.quote = explanation;
    const creator = str(x.o, 'created_by_ref');
    const creatorActor = creator === undefined ? undefined : actorOf.get(creator);
    const by = str(x.o, 'x_faultlines_by') ?? (creatorActor === undefined ? undefined : actors[creatorActor].id);
    if (by !== undefined) item.by = by;
    const authors = own(x.o, 'authors');
    if (Array.isArray(authors) && authors.length && authors.every((a) => typeof a === 'string'))
      item.speaker = authors.join(', ');
    const credibility = confidence(x);
    if (credibility !== undefined) item.credibility = credibility;
    for (const ref of onRelations) {
      const r = relations[relationOf.get(ref)!];
      (r.evidence ??= []).push({ ...item });
    }
  }

  sayWhatWasLeftOut(name, { warnings, tally, skipped, unknownTypes, marked: marker !== undefined });
  const renamed = relationIds.summary();
  if (renamed)
    warnings.add(
      [],
      renamed.replace(/edges? ha(s|ve)/, (m) => m.replace('edge', 'relationship')),
      name,
    );
  if (errors.count > 0) return fail();

  const meta: Dataset['meta'] = {
    title: (marker ? str(marker.o, 'name') : str(foreignReport?.o ?? {}, 'name')) || titleOf(name),
  };
  if (marker) {
    const description = str(marker.o, 'description');
    if (description !== undefined) meta.description = description;
    const updated = str(marker.o, 'x_faultlines_updated');
    if (updated !== undefined) meta.updated = updated;
  }
  const dataset: Dataset = { format: FORMAT, meta, sources, actors, relations };
  const relationTypes = [...declared, ...added];
  if (relationTypes.length) dataset.relationTypes = relationTypes;

  const v = validateDataset(dataset, { maxProblems: cap });
  const unsourced = relations.filter((r) => !r.evidence?.length).length;
  const unquoted = unquotedCount(relations);
  if (unsourced)
    warnings.add(
      [],
      `${plural(unsourced, 'relation has', 'relations have')} no external reference nor opinion: loaded as unsourced`,
      name,
    );
  if (unquoted)
    warnings.add(
      [],
      `${plural(unquoted, 'evidence item has', 'evidence items have')} no quote (an external reference's description, an opinion's explanation)`,
      name,
    );
  const kept = (p: Problem) => !p.message.startsWith('no evidence') && !p.message.startsWith('no quote');
  const place = (p: Problem): Problem => {
    const [collection, i] = p.path;
    if (typeof i !== 'number') return collection === 'relationTypes' && marker ? { ...p, place: marker.place } : p;
    const at =
      collection === 'actors'
        ? actorPlaces[i]
        : collection === 'relations'
          ? relationPlaces[i]
          : collection === 'sources'
            ? sourcePlaces[i]
            : collection === 'relationTypes' && marker
              ? `${marker.place}, x_faultlines_relation_types`
              : undefined;
    return at === undefined ? p : { ...p, place: at };
  };
  return withReaderWarnings(v, problems, place, kept, unsourced + unquoted);
}

function titleOf(name: string): string {
  return name.replace(/\.(stix2?\.json|stix|json)$/i, '') || name;
}

function readActor(x: StixObject, ids: UniqueIds, tally: Tally): Actor {
  const { o } = x;
  const flKind = str(o, 'x_faultlines_kind');
  const kind = (ACTOR_KINDS as readonly string[]).includes(flKind ?? '') ? (flKind as ActorKind) : kindOf(x);
  let label = str(o, 'name');
  if (label === undefined || label === '') {
    label = x.id;
    tally.add('unnamed', x.place);
  }
  const flId = str(o, 'x_faultlines_id');
  const actor: Actor = { id: ids.take(flId !== undefined && flId !== '' ? flId : x.id), label, kind };
  const ours = flId !== undefined;
  const aliasList = [own(o, 'aliases'), own(o, 'x_opencti_aliases'), own(o, 'x_mitre_aliases')].find(Array.isArray);
  if (aliasList) {
    const strings = aliasList.filter((a): a is string => typeof a === 'string');
    if (ours) actor.aliases = strings;
    else {
      const seen = new Set([label]);
      const aliases = strings.filter((a) => a.trim() !== '' && !seen.has(a) && Boolean(seen.add(a)));
      if (aliases.length) actor.aliases = aliases;
    }
  }
  const short = str(o, 'x_faultlines_short');
  if (short !== undefined) actor.short = short;
  const description = str(o, 'description');
  if (description !== undefined && (ours || description.trim() !== '')) actor.description = description;
  return actor;
}

/** The kind of an actor-like object that does not carry its own (x_faultlines_kind). */
function kindOf(x: StixObject): ActorKind {
  if (x.type === 'threat-actor' || x.type === 'intrusion-set') return 'armed-group';
  if (x.type === 'campaign') return 'organisation';
  const identityClass = str(x.o, 'identity_class');
  if (identityClass === 'individual') return 'person';
  if (identityClass === 'group') return 'armed-group';
  const sectors = own(x.o, 'sectors');
  if (
    identityClass === 'organization' &&
    Array.isArray(sectors) &&
    sectors.some((s) => typeof s === 'string' && s.startsWith('government'))
  )
    return 'state-institution';
  return 'organisation';
}

/**
 * A relationship's dates: a Faultlines bundle's own partial dates (x_faultlines_start, _end) where
 * given, else the days of start_time and stop_time; a start without a stop runs on ("ongoing"), as
 * STIX puts no bound on the latest time of a relationship without stop_time.
 */
function datesOf(x: StixObject, tally: Tally, notes: string[]): { start?: string; end?: string } {
  const flStart = str(x.o, 'x_faultlines_start');
  const flEnd = str(x.o, 'x_faultlines_end');
  if (str(x.o, 'x_faultlines_id') !== undefined || flStart !== undefined || flEnd !== undefined) {
    const out: { start?: string; end?: string } = {};
    if (flStart !== undefined) out.start = flStart;
    if (flEnd !== undefined) out.end = flEnd;
    return out;
  }
  const day = (key: string): string | undefined => {
    const v = own(x.o, key);
    if (v === undefined) return undefined;
    const d = typeof v === 'string' ? stixDay(v) : undefined;
    if (d === undefined) tally.add('bad-date', `${x.place}, property "${key}": ${described(v)}`);
    return d;
  };
  const start = day('start_time');
  const stop = day('stop_time');
  if (start === undefined) {
    if (stop !== undefined) {
      tally.add('stop-only', x.place);
      notes.push(`STIX stop_time ${stop} (no start_time)`);
    }
    return {};
  }
  if (stop === undefined) return { start, end: ONGOING_LITERAL };
  if (!relationInterval(start, stop).ok) {
    tally.add('stop-before-start', `${x.place}: ${start} to ${stop}`);
    return { start };
  }
  return { start, end: stop };
}

function sayWhatWasLeftOut(
  name: string,
  r: { warnings: ProblemList; tally: Tally; skipped: Map<string, number>; unknownTypes: string[]; marked: boolean },
): void {
  const { warnings, tally } = r;
  const say = (key: string, message: (n: number, first: string) => string) => {
    const t = tally.counts.get(key);
    if (t) warnings.add([], message(t.count, t.first), name);
  };
  for (const [type, n] of r.skipped) {
    if (type === 'location' && r.marked) continue;
    const what =
      type === 'location'
        ? 'read only for the countries of actors located at them'
        : type === 'report'
          ? 'not read (the first one named gives the dataset its title)'
          : type === 'sighting'
            ? 'not read (a sighting is an observation, not a relation between actors)'
            : 'not read (Faultlines reads threat-actor, intrusion-set, identity and campaign objects as actors, relationships between them as relations, and opinions on those as evidence)';
    warnings.add([], `${plural(n, `${type} object`, `${type} objects`)}: ${what}`, name);
  }
  for (const [key, { count, first }] of tally.counts) {
    if (!key.startsWith('unread-end\u0000')) continue;
    warnings.add(
      [],
      `${plural(count, 'relationship reaches', 'relationships reach')} an object not read as an actor (${key.slice(11)}): left out (first: ${first})`,
      name,
    );
  }
  if (r.unknownTypes.length)
    warnings.add(
      [],
      `${plural(r.unknownTypes.length, 'relationship type is', 'relationship types are')} not known to Faultlines: declared as neutral (sign 0), directed: ${r.unknownTypes.map(shown).join(', ')}`,
      name,
    );
  say(
    'versions',
    (n, f) =>
      `${plural(n, 'object is', 'objects are')} given in several versions: the latest "modified" is read (first: ${f})`,
  );
  say('revoked', (n, f) => `${plural(n, 'object is', 'objects are')} revoked: not read (first: ${f})`);
  say(
    'country',
    (n, f) =>
      `${plural(n, 'relationship to a location gives', 'relationships to locations give')} an actor its country (first: ${f})`,
  );
  say(
    'bad-country',
    (n, f) =>
      `${plural(n, 'location has', 'locations have')} a country that is not an ISO 3166-1 alpha-2 code: not used (first: ${f})`,
  );
  say('unnamed', (n, f) => `${plural(n, 'actor has', 'actors have')} no name: labelled with the id (first: ${f})`);
  say(
    'untyped',
    (n, f) =>
      `${plural(n, 'relationship has', 'relationships have')} no relationship_type: loaded as "${GENERIC_TYPE}" (first: ${f})`,
  );
  say(
    'bad-date',
    (n, f) =>
      `${plural(n, 'time is', 'times are')} not a STIX timestamp such as "2024-11-27T00:00:00Z": not used (first: ${f})`,
  );
  say(
    'stop-only',
    (n, f) =>
      `${plural(n, 'relationship has', 'relationships have')} a stop_time but no start_time: loaded undated, the stop in its note (first: ${f})`,
  );
  say(
    'stop-before-start',
    (n, f) =>
      `${plural(n, 'relationship stops', 'relationships stop')} before it starts: the stop is left out (first: ${f})`,
  );
  say(
    'bad-reference',
    (n, f) =>
      `${plural(n, 'external reference has', 'external references have')} no source_name: left out (first: ${f})`,
  );
  say(
    'bad-confidence',
    (n, f) => `${plural(n, 'confidence is', 'confidences are')} not an integer from 0 to 100: not used (first: ${f})`,
  );
  say(
    'neutral',
    (n, f) =>
      `${plural(n, 'opinion is', 'opinions are')} neutral: neither supports nor disputes, left out (first: ${f})`,
  );
  say(
    'bad-opinion',
    (n, f) =>
      `${plural(n, 'opinion is', 'opinions are')} not one of strongly-agree, agree, neutral, disagree, strongly-disagree: left out (first: ${f})`,
  );
  say(
    'opinion-unread',
    (n, f) =>
      `${plural(n, 'opinion names', 'opinions name')} objects that are not relationships read as relations: those are left out (first: ${f})`,
  );
}
