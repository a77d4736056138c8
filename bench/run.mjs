// npm run bench: builds the package, then runs every bench/*.bench.mjs against dist/ in one process.
import { readdirSync } from 'node:fs';

const files = readdirSync(new URL('.', import.meta.url))
  .filter((file) => file.endsWith('.bench.mjs'))
  .sort();
console.log(`Node ${process.version}, ${files.length} benchmark file(s)\n`);
for (const file of files) {
  console.log(`## ${file}`);
  await import(new URL(file, import.meta.url));
  console.log('');
}
