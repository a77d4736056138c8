// The command line as an integrator runs it: the built dist/cli.js in a child process, on the
// example files in examples/, its exit codes (0 done, 1 a refusal or decline, 2 bad input or
// usage) and its --json output.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as library from '../../src/index.js';
import { cli, printed } from './run.js';

const COMMANDS = [
  'classify',
  'check-contact',
  'replay',
  'obligations',
  'audit',
  'deadlines',
  'notice',
  'schema',
  'demo',
  'serve',
];

describe('housing-conduct-rules --help', () => {
  it('lists every command and the exit codes, exit 0', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    for (const name of COMMANDS) expect(run.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    expect(run.stdout).toContain('0  done');
    expect(run.stdout).toContain('1  a refusal or a decline');
    expect(run.stdout).toContain('2  bad input or usage');
  });

  it('with no command prints the help to stderr and exits 2', async () => {
    const run = await cli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: housing-conduct-rules <command>');
  });

  it.each(COMMANDS)('%s --help prints its usage, options and exit codes, exit 0', async (name) => {
    const run = await cli([name, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Usage: housing-conduct-rules ${name}`);
    expect(run.stdout).toContain('--json');
    expect(run.stdout).toContain('2  bad input or usage');
  });

  it('an unknown command, an unknown option or an unknown policy is a usage error, exit 2', async () => {
    const runs = [
      await cli(['classify-all', 'incident.json']),
      await cli(['classify', 'incident.json', '--polcy', 'selwood']),
      await cli(['classify', 'incident.json', '--policy', 'no-such-preset']),
    ];
    expect(runs.map((run) => run.code)).toEqual([2, 2, 2]);
    expect(runs[0]?.stderr).toContain('Unknown command classify-all');
    expect(runs[1]?.stderr).toContain('--polcy');
    expect(runs[2]?.stderr).toContain('Unknown policy no-such-preset');
  });
});

describe('classify', () => {
  it('persistent swearing and shouting at staff is unacceptable (TEP-3.1): text, exit 0', async () => {
    const run = await cli(['classify', 'incident.json', '--customer', 'customer.json']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Unacceptable: yes');
    expect(run.stdout).toContain('[TEP-3.1]');
    expect(run.stdout).toContain('Weigh first: vulnerability');
  });

  it('reads stdin with -, takes a preset by name, and --json prints the Result', async () => {
    const run = await cli(
      ['classify', '-', '--policy', 'selwood', '--json'],
      readFileSync('examples/incident.json', 'utf8'),
    );
    expect(run.code).toBe(0);
    const result = printed<{ unacceptable: boolean; reasons: { rule: string }[] }>(run);
    expect(result.ok).toBe(true);
    expect(result.value.unacceptable).toBe(true);
    expect(result.value.reasons.length).toBeGreaterThan(0);
  });

  it('an incident the library refuses is bad input: exit 2, with the path', async () => {
    const run = await cli(
      ['classify', '-', '--json'],
      JSON.stringify({ id: 'inc-1', occurredAt: '2026-02-30T10:00:00Z' }),
    );
    expect(run.code).toBe(2);
    const result = printed(run);
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.issues.map((issue) => issue.path)).toContain('incident.occurredAt');
  });

  it('input that is not JSON, or a file that does not exist, is exit 2', async () => {
    const notJson = await cli(['classify', '-'], '{ id: ');
    const missing = await cli(['classify', 'no-such-file.json']);
    expect([notJson.code, missing.code]).toEqual([2, 2]);
    expect(notJson.stderr).toContain('not JSON');
    expect(missing.stderr).toContain('Cannot read incident');
  });

  it('a policy file the library refuses is bad input: exit 2, saying why', async () => {
    const run = await cli(['classify', 'incident.json', '--policy', 'customer.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('The policy in customer.json is refused');
  });

  it("takes a landlord's policy from a JSON file (Housing 21)", async () => {
    const run = await cli(['classify', 'incident.json', '--policy', 'policies/housing-21.json', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.stringify(printed(run).value)).toContain('Housing 21');
  });
});

describe('check-contact', () => {
  it('a general call under a SPOC-only restriction is redirected to the SPOC (TEP-6): exit 1', async () => {
    const run = await cli(['check-contact', 'contact-check.json', '--json']);
    expect(run.code).toBe(1);
    const result = printed<{ outcome: string; route: { spoc: { staffId: string } } }>(run);
    expect(result.value.outcome).toBe('redirect');
    expect(result.value.route.spoc.staffId).toBe('sp-1');
  });

  it("a case's own gate: a call to the SPOC in the Tuesday window is allowed; the next day it is redirected (TEP-5.3)", async () => {
    const inWindow = await cli(['check-contact', 'contact-on-case.json']);
    expect(inWindow.code).toBe(0);
    expect(inWindow.stdout).toContain('Outcome: allow\n');
    const input = JSON.parse(readFileSync('examples/contact-on-case.json', 'utf8'));
    input.contact.at = '2026-04-01T10:30:00+01:00';
    const nextDay = await cli(['check-contact', '-'], JSON.stringify(input));
    expect(nextDay.code).toBe(1);
    expect(nextDay.stdout).toContain('Outcome: redirect');
    expect(nextDay.stdout).toContain('next window 2026-04-07T10:00:00+01:00');
  });

  it('an emergency is always taken (TEP-7): allow-exclusion, exit 0', async () => {
    const run = await cli(['check-contact', 'contact-emergency.json']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Outcome: allow-exclusion');
    expect(run.stdout).toContain('[TEP-7]');
  });
});

describe('replay, obligations, deadlines', () => {
  it("replay folds the example case to a restriction: the state's stage is restricted, exit 0", async () => {
    const run = await cli(['replay', 'case-events.json', '--json']);
    expect(run.code).toBe(0);
    expect(printed<{ stage: string; caseId: string }>(run).value).toMatchObject({
      stage: 'restricted',
      caseId: 'case-1',
    });
  });

  it('a written warning with no EIA on file is refused EIA_REQUIRED (TEP-2.3) at event 1: exit 1', async () => {
    const run = await cli(['replay', 'case-refused.json', '--json']);
    expect(run.code).toBe(1);
    expect(printed(run).error).toMatchObject({ code: 'EIA_REQUIRED', index: 1 });
    const text = await cli(['replay', 'case-refused.json']);
    expect(text.stderr).toContain('Refused EIA_REQUIRED');
  });

  it('obligations on 1 October 2026: the six-monthly review due 2 September is overdue (TEP-10)', async () => {
    const run = await cli(['obligations', 'case-events.json', '--at', '2026-10-01T09:00:00Z', '--json']);
    expect(run.code).toBe(0);
    const owed = printed<{ kind: string; dueOn: string; overdue: boolean }[]>(run).value;
    expect(owed).toContainEqual(
      expect.objectContaining({ kind: 'case-review', dueOn: '2026-09-02', overdue: true }),
    );
  });

  it('obligations without --at is a usage error: exit 2', async () => {
    const run = await cli(['obligations', 'case-events.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Missing --at');
  });

  it('deadlines: a 12-month restriction from 2 March 2026 is in force to 1 March 2027, appeal by 16 March', async () => {
    const run = await cli(['deadlines', 'case-events.json', '--json']);
    expect(run.code).toBe(0);
    expect(printed<{ restrictions: unknown[] }>(run).value.restrictions[0]).toMatchObject({
      restrictionId: 'r-1',
      lastDayInForce: '2027-03-01',
      appealLastDay: '2026-03-16',
    });
  });
});

describe('notice', () => {
  it('the restriction decision letter, as text and as HTML', async () => {
    const text = await cli(['notice', 'restriction-decision', 'case-events.json']);
    const html = await cli(['notice', 'restriction-decision', 'case-events.json', '--format', 'html']);
    expect([text.code, html.code]).toEqual([0, 0]);
    expect(text.stdout).toContain('DECISION TO RESTRICT CONTACT');
    expect(html.stdout).toMatch(/<h1>/);
  });

  it('--json prints the Notice, each element with the rule requiring it', async () => {
    const run = await cli(['notice', 'restriction-decision', 'case-events.json', '--json']);
    const elements = printed<{ elements: { id: string; rule: string }[] }>(run).value.elements;
    expect(elements.map((element) => element.id)).toContain('appeal-deadline');
  });

  it('a notice of an appeal outcome on a case with no appeal is refused NOTICE_NOT_APPLICABLE: exit 1', async () => {
    const run = await cli(['notice', 'appeal-outcome', 'case-events.json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('NOTICE_NOT_APPLICABLE');
  });
});

describe('audit', () => {
  it('audits the example case as of 1 October 2026: findings, exit 0', async () => {
    const run = await cli(['audit', 'case-events.json', '--as-of', '2026-10-01T09:00:00Z', '--json']);
    expect(run.code).toBe(0);
    expect(Array.isArray(printed<{ findings: unknown[] }>(run).value.findings)).toBe(true);
  });

  it("takes a preset's name: --policy selwood audits under Selwood", async () => {
    const run = await cli([
      'audit',
      'case-events.json',
      '--as-of',
      '2026-10-01T09:00:00Z',
      '--policy',
      'selwood',
      '--json',
    ]);
    expect(run.code).toBe(0);
    const history = JSON.parse(readFileSync('examples/case-events.json', 'utf8'));
    const inProcess = library.auditCase(history.events, 'selwood', {
      asOf: '2026-10-01T09:00:00Z',
      opening: history.opening,
    });
    expect(printed(run)).toEqual(JSON.parse(JSON.stringify(inProcess)));
  });
});

describe('schema', () => {
  it('lists the shipped schemas, and prints one', async () => {
    const list = await cli(['schema', '--json']);
    expect(JSON.parse(list.stdout)).toEqual(expect.arrayContaining(['Policy', 'CaseEvent', 'Incident']));
    const one = await cli(['schema', 'CaseEvent']);
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout)).toEqual(JSON.parse(readFileSync('schemas/CaseEvent.json', 'utf8')));
  });

  it('an unknown type name is exit 2', async () => {
    const run = await cli(['schema', 'Polisy']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('No schema named Polisy');
  });
});

describe('demo and serve', () => {
  it('demo runs examples/demo.mjs, as npm run demo does', async () => {
    const run = await cli(['demo']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Policy: ');
    expect(run.stdout).toContain('DECISION TO RESTRICT CONTACT');
  });

  it('serve --port 0 answers GET /health on 127.0.0.1, and stops on SIGTERM', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, ['dist/cli.js', 'serve', '--port', '0']);
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        const found = /serving on (\S+)/.exec(String(chunk));
        if (found?.[1] !== undefined) resolve(found[1]);
      });
      child.on('error', reject);
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${url}/health`);
    expect(response.status).toBe(200);
    const exited = new Promise((resolve) => child.on('close', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
