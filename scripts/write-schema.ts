// Writes the JSON Schema of the dataset format, generated from the zod schema, to
// data/schema/. A unit test fails when the committed file is stale: run `npm run schema`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { schemaFileText } from '../src/model/schema';

export const SCHEMA_PATH = fileURLToPath(new URL('../data/schema/faultlines-1.schema.json', import.meta.url));

writeFileSync(SCHEMA_PATH, schemaFileText());
console.log(`wrote ${SCHEMA_PATH}`);
