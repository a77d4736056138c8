// Lists the mutants Stryker left alive (survived or no coverage), file by file, from a Stryker
// JSON report (reports/mutation/mutation.json after a run, or the committed
// stryker-incremental.json), with the code each replaced: what a test must tell apart.
//
//   node scripts/mutation-survivors.mjs [report.json] [path-prefix]
import { readFileSync } from 'node:fs';

const [file = 'stryker-incremental.json', prefix = 'src/'] = process.argv.slice(2);
const report = JSON.parse(readFileSync(file, 'utf8'));
const ALIVE = new Set(['Survived', 'NoCoverage']);

for (const [path, { source, mutants }] of Object.entries(report.files).sort(([a], [b]) =>
  a.localeCompare(b),
)) {
  if (!path.startsWith(prefix)) continue;
  const alive = mutants.filter((m) => ALIVE.has(m.status));
  if (alive.length === 0) continue;
  const lines = source.split('\n');
  const run = mutants.filter((m) => m.status !== 'Ignored' && m.status !== 'CompileError').length;
  console.log(`\n## ${path}: ${alive.length} alive of ${run}`);
  for (const m of alive.sort((a, b) => a.location.start.line - b.location.start.line)) {
    const { start, end } = m.location;
    const original =
      start.line === end.line
        ? lines[start.line - 1].slice(start.column - 1, end.column - 1)
        : `${lines[start.line - 1].slice(start.column - 1)} ...`;
    const short = (s) => (s.length > 140 ? `${s.slice(0, 140)}...` : s).replace(/\s+/g, ' ');
    console.log(
      `${start.line}:${start.column} ${m.status === 'NoCoverage' ? 'NO COVERAGE ' : ''}${m.mutatorName}: \`${short(original)}\` -> \`${short(m.replacement ?? '')}\``,
    );
  }
}
