// Issue 8: each fault found by probing, as a test. The fuzz suite (test/fuzz) covers the kinds.
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { caseAfter, ev, incident, LADDER, OPENING, TEP } from '../case/fixtures.js';
import { refusal, unwrap } from '../helpers.js';

const deepJson = (levels: number): unknown => JSON.parse(`${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`);
const CONTACT: lib.ContactAttempt = {
  at: '2026-05-04T10:00:00+01:00',
  direction: 'inbound',
  channel: 'phone',
  subject: 'general',
};
const R = (id: string, measures: lib.Measure[] = [{ kind: 'written-only' }]): lib.Restriction => ({
  id,
  startsOn: '2026-01-01',
  lastDayInForce: '2026-12-31',
  measures,
});

describe('plain JSON never crashes', () => {
  it('a meta nested 2,000 deep is refused by path wherever free-form data enters', () => {
    const state = caseAfter(LADDER);
    const deep = deepJson(2_000);
    const review = { ...ev('case-reviewed', '2026-09-01T09:00:00Z', { outcome: 'continue' }), meta: deep };
    for (const result of [
      lib.applyEvent(state, review as lib.CaseEvent, TEP),
      lib.replay([...LADDER, review as lib.CaseEvent], TEP, OPENING),
      lib.obligations(
        { ...state, decisions: [{ ...state.decisions[0], meta: deep }] } as never,
        '2026-09-01T09:00:00Z',
        TEP,
      ),
      lib.allowedEvents({ ...state, meta: deep } as never, '2026-09-01T09:00:00Z', TEP),
      lib.activeRestrictions({ ...state, meta: deep } as never, '2026-09-01T09:00:00Z'),
    ]) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(['INVALID_INPUT', 'INPUT_TOO_LARGE']).toContain(result.error.code);
    }
    // Within the limits, meta is kept; past MAX_JSON_DEPTH it is refused by path.
    const tooDeepMeta = {
      ...ev('case-reviewed', '2026-09-01T09:00:00Z', { outcome: 'continue' }),
      meta: deepJson(80),
    };
    expect(
      refusal(lib.applyEvent(state, tooDeepMeta as lib.CaseEvent, TEP), 'INVALID_INPUT').issues[0]?.path,
    ).toMatch(/^event\.meta\.a\.a/);
  });

  it('a BigInt or a circular value in an enum field is described, not thrown on', () => {
    const bigint = refusal(lib.bankHolidays(2026, 10n as never), 'INVALID_INPUT');
    expect(bigint.message).toContain('10n (a BigInt)');
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(refusal(lib.bankHolidays(2026, circular as never), 'INVALID_INPUT').issues[0]?.message).toContain(
      'contains itself',
    );
    expect(
      refusal(lib.isBusinessDay('2026-03-02', { nation: Symbol('x') } as never), 'INVALID_INPUT').message,
    ).toContain('a Symbol');
  });

  it('130,000 bad restrictions are refused at the door, without overflowing the stack', () => {
    const error = refusal(
      lib.checkContact(new Array(130_000).fill(1), CONTACT, { policy: TEP }),
      'INPUT_TOO_LARGE',
    );
    expect(error.issues).toEqual([{ path: 'restrictions', message: expect.stringContaining('130,000') }]);
  });

  it('helpers once exported without validation now validate: categoriesOf, measureConflicts, isLibraryDefault', () => {
    expect(refusal(lib.categoriesOf('__proto__' as never), 'INVALID_INPUT').issues[0]?.path).toBe('code');
    expect(
      refusal(
        lib.measureConflicts([{ kind: 'written-only' }] as never, null as never),
        'INVALID_INPUT',
      ).issues.map((i) => i.path),
    ).toEqual(['needs[0]', 'measures']);
    expect(refusal(lib.isLibraryDefault(TEP, 'constructor' as never), 'INVALID_INPUT').issues[0]?.path).toBe(
      'path',
    );
    expect(unwrap(lib.categoriesOf('harassment'))).toEqual(['aggressive-or-abusive', 'harassment']);
  });
});

