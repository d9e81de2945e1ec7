// Reading FollowTheMoney (FtM) entities, as Aleph and OpenSanctions write them:
// JSON lines (one {"id", "schema", "properties"} a line) or a JSON array of them,
// each property a list of strings. Person, Organization, Company, LegalEntity and
// PublicBody become actors; the interval schemas that link two of them
// (Membership, Directorship, Ownership, Associate, Family, Occupancy,
// UnknownLink) become dated relations whose proof documents, source links and
// publishers are their evidence. Other schemas are left out, said once each.
//
// A file the FtM export (ftmExport.ts) wrote is known by its dataset entity
// (FTM_MARKER_ID, a Document whose generator is "Faultlines"): its entity ids
// are decoded back to the dataset's ids, its sources, title and relation types
// are read from it, and its texts are taken exactly. In any other file ids stay
// the file's own.
//
// Never throws; every problem says where (file, line or array index, entity,
// property) and what was expected. Entities given in several lines (fragments)
// are merged, as FtM does.

import { firstDay, lastDay, ONGOING_LITERAL, parsePartialDate, relationInterval } from '../model/dates';
import type { Problem, ProblemList } from '../model/problems';
import { BUILTIN_TYPES, GENERIC_TYPE, type RelationType } from '../model/relationTypes';
import {
  ACTOR_KINDS,
  FORMAT,
  type Actor,
  type ActorKind,
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

// ---- what the export writes, shared with ftmExport.ts ----

/** Prefixes of the entity ids the export writes, so that an actor, a relation and a source of one id stay apart. */
export const FTM_PREFIX = { actor: 'fl-a-', relation: 'fl-r-', source: 'fl-d-', post: 'fl-p-' } as const;
/** Id of the Document that says the file was written by Faultlines and carries its title and relation types. */
export const FTM_MARKER_ID = 'fl-dataset';
export const FTM_GENERATOR = 'Faultlines';
/** A `keywords` value that keeps an actor's kind where the schema cannot: "faultlines:kind=armed-group". */
export const FTM_KIND_KEYWORD = 'faultlines:kind=';

/** The types FtM relationships are read as, beyond the built-in member-of and related-to. */
export const FTM_TYPES: readonly RelationType[] = [
  {
    id: 'directs',
    label: 'directs',
    sign: 1,
    directed: true,
    kind: 'material',
    description: 'director of an organisation (FtM Directorship)',
  },
  {
    id: 'owns',
    label: 'owns',
    sign: 1,
    directed: true,
    kind: 'material',
    description: 'owner of an asset or a share of it (FtM Ownership)',
  },
  {
    id: 'associate-of',
    label: 'associate of',
    sign: 0,
    directed: false,
    kind: 'verbal',
    description: 'a non-family association between two people (FtM Associate)',
  },
  {
    id: 'family-of',
    label: 'family of',
    sign: 0,
    directed: false,
    kind: 'material',
    description: 'relatives (FtM Family)',
  },
  {
    id: 'holds-post',
    label: 'holds a post in',
    sign: 1,
    directed: true,
    kind: 'material',
    description: 'holds a post (an FtM Position) in an organisation (FtM Occupancy)',
  },
];

/** The FtM schemas read as relations: the property each end is named by, and the type. */
export const FTM_LINKS: ReadonlyMap<string, { from: string; to: string; type: string }> = new Map([
  ['Membership', { from: 'member', to: 'organization', type: 'member-of' }],
  ['Directorship', { from: 'director', to: 'organization', type: 'directs' }],
  ['Ownership', { from: 'owner', to: 'asset', type: 'owns' }],
  ['Associate', { from: 'person', to: 'associate', type: 'associate-of' }],
  ['Family', { from: 'person', to: 'relative', type: 'family-of' }],
  ['Occupancy', { from: 'holder', to: 'post', type: 'holds-post' }],
  ['UnknownLink', { from: 'subject', to: 'object', type: GENERIC_TYPE }],
]);

/** The FtM schemas read as actors, with the kind each gives (a kind keyword overrides it). */
export const FTM_ACTOR_KINDS: ReadonlyMap<string, ActorKind> = new Map<string, ActorKind>([
  ['Person', 'person'],
  ['Organization', 'organisation'],
  ['Company', 'organisation'],
  ['LegalEntity', 'organisation'],
  ['PublicBody', 'state-institution'],
]);

/** Document and its kinds: read as sources where a relation cites them as proof. */
const DOCUMENT_SCHEMAS = new Set([
  'Document',
  'Pages',
  'PlainText',
  'HyperText',
  'Folder',
  'Package',
  'Workbook',
  'Image',
  'Video',
  'Audio',
  'Email',
  'Table',
  'Article',
]);

const ID_KEPT = /[0-9A-Za-z-]/;

/** Most relations one link entity becomes (one per pair of its ends' entities). */
const MAX_PAIRS = 10_000;

/**
 * An FtM entity id for a dataset id: FtM ids hold only letters, digits, "." and "-" and end in a
 * letter or digit, so every other UTF-16 unit (and a last "-") is written ".<hex>x": "Syrian Army"
 * becomes "fl-a-Syrian.20xArmy". Reversible: "." appears only in these escapes.
 */
export function encodeFtmId(prefix: string, id: string): string {
  let out = prefix;
  for (let i = 0; i < id.length; i++) {
    const c = id[i];
    const last = i === id.length - 1;
    out += ID_KEPT.test(c) && !(last && c === '-') ? c : `.${c.charCodeAt(0).toString(16)}x`;
  }
  return out;
}

/** The dataset id an encoded entity id stands for; an id without the prefix is returned as it is. */
export function decodeFtmId(prefix: string, entityId: string): string {
  if (!entityId.startsWith(prefix) || entityId.length === prefix.length) return entityId;
  return entityId
    .slice(prefix.length)
    .replace(/\.([0-9a-f]{1,4})x/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

// ---- reading ----

interface Entity {
  id: string;
  schema: string;
  props: Map<string, string[]>;
  /** the values of each property, kept only once fragments are merged, so that merging stays linear */
  merged?: Map<string, Set<string>>;
  /** where the entity is first given: "people.ftm.json, line 12" */
  place: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const shown = (t: string) => JSON.stringify(t.length > 40 ? `${t.slice(0, 40)}…` : t);
const COUNTRY = /^[A-Z]{2}$/;

/**
 * Whether a text looks like FtM entities: JSON lines whose first line is an entity, or a JSON array
 * whose first element has "schema" and "properties". Cheap: it reads at most the first line.
 */
export function isFtmText(text: string): boolean {
  const t = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).trimStart();
  if (t.startsWith('[')) {
    const head = t.slice(0, 65_536);
    return /^\[\s*\{/.test(head) && head.includes('"schema"') && head.includes('"properties"');
  }
  if (!t.startsWith('{')) return false;
  const end = t.indexOf('\n');
  const line = end === -1 ? t : t.slice(0, end);
  // a one-line faultlines/1 file may be large: only a line that names both keys is parsed
  if (line.length > 10_000_000 || !line.includes('"schema"') || !line.includes('"properties"')) return false;
  try {
    const v: unknown = JSON.parse(line);
    return isObj(v) && typeof v.id === 'string' && typeof v.schema === 'string' && isObj(v.properties);
  } catch {
    return false;
  }
}

/** Counts of what was left out or changed, said once each at the end rather than per entity. */
class Tally {
  readonly counts = new Map<string, { count: number; first: string }>();
  add(key: string, example = ''): void {
    const known = this.counts.get(key);
    if (known) known.count++;
    else this.counts.set(key, { count: 1, first: example });
  }
  get(key: string): { count: number; first: string } | undefined {
    return this.counts.get(key);
  }
}

/** The text of one JSON value (a line, an array element) as entities, or errors where it is not one. */
function toEntity(value: unknown, place: string, errors: ProblemList, tally: Tally): Entity | undefined {
  if (!isObj(value)) {
    errors.add([], 'expected an entity: a JSON object with "id", "schema" and "properties"', place);
    return undefined;
  }
  const { id, schema, properties } = value;
  if (typeof id !== 'string' || id === '') {
    errors.add([], 'an entity without an "id": expected a non-empty string', place);
    return undefined;
  }
  const at = `${place}, entity ${shown(id)}`;
  if (typeof schema !== 'string' || schema === '') {
    errors.add([], 'an entity without a "schema": expected a schema name such as "Person"', at);
    return undefined;
  }
  if (properties !== undefined && !isObj(properties)) {
    errors.add([], '"properties" is not an object: expected {"name": ["…"], …}', at);
    return undefined;
  }
  const props = new Map<string, string[]>();
  for (const key of Object.keys(properties ?? {})) {
    const v = (properties as Obj)[key];
    const list = typeof v === 'string' ? [v] : Array.isArray(v) ? v : undefined;
    if (list === undefined) {
      tally.add('not-list', `${at}, property ${shown(key)}`);
      continue;
    }
    const strings: string[] = [];
    for (const x of list) {
      if (typeof x === 'string') strings.push(x);
      else tally.add('not-string', `${at}, property ${shown(key)}`);
    }
    props.set(key, strings);
  }
  return { id, schema, props, place: at };
}

/** Every entity of the file, fragments of one id merged, in the order first given. */
function readEntities(name: string, text: string, errors: ProblemList, tally: Tally): Map<string, Entity> {
  const byId = new Map<string, Entity>();
  const add = (value: unknown, place: string) => {
    const e = toEntity(value, place, errors, tally);
    if (!e) return;
    const known = byId.get(e.id);
    if (!known) {
      byId.set(e.id, e);
      return;
    }
    tally.add('fragment', e.place);
    if (known.schema !== e.schema) tally.add('schema-clash', `${e.place}: ${known.schema} and ${e.schema}`);
    known.merged ??= new Map();
    for (const [key, values] of e.props) {
      const kept = known.props.get(key) ?? [];
      known.props.set(key, kept);
      let seen = known.merged.get(key);
      if (!seen) known.merged.set(key, (seen = new Set(kept)));
      for (const v of values) {
        if (seen.has(v)) continue;
        seen.add(v);
        kept.push(v);
      }
    }
  };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trimStart().startsWith('[')) {
    let list: unknown;
    try {
      list = JSON.parse(body);
    } catch (e) {
      const found = findJsonSyntaxError(body);
      const where = found ? ` at ${lineColumn(body, found.offset)}: ${found.message}` : `: ${String(e)}`;
      errors.add([], `not valid JSON${where}`, name);
      return byId;
    }
    if (!Array.isArray(list)) {
      errors.add([], 'expected a JSON array of entities or one entity a line', name);
      return byId;
    }
    list.forEach((v, i) => add(v, `${name}, [${i}]`));
    return byId;
  }
  let line = 0;
  for (let start = 0; start <= body.length;) {
    const nl = body.indexOf('\n', start);
    const end = nl === -1 ? body.length : nl;
    line++;
    const lineText = body.slice(start, end);
    start = end + 1;
    if (lineText.trim() === '') continue;
    const place = `${name}, line ${line}`;
    let value: unknown;
    try {
      value = JSON.parse(lineText);
    } catch (e) {
      // the scanner runs only while problems are still listed: a file of bad lines stays quick
      const found = errors.items.length < errors.cap ? findJsonSyntaxError(lineText) : null;
      const where = found ? ` at column ${found.offset + 1}: ${found.message}` : `: ${String(e)}`;
      errors.add([], `not valid JSON${where}; expected one entity a line`, place);
      continue;
    }
    add(value, place);
  }
  return byId;
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

const DATE_TEXT = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(T.*)?$/;

/** The partial date of an FtM date (YYYY, YYYY-MM, YYYY-MM-DD or a datetime: its date), or undefined. */
export function ftmDate(text: string): string | undefined {
  const m = DATE_TEXT.exec(text.trim());
  if (!m || (m[2] !== undefined && m[1].length !== 10)) return undefined;
  return parsePartialDate(m[1]).ok ? m[1] : undefined;
}

function first(e: Entity, key: string): string | undefined {
  return e.props.get(key)?.[0];
}

/** The first non-empty value of the first of `keys` that has one. */
function firstText(e: Entity, keys: readonly string[]): string | undefined {
  for (const key of keys) for (const v of e.props.get(key) ?? []) if (v.trim() !== '') return v;
  return undefined;
}

export interface FtmReadOptions {
  /** most errors (and, separately, warnings) listed; the rest are only counted */
  maxProblems?: number;
}

export function readFtmDataset(name: string, text: string, options: FtmReadOptions = {}): Validation {
  return readGuarded(name, 'FtM', options.maxProblems, (problems) => readFtm(name, text, problems));
}

function readFtm(name: string, text: string, problems: ReturnType<typeof readerProblems>): Validation {
  const { cap, errors, warnings, fail } = problems;
  const tally = new Tally();
  const entities = readEntities(name, text, errors, tally);
  const marker = entities.get(FTM_MARKER_ID);
  const faultlines =
    marker !== undefined &&
    DOCUMENT_SCHEMAS.has(marker.schema) &&
    (marker.props.get('generator') ?? []).includes(FTM_GENERATOR);

  // the relation types a Faultlines file declares, as JSON in its marker's notes
  const declared: RelationType[] = [];
  if (faultlines && marker) {
    (marker.props.get('notes') ?? []).forEach((note, k) => {
      try {
        declared.push(JSON.parse(note) as RelationType);
      } catch {
        errors.add([], `notes[${k}] is not a relation type written as JSON`, `${marker.place}, property "notes"`);
      }
    });
  }
  const typeIds = new Set([...BUILTIN_TYPES.map((t) => t.id), ...declared.map((t) => t.id)]);
  const ftmTypes = new Map(FTM_TYPES.map((t) => [t.id, t]));
  const usedFtmTypes = new Set<string>();

  // ---- actors ----
  const actors: Actor[] = [];
  const actorPlaces: string[] = [];
  const actorOf = new Map<string, string>();
  const skipped = new Map<string, number>();
  const documents: Entity[] = [];
  const positions: Entity[] = [];
  const links: Entity[] = [];
  for (const e of entities.values()) {
    const kind = FTM_ACTOR_KINDS.get(e.schema);
    if (kind !== undefined) {
      const actor = readActor(e, kind, faultlines, tally);
      actorOf.set(e.id, actor.id);
      actors.push(actor);
      actorPlaces.push(e.place);
    } else if (FTM_LINKS.has(e.schema)) links.push(e);
    else if (e.schema === 'Position') positions.push(e);
    else if (DOCUMENT_SCHEMAS.has(e.schema)) {
      if (e !== marker || !faultlines) documents.push(e);
    } else skipped.set(e.schema, (skipped.get(e.schema) ?? 0) + 1);
  }

  // ---- sources ----
  const sources: Source[] = [];
  const sourcePlaces: string[] = [];
  const sourceIds = new UniqueIds();
  const sourceOfDocument = new Map<string, string>();
  const sourceOfKey = new Map<string, string>();
  const addDocument = (doc: Entity): string => {
    const known = sourceOfDocument.get(doc.id);
    if (known !== undefined) return known;
    const id = sourceIds.take(faultlines ? decodeFtmId(FTM_PREFIX.source, doc.id) : doc.id);
    // a Faultlines file's texts are taken exactly; another file's first non-empty ones
    const title = (faultlines ? first(doc, 'title') : undefined) || firstText(doc, ['title', 'name', 'fileName']);
    const source: Source = { id, title: title || doc.id };
    const url = faultlines ? first(doc, 'sourceUrl') : firstText(doc, ['sourceUrl']);
    if (url !== undefined) source.url = url;
    const publisher = faultlines ? first(doc, 'publisher') : firstText(doc, ['publisher', 'author']);
    if (publisher !== undefined) source.publisher = publisher;
    const published = firstText(doc, faultlines ? ['publishedAt'] : ['publishedAt', 'date', 'authoredAt']);
    if (published !== undefined) {
      const day = ftmDate(published);
      if (day !== undefined) source.published = day;
      else tally.add('bad-date', `${doc.place}, property "publishedAt": ${shown(published)}`);
    }
    sourceOfDocument.set(doc.id, id);
    sources.push(source);
    sourcePlaces.push(doc.place);
    return id;
  };
  // a Faultlines file's sources are all its documents, cited or not, in the order written
  if (faultlines) for (const doc of documents) if (doc.id.startsWith(FTM_PREFIX.source)) addDocument(doc);
  const keyedSource = (key: string, make: () => Omit<Source, 'id'>, place: string, idText: string): string => {
    const known = sourceOfKey.get(key);
    if (known !== undefined) return known;
    const id = sourceIds.take(sourceSlug(idText));
    sources.push({ id, ...make() });
    sourcePlaces.push(place);
    sourceOfKey.set(key, id);
    return id;
  };

  // ---- posts: a Position is the organisation it names, else an actor of its own ----
  const positionIds = new Set(positions.map((p) => p.id));
  const usedPositions = new Set<string>();
  const positionActor = (p: Entity): string => {
    usedPositions.add(p.id);
    const known = actorOf.get(p.id);
    if (known !== undefined) return known;
    const actor: Actor = { id: p.id, label: firstText(p, ['name']) ?? p.id, kind: 'organisation' };
    const country = countryOf(p, false, tally);
    if (country) actor.country = country;
    actorOf.set(p.id, actor.id);
    actors.push(actor);
    actorPlaces.push(p.place);
    tally.add('post-actor', p.place);
    return actor.id;
  };

  // ---- relations ----
  const relations: Relation[] = [];
  const relationPlaces: string[] = [];
  const relationIds = new UniqueIds();
  const positionsById = new Map(positions.map((p) => [p.id, p]));
  type End = { actor: string; note?: string } | null;
  const endOf = (e: Entity, prop: string, ref: string, isPost: boolean): End => {
    const target = entities.get(ref);
    if (!target) {
      errors.add(
        [],
        `entity ${shown(ref)} is not in the file: expected the id of an entity the file gives`,
        `${e.place}, property "${prop}"`,
      );
      return null;
    }
    const actor = actorOf.get(ref);
    if (actor !== undefined && !positionIds.has(ref)) return { actor };
    if (positionIds.has(ref)) {
      const post = positionsById.get(ref)!;
      if (isPost) {
        const org = (post.props.get('organization') ?? []).find((o) =>
          FTM_ACTOR_KINDS.has(entities.get(o)?.schema ?? ''),
        );
        if (org !== undefined) {
          usedPositions.add(ref);
          const postName = firstText(post, ['name']);
          return { actor: actorOf.get(org)!, note: faultlines || !postName ? undefined : `post: ${postName}` };
        }
      }
      return { actor: positionActor(post) };
    }
    tally.add(`unread-end\u0000${e.schema}\u0000${target.schema}`, e.place);
    return null;
  };

  for (const e of links) {
    const link = FTM_LINKS.get(e.schema)!;
    const froms = e.props.get(link.from) ?? [];
    const tos = e.props.get(link.to) ?? [];
    let missing = false;
    for (const [prop, list] of [
      [link.from, froms],
      [link.to, tos],
    ] as const) {
      if (list.length === 0) {
        errors.add([], `${e.schema} without "${prop}": expected the id of the entity at that end`, e.place);
        missing = true;
      }
    }
    if (missing) continue;
    if (froms.length * tos.length > MAX_PAIRS) {
      errors.add(
        [],
        `${e.schema} links ${froms.length} × ${tos.length} entities: a link is read as at most ${MAX_PAIRS} relations, one per pair`,
        e.place,
      );
      continue;
    }
    const sourceEnds = froms.map((ref) => endOf(e, link.from, ref, false));
    const targetEnds = tos.map((ref) => endOf(e, link.to, ref, e.schema === 'Occupancy'));
    if (sourceEnds.includes(null) || targetEnds.includes(null)) continue;

    const notes: string[] = [];
    let type = link.type;
    const role = first(e, 'role');
    if (e.schema === 'UnknownLink') {
      if (role !== undefined && (typeIds.has(role) || ftmTypes.has(role))) type = role;
      else if (role !== undefined && role.trim() !== '') notes.push(`role: ${role}`);
      else tally.add('untyped', e.place);
    } else if (!faultlines) {
      const what = firstText(e, ['role', 'relationship']);
      if (what !== undefined) notes.push(`${e.props.has('role') ? 'role' : 'relationship'}: ${what}`);
    }
    if (ftmTypes.has(type) && !typeIds.has(type)) usedFtmTypes.add(type);

    const dates = datesOf(e, tally);
    if (dates.note) notes.push(dates.note);
    const evidence = evidenceOf(e, {
      faultlines,
      entities,
      addDocument,
      keyedSource,
      tally,
    });
    if (evidence.length === 0) tally.add('unsourced', e.place);

    const baseId = faultlines ? decodeFtmId(FTM_PREFIX.relation, e.id) : e.id;
    if (sourceEnds.length * targetEnds.length > 1) tally.add('several-ends', e.place);
    for (const s of sourceEnds) {
      for (const t of targetEnds) {
        const relation: Relation = { id: relationIds.take(baseId), source: s!.actor, target: t!.actor, type };
        if (dates.start !== undefined) relation.start = dates.start;
        if (dates.end !== undefined) relation.end = dates.end;
        const note = [...notes, ...(t!.note ? [t!.note] : [])].join('; ');
        if (note) relation.note = note;
        if (evidence.length) relation.evidence = evidence.map((x) => ({ ...x }));
        relations.push(relation);
        relationPlaces.push(e.place);
      }
    }
  }

  const relationTypes = [...declared, ...FTM_TYPES.filter((t) => usedFtmTypes.has(t.id))];
  for (const doc of documents)
    if (!sourceOfDocument.has(doc.id)) skipped.set('uncited', (skipped.get('uncited') ?? 0) + 1);
  for (const p of positions) if (!usedPositions.has(p.id)) skipped.set('Position', (skipped.get('Position') ?? 0) + 1);

  sayWhatWasLeftOut(name, { warnings, tally, skipped });
  if (errors.count > 0) return fail();

  const meta: Dataset['meta'] = {
    title: (faultlines && marker ? first(marker, 'title') : undefined) || titleOf(name),
  };
  if (faultlines && marker) {
    const description = first(marker, 'description');
    if (description !== undefined) meta.description = description;
    const updated = first(marker, 'date');
    if (updated !== undefined) meta.updated = updated;
  }
  const dataset: Dataset = { format: FORMAT, meta, sources, actors, relations };
  if (relationTypes.length) dataset.relationTypes = relationTypes;

  const v = validateDataset(dataset, { maxProblems: cap });
  const unsourced = relations.filter((r) => !r.evidence?.length).length;
  const unquoted = unquotedCount(relations);
  if (unquoted)
    warnings.add(
      [],
      `${plural(unquoted, 'evidence item has', 'evidence items have')} no quote: FtM gives a relation's words only in its summary or description`,
      name,
    );
  // the per-relation "no evidence" and per-item "no quote" warnings are summarised
  const own = (p: Problem) => !p.message.startsWith('no evidence') && !p.message.startsWith('no quote');
  const markerPlace = marker?.place ?? name;
  const place = (p: Problem): Problem => {
    const [collection, i] = p.path;
    if (typeof i !== 'number') return p;
    const at =
      collection === 'actors'
        ? actorPlaces[i]
        : collection === 'relations'
          ? relationPlaces[i]
          : collection === 'sources'
            ? sourcePlaces[i]
            : collection === 'relationTypes'
              ? `${markerPlace}, property "notes"`
              : undefined;
    return at === undefined ? p : { ...p, place: at };
  };
  return withReaderWarnings(v, problems, place, own, unsourced + unquoted);
}

function titleOf(name: string): string {
  return name.replace(/\.(ftm\.json|ijson|jsonl|ndjson|json)$/i, '') || name;
}

function readActor(e: Entity, schemaKind: ActorKind, faultlines: boolean, tally: Tally): Actor {
  const id = faultlines ? decodeFtmId(FTM_PREFIX.actor, e.id) : e.id;
  const keyword = (e.props.get('keywords') ?? []).find((k) => k.startsWith(FTM_KIND_KEYWORD));
  const named = keyword?.slice(FTM_KIND_KEYWORD.length);
  const kind = (ACTOR_KINDS as readonly string[]).includes(named ?? '') ? (named as ActorKind) : schemaKind;
  const names = e.props.get('name') ?? [];
  let label = names[0];
  if (label === undefined || label === '') {
    label = e.id;
    tally.add('unnamed', e.place);
  }
  const actor: Actor = { id, label, kind };
  if (faultlines) {
    const aliases = e.props.get('alias');
    if (aliases !== undefined) actor.aliases = [...aliases];
    const short = first(e, 'weakAlias');
    if (short !== undefined) actor.short = short;
    const description = first(e, 'description');
    if (description !== undefined) actor.description = description;
  } else {
    const seen = new Set([label]);
    const aliases: string[] = [];
    for (const key of ['name', 'alias', 'previousName', 'weakAlias']) {
      for (const v of e.props.get(key) ?? []) {
        if (v.trim() === '' || seen.has(v)) continue;
        seen.add(v);
        aliases.push(v);
      }
    }
    if (aliases.length) actor.aliases = aliases;
    const description = firstText(e, ['description', 'summary', 'notes']);
    if (description !== undefined) actor.description = description;
  }
  const country = countryOf(e, faultlines, tally);
  if (country) actor.country = country;
  return actor;
}

const COUNTRY_KEYS = ['country', 'jurisdiction', 'mainCountry', 'nationality', 'citizenship'];

/** The first value that is an ISO 3166-1 alpha-2 code (FtM writes them in lower case). */
function countryOf(e: Entity, faultlines: boolean, tally: Tally): string | undefined {
  let seen: string | undefined;
  for (const key of faultlines ? ['country'] : COUNTRY_KEYS) {
    for (const v of e.props.get(key) ?? []) {
      const code = v.trim().toUpperCase();
      if (COUNTRY.test(code)) return code;
      seen ??= v;
    }
  }
  if (seen !== undefined) tally.add('bad-country', `${e.place}: ${shown(seen)}`);
  return undefined;
}

/** The earliest start and latest end an interval's dates give, as partial dates. */
function datesOf(e: Entity, tally: Tally): { start?: string; end?: string; note?: string } {
  const valid = (key: string): string[] => {
    const out: string[] = [];
    for (const v of e.props.get(key) ?? []) {
      const d = ftmDate(v);
      if (d !== undefined) out.push(d);
      else tally.add('bad-date', `${e.place}, property "${key}": ${shown(v)}`);
    }
    return out;
  };
  const day = (t: string, at: 'first' | 'last') => {
    const p = parsePartialDate(t);
    return p.ok ? (at === 'first' ? firstDay(p.date) : lastDay(p.date)) : 0;
  };
  const earliest = (list: string[]) =>
    list.reduce<string | undefined>(
      (a, b) => (a === undefined || day(b, 'first') < day(a, 'first') ? b : a),
      undefined,
    );
  const latest = (list: string[]) =>
    list.reduce<string | undefined>((a, b) => (a === undefined || day(b, 'last') > day(a, 'last') ? b : a), undefined);
  const start = earliest(valid('startDate')) ?? earliest(valid('date')) ?? earliest(valid('declarationDate'));
  let end = latest(valid('endDate'));
  if (start === undefined) {
    if (end === undefined) return {};
    tally.add('end-only', e.place);
    return { note: `end date ${end} (no start date)` };
  }
  if (end === undefined) {
    const current = (e.props.get('status') ?? []).some((s) => s.trim().toLowerCase() === 'current');
    return current ? { start, end: ONGOING_LITERAL } : { start };
  }
  if (!relationInterval(start, end).ok) {
    tally.add('end-before-start', `${e.place}: ${start} to ${end}`);
    end = undefined;
  }
  return end === undefined ? { start } : { start, end };
}

interface EvidenceReading {
  faultlines: boolean;
  entities: Map<string, Entity>;
  addDocument: (doc: Entity) => string;
  keyedSource: (key: string, make: () => Omit<Source, 'id'>, place: string, idText: string) => string;
  tally: Tally;
}

/** One supporting evidence item per distinct source: proof documents, source links, publishers. */
function evidenceOf(e: Entity, r: EvidenceReading): Evidence[] {
  const cited = new Set<string>();
  const cite = (id: string) => cited.add(id);
  for (const ref of e.props.get('proof') ?? []) {
    const doc = r.entities.get(ref);
    if (doc && DOCUMENT_SCHEMAS.has(doc.schema)) cite(r.addDocument(doc));
    else r.tally.add('bad-proof', `${e.place}, property "proof": ${shown(ref)}`);
  }
  const publishers = (e.props.get('publisher') ?? []).filter((p) => p.trim() !== '');
  const urls = (e.props.get('sourceUrl') ?? []).filter((u) => u.trim() !== '');
  for (const url of urls)
    cite(
      r.keyedSource(
        `url\u0000${url}`,
        () => (publishers.length === 1 ? { title: publishers[0], url, publisher: publishers[0] } : { title: url, url }),
        e.place,
        publishers.length === 1 ? publishers[0] : url,
      ),
    );
  if (urls.length === 0)
    for (const publisher of publishers)
      cite(r.keyedSource(`publisher\u0000${publisher}`, () => ({ title: publisher, publisher }), e.place, publisher));
  const quote = r.faultlines ? first(e, 'summary') : firstText(e, ['summary', 'description']);
  return [...cited].map((source): Evidence =>
    quote === undefined ? { source, stance: 'supports' } : { source, quote, stance: 'supports' },
  );
}

/** What the reader left out or changed, one warning per kind of thing. */
function sayWhatWasLeftOut(
  name: string,
  { warnings, tally, skipped }: { warnings: ProblemList; tally: Tally; skipped: Map<string, number> },
): void {
  const say = (key: string, message: (n: number, first: string) => string) => {
    const t = tally.get(key);
    if (t) warnings.add([], message(t.count, t.first), name);
  };
  for (const [schema, n] of skipped)
    warnings.add(
      [],
      `${plural(n, `${schema} entity`, `${schema} entities`)}: not read (Faultlines reads people, organisations and public bodies as actors, and the links between them)`,
      name,
    );
  say('uncited', (n) => `${plural(n, 'Document entity is', 'Document entities are')} cited by no relation: left out`);
  say('unheld', (n) => `${plural(n, 'Position entity is', 'Position entities are')} held by no occupancy: left out`);
  for (const [key, { count, first }] of tally.counts) {
    if (!key.startsWith('unread-end\u0000')) continue;
    const [, schema, target] = key.split('\u0000');
    warnings.add(
      [],
      `${plural(count, `${schema} entity links`, `${schema} entities link`)} a ${target}, which is not read as an actor: left out (first: ${first})`,
      name,
    );
  }
  say(
    'fragment',
    (n, f) => `${plural(n, 'entity is', 'entities are')} given again in a later line: merged (first: ${f})`,
  );
  say(
    'schema-clash',
    (n, f) => `${plural(n, 'entity is', 'entities are')} given with two schemas: the first is kept (${f})`,
  );
  say(
    'not-list',
    (n, f) => `${plural(n, 'property is', 'properties are')} not a list of strings: left out (first: ${f})`,
  );
  say(
    'not-string',
    (n, f) => `${plural(n, 'property value is', 'property values are')} not a string: left out (first: ${f})`,
  );
  say('unnamed', (n, f) => `${plural(n, 'entity has', 'entities have')} no name: labelled with the id (first: ${f})`);
  say(
    'bad-country',
    (n, f) =>
      `${plural(n, 'entity has', 'entities have')} a country that is not an ISO 3166-1 alpha-2 code: not used (first: ${f})`,
  );
  say(
    'bad-date',
    (n, f) =>
      `${plural(n, 'date is', 'dates are')} not YYYY, YYYY-MM, YYYY-MM-DD or a datetime: not used (first: ${f})`,
  );
  say(
    'end-only',
    (n, f) =>
      `${plural(n, 'relation has', 'relations have')} an end date but no start: loaded undated, the end in its note (first: ${f})`,
  );
  say(
    'end-before-start',
    (n, f) => `${plural(n, 'relation ends', 'relations end')} before it starts: the end is left out (first: ${f})`,
  );
  say(
    'post-actor',
    (n, f) =>
      `${plural(n, 'post (Position) names', 'posts (Positions) name')} no organisation in the file: loaded as an actor of kind "organisation" (first: ${f})`,
  );
  say(
    'untyped',
    (n, f) => `${plural(n, 'UnknownLink has', 'UnknownLinks have')} no role: loaded as "${GENERIC_TYPE}" (first: ${f})`,
  );
  say(
    'several-ends',
    (n, f) =>
      `${plural(n, 'link names', 'links name')} several entities at one end: one relation per pair, their ids numbered (first: ${f})`,
  );
  say(
    'bad-proof',
    (n, f) => `${plural(n, 'proof names', 'proofs name')} no Document in the file: left out (first: ${f})`,
  );
  say(
    'unsourced',
    (n, f) =>
      `${plural(n, 'link has', 'links have')} no proof, source link or publisher: loaded as unsourced (first: ${f})`,
  );
}
