// Any other CSV: which of its columns hold the relation's parts, as the analyst
// maps them (guessed from the column names first), and the file read with that
// mapping: one relation per row between two actors named in it. A type and a
// mode are used where the app knows them; another word is kept in the note.

import { ProblemList } from '../model/problems';
import { BUILTIN_TYPES, GENERIC_TYPE } from '../model/relationTypes';
import { FORMAT, MODES, type Actor, type Dataset, type Mode, type Relation, type Source } from '../model/types';
import { validateDataset, type Validation } from '../model/validate';
import Papa from 'papaparse';
import { delimiterOf, eachEventRow } from './eventCsvRows';
import { slug } from './eventsDataset';
import { UniqueIds } from './graphFileProblems';
import type { ColumnMapping, MappedField } from './columnMappingFields';

export * from './columnMappingFields';

const BUILT_IN = new Set(BUILTIN_TYPES.map((t) => t.id));

/** A type cell: a built-in type by id or label ("backs", "pledges support"), else unknown. */
function typeOf(cell: string): string | undefined {
  const v = cell.trim().toLowerCase().replace(/\s+/g, '-');
  if (BUILT_IN.has(v)) return v;
  return BUILTIN_TYPES.find((t) => t.label.replace(/\s+/g, '-') === v)?.id;
}

/** A mode cell: one of MODES in any case ("Threat"), else unknown. */
function modeOf(cell: string): Mode | undefined {
  const v = cell.trim().toLowerCase();
  return (MODES as readonly string[]).includes(v) ? (v as Mode) : undefined;
}

/** The file read with the mapping into a validated dataset; never throws. */
export function readMappedCsv(
  file: { name: string; text: string },
  mapping: ColumnMapping,
  maxProblems = 1000,
): Validation {
  const errors = new ProblemList(maxProblems);
  const warnings = new ProblemList(maxProblems);
  const actors: Actor[] = [];
  const actorIds = new Map<string, string>();
  const ids = new UniqueIds();
  const sources: Source[] = [];
  const sourceIds = new Map<string, string>();
  const relations: Relation[] = [];
  let untyped = 0;
  let unknownModes = 0;
  const actorOf = (name: string) => {
    let id = actorIds.get(name);
    if (id === undefined) {
      id = ids.take(slug(name));
      actorIds.set(name, id);
      actors.push({ id, label: name, kind: 'organisation' });
    }
    return id;
  };
  const sourceOf = (publisher: string, url: string) => {
    const key = publisher || url;
    let id = sourceIds.get(key);
    if (id === undefined) {
      id = `source-${sourceIds.size + 1}`;
      sourceIds.set(key, id);
      sources.push({ id, title: publisher || url, ...(publisher && { publisher }), ...(url && { url }) });
    }
    return id;
  };
  const others = (['type', 'mode', 'start', 'end', 'quote', 'publisher', 'url'] as const).flatMap((f) =>
    mapping[f] ? [mapping[f]] : [],
  );
  const spec = { required: [mapping.source ?? '', mapping.target ?? ''], read: [...new Set(others)] };
  eachEventRow(file, spec, errors, (cell, row) => {
    const get = (f: MappedField) => (mapping[f] ? cell(mapping[f]).trim() : '');
    const [from, to] = [get('source'), get('target')];
    const at = `${file.name}, row ${row}`;
    if (from === '' || to === '') {
      warnings.add([], `no ${from === '' ? 'source' : 'target'} actor: the row is not drawn`, at);
      return;
    }
    const typeCell = get('type');
    const type = typeCell ? typeOf(typeCell) : undefined;
    if (type === undefined) untyped++;
    const modeCell = get('mode');
    const mode = modeCell ? modeOf(modeCell) : undefined;
    if (modeCell && mode === undefined) unknownModes++;
    const note = [
      typeCell && !type && `type in the file: ${typeCell}`,
      modeCell && !mode && `mode in the file: ${modeCell}`,
    ]
      .filter(Boolean)
      .join('; ');
    const [publisher, url, quote] = [get('publisher'), get('url'), get('quote')];
    const relation: Relation = {
      id: `row-${row}`,
      source: actorOf(from),
      target: actorOf(to),
      type: type ?? GENERIC_TYPE,
      ...(mode && { mode }),
      ...(get('start') && { start: get('start') }),
      ...(get('end') && { end: get('end') }),
      ...(note && { note }),
    };
    if (publisher || url || quote) {
      // a quote without a named source is the file's word
      const source = publisher || url ? sourceOf(publisher, url) : sourceOf(file.name, '');
      relation.evidence = [{ source, stance: 'supports', ...(quote && { quote }) }];
    }
    relations.push(relation);
    return relations.length <= 2_000_000;
  });
  if (untyped > 0 && mapping.type) {
    warnings.add(
      [],
      `${untyped} rows name no relation type this app knows: they load as "related to" (the type is kept in the note)`,
      file.name,
    );
  }
  if (unknownModes > 0) {
    warnings.add(
      [],
      `${unknownModes} row${unknownModes === 1 ? ' names a mode' : 's name modes'} other than ${MODES.join(', ')}: ${unknownModes === 1 ? 'it loads as an act' : 'they load as acts'} (the word is kept in the note)`,
      file.name,
    );
  }
  if (errors.count > 0) {
    return {
      ok: false,
      errors: errors.items,
      errorCount: errors.count,
      warnings: warnings.items,
      warningCount: warnings.count,
    };
  }
  const dataset: Dataset = {
    format: FORMAT,
    meta: { title: file.name.replace(/\.[^.]*$/, '') },
    sources,
    actors,
    relations,
  };
  const v = validateDataset(dataset);
  // the validator's places are JSON paths into a dataset the analyst never saw: say the row and column
  const place = (p: { path: readonly (string | number)[]; message: string }) => {
    const [collection, i, field] = p.path;
    if (collection !== 'relations' || typeof i !== 'number') return p;
    const column = typeof field === 'string' ? mapping[field as MappedField] : undefined;
    return { ...p, place: `${file.name}, row ${relations[i].id.slice(4)}${column ? `, column ${column}` : ''}` };
  };
  return {
    ...v,
    errors: v.errors.map(place),
    warnings: [...warnings.items, ...v.warnings.map(place)],
    warningCount: warnings.count + v.warningCount,
  } as Validation;
}

/** The first `n` rows after the header, as cells: the preview beside the mapping. */
export function csvPreview(text: string, n: number): string[][] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  Papa.parse<string[]>(body, {
    delimiter: delimiterOf(body),
    skipEmptyLines: true,
    step: (results, parser) => {
      rows.push(results.data.map((c) => String(c).slice(0, 200)));
      if (rows.length > n) parser.abort();
    },
  });
  return rows.slice(1);
}
