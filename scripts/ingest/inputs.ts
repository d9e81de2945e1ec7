// The files an ingest reads: each argument a file or a folder of daily files; each
// file's kind (CSV or TSV, gzipped or not; Parquet; JSON lines for rolled rows), its
// delimiter and columns, from its first line; and the FROM item DuckDB reads them
// through, one read_csv/read_parquet a file, with the row's order (_ord) and its row as
// a spreadsheet numbers it (_row). Zipped files are refused with what to do instead:
// DuckDB reads gzip, not zip.

import { createReadStream, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createGunzip } from 'node:zlib';
import type { EventFormatSpec } from './formats';

export type FileKind = 'csv' | 'parquet' | 'json';

export interface InputFile {
  path: string;
  kind: FileKind;
}

/** A problem with the input, said to the user as it is (exit code 1). */
export class InputError extends Error {}

const CSV_NAME = /\.(csv|tsv|txt)(\.gz)?$/i;
const PARQUET_NAME = /\.parquet$/i;
const JSON_NAME = /\.(jsonl|ndjson|json)(\.gz)?$/i;
const ZIP_NAME = /\.zip$/i;

const ZIP_ADVICE =
  "DuckDB reads gzip but not zip: unzip it first (GDELT's daily files: `unzip -p 20240101.export.CSV.zip | gzip > 20240101.export.CSV.gz`, or plain `unzip`)";

function kindOf(path: string): FileKind | undefined {
  if (CSV_NAME.test(path)) return 'csv';
  if (PARQUET_NAME.test(path)) return 'parquet';
  if (JSON_NAME.test(path)) return 'json';
  return undefined;
}

/**
 * The files named: a file as it is (its kind from its name: .csv, .tsv, .txt, each
 * perhaps .gz; .parquet; .jsonl, .ndjson, .json; GDELT's .CSV too), a folder as each
 * such file in it, in name order (not its subfolders). A zip, a missing path or a
 * folder with no such file is an error.
 */
export function expandInputs(paths: readonly string[]): InputFile[] {
  if (paths.length === 0) throw new InputError('no input: name one or more files or folders');
  const files: InputFile[] = [];
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      throw new InputError(`${path}: no such file or folder`);
    }
    if (stat.isDirectory()) {
      const names = readdirSync(path).sort();
      const zips = names.filter((n) => ZIP_NAME.test(n));
      if (zips.length) {
        throw new InputError(
          `${path} holds ${zips.length} zipped file${zips.length === 1 ? '' : 's'} (${zips.slice(0, 3).join(', ')}${zips.length > 3 ? ', …' : ''}): ${ZIP_ADVICE}`,
        );
      }
      const inside = names
        .map((n) => join(path, n))
        .filter((p) => statSync(p).isFile() && kindOf(p) !== undefined)
        .map((p) => ({ path: p, kind: kindOf(p) as FileKind }));
      if (inside.length === 0)
        throw new InputError(`${path}: no .csv, .tsv, .txt (or .gz of them) or .parquet file in the folder`);
      files.push(...inside);
    } else {
      if (ZIP_NAME.test(path)) throw new InputError(`${path}: ${ZIP_ADVICE}`);
      const kind = kindOf(path);
      if (!kind)
        throw new InputError(
          `${path}: not a file the ingest reads (expected .csv, .tsv, .txt, .parquet, .jsonl, perhaps .gz)`,
        );
      files.push({ path, kind });
    }
  }
  return files;
}