describe('bounded work on bad input', () => {
  it('20,000 empty contacts (the probe sent 200,000): a refusal of at most LIMITS.maxIssuesPerError issues, with the total kept', () => {
    const error = refusal(
      lib.analyseContacts(new Array(20_000).fill({}), { asOf: '2026-01-01T00:00:00Z' }),
      'INVALID_INPUT',
    );
    expect(error.issues).toHaveLength(lib.LIMITS.maxIssuesPerError);
    expect(error.issueCount).toBe(20_000 * 5);
    expect(error.message.length).toBeLessThan(30_000);
    expect(error.message).toContain('100,000 issues in all');
  });

  it('a million bad exclusions: INPUT_TOO_LARGE naming the list, not 237 MB', () => {
    const json = JSON.stringify({ ...TEP, exclusions: new Array(1_000_000).fill('x') });
    expect(refusal(lib.parsePolicy(json), 'INPUT_TOO_LARGE').issues.map((i) => i.path)).toEqual(['policy']);
    const parsed = { ...TEP, exclusions: new Array(1_000_000).fill('x') };
    const error = refusal(lib.parsePolicy(parsed), 'INPUT_TOO_LARGE');
    expect(error.issues.map((i) => i.path)).toEqual(['policy.exclusions']);
    const many = refusal(
      lib.parsePolicy({ ...TEP, exclusions: new Array(5_000).fill('x') }),
      'INVALID_INPUT',
    );
    expect(many.issues).toHaveLength(lib.LIMITS.maxIssuesPerError);
    expect(many.issueCount).toBe(5_000);
  });

  it('a 1 MB subject is refused by path and quoted only in part', () => {
    const error = refusal(
      lib.checkContact([], { ...CONTACT, subject: 'x'.repeat(1_000_000) } as never, { policy: TEP }),
      'INPUT_TOO_LARGE',
    );
    expect(error.issues[0]?.path).toBe('contact.subject');
    expect(error.message.length).toBeLessThan(500);
    const bad = refusal(
      lib.checkContact([], { ...CONTACT, subject: 'y'.repeat(5_000) } as never, { policy: TEP }),
      'INVALID_INPUT',
    );
    expect(bad.message).toContain('(5,000 characters)');
    expect(bad.message.length).toBeLessThan(500);
  });

  it('10,000 restrictions of 1,000 windows are refused at once; a gate holds at most its limits', () => {
    const windows = Array.from({ length: 1_000 }, () => ({ day: 'monday', from: '09:00', to: '10:00' }));
    const huge = Array.from({ length: 10_000 }, (_, i) =>
      R(`R${i}`, [{ kind: 'call-windows', windows } as lib.Measure]),
    );
    const started = performance.now();
    refusal(lib.checkContact(huge, CONTACT, { policy: TEP }), 'INPUT_TOO_LARGE');
    expect(performance.now() - started).toBeLessThan(2_000);
    const tooMany = Array.from({ length: lib.LIMITS.maxRestrictionsPerGate + 1 }, (_, i) => R(`R${i}`));
    expect(
      refusal(lib.checkContact(tooMany, CONTACT, { policy: TEP }), 'INPUT_TOO_LARGE').issues[0]?.path,
    ).toBe('restrictions');
    const tooManyWindows = [
      R('R1', [
        {
          kind: 'call-windows',
          windows: windows.slice(0, lib.LIMITS.maxWindowsPerMeasure + 1),
        } as lib.Measure,
      ]),
    ];
    expect(
      refusal(lib.checkContact(tooManyWindows, CONTACT, { policy: TEP }), 'INPUT_TOO_LARGE').issues[0]?.path,
    ).toBe('restrictions[0].measures[0].windows');
    const behaviours = new Array(lib.LIMITS.maxBehavioursPerIncident + 1).fill({ code: 'swearing' });
    const inc = (incident('i-1', '2026-03-02T10:00:00Z') as { incident: lib.Incident }).incident;
    expect(refusal(lib.classifyIncident({ ...inc, behaviours }), 'INPUT_TOO_LARGE').issues[0]?.path).toBe(
      'incident.behaviours',
    );
  });
});

