// The formats the ingest reads, each with its query (sql/<format>.sql), the
// columns it needs, the types its table declares, and how its evidence cells
// become evidence items: the same rules as the app's readers (src/io/acledImport.ts,
// ucdpImport.ts, gdeltImport.ts), which keep theirs private; the unit test holds
// the two to the same results.

import { ACLED_TYPES } from '../../src/io/eventTypes';
import { CAMEO_TYPES } from '../../src/io/cameoTypes';
import { GDELT1_DAILY_COLUMNS, GDELT1_HISTORICAL_COLUMNS, GDELT2_COLUMNS } from '../../src/io/gdeltImport';
import type { EventEvidence, EventSource } from '../../src/io/eventRecords';
import type { RelationType } from '../../src/model/relationTypes';
import { ACLED_READ, ACLED_REQUIRED } from '../../src/io/acledImport';
import { UCDP_READ, UCDP_REQUIRED } from '../../src/io/ucdpImport';

export type FormatName = 'acled' | 'ucdp' | 'gdelt';
export const FORMAT_NAMES: readonly FormatName[] = ['acled', 'ucdp', 'gdelt'];

/** What an event's evidence is made of, as the events relation carries it. */
export interface EvidenceCells {
  sources?: string | null;
  publishers?: string | null;
  quotes?: string | null;
  source_url?: string | null;
}

export interface EventFormatSpec {
  name: FormatName;
  /** as the app names it */
  label: string;
  sql: string;
  /** the column of the format's own event id, the rows' order on an engine without one */
  idColumn: string;
  /** columns without which no row means anything */
  required: readonly string[];
  /** at least one of each group */
  oneOf?: readonly (readonly string[])[];
  /** the other columns the query reads: NULL where a file has none */
  optional: readonly string[];
  /** cell values that mean "nothing", besides an empty cell */
  empty: readonly string[];
  /** headerless layouts, by their number of fields (GDELT's files) */
  layouts?: ReadonlyMap<number, readonly string[]>;
  types: readonly RelationType[];
  evidence(cells: EvidenceCells): EventEvidence[];
  /** the query keeps its own computed-once copy of the rows (the rollup need not keep another) */
  materializesItself?: boolean;
}

/** The items of a list cell ("Reuters; SOHR"): trimmed, empty ones and repeats dropped, in order (the readers' listCell). */
export function listCell(text: string | null | undefined, separator = ';'): string[] {
  const items: string[] = [];
  for (const raw of (text ?? '').split(separator)) {
    const item = raw.trim();
    if (item !== '' && !items.includes(item)) items.push(item);
  }
  return items;
}

const ACLED_SOURCE: EventSource = { key: 'ACLED', title: 'ACLED' };
const UCDP_SOURCE: EventSource = { key: 'UCDP GED', title: 'UCDP Georeferenced Event Dataset' };

/** Each source the row names, quoting the notes; ACLED itself where it names none (acledImport.ts). */
function acledEvidence(c: EvidenceCells): EventEvidence[] {
  const named = listCell(c.sources).map((name) => ({ key: name, title: name }));
  const notes = c.quotes ?? '';
  return (named.length ? named : [ACLED_SOURCE]).map((source) => ({ source, ...(notes && { quote: notes }) }));
}

/** One item per article, with its office and headline where they list one each (ucdpImport.ts). */
function ucdpEvidence(c: EvidenceCells): EventEvidence[] {
  const articles = listCell(c.sources);
  const offices = listCell(c.publishers);
  const headlines = listCell(c.quotes);
  const whole = c.quotes ?? '';
  const quoteOf = (i: number, n: number) => (headlines.length === n ? headlines[i] : whole);
  let sources: EventSource[];
  if (articles.length) {
    sources = articles.map((title, i) => ({
      key: title,
      title,
      ...(offices.length === articles.length && { publisher: offices[i] }),
    }));
  } else if (offices.length) {
    sources = offices.map((name) => ({ key: name, title: name, publisher: name }));
  } else {
    sources = [UCDP_SOURCE];
  }
  return sources.map((source, i) => {
    const quote = quoteOf(i, sources.length);
    return { source, ...(quote && { quote }) };
  });
}

const URL_HOST = /^https?:\/\/(?:[^/?#@]*@)?([^/?#:@\s]+)/i;

/** SOURCEURL: one source, the URL its key, titled by its host; a name that is no URL is the source (gdeltImport.ts). */
function gdeltEvidence(c: EvidenceCells): EventEvidence[] {
  const url = c.source_url ?? '';
  if (url === '') return [];
  const host = URL_HOST.exec(url)?.[1]
    .toLowerCase()
    .replace(/^www\./, '');
  if (host) return [{ source: { key: url, title: host, url } }];
  return [{ source: { key: url, title: url } }];
}

export const FORMATS: Record<FormatName, EventFormatSpec> = {
  acled: {
    name: 'acled',
    label: 'ACLED',
    sql: 'acled.sql',
    idColumn: 'event_id_cnty',
    required: ACLED_REQUIRED,
    optional: ACLED_READ,
    empty: ['NA'],
    types: ACLED_TYPES,
    evidence: acledEvidence,
  },
  ucdp: {
    name: 'ucdp',
    label: 'UCDP GED',
    sql: 'ucdp.sql',
    idColumn: 'id',
    required: UCDP_REQUIRED,
    optional: UCDP_READ,
    empty: ['NA'],
    types: [],
    evidence: ucdpEvidence,
  },
  gdelt: {
    name: 'gdelt',
    label: 'GDELT',
    sql: 'gdelt.sql',
    idColumn: 'GLOBALEVENTID',
    required: ['GLOBALEVENTID', 'SQLDATE', 'QuadClass'],
    oneOf: [
      ['Actor1Code', 'Actor1Name'],
      ['Actor2Code', 'Actor2Name'],
      ['EventRootCode', 'EventCode'],
    ],
    optional: GDELT2_COLUMNS.filter((c) => !['GLOBALEVENTID', 'SQLDATE', 'QuadClass'].includes(c)),
    empty: [],
    layouts: new Map<number, readonly string[]>([
      [GDELT1_HISTORICAL_COLUMNS.length, GDELT1_HISTORICAL_COLUMNS],
      [GDELT1_DAILY_COLUMNS.length, GDELT1_DAILY_COLUMNS],
      [GDELT2_COLUMNS.length, GDELT2_COLUMNS],
    ]),
    types: CAMEO_TYPES,
    evidence: gdeltEvidence,
    materializesItself: true,
  },
};
