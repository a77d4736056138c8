// Cold import: a fresh Node process importing the package (dist/index.js), the median of 5, as
// wall time and as the process's CPU time; beside it, zod and luxon alone, which the package
// imports, so the part that is the library's own can be read off.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

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

for (const [label, specifier] of [
  ['housing-conduct-rules (dist/index.js)', new URL('../dist/index.js', import.meta.url).href],
  ['zod alone', 'zod'],
  ['luxon alone', 'luxon'],
]) {
  const { wall, cpu } = coldImport(specifier);
  console.log(
    `${`cold import, ${label}`.padEnd(58)} ${wall.toFixed(0).padStart(6)} ms wall ${cpu.toFixed(0).padStart(6)} ms CPU`,
  );
}
