import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../src/calendar/civil-date.js';
import { endOfDay } from '../../src/calendar/zone.js';
import {
  appealDeadline,
  appealDecisionDue,
  reconsiderationDecisionDue,
  restrictionPeriod,
  reviewDates,
} from '../../src/deadlines/index.js';
import { definePolicy, type Policy, presets } from '../../src/policy/index.js';
import { badPaths, civilDates, refusal, unwrap } from '../helpers.js';

const tep = presets.tenancyEnforcementProcedure;
const withSettings = (settings: object, base: Policy = tep): Policy =>
  unwrap(definePolicy({ id: 'test', name: 'Test policy', effectiveFrom: '2000-01-01', ...settings }, base));

const lastDayToAppeal = (decisionLetterDate: string, policy: Policy = tep) =>
  unwrap(appealDeadline({ decisionLetterDate, policy })).lastDay;

describe('appealDeadline: month ends, leap days and year ends', () => {
  const cases: [string, string][] = [
    ['2026-01-31', '2026-02-14'],
    ['2026-02-14', '2026-02-28'],
    ['2026-02-15', '2026-03-01'],
    ['2028-02-15', '2028-02-29'],
    ['2028-02-16', '2028-03-01'],
    ['2026-04-16', '2026-04-30'],
    ['2026-04-17', '2026-05-01'],
    ['2026-12-18', '2027-01-01'],
    ['2026-12-31', '2027-01-14'],
  ];
  for (const [letter, last] of cases) {
    it(`a letter dated ${letter}: last day ${last}`, () => expect(lastDayToAppeal(letter)).toBe(last));
  }
});

describe('closesAt: midnight at the end of the last day, London time, across the clock changes', () => {
  it('last day the Saturday before spring forward closes at the start of Sunday, GMT', () => {
    const d = unwrap(appealDeadline({ decisionLetterDate: '2026-03-14', policy: tep }));
    expect(d.lastDay).toBe('2026-03-28');
    expect(d.closesAt).toBe('2026-03-29T00:00:00+00:00');
  });

  it('last day the spring-forward Sunday closes at midnight BST', () => {
    const d = unwrap(appealDeadline({ decisionLetterDate: '2026-03-15', policy: tep }));
    expect(d.lastDay).toBe('2026-03-29');
    expect(d.closesAt).toBe('2026-03-30T00:00:00+01:00');
    expect(new Date(d.closesAt).toISOString()).toBe('2026-03-29T23:00:00.000Z');
  });

  it('last day the Monday after spring forward', () => {
    expect(unwrap(appealDeadline({ decisionLetterDate: '2026-03-16', policy: tep })).closesAt).toBe(
      '2026-03-31T00:00:00+01:00',
    );
  });

  it('last day the fall-back Saturday, Sunday and Monday (24, 25, 26 October 2026)', () => {
    expect(unwrap(appealDeadline({ decisionLetterDate: '2026-10-10', policy: tep })).closesAt).toBe(
      '2026-10-25T00:00:00+01:00',
    );
    const sunday = unwrap(appealDeadline({ decisionLetterDate: '2026-10-11', policy: tep }));
    expect(sunday.closesAt).toBe('2026-10-26T00:00:00+00:00');
    expect(new Date(sunday.closesAt).toISOString()).toBe('2026-10-26T00:00:00.000Z');
    expect(unwrap(appealDeadline({ decisionLetterDate: '2026-10-12', policy: tep })).closesAt).toBe(
      '2026-10-27T00:00:00+00:00',
    );
  });
});

