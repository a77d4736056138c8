// Checks the built package against the budgets the README states (its "Package budgets" line, the
// one place they are written): the packed and unpacked size `npm pack` reports, and the cold
// import time of the ESM build, the median over fresh Node processes. Run by `npm test` after the
// build.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const readme = readFileSync(new URL('README.md', `file://${root}`), 'utf8');

/** A budget the README states, e.g. "packed at most 1,500 kB": the number, or exit if it is not stated. */
function stated(pattern, what) {
  const found = pattern.exec(readme);
  if (!found) {
    console.error(`package budget: the README states no budget for ${what}`);
    process.exit(2);
  }
  return Number(found[1].replaceAll(',', ''));
}
const budget = {
  packedKb: stated(/packed at most ([\d,]+) kB/, 'the packed size'),
  unpackedKb: stated(/unpacked at most ([\d,]+) kB/, 'the unpacked size'),
  importMs: stated(/cold import at most ([\d,]+) ms/, 'the cold import time'),
};

const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }),
);
const RUNS = 5;
const times = [];
for (let run = 0; run < RUNS; run++) {
  const script =
    "const t = process.hrtime.bigint(); import('./dist/index.js').then(() => console.log(Number(process.hrtime.bigint() - t) / 1e6));";
  times.push(Number(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' }).trim()));
}
times.sort((a, b) => a - b);
const measured = {
  packedKb: Math.round(packed.size / 1000),
  unpackedKb: Math.round(packed.unpackedSize / 1000),
  importMs: Math.round(times[Math.floor(RUNS / 2)]),
};

const over = Object.keys(budget).filter((key) => measured[key] > budget[key]);
const line = Object.keys(budget)
  .map((key) => `${key} ${measured[key]} (budget ${budget[key]})`)
  .join(', ');
if (over.length > 0) {
  console.error(`package budget exceeded: ${over.join(', ')}: ${line}`);
  process.exitCode = 1;
} else {
  console.log(`package budget: ${line}`);
}
