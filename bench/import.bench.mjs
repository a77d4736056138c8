// Cold import: a fresh Node process importing the package (dist/index.js), the median of 5, as
// wall time and as the process's CPU time; beside it, zod and luxon alone, which the package
// imports, so the part that is the library's own can be read off.
//
// Issue 11's goal is a cold import at most 60% of the code as it was when the issue was filed
// (commit 64b3524^, which still imported date-fns' root entry). To measure that build beside this
// one, in the same process:
//
//   git worktree add /tmp/before 64b3524^ && (cd /tmp/before && npm ci && npx tsup)
//   BENCH_IMPORT_BEFORE=/tmp/before/dist/index.js node bench/import.bench.mjs
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const PROBE = `const c0 = process.cpuUsage(); const t0 = performance.now();
import(process.argv[1]).then(() => {
  const c = process.cpuUsage(c0);
  console.log(JSON.stringify({ wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 }));
});`;

function coldImport(specifier, runs = 5) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', PROBE, specifier], {
      cwd: root,
      encoding: 'utf8',
    });
    samples.push(JSON.parse(out));
  }
  const median = (key) => samples.map((s) => s[key]).sort((a, b) => a - b)[Math.floor(runs / 2)];
  return { wall: median('wall'), cpu: median('cpu') };
}

const before = process.env.BENCH_IMPORT_BEFORE;
const cpuOf = {};
for (const [label, specifier] of [
  ['housing-conduct-rules (dist/index.js)', new URL('../dist/index.js', import.meta.url).href],
  ...(before ? [['the build named by BENCH_IMPORT_BEFORE', pathToFileURL(before).href]] : []),
  ['zod alone', 'zod'],
  ['luxon alone', 'luxon'],
]) {
  const { wall, cpu } = coldImport(specifier);
  cpuOf[label] = cpu;
  console.log(
    `${`cold import, ${label}`.padEnd(58)} ${wall.toFixed(0).padStart(6)} ms wall ${cpu.toFixed(0).padStart(6)} ms CPU`,
  );
}
if (before) {
  const share =
    cpuOf['housing-conduct-rules (dist/index.js)'] / cpuOf['the build named by BENCH_IMPORT_BEFORE'];
  console.log(
    `${'cold import, this build / the one before (CPU)'.padEnd(58)} ${(share * 100).toFixed(0)}% (goal: at most 60%)`,
  );
}
