// Type-checks (tsc --strict) and runs every TypeScript sample in README.md and docs/*.md against
// the built package, as a reader would paste it: `import ... from 'housing-conduct-rules'`.
// Run by `npm test` after the build.
//
// Info strings: ```ts is a whole program; ```ts continued carries on from the samples before it
// in the same file (back to the last one not marked continued), so a guide can build a case step
// by step; ```ts norun is type-checked and not run (a sample that stands on a case the reader
// already has: `declare const state: CaseState`); ```ts nocheck is a fragment, neither checked nor
// run (a type's shape). Keep those two few. Other languages are left alone.
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../', import.meta.url));

/** The TypeScript samples of one Markdown text: `{ line, code, continued }`, nocheck ones left out. */
export function samplesOf(markdown) {
  const samples = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w+)(.*)$/.exec(lines[i]);
    if (!open) continue;
    const end = lines.indexOf('```', i + 1);
    const words = open[2].trim().split(/\s+/);
    if (open[1] === 'ts' && !words.includes('nocheck')) {
      samples.push({
        line: i + 1,
        code: lines.slice(i + 1, end).join('\n'),
        continued: words.includes('continued'),
        run: !words.includes('norun'),
      });
    }
    i = end;
  }
  return samples;
}

/** Each sample as a program: a continued sample runs after the ones it continues. */
export function programsOf(samples) {
  const programs = [];
  let chain = [];
  for (const sample of samples) {
    chain = sample.continued ? [...chain, sample] : [sample];
    const lead = chain.slice(0, -1).map((s) => s.code);
    // Imports go first; the samples before it run as they did, in a block of their own scope.
    programs.push({
      line: sample.line,
      code: [...lead, sample.code].join('\n\n'),
      run: chain.every((s) => s.run),
    });
  }
  return programs;
}

const docs = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`),
];
const dir = mkdtempSync(join(tmpdir(), 'hcr-doc-samples-'));
try {
  mkdirSync(join(dir, 'node_modules'));
  // The package as a reader installs it: this checkout, built.
  symlinkSync(root, join(dir, 'node_modules', 'housing-conduct-rules'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  const files = new Map();
  for (const doc of docs) {
    programsOf(samplesOf(readFileSync(join(root, doc), 'utf8'))).forEach((program) => {
      const name = `${doc.replace(/\W+/g, '-')}-${program.line}.ts`;
      writeFileSync(join(dir, name), `${program.code}\nexport {};\n`);
      files.set(join(dir, name), { where: `${doc}:${program.line}`, run: program.run });
    });
  }
  const program = ts.createProgram([...files.keys()], {
    strict: true,
    noUncheckedIndexedAccess: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: [],
    skipLibCheck: true,
    outDir: join(dir, 'out'),
  });
  const emitted = program.emit();
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics];
  const failures = diagnostics.map((d) => {
    const where = d.file ? files.get(d.file.fileName)?.where : undefined;
    const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
    return `${where ?? d.file?.fileName ?? ''} (line ${at} of the sample): ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
  if (failures.length === 0) {
    for (const [file, { where, run }] of files) {
      if (!run) continue;
      const js = join(dir, 'out', file.slice(dir.length + 1).replace(/\.ts$/, '.js'));
      try {
        execFileSync(process.execPath, [js], { cwd: dir, stdio: 'pipe', timeout: 20_000 });
      } catch (error) {
        failures.push(
          `${where}: running it failed: ${String(error.stderr ?? error)
            .trim()
            .split('\n')
            .slice(0, 6)
            .join('\n')}`,
        );
      }
    }
  }
  if (failures.length > 0) {
    console.error(`doc samples: ${failures.length} failed\n${failures.join('\n')}`);
    process.exitCode = 1;
  } else {
    const ran = [...files.values()].filter((f) => f.run).length;
    console.log(
      `doc samples: ${files.size} type-checked (strict), ${ran} of them run, from ${docs.length} documents`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
