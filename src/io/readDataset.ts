// Which reader a chosen or dropped set of files needs: faultlines/1 JSON, a CSV
// set (or the zip the CSV export writes), GEXF or GraphML.

import { strFromU8, unzipSync } from 'fflate';
import type { Validation } from '../model/validate';
import { readCsvDataset, type NamedText } from './csvImport';
import { readGexfDataset } from './gexfImport';
import { readGraphmlDataset } from './graphmlImport';
import { readJsonDataset } from './json';

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

export interface ReadLimits {
  /** largest file read, in bytes (characters for text) */
  maxBytes: number;
  maxActors: number;
  maxRelations: number;
}

/** Limits a browser tab can hold with room to spare; a caller may pass its own. */
export const DEFAULT_LIMITS: ReadLimits = { maxBytes: 512 * 1024 * 1024, maxActors: 200_000, maxRelations: 2_000_000 };

export function readDatasetFiles(
  files: readonly InputFile[],
  limits: ReadLimits = DEFAULT_LIMITS,
): { name: string; result: Validation } {
  const names = files.map((f) => f.name);
  const name = names.join(' + ') || 'nothing';
  if (files.length === 0) return { name, result: failure('no file was chosen') };
  const big = files.find((f) => (f.text?.length ?? f.bytes?.length ?? 0) > limits.maxBytes);
  if (big) {
    const mb = (n: number) => (n < 1024 * 1024 ? `${Math.ceil(n / 1024)} KB` : `${Math.round(n / 1024 / 1024)} MB`);
    return {
      name,
      result: failure(
        `${big.name} is ${mb(big.text?.length ?? big.bytes?.length ?? 0)}: files over ${mb(limits.maxBytes)} are not opened`,
      ),
    };
  }
  const read = readByFormat(files, name);
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

function readByFormat(files: readonly InputFile[], name: string): { name: string; result: Validation } {
  const names = files.map((f) => f.name);
  const ext = (f: InputFile) => (/\.([a-z0-9]+)$/i.exec(f.name)?.[1] ?? '').toLowerCase();
  const zip = files.find((f) => ext(f) === 'zip');
  if (zip) {
    try {
      const entries = unzipSync(zip.bytes ?? new Uint8Array());
      const texts: NamedText[] = Object.entries(entries)
        .filter(([n]) => /\.csv$/i.test(n))
        .map(([n, bytes]) => ({ name: n.replace(/^.*\//, ''), text: strFromU8(bytes) }));
      return { name: zip.name, result: readCsvDataset(texts) };
    } catch (e) {
      return { name: zip.name, result: failure(`not a readable zip: ${e instanceof Error ? e.message : String(e)}`) };
    }
  }
  if (files.every((f) => ext(f) === 'csv')) {
    return { name, result: readCsvDataset(files.map((f) => ({ name: f.name, text: f.text ?? '' }))) };
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
