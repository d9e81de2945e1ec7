// How one value is written in a cell of the CSV set, and read back: shared by the
// export and the import, so that each undoes exactly what the other did.
//
// The guard: a spreadsheet runs a cell starting with =, +, -, @, tab or carriage
// return as a formula, so the export writes such a value with a leading
// apostrophe. Hand-written cells are trimmed on reading, so a value starting or
// ending with whitespace (" x", "x ", "\r\n") is guarded too, and so is a value
// starting with an apostrophe ("'x" is written "''x"). The reader removes the
// apostrophe only when what follows is something the export would have guarded,
// and then does not trim: every value the export writes reads back unchanged, and
// a hand-written "'x" stays "'x".

/** A value the export guards with a leading apostrophe. `\s` is exactly what `trim()` removes. */
const NEEDS_GUARD = /^[=+\-@\t\r'\s]|\s$/;

/** A cell made safe for spreadsheets and for trimming: see the file's comment. */
export function neutralise(value: string): string {
  return NEEDS_GUARD.test(value) ? `'${value}` : value;
}

/** The value of a cell: the guard undone, or a hand-written cell trimmed. */
export function cellValue(raw: string | undefined): string {
  if (raw === undefined) return '';
  if (raw.startsWith("'") && NEEDS_GUARD.test(raw.slice(1))) return raw.slice(1);
  return raw.trim();
}

/** Separates list items inside one cell (aliases, derived_from). */
export const LIST_SEPARATOR = '|';

/**
 * A list in one cell: its items joined by "|" when that reads back as the same
 * list (items trimmed, empty ones dropped), else the list as a JSON array of
 * strings (an alias holding "|", an empty item, an item with spaces at its ends
 * or one that looks like such an array).
 */
export function encodeList(items: readonly string[]): string {
  const joined = items.join(LIST_SEPARATOR);
  const back = decodeList(joined);
  return back.length === items.length && back.every((item, k) => item === items[k]) ? joined : JSON.stringify(items);
}

/** The items of a list cell: a JSON array of strings, or items separated by "|". */
export function decodeList(cell: string): string[] {
  if (cell.startsWith('[') && cell.endsWith(']')) {
    try {
      const parsed: unknown = JSON.parse(cell);
      if (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string')) return parsed as string[];
    } catch {
      // not JSON: a hand-written list that happens to start with "["
    }
  }
  return cell
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** A cell's value quoted in a message, cut short: a hostile cell may be megabytes long. */
export function shown(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
}
