// Periods as landlords write them (API.md, "Any landlord's policy"): "ten working days from
// receipt", "two weeks", "one month". A period is `{ length, unit: 'calendar-days' |
// 'business-days' | 'weeks' | 'months', countFrom?, lastDayOnNonBusinessDay }`; weeks are seven
// calendar days each; months are calendar months with the policy's month-end rule; the event's own
// day is never counted (NF-5).
import { describe, expect, it } from 'vitest';
import {
  appealDeadline,
  appealDecisionDue,
  bankHolidays,
  type CaseEvent,
  caseDeadlines,
  definePolicy,
  type Policy,
  replay,
} from '../../src/index.js';
import { ev, incident, OPENING } from '../case/fixtures.js';
import { badPaths, refusal, unwrap } from '../helpers.js';
import { acmePolicy } from '../policy/landlord.js';

const policyWith = acmePolicy;

const lastDay = (decisionLetterDate: string, policy: Policy, receivedOn?: string): string =>
  unwrap(appealDeadline({ decisionLetterDate, policy, ...(receivedOn !== undefined && { receivedOn }) }))
    .lastDay;

describe('weeks: seven calendar days each', () => {
  const twoWeeks = policyWith({ appeal: { window: { length: 2, unit: 'weeks' } } });

  it('"within two weeks of the date on the letter": 2 March gives 16 March, as 14 days does', () => {
    const deadline = unwrap(appealDeadline({ decisionLetterDate: '2026-03-02', policy: twoWeeks }));
    expect(deadline.lastDay).toBe('2026-03-16');
    expect(deadline.basis).toBe(
      '2 weeks (14 calendar days) counted from the day after the date on the decision letter (Monday 2 March 2026): the last day is Monday 16 March 2026, closing at midnight at its end (Europe/London time).',
    );
  });

  it('across the end of February in a leap year: 22 February 2028 + 1 week is 29 February', () => {
    const oneWeek = policyWith({ appeal: { window: { length: 1, unit: 'weeks' } } });
    expect(lastDay('2028-02-21', oneWeek)).toBe('2028-02-28');
    expect(lastDay('2028-02-22', oneWeek)).toBe('2028-02-29');
    expect(lastDay('2028-02-23', oneWeek)).toBe('2028-03-01');
  });

  it('a last day on a Sunday moves to the Monday when the policy says so', () => {
    const moving = policyWith({
      appeal: { window: { length: 2, unit: 'weeks', lastDayOnNonBusinessDay: 'moves-to-next-business-day' } },
    });
    // Sunday 1 March 2026 + 2 weeks = Sunday 15 March; moves to Monday 16 March.
    expect(lastDay('2026-03-01', moving)).toBe('2026-03-16');
  });

  it('a decision due "within four weeks of receiving the appeal"', () => {
    const fourWeeks = policyWith({
      appeal: { decisionWithin: { length: 4, unit: 'weeks', lastDayOnNonBusinessDay: 'stays' } },
    });
    expect(unwrap(appealDecisionDue({ receivedOn: '2026-03-10', policy: fourWeeks })).lastDay).toBe(
      '2026-04-07',
    );
  });
});

