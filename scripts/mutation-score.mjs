// The mutation score per folder and per file, from a Stryker JSON report (the committed
// stryker-incremental.json by default), as the Markdown tables docs/reliability.md holds.
// Score = (killed + timed out) / (killed + timed out + survived + no coverage); static mutants
// not run ("ignoreStatic") and mutants that did not compile are outside it, as in Stryker's own.
//
//   node scripts/mutation-score.mjs [report.json] [--files]
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith('--')) ?? 'stryker-incremental.json';
const byFile = args.includes('--files');
const report = JSON.parse(readFileSync(file, 'utf8'));

const COLUMNS = ['Killed', 'Survived', 'Timeout', 'NoCoverage'];
const empty = () => ({ Killed: 0, Survived: 0, Timeout: 0, NoCoverage: 0, Ignored: 0, files: 0 });
const rows = new Map();
const total = empty();

const add = (row, mutants) => {
  row.files++;
  for (const { status } of mutants) if (status in row) row[status]++;
};
for (const [path, { mutants }] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
  const key = byFile ? path : path.split('/').slice(0, 2).join('/');
  if (!rows.has(key)) rows.set(key, empty());
  add(rows.get(key), mutants);
  add(total, mutants);
}

const run = (row) => COLUMNS.reduce((sum, column) => sum + row[column], 0);
const score = (row) =>
  run(row) === 0 ? '-' : `${(((row.Killed + row.Timeout) / run(row)) * 100).toFixed(1)}%`;
const line = (name, row) =>
  `| ${name} | ${row.files} | ${run(row)} | ${row.Killed} | ${row.Survived} | ${row.Timeout} | ${row.NoCoverage} | ${row.Ignored} | ${score(row)} |`;

console.log(
  `| ${byFile ? 'file' : 'folder'} | files | mutants | killed | survived | timed out | no coverage | static (not run) | score |`,
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [name, row] of rows) console.log(line(`\`${name}\``, row));
console.log(line('**all measured**', total));