describe('the machine’s time zone never leaks in (run again under TZ=Pacific/Apia by npm test)', () => {
  it('a month from 30 November 2011 ends on 29 December, the day Samoa skipped notwithstanding', () => {
    expect(
      unwrap(lib.restrictionPeriod({ startsOn: '2011-11-30', months: 1, policy: TEP })).lastDayInForce,
    ).toBe('2011-12-29');
    expect(unwrap(lib.restrictionPeriod({ startsOn: '2011-11-30', months: 1, policy: TEP })).basis).toContain(
      'Thursday 29 December 2011',
    );
  });
});

describe('options are strict', () => {
  it('a misspelt option is refused by name, never read as the default', () => {
    const inc = (incident('i-1', '2026-03-02T10:00:00Z') as { incident: lib.Incident }).incident;
    expect(
      refusal(lib.classifyIncident(inc, { Policy: TEP } as never), 'INVALID_INPUT').issues[0]?.path,
    ).toBe('Policy');
    expect(
      refusal(lib.analyseContacts([], { asOf: '2026-01-01T00:00:00Z', polcy: TEP } as never), 'INVALID_INPUT')
        .issues[0]?.path,
    ).toBe('polcy');
    expect(refusal(lib.classifyIncident(inc, new Map() as never), 'INVALID_INPUT').issues[0]?.path).toBe(
      'options',
    );
    expect(
      refusal(lib.checkContact([], CONTACT, { policy: TEP, restrictions: [] } as never), 'INVALID_INPUT')
        .issues[0]?.path,
    ).toBe('options.restrictions');
  });
});

describe('edges end in a refusal, never INTERNAL_ERROR', () => {
  it('hour 24 is refused at the door', () => {
    expect(
      refusal(
        lib.openCase({ caseId: 'c', customerId: 'x', openedAt: '2999-12-31T24:00:00Z' }),
        'INVALID_INPUT',
      ).issues[0]?.path,
    ).toBe('opening.openedAt');
    refusal(
      lib.openCase({ caseId: 'c', customerId: 'x', openedAt: '2999-12-31T23:00:00-05:00' }),
      'INVALID_INPUT',
    );
  });

  it('events 0.8 µs apart in the wrong order are refused, and lastEventAt never goes back', () => {
    const opened = unwrap(
      lib.openCase({ caseId: 'c', customerId: 'x', openedAt: '2026-01-05T09:00:00.0000008Z' }),
    );
    const early = incident('i-1', '2026-01-05T09:00:00.0000001Z');
    refusal(lib.applyEvent(opened, early, TEP), 'EVENT_OUT_OF_ORDER');
    const same = unwrap(lib.applyEvent(opened, incident('i-1', '2026-01-05T09:00:00.0000008Z'), TEP));
    expect(same.lastEventAt).toBe('2026-01-05T09:00:00.0000008Z');
  });

  it('an event whose day in the policy’s zone is after 2999 is DATE_OUT_OF_RANGE', () => {
    const kiritimati = unwrap(
      lib.definePolicy({ id: 'k', name: 'K', effectiveFrom: '2000-01-01', timeZone: 'Pacific/Kiritimati' }),
    );
    const opened = unwrap(lib.openCase({ caseId: 'c', customerId: 'x', openedAt: '2999-12-31T09:00:00Z' }));
    refusal(lib.applyEvent(opened, incident('i-1', '2999-12-31T12:00:00Z'), kiritimati), 'DATE_OUT_OF_RANGE');
  });
});

describe('not-plain objects are refused where a plain object is expected', () => {
  it('a Map, a Set, a Date or a class instance as the calendar', () => {
    class Calendar {
      nation = 'scotland';
    }
    for (const calendar of [new Map([['nation', 'scotland']]), new Set(), new Date(), new Calendar()]) {
      expect(
        refusal(lib.isBusinessDay('2026-11-30', calendar as never), 'INVALID_INPUT').issues[0]?.path,
      ).toBe('calendar');
    }
    expect(unwrap(lib.isBusinessDay('2026-11-30', { nation: 'scotland' }))).toBe(false);
  });

  it('duplicate restriction ids in one gate', () => {
    const error = refusal(lib.checkContact([R('R'), R('R')], CONTACT, { policy: TEP }), 'INVALID_INPUT');
    expect(error.issues.map((i) => i.path)).toEqual(['restrictions[1].id']);
  });
});