describe('months: calendar months, with the policy’s month-end rule', () => {
  const oneMonth = policyWith({ appeal: { window: { length: 1, unit: 'months' } } });
  const nextDay = policyWith({ monthEnd: 'next-day', appeal: { window: { length: 1, unit: 'months' } } });

  it('"within one month of the letter": 15 January ends on 15 February', () => {
    expect(lastDay('2026-01-15', oneMonth)).toBe('2026-02-15');
  });

  it('from the 28th, 29th, 30th and 31st of January 2026: February has 28 days, so the 29th to 31st clamp to 28 February', () => {
    expect(lastDay('2026-01-28', oneMonth)).toBe('2026-02-28');
    expect(lastDay('2026-01-29', oneMonth)).toBe('2026-02-28');
    expect(lastDay('2026-01-30', oneMonth)).toBe('2026-02-28');
    expect(lastDay('2026-01-31', oneMonth)).toBe('2026-02-28');
    const basis = unwrap(appealDeadline({ decisionLetterDate: '2026-01-31', policy: oneMonth })).basis;
    expect(basis).toMatch(
      /^1 month \(that month has no day 31, so the date clamps to that month’s last day\)/,
    );
  });

  it('in a leap year, 31 January gives 29 February', () => {
    expect(lastDay('2028-01-31', oneMonth)).toBe('2028-02-29');
    expect(lastDay('2028-01-29', oneMonth)).toBe('2028-02-29');
  });

  it("with monthEnd 'next-day', 31 January gives 1 March", () => {
    expect(lastDay('2026-01-31', nextDay)).toBe('2026-03-01');
    expect(lastDay('2026-01-28', nextDay)).toBe('2026-02-28');
  });

  it('a month landing on a Saturday moves to the Monday when the policy says so', () => {
    const moving = policyWith({
      appeal: {
        window: { length: 1, unit: 'months', lastDayOnNonBusinessDay: 'moves-to-next-business-day' },
      },
    });
    // 28 January 2026 + 1 month = Saturday 28 February; moves to Monday 2 March.
    const deadline = unwrap(appealDeadline({ decisionLetterDate: '2026-01-28', policy: moving }));
    expect(deadline.lastDay).toBe('2026-03-02');
    expect(deadline.basis).toMatch(
      /the period’s last day, Saturday 28 February 2026, is not a business day, so the last day moves to Monday 2 March 2026/,
    );
  });

  it('a period longer than its unit allows is refused with its path', () => {
    const withWindow = (window: Record<string, unknown>) =>
      definePolicy({ id: 'acme', name: 'Acme', effectiveFrom: '2026-01-01', appeal: { window } });
    expect(badPaths(withWindow({ length: 13, unit: 'months' }))).toEqual(['settings.appeal.window.length']);
    expect(badPaths(withWindow({ length: 53, unit: 'weeks' }))).toEqual(['settings.appeal.window.length']);
    expect(withWindow({ length: 52, unit: 'weeks' }).ok).toBe(true);
    expect(badPaths(withWindow({ unit: 'fortnights' }))).toEqual(['settings.appeal.window.unit']);
  });
});

