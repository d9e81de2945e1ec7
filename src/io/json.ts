// Reading a faultlines/1 JSON file: the text to a validated dataset, or every
// problem with its place.

import type { Problem } from '../model/problems';
import { validateDataset, type Validation } from '../model/validate';
import { findJsonSyntaxError } from './jsonSyntax';

/** Line and column (1-based) of a character offset, for parse errors. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

function parseProblem(text: string, error: unknown): Problem {
  const found = findJsonSyntaxError(text);
  if (found) {
    const { line, column } = lineColumn(text, found.offset);
    return { path: [], message: `not valid JSON at line ${line}, column ${column}: ${found.message}` };
  }
  return { path: [], message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
}

/** Parses and validates the text of a JSON dataset file; never throws. */
export function readJsonDataset(text: string): Validation {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, errors: [parseProblem(text, e)], errorCount: 1, warnings: [], warningCount: 0 };
  }
  return validateDataset(json);
}
