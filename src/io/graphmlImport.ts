// Reading GraphML. Nodes become actors and edges relations; attributes named
// like the format's fields (label, kind, type, start, end, status, mode, once...) are
// used, and so are the appearance attributes tools write (color or colour,
// r/g/b, size, x, y); the rest is said to be unmapped. The XML is read as a
// stream (graphmlElements.ts); keys and their types and defaults are applied
// here as graphology-graphml, the reader before this one, applied them.

import { parsePartialDate } from '../model/dates';
import type { Problem } from '../model/problems';
import { BUILTIN_TYPES, GENERIC_TYPE } from '../model/relationTypes';
import { ACTOR_KINDS, FORMAT, MODES, STATUSES, type Actor, type ActorKind, type Dataset } from '../model/types';
import type { Mode, Relation } from '../model/types';
import { ONGOING_LITERAL } from '../model/dates';
import { validateDataset, type Validation } from '../model/validate';
import { addUndeclaredEnds, placeByLine, readerProblems, UniqueIds, withReaderWarnings } from './graphFileProblems';
import {
  coordinateInBounds,
  hexColour,
  numberOf,
  POSITION_BOUNDS,
  rgbColour,
  sizeOf,
  SkippedValues,
} from './appearance';
import { gatherGraphml, type GraphmlItem, type GraphmlKey } from './graphmlElements';

type Value = string | number | boolean;
type Values = Record<string, Value>;

const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined;
const isDate = (v: string | undefined): v is string => v !== undefined && parsePartialDate(v).ok;
const present = (v: unknown) => v !== undefined && v !== '';
const BUILTIN_IDS = new Set(BUILTIN_TYPES.map((t) => t.id));
const MODE_SET = new Set<string>(MODES);

/** A once value: a boolean key's value, or text GraphML's boolean would read (true, false, 1, 0, in any case). */
function onceOf(v: Value | undefined): boolean | undefined {
  if (typeof v === 'boolean') return v;
  const t = typeof v === 'string' ? v.trim().toLowerCase() : typeof v === 'number' ? String(v) : '';
  return t === 'true' || t === '1' ? true : t === 'false' || t === '0' ? false : undefined;
}

// attr.type: numbers and booleans are typed, anything else (string, or a type GraphML does not have) is text
const CAST = new Map<string, (text: string) => Value>([
  ['boolean', (t) => t.toLowerCase() === 'true'],
  ['int', Number],
  ['long', Number],
  ['float', Number],
  ['double', Number],
]);

interface Model {
  /** attribute name and type by key id */
  byId: Map<string, { name: string; cast?: (text: string) => Value }>;
  /** default values (as text) by attribute name */
  defaults: Map<string, string>;
}

/** The node and edge models the keys declare; a key for "all" serves both, one for ports or the document neither. */
function models(keys: GraphmlKey[]): { node: Model; edge: Model } {
  const node: Model = { byId: new Map(), defaults: new Map() };
  const edge: Model = { byId: new Map(), defaults: new Map() };
  for (const { attributes: a, fallback } of keys) {
    const target = a.for || 'node';
    const id = a.id ?? '';
    // attr.name is optional: without it the id names the attribute
    const name = a['attr.name'] || id;
    for (const m of target === 'all' ? [node, edge] : target === 'node' ? [node] : target === 'edge' ? [edge] : []) {
      m.byId.set(id, { name, cast: CAST.get(a['attr.type'] ?? '') });
      if (fallback !== undefined) m.defaults.set(name, fallback);
    }
  }
  return { node, edge };
}

// The attributes the reader uses: only their defaults are looked up, so a file of 10,000 keys with
// defaults and 100,000 nodes costs 100,000 steps rather than a billion.
const USED = ['label', 'name', 'kind', 'color', 'colour', 'r', 'g', 'b', 'size', 'x', 'y'].concat([
  'id',
  'type',
  'relation',
  'start',
  'end',
  'status',
  'mode',
  'once',
]);

