import { defineConfig } from 'vitest/config';

/**
 * The test run Stryker uses (`npm run mutation`, see docs/reliability.md "Mutation score"): the UTC
 * project of vitest.config.ts only, with no JSON report, and without the files whose cost is
 * fast-check runs repeated for every mutant: the property files, the fuzz suite (which calls every
 * export, so it would run for every mutant) and the Easter cross-check against date-holidays
 * (1979-2999); nor the package's own checks (doc comments, JSON Schemas, the HTTP service). Those
 * still run in `npm test`; a mutant they alone would kill counts here as survived, so the score is
 * a floor. The command line's tests run the built dist/cli.js, which no
 * mutant reaches, so they and src/cli/ (stryker.config.json) are left out.
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [
      'test/**/*properties*.test.ts',
      'test/fuzz/**',
      'test/calendar/easter.test.ts',
      'test/cli/**',
      // Checks of the package rather than of the rules (doc comments, JSON Schemas, the HTTP
      // wrapper): seconds per mutant run, and no rule of the library's own is decided in them.
      'test/review/**',
      'test/schemas/**',
      'test/service/**',
      'test/docs/**',
    ],
    env: { TZ: 'UTC' },
    setupFiles: ['test/stryker.setup.ts'],
    // A loaded machine: the fast-check scenarios can pass 5 s with instrumented code.
    testTimeout: 60_000,
    // One module graph per worker, kept from test file to test file and from mutant to mutant:
    // Stryker switches mutants at run time, so nothing needs importing again (the library keeps
    // no state between calls). Isolated, a mutant's run spent most of its time importing.
    isolate: false,
  },
});
