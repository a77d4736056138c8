import { addMonths } from '../calendar/civil-date.js';
import { describeDate } from '../calendar/zone.js';
import { appealDeadlineTrusted } from '../deadlines/appeal.js';
import type { Deadline } from '../deadlines/count.js';
import { challengeDecisionDueTrusted } from '../deadlines/decisions.js';
import { reviewDueDates, scheduleReviews } from '../deadlines/restriction.js';
import type { Policy } from '../policy/schema.js';
import { type PolicyVersions, versionOnDay } from '../policy/versions.js';
import type { CivilDate } from '../shared/dates.js';
import { reason } from '../shared/reason.js';
import { ok, type Result } from '../shared/result.js';
import type { Challenge, RestrictionRecord } from './state.js';

/**
 * The dates the policy and the calendar give a case's facts, worked out when asked and never
 * stored: the same history under the same policy gives the same dates whether the state was
 * built by `replay` or one event at a time and stored in between, and a corrected holiday
 * table or a new version of the policy is applied at once.
 */

/** The key and value, or nothing. */
const opt = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

/**
 * NF-8, TEP-11.2: the version of the policy that counts the window to appeal a restriction's
 * current decision: the one in effect on its decision letter's date, the day the right runs from,
 * whichever version judges the step or the question that asks for it.
 */
export const appealVersionOf = (restriction: RestrictionRecord, versions: PolicyVersions): Policy =>
  versionOnDay(versions, restriction.decisionLetterDate);

/**
 * NF-8, TEP-11.1, TEP-11.2: the version of the policy that counts the time to decide an appeal
 * or a request to reconsider: the one in effect on the day it was received.
 */
export const challengeVersionOf = (challenge: Challenge, versions: PolicyVersions): Policy =>
  versionOnDay(versions, challenge.receivedOn);

/**
 * TEP-11.2: the window to appeal a restriction's current decision letter, under the version of the
 * policy in effect on the letter's date (`appealVersionOf`, NF-8). Where the letter stated a later
 * last day (`appealLastDayStated`), the customer keeps it. A version with no internal appeal
 * refuses (`NO_APPEAL_ROUTE`); one counting from actual receipt reads the letter's
 * `letterReceivedOn`.
 */
export function appealWindowOf(restriction: RestrictionRecord, versions: PolicyVersions): Result<Deadline> {
  const counted = appealDeadlineTrusted({
    decisionLetterDate: restriction.decisionLetterDate,
    policy: appealVersionOf(restriction, versions),
    ...opt('service', restriction.service),
    ...opt('receivedOn', restriction.letterReceivedOn),
  });
  if (!counted.ok) return counted;
  const stated = restriction.appealLastDayStated;
  if (stated === undefined || stated <= counted.value.lastDay) return counted;
  return ok({
    ...counted.value,
    lastDay: stated,
    reasons: [
      ...counted.value.reasons,
      reason(
        'TEP-11.2',
        `The decision letter stated a later last day to appeal, ${describeDate(stated)}: the customer keeps it.`,
      ),
    ],
  });
}

/** TEP-11.2: the last day to appeal a restriction's current decision (see `appealWindowOf`). */
export function appealLastDayOf(restriction: RestrictionRecord, versions: PolicyVersions): Result<CivilDate> {
  const window = appealWindowOf(restriction, versions);
  return window.ok ? ok(window.value.lastDay) : window;
}

/**
 * TEP-10: the civil dates a restriction's reviews fall due while it is in force, up to `until`
 * when given: none after the day it was lifted, when it was. An open-ended restriction is
 * reviewed for as long as it lasts, so its list is always bounded: by `until`, else by the day it
 * was lifted, else it ends at its first review.
 */
export function reviewsDueOf(
  restriction: RestrictionRecord,
  policy: Policy,
  until?: CivilDate,
): readonly CivilDate[] {
  const { liftedOn } = restriction;
  const bound = until === undefined || (liftedOn !== undefined && liftedOn < until) ? liftedOn : until;
  return scheduleReviews(restriction.startsOn, restriction.lastDayInForce, policy, bound).dates;
}

