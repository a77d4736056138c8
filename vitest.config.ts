import { defineConfig } from 'vitest/config';

/**
 * Zones where a library that leaned on the machine's own zone would go wrong: Samoa skipped
 * 30 December 2011, Kiritimati is 14 hours ahead of UTC, St John's is 3½ hours behind. The
 * date-sensitive folders run again under each (issue 8); everything runs under UTC.
 */
const HOSTILE_ZONES = ['Pacific/Apia', 'Pacific/Kiritimati', 'America/St_Johns'];
const DATE_SENSITIVE = [
  'test/calendar/**/*.test.ts',
  'test/deadlines/**/*.test.ts',
  'test/case/**/*.test.ts',
  'test/hostile/**/*.test.ts',
  'test/shared/dates.test.ts',
  'test/shared/machine-zone.test.ts',
  'test/audit/scenarios.test.ts',
  'test/audit/histories.test.ts',
  'test/notices/golden.test.ts',
];

export default defineConfig({
  test: {
    // The JSON report is what .ci/run reads for its closing "N passed, N failed" line: one report,
    // its counts summed over every project below.
    reporters: ['default', 'json'],
    // The heaviest property tests take 2-6 s on a loaded 2-core machine: well inside 20 s.
    testTimeout: 20_000,
    outputFile: { json: 'reports/vitest.json' },
    projects: [
      {
        extends: true,
        test: { name: 'UTC', include: ['test/**/*.test.ts'], exclude: ['test/cli/**'], env: { TZ: 'UTC' } },
      },
      // The command line's tests run the built dist/cli.js as an integrator would: the global setup
      // builds it first when it is missing or older than src/ (npm test builds before the tests).
      {
        extends: true,
        test: {
          name: 'CLI',
          include: ['test/cli/**/*.test.ts'],
          env: { TZ: 'UTC' },
          globalSetup: ['test/cli/build.ts'],
        },
      },
      ...HOSTILE_ZONES.map((zone) => ({
        extends: true as const,
        // The property tests and the Easter cross-check (1979-2999 against date-holidays) are slow;
        // the UTC run has them.
        test: {
          name: `TZ=${zone}`,
          include: DATE_SENSITIVE,
          exclude: ['test/**/*properties*.test.ts', 'test/calendar/easter.test.ts'],
          env: { TZ: zone },
        },
      })),
    ],
  },
});
