import { addMonths } from '../calendar/civil-date.js';
import type { Policy } from '../policy/schema.js';
import type { CivilDate } from '../shared/dates.js';
import { nextReviewDue } from './deadlines.js';
import { currentRestrictions, instantMs, latestDate } from './facts.js';
import type { CaseState, RestrictionRecord } from './state.js';

/**
 * TEP-2.3, TEP-2.4: when the equality impact assessment falls due for review. One function, so
 * the guards that refuse a step on a stale EIA and the obligations that list its review read
 * the same date.
 */

/**
 * Why the EIA's review is due: a change of health or circumstances (`'change'`), the case
 * review it is aligned with while a restriction is current (`'case-review'`), or its age,
 * `eia.currentForMonths` after it was last completed or reviewed, when no restriction's case
 * review is due (`'age'`).
 */
export type EiaReviewBecause = 'change' | 'case-review' | 'age';

/**
 * Why the EIA's review is due, in words for a sentence: "with the case review".
 *
 * @example
 * eiaDueWords('age', presets.tenancyEnforcementProcedure) // => '6 months after it was last completed or reviewed, the time it stays current'
 */
export function eiaDueWords(because: EiaReviewBecause, policy: Policy): string {
  switch (because) {
    case 'change':
      return 'after the change of circumstances';
    case 'case-review':
      return 'with the case review';
    case 'age':
      return `${policy.eia.currentForMonths} months after it was last completed or reviewed, the time it stays current`;
    default: {
      const unknown: never = because;
      return String(unknown);
    }
  }
}

/** The day the EIA's review is due, why, and the restriction whose review it goes with. */
export interface EiaReviewDue {
  readonly dueOn: CivilDate;
  readonly because: EiaReviewBecause;
  /** The restriction whose case review the EIA review is aligned with (`'case-review'`). */
  readonly restrictionId?: string;
}

/**
 * The instant since which the EIA must have been assessed to go with a restriction's next case
 * review: the last case review since the restriction was imposed, or its imposition (the EIA
 * before that is the one the decision rested on, TEP-2.3).
 */
function sinceLastCaseReview(state: CaseState, restriction: RestrictionRecord): number {
  const imposed = instantMs(restriction.imposedAt);
  // The last review at or after the imposition, looked for from the end: reviews are oldest first.
  for (let i = state.reviews.length - 1; i >= 0; i--) {
    const at = instantMs((state.reviews[i] as { at: string }).at);
    if (at >= imposed) return at;
  }
  return imposed;
}

/**
 * TEP-2.4: whether the EIA has been assessed (completed or reviewed) since the last case review
 * of every current restriction (or its imposition): the review that goes with the next case review.
 */
export function eiaReviewedForCaseReview(state: CaseState, atMs: number): boolean {
  const eia = state.eia;
  if (eia === undefined) return false;
  const assessed = instantMs(eia.assessedAt);
  return currentRestrictions(state, atMs).every((r) => assessed > sinceLastCaseReview(state, r));
}

/** A restriction's next case review due, and the one after it (once the next is done). */
interface CaseReviewsDue {
  readonly next: CivilDate | undefined;
  readonly after: CivilDate | undefined;
}

/**
 * Remembered per list of case reviews, restriction and policy. A state's lists and records are
 * never changed once made (states are frozen; a fold appends in place only to its own trail), so
 * the answer for the same three is always the same: the memo saves reading the whole review
 * history on every event, never changes an answer, and goes with the list.
 */
const REVIEWS_DUE = new WeakMap<
  CaseState['reviews'],
  WeakMap<RestrictionRecord, WeakMap<Policy, CaseReviewsDue>>
>();

function caseReviewsDue(
  reviews: CaseState['reviews'],
  restriction: RestrictionRecord,
  policy: Policy,
): CaseReviewsDue {
  let byRestriction = REVIEWS_DUE.get(reviews);
  if (byRestriction === undefined) {
    byRestriction = new WeakMap();
    REVIEWS_DUE.set(reviews, byRestriction);
  }
  let byPolicy = byRestriction.get(restriction);
  if (byPolicy === undefined) {
    byPolicy = new WeakMap();
    byRestriction.set(restriction, byPolicy);
  }
  const known = byPolicy.get(policy);
  if (known !== undefined) return known;
  const caseReviews = reviews.map((review) => review.on);
  const next = nextReviewDue(restriction, caseReviews, policy);
  const after = next === undefined ? undefined : nextReviewDue(restriction, [...caseReviews, next], policy);
  const due = { next, after };
  byPolicy.set(policy, due);
  return due;
}

/**
 * When the EIA on file falls due for review at `atMs`, or nothing when there is none. "Reviews
 * should be undertaken aligned to when the case is regularly reviewed every six months.
 * However, any known changes to the customer's health and/or personal circumstances may also
 * trigger a review" (TEP 2): a change makes it due at once; while a restriction is current it
 * is due with that restriction's next case review, or, once assessed since the last case review,
 * with the one after; otherwise it stays current for the policy's own `eia.currentForMonths`
 * after it was last completed or reviewed (TEP: six months).
 *
 * @example
 * // EIA completed 21 January 2026; a 12-month restriction from 2 March 2026:
 * eiaReviewDue(state, policy, Date.parse('2026-08-01T09:00:00Z'))
 * // => { dueOn: '2026-09-02', because: 'case-review', restrictionId: 'r-1' }
 */
export function eiaReviewDue(state: CaseState, policy: Policy, atMs: number): EiaReviewDue | undefined {
  const eia = state.eia;
  if (eia === undefined) return undefined;
  if (eia.changeUnreviewed !== undefined) return { dueOn: eia.changeUnreviewed.on, because: 'change' };
  const assessed = instantMs(eia.assessedAt);
  let aligned: EiaReviewDue | undefined;
  for (const restriction of currentRestrictions(state, atMs)) {
    const { next, after } = caseReviewsDue(state.reviews, restriction, policy);
    if (next === undefined) continue;
    // Assessed since the last case review: it goes with the next one, so the one after is due.
    const due = assessed > sinceLastCaseReview(state, restriction) ? after : next;
    if (due !== undefined && (aligned === undefined || due < aligned.dueOn)) {
      aligned = { dueOn: due, because: 'case-review', restrictionId: restriction.id };
    }
  }
  if (aligned !== undefined) return aligned;
  const last = latestDate([eia.completedOn, ...eia.reviewedOn]) ?? eia.completedOn;
  return { dueOn: addMonths(last, policy.eia.currentForMonths, policy.monthEnd), because: 'age' };
}

/**
 * Whether an EIA is on file, current, or awaiting a review at a moment: after a change of
 * circumstances, or past the day `eiaReviewDue` gives (TEP-2.4). For the audit record (NF-8).
 */
export function eiaStatus(
  state: CaseState,
  at: { on: CivilDate; atMs: number; policy: Policy },
): 'none' | 'current' | 'review-due' {
  const due = eiaReviewDue(state, at.policy, at.atMs);
  if (due === undefined) return 'none';
  return due.because === 'change' || at.on > due.dueOn ? 'review-due' : 'current';
}
