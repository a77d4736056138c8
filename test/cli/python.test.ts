// docs/cli.md's promise to Python systems, kept: examples/python/call_library.py, standard library
// only, runs the built command line on the example files and calls the service over real HTTP,
// checking each answer. Skipped where there is no python3.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const python = spawnSync('python3', ['--version']).status === 0;

describe('calling the library from Python (examples/python/call_library.py)', () => {
  it.skipIf(!python)(
    'the command line and the service answer as docs/cli.md says: every check holds',
    () => {
      const run = spawnSync('python3', ['examples/python/call_library.py'], {
        encoding: 'utf8',
        // Generous: about ten Node processes start one after another, and a loaded 2-core machine
        // (CI's, or one running Stryker) can take seconds over each.
        timeout: 80_000,
      });
      expect(run.stderr).toBe('');
      expect(run.stdout).not.toContain('FAIL');
      expect(run.stdout).toContain('every check held');
      expect(run.status).toBe(0);
    },
    90_000,
  );
});