/** A node's or edge's values by attribute name: its data (typed by its key), then the defaults. */
function valuesOf(item: GraphmlItem, model: Model): Values {
  // no prototype: attribute names are the file's ("__proto__", "constructor") and only data
  const out: Values = Object.create(null) as Values;
  const data = item.data;
  for (let k = 0; k < data.length; k += 2) {
    const spec = model.byId.get(data[k]);
    if (spec === undefined) out[data[k]] = data[k + 1];
    else out[spec.name] = spec.cast ? spec.cast(data[k + 1]) : data[k + 1];
  }
  for (const name of USED) {
    const fallback = name in out ? undefined : model.defaults.get(name);
    if (fallback !== undefined) out[name] = fallback;
  }
  return out;
}

/** The node's colour, size and position; unreadable ones are left out and recorded in `skipped`. */
function appearance(id: string, a: Values, skipped: SkippedValues): Partial<Actor> {
  const out: Partial<Actor> = {};
  // r, g and b typed as numbers (as Gephi writes them) are the colour even beside a color attribute
  const typedRgb = typeof a.r === 'number' && typeof a.g === 'number' && typeof a.b === 'number';
  const colourText = typedRgb ? undefined : (str(a.color) ?? str(a.colour));
  if (colourText !== undefined) {
    const colour = hexColour(colourText);
    if (colour) out.colour = colour;
    else skipped.add('a color', id, 'a hex colour such as "#c0392b"');
  } else if (typedRgb || present(a.r) || present(a.g) || present(a.b)) {
    const colour = rgbColour(a.r, a.g, a.b);
    if (colour) out.colour = colour;
    else skipped.add('an r, g, b colour', id, 'r, g and b as integers from 0 to 255');
  }
  if (present(a.size)) {
    const size = sizeOf(a.size);
    if (size !== undefined) out.size = size;
    else skipped.add('a size', id, 'a number above 0');
  }
  if (present(a.x) || present(a.y)) {
    const x = numberOf(a.x);
    const y = numberOf(a.y);
    // as the GEXF reader does: a bad coordinate drops the position, not the file; one out of bounds
    // (1e308, Infinity) would squeeze every other node into one point
    const bad = Number.isNaN(x) ? 'x' : Number.isNaN(y) ? 'y' : undefined;
    const wild = !coordinateInBounds(x) ? 'x' : !coordinateInBounds(y) ? 'y' : undefined;
    if (bad) skipped.add(`a position ${bad}`, id, 'x and y as numbers');
    else if (wild) skipped.add(`a position ${wild} out of bounds`, id, POSITION_BOUNDS);
    else {
      out.x = x;
      out.y = y;
    }
  }
  return out;
}

const where = (tag: string, item: GraphmlItem) =>
  `line ${item.line}, ${item.id === undefined ? `<${tag}>` : `<${tag} id="${item.id}">`}`;

