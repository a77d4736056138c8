// Vitest global setup for the CLI project: builds dist/ (and schemas/) when missing or older than
// anything in src/, so `npx vitest run test/cli` never runs a stale command line.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(folder: string): number {
  let latest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

export function setup(): void {
  const built = ['dist/cli.js', 'dist/index.js', 'schemas/Policy.json'];
  const stale =
    built.some((file) => !existsSync(file)) ||
    Math.min(...built.map((file) => statSync(file).mtimeMs)) <
      Math.max(newest('src'), statSync('tsup.config.ts').mtimeMs);
  if (stale) execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
}
