// docs/case.md, caseDeadlines: "`reviewsDue` lists the reviews while the restriction is in force";
// "`nextReviewDue` is the next review due ... (`null` when none falls before the restriction ends)".
// TEP-10: a restriction lifted ends then, so no review falls due after it (found reading the golden
// case histories: a 12-month restriction lifted on 1 April still listed its 2 September review).
import { describe, expect, it } from 'vitest';
import { caseDeadlines, replay } from '../../src/index.js';
import { ev, LADDER, OPENING, TEP } from '../case/fixtures.js';
import { unwrap } from '../helpers.js';

const deadlinesAfter = (events = LADDER, reviewsUntil?: string) =>
  unwrap(
    caseDeadlines(
      unwrap(replay(events, TEP, OPENING)),
      TEP,
      reviewsUntil === undefined ? undefined : { reviewsUntil },
    ),
  ).restrictions[0];

describe('TEP-10: a lifted restriction has no review due after the day it was lifted', () => {
  it('in force: its review on 2 September 2026 is listed and next due', () => {
    expect(deadlinesAfter()).toMatchObject({ reviewsDue: ['2026-09-02'], nextReviewDue: '2026-09-02' });
  });

  it('lifted on 1 April 2026: none listed, none next', () => {
    const lifted = [
      ...LADDER,
      ev('restriction-lifted', '2026-04-01T10:00:00Z', { letterDate: '2026-04-01' }),
    ];
    expect(deadlinesAfter(lifted)).toMatchObject({ reviewsDue: [], nextReviewDue: null });
    // Asked to list reviews up to a later day, still none after the lift.
    expect(deadlinesAfter(lifted, '2027-12-31')?.reviewsDue).toEqual([]);
  });

  it('lifted on the day its review fell due (2 September), the review that day is still listed', () => {
    const lifted = [
      ...LADDER,
      ev('restriction-lifted', '2026-09-02T10:00:00Z', { letterDate: '2026-09-02' }),
    ];
    expect(deadlinesAfter(lifted)).toMatchObject({ reviewsDue: ['2026-09-02'], nextReviewDue: '2026-09-02' });
  });
});
