/**
 * Scenarios written from the sources' own sentences, one `describe` per rule.
 */
import { describe, expect, it } from 'vitest';
import {
  appealDeadline,
  appealDecisionDue,
  bankHolidays,
  deemedReceipt,
  definePolicy,
  isBusinessDay,
  presets,
  reconsiderationDecisionDue,
  restrictionPeriod,
  reviewDates,
} from '../../src/index.js';
import { refusal, unwrap } from '../helpers.js';

const tep = presets.tenancyEnforcementProcedure;

describe('TEP-11.2: “A customer may appeal a decision and must write to us within 14 days of the date on the decision letter. If they do not do so, they will lose their right of appeal.”', () => {
  const deadline = unwrap(appealDeadline({ decisionLetterDate: '2026-06-01', policy: tep }));

  it('a letter dated Monday 1 June 2026: the last day to appeal is Monday 15 June', () => {
    expect(deadline.lastDay).toBe('2026-06-15');
    expect(deadline.closesAt).toBe('2026-06-16T00:00:00+01:00');
  });

  it('an appeal written on day 14 is in time; one received on day 15 is out of time', () => {
    expect('2026-06-15' <= deadline.lastDay).toBe(true);
    expect('2026-06-16' <= deadline.lastDay).toBe(false);
    expect(Date.parse('2026-06-15T23:59:59+01:00') < Date.parse(deadline.closesAt)).toBe(true);
    expect(Date.parse('2026-06-16T00:00:00+01:00') < Date.parse(deadline.closesAt)).toBe(false);
  });

  it('the reasons cite the procedure’s own heading, and say the right of appeal is lost', () => {
    expect(deadline.reasons[0]).toEqual({
      rule: 'TEP-11.2',
      text: 'An appeal must be made in writing within 14 calendar days of the date on the decision letter, or the right of appeal is lost: the last day is Monday 15 June 2026.',
      citation: {
        document: 'Unacceptable Behaviour – Tenancy Enforcement Procedure',
        section: '11. Appealing/Reconsidering a Decision to Restrict Contact',
      },
    });
  });
});

describe('TEP-11.2: “the outcome of the appeal will be advised within 28 days of when the appeal is received”', () => {
  it('an appeal received on Friday 12 June 2026 is decided by Friday 10 July', () => {
    const due = unwrap(appealDecisionDue({ receivedOn: '2026-06-12', policy: tep }));
    expect(due.lastDay).toBe('2026-07-10');
    expect(due.reasons.map((r) => r.rule)).toEqual(['TEP-11.2', 'NF-5']);
  });
});

describe('TEP-11.1: “A senior officer will … confirm their decision within 28 days of when the appeal is received.”', () => {
  it('a written request to reconsider received on 1 February 2028 is decided by 29 February (a leap year)', () => {
    const due = unwrap(reconsiderationDecisionDue({ receivedOn: '2028-02-01', policy: tep }));
    expect(due.lastDay).toBe('2028-02-29');
    expect(due.reasons[0]?.rule).toBe('TEP-11.1');
  });

  it('in a year that is not a leap year, the same request is decided by 1 March', () => {
    expect(unwrap(reconsiderationDecisionDue({ receivedOn: '2027-02-01', policy: tep })).lastDay).toBe(
      '2027-03-01',
    );
  });
});

describe('TEP-10: “Each case should be reviewed every six months … In all instances we will write to the customer”', () => {
  it('a restriction from 21 October 2026 for 18 months is reviewed on 21 April 2027 and 21 October 2027', () => {
    const period = unwrap(restrictionPeriod({ startsOn: '2026-10-21', months: 18, policy: tep }));
    const reviews = unwrap(
      reviewDates({ startsOn: period.startsOn, lastDayInForce: period.lastDayInForce, policy: tep }),
    );
    expect(reviews.dates).toEqual(['2027-04-21', '2027-10-21']);
    expect(reviews.reasons[0]?.text).toContain('the customer is written to with the outcome');
    expect(reviews.reasons.map((r) => r.rule)).toEqual(['TEP-10', 'TEP-2.4']);
  });
});

describe('TEP-5.2: “We will notify customers in writing … the length of time that the restriction will be in place.”', () => {
  it('the procedure sets no length of its own: a decision without one is refused', () => {
    refusal(restrictionPeriod({ startsOn: '2026-10-21', policy: tep }), 'LENGTH_REQUIRED');
  });
});

