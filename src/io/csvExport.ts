// The CSV set the CSV importer reads: actors.csv, relations.csv (one row per
// evidence item; rows with the same id are one relation), sources.csv, and the
// dataset's own relation types (types.csv) and title, description and date
// (meta.csv), so that the set reopens to the dataset it was written from. For
// spreadsheets: UTF-8 with a byte-order mark, proper quoting, and cells guarded
// as csvCells.ts says (formula-like text gets a leading apostrophe).

import { strToU8, zipSync } from 'fflate';
import Papa from 'papaparse';
import type { Dataset } from '../model/types';
import { encodeList, neutralise } from './csvCells';

export const ACTOR_COLUMNS = [
  'id',
  'label',
  'short',
  'aliases',
  'kind',
  'country',
  'description',
  'x',
  'y',
  'colour',
  'size',
] as const;
export const RELATION_COLUMNS = [
  'id',
  'source',
  'target',
  'type',
  'start',
  'end',
  'status',
  'mode',
  'once',
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
/** The dataset's relationTypes, one row each. */
export const TYPE_COLUMNS = ['id', 'label', 'sign', 'directed', 'kind', 'weight', 'colour', 'description'] as const;
/** The dataset's meta, in one row. */
export const META_COLUMNS = ['title', 'description', 'updated'] as const;

function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  return neutralise(String(value));
}

function list(items: readonly string[] | undefined): string | undefined {
  return items === undefined ? undefined : encodeList(items);
}

function toCsv(columns: readonly string[], rows: unknown[][]): string {
  return `\uFEFF${Papa.unparse({ fields: [...columns], data: rows.map((r) => r.map(text)) }, { newline: '\r\n', quotes: false })}\r\n`;
}

export interface CsvFiles {
  'actors.csv': string;
  'relations.csv': string;
  'sources.csv': string;
  'types.csv': string;
  'meta.csv': string;
}

export function datasetToCsv(d: Dataset): CsvFiles {
  const actors = d.actors.map((a) => [
    a.id,
    a.label,
    a.short,
    list(a.aliases),
    a.kind,
    a.country,
    a.description,
    a.x,
    a.y,
    a.colour,
    a.size,
  ]);
  const relations: unknown[][] = [];
  for (const r of d.relations) {
    // mode and once as given: empty when absent, so "act" and false written in the dataset stay written
    const head = [r.id, r.source, r.target, r.type, r.start, r.end, r.status, r.mode, r.once, r.location, r.note];
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
    list(s.derivedFrom),
  ]);
  const types = (d.relationTypes ?? []).map((t) => [
    t.id,
    t.label,
    t.sign,
    t.directed,
    t.kind,
    t.weight,
    t.colour,
    t.description,
  ]);
  return {
    'actors.csv': toCsv(ACTOR_COLUMNS, actors),
    'relations.csv': toCsv(RELATION_COLUMNS, relations),
    'sources.csv': toCsv(SOURCE_COLUMNS, sources),
    'types.csv': toCsv(TYPE_COLUMNS, types),
    'meta.csv': toCsv(META_COLUMNS, [[d.meta.title, d.meta.description, d.meta.updated]]),
  };
}

/** The CSV files in one zip. */
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
