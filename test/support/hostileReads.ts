// What the hostile-input tests of the JSON readers (FtM, STIX) and the XML one
// (GEXF) share: edits of a file's text and of its parsed JSON, and the check
// that a reading never fails by the reader's own fault and says where.
import fc from 'fast-check';
import { expect } from 'vitest';
import { validateDataset, type Validation } from '../../src/model/validate';

/** A character edit (insert or replace a few characters) or a cut at some point of the text. */
export const textEdit = fc.oneof(
  fc.record({
    kind: fc.constant('char' as const),
    at: fc.nat(),
    text: fc.string({ unit: 'binary', maxLength: 3 }),
    cut: fc.nat(3),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);
export type TextEdit = typeof textEdit extends fc.Arbitrary<infer E> ? E : never;

export function applyTextEdit(text: string, e: TextEdit): string {
  const at = e.at % (text.length + 1);
  return e.kind === 'char' ? text.slice(0, at) + e.text + text.slice(at + e.cut) : text.slice(0, at);
}

/** Every path to a value in a parsed JSON value, at most `limit`. */
function paths(v: unknown, limit: number, at: (string | number)[] = [], out: (string | number)[][] = []) {
  if (out.length >= limit) return out;
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, limit, [...at, i], out));
  else if (typeof v === 'object' && v !== null)
    for (const k of Object.keys(v)) paths((v as Record<string, unknown>)[k], limit, [...at, k], out);
  return out;
}

/**
 * The parsed JSON with the node at its k-th path (of the first `limit`) replaced by `value` or, in an
 * object, deleted; undefined when it has no node below its root.
 */
export function replaceInJson(root: unknown, k: number, value: unknown, remove: boolean, limit: number): unknown {
  const all = paths(root, limit).filter((p) => p.length > 0);
  if (all.length === 0) return undefined;
  const path = all[k % all.length];
  let parent = root as Record<string | number, unknown>;
  for (const seg of path.slice(0, -1)) parent = parent[seg] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (remove && !Array.isArray(parent)) delete parent[last];
  // defined, not assigned: a key "__proto__" is a key like any other
  else Object.defineProperty(parent, last, { value, enumerable: true, writable: true, configurable: true });
  return root;
}

/**
 * A reading of hostile input: an opened dataset (valid again, where `validates`), or errors that each say
 * where, none of them the reader's own fault ("a fault in the <reader> reader").
 */
export function expectSoundReading(v: Validation, reader: string, validates = false): void {
  if (v.ok) {
    if (validates) expect(validateDataset(v.dataset).ok).toBe(true);
    return;
  }
  expect(v.errors.length).toBeGreaterThan(0);
  for (const p of v.errors) {
    expect(p.place !== undefined || p.path.length > 0, JSON.stringify(p)).toBe(true);
    expect(p.message).not.toMatch(new RegExp(`a fault in the ${reader} reader`));
  }
}
