// Which reader a chosen or dropped set of files needs: faultlines/1 JSON, a CSV
// set (or the zip the CSV export writes), GEXF or GraphML; an event file
// (ACLED, UCDP GED, GDELT: eventFormats.ts), rolled up or not; or any other CSV,
// read through the columns the analyst maps (columnMapping.ts).

import { readerProblems } from './graphFileProblems';
import { validateDataset, type Validation } from '../model/validate';
import { csvPreview, readMappedCsv, type ColumnMapping } from './columnMapping';
import { pickCsvFiles, readCsvDataset, type NamedText } from './csvImport';
import { csvHeader } from './eventCsvRows';
import { EVENT_FORMATS } from './eventFormats';
import type { Rollup } from './eventRecords';
import { eventsToDataset } from './eventsDataset';
import { isFtmText, readFtmDataset } from './ftmImport';
import { readGexfDataset } from './gexfImport';
import { readGraphmlDataset } from './graphmlImport';
import { readJsonDataset } from './json';
import { isStixJson, readStixDataset } from './stixImport';
import { megabytes, readCsvZip, type ZipLimits } from './zipRead';

export interface InputFile {
  name: string;
  /** the text of a text file, or the bytes of a zip */
  text?: string;
  bytes?: Uint8Array;
}

/** Extensions that hold bytes, not text. */
export function isBinaryName(name: string): boolean {
  return /\.zip$/i.test(name);
}

function failure(message: string): Validation {
  return { ok: false, errors: [{ path: [], message }], errorCount: 1, warnings: [], warningCount: 0 };
}

export interface ReadLimits extends Partial<ZipLimits> {
  /** largest file read, in bytes (characters for text) */
  maxBytes: number;
  maxActors: number;
  maxRelations: number;
}

/**
 * Limits a browser tab can hold with room to spare; a caller may pass its own. A
 * zip's CSV files may expand to 512 MB together and 500 MB each (V8's longest
 * string is 2^29 - 24 characters, about 536 million), from at most 64 entries;
 * past 32 MB, at most 100 times the zip's size (zipRead.ts).
 */
export const DEFAULT_LIMITS: Required<ReadLimits> = {
  maxBytes: 512 * 1024 * 1024,
  maxActors: 200_000,
  maxRelations: 2_000_000,
  maxExpandedBytes: 512 * 1024 * 1024,
  maxEntryBytes: 500_000_000,
  maxEntries: 64,
  maxRatio: 100,
  ratioFloor: 32 * 1024 * 1024,
};

/** How to read files that need a choice: event files rolled up or not, a CSV's columns. */
export interface ReadOptions {
  /** events rolled up by period; absent: one relation per event up to ROLLUP_ABOVE events, else by month */
  rollup?: Rollup;
  mapping?: ColumnMapping;
}

/** Above this many events an event file opens rolled up by month, unless told otherwise. */
export const ROLLUP_ABOVE = 5_000;

/** What was read, and, for an event file, how; or, for a CSV of unknown columns, what to ask. */
export interface ReadOutcome {
  name: string;
  result: Validation;
  /** an event file: its format, how many events, and how they were rolled up */
  events?: { format: string; count: number; rollup: Rollup };
  /** a CSV whose columns are not known: its header and first rows, for the analyst to map */
  needsMapping?: { file: string; header: string[]; rows: string[][] };
}

export function readDatasetFiles(
  files: readonly InputFile[],
  limits: ReadLimits = DEFAULT_LIMITS,
  options: ReadOptions = {},
): ReadOutcome {
  const names = files.map((f) => f.name);
  const name = names.join(' + ') || 'nothing';
  if (files.length === 0) return { name, result: failure('no file was chosen') };
  const big = files.find((f) => (f.text?.length ?? f.bytes?.length ?? 0) > limits.maxBytes);
  if (big) {
    const size = megabytes(big.text?.length ?? big.bytes?.length ?? 0);
    return { name, result: failure(`${big.name} is ${size}: files over ${megabytes(limits.maxBytes)} are not opened`) };
  }
  const read = readByFormat(files, name, limits, options);
  const r = read.result;
  if (r.ok && (r.dataset.actors.length > limits.maxActors || r.dataset.relations.length > limits.maxRelations)) {
    return {
      name: read.name,
      result: failure(
        `${r.dataset.actors.length} actors and ${r.dataset.relations.length} relations: more than this app opens (${limits.maxActors} actors, ${limits.maxRelations} relations)`,
      ),
    };
  }
  return read;
}

