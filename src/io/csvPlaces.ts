// Where in the CSV set a validator problem is: its JSON path ($.relations[3].source)
// turned into the file, row and column it came from ("relations.csv, row 5, column
// source"). The columns are named per collection: a relation's `source` is the
// column source, an evidence item's `source` is evidence_source.

import type { PathSegment, Problem } from '../model/problems';
import type { NamedText } from './csvImport';

/** The CSV row of each item read, by collection (relations' evidence by relation, then item). */
export interface CsvRows {
  actors: number[];
  sources: number[];
  types: number[];
  relations: number[];
  evidence: number[][];
}

interface Files {
  actors?: NamedText;
  relations?: NamedText;
  sources?: NamedText;
  types?: NamedText;
  meta?: NamedText;
}

/** Fields whose column has another name; the rest are named as the field. */
const SOURCE_FIELDS = new Map([['derivedFrom', 'derived_from']]);
const EVIDENCE_FIELDS = new Map([['source', 'evidence_source']]);
const RELATION_FIELDS = new Map([['evidence', 'evidence_source']]);
const NO_RENAMES = new Map<string, string>();

function column(field: PathSegment | undefined, renames: ReadonlyMap<string, string>): string {
  if (typeof field !== 'string') return '';
  return `, column ${renames.get(field) ?? field}`;
}

export function placeInCsv(p: Problem, files: Files, rows: CsvRows): Problem {
  const [collection, i, field, j, sub] = p.path;
  const at = (file: NamedText | undefined, row: number | undefined, where: string): Problem =>
    file && row !== undefined ? { ...p, place: `${file.name}, row ${row}${where}` } : p;
  if (typeof i !== 'number') {
    if (collection === 'meta' && files.meta) return at(files.meta, 2, column(i, NO_RENAMES));
    return p;
  }
  switch (collection) {
    case 'actors':
      return at(files.actors, rows.actors[i], column(field, NO_RENAMES));
    case 'sources':
      return at(files.sources, rows.sources[i], column(field, SOURCE_FIELDS));
    case 'relationTypes':
      return at(files.types, rows.types[i], column(field, NO_RENAMES));
    case 'relations':
      if (field === 'evidence' && typeof j === 'number')
        return at(files.relations, rows.evidence[i]?.[j], column(sub, EVIDENCE_FIELDS));
      return at(files.relations, rows.relations[i], column(field, RELATION_FIELDS));
    default:
      return p;
  }
}
