import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema, schemaFileText } from '../../src/model/schema';

const committed = readFileSync(new URL('../../data/schema/faultlines-1.schema.json', import.meta.url), 'utf8');
const bundled: unknown = JSON.parse(readFileSync(new URL('../../data/aleppo-2024.json', import.meta.url), 'utf8'));

describe('the JSON Schema in data/schema/', () => {
  it('is the one the code generates (run `npm run schema` after changing src/model/schema.ts)', () => {
    expect(committed).toBe(schemaFileText());
  });

  // Editors validate with a JSON Schema validator, not with our code: check that
  // the schema means what the validator means on the shape.
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(datasetJsonSchema());

  it('accepts the bundled dataset', () => {
    expect(validate(bundled), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects unknown fields, malformed dates, bad enums and missing fields', () => {
    const d = structuredClone(bundled) as {
      actors: Record<string, unknown>[];
      relations: Record<string, unknown>[];
      sources: Record<string, unknown>[];
    };
    d.actors[0].colour = 'red';
    d.actors[1].shade = '#c0392b';
    d.relations[0].start = 'Dec 2024';
    d.relations[1].end = 'soon';
    d.relations[2].status = 'rumoured';
    delete d.sources[0].title;
    expect(validate(d)).toBe(false);
    const places = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
    expect(places).toEqual(
      expect.arrayContaining([
        '/actors/0/colour pattern',
        '/actors/1 additionalProperties',
        '/relations/0/start pattern',
        '/relations/1/end pattern',
        '/relations/2/status enum',
        '/sources/0 required',
      ]),
    );
  });
});
