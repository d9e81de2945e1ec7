// Which reader a chosen or dropped set of files needs: faultlines/1 JSON, a CSV
// set (or the zip the CSV export writes), GEXF or GraphML.

import type { Validation } from '../model/validate';
import { readCsvDataset, type NamedText } from './csvImport';
import { readGexfDataset } from './gexfImport';
import { readGraphmlDataset } from './graphmlImport';
import { readJsonDataset } from './json';
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

export function readDatasetFiles(
  files: readonly InputFile[],
  limits: ReadLimits = DEFAULT_LIMITS,
): { name: string; result: Validation } {
  const names = files.map((f) => f.name);
  const name = names.join(' + ') || 'nothing';
  if (files.length === 0) return { name, result: failure('no file was chosen') };
  const big = files.find((f) => (f.text?.length ?? f.bytes?.length ?? 0) > limits.maxBytes);
  if (big) {
    const size = megabytes(big.text?.length ?? big.bytes?.length ?? 0);
    return { name, result: failure(`${big.name} is ${size}: files over ${megabytes(limits.maxBytes)} are not opened`) };
  }
  const read = readByFormat(files, name, limits);
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
): { name: string; result: Validation } {
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
  if (files.every((f) => ext(f) === 'csv')) {
    const texts: NamedText[] = files.map((f) => ({ name: f.name, text: f.text ?? '' }));
    return { name, result: readCsvDataset(texts, csvLimits) };
  }
  if (files.length > 1) {
    return {
      name,
      result: failure(
        `open one JSON, GEXF or GraphML file, or a set of CSV files (actors.csv, relations.csv, sources.csv); got ${names.join(', ')}`,
      ),
    };
  }
  const file = files[0];
  if (ext(file) === 'gexf') return { name, result: readGexfDataset(file.name, file.text ?? '') };
  if (ext(file) === 'graphml') return { name, result: readGraphmlDataset(file.name, file.text ?? '') };
  return { name, result: readJsonDataset(file.text ?? '') };
}