function readByFormat(
  files: readonly InputFile[],
  name: string,
  limits: ReadLimits,
  options: ReadOptions,
): ReadOutcome {
  const names = files.map((f) => f.name);
  const ext = (f: InputFile) => (/\.([a-z0-9]+)$/i.exec(f.name)?.[1] ?? '').toLowerCase();
  const csvLimits = { maxActors: limits.maxActors, maxRelations: limits.maxRelations };
  const zip = files.find((f) => ext(f) === 'zip');
  if (zip) {
    const unzipped = readCsvZip(zip.name, zip.bytes ?? new Uint8Array(), {
      maxExpandedBytes: limits.maxExpandedBytes ?? DEFAULT_LIMITS.maxExpandedBytes,
      maxEntryBytes: limits.maxEntryBytes ?? DEFAULT_LIMITS.maxEntryBytes,
      maxEntries: limits.maxEntries ?? DEFAULT_LIMITS.maxEntries,
      maxRatio: limits.maxRatio ?? DEFAULT_LIMITS.maxRatio,
      ratioFloor: limits.ratioFloor ?? DEFAULT_LIMITS.ratioFloor,
    });
    if (!unzipped.ok) return { name: zip.name, result: failure(unzipped.message) };
    return { name: zip.name, result: readCsvDataset(unzipped.files, csvLimits) };
  }
  if (files.length === 1 && /^(csv|tsv|txt)$/.test(ext(files[0]))) {
    const other = readOtherTable({ name: files[0].name, text: files[0].text ?? '' }, options);
    if (other) return other;
  }
  if (files.every((f) => ext(f) === 'csv')) {
    const texts: NamedText[] = files.map((f) => ({ name: f.name, text: f.text ?? '' }));
    return { name, result: readCsvDataset(texts, csvLimits) };
  }
  if (files.length > 1) {
    return {
      name,
      result: failure(
        `open one JSON (faultlines/1, FollowTheMoney or STIX), GEXF, GraphML or event file, or a set of CSV files (actors.csv, relations.csv, sources.csv); got ${names.join(', ')}`,
      ),
    };
  }
  const file = files[0];
  const text = file.text ?? '';
  if (ext(file) === 'gexf') return { name, result: readGexfDataset(file.name, text) };
  if (ext(file) === 'graphml') return { name, result: readGraphmlDataset(file.name, text) };
  // FollowTheMoney entities (JSON lines, or an array of them) and STIX bundles, told by their shape
  if (/\.(ftm\.json|ijson|jsonl|ndjson)$/i.test(file.name) || isFtmText(text)) {
    return { name, result: readFtmDataset(file.name, text) };
  }
  if (/"type"\s*:\s*"bundle"/.test(text.slice(0, 4096)) && isStixJson(parsedOrUndefined(text))) {
    return { name, result: readStixDataset(file.name, text) };
  }
  return { name, result: readJsonDataset(text) };
}

/** The first line of a text, for recognising its format. */
function firstLineOf(text: string): string {
  const end = text.search(/[\r\n]/);
  return text.slice(0, end === -1 ? Math.min(text.length, 65_536) : Math.min(end, 65_536));
}

/**
 * A single table that is not the app's own CSV set: an event file of a known format, or a CSV whose
 * columns the analyst maps (asked for when no mapping is given). Null: the app's own CSV (actors.csv…).
 */
function readOtherTable(file: NamedText, options: ReadOptions): ReadOutcome | null {
  const line = firstLineOf(file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text);
  const format = EVENT_FORMATS.find((f) => f.matches(file.name, line));
  if (format) return readEvents(file, format, options.rollup);
  if (/\.csv$/i.test(file.name) && (pickCsvFiles([file]).actors || pickCsvFiles([file]).relations)) return null;
  if (options.mapping) return { name: file.name, result: readMappedCsv(file, options.mapping) };
  const header = csvHeader(file.text);
  return {
    name: file.name,
    result: {
      ok: false,
      errors: [{ path: [], message: 'its columns need mapping' }],
      errorCount: 1,
      warnings: [],
      warningCount: 0,
    },
    needsMapping: { file: file.name, header, rows: csvPreview(file.text, 5) },
  };
}

function readEvents(file: NamedText, format: (typeof EVENT_FORMATS)[number], rollup?: Rollup): ReadOutcome {
  const problems = readerProblems();
  const events = format.read(file, problems);
  if (problems.errors.count > 0) return { name: file.name, result: problems.fail() };
  const chosen = rollup ?? (events.length > ROLLUP_ABOVE ? 'month' : 'none');
  const dataset = eventsToDataset(events, {
    title: file.name.replace(/\.[^.]*$/, ''),
    description: `${events.length} ${format.name} events from ${file.name}${chosen === 'none' ? '' : `, rolled up by ${chosen}`}.`,
    rollup: chosen,
    relationTypes: [...format.types],
  });
  const v = validateDataset(dataset);
  const result: Validation = {
    ...v,
    warnings: [...problems.warnings.items, ...v.warnings].slice(0, problems.cap),
    warningCount: problems.warnings.count + v.warningCount,
  } as Validation;
  return { name: file.name, result, events: { format: format.name, count: events.length, rollup: chosen } };
}

function parsedOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
