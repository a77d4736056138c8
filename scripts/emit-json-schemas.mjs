// Writes a JSON Schema file for each input type into schemas/, from the zod schemas in dist/,
// so integrators in other languages validate the same shapes. Run by `npm run build`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import * as lib from '../dist/index.js';

const out = new URL('../schemas/', import.meta.url);
mkdirSync(out, { recursive: true });
const names = Object.keys(lib)
  .filter((name) => name.endsWith('Schema') && lib[name] instanceof z.ZodType)
  .sort();
for (const name of names) {
  const schema = z.toJSONSchema(lib[name], { io: 'input', unrepresentable: 'any' });
  const file = `${name.replace(/Schema$/, '')}.json`;
  writeFileSync(
    new URL(file, out),
    `${JSON.stringify({ title: name.replace(/Schema$/, ''), ...schema }, null, 2)}\n`,
  );
}
console.log(`schemas/: ${names.length} JSON Schema files`);
