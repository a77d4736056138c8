// Records every platform's optional native packages in package-lock.json.
//
// Why: the registry mirror on this project's machines serves only the binaries for its own
// platform (linux-x64), so `npm install` writes a lockfile without the other platforms' optional
// packages (@biomejs/cli-darwin-arm64, @rollup/rollup-win32-x64-msvc, ...), and `npm ci` then
// refuses it as out of sync. This adds an entry for each, with the `os`, `cpu` and `libc` its name
// states, so npm skips it here and fetches it by version on a machine of that platform.
// Run it after any change to the dependencies: `node scripts/lockfile-platforms.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const OS = [
  'android',
  'darwin',
  'freebsd',
  'openbsd',
  'openharmony',
  'win32',
  'linux',
  'sunos',
  'aix',
  'netbsd',
];
const CPU = ['arm64', 'x64', 'ia32', 'loong64', 'ppc64', 'riscv64', 's390x', 'mips64el', 'arm'];

function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.find((part) => OS.includes(part));
  const cpu = parts.find((part) => CPU.includes(part));
  if (os === undefined || cpu === undefined) return undefined;
  const platform = { os: [os], cpu: [cpu] };
  if (os === 'linux' && parts.some((part) => part.startsWith('musl'))) platform.libc = ['musl'];
  else if (os === 'linux' && parts.some((part) => part.startsWith('gnu'))) platform.libc = ['glibc'];
  return platform;
}

let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const hoisted = `node_modules/${name}`;
    const nested = `${path}/node_modules/${name}`;
    if (lock.packages[hoisted] || lock.packages[nested]) continue;
    const platform = platformOf(name);
    if (platform === undefined || !/^\d+\.\d+\.\d+/.test(spec)) {
      console.warn(`left out ${name}@${spec}: no platform in its name, or not an exact version`);
      continue;
    }
    lock.packages[hoisted] = {
      version: spec,
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      ...platform,
    };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: recorded ${added} optional platform package(s)`);
