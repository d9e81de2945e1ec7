// Reading the CSV set (actors.csv, relations.csv, optional sources.csv; the
// columns are in csvExport.ts and the README) into a faultlines/1 dataset. Rows
// of relations.csv with the same id are one relation with one evidence item per
// row. Every problem names its file, row (as a spreadsheet numbers it: the
// header is row 1) and column.

import Papa from 'papaparse';
import { ProblemList, type PathSegment, type Problem } from '../model/problems';
import { GENERIC_TYPE } from '../model/relationTypes';
import {
  ACTOR_KINDS,
  FORMAT,
  STANCES,
  type Actor,
  type ActorKind,
  type Dataset,
  type Evidence,
  type Relation,
  type Source,
} from '../model/types';
import { validateDataset, type Validation } from '../model/validate';
import { ACTOR_COLUMNS, LIST_SEPARATOR, RELATION_COLUMNS, SOURCE_COLUMNS } from './csvExport';

export interface NamedText {
  name: string;
  text: string;
}

type Row = Record<string, string>;

const FIELD_TO_COLUMN: Record<string, string> = { source: 'evidence_source', derivedFrom: 'derived_from' };

/** Undoes the export's protection of formula-like cells ("'=x" is "=x"). */
function cell(value: string | undefined): string {
  const v = (value ?? '').trim();
  return /^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v;
}

function parse(file: NamedText, expected: readonly string[], errors: ProblemList): Row[] {
  const text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
  const result = Papa.parse<Row>(text, { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim() });
  for (const e of result.errors.slice(0, 20)) {
    errors.add([], `${e.message}`, `${file.name}, row ${(e.row ?? 0) + 2}`);
  }
  const columns = result.meta.fields ?? [];
  if (!columns.includes('id') && expected !== RELATION_COLUMNS) {
    errors.add([], `no "id" column: expected the columns ${expected.join(', ')}`, file.name);
  }
  const unknown = columns.filter((c) => c !== '' && !expected.includes(c));
  for (const c of unknown)
    errors.add([], `unknown column "${c}": expected ${expected.join(', ')}`, `${file.name}, row 1`);
  return result.data;
}

function optional(row: Row, column: string): string | undefined {
  const v = cell(row[column]);
  return v === '' ? undefined : v;
}

