// The dates a case's facts are given when asked (src/case/deadlines.ts), on records built by hand
// so each rule's edge is reached directly: TEP-10 reviews, TEP-11.1 and TEP-11.2 challenges.
import { describe, expect, it } from 'vitest';
import { appealWindowOf, decisionDueOf, nextReviewDue, reviewsDueOf } from '../../src/case/deadlines.js';
import type { Challenge, RestrictionRecord } from '../../src/case/state.js';
import type { Policy } from '../../src/policy/schema.js';
import { onlyVersion } from '../../src/policy/versions.js';
import { unwrap } from '../helpers.js';
import { TEP } from './fixtures.js';

/** A restriction decided on 2 March 2026 (TEP: reviews every six months from the start). */
function record(overrides: Partial<RestrictionRecord> = {}): RestrictionRecord {
  return {
    id: 'r-1',
    startsOn: '2026-03-02',
    lastDayInForce: '2028-03-01',
    startsAt: '2026-03-02T00:00:00Z',
    endsAt: '2028-03-02T00:00:00Z',
    months: 24,
    measures: [{ kind: 'single-point-of-contact' }],
    imposedAt: '2026-03-02T09:00:00Z',
    decidedBy: ['hm-1'],
    decisionLetterDate: '2026-03-02',
    evidence: ['inc-1'],
    ...overrides,
  } as RestrictionRecord;
}

const openEnded = (overrides: Partial<RestrictionRecord> = {}) =>
  record({ lastDayInForce: null, endsAt: null, months: null, ...overrides });

const challenge: Challenge = {
  restrictionId: 'r-1',
  decisionLetterDate: '2026-03-02',
  receivedAt: '2026-03-10T09:00:00Z',
  receivedOn: '2026-03-10',
};

describe('nextReviewDue (TEP-10: reviewed at least every six months)', () => {
  it('TEP-10: a second review in a period already met meets nothing; a late review then meets the next date', () => {
    // Due 2 Sep 2026, 2 Mar 2027, 2 Sep 2027. The 1 Aug review meets 2 Sep; the one on 2 Sep
    // itself is in the same period; the late one on 1 Apr 2027 meets 2 Mar 2027.
    expect(nextReviewDue(openEnded(), ['2026-08-01', '2026-09-02', '2027-04-01'], TEP)).toBe('2027-09-02');
    expect(nextReviewDue(openEnded(), ['2026-08-01', '2026-08-15', '2027-04-01'], TEP)).toBe('2027-09-02');
  });

  it('TEP-10: reviews before or on the day the restriction started count for nothing', () => {
    expect(nextReviewDue(record(), ['2026-01-10'], TEP)).toBe('2026-09-02');
    // A first review after 12 months: a review on the first day would otherwise bring it to 6.
    const firstAfterAYear: Policy = {
      ...TEP,
      restriction: { ...TEP.restriction, firstReviewAfterMonths: 12 },
    };
    expect(nextReviewDue(record(), ['2026-03-02'], firstAfterAYear)).toBe('2027-03-02');
    expect(nextReviewDue(record(), [], firstAfterAYear)).toBe('2027-03-02');
  });

  it('TEP-10: the interval after the last review counts up to and including the last day in force, never past it', () => {
    // 12 months from 2 March 2026: in force to 1 March 2027; one scheduled review, 2 Sep 2026.
    const year = record({ lastDayInForce: '2027-03-01', endsAt: '2027-03-02T00:00:00Z', months: 12 });
    expect(nextReviewDue(year, [], TEP)).toBe('2026-09-02');
    // Reviewed on 1 Sep: six months on is 1 March 2027, its last day.
    expect(nextReviewDue(year, ['2026-09-01'], TEP)).toBe('2027-03-01');
    // Reviewed on 2 Sep: six months on is after it ends, and nothing is scheduled: none is due.
    expect(nextReviewDue(year, ['2026-09-02'], TEP)).toBeUndefined();
  });

  it('TEP-10: the days reviews were done may be given in any order', () => {
    expect(nextReviewDue(record(), ['2026-10-15', '2026-08-01'], TEP)).toBe('2027-04-15');
    expect(nextReviewDue(record(), ['2026-08-01', '2026-10-15'], TEP)).toBe('2027-04-15');
  });

  it('TEP-10: an early review brings the next one forward to the interval after it', () => {
    expect(nextReviewDue(record(), ['2026-08-01'], TEP)).toBe('2027-02-01');
    expect(nextReviewDue(record(), ['2026-10-15'], TEP)).toBe('2027-03-02');
  });
});