describe('a last day on a non-business day: a policy setting', () => {
  const moving = withSettings({
    appeal: { window: { lastDayOnNonBusinessDay: 'moves-to-next-business-day' } },
  });

  it('stays by default (TEP gives no such rule)', () => {
    expect(lastDayToAppeal('2026-03-01')).toBe('2026-03-15'); // a Sunday
  });

  it('moves to the next business day when the policy says so: Sunday → Monday', () => {
    const d = unwrap(appealDeadline({ decisionLetterDate: '2026-03-01', policy: moving }));
    expect(d.lastDay).toBe('2026-03-16');
    expect(d.basis).toContain(
      'day 14, Sunday 15 March 2026, is not a business day, so the last day moves to Monday 16 March 2026',
    );
    expect(d.reasons.map((r) => r.rule)).toEqual(['TEP-11.2', 'NF-5', 'NF-7']);
  });

  it('over Christmas: 14 days from 12 December 2026 is Saturday 26th; the next business day is Tuesday 29th', () => {
    expect(unwrap(appealDeadline({ decisionLetterDate: '2026-12-12', policy: moving })).lastDay).toBe(
      '2026-12-29',
    );
  });

  it('the day before and after a holiday do not move', () => {
    expect(unwrap(appealDeadline({ decisionLetterDate: '2026-12-10', policy: moving })).lastDay).toBe(
      '2026-12-24',
    );
    expect(unwrap(appealDeadline({ decisionLetterDate: '2026-12-15', policy: moving })).lastDay).toBe(
      '2026-12-29',
    );
  });

  it('counts the bank holidays of the policy’s nation', () => {
    const scottish = withSettings({
      calendar: { nation: 'scotland' },
      appeal: { window: { lastDayOnNonBusinessDay: 'moves-to-next-business-day' } },
    });
    // 14 days from 20 July 2026 is Monday 3 August: Scotland's summer bank holiday.
    expect(unwrap(appealDeadline({ decisionLetterDate: '2026-07-20', policy: scottish })).lastDay).toBe(
      '2026-08-04',
    );
    expect(unwrap(appealDeadline({ decisionLetterDate: '2026-07-20', policy: moving })).lastDay).toBe(
      '2026-08-03',
    );
  });
});

describe('business-day windows', () => {
  const tenBusinessDays = withSettings({ appeal: { window: { length: 10, unit: 'business-days' } } });

  it('count only business days, the letter’s day not counted', () => {
    // From Thursday 17 December 2026: 18, 21, 22, 23, 24, 29, 30, 31 Dec, 4, 5 Jan.
    expect(
      unwrap(appealDeadline({ decisionLetterDate: '2026-12-17', policy: tenBusinessDays })).lastDay,
    ).toBe('2027-01-05');
  });

  it('count the landlord’s extra closure days out', () => {
    const closed = withSettings(
      { calendar: { extraClosures: ['2026-12-29', '2026-12-30', '2026-12-31'] } },
      tenBusinessDays,
    );
    expect(unwrap(appealDeadline({ decisionLetterDate: '2026-12-17', policy: closed })).lastDay).toBe(
      '2027-01-08',
    );
  });
});

