// The .sql files of sql/ with their placeholders filled: {{name}} from a table of
// texts, {{name(arg, arg)}} from a table of functions (a dialect's snippets,
// dialects.ts). Arguments are split at commas outside parentheses and quotes, and
// may hold placeholders of the first kind, filled first. An unknown placeholder is
// an error, not left in the SQL.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SQL_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'sql');

export type Snippet = (...args: string[]) => string;

export interface Fill {
  texts: Record<string, string>;
  functions: Record<string, Snippet>;
}

/** Splits "a, f(b, c), 'x, y'" at its top-level commas. */
export function splitArgs(text: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      args.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  args.push(text.slice(start).trim());
  return args;
}

/** SQL comments (-- to the end of the line) removed, so a placeholder named in one is not filled. */
function withoutComments(sql: string): string {
  return sql.replace(/--[^\n]*/g, '');
}

export function fillTemplate(sql: string, fill: Fill, name = 'SQL'): string {
  let out = withoutComments(sql).replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const text = fill.texts[key];
    if (text === undefined) throw new Error(`${name}: no value for the placeholder {{${key}}}`);
    return text;
  });
  // innermost calls first: an argument may itself be a call
  for (let guard = 0; guard < 100; guard++) {
    const m = /\{\{(\w+)\(((?:(?!\{\{)[\s\S])*?)\)\}\}/.exec(out);
    if (!m) break;
    const fn = fill.functions[m[1]];
    if (!fn) throw new Error(`${name}: no snippet for the placeholder {{${m[1]}(...)}}`);
    out = out.slice(0, m.index) + fn(...splitArgs(m[2])) + out.slice(m.index + m[0].length);
  }
  if (/\{\{/.test(out)) throw new Error(`${name}: a placeholder was left unfilled`);
  return out.replace(/\n\s*\n/g, '\n').trim();
}

/** A file of sql/, filled. */
export function sqlFile(file: string, fill: Fill): string {
  return fillTemplate(readFileSync(join(SQL_DIR, file), 'utf8'), fill, `sql/${file}`);
}