describe('SH-2: “We have clearly detailed a 12-month period to manage a customer’s unacceptable behaviour.”', () => {
  it('under Selwood’s policy, measures from 1 March 2026 are in force to the end of 28 February 2027', () => {
    const period = unwrap(restrictionPeriod({ startsOn: '2026-03-01', policy: presets.selwood }));
    expect(period.lastDayInForce).toBe('2027-02-28');
    expect(period.endsAt).toBe('2027-03-01T00:00:00+00:00');
    expect(period.reasons[0]).toMatchObject({
      rule: 'TEP-5.2',
      citation: { document: 'Selwood Housing: unacceptable behaviour policy consultation outcome' },
    });
  });

  it('from a leap day, 29 February 2028, the last day in force is 27 February 2029 (clamped) or 28 February (next-day)', () => {
    expect(
      unwrap(restrictionPeriod({ startsOn: '2028-02-29', policy: presets.selwood })).lastDayInForce,
    ).toBe('2029-02-27');
    const nextDay = unwrap(
      definePolicy(
        { id: 's', name: 'Selwood, next-day', effectiveFrom: '2000-01-01', monthEnd: 'next-day' },
        presets.selwood,
      ),
    );
    expect(unwrap(restrictionPeriod({ startsOn: '2028-02-29', policy: nextDay })).lastDayInForce).toBe(
      '2029-02-28',
    );
  });
});

describe('NF-5: “the day of the triggering event is not counted (14 days from 2 October ends on 16 October)”', () => {
  it('14 days from 2 October 2026 ends on 16 October', () => {
    const d = unwrap(appealDeadline({ decisionLetterDate: '2026-10-02', policy: tep }));
    expect(d.lastDay).toBe('2026-10-16');
    expect(d.reasons[1]).toMatchObject({ rule: 'NF-5' });
  });

  it('“within 14 days of 1 March” ends at the end of 15 March, Europe/London time', () => {
    const d = unwrap(appealDeadline({ decisionLetterDate: '2026-03-01', policy: tep }));
    expect(d.lastDay).toBe('2026-03-15');
    expect(d.closesAt).toBe('2026-03-16T00:00:00+00:00');
  });
});

describe('NF-6: “first class post, the second day after posting if a business day, else the next business day; email or hand delivery before 4.30pm on a business day, that day”', () => {
  it('posted on Tuesday 5 May 2026: deemed received Thursday 7 May', () => {
    expect(
      unwrap(deemedReceipt({ service: { method: 'first-class-post', postedOn: '2026-05-05' } })).receivedOn,
    ).toBe('2026-05-07');
  });

  it('posted on Friday 1 May 2026: day two is Sunday and Monday is the Early May bank holiday, so Tuesday 5 May', () => {
    expect(
      unwrap(deemedReceipt({ service: { method: 'first-class-post', postedOn: '2026-05-01' } })).receivedOn,
    ).toBe('2026-05-05');
  });

  it('emailed at 4.29pm and at 4.31pm London time on Wednesday 1 July 2026', () => {
    expect(
      unwrap(deemedReceipt({ service: { method: 'email', sentAt: '2026-07-01T16:29:00+01:00' } })).receivedOn,
    ).toBe('2026-07-01');
    expect(
      unwrap(deemedReceipt({ service: { method: 'email', sentAt: '2026-07-01T16:31:00+01:00' } })).receivedOn,
    ).toBe('2026-07-02');
  });

  it('“A landlord may choose instead to count from the date on the letter”: the default does', () => {
    expect(tep.appeal?.window.countFrom).toBe('letter-date');
  });
});

describe('NF-7: “Bank holidays differ by nation … Weekend holidays move to substitute days; one-off holidays are proclaimed”', () => {
  it('Scotland: 2 January, the first Monday of August, St Andrew’s Day; no Easter Monday', () => {
    const scotland = unwrap(bankHolidays(2026, 'scotland')).map((h) => h.date);
    expect(scotland).toEqual(expect.arrayContaining(['2026-01-02', '2026-08-03', '2026-11-30']));
    expect(scotland).not.toContain('2026-04-06');
  });

  it('Northern Ireland: St Patrick’s Day and 12 July (a Sunday in 2026, so Monday 13 July)', () => {
    const ni = unwrap(bankHolidays(2026, 'northern-ireland'));
    expect(ni.find((h) => h.date === '2026-03-17')?.name).toBe('St Patrick’s Day');
    expect(ni.find((h) => h.date === '2026-07-13')).toEqual({
      date: '2026-07-13',
      name: 'Battle of the Boyne (Orangemen’s Day)',
      substitute: true,
    });
  });

  it('the one-off holidays: 8 May 2020, 3 June 2022, 19 September 2022, 8 May 2023', () => {
    for (const date of ['2020-05-08', '2022-06-03', '2022-09-19', '2023-05-08']) {
      for (const nation of ['england-and-wales', 'scotland', 'northern-ireland'] as const) {
        expect(unwrap(isBusinessDay(date, { nation })), `${date} ${nation}`).toBe(false);
      }
    }
    expect(unwrap(isBusinessDay('2020-05-04'))).toBe(true); // the early May holiday moved to VE day
  });
});