describe('NF-6: counting from deemed receipt, when the policy says so', () => {
  const fromReceipt = withSettings({ appeal: { window: { countFrom: 'deemed-receipt' } } });

  it('counts from the day the letter is deemed received', () => {
    const d = unwrap(
      appealDeadline({
        decisionLetterDate: '2026-03-12',
        policy: fromReceipt,
        service: { method: 'first-class-post', postedOn: '2026-03-12' },
      }),
    );
    expect(d.countedFrom).toBe('2026-03-16');
    expect(d.lastDay).toBe('2026-03-30');
    expect(d.reasons.map((r) => r.rule)).toEqual(['TEP-11.2', 'NF-6', 'NF-5']);
  });

  // NF-6, CPR 6.26: a business day is a weekday that is not a bank holiday. Wednesday 18 March
  // 2026 is the landlord's closure day; a letter posted on the Monday is deemed received on it.
  const closed = (skipsClosureDays: boolean) =>
    withSettings({
      calendar: { extraClosures: ['2026-03-18'] },
      appeal: { window: { countFrom: 'deemed-receipt' } },
      deemedReceipt: { skipsClosureDays },
    });
  const countedFrom = (postedOn: string, policy: Policy) =>
    unwrap(
      appealDeadline({
        decisionLetterDate: '2026-03-15',
        policy,
        service: { method: 'first-class-post', postedOn },
      }),
    ).countedFrom;

  it('a landlord’s closure day does not delay deemed receipt: the day before, the day, the day after', () => {
    expect(countedFrom('2026-03-15', closed(false))).toBe('2026-03-17');
    expect(countedFrom('2026-03-16', closed(false))).toBe('2026-03-18');
    expect(countedFrom('2026-03-17', closed(false))).toBe('2026-03-19');
  });

  it('a landlord that chooses to extend for its closure days says so, cited to its own setting, never to CPR', () => {
    const policy = closed(true);
    expect(countedFrom('2026-03-15', policy)).toBe('2026-03-17');
    expect(countedFrom('2026-03-16', policy)).toBe('2026-03-19');
    expect(countedFrom('2026-03-17', policy)).toBe('2026-03-19');
    const d = unwrap(
      appealDeadline({
        decisionLetterDate: '2026-03-15',
        policy,
        service: { method: 'first-class-post', postedOn: '2026-03-16' },
      }),
    );
    const choice = d.reasons.find((r) => r.rule === 'NF-6' && r.citation.document === policy.name);
    expect(choice?.text).toContain('CPR 6.26 does not require this');
  });

  it('by default no preset lets closure days delay deemed receipt, as a library default', () => {
    for (const preset of Object.values(presets)) {
      expect(preset.deemedReceipt.skipsClosureDays).toBe(false);
      expect(preset.citations['deemedReceipt.skipsClosureDays'].section).toContain('CPR 6.26');
    }
  });

  it('needs to know how the letter was sent', () => {
    const error = refusal(
      appealDeadline({ decisionLetterDate: '2026-03-12', policy: fromReceipt }),
      'SERVICE_REQUIRED',
    );
    expect(error.issues.map((i) => i.path)).toEqual(['service']);
  });

  it('refuses a letter sent before the date on it', () => {
    expect(
      badPaths(
        appealDeadline({
          decisionLetterDate: '2026-03-20',
          policy: fromReceipt,
          service: { method: 'first-class-post', postedOn: '2026-03-01' },
        }),
      ),
    ).toEqual(['service']);
  });
});

describe('policies are effective-dated', () => {
  it('refuses a decision dated before the policy took effect: the day before, the day, the day after', () => {
    const ho = presets.housingOmbudsman2021;
    refusal(appealDeadline({ decisionLetterDate: '2021-05-31', policy: ho }), 'POLICY_NOT_IN_EFFECT');
    expect(unwrap(appealDeadline({ decisionLetterDate: '2021-06-01', policy: ho })).lastDay).toBe(
      '2021-06-15',
    );
    expect(unwrap(appealDeadline({ decisionLetterDate: '2021-06-02', policy: ho })).lastDay).toBe(
      '2021-06-16',
    );
    refusal(appealDecisionDue({ receivedOn: '2021-05-31', policy: ho }), 'POLICY_NOT_IN_EFFECT');
    refusal(reconsiderationDecisionDue({ receivedOn: '2021-05-31', policy: ho }), 'POLICY_NOT_IN_EFFECT');
    refusal(restrictionPeriod({ startsOn: '2021-05-31', months: 6, policy: ho }), 'POLICY_NOT_IN_EFFECT');
  });
});

describe('bad input gets a Result error naming the field', () => {
  it('an impossible date, a misplaced policy key, a negative length', () => {
    expect(badPaths(appealDeadline({ decisionLetterDate: '2026-02-30', policy: tep }))).toEqual([
      'decisionLetterDate',
    ]);
    expect(
      badPaths(
        appealDeadline({
          decisionLetterDate: '2026-03-02',
          policy: { ...tep, appeal: { ...tep.appeal, length: 14 } } as never,
        }),
      ),
    ).toEqual(['policy.appeal.length']);
    expect(badPaths(restrictionPeriod({ startsOn: '2026-03-02', months: -6, policy: tep }))).toEqual([
      'months',
    ]);
    expect(badPaths(appealDecisionDue({ receivedOn: '2026/03/02', policy: tep }))).toEqual(['receivedOn']);
    expect(
      badPaths(appealDeadline({ decisionLetterDate: '2026-03-02', policy: tep, colour: 1 } as never)),
    ).toEqual(['colour']);
    expect(badPaths(appealDeadline(undefined as never))).toEqual(['(input)']);
  });

  it('a business-day count running past the holiday table is refused, not guessed', () => {
    const business = withSettings({ appeal: { decisionWithin: { unit: 'business-days' } } });
    refusal(appealDecisionDue({ receivedOn: '2050-12-20', policy: business }), 'YEAR_NOT_COVERED');
    // Calendar days need no holiday data, so they still count.
    expect(unwrap(appealDecisionDue({ receivedOn: '2050-12-20', policy: tep })).lastDay).toBe('2051-01-17');
  });
});

