/**
 * The whole of what a CRM shows a housing officer, word for word: basis sentences and reasons are
 * part of the contract, so a change to them is a visible change here.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/calendar/civil-date.js';
import {
  appealDeadline,
  appealDecisionDue,
  reconsiderationDecisionDue,
  restrictionPeriod,
  reviewDates,
} from '../../src/deadlines/index.js';
import { definePolicy, presets } from '../../src/policy/index.js';
import { RULES } from '../../src/shared/rules.js';
import { unwrap } from '../helpers.js';

const tep = presets.tenancyEnforcementProcedure;
const TEP11 = { document: RULES['TEP-11.2'].document, section: RULES['TEP-11.2'].section };
const NF5 = { document: 'Civil Procedure Rules', section: 'Rule 2.8: Time (clear days)' };
const NF7 = RULES['NF-7'];

describe('deadlines, word for word', () => {
  it('appealDeadline on the default policy', () => {
    expect(unwrap(appealDeadline({ decisionLetterDate: '2026-03-02', policy: tep }))).toEqual({
      countedFrom: '2026-03-02',
      lastDay: '2026-03-16',
      closesAt: '2026-03-17T00:00:00+00:00',
      basis:
        '14 calendar days counted from the day after the date on the decision letter (Monday 2 March 2026): the last day is Monday 16 March 2026, closing at midnight at its end (Europe/London time).',
      reasons: [
        {
          rule: 'TEP-11.2',
          text: 'An appeal must be made in writing within 14 calendar days of the date on the decision letter, or the right of appeal is lost: the last day is Monday 16 March 2026.',
          citation: TEP11,
        },
        {
          rule: 'NF-5',
          text: 'The date on the decision letter, Monday 2 March 2026, is not itself counted: counting starts on Tuesday 3 March 2026.',
          citation: NF5,
        },
      ],
    });
  });

  it('appealDecisionDue and reconsiderationDecisionDue', () => {
    expect(unwrap(appealDecisionDue({ receivedOn: '2026-03-10', policy: tep }))).toEqual({
      countedFrom: '2026-03-10',
      lastDay: '2026-04-07',
      closesAt: '2026-04-08T00:00:00+01:00',
      basis:
        '28 calendar days counted from the day after the day the appeal was received (Tuesday 10 March 2026): the last day is Tuesday 7 April 2026, closing at midnight at its end (Europe/London time).',
      reasons: [
        {
          rule: 'TEP-11.2',
          text: 'The outcome of the appeal is given within 28 calendar days of when the appeal is received, with a fact sheet and letter: by Tuesday 7 April 2026.',
          citation: TEP11,
        },
        {
          rule: 'NF-5',
          text: 'The day the appeal was received, Tuesday 10 March 2026, is not itself counted: counting starts on Wednesday 11 March 2026.',
          citation: NF5,
        },
      ],
    });
    const reconsideration = unwrap(reconsiderationDecisionDue({ receivedOn: '2026-10-01', policy: tep }));
    expect(reconsideration.basis).toBe(
      '28 calendar days counted from the day after the day the request was received (Thursday 1 October 2026): the last day is Thursday 29 October 2026, closing at midnight at its end (Europe/London time).',
    );
    expect(reconsideration.reasons[0]).toEqual({
      rule: 'TEP-11.1',
      text: 'The decision on a written request to reconsider is confirmed within 28 calendar days of receiving it: by Thursday 29 October 2026.',
      citation: { document: RULES['TEP-11.1'].document, section: RULES['TEP-11.1'].section },
    });
  });

  it('a business-day window says what a business day is (NF-7), naming the nation and closures', () => {
    const policy = unwrap(
      definePolicy({
        id: 'ni',
        name: 'Northern Ireland landlord',
        effectiveFrom: '2000-01-01',
        calendar: { nation: 'northern-ireland', extraClosures: ['2026-12-31'] },
        appeal: { window: { length: 10, unit: 'business-days' } },
      }),
    );
    const d = unwrap(appealDeadline({ decisionLetterDate: '2026-12-17', policy }));
    expect(d.lastDay).toBe('2027-01-06');
    expect(d.basis).toBe(
      '10 business days counted from the day after the date on the decision letter (Thursday 17 December 2026): the last day is Wednesday 6 January 2027, closing at midnight at its end (Europe/London time).',
    );
    expect(d.reasons.map((r) => r.rule)).toEqual(['TEP-11.2', 'NF-5', 'NF-7']);
    expect(d.reasons[2]).toEqual({
      rule: 'NF-7',
      text: 'Business days are weekdays that are not bank holidays in Northern Ireland and are not one of the landlord’s closure days.',
      citation: { document: NF7.document, section: NF7.section },
    });
    const noClosures = unwrap(
      appealDeadline({
        decisionLetterDate: '2026-12-17',
        policy: { ...policy, calendar: { ...policy.calendar, extraClosures: [] } },
      }),
    );
    expect(noClosures.reasons[2]?.text).toBe(
      'Business days are weekdays that are not bank holidays in Northern Ireland.',
    );
    expect(noClosures.lastDay).toBe('2027-01-05');
  });

  it('restrictionPeriod, with and without the month-end rule choosing', () => {
    expect(unwrap(restrictionPeriod({ startsOn: '2026-03-01', months: 12, policy: tep }))).toEqual({
      startsOn: '2026-03-01',
      startsAt: '2026-03-01T00:00:00+00:00',
      lastDayInForce: '2027-02-28',
      endsAt: '2027-03-01T00:00:00+00:00',
      months: 12,
      basis:
        'In force from the start of Sunday 1 March 2026 to the end of Sunday 28 February 2027, the day before 12 months from its start, Europe/London time.',
      reasons: [
        {
          rule: 'TEP-5.2',
          text: 'The decision letter states how long the restriction will be in place: 12 months.',
          citation: { document: RULES['TEP-5.2'].document, section: RULES['TEP-5.2'].section },
        },
      ],
    });
    expect(unwrap(restrictionPeriod({ startsOn: '2026-08-31', months: 6, policy: tep })).basis).toBe(
      'In force from the start of Monday 31 August 2026 to the end of Saturday 27 February 2027, the day before 6 months from its start (that month has no day 31, so the date clamps to that month’s last day, Sunday 28 February 2027), Europe/London time.',
    );
    const nextDay = unwrap(
      definePolicy({ id: 'n', name: 'Next-day policy', effectiveFrom: '2000-01-01', monthEnd: 'next-day' }),
    );
    expect(unwrap(restrictionPeriod({ startsOn: '2026-08-31', months: 6, policy: nextDay })).basis).toBe(
      'In force from the start of Monday 31 August 2026 to the end of Sunday 28 February 2027, the day before 6 months from its start (that month has no day 31, so the date moves to the next day, Monday 1 March 2027), Europe/London time.',
    );
    expect(
      unwrap(restrictionPeriod({ startsOn: '2026-03-01', policy: presets.selwood })).reasons[0]?.text,
    ).toBe('Measures last 12 months unless the decision says otherwise.');
  });

  it('reviewDates', () => {
    const r = unwrap(reviewDates({ startsOn: '2026-10-21', lastDayInForce: '2027-10-20', policy: tep }));
    expect(r.basis).toBe(
      'Every 6 months counted from Wednesday 21 October 2026, while the restriction is in force (to the end of Wednesday 20 October 2027).',
    );
    expect(r.reasons.map((reason) => reason.text)).toEqual([
      'Every case is reviewed at least every 6 months: the restriction stays, is adjusted or is lifted, and the customer is written to with the outcome.',
      'The equality impact assessment is reviewed with every case review.',
    ]);
  });

  it('reviewDates accepts a one-day restriction and refuses one of more than twenty years', () => {
    expect(
      unwrap(reviewDates({ startsOn: '2026-03-01', lastDayInForce: '2026-03-01', policy: tep })).dates,
    ).toEqual(['2026-03-01']);
    expect(
      unwrap(reviewDates({ startsOn: '2026-03-01', lastDayInForce: '2046-02-28', policy: tep })).dates,
    ).toHaveLength(39);
    // The limit is 20 × 366 days: the day, and the day after.
    expect(
      reviewDates({ startsOn: '2026-03-01', lastDayInForce: addDays('2026-03-01', 7320), policy: tep }).ok,
    ).toBe(true);
    expect(
      reviewDates({ startsOn: '2026-03-01', lastDayInForce: addDays('2026-03-01', 7321), policy: tep }).ok,
    ).toBe(false);
  });
});
