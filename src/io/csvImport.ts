// Reading the CSV set (actors.csv, relations.csv, optional sources.csv, types.csv
// and meta.csv; the columns are in csvExport.ts and the README) into a
// faultlines/1 dataset. Rows of relations.csv with the same id are one relation
// with one evidence item per row. Every problem names its file, row (as a
// spreadsheet numbers it: the header is row 1) and column.

import { ProblemList, type Problem } from '../model/problems';
import { GENERIC_TYPE } from '../model/relationTypes';
import type { RelationType } from '../model/relationTypes';
import { ACTOR_KINDS, FORMAT, MODES, STANCES, type Actor, type ActorKind, type Dataset } from '../model/types';
import type { Mode, Relation } from '../model/types';
import type { Evidence, Meta, Source } from '../model/types';
import { validateDataset, type Validation } from '../model/validate';
import { decodeList, shown } from './csvCells';
import { ACTOR_COLUMNS, META_COLUMNS, RELATION_COLUMNS, SOURCE_COLUMNS, TYPE_COLUMNS } from './csvExport';
import { placeInCsv, type CsvRows } from './csvPlaces';
import { eachRow, type CellReader } from './csvRows';

export interface NamedText {
  name: string;
  text: string;
}

export interface CsvReadOptions {
  /** most errors (and, separately, warnings) listed; the rest are only counted */
  maxProblems?: number;
  /** reading stops, refused, past this many actors or relations */
  maxActors?: number;
  maxRelations?: number;
}

type CsvSet = ReturnType<typeof pickCsvFiles>;