describe('reviewsDueOf (TEP-10)', () => {
  it('TEP-10: a fixed-term restriction lifted early lists no review after the day it was lifted', () => {
    const lifted = record({ liftedAt: '2026-10-01T09:00:00Z', liftedOn: '2026-10-01' });
    expect(reviewsDueOf(record(), TEP)).toEqual(['2026-09-02', '2027-03-02', '2027-09-02']);
    expect(reviewsDueOf(lifted, TEP)).toEqual(['2026-09-02']);
    expect(reviewsDueOf(lifted, TEP, '2027-03-02')).toEqual(['2026-09-02']);
    // Bounded earlier than the lift, by the bound.
    expect(reviewsDueOf(lifted, TEP, '2026-09-01')).toEqual([]);
  });

  it('TEP-10: an open-ended restriction lifted is reviewed up to the day it was lifted', () => {
    const lifted = openEnded({ liftedAt: '2027-06-01T09:00:00Z', liftedOn: '2027-06-01' });
    expect(reviewsDueOf(lifted, TEP)).toEqual(['2026-09-02', '2027-03-02']);
    expect(reviewsDueOf(openEnded(), TEP)).toEqual(['2026-09-02']);
  });
});

describe('decisionDueOf (TEP-11.1, TEP-11.2)', () => {
  const noAppealDeadline: Policy = {
    ...TEP,
    appeal: { ...(TEP.appeal as NonNullable<Policy['appeal']>), decisionWithin: null },
  };
  const noReconsideration: Policy = { ...TEP, reconsideration: null };

  it('TEP-11.2, TEP-11.1: each kind reads its own route', () => {
    expect(unwrap(decisionDueOf(challenge, 'appeal', onlyVersion(noAppealDeadline)))).toBeUndefined();
    expect(unwrap(decisionDueOf(challenge, 'reconsideration', onlyVersion(noAppealDeadline)))?.lastDay).toBe(
      '2026-04-07',
    );
    expect(
      unwrap(decisionDueOf(challenge, 'reconsideration', onlyVersion(noReconsideration))),
    ).toBeUndefined();
    expect(unwrap(decisionDueOf(challenge, 'appeal', onlyVersion(noReconsideration)))?.lastDay).toBe(
      '2026-04-07',
    );
  });
});

describe('NF-8: each counted under the version in effect on the day it runs from', () => {
  /** TEP revised from 10 March 2026: 21 days to appeal, 10 to decide an appeal. */
  const revised: Policy = {
    ...TEP,
    effectiveFrom: '2026-03-10',
    appeal: {
      window: {
        length: 21,
        unit: 'calendar-days',
        lastDayOnNonBusinessDay: 'stays',
        countFrom: 'letter-date',
      },
      decisionWithin: { length: 10, unit: 'calendar-days', lastDayOnNonBusinessDay: 'stays' },
    },
  };
  const versions = { id: TEP.id, versions: [TEP, revised] };

  it("TEP-11.2: the window to appeal by the decision letter's date: 9 March under TEP, 10 March under the revision", () => {
    expect(unwrap(appealWindowOf(record(), versions)).lastDay).toBe('2026-03-16');
    expect(unwrap(appealWindowOf(record({ decisionLetterDate: '2026-03-09' }), versions)).lastDay).toBe(
      '2026-03-23',
    );
    expect(unwrap(appealWindowOf(record({ decisionLetterDate: '2026-03-10' }), versions)).lastDay).toBe(
      '2026-03-31',
    );
  });

  it('TEP-11.2: the time to decide an appeal by the day it was received: 9 March under TEP, 10 March under the revision', () => {
    expect(
      unwrap(decisionDueOf({ ...challenge, receivedOn: '2026-03-09' }, 'appeal', versions))?.lastDay,
    ).toBe('2026-04-06');
    expect(unwrap(decisionDueOf(challenge, 'appeal', versions))?.lastDay).toBe('2026-03-20');
  });
});

describe('appealWindowOf (TEP-11.2)', () => {
  it('TEP-11.2: the later of the stated last day and the counted one', () => {
    expect(unwrap(appealWindowOf(record(), onlyVersion(TEP))).lastDay).toBe('2026-03-16');
    expect(
      unwrap(appealWindowOf(record({ appealLastDayStated: '2026-03-20' }), onlyVersion(TEP))).lastDay,
    ).toBe('2026-03-20');
    expect(
      unwrap(appealWindowOf(record({ appealLastDayStated: '2026-03-10' }), onlyVersion(TEP))).lastDay,
    ).toBe('2026-03-16');
  });

  it('TEP-11.2: under a policy with no appeal, a stated last day is no route: NO_APPEAL_ROUTE', () => {
    const noAppeal: Policy = { ...TEP, appeal: null };
    const window = appealWindowOf(record({ appealLastDayStated: '2026-03-20' }), onlyVersion(noAppeal));
    expect(window.ok).toBe(false);
    if (!window.ok) expect(window.error.code).toBe('NO_APPEAL_ROUTE');
  });
});
