import { addMonths } from '../calendar/civil-date.js';
import { reviewDueDates } from '../deadlines/restriction.js';
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

/** A restriction's review schedule (`reviewDueDates`), read only as far as asked. */
class Schedule {
  readonly #dates: CivilDate[] = [];
  readonly #source: Iterator<CivilDate>;
  #ended = false;

  constructor(restriction: RestrictionRecord, policy: Policy) {
    this.#source = reviewDueDates(restriction.startsOn, restriction.lastDayInForce, policy);
  }

  /** The `index`th scheduled date, or nothing past the schedule's end. */
  at(index: number): CivilDate | undefined {
    while (this.#dates.length <= index && !this.#ended) {
      const read = this.#source.next();
      if (read.done === true) this.#ended = true;
      else this.#dates.push(read.value);
    }
    return this.#dates[index];
  }
}

/**
 * How far the reviews on file have met a restriction's schedule, read as `nextReviewDue` reads
 * them (TEP-10): each review after the start, in order, meets the first scheduled date not yet
 * met when it falls after the date the review before it met (or the start).
 */
interface Met {
  /** The first scheduled date not yet met, by its place in the schedule. */
  readonly position: number;
  /** The scheduled date the last review to meet one met, or the start. */
  readonly previous: CivilDate;
  /** The latest review after the start. */
  readonly last: CivilDate | undefined;
}

/** `met` with one more review, on `on`, read; nothing when `on` comes before a review already read (the order changes). */
function meet(met: Met, on: CivilDate, restriction: RestrictionRecord, schedule: Schedule): Met | undefined {
  if (on <= restriction.startsOn) return met;
  if (met.last !== undefined && on < met.last) return undefined;
  const due = schedule.at(met.position);
  if (due === undefined || on <= met.previous) return { ...met, last: on };
  return { position: met.position + 1, previous: due, last: on };
}

/** `nextReviewDue`'s answer from what the reviews met: the earlier of the first date not met and the interval after the last review. */
function dueAfter(
  met: Met,
  restriction: RestrictionRecord,
  schedule: Schedule,
  policy: Policy,
): CivilDate | undefined {
  const scheduled = schedule.at(met.position);
  const { lastDayInForce } = restriction;
  const byInterval =
    met.last === undefined
      ? undefined
      : addMonths(met.last, policy.restriction.reviewIntervalMonths, policy.monthEnd);
  const capped =
    byInterval !== undefined && (lastDayInForce === null || byInterval <= lastDayInForce)
      ? byInterval
      : undefined;
  if (scheduled === undefined) return capped;
  return capped !== undefined && capped < scheduled ? capped : scheduled;
}

/** What a list of case reviews has met of one restriction's schedule, under one policy, and the answer. */
interface Reading {
  readonly schedule: Schedule;
  /** How many of the list's reviews were read; nothing once they came out of order (each answer is then worked out afresh). */
  counted: number | undefined;
  met: Met;
  due: CaseReviewsDue;
}

/** The next case review due and the one after, from what the reviews met; the one after read as `nextReviewDue` would with `next` done. */
function answer(
  reading: Pick<Reading, 'schedule' | 'met'>,
  reviews: CaseState['reviews'],
  restriction: RestrictionRecord,
  policy: Policy,
): CaseReviewsDue {
  const next = dueAfter(reading.met, restriction, reading.schedule, policy);
  if (next === undefined) return { next, after: undefined };
  const done = meet(reading.met, next, restriction, reading.schedule);
  const after =
    done === undefined
      ? nextReviewDue(restriction, [...reviews.map((review) => review.on), next], policy)
      : dueAfter(done, restriction, reading.schedule, policy);
  return { next, after };
}

/** The answer for the whole list worked out afresh, as `nextReviewDue` gives it. */
function afresh(
  reviews: CaseState['reviews'],
  restriction: RestrictionRecord,
  policy: Policy,
): CaseReviewsDue {
  const caseReviews = reviews.map((review) => review.on);
  const next = nextReviewDue(restriction, caseReviews, policy);
  const after = next === undefined ? undefined : nextReviewDue(restriction, [...caseReviews, next], policy);
  return { next, after };
}

/**
 * Remembered per list of case reviews, policy and schedule (a restriction's start and last day,
 * all `nextReviewDue` reads of it, so a varied restriction's new record reads on), with how many
 * of the list's reviews were read. A state's lists are never changed once sealed, and inside `replay`'s fold a
 * list only grows at its end (`appending`), so what was read of a list's first reviews stays
 * true: a review added is read on its own, extending what its schedule has met, rather than the
 * whole history read again on every event. The answers are `nextReviewDue`'s exactly (a review
 * out of order is read afresh, as `nextReviewDue` sorts it), and the memo goes with the list.
 */
const REVIEWS_DUE = new WeakMap<CaseState['reviews'], WeakMap<Policy, Map<string, Reading>>>();

/**
 * A restriction's next case review due and the one after it, given the reviews on file (see
 * `REVIEWS_DUE`).
 */
export function caseReviewsDue(
  reviews: CaseState['reviews'],
  restriction: RestrictionRecord,
  policy: Policy,
): CaseReviewsDue {
  let byPolicy = REVIEWS_DUE.get(reviews);
  if (byPolicy === undefined) {
    byPolicy = new WeakMap();
    REVIEWS_DUE.set(reviews, byPolicy);
  }
  let bySchedule = byPolicy.get(policy);
  if (bySchedule === undefined) {
    bySchedule = new Map();
    byPolicy.set(policy, bySchedule);
  }
  // The schedule is the restriction's start and last day: a restriction varied, its record made
  // anew, reads on from what its reviews met.
  const key = `${restriction.startsOn}/${restriction.lastDayInForce}`;
  let reading = bySchedule.get(key);
  if (reading === undefined) {
    const start: Met = { position: 0, previous: restriction.startsOn, last: undefined };
    reading = {
      schedule: new Schedule(restriction, policy),
      counted: 0,
      met: start,
      due: { next: undefined, after: undefined },
    };
    bySchedule.set(key, reading);
  } else if (reading.counted === reviews.length) {
    return reading.due;
  }
  let { counted, met } = reading;
  // A list never shrinks; one that did is not a list that only grew, and is read afresh.
  if (counted !== undefined && counted > reviews.length) counted = undefined;
  // Read on from the reviews already read, or afresh if the list is not one that only grew.
  for (let i = counted ?? 0; counted !== undefined && i < reviews.length; i++) {
    const read = meet(met, (reviews[i] as { on: CivilDate }).on, restriction, reading.schedule);
    if (read === undefined) counted = undefined;
    else met = read;
  }
  if (counted === undefined) {
    reading.counted = undefined;
    return afresh(reviews, restriction, policy);
  }
  reading.counted = reviews.length;
  reading.met = met;
  reading.due = answer(reading, reviews, restriction, policy);
  return reading.due;
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
