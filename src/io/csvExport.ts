// The CSV set the CSV importer reads: actors.csv, relations.csv (one row per
// evidence item; rows with the same id are one relation), sources.csv. For
// spreadsheets: UTF-8 with a byte-order mark, proper quoting, and cells that a
// spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage
// return) prefixed with an apostrophe, which the importer removes again.

import { strToU8, zipSync } from 'fflate';
import Papa from 'papaparse';
import type { Dataset } from '../model/types';

export const ACTOR_COLUMNS = ['id', 'label', 'short', 'aliases', 'kind', 'country', 'description', 'x', 'y'] as const;
export const RELATION_COLUMNS = [
  'id',
  'source',
  'target',
  'type',
  'start',
  'end',
  'status',
  'location',
  'note',
  'evidence_source',
  'quote',
  'stance',
  'by',
  'speaker',
  'credibility',
] as const;
export const SOURCE_COLUMNS = [
  'id',
  'title',
  'publisher',
  'published',
  'url',
  'file',
  'reliability',
  'derived_from',
] as const;

/** Separates list items inside one cell (aliases, derived_from). */
export const LIST_SEPARATOR = '|';

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell made safe for spreadsheets: formula-like text gets a leading apostrophe. */
export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  return neutralise(String(value));
}

function toCsv(columns: readonly string[], rows: unknown[][]): string {
  return `\uFEFF${Papa.unparse({ fields: [...columns], data: rows.map((r) => r.map(text)) }, { newline: '\r\n', quotes: false })}\r\n`;
}

export interface CsvFiles {
  'actors.csv': string;
  'relations.csv': string;
  'sources.csv': string;
}

export function datasetToCsv(d: Dataset): CsvFiles {
  const actors = d.actors.map((a) => [
    a.id,
    a.label,
    a.short,
    a.aliases?.join(LIST_SEPARATOR),
    a.kind,
    a.country,
    a.description,
    a.x,
    a.y,
  ]);
  const relations: unknown[][] = [];
  for (const r of d.relations) {
    const head = [r.id, r.source, r.target, r.type, r.start, r.end, r.status, r.location, r.note];
    const evidence = r.evidence ?? [];
    if (evidence.length === 0) relations.push([...head, '', '', '', '', '', '']);
    for (const e of evidence) relations.push([...head, e.source, e.quote, e.stance, e.by, e.speaker, e.credibility]);
  }
  const sources = d.sources.map((s) => [
    s.id,
    s.title,
    s.publisher,
    s.published,
    s.url,
    s.file,
    s.reliability,
    s.derivedFrom?.join(LIST_SEPARATOR),
  ]);
  return {
    'actors.csv': toCsv(ACTOR_COLUMNS, actors),
    'relations.csv': toCsv(RELATION_COLUMNS, relations),
    'sources.csv': toCsv(SOURCE_COLUMNS, sources),
  };
}

/** The three CSV files in one zip. */
export function datasetToCsvZip(d: Dataset): Uint8Array {
  const files = datasetToCsv(d);
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, content]) => [name, strToU8(content)])), {
    level: 6,
  });
}

/** A filled-in example of the CSV set, for analysts starting a sheet. */
export function csvTemplateZip(): Uint8Array {
  return datasetToCsvZip({
    format: 'faultlines/1',
    meta: { title: 'Template' },
    sources: [
      {
        id: 'wire-2024-12-02',
        title: 'Militias cross into Syria',
        publisher: 'A wire service',
        published: '2024-12-02',
      },
      {
        id: 'blog-2024-12-02',
        title: 'A blog repeating the wire report',
        published: '2024-12-02',
        derivedFrom: ['wire-2024-12-02'],
      },
    ],
    actors: [
      {
        id: 'group-a',
        label: 'Group A',
        short: 'A',
        aliases: ['The A Movement', 'AM'],
        kind: 'armed-group',
        country: 'IQ',
      },
      { id: 'state-b', label: 'State B', kind: 'state', country: 'SY' },
    ],
    relations: [
      {
        id: 'a-deploys-to-b',
        source: 'group-a',
        target: 'state-b',
        type: 'deploys-to',
        start: '2024-12-01',
        status: 'denied',
        location: 'border crossing',
        evidence: [
          {
            source: 'wire-2024-12-02',
            quote: 'the exact words of the report',
            stance: 'supports',
            speaker: 'two security sources',
          },
          { source: 'blog-2024-12-02', quote: 'the exact words of the denial', stance: 'disputes', by: 'group-a' },
        ],
      },
      { id: 'a-backs-b', source: 'group-a', target: 'state-b', type: 'backs', start: '2013', end: 'ongoing' },
    ],
  });
}