describe('dates worked out past 2999 are refused, never returned', () => {
  it('the last day, and the day after', () => {
    expect(unwrap(appealDeadline({ decisionLetterDate: '2999-12-17', policy: tep })).lastDay).toBe(
      '2999-12-31',
    );
    refusal(appealDeadline({ decisionLetterDate: '2999-12-18', policy: tep }), 'DATE_OUT_OF_RANGE');
    expect(
      unwrap(restrictionPeriod({ startsOn: '2998-12-31', months: 12, policy: tep })).lastDayInForce,
    ).toBe('2999-12-30');
    expect(
      unwrap(restrictionPeriod({ startsOn: '2999-01-01', months: 11, policy: tep })).lastDayInForce,
    ).toBe('2999-11-30');
    refusal(restrictionPeriod({ startsOn: '2999-01-01', months: 12, policy: tep }), 'DATE_OUT_OF_RANGE');
  });
});

describe('restrictionPeriod', () => {
  it('“in force from the start of D up to and including the day before D + N months”', () => {
    const p = unwrap(restrictionPeriod({ startsOn: '2026-03-01', months: 12, policy: tep }));
    expect(p).toMatchObject({
      startsOn: '2026-03-01',
      startsAt: '2026-03-01T00:00:00+00:00',
      lastDayInForce: '2027-02-28',
      endsAt: '2027-03-01T00:00:00+00:00',
      months: 12,
    });
  });

  it('at month ends 28, 29, 30, 31, with each month-end rule', () => {
    const nextDay = withSettings({ monthEnd: 'next-day' });
    const cases: [string, number, string, string][] = [
      ['2026-08-28', 6, '2027-02-27', '2027-02-27'],
      ['2026-08-29', 6, '2027-02-27', '2027-02-28'],
      ['2026-08-30', 6, '2027-02-27', '2027-02-28'],
      ['2026-08-31', 6, '2027-02-27', '2027-02-28'],
      ['2027-08-31', 6, '2028-02-28', '2028-02-29'],
      ['2028-02-29', 12, '2029-02-27', '2029-02-28'],
      ['2026-10-31', 1, '2026-11-29', '2026-11-30'],
    ];
    for (const [startsOn, months, clamp, next] of cases) {
      expect(
        unwrap(restrictionPeriod({ startsOn, months, policy: tep })).lastDayInForce,
        `${startsOn} clamp`,
      ).toBe(clamp);
      expect(
        unwrap(restrictionPeriod({ startsOn, months, policy: nextDay })).lastDayInForce,
        `${startsOn} next`,
      ).toBe(next);
    }
  });

  it('ends at midnight London time across a clock change', () => {
    // In force to the end of Saturday 24 October 2026 (BST); ends as Sunday starts, still BST.
    expect(unwrap(restrictionPeriod({ startsOn: '2026-04-25', months: 6, policy: tep })).endsAt).toBe(
      '2026-10-25T00:00:00+01:00',
    );
    expect(unwrap(restrictionPeriod({ startsOn: '2025-10-26', months: 5, policy: tep })).endsAt).toBe(
      '2026-03-26T00:00:00+00:00',
    );
  });

  it('TEP-5.2: the default policy has no default length, so the decision must state it', () => {
    const error = refusal(restrictionPeriod({ startsOn: '2026-03-01', policy: tep }), 'LENGTH_REQUIRED');
    expect(error.issues.map((i) => i.path)).toEqual(['months']);
  });
});

