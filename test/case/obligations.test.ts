import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  CASE_SCHEMA_VERSION,
  type CaseEvent,
  type CaseState,
  type Obligation,
  obligations,
} from '../../src/case/index.js';
import { badPaths, refusal, unwrap } from '../helpers.js';
import { caseAfter, ev, LADDER, restriction, STAFF, TEP } from './fixtures.js';

const due = (state: CaseState, at: string): Obligation[] => unwrap(obligations(state, at, TEP));
const kinds = (list: Obligation[]) => list.map((o) => [o.kind, o.dueOn, o.overdue]);
const withEvents = (state: CaseState, events: CaseEvent[]) =>
  events.reduce((s, event) => unwrap(applyEvent(s, event, TEP)), state);

/** The ladder with a 24-month restriction from 2 March 2026 and a SPOC. */
const LONG = caseAfter([
  ...LADDER.slice(0, 6),
  restriction('2026-03-02T10:00:00Z', { months: 24 }),
  ev('spoc-assigned', '2026-03-02T11:00:00Z', { spoc: STAFF.spoc }),
]);

describe('obligations', () => {
  it('lists the first review six months from the start, due on the day and overdue the day after (TEP-10, TEP-2.4)', () => {
    const onTheDay = due(LONG, '2026-09-02T22:59:00Z'); // 23:59 in London (BST)
    expect(
      onTheDay
        .filter((o) => o.kind === 'case-review' || o.kind === 'eia-review')
        .map((o) => [o.kind, o.dueOn, o.overdue]),
    ).toEqual([
      ['case-review', '2026-09-02', false],
      ['eia-review', '2026-09-02', false],
    ]);
    const dayAfter = due(LONG, '2026-09-02T23:00:00Z'); // midnight in London
    expect(dayAfter.find((o) => o.kind === 'case-review')?.overdue).toBe(true);
    expect(dayAfter.find((o) => o.kind === 'case-review')?.reasons[0]?.rule).toBe('TEP-10');
  });

  it('TEP-10: an early review never pushes the next one more than the review interval away', () => {
    const early = withEvents(LONG, [
      ev('eia-reviewed', '2026-08-01T09:00:00Z', { needs: [], proportionate: true }),
      ev('case-reviewed', '2026-08-01T09:00:00Z', { outcome: 'continue', letterDate: '2026-08-01' }),
    ]);
    // The earlier of the next scheduled date (2 March 2027) and 1 August + 6 months.
    expect(due(early, '2026-08-02T09:00:00Z').find((o) => o.kind === 'case-review')?.dueOn).toBe(
      '2027-02-01',
    );
    // TEP-2.4: a late review continues the restriction only with the EIA reviewed too.
    const late = withEvents(LONG, [
      ev('eia-reviewed', '2026-10-01T08:00:00Z', { needs: [], proportionate: true }),
      ev('case-reviewed', '2026-10-01T09:00:00Z', { outcome: 'continue', letterDate: '2026-10-01' }),
    ]);
    expect(due(late, '2026-10-02T09:00:00Z').find((o) => o.kind === 'case-review')?.dueOn).toBe('2027-03-02');
    // A second early review counts from itself: 15 August + 6 months.
    const twice = withEvents(early, [
      ev('eia-reviewed', '2026-08-15T09:00:00Z', { needs: [], proportionate: true }),
      ev('case-reviewed', '2026-08-15T09:00:00Z', { outcome: 'continue', letterDate: '2026-08-15' }),
    ]);
    expect(due(twice, '2026-08-16T09:00:00Z').find((o) => o.kind === 'case-review')?.dueOn).toBe(
      '2027-02-15',
    );
  });

  it('TEP-10: counts the interval from a review on the 31st with the month-end rule (clamp and next-day)', () => {
    const reviewed = withEvents(LONG, [
      ev('eia-reviewed', '2026-08-31T09:00:00Z', { needs: [], proportionate: true }),
      ev('case-reviewed', '2026-08-31T09:00:00Z', { outcome: 'continue', letterDate: '2026-08-31' }),
    ]);
    const nextDay = { ...TEP, monthEnd: 'next-day' as const };
    expect(due(reviewed, '2026-09-01T09:00:00Z').find((o) => o.kind === 'case-review')?.dueOn).toBe(
      '2027-02-28',
    );
    expect(
      unwrap(obligations(reviewed, '2026-09-01T09:00:00Z', nextDay)).find((o) => o.kind === 'case-review')
        ?.dueOn,
    ).toBe('2027-03-01');
  });

  it('TEP-2.4: an EIA reviewed since the last case review goes with the next one; the one after is due with the case review after', () => {
    const early = withEvents(LONG, [
      ev('eia-reviewed', '2026-07-10T09:00:00Z', { needs: [], proportionate: true }),
    ]);
    expect(due(early, '2026-07-11T09:00:00Z').find((o) => o.kind === 'eia-review')?.dueOn).toBe('2027-03-02');
    unwrap(applyEvent(early, ev('case-reviewed', '2026-09-02T09:00:00Z', { outcome: 'continue' }), TEP));
  });

  it('TEP-2.4: a case review that keeps the restriction needs the EIA reviewed with it, first', () => {
    refusal(
      applyEvent(LONG, ev('case-reviewed', '2026-09-01T09:00:00Z', { outcome: 'continue' }), TEP),
      'EIA_REQUIRED',
    );
    expect(kinds(due(LONG, '2026-09-03T09:00:00Z')).filter(([k]) => k === 'eia-review')).toEqual([
      ['eia-review', '2026-09-02', true],
    ]);
    const both = withEvents(LONG, [
      ev('eia-reviewed', '2026-09-01T08:00:00Z', { needs: [], proportionate: true }),
      ev('case-reviewed', '2026-09-01T09:00:00Z', { outcome: 'continue', letterDate: '2026-09-01' }),
    ]);
    // The next case review, and the EIA's with it: 1 September + 6 months, before the scheduled 2 March.
    expect(due(both, '2026-09-04T09:00:00Z').find((o) => o.kind === 'eia-review')?.dueOn).toBe('2027-03-01');
  });

  it('asks for the review letter until the customer is written to (TEP-10)', () => {
    const reviewed = withEvents(LONG, [
      ev('eia-reviewed', '2026-09-01T09:00:00Z', { needs: [], proportionate: true }),
      ev('case-reviewed', '2026-09-01T09:00:00Z', { outcome: 'continue' }),
    ]);
    expect(
      due(reviewed, '2026-09-01T10:00:00Z').find((o) => o.kind === 'review-outcome-letter'),
    ).toMatchObject({
      dueOn: '2026-09-01',
      overdue: false,
    });
    expect(
      due(reviewed, '2026-09-02T10:00:00Z').find((o) => o.kind === 'review-outcome-letter')?.overdue,
    ).toBe(true);
    const written = withEvents(reviewed, [
      ev('customer-informed', '2026-09-03T09:00:00Z', { about: 'review-outcome', informedOn: '2026-09-03' }),
    ]);
    expect(due(written, '2026-09-03T10:00:00Z').some((o) => o.kind === 'review-outcome-letter')).toBe(false);
  });

  it('asks for an EIA review on the day the circumstances change (TEP-2.4)', () => {
    const changed = withEvents(LONG, [
      ev('circumstances-changed', '2026-05-10T09:00:00Z', { description: 'bereavement' }),
    ]);
    expect(due(changed, '2026-05-10T10:00:00Z').find((o) => o.kind === 'eia-review')).toMatchObject({
      dueOn: '2026-05-10',
      overdue: false,
    });
    expect(due(changed, '2026-05-11T10:00:00Z').find((o) => o.kind === 'eia-review')?.overdue).toBe(true);
  });

  it('asks for SPOC oversight each quarter from the first SPOC or the last oversight (TEP-6)', () => {
    expect(due(LONG, '2026-03-03T09:00:00Z').find((o) => o.kind === 'spoc-oversight')).toMatchObject({
      dueOn: '2026-06-02',
      overdue: false,
    });
    expect(due(LONG, '2026-06-03T09:00:00Z').find((o) => o.kind === 'spoc-oversight')?.overdue).toBe(true);
    const overseen = withEvents(LONG, [ev('spoc-oversight-reviewed', '2026-05-20T09:00:00Z', {})]);
    expect(due(overseen, '2026-05-21T09:00:00Z').find((o) => o.kind === 'spoc-oversight')?.dueOn).toBe(
      '2026-08-20',
    );
  });

  it('asks for the customer to be told of a SPOC handover until they are (TEP-6)', () => {
    const handed = withEvents(LONG, [
      ev('spoc-handover', '2026-07-01T09:00:00Z', { to: STAFF.cover, temporary: true }),
    ]);
    expect(due(handed, '2026-07-01T10:00:00Z').find((o) => o.kind === 'spoc-change-notice')).toMatchObject({
      dueOn: '2026-07-01',
      subject: STAFF.cover.staffId,
    });
    const told = withEvents(handed, [
      ev('customer-informed', '2026-07-02T09:00:00Z', { about: 'spoc-handover', informedOn: '2026-07-02' }),
    ]);
    expect(due(told, '2026-07-03T10:00:00Z').some((o) => o.kind === 'spoc-change-notice')).toBe(false);
  });

  it('asks for appeal and reconsideration decisions within 28 days of receipt (TEP-11)', () => {
    const appealed = withEvents(LONG, [ev('appeal-received', '2026-03-10T09:00:00Z', {})]);
    expect(due(appealed, '2026-04-07T09:00:00Z').find((o) => o.kind === 'appeal-decision')).toMatchObject({
      dueOn: '2026-04-07',
      overdue: false,
    });
    expect(due(appealed, '2026-04-08T09:00:00Z').find((o) => o.kind === 'appeal-decision')?.overdue).toBe(
      true,
    );
    const decided = withEvents(appealed, [
      ev(
        'appeal-decided',
        '2026-04-01T09:00:00Z',
        { outcome: 'dismissed', byRole: 'senior-officer' },
        STAFF.senior,
      ),
    ]);
    expect(due(decided, '2026-04-02T09:00:00Z').some((o) => o.kind === 'appeal-decision')).toBe(false);
    const asked = withEvents(LONG, [ev('reconsideration-requested', '2026-06-01T09:00:00Z', {})]);
    expect(due(asked, '2026-06-02T09:00:00Z').find((o) => o.kind === 'reconsideration-decision')?.dueOn).toBe(
      '2026-06-29',
    );
  });

  it('lists the restriction’s end, never overdue, and nothing once it has ended', () => {
    const list = due(LONG, '2026-03-03T09:00:00Z');
    expect(list.at(-1)).toMatchObject({
      kind: 'restriction-ends',
      dueOn: '2028-03-01',
      overdue: false,
      subject: 'r-1',
    });
    const after = due(LONG, '2028-03-02T09:00:00Z');
    expect(
      after.some(
        (o) => o.kind === 'restriction-ends' || o.kind === 'case-review' || o.kind === 'spoc-oversight',
      ),
    ).toBe(false);
  });

  it('sorts soonest first', () => {
    const dates = due(LONG, '2026-03-03T09:00:00Z').map((o) => o.dueOn);
    expect(dates).toEqual([...dates].sort());
  });

  it('asks for a new SPOC when the resident reports the current one (SC-2)', () => {
    const reported = withEvents(LONG, [
      ev('staff-conduct-reported', '2026-04-01T09:00:00Z', { staffId: STAFF.spoc.staffId }),
    ]);
    const replacement = due(reported, '2026-04-01T10:00:00Z').find((o) => o.kind === 'spoc-replacement');
    expect(replacement).toMatchObject({ dueOn: '2026-04-01', subject: STAFF.spoc.staffId });
    expect(replacement?.reasons.map((r) => r.rule)).toEqual(['SC-2', 'TEP-6']);
    const replaced = withEvents(reported, [
      ev('spoc-handover', '2026-04-01T11:00:00Z', {
        to: STAFF.cover,
        temporary: false,
        customerInformedOn: '2026-04-01',
      }),
    ]);
    expect(due(replaced, '2026-04-02T10:00:00Z').some((o) => o.kind === 'spoc-replacement')).toBe(false);
  });

  it('owes nothing on a closed case but its warning markers (NF-9: they outlive the case)', () => {
    const closed = caseAfter([...LADDER.slice(0, 6), ev('case-closed', '2026-03-01T09:00:00Z', {})]);
    expect(
      due(closed, '2026-09-01T09:00:00Z').filter(
        (o) => o.kind !== 'marker-review' && o.kind !== 'marker-removal',
      ),
    ).toEqual([]);
  });

  it('validates its inputs', () => {
    expect(badPaths(obligations(LONG, 'tomorrow', TEP))).toEqual(['at']);
    refusal(
      obligations({ ...LONG, schemaVersion: CASE_SCHEMA_VERSION + 1 } as never, '2026-01-01T00:00:00Z', TEP),
      'UNSUPPORTED_SCHEMA_VERSION',
    );
  });
});

