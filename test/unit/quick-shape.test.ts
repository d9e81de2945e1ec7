// The quick shape check must answer exactly as the zod schema does: field by
// field, with every kind of value, on every kind of object in the format.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasDatasetShape } from '../../src/model/quickShape';
import { datasetSchema } from '../../src/model/schema';
import type { Dataset } from '../../src/model/types';

const bundled = JSON.parse(readFileSync(new URL('../../data/aleppo-2024.json', import.meta.url), 'utf8')) as Dataset;

function base(): Dataset {
  const d = structuredClone(bundled);
  d.relationTypes = [{ id: 'funds', label: 'funds', sign: 1, directed: true, kind: 'material', colour: '#123456' }];
  return d;
}

/** Where each kind of object sits in a dataset, and the fields it may have. */
const PLACES: { name: string; get: (d: Dataset) => Record<string, unknown>; fields: string[] }[] = [
  {
    name: 'root',
    get: (d) => d as unknown as Record<string, unknown>,
    fields: ['$schema', 'format', 'meta', 'sources', 'actors', 'relations', 'relationTypes'],
  },
  {
    name: 'meta',
    get: (d) => d.meta as unknown as Record<string, unknown>,
    fields: ['title', 'description', 'updated'],
  },
  {
    name: 'source',
    get: (d) => d.sources[0] as unknown as Record<string, unknown>,
    fields: ['id', 'title', 'publisher', 'published', 'url', 'file', 'reliability', 'derivedFrom'],
  },
  {
    name: 'actor',
    get: (d) => d.actors[0] as unknown as Record<string, unknown>,
    fields: ['id', 'label', 'short', 'aliases', 'kind', 'country', 'description', 'x', 'y', 'colour', 'size'],
  },
  {
    name: 'relation',
    get: (d) => d.relations[0] as unknown as Record<string, unknown>,
    fields: ['id', 'source', 'target', 'type', 'start', 'end', 'status', 'location', 'note', 'evidence'],
  },
  {
    name: 'evidence',
    get: (d) => d.relations[0].evidence![0] as unknown as Record<string, unknown>,
    fields: ['source', 'quote', 'stance', 'by', 'speaker', 'credibility'],
  },
  {
    name: 'type',
    get: (d) => d.relationTypes![0] as unknown as Record<string, unknown>,
    fields: ['id', 'label', 'sign', 'directed', 'kind', 'colour', 'description'],
  },
];

const VALUES = [
  undefined,
  null,
  true,
  false,
  0,
  1,
  6,
  7,
  -1,
  -0,
  0.5,
  Number.MIN_VALUE,
  Number.MAX_VALUE,
  Infinity,
  -Infinity,
  NaN,
  '',
  'x',
  'A',
  'G',
  'SY',
  'Sy',
  '#abc',
  '#abcd',
  '#a1b2c3',
  '#A1B2C3',
  '#a1b2c3x',
  '#a1b2c',
  'a1b2c3',
  '2024',
  '2024-02-29',
  '2023-02-29',
  '2024-13',
  'ongoing',
  'faultlines/1',
  'reported',
  'supports',
  'state',
  'material',
  'x'.repeat(256),
  'x'.repeat(257),
  [],
  ['a'],
  [''],
  [1],
  {},
  { id: 'a' },
];

describe('the quick shape check', () => {
  it('agrees with zod for every field of every object, whatever the value', () => {
    for (const place of PLACES) {
      for (const field of [...place.fields, 'unknownField']) {
        for (const value of VALUES) {
          const d = base();
          place.get(d)[field] = value;
          expect(hasDatasetShape(d), `${place.name}.${field} = ${String(value)}`).toBe(
            datasetSchema().safeParse(d).success,
          );
        }
      }
    }
  }, 60_000);

  it('agrees with zod on arbitrary values in any field', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PLACES), fc.nat(), fc.anything({ maxDepth: 2 }), (place, k, value) => {
        const d = base();
        const fields = [...place.fields, 'other'];
        place.get(d)[fields[k % fields.length]] = value;
        expect(hasDatasetShape(d)).toBe(datasetSchema().safeParse(d).success);
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it("agrees with zod on an actor's colour and size, near and far from valid", () => {
    const hex = fc.constantFrom(...'0123456789abcdefABCDEFgG#x ');
    const colour = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF'), minLength: 6, maxLength: 6 }).map((s) => `#${s}`),
      fc.string({ unit: hex, maxLength: 9 }).map((s) => `#${s}`),
      fc.string({ unit: hex, maxLength: 9 }),
      fc.anything({ maxDepth: 1 }),
    );
    const size = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.constantFrom(0, -0, Number.MIN_VALUE),
      fc.anything({ maxDepth: 1 }),
    );
    fc.assert(
      fc.property(fc.option(colour), fc.option(size), (c, s) => {
        const d = base();
        const actor = d.actors[0] as unknown as Record<string, unknown>;
        if (c !== null) actor.colour = c;
        if (s !== null) actor.size = s;
        expect(hasDatasetShape(d)).toBe(datasetSchema().safeParse(d).success);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('agrees with zod on values that are not datasets at all', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(hasDatasetShape(value)).toBe(datasetSchema().safeParse(value).success);
      }),
    );
  });
});
