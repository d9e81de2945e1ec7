// The formats the ingest reads, each with its query (sql/<format>.sql), the
// columns it needs, the types its table declares, and how its evidence cells
// become evidence items: the same rules as the app's readers (src/io/acledImport.ts,
// ucdpImport.ts, gdeltImport.ts), which keep theirs private; the unit test holds
// the two to the same results.

import { ACLED_TYPES } from '../../src/io/eventTypes';
import { CAMEO_TYPES } from '../../src/io/cameoTypes';
import {
  GDELT1_DAILY_COLUMNS,
  GDELT1_HISTORICAL_COLUMNS,
  GDELT2_COLUMNS,
  gdeltEvidence,
} from '../../src/io/gdeltImport';
import type { EventEvidence } from '../../src/io/eventRecords';
import type { RelationType } from '../../src/model/relationTypes';
import { ACLED_READ, ACLED_REQUIRED, acledEvidence } from '../../src/io/acledImport';
import { UCDP_READ, UCDP_REQUIRED, ucdpEvidence } from '../../src/io/ucdpImport';

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

/** As the browser's readers read them (acledImport.ts, ucdpImport.ts). */
const acledCells = (c: EvidenceCells): EventEvidence[] => acledEvidence(c.sources ?? '', c.quotes ?? '');
const gdeltCells = (c: EvidenceCells): EventEvidence[] => gdeltEvidence(c.source_url ?? '');
const ucdpCells = (c: EvidenceCells): EventEvidence[] =>
  ucdpEvidence(c.sources ?? '', c.publishers ?? '', c.quotes ?? '');

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
    evidence: acledCells,
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
    evidence: ucdpCells,
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
    evidence: gdeltCells,
    materializesItself: true,
  },
};