describe('ten working days from actual receipt, in Scotland, across Christmas', () => {
  const scotland = policyWith({
    calendar: { nation: 'scotland' },
    appeal: { window: { length: 10, unit: 'business-days', countFrom: 'actual-receipt' } },
  });
  const england = policyWith({
    appeal: { window: { length: 10, unit: 'business-days', countFrom: 'actual-receipt' } },
  });

  it("Scotland's holidays that year: 25 December, Boxing Day on Monday 28th, 1 January, 2 January on Monday 4th", () => {
    const days = [...unwrap(bankHolidays(2026, 'scotland')), ...unwrap(bankHolidays(2027, 'scotland'))]
      .map((h) => h.date)
      .filter((d) => d >= '2026-12-22' && d <= '2027-01-11');
    expect(days).toEqual(['2026-12-25', '2026-12-28', '2027-01-01', '2027-01-04']);
  });

  it('received Tuesday 22 December 2026: the tenth working day is Monday 11 January 2027', () => {
    // 23, 24, 29, 30, 31 December; 5, 6, 7, 8, 11 January.
    const deadline = unwrap(
      appealDeadline({ decisionLetterDate: '2026-12-21', receivedOn: '2026-12-22', policy: scotland }),
    );
    expect(deadline).toMatchObject({ countedFrom: '2026-12-22', lastDay: '2027-01-11' });
    expect(deadline.reasons.map((r) => r.rule)).toEqual(['TEP-11.2', 'NF-5', 'NF-7']);
    expect(deadline.reasons[0]?.text).toBe(
      'An appeal must be made in writing within 10 business days of the day the customer received the decision letter, or the right of appeal is lost: the last day is Monday 11 January 2027.',
    );
    expect(deadline.reasons[2]?.text).toBe(
      'Business days are weekdays that are not bank holidays in Scotland.',
    );
  });

  it('in England and Wales, where 4 January is a working day, it is Friday 8 January', () => {
    expect(lastDay('2026-12-21', england, '2026-12-22')).toBe('2027-01-08');
  });

  it('received a day later or earlier moves the last day by a working day', () => {
    expect(lastDay('2026-12-21', scotland, '2026-12-21')).toBe('2027-01-08');
    expect(lastDay('2026-12-21', scotland, '2026-12-23')).toBe('2027-01-12');
  });

  it('without the day of receipt there is no last day: RECEIVED_ON_REQUIRED, naming receivedOn', () => {
    expect(
      refusal(appealDeadline({ decisionLetterDate: '2026-12-21', policy: scotland }), 'RECEIVED_ON_REQUIRED')
        .issues,
    ).toEqual([{ path: 'receivedOn', message: 'expected the civil date the customer received the letter' }]);
    expect(
      badPaths(
        appealDeadline({ decisionLetterDate: '2026-12-21', receivedOn: '2026-12-20', policy: scotland }),
      ),
    ).toEqual(['receivedOn']);
  });

  describe('in the case: the day of receipt is a fact on the decision, and the last day is derived', () => {
    const BEFORE: CaseEvent[] = [
      incident('inc-1', '2026-12-01T10:00:00Z'),
      ev('informal-action-taken', '2026-12-02T09:00:00Z', { kind: 'initial-warning' }),
      incident('inc-2', '2026-12-04T10:00:00Z'),
      ev('eia-completed', '2026-12-07T09:00:00Z', { needs: [], proportionate: true }),
      ev('written-warning-issued', '2026-12-08T09:00:00Z', { letterDate: '2026-12-08' }),
      incident('inc-3', '2026-12-15T10:00:00Z'),
    ];
    const imposed = (extra: Record<string, unknown>): CaseEvent =>
      ev('restriction-imposed', '2026-12-22T10:00:00Z', {
        restriction: { id: 'r-1', startsOn: '2026-12-22', months: 6, measures: [{ kind: 'written-only' }] },
        decisionLetterDate: '2026-12-21',
        ...extra,
      });
    const appeal = (at: string): CaseEvent => ev('appeal-received', at, {}, 'cso-1');
    const events = [...BEFORE, imposed({ letterReceivedOn: '2026-12-22' })];

    it('stores letterReceivedOn and derives the last day to appeal, 11 January 2027', () => {
      const state = unwrap(replay(events, scotland, OPENING));
      expect(state.restrictions[0]).toMatchObject({ letterReceivedOn: '2026-12-22' });
      expect(Object.keys(state.restrictions[0] ?? {})).not.toContain('appealLastDay');
      expect(unwrap(caseDeadlines(state, scotland)).restrictions[0]?.appealLastDay).toBe('2027-01-11');
      // Under England and Wales' holidays the same facts give 8 January.
      expect(unwrap(caseDeadlines(state, england)).restrictions[0]?.appealLastDay).toBe('2027-01-08');
    });

    it('an appeal on the last day is in time; the day after, out of time', () => {
      unwrap(replay([...events, appeal('2027-01-11T16:00:00Z')], scotland, OPENING));
      refusal(replay([...events, appeal('2027-01-12T09:00:00Z')], scotland, OPENING), 'APPEAL_OUT_OF_TIME');
    });

    it('a decision without the day of receipt is refused RECEIVED_ON_REQUIRED at letterReceivedOn', () => {
      const error = refusal(replay([...BEFORE, imposed({})], scotland, OPENING), 'RECEIVED_ON_REQUIRED');
      expect(error.issues).toEqual([
        {
          path: `events[${BEFORE.length}].letterReceivedOn`,
          message: 'expected the civil date the customer received the decision letter',
        },
      ]);
      // A policy counting from the letter's date needs none.
      const fromLetter = policyWith({ appeal: { window: { length: 10, unit: 'business-days' } } });
      unwrap(replay([...BEFORE, imposed({})], fromLetter, OPENING));
    });

    it('a day of receipt before the letter, or after the decision is recorded, is refused by path', () => {
      expect(
        badPaths(replay([...BEFORE, imposed({ letterReceivedOn: '2026-12-20' })], scotland, OPENING)),
      ).toEqual([`events[${BEFORE.length}].letterReceivedOn`]);
      expect(
        badPaths(replay([...BEFORE, imposed({ letterReceivedOn: '2026-12-23' })], scotland, OPENING)),
      ).toEqual([`events[${BEFORE.length}].letterReceivedOn`]);
    });

    it('a variation with a new letter records its own day of receipt, and the window runs from it', () => {
      const varied = unwrap(
        replay(
          [
            ...events,
            ev('restriction-varied', '2027-01-20T10:00:00Z', {
              measures: [{ kind: 'single-channel', channel: 'email' }],
              decisionLetterDate: '2027-01-18',
              letterReceivedOn: '2027-01-19',
            }),
          ],
          scotland,
          OPENING,
        ),
      );
      // Ten working days after Tuesday 19 January 2027: Tuesday 2 February.
      expect(unwrap(caseDeadlines(varied, scotland)).restrictions[0]?.appealLastDay).toBe('2027-02-02');
      refusal(
        replay(
          [
            ...events,
            ev('restriction-varied', '2027-01-20T10:00:00Z', {
              measures: [{ kind: 'single-channel', channel: 'email' }],
              decisionLetterDate: '2027-01-18',
            }),
          ],
          scotland,
          OPENING,
        ),
        'RECEIVED_ON_REQUIRED',
      );
    });
  });
});