describe('reviewDates', () => {
  it('every six months from the start, counted from the start itself so month ends do not drift', () => {
    const r = unwrap(reviewDates({ startsOn: '2026-08-31', lastDayInForce: '2028-08-30', policy: tep }));
    expect(r.dates).toEqual(['2027-02-28', '2027-08-31', '2028-02-29']);
  });

  it('a review due the day after the last day in force falls on the last day instead (none goes unreviewed); on it, it is', () => {
    expect(
      unwrap(reviewDates({ startsOn: '2026-01-15', lastDayInForce: '2026-07-14', policy: tep })).dates,
    ).toEqual(['2026-07-14']);
    expect(
      unwrap(reviewDates({ startsOn: '2026-01-15', lastDayInForce: '2026-07-15', policy: tep })).dates,
    ).toEqual(['2026-07-15']);
    expect(
      unwrap(reviewDates({ startsOn: '2026-01-15', lastDayInForce: '2026-07-16', policy: tep })).dates,
    ).toEqual(['2026-07-15']);
  });

  it('follows the policy’s interval', () => {
    const quarterly = withSettings({ restriction: { reviewIntervalMonths: 3 } });
    expect(
      unwrap(reviewDates({ startsOn: '2026-01-31', lastDayInForce: '2026-12-30', policy: quarterly })).dates,
    ).toEqual(['2026-04-30', '2026-07-31', '2026-10-31']);
  });

  it('refuses a last day before the start', () => {
    expect(
      badPaths(reviewDates({ startsOn: '2026-03-01', lastDayInForce: '2026-02-28', policy: tep })),
    ).toEqual(['lastDayInForce']);
  });
});

describe('properties', () => {
  const date = civilDates('2000-01-01', '2049-06-30');
  const policies = fc.constantFrom(
    tep,
    presets.selwood,
    withSettings({ appeal: { window: { lastDayOnNonBusinessDay: 'moves-to-next-business-day' } } }),
    withSettings({
      appeal: { window: { length: 10, unit: 'business-days' } },
      calendar: { nation: 'northern-ireland' },
    }),
  );

  it('a deadline is never before its event, and closes at the end of its last day', () => {
    fc.assert(
      fc.property(date, policies, (letter, policy) => {
        const d = unwrap(appealDeadline({ decisionLetterDate: letter, policy }));
        expect(daysBetween(letter, d.lastDay)).toBeGreaterThanOrEqual(policy.appeal?.window.length ?? 0);
        expect(d.closesAt).toBe(endOfDay(d.lastDay, 'Europe/London'));
        const decision = unwrap(appealDecisionDue({ receivedOn: letter, policy }));
        expect(daysBetween(letter, decision.lastDay)).toBe(28);
      }),
      { numRuns: 300 },
    );
  });

  it('with calendar days that stay, the last day is exactly N days after the event', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 366 }), (letter, length) => {
        const policy = withSettings({ appeal: { window: { length } } });
        expect(unwrap(appealDeadline({ decisionLetterDate: letter, policy })).lastDay).toBe(
          addDays(letter, length),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('a restriction lasts at least 28 days a month, and its reviews fall inside it', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 36 }), (startsOn, months) => {
        const p = unwrap(restrictionPeriod({ startsOn, months, policy: tep }));
        const lastDayInForce = p.lastDayInForce as string;
        expect(daysBetween(startsOn, lastDayInForce) + 1).toBeGreaterThanOrEqual(28 * months);
        const r = unwrap(reviewDates({ startsOn, lastDayInForce, policy: tep }));
        for (const due of r.dates) expect(due > startsOn && due <= lastDayInForce).toBe(true);
        // A review due the day after the restriction ends (k × 6 = months) is not due; one that
        // no scheduled review falls within is reviewed on its last day in force (library default).
        expect(r.dates.length).toBe(Math.max(1, Math.floor((months - 1) / 6)));
      }),
      { numRuns: 200 },
    );
  });

  it('outputs survive JSON unchanged, and the inputs are not mutated', () => {
    fc.assert(
      fc.property(date, (letter) => {
        const input = { decisionLetterDate: letter, policy: structuredClone(tep) };
        const before = JSON.stringify(input);
        const d = unwrap(appealDeadline(input));
        expect(JSON.parse(JSON.stringify(d))).toEqual(d);
        expect(JSON.stringify(input)).toBe(before);
        expect(JSON.stringify(unwrap(appealDeadline(input)))).toBe(JSON.stringify(d));
      }),
      { numRuns: 100 },
    );
  });
});
