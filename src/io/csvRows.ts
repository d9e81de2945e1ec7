// The rows of one CSV file, one at a time (papaparse's step mode): nothing holds
// every row or every parse error of a large file at once, and a reader can stop
// part way. Rows are arrays read through the header's column names, looked up in
// a Map: a column named "__proto__" is a column like any other.

import Papa from 'papaparse';
import type { ProblemList } from '../model/problems';
import { cellValue, shown } from './csvCells';
import { delimiterOf } from './eventCsvRows';
import type { NamedText } from './csvImport';

/** The value of a column in the current row: the guard undone (csvCells.ts), '' when absent. */
export type CellReader = (column: string) => string;

export interface FileSpec {
  /** the columns the file may have */
  columns: readonly string[];
  /** whether an "id" column is required */
  needsId: boolean;
}

/**
 * Calls `onRow` with each row that is not blank, and its row number as a
 * spreadsheet shows it (the header is row 1). `onRow` returns false to stop.
 * Problems of the text itself (quotes, field counts, columns) go to `errors`.
 */
export function eachRow(
  file: NamedText,
  spec: FileSpec,
  errors: ProblemList,
  onRow: (cell: CellReader, row: number) => boolean | void,
): void {
  const text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
  let row = 0;
  let width = 0;
  const index = new Map<string, number>();
  let cells: string[] = [];
  const cell: CellReader = (column) => {
    const i = index.get(column);
    return i === undefined ? '' : cellValue(cells[i]);
  };
  Papa.parse<string[]>(text, {
    delimiter: delimiterOf(text),
    skipEmptyLines: false,
    step: (results, parser) => {
      row++;
      const at = `${file.name}, row ${row}`;
      for (const e of results.errors) errors.add([], e.message, at);
      cells = results.data;
      if (row === 1) {
        width = cells.length;
        header(file, spec, cells, index, errors);
        return;
      }
      if (cells.every((c) => c.trim() === '')) return; // a blank line, as a spreadsheet leaves them
      if (cells.length !== width) {
        errors.add(
          [],
          `Too ${cells.length < width ? 'few' : 'many'} fields: expected ${width} fields but parsed ${cells.length}`,
          at,
        );
      }
      if (onRow(cell, row) === false) parser.abort();
    },
  });
}

function header(
  file: NamedText,
  spec: FileSpec,
  cells: readonly string[],
  index: Map<string, number>,
  errors: ProblemList,
): void {
  cells.forEach((raw, i) => {
    const name = raw.trim();
    if (name === '') return;
    if (index.has(name)) errors.add([], `the column ${shown(name)} appears twice`, `${file.name}, row 1`);
    else index.set(name, i);
    if (!spec.columns.includes(name))
      errors.add([], `unknown column ${shown(name)}: expected ${spec.columns.join(', ')}`, `${file.name}, row 1`);
  });
  if (spec.needsId && !index.has('id')) {
    errors.add([], `no "id" column: expected the columns ${spec.columns.join(', ')}`, file.name);
  }
}