/**
 * TEP-11.1, TEP-11.2: the deadline for deciding an appeal or a request to reconsider, under the
 * version of the policy in effect on the day it was received (`challengeVersionOf`, NF-8), or
 * nothing when that version states no time to decide it (`decisionWithin: null`) or has no such
 * route.
 */
export function decisionDueOf(
  challenge: Challenge,
  kind: 'appeal' | 'reconsideration',
  versions: PolicyVersions,
): Result<Deadline | undefined> {
  const policy = challengeVersionOf(challenge, versions);
  const route = kind === 'appeal' ? policy.appeal : policy.reconsideration;
  if (route === null || route.decisionWithin === null) return ok(undefined);
  return challengeDecisionDueTrusted(challenge.receivedOn, policy, kind);
}

/**
 * The first scheduled date not yet met. A review on a day after the previous scheduled date (or
 * the start) meets the next one, whether early or late; each review meets one date. The schedule
 * is read only as far as needed, so it may be an open-ended restriction's never-ending one.
 */
function firstUnmet(
  schedule: Iterable<CivilDate>,
  startsOn: CivilDate,
  done: readonly CivilDate[],
): CivilDate | undefined {
  // `at` rather than `(done[next] as CivilDate) <= previous`: Stryker prints a mutated comparison
  // without the parentheses, which no longer parses.
  const at = (i: number): CivilDate => done[i] as CivilDate;
  let previous = startsOn;
  let next = 0;
  for (const due of schedule) {
    while (next < done.length && at(next) <= previous) next++;
    if (next >= done.length) return due;
    next++;
    previous = due;
  }
  return undefined;
}

/** Whether a list of civil dates is in ascending order. */
function inOrder(dates: readonly CivilDate[]): boolean {
  for (let i = 1; i < dates.length; i++) {
    // Named, not `(dates[i] as CivilDate) < ...`: Stryker prints a mutated comparison of casts
    // without their parentheses, which no longer parses.
    const later = dates[i] as CivilDate;
    const earlier = dates[i - 1] as CivilDate;
    if (later < earlier) return false;
  }
  return true;
}

/**
 * TEP-10, TEP-2.4: when the next review of a restriction is due, given the days reviews were
 * done: the earlier of the first scheduled date not yet met and the review interval after the
 * last review since it started (with the policy's month-end rule), so an early review never
 * pushes the next one further than the interval away. Nothing once neither falls on or before
 * the restriction's last day; an open-ended restriction always has a next review.
 *
 * @example
 * // 24 months from 2 March 2026, reviewed early on 1 August 2026:
 * nextReviewDue(restriction, ['2026-08-01'], presets.tenancyEnforcementProcedure)
 * // => '2027-02-01' (1 August + 6 months, before the scheduled 2 March)
 */
export function nextReviewDue(
  restriction: RestrictionRecord,
  done: readonly CivilDate[],
  policy: Policy,
): CivilDate | undefined {
  const since = done.filter((on) => on > restriction.startsOn);
  // Reviews are recorded oldest first, so the list is nearly always in order already; checking
  // costs less than sorting it again. (Civil dates compare as text, as `sort()` compares them.)
  if (!inOrder(since)) since.sort();
  const { startsOn, lastDayInForce } = restriction;
  const scheduled = firstUnmet(reviewDueDates(startsOn, lastDayInForce, policy), startsOn, since);
  const last = since.at(-1);
  const byInterval =
    last === undefined
      ? undefined
      : addMonths(last, policy.restriction.reviewIntervalMonths, policy.monthEnd);
  const capped =
    byInterval !== undefined && (lastDayInForce === null || byInterval <= lastDayInForce)
      ? byInterval
      : undefined;
  if (scheduled === undefined) return capped;
  return capped !== undefined && capped < scheduled ? capped : scheduled;
}
