// Fuzz of the JSON reader: arbitrary text, arbitrary JSON, and the bundled
// faultlines/1 dataset with wrong values put at random paths. It never throws;
// broken JSON gets one error naming line and column; every other error's path
// leads into the document (all but its last step exist). FUZZ_RUNS sets the runs.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJsonDataset } from '../../src/io/json';
import type { PathSegment } from '../../src/model/problems';
import type { Validation } from '../../src/model/validate';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const TIMEOUT = 120_000 + RUNS * 200;
const bundledText = readFileSync(new URL('../../data/aleppo-2024.json', import.meta.url), 'utf8');

function parses(text: string): boolean {
  try {
    JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return true;
  } catch {
    return false;
  }
}

/** Whether every step of the path but the last exists in the document. */
function leadsInto(doc: unknown, path: readonly PathSegment[]): boolean {
  let at: unknown = doc;
  for (const seg of path.slice(0, -1)) {
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, seg)) return false;
    at = (at as Record<string | number, unknown>)[seg];
  }
  return true;
}

function expectPlaced(text: string, v: Validation) {
  if (!parses(text)) {
    expect(v.ok).toBe(false);
    expect(v.errors).toHaveLength(1);
    expect(v.errors[0].message).toMatch(/^not valid JSON at line \d+, column \d+: /);
    return;
  }
  const doc: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!v.ok) expect(v.errors.length).toBeGreaterThan(0);
  for (const e of [...v.errors, ...v.warnings]) {
    if (!leadsInto(doc, e.path))
      throw new Error(`a path outside the document: ${JSON.stringify(e.path)}: ${e.message}`);
  }
}

/** Every path to a value in a JSON document. */
function paths(doc: unknown, prefix: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
  out.push(prefix);
  if (Array.isArray(doc)) doc.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (typeof doc === 'object' && doc !== null)
    for (const [k, v] of Object.entries(doc)) paths(v, [...prefix, k], out);
  return out;
}

describe('JSON reader fuzz', () => {
  it(
    'never throws on arbitrary text, and broken JSON says on which line and column',
    () => {
      const jsonish = fc.string({
        unit: fc.constantFrom(
          '{',
          '}',
          '[',
          ']',
          '"',
          ':',
          ',',
          '\\',
          'u',
          '0',
          '1',
          '-',
          'e',
          '.',
          ' ',
          '\n',
          'true',
          'null',
          'a',
        ),
        maxLength: 60,
      });
      fc.assert(
        fc.property(fc.oneof(fc.string({ maxLength: 200 }), jsonish, fc.json()), (text) =>
          expectPlaced(text, readJsonDataset(text)),
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'never throws on a dataset with wrong types at random paths, and places every problem in it',
    () => {
      const bundled: unknown = JSON.parse(bundledText);
      const all = paths(bundled);
      const wrong = fc.oneof(
        fc.jsonValue(),
        fc.constantFrom(null, 0, -1, 1e308, '', 'ongoing', '2024-02-30', [], {}, true, '__proto__', 'constructor'),
        fc.constantFrom({ __proto__: 'x' }, { constructor: 1 }, { toString: [] }),
      );
      fc.assert(
        fc.property(
          fc.array(fc.record({ at: fc.nat(), value: wrong, remove: fc.boolean() }), { minLength: 1, maxLength: 4 }),
          (edits) => {
            const doc = structuredClone(bundled) as Record<string, unknown>;
            for (const e of edits) {
              const path = all[e.at % all.length];
              if (path.length === 0) continue;
              let parent: unknown = doc;
              for (const seg of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)?.[seg];
              if (typeof parent !== 'object' || parent === null) continue;
              const key = path[path.length - 1];
              if (e.remove && !Array.isArray(parent)) delete (parent as Record<string, unknown>)[key];
              else (parent as Record<string | number, unknown>)[key] = e.value;
            }
            const text = JSON.stringify(doc);
            expectPlaced(text, readJsonDataset(text));
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
