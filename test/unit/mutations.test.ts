// Property: whatever is done to a valid dataset, validation returns (never throws)
// and every error says where it is.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasDatasetShape } from '../../src/model/quickShape';
import { datasetSchema } from '../../src/model/schema';
import { validateDataset } from '../../src/model/validate';

const bundled: unknown = JSON.parse(readFileSync(new URL('../../data/aleppo-2024.json', import.meta.url), 'utf8'));

type Json = unknown;
type Container = Record<string, Json> | Json[];

/** Every place in the tree that holds a value: [parent, key]. */
function places(root: Container): [Container, string | number][] {
  const out: [Container, string | number][] = [];
  const walk = (node: Json) => {
    if (Array.isArray(node)) {
      node.forEach((v, i) => {
        out.push([node, i]);
        walk(v);
      });
    } else if (typeof node === 'object' && node !== null) {
      for (const [k, v] of Object.entries(node)) {
        out.push([node as Record<string, Json>, k]);
        walk(v);
      }
    }
  };
  walk(root);
  return out;
}

// every field the format knows, so that optional ones absent from the bundled file get tried too
const FIELDS = [
  'x',
  'y',
  'credibility',
  'reliability',
  'country',
  'colour',
  'size',
  'derivedFrom',
  'aliases',
  'relationTypes',
  'published',
  'updated',
  'end',
  'start',
  'status',
  'url',
  'short',
  'by',
  'speaker',
  'note',
  'sign',
  'directed',
  'kind',
  '$schema',
  'location',
  'quote',
  'bogus',
];
const PLAUSIBLE = [
  1,
  6,
  7,
  0.5,
  -1,
  Infinity,
  NaN,
  'A',
  'G',
  'SY',
  'sy',
  '#abc',
  '#abcd',
  '#a1b2c3',
  '2024-02-29',
  '2023-02-29',
  'ongoing',
  'reported',
  'rumoured',
  true,
  null,
  [],
  ['x'],
  [1],
  '',
];

const mutation = fc.record({
  pick: fc.nat(),
  op: fc.constantFrom('delete', 'retype', 'duplicate', 'truncate', 'swap-id', 'add-field'),
  field: fc.constantFrom(...FIELDS),
  value: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.anything({ maxDepth: 2 })),
  cut: fc.nat({ max: 12 }),
});

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function apply(root: Container, m: Mutation): void {
  const all = places(root);
  if (all.length === 0) return;
  const [parent, key] = all[m.pick % all.length];
  const current = (parent as Record<string | number, Json>)[key];
  switch (m.op) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
      break;
    case 'retype':
      (parent as Record<string | number, Json>)[key] = m.value;
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.push(structuredClone(current));
      else if (Array.isArray(current) && current.length > 0) current.push(structuredClone(current[0]));
      break;
    case 'truncate':
      if (typeof current === 'string') (parent as Record<string | number, Json>)[key] = current.slice(0, m.cut);
      else if (Array.isArray(current)) current.length = Math.min(current.length, m.cut);
      break;
    case 'add-field': {
      const objects = all
        .map(([p, k]) => (p as Record<string | number, Json>)[k])
        .filter((v): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v));
      const target = objects[m.pick % Math.max(1, objects.length)];
      if (target) target[m.field] = m.cut % 2 ? PLAUSIBLE[m.pick % PLAUSIBLE.length] : m.value;
      break;
    }
    case 'swap-id':
      // point a reference at another existing string: plausible, often wrong
      if (typeof current === 'string') {
        const strings = all
          .map(([p, k]) => (p as Record<string | number, Json>)[k])
          .filter((v) => typeof v === 'string');
        (parent as Record<string | number, Json>)[key] = strings[m.cut % strings.length];
      }
      break;
  }
}

describe('validation of a mutated bundled dataset', () => {
  it('never throws, and every error has a path and a message', () => {
    let rejected = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const copy = structuredClone(bundled) as Container;
        for (const m of mutations) apply(copy, m);
        // the quick shape check and zod always agree
        expect(hasDatasetShape(copy)).toBe(datasetSchema().safeParse(copy).success);
        const v = validateDataset(copy);
        if (!v.ok) {
          rejected++;
          expect(v.errors.length).toBeGreaterThan(0);
          for (const e of v.errors) {
            expect(Array.isArray(e.path)).toBe(true);
            expect(e.path.length).toBeGreaterThan(0);
            expect(e.message.length).toBeGreaterThan(0);
          }
        }
        for (const w of v.warnings) expect(w.path.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
    // the mutations are strong enough to break most files: the property is not vacuous
    expect(rejected).toBeGreaterThan(1000);
  }, 120_000);
});