/** Which file of a set is which, by name. */
export function pickCsvFiles(files: readonly NamedText[]): {
  actors?: NamedText;
  relations?: NamedText;
  sources?: NamedText;
} {
  const find = (stem: string) => files.find((f) => f.name.toLowerCase().replace(/^.*\//, '').startsWith(stem));
  return { actors: find('actors'), relations: find('relations'), sources: find('sources') };
}

export function readCsvDataset(files: readonly NamedText[], options: { maxProblems?: number } = {}): Validation {
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

  // provenance: the CSV row of each actor, relation and evidence item, to place validation errors
  const actorRows: number[] = [];
  const relationRows: number[] = [];
  const evidenceRows: number[][] = [];
  const sourceRows: number[] = [];

  const actors: Actor[] = [];
  parse(set.actors, ACTOR_COLUMNS, errors).forEach((row, k) => {
    const at = `${set.actors!.name}, row ${k + 2}`;
    const kindText = optional(row, 'kind');
    let kind: ActorKind = 'organisation';
    if (kindText === undefined) warnings.add([], 'no kind: loaded as "organisation"', `${at}, column kind`);
    else if ((ACTOR_KINDS as readonly string[]).includes(kindText)) kind = kindText as ActorKind;
    else errors.add([], `unknown kind "${kindText}": expected one of ${ACTOR_KINDS.join(', ')}`, `${at}, column kind`);
    const actor: Actor = { id: cell(row.id), label: optional(row, 'label') ?? cell(row.id), kind };
    const short = optional(row, 'short');
    if (short) actor.short = short;
    const aliases = optional(row, 'aliases');
    if (aliases)
      actor.aliases = aliases
        .split(LIST_SEPARATOR)
        .map((a) => a.trim())
        .filter(Boolean);
    const country = optional(row, 'country');
    if (country) actor.country = country;
    const description = optional(row, 'description');
    if (description) actor.description = description;
    for (const axis of ['x', 'y'] as const) {
      const v = optional(row, axis);
      if (v === undefined) continue;
      const n = Number(v);
      if (Number.isFinite(n)) actor[axis] = n;
      else errors.add([], `"${v}" is not a number`, `${at}, column ${axis}`);
    }
    actors.push(actor);
    actorRows.push(k + 2);
  });

  let sources: Source[] = [];
  if (set.sources) {
    parse(set.sources, SOURCE_COLUMNS, errors).forEach((row, k) => {
      const source: Source = { id: cell(row.id), title: optional(row, 'title') ?? cell(row.id) };
      for (const field of ['publisher', 'published', 'url', 'file'] as const) {
        const v = optional(row, field);
        if (v) source[field] = v;
      }
      const reliability = optional(row, 'reliability');
      if (reliability) source.reliability = reliability as Source['reliability'];
      const derived = optional(row, 'derived_from');
      if (derived)
        source.derivedFrom = derived
          .split(LIST_SEPARATOR)
          .map((d) => d.trim())
          .filter(Boolean);
      sources.push(source);
      sourceRows.push(k + 2);
    });
  }

  const relations: Relation[] = [];
  const byId = new Map<string, number>();
  let untyped = 0;
  parse(set.relations, RELATION_COLUMNS, errors).forEach((row, k) => {
    const at = `${set.relations!.name}, row ${k + 2}`;
    const id = optional(row, 'id');
    let index = id === undefined ? undefined : byId.get(id);
    if (index === undefined) {
      const type = optional(row, 'type');
      if (type === undefined) untyped++;
      const relation: Relation = {
        id: id ?? `row-${k + 2}`,
        source: cell(row.source),
        target: cell(row.target),
        type: type ?? GENERIC_TYPE,
      };
      for (const field of ['start', 'end', 'location', 'note'] as const) {
        const v = optional(row, field);
        if (v) relation[field] = v;
      }
      const status = optional(row, 'status');
      if (status) relation.status = status as Relation['status'];
      index = relations.length;
      relations.push(relation);
      relationRows.push(k + 2);
      evidenceRows.push([]);
      if (id !== undefined) byId.set(id, index);
    } else {
      // a later row of the same relation adds evidence; its relation columns must agree
      const r = relations[index];
      for (const field of ['source', 'target', 'type', 'start', 'end', 'status', 'location'] as const) {
        const v = optional(row, field);
        if (v !== undefined && v !== (r[field] ?? (field === 'type' ? GENERIC_TYPE : undefined))) {
          errors.add(
            [],
            `"${v}" differs from row ${relationRows[index]} of the same relation ("${r[field] ?? ''}"): rows with one id are one relation`,
            `${at}, column ${field}`,
          );
        }
      }
    }
    const evidenceSource = optional(row, 'evidence_source');
    if (evidenceSource === undefined) {
      if (optional(row, 'quote'))
        errors.add([], 'a quote without its source: expected evidence_source', `${at}, column evidence_source`);
      return;
    }
    const stance = optional(row, 'stance') ?? 'supports';
    const evidence: Evidence = { source: evidenceSource, stance: stance as Evidence['stance'] };
    if (!(STANCES as readonly string[]).includes(stance)) {
      errors.add([], `unknown stance "${stance}": expected supports or disputes`, `${at}, column stance`);
    }
    for (const field of ['quote', 'by', 'speaker'] as const) {
      const v = optional(row, field);
      if (v) evidence[field] = v;
    }
    const credibility = optional(row, 'credibility');
    if (credibility) evidence.credibility = Number(credibility) as Evidence['credibility'];
    const r = relations[index];
    (r.evidence ??= []).push(evidence);
    evidenceRows[index].push(k + 2);
  });
  if (untyped > 0) {
    warnings.add(
      [],
      `${untyped} relation${untyped === 1 ? ' has' : 's have'} no type: loaded as "${GENERIC_TYPE}"`,
      set.relations.name,
    );
  }

  // without sources.csv, each cited source becomes a source titled by its id
  if (!set.sources) {
    const cited = [...new Set(relations.flatMap((r) => (r.evidence ?? []).map((e) => e.source)))];
    sources = cited.map((id) => ({ id, title: id }));
    if (cited.length)
      warnings.add([], `no sources.csv: ${cited.length} cited sources are known by their ids only`, set.relations.name);
  }

  const dataset: Dataset = {
    format: FORMAT,
    meta: { title: set.relations.name.replace(/\.csv$/i, '').replace(/^relations[-_ ]?/i, '') || 'CSV dataset' },
    sources,
    actors,
    relations,
  };
  if (dataset.meta.title === '') dataset.meta.title = 'CSV dataset';
  const v = validateDataset(dataset, { maxProblems: cap });

  // place the validator's JSON paths in the CSV files
  const place = (p: Problem): Problem => {
    const [collection, i, field, j, sub] = p.path as PathSegment[];
    const column = (f: PathSegment | undefined) => (typeof f === 'string' ? (FIELD_TO_COLUMN[f] ?? f) : '');
    if (collection === 'actors' && typeof i === 'number') {
      return { ...p, place: `${set.actors!.name}, row ${actorRows[i]}${field ? `, column ${column(field)}` : ''}` };
    }
    if (collection === 'sources' && typeof i === 'number' && set.sources) {
      return { ...p, place: `${set.sources.name}, row ${sourceRows[i]}${field ? `, column ${column(field)}` : ''}` };
    }
    if (collection === 'relations' && typeof i === 'number') {
      if (field === 'evidence' && typeof j === 'number') {
        return {
          ...p,
          place: `${set.relations!.name}, row ${evidenceRows[i][j]}${sub ? `, column ${sub === 'source' ? 'evidence_source' : column(sub)}` : ''}`,
        };
      }
      return {
        ...p,
        place: `${set.relations!.name}, row ${relationRows[i]}${field ? `, column ${column(field)}` : ''}`,
      };
    }
    return p;
  };
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
