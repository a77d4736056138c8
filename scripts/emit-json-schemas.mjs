// Writes a JSON Schema file for each input type into schemas/, from the zod schemas in dist/,
// so integrators in other languages validate the same shapes. Run by `npm run build`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import * as lib from '../dist/index.js';

const out = new URL('../schemas/', import.meta.url);
mkdirSync(out, { recursive: true });
const schemas = Object.entries(lib)
  .filter(([name, value]) => name.endsWith('Schema') && value instanceof z.ZodType)
  .sort(([a], [b]) => a.localeCompare(b));
for (const [name, zodSchema] of schemas) {
  const schema = z.toJSONSchema(zodSchema, { io: 'input', unrepresentable: 'any' });
  const file = `${name.replace(/Schema$/, '')}.json`;
  writeFileSync(
    new URL(file, out),
    `${JSON.stringify({ title: name.replace(/Schema$/, ''), ...schema }, null, 2)}\n`,
  );
}
console.log(`schemas/: ${schemas.length} JSON Schema files`);
