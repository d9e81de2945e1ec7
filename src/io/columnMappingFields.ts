// The parts of a relation an analyst maps a CSV's columns to, the first guess
// from the column names, and what a mapping lacks: what the mapping step on the
// page needs, apart from the reader (columnMapping.ts), which the worker runs.

/** The parts of a relation a column can hold; the two ends are required. */
export const MAPPED_FIELDS = ['source', 'target', 'type', 'mode', 'start', 'end', 'quote', 'publisher', 'url'] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];
/** For each part, the column that holds it; absent: none. */
export type ColumnMapping = Partial<Record<MappedField, string>>;

export const FIELD_NAMES: Record<MappedField, string> = {
  source: 'Source actor',
  target: 'Target actor',
  type: 'Relation type',
  mode: 'Mode (act, offer, threat…)',
  start: 'Start date',
  end: 'End date',
  quote: 'Quote',
  publisher: 'Source (publisher)',
  url: 'Link',
};

// column names that usually hold each part, tried in this order
const GUESSES: Record<MappedField, RegExp> = {
  source: /^(source[ _-]?actor|from|actor[ _-]?1|actor[ _-]?a|side[ _-]?a|subject|origin|source)$/i,
  target: /^(target[ _-]?actor|to|actor[ _-]?2|actor[ _-]?b|side[ _-]?b|object|destination|target)$/i,
  type: /^(relation[ _-]?type|type|relation|relationship|kind|event[ _-]?type|tie)$/i,
  mode: /^(mode|modality)$/i,
  start: /^(start[ _-]?date|start|date|begin|from[ _-]?date|event[ _-]?date|since)$/i,
  end: /^(end[ _-]?date|end|until|to[ _-]?date|stop)$/i,
  quote: /^(quote|text|notes?|description|excerpt|evidence)$/i,
  publisher: /^(publisher|outlet|source[ _-]?name|media|reported[ _-]?by)$/i,
  url: /^(url|link|source[ _-]?url|href)$/i,
};

/** A first mapping from the column names; each column used once, the ends first. */
export function guessMapping(columns: readonly string[]): ColumnMapping {
  const taken = new Set<string>();
  const out: ColumnMapping = {};
  for (const field of MAPPED_FIELDS) {
    const column = columns.find((c) => !taken.has(c) && GUESSES[field].test(c.trim()));
    if (column !== undefined) {
      out[field] = column;
      taken.add(column);
    }
  }
  return out;
}

/** Why a mapping cannot be read, in words; null when it can. */
export function mappingProblem(mapping: ColumnMapping, columns: readonly string[]): string | null {
  for (const field of ['source', 'target'] as const) {
    if (!mapping[field]) return `choose the column that holds the ${FIELD_NAMES[field].toLowerCase()}`;
  }
  for (const field of MAPPED_FIELDS) {
    const c = mapping[field];
    if (c !== undefined && !columns.includes(c)) return `the file has no column "${c}"`;
  }
  if (mapping.source === mapping.target) return 'the source and target actors must be different columns';
  return null;
}
