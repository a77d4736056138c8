// The command line tried as a new integrator would, from docs/cli.md as written: faults found,
// each kept as a test of its fix.
import { describe, expect, it } from 'vitest';
import { cli, printed } from './run.js';

describe('docs/cli.md: the state replay --json prints is the state the other commands read', () => {
  // docs/cli.md: `replay case-events.json --json > state.json`, then
  // `obligations state.json --at 2026-10-01T09:00:00Z`: --json prints the Result, { ok, value }.
  it('obligations, deadlines, notice and check-contact read the Result of replay --json as the stored state', async () => {
    const replayed = await cli(['replay', 'case-events.json', '--json']);
    expect(replayed.code).toBe(0);
    const owed = await cli(['obligations', '-', '--at', '2026-10-01T09:00:00Z', '--json'], replayed.stdout);
    expect(owed.stderr).toBe('');
    expect(owed.code).toBe(0);
    expect(printed<{ kind: string }[]>(owed).value).toContainEqual(
      expect.objectContaining({ kind: 'case-review', dueOn: '2026-09-02', overdue: true }),
    );
    const dates = await cli(['deadlines', '-', '--json'], replayed.stdout);
    expect(dates.code).toBe(0);
    const letter = await cli(['notice', 'restriction-decision', '-'], replayed.stdout);
    expect(letter.code).toBe(0);
    const contact = {
      at: '2026-03-10T10:00:00Z',
      direction: 'inbound',
      channel: 'phone',
      subject: 'general',
      staffId: 'sp-1',
    };
    const checked = await cli(
      ['check-contact', '-', '--json'],
      JSON.stringify({ case: JSON.parse(replayed.stdout), contact }),
    );
    expect(checked.stderr).toBe('');
    expect(checked.code).toBe(0);
  });

  it('a refusal printed by replay --json is not a state: bad input, exit 2, saying so', async () => {
    const refused = await cli(['replay', 'case-refused.json', '--json']);
    expect(refused.code).toBe(1);
    const owed = await cli(['obligations', '-', '--at', '2026-10-01T09:00:00Z'], refused.stdout);
    expect(owed.code).toBe(2);
    expect(owed.stderr).toContain('EIA_REQUIRED');
  });
});

describe('obligations as text', () => {
  it('lists each rule an obligation rests on once: [NF-9, TEP-9], not [NF-9, NF-9, NF-9, TEP-9]', async () => {
    const run = await cli(['obligations', 'case-events.json', '--at', '2026-10-01T09:00:00Z']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('marker-review (marker-inc-1)  [NF-9, TEP-9]');
  });
});

describe('usage errors', () => {
  it("an unknown option is named, without Node's advice on positionals after --: exit 2", async () => {
    const run = await cli(['classify', 'incident.json', '--polcy', 'selwood']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^Unknown option --polcy for classify\.\nUsage: housing-conduct-rules classify /,
    );
  });
});