/** The first line of a file (gunzipped if its name ends .gz), at most 1 MB of it; '' for an empty file. */
export async function firstLine(path: string): Promise<string> {
  const stream = /\.gz$/i.test(path) ? createReadStream(path).pipe(createGunzip()) : createReadStream(path);
  let text = '';
  try {
    for await (const chunk of stream) {
      text += (chunk as Buffer).toString('utf8');
      if (/[\r\n]/.test(text) || text.length > 1 << 20) break;
    }
  } catch (e) {
    throw new InputError(`${path}: could not be read (${e instanceof Error ? e.message : String(e)})`);
  } finally {
    stream.destroy();
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const end = text.search(/[\r\n]/);
  return end === -1 ? text : text.slice(0, end);
}

/** The delimiter of a header line: the commonest of ",", ";" and tab outside quotes, a comma on a tie (as the app's readers). */
export function delimiterOf(line: string): string {
  const counts = new Map([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > (counts.get(best) ?? 0)) best = d;
  return best;
}

/** The cells of one line split at a delimiter, quotes removed. */
export function cellsOf(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') {
      if (quoted && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = !quoted;
    } else if (c === delimiter && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

/** A column name as the readers match it. */
export const columnKey = (name: string) => name.trim().toLowerCase();

export function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** How one file is read: the read_csv/read_parquet call and the names its columns get. */
interface FileRead {
  from: string;
  /** column key → the name DuckDB gives it in `from` */
  columns: Map<string, string>;
  /** rows before the first event row (a header) */
  headerRows: number;
}

async function csvRead(file: InputFile, format: EventFormatSpec | undefined): Promise<FileRead> {
  const line = await firstLine(file.path);
  if (line.trim() === '') throw new InputError(`${file.path}: the file is empty`);
  const layouts = format?.layouts;
  const namesId = (cells: string[]) => format && cells.some((c) => columnKey(c) === columnKey(format.idColumn));
  let delimiter = delimiterOf(line);
  let header = true;
  let names: string[];
  if (layouts) {
    // GDELT: the official files are headerless and tab-separated; a BigQuery export has a header
    delimiter = line.includes('\t') ? '\t' : ',';
    const cells = cellsOf(line, delimiter);
    if (namesId(cells)) names = cells;
    else {
      const layout = layouts.get(cells.length);
      if (!layout || delimiter !== '\t') {
        throw new InputError(
          `${file.path}: ${cells.length} field${cells.length === 1 ? '' : 's'} on its first line: a GDELT events file has 57 (GDELT 1.0 before April 2013), 58 (GDELT 1.0 from April 2013) or 61 (GDELT 2.0) tab-separated fields, or a first row naming GLOBALEVENTID`,
        );
      }
      header = false;
      names = [...layout];
    }
  } else names = cellsOf(line, delimiter);
  // each column named by its key; a repeated or empty name gets a name of its own (the first is read)
  const columns = new Map<string, string>();
  const given = names.map((n, i) => {
    const key = columnKey(n);
    if (key === '' || columns.has(key)) return `_column_${i + 1}`;
    const name = `c_${i + 1}_${key.replace(/[^a-z0-9_]/g, '_')}`;
    columns.set(key, name);
    return name;
  });
  const options = [
    `delim = ${delimiter === '\t' ? "'\\t'" : sqlString(delimiter)}`,
    `header = ${header}`,
    "quote = '\"'",
    "escape = '\"'",
    'auto_detect = false',
    `columns = {${given.map((g) => `${sqlString(g)}: 'VARCHAR'`).join(', ')}}`,
    ...(/\.gz$/i.test(file.path) ? ["compression = 'gzip'"] : []),
  ];
  return { from: `read_csv(${sqlString(file.path)}, ${options.join(', ')})`, columns, headerRows: header ? 1 : 0 };
}

async function describedRead(
  file: InputFile,
  from: string,
  describe: (sql: string) => Promise<string[]>,
): Promise<FileRead> {
  let names: string[];
  try {
    names = await describe(`SELECT * FROM ${from} LIMIT 0`);
  } catch (e) {
    throw new InputError(
      `${file.path}: could not be read (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`,
    );
  }
  const columns = new Map<string, string>();
  for (const n of names) if (!columns.has(columnKey(n))) columns.set(columnKey(n), n);
  return { from, columns, headerRows: 0 };
}

/** 2^40: room for a trillion rows a file before the next file's rows. */
const FILE_STRIDE = 1_099_511_627_776;

/**
 * The FROM item DuckDB reads the files through, as one relation with the format's
 * columns (NULL where a file lacks an optional one), _ord (the files in the order
 * given, each in its own order) and _row (the row as a spreadsheet numbers it).
 * Throws InputError naming the file where one lacks a required column.
 */
export async function duckdbInput(
  files: readonly InputFile[],
  format: EventFormatSpec | undefined,
  wanted: readonly string[],
  describe: (sql: string) => Promise<string[]>,
): Promise<string> {
  const parts: string[] = [];
  for (const [i, file] of files.entries()) {
    let read: FileRead;
    if (file.kind === 'csv') read = await csvRead(file, format);
    else if (file.kind === 'parquet')
      read = await describedRead(file, `read_parquet(${sqlString(file.path)})`, describe);
    else read = await describedRead(file, `read_json(${sqlString(file.path)}, format = 'newline_delimited')`, describe);
    if (format) {
      const missing = format.required.filter((c) => !read.columns.has(columnKey(c)));
      for (const group of format.oneOf ?? [])
        if (group.every((c) => !read.columns.has(columnKey(c)))) missing.push(group.join(' or '));
      if (missing.length) {
        throw new InputError(
          `${file.path}: no ${missing.map((c) => `"${c}"`).join(', ')} column${missing.length === 1 ? '' : 's'}: ${format.label} files have ${format.required.join(', ')}${format.oneOf ? ` and one of each of ${format.oneOf.map((g) => g.join('/')).join(', ')}` : ''} (is --format right?)`,
        );
      }
    }
    const select = wanted.map((c) => {
      const name = read.columns.get(columnKey(c));
      return name === undefined ? `CAST(NULL AS VARCHAR) AS ${ident(c)}` : `${ident(name)} AS ${ident(c)}`;
    });
    parts.push(
      `SELECT ${select.join(', ')}, CAST(${i} AS BIGINT) * ${FILE_STRIDE} + _n AS _ord, _n + ${read.headerRows} AS _row` +
        ` FROM (SELECT *, ROW_NUMBER() OVER () AS _n FROM ${read.from}) AS ${ident(`file_${i + 1}`)}`,
    );
  }
  return `(${parts.join('\nUNION ALL\n')}) AS input_rows`;
}

/** A short name for the files, for the dataset's title: the one file's, or the first and a count. */
export function inputsName(files: readonly InputFile[]): string {
  const strip = (p: string) => basename(p).replace(/(\.(csv|tsv|txt|parquet|jsonl|ndjson|json))?(\.gz)?$/i, '');
  if (files.length === 1) return strip(files[0].path);
  return `${strip(files[0].path)} and ${files.length - 1} more`;
}