export function readGraphmlDataset(name: string, text: string, options: { maxProblems?: number } = {}): Validation {
  const problems = readerProblems(options.maxProblems);
  const { cap, errors, warnings, fail } = problems;
  const graphml = gatherGraphml(name, text);
  if ('message' in graphml) {
    errors.add(graphml.path, graphml.message, graphml.place);
    return fail();
  }
  for (const w of graphml.warnings) warnings.add(w.path, w.message, w.place);
  const model = models(graphml.keys);
  const skipped = new SkippedValues();

  const actors: Actor[] = [];
  // the line each actor's node starts on, for the validator's problems (none for nodes edges add)
  const actorLines: (number | undefined)[] = [];
  const actorIds = new Set<string>();
  for (const n of graphml.nodes) {
    const id = n.id;
    if (!id) errors.add([], 'a node without an id', `${name}, ${where('node', n)}`);
    else if (actorIds.has(id)) errors.add([], `duplicate node id "${id}"`, `${name}, ${where('node', n)}`);
    if (!id || actorIds.has(id)) continue;
    const a = valuesOf(n, model.node);
    const kind = str(a.kind);
    actors.push({
      id,
      label: str(a.label) ?? str(a.name) ?? id,
      kind: (ACTOR_KINDS as readonly string[]).includes(kind ?? '') ? (kind as ActorKind) : 'organisation',
      ...appearance(id, a, skipped),
    });
    actorIds.add(id);
    actorLines.push(n.line);
  }

  let untyped = 0;
  let undated = 0;
  // a type of the file's own ("friend", "1") is its data, no reason to refuse the file: loaded generic
  let foreign = 0;
  let firstForeign = '';
  const ids = new UniqueIds();
  // a mode or once an edge cannot hold: left out, said once per attribute
  const skippedEdges = new SkippedValues('edge');
  const relations: Relation[] = [];
  const relationLines: number[] = [];
  graphml.edges.forEach((e, k) => {
    const { source, target } = e;
    if (!source || !target) {
      errors.add([], 'an edge without its source or target', `${name}, ${where('edge', e)}`);
      return;
    }
    addUndeclaredEnds([source, target], { ids: actorIds, actors, lines: actorLines });
    const a = valuesOf(e, model.edge);
    let type = str(a.type) ?? str(a.relation);
    if (!type) untyped++;
    else if (!BUILTIN_IDS.has(type)) {
      if (foreign++ === 0) firstForeign = `${where('edge', e)}: "${type}"`;
      type = undefined;
    }
    const id = ids.take(str(a.id) ?? (e.id || `edge-${k}`));
    const r: Relation = { id, source, target, type: type ?? GENERIC_TYPE };
    const start = str(a.start);
    const end = str(a.end);
    if (isDate(start)) {
      r.start = start;
      if (end === 'ongoing' || isDate(end)) r.end = end;
    } else undated++;
    const status = str(a.status);
    if (status && (STATUSES as readonly string[]).includes(status)) r.status = status as Relation['status'];
    const mode = str(a.mode);
    if (mode !== undefined) {
      if (MODE_SET.has(mode)) r.mode = mode as Mode;
      else skippedEdges.add('a "mode"', id, `one of ${MODES.join(', ')}`);
    }
    if (present(a.once)) {
      const once = onceOf(a.once);
      if (once === undefined) skippedEdges.add('a "once"', id, 'true or false');
      // a one-off event is a day in a window: it needs a start and cannot be ongoing
      else if (once && (r.start === undefined || r.end === ONGOING_LITERAL))
        skippedEdges.add(
          'a "once" of true',
          id,
          'dates that hold a one-off event (a start, and an end that is not ongoing)',
        );
      else r.once = once;
    }
    relations.push(r);
    relationLines.push(e.line);
  });
  if (errors.count > 0) return fail();
  const renamed = ids.summary();
  if (renamed) warnings.add([], renamed, name);
  if (untyped)
    warnings.add(
      [],
      `${untyped} edge${untyped === 1 ? ' has' : 's have'} no relation type: loaded as "${GENERIC_TYPE}"`,
      name,
    );
  if (foreign)
    warnings.add(
      [],
      `${foreign} edge${foreign === 1 ? ' has' : 's have'} a relation type that is not built in (the first at ${firstForeign}): loaded as "${GENERIC_TYPE}"`,
      name,
    );
  if (undated)
    warnings.add([], `${undated} edge${undated === 1 ? ' has' : 's have'} no dates: loaded as undated`, name);
  if (relations.length) warnings.add([], `${relations.length} edges have no evidence: loaded as unsourced`, name);
  for (const message of [...skipped.messages(), ...skippedEdges.messages()]) warnings.add([], message, name);
  const dataset: Dataset = {
    format: FORMAT,
    meta: { title: name.replace(/\.graphml$/i, '') },
    sources: [],
    actors,
    relations,
  };
  const v = validateDataset(dataset, { maxProblems: cap });
  const place = placeByLine(name, actors, actorLines, relations, relationLines);
  // the per-relation "no evidence" warnings are summarised above
  const own = (w: Problem) => !w.message.startsWith('no evidence');
  return withReaderWarnings(v, problems, place, own, relations.length);
}
