import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

const LIBRARY_ENTRY = resolve('src/index.ts');

/**
 * The command line reaches the library the way an integrator does: through the package's own name
 * (Node resolves a package's self-reference through `exports`), so `dist/cli.js` holds the command
 * line alone, never a second copy of the rules.
 */
const libraryByName: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'library-by-name',
  setup(build) {
    build.onResolve({ filter: /\/index\.js$/ }, (args) => {
      const target = resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
      return target === LIBRARY_ENTRY ? { path: 'housing-conduct-rules', external: true } : undefined;
    });
  },
};

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2022',
  },
  {
    // The command line and the HTTP service: Node-only, ESM, never imported by src/index.ts.
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    banner: { js: '#!/usr/bin/env node' },
    esbuildPlugins: [libraryByName],
  },
]);