/** Which file of a set is which, by name. */
export function pickCsvFiles(files: readonly NamedText[]) {
  const find = (stem: string) => files.find((f) => f.name.toLowerCase().replace(/^.*\//, '').startsWith(stem));
  return {
    actors: find('actors'),
    relations: find('relations'),
    sources: find('sources'),
    types: find('types'),
    meta: find('meta'),
  };
}

const optional = (cell: CellReader, column: string): string | undefined => {
  const v = cell(column);
  return v === '' ? undefined : v;
};

/** A number column: absent when empty, an error (and absent) when not a number. */
function numberIn(cell: CellReader, column: string, at: string, errors: ProblemList): number | undefined {
  const v = optional(cell, column);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (Number.isFinite(n)) return n;
  errors.add([], `${shown(v)} is not a number`, `${at}, column ${column}`);
  return undefined;
}

/**
 * The once column: true or false in any case (a spreadsheet writes TRUE), absent when
 * empty; anything else is an error (and absent).
 */
function onceIn(cell: CellReader, at: string, errors: ProblemList): boolean | undefined {
  const v = optional(cell, 'once');
  if (v === undefined) return undefined;
  const lower = v.toLowerCase();
  if (lower === 'true' || lower === 'false') return lower === 'true';
  errors.add(
    [],
    `${shown(v)}: expected true, false or nothing (a relation that is not a one-off event)`,
    `${at}, column once`,
  );
  return undefined;
}

/** The mode column: one of MODES, absent when empty; anything else is an error (and absent). */
function modeIn(cell: CellReader, at: string, errors: ProblemList): Mode | undefined {
  const v = optional(cell, 'mode');
  if (v === undefined) return undefined;
  if ((MODES as readonly string[]).includes(v)) return v as Mode;
  errors.add(
    [],
    `unknown mode ${shown(v)}: expected one of ${MODES.join(', ')}, or nothing (an act)`,
    `${at}, column mode`,
  );
  return undefined;
}

function readActors(set: CsvSet, errors: ProblemList, warnings: ProblemList, rows: number[], max: number): Actor[] {
  const actors: Actor[] = [];
  const file = set.actors!;
  eachRow(file, { columns: ACTOR_COLUMNS, needsId: true }, errors, (cell, row) => {
    if (actors.length >= max) {
      errors.add([], `more than ${max} actors: more than this app opens`, `${file.name}, row ${row}`);
      return false;
    }
    const at = `${file.name}, row ${row}`;
    const kindText = optional(cell, 'kind');
    let kind: ActorKind = 'organisation';
    if (kindText === undefined) warnings.add([], 'no kind: loaded as "organisation"', `${at}, column kind`);
    else if ((ACTOR_KINDS as readonly string[]).includes(kindText)) kind = kindText as ActorKind;
    else
      errors.add(
        [],
        `unknown kind ${shown(kindText)}: expected one of ${ACTOR_KINDS.join(', ')}`,
        `${at}, column kind`,
      );
    const actor: Actor = { id: cell('id'), label: optional(cell, 'label') ?? cell('id'), kind };
    for (const field of ['short', 'country', 'description', 'colour'] as const) {
      const v = optional(cell, field);
      if (v !== undefined) actor[field] = v;
    }
    const aliases = optional(cell, 'aliases');
    if (aliases !== undefined) actor.aliases = decodeList(aliases);
    for (const field of ['x', 'y', 'size'] as const) {
      const n = numberIn(cell, field, at, errors);
      if (n !== undefined) actor[field] = n;
    }
    actors.push(actor);
    rows.push(row);
  });
  return actors;
}

function readSources(set: CsvSet, errors: ProblemList, rows: number[]): Source[] {
  const sources: Source[] = [];
  if (!set.sources) return sources;
  eachRow(set.sources, { columns: SOURCE_COLUMNS, needsId: true }, errors, (cell, row) => {
    const source: Source = { id: cell('id'), title: optional(cell, 'title') ?? cell('id') };
    for (const field of ['publisher', 'published', 'url', 'file'] as const) {
      const v = optional(cell, field);
      if (v !== undefined) source[field] = v;
    }
    const reliability = optional(cell, 'reliability');
    if (reliability !== undefined) source.reliability = reliability as Source['reliability'];
    const derived = optional(cell, 'derived_from');
    if (derived !== undefined) source.derivedFrom = decodeList(derived);
    sources.push(source);
    rows.push(row);
  });
  return sources;
}

function readTypes(set: CsvSet, errors: ProblemList, rows: number[]): RelationType[] | undefined {
  if (!set.types) return undefined;
  const file = set.types;
  const types: RelationType[] = [];
  eachRow(file, { columns: TYPE_COLUMNS, needsId: true }, errors, (cell, row) => {
    const at = `${file.name}, row ${row}`;
    const directed = cell('directed').toLowerCase();
    if (directed !== 'true' && directed !== 'false')
      errors.add([], `${shown(cell('directed'))}: expected true or false`, `${at}, column directed`);
    // sign and kind as written: the validator says what they should be
    const type: Record<string, string | number | boolean> = {
      id: cell('id'),
      label: optional(cell, 'label') ?? cell('id'),
      sign: numberIn(cell, 'sign', at, errors) ?? Number.NaN,
      directed: directed === 'true',
      kind: cell('kind'),
    };
    const weight = numberIn(cell, 'weight', at, errors);
    if (weight !== undefined) type.weight = weight;
    for (const field of ['colour', 'description'] as const) {
      const v = optional(cell, field);
      if (v !== undefined) type[field] = v;
    }
    types.push(type as unknown as RelationType);
    rows.push(row);
  });
  return types.length ? types : undefined;
}

function readMeta(set: CsvSet, errors: ProblemList): Meta {
  const fromName = set
    .relations!.name.replace(/^.*\//, '')
    .replace(/\.csv$/i, '')
    .replace(/^relations[-_ ]?/i, '');
  const meta: Meta = { title: fromName || 'CSV dataset' };
  if (!set.meta) return meta;
  const file = set.meta;
  eachRow(file, { columns: META_COLUMNS, needsId: false }, errors, (cell, row) => {
    if (row > 2) {
      errors.add([], 'meta.csv has one row, under its header', `${file.name}, row ${row}`);
      return false;
    }
    meta.title = optional(cell, 'title') ?? meta.title;
    for (const field of ['description', 'updated'] as const) {
      const v = optional(cell, field);
      if (v !== undefined) meta[field] = v;
    }
  });
  return meta;
}

function readRelations(
  set: CsvSet,
  errors: ProblemList,
  warnings: ProblemList,
  rows: CsvRows,
  max: number,
): Relation[] {
  const relations: Relation[] = [];
  const byId = new Map<string, number>();
  const file = set.relations!;
  let untyped = 0;
  eachRow(file, { columns: RELATION_COLUMNS, needsId: false }, errors, (cell, row) => {
    const at = `${file.name}, row ${row}`;
    const id = optional(cell, 'id');
    let index = id === undefined ? undefined : byId.get(id);
    if (index === undefined) {
      if (relations.length >= max) {
        errors.add([], `more than ${max} relations: more than this app opens`, at);
        return false;
      }
      const type = optional(cell, 'type');
      if (type === undefined) untyped++;
      const relation: Relation = {
        id: id ?? `row-${row}`,
        source: cell('source'),
        target: cell('target'),
        type: type ?? GENERIC_TYPE,
      };
      for (const field of ['start', 'end', 'location', 'note'] as const) {
        const v = optional(cell, field);
        if (v !== undefined) relation[field] = v;
      }
      const status = optional(cell, 'status');
      if (status !== undefined) relation.status = status as Relation['status'];
      const mode = modeIn(cell, at, errors);
      if (mode !== undefined) relation.mode = mode;
      const once = onceIn(cell, at, errors);
      if (once !== undefined) relation.once = once;
      index = relations.length;
      relations.push(relation);
      rows.relations.push(row);
      rows.evidence.push([]);
      if (id !== undefined) byId.set(id, index);
    } else {
      // a later row of the same relation adds evidence; its relation columns must agree
      const r = relations[index];
      const fields = ['source', 'target', 'type', 'start', 'end', 'status', 'mode', 'once', 'location'] as const;
      for (const field of fields) {
        const v = optional(cell, field);
        // once as it reads: "TRUE" and "true" agree
        const given = field === 'once' ? v?.toLowerCase() : v;
        const first = r[field] === undefined ? (field === 'type' ? GENERIC_TYPE : undefined) : String(r[field]);
        if (given !== undefined && given !== first) {
          errors.add(
            [],
            `${shown(v!)} differs from row ${rows.relations[index]} of the same relation (${shown(first ?? '')}): rows with one id are one relation`,
            `${at}, column ${field}`,
          );
        }
      }
    }
    const evidenceSource = optional(cell, 'evidence_source');
    if (evidenceSource === undefined) {
      if (optional(cell, 'quote') !== undefined)
        errors.add([], 'a quote without its source: expected evidence_source', `${at}, column evidence_source`);
      return;
    }
    const stance = optional(cell, 'stance') ?? 'supports';
    const evidence: Evidence = { source: evidenceSource, stance: stance as Evidence['stance'] };
    if (!(STANCES as readonly string[]).includes(stance)) {
      errors.add([], `unknown stance ${shown(stance)}: expected supports or disputes`, `${at}, column stance`);
    }
    for (const field of ['quote', 'by', 'speaker'] as const) {
      const v = optional(cell, field);
      if (v !== undefined) evidence[field] = v;
    }
    const credibility = optional(cell, 'credibility');
    if (credibility !== undefined) evidence.credibility = Number(credibility) as Evidence['credibility'];
    (relations[index].evidence ??= []).push(evidence);
    rows.evidence[index].push(row);
  });
  if (untyped > 0) {
    warnings.add(
      [],
      `${untyped} relation${untyped === 1 ? ' has' : 's have'} no type: loaded as "${GENERIC_TYPE}"`,
      file.name,
    );
  }
  return relations;
}

export function readCsvDataset(files: readonly NamedText[], options: CsvReadOptions = {}): Validation {
  const cap = options.maxProblems ?? 1000;
  const errors = new ProblemList(cap);
  const warnings = new ProblemList(cap);
  const set = pickCsvFiles(files);
  if (!set.actors || !set.relations) {
    errors.add(
      [],
      `a CSV dataset needs actors.csv and relations.csv (sources.csv is optional); got ${files.map((f) => f.name).join(', ') || 'nothing'}`,
    );
    return { ok: false, errors: errors.items, errorCount: errors.count, warnings: [], warningCount: 0 };
  }

  // provenance: the CSV row of each item, to place validation errors
  const rows: CsvRows = { actors: [], sources: [], types: [], relations: [], evidence: [] };
  const actors = readActors(set, errors, warnings, rows.actors, options.maxActors ?? Infinity);
  let sources = readSources(set, errors, rows.sources);
  const relationTypes = readTypes(set, errors, rows.types);
  const meta = readMeta(set, errors);
  const relations = readRelations(set, errors, warnings, rows, options.maxRelations ?? Infinity);

  // without sources.csv, each cited source becomes a source titled by its id
  if (!set.sources) {
    const cited = [...new Set(relations.flatMap((r) => (r.evidence ?? []).map((e) => e.source)))];
    sources = cited.map((id) => ({ id, title: id }));
    if (cited.length)
      warnings.add([], `no sources.csv: ${cited.length} cited sources are known by their ids only`, set.relations.name);
  }

  const dataset: Dataset = { format: FORMAT, meta, sources, actors, relations };
  if (relationTypes) dataset.relationTypes = relationTypes;
  // once the file's own errors fill the list, the validator's would only be counted: skip it
  const v: Validation =
    errors.count >= cap
      ? { ok: false, errors: [], errorCount: 0, warnings: [], warningCount: 0 }
      : validateDataset(dataset, { maxProblems: cap });

  const place = (p: Problem): Problem => placeInCsv(p, set, rows);
  const allErrors = [...errors.items, ...v.errors.map(place)];
  const allWarnings = [...warnings.items, ...v.warnings.map(place)];
  if (errors.count > 0 || !v.ok) {
    return {
      ok: false,
      errors: allErrors.slice(0, cap),
      errorCount: errors.count + v.errorCount,
      warnings: allWarnings.slice(0, cap),
      warningCount: warnings.count + v.warningCount,
    };
  }
  return { ...v, warnings: allWarnings.slice(0, cap), warningCount: warnings.count + v.warningCount };
}
