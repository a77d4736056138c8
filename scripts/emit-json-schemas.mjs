// Writes schemas/<Title>.json for each exported zod schema of the built package (inputs and
// outputs), so integrators in other languages validate the same shapes. Run by `npm run build`;
// what goes in each file is scripts/json-schemas.mjs.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as lib from '../dist/index.js';
import { jsonSchemas } from './json-schemas.mjs';

const out = new URL('../schemas/', import.meta.url);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const { schemas, missing } = jsonSchemas(lib);
for (const [title, schema] of schemas) {
  writeFileSync(new URL(`${title}.json`, out), `${JSON.stringify(schema, null, 2)}\n`);
}
if (missing.length > 0) {
  console.error(`schemas/: no description (a doc comment or .meta) for ${missing.join(', ')}`);
  process.exitCode = 1;
}
console.log(`schemas/: ${schemas.size} JSON Schema files`);