describe('a fresh EIA in place of a review', () => {
  it('counts as the EIA review it replaces, and clears a change of circumstances', () => {
    const changed = withEvents(LONG, [
      ev('circumstances-changed', '2026-08-20T09:00:00Z', { description: 'new diagnosis' }),
    ]);
    const fresh = withEvents(changed, [
      ev('eia-completed', '2026-08-25T09:00:00Z', { needs: ['cannot-write'], proportionate: true }),
    ]);
    expect(fresh.eia?.changeUnreviewed).toBeUndefined();
    const eiaReviews = due(fresh, '2026-08-26T09:00:00Z').filter((o) => o.kind === 'eia-review');
    // TEP-2.4: the fresh EIA goes with the case review of 2 September; the next is due with the one after.
    expect(eiaReviews.map((o) => o.dueOn)).toEqual(['2027-03-02']);
  });
});

describe('review findings: obligations', () => {
  it('lists each restriction’s review when two fall due on the same day (TEP-10)', () => {
    const two = caseAfter([
      ...LADDER,
      restriction('2026-03-02T11:00:00Z', { id: 'r-2', measures: [{ kind: 'return-correspondence' }] }),
    ]);
    const reviews = due(two, '2026-03-03T09:00:00Z').filter((o) => o.kind === 'case-review');
    expect(reviews.map((o) => [o.dueOn, o.subject])).toEqual([
      ['2026-09-02', 'r-1'],
      ['2026-09-02', 'r-2'],
    ]);
    // The customer has one EIA: it is reviewed once, with the earliest case review (TEP-2.4).
    const eiaReviews = due(two, '2026-03-03T09:00:00Z').filter((o) => o.kind === 'eia-review');
    expect(eiaReviews.map((o) => [o.dueOn, o.subject])).toEqual([['2026-09-02', 'r-1']]);
  });

  it('TEP-6: counts SPOC oversight from the later of the SPOC’s assignment and the restriction’s start', () => {
    const early = caseAfter([
      ...LADDER.slice(0, 5),
      ev('spoc-assigned', '2026-01-23T09:00:00Z', { spoc: STAFF.spoc }),
      ...LADDER.slice(5),
    ]);
    // Assigned 23 January, restricted from 2 March: oversight is due 2 June, not 23 April.
    expect(due(early, '2026-03-03T09:00:00Z').find((o) => o.kind === 'spoc-oversight')).toMatchObject({
      dueOn: '2026-06-02',
      overdue: false,
    });
  });
});
