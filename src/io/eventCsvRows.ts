// The rows of a CSV file whose columns are someone else's (ACLED, UCDP GED, an
// analyst's export), one at a time with papaparse's step mode, as csvRows.ts
// reads the app's own CSV set. The differences: columns the reader does not use
// are allowed and ignored; column names are matched without regard to case or
// surrounding spaces (ACLED's older files wrote EVENT_ID_CNTY); a missing
// required column is reported once, for the file, and then no row is read; and
// cells are taken as the file writes them, trimmed, with the format's own
// words for "nothing" ("NA") read as empty. Rows stay arrays, read through a Map
// of column names: a column named "__proto__" is a column like any other.

import Papa from 'papaparse';
import type { ProblemList } from '../model/problems';
import { daysInMonth } from '../model/dates';
import { shown } from './csvCells';

export interface EventFile {
  name: string;
  text: string;
}

/** The value of a column in the current row, trimmed; '' when absent or one of the format's empty words. */
export type EventCell = (column: string) => string;

export interface EventFileSpec {
  /** columns without which no row means anything: reported once, and no row is read */
  required: readonly string[];
  /** the other columns the reader reads: a second column of one of these names (or a required one) is an error */
  read?: readonly string[];
  /** cell values that mean "nothing" in this format, compared exactly after trimming ("NA") */
  empty?: readonly string[];
}

const BOM = 0xfeff;

function withoutBom(text: string): string {
  return text.charCodeAt(0) === BOM ? text.slice(1) : text;
}

/** A column name as the readers match it. */
export function columnKey(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * The delimiter of a file, from its header line alone: the commonest of ",", ";"
 * and tab outside quotes (a comma wins ties, and a header of one column). Papaparse
 * guesses from the first rows, where cells full of ";" ("Reuters; SOHR") or tabs
 * can outvote the header.
 */
export function delimiterOf(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  const end = Math.min(text.length, 65_536);
  for (let i = 0; i < end; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > (counts.get(best) ?? 0)) best = d;
  return best;
}

/** The cells of a file's header (its first row), trimmed, the BOM removed: what the format sniffers look at. */
export function csvHeader(text: string): string[] {
  const body = withoutBom(text);
  let cells: string[] = [];
  Papa.parse<string[]>(body, {
    delimiter: delimiterOf(body),
    step: (results, parser) => {
      cells = results.data;
      parser.abort();
    },
  });
  return cells.map((c) => c.trim());
}

/** Whether a header has every one of the columns, matched as the readers match them. */
export function hasColumns(header: readonly string[], columns: readonly string[]): boolean {
  const names = new Set(header.map(columnKey));
  return columns.every((c) => names.has(columnKey(c)));
}

/**
 * Calls `onRow` with each row that is not blank and its number as a spreadsheet
 * shows it (the header is row 1); `onRow` returns false to stop. Problems of the
 * text itself (quotes, field counts, missing or doubled columns) go to `errors`,
 * each naming the file and the row. Never throws.
 */
export function eachEventRow(
  file: EventFile,
  spec: EventFileSpec,
  errors: ProblemList,
  onRow: (cell: EventCell, row: number) => boolean | void,
): void {
  const text = withoutBom(file.text);
  const empty = new Set(spec.empty ?? []);
  const index = new Map<string, number>();
  let row = 0;
  let width = 0;
  let cells: string[] = [];
  const cell: EventCell = (column) => {
    const i = index.get(columnKey(column));
    if (i === undefined) return '';
    const v = (cells[i] ?? '').trim();
    return empty.has(v) ? '' : v;
  };
  Papa.parse<string[]>(text, {
    delimiter: delimiterOf(text),
    skipEmptyLines: false,
    step: (results, parser) => {
      row++;
      const at = `${file.name}, row ${row}`;
      cells = results.data;
      if (row === 1) {
        width = cells.length;
        for (const e of results.errors) errors.add([], e.message, at);
        if (!header(file, spec, cells, index, errors)) parser.abort();
        return;
      }
      for (const e of results.errors) errors.add([], e.message, at);
      if (cells.every((c) => c.trim() === '')) return; // a blank line, as spreadsheets leave at the end
      if (cells.length !== width) {
        errors.add(
          [],
          `${cells.length < width ? 'too few' : 'too many'} fields: the header has ${width}, this row ${cells.length}`,
          at,
        );
      }
      if (onRow(cell, row) === false) parser.abort();
    },
  });
  if (row === 0) errors.add([], `the file is empty: expected a header with ${spec.required.join(', ')}`, file.name);
}

/** Reads the header into `index`; false when a required column is missing (reported once). */
function header(
  file: EventFile,
  spec: EventFileSpec,
  cells: readonly string[],
  index: Map<string, number>,
  errors: ProblemList,
): boolean {
  const read = new Set([...spec.required, ...(spec.read ?? [])].map(columnKey));
  cells.forEach((raw, i) => {
    const name = columnKey(raw);
    if (name === '') return;
    if (!index.has(name)) index.set(name, i);
    else if (read.has(name))
      errors.add([], `the column ${shown(raw.trim())} appears twice: the first is read`, `${file.name}, row 1`);
  });
  const missing = spec.required.filter((c) => !index.has(columnKey(c)));
  if (missing.length === 0) return true;
  errors.add(
    [],
    `no ${missing.map((c) => `"${c}"`).join(', ')} column${missing.length === 1 ? '' : 's'}: expected the columns ${spec.required.join(', ')}; no row was read`,
    `${file.name}, row 1`,
  );
  return false;
}

/** A date cell read as an ISO day, or why it is not one. */
export type DayParse = { ok: true; day: string } | { ok: false; message: string };

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The ISO day of a year, month (1-12) and day, or why that day does not exist. */
export function dayOf(text: string, year: number, month: number, day: number): DayParse {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (month < 1 || month > 12) return { ok: false, message: `${shown(text)}: there is no month ${month}` };
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return {
      ok: false,
      message: `${shown(text)}: there is no day ${day} in ${MONTH_NAMES[month - 1].replace(/^./, (c) => c.toUpperCase())} ${year} (it has ${last} days)`,
    };
  }
  return { ok: true, day: iso };
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const NAMED_DAY = /^(\d{1,2})[ -]([A-Za-z]+)[ -](\d{4})$/;

/**
 * A day, strictly: YYYY-MM-DD, perhaps followed by a time of day (UCDP writes
 * "2017-03-02 00:00:00.000"; the time is dropped, never moving the day); or, where
 * `named` allows, a day, month name and year as ACLED's older files write them
 * ("21 March 2020", "21-Mar-2020"). Anything else (03/21/2020, 2020-3-21) is refused.
 */
export function parseDay(text: string, named = false): DayParse {
  const expected = named ? 'YYYY-MM-DD ("2024-11-27") or a day, month and year ("21 March 2020")' : 'YYYY-MM-DD';
  if (text === '') return { ok: false, message: `no date: expected ${expected}` };
  const iso = ISO_DAY.exec(text);
  if (iso) return dayOf(text, Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const words = named ? NAMED_DAY.exec(text) : null;
  if (words) {
    const name = words[2].toLowerCase();
    const month = MONTH_NAMES.findIndex((m) => m === name || (name.length === 3 && m.startsWith(name)));
    if (month !== -1) return dayOf(text, Number(words[3]), month + 1, Number(words[1]));
  }
  return { ok: false, message: `${shown(text)} is not a date: expected ${expected}` };
}

/** The items of a list cell ("Reuters; SOHR"): trimmed, empty ones and repeats dropped, in order. */
export function listCell(text: string, separator = ';'): string[] {
  const items: string[] = [];
  for (const raw of text.split(separator)) {
    const item = raw.trim();
    if (item !== '' && !items.includes(item)) items.push(item);
  }
  return items;
}

/** Places joined, each once ("Aleppo, Aleppo, Syria" is "Aleppo, Syria"); undefined when none. */
export function placeText(parts: readonly string[]): string | undefined {
  const kept: string[] = [];
  for (const p of parts) if (p !== '' && !kept.includes(p)) kept.push(p);
  return kept.length ? kept.join(', ') : undefined;
}

/**
 * Rows that share one problem, reported once for the file with the first of
 * them: a year of events with a new event type gives one warning, not 10,000.
 */
export class Tally {
  count = 0;
  first: { row: number; value: string } | undefined;

  note(row: number, value = ''): void {
    this.count++;
    this.first ??= { row, value };
  }

  /** Adds one problem when any row was noted; `message` gets the count and the first row. */
  report(list: ProblemList, place: string, message: (count: number, first: { row: number; value: string }) => string) {
    if (this.first) list.add([], message(this.count, this.first), place);
  }
}

/** "1 event has", "3 events have". */
export function eventsHave(count: number): string {
  return count === 1 ? '1 event has' : `${count} events have`;
}
