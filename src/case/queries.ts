import { z } from 'zod';
import { type PolicyInput, type PolicyVersions, readPolicy, versionFor } from '../policy/versions.js';
import { type CivilDate, CivilDateSchema, type Instant, InstantSchema } from '../shared/dates.js';
import type { Reason } from '../shared/reason.js';
import type { Protection, Restriction } from '../shared/restriction.js';
import { type ErrorCode, type Failure, ok, type Result } from '../shared/result.js';
import { validate } from '../shared/validate.js';
import { readState, situationAt, validateAll } from './apply.js';
import { gateRestriction, spocOf } from './contact-gate.js';
import { appealLastDayOf, appealVersionOf, decisionDueOf, nextReviewDue, reviewsDueOf } from './deadlines.js';
import { CASE_EVENT_TYPES, type CaseEventType } from './events.js';
import { appealFinalBy, instantMs, isInForce } from './facts.js';
import type { CaseState, Challenge } from './state.js';
import { TRANSITIONS } from './transitions.js';

/** Reads a state and an instant at the door. */
function readStateAt(state: unknown, at: unknown): Result<{ state: CaseState; atMs: number }> {
  const validState = readState(state, 'state');
  if (!validState.ok && validState.error.code === 'UNSUPPORTED_SCHEMA_VERSION') return validState;
  const validAt = validate(InstantSchema, at, 'at');
  const failure = validateAll([validState, validAt]);
  if (failure !== undefined || !validState.ok || !validAt.ok) return { ok: false, error: failure as Failure };
  return ok({ state: validState.value, atMs: instantMs(validAt.value) });
}

/**
 * The restrictions in force at an instant, shaped for the contact gate's `checkContact`: each
 * `{ id, startsOn, lastDayInForce, measures, spoc?, liftedAt? }`, with the case's current SPOC. A SPOC the
 * resident has reported (SC-2) is still named: the gate, given `activeProtections`, never routes
 * to them and has another colleague stand in, and a `spoc-only` restriction must name its SPOC
 * for the gate to accept it at all (so leaving it off would stop every contact, emergencies too). A
 * restriction is in force from midnight at the start of `startsOn` (the policy's zone) until
 * midnight at the end of `lastDayInForce`, or until the instant it was lifted; one lifted on a
 * day reports that day as its last in force, and the instant as `liftedAt`.
 *
 * @example
 * activeRestrictions(state, '2026-04-10T12:00:00Z')
 * // => { ok: true, value: [{ id: 'r-1', startsOn: '2026-04-01', lastDayInForce: '2027-03-31',
 * //      measures: [{ kind: 'written-only' }], spoc: { staffId: 'so-1', name: 'Sam Okafor' } }] }
 * activeRestrictions(state, '2027-04-01T00:00:00+01:00') // => { ok: true, value: [] } (ended at the end of 31 March)
 */
export function activeRestrictions(state: CaseState, at: Instant): Result<Restriction[]> {
  const read = readStateAt(state, at);
  if (!read.ok) return read;
  const { state: valid, atMs } = read.value;
  const spoc = spocOf(valid);
  return ok(
    valid.restrictions
      .filter((restriction) => isInForce(restriction, atMs))
      .map((restriction) => gateRestriction(restriction, spoc)),
  );
}

/**
 * The staff-contact protections in force at an instant (SC-2), for the contact gate: each
 * `{ staffId, residentId?, since, reason }`. A protection starts when the resident reports the
 * staff member's conduct and lasts until a `staff-conduct-resolved` records them satisfied.
 *
 * @example
 * activeProtections(state, '2026-05-01T09:00:00Z')
 * // => { ok: true, value: [{ staffId: 'op-7', residentId: 'cu-1', since: '2026-04-20T10:00:00Z',
 * //      reason: 'Inappropriate messages and misuse of personal data' }] }
 */
export function activeProtections(state: CaseState, at: Instant): Result<Protection[]> {
  const read = readStateAt(state, at);
  if (!read.ok) return read;
  const { state: valid, atMs } = read.value;
  return ok(
    valid.protections
      .filter(
        (protection) =>
          instantMs(protection.since) <= atMs &&
          (protection.endedAt === undefined || atMs < instantMs(protection.endedAt)),
      )
      .map(({ endedAt: _ended, ...protection }) => protection),
  );
}

/** An event type the case allows now, and what its payload must carry to pass (`reasons`, often none). */
export interface AllowedEvent {
  readonly type: CaseEventType;
  readonly reasons: readonly Reason[];
}

/** An event type the case refuses now, whatever its payload, and why. */
export interface BlockedEvent {
  readonly type: CaseEventType;
  readonly code: ErrorCode;
  readonly message: string;
  readonly reasons: readonly Reason[];
}

/** What a CRM can offer next: the events allowed, and the events blocked with the reason. */
export interface AllowedEvents {
  readonly allowed: readonly AllowedEvent[];
  readonly blocked: readonly BlockedEvent[];
}

/**
 * Which events the case allows at an instant, judged on the state alone: the stage and every
 * precondition. An allowed event can still be refused for its payload (the evidence it names, a
 * measure conflicting with a need); where the state already says what the payload must carry,
 * `reasons` says so. An instant earlier than the last event is refused (`EVENT_OUT_OF_ORDER`).
 * `policy` is a `PolicyInput` (a policy, its versions, or a preset's name): the version in effect
 * at `at` judges.
 *
 * @example
 * allowedEvents(openedCase, '2026-01-06T09:00:00Z', presets.tenancyEnforcementProcedure)
 * // => { ok: true, value: {
 * //      allowed: [{ type: 'incident-recorded', reasons: [] }, { type: 'interaction-ended', reasons: [] }, ...],
 * //      blocked: [{ type: 'written-warning-issued', code: 'EIA_REQUIRED', message: '...', reasons: [...] }, ...] } }
 */
export function allowedEvents(state: CaseState, at: Instant, policy: PolicyInput): Result<AllowedEvents> {
  const read = readStateAt(state, at);
  const validPolicy = readPolicy(policy);
  const failure = validateAll([read, validPolicy]);
  if (failure !== undefined || !read.ok || !validPolicy.ok) return { ok: false, error: failure as Failure };
  const situation = situationAt(
    read.value.state,
    at,
    versionFor(validPolicy.value, at),
    validPolicy.value,
    'at',
  );
  if (!situation.ok) return situation;
  const allowed: AllowedEvent[] = [];
  const blocked: BlockedEvent[] = [];
  for (const type of CASE_EVENT_TYPES) {
    const transition = TRANSITIONS[type];
    const stage = situation.value.state.stage;
    let failure: Failure | undefined;
    if (!transition.from.includes(stage)) {
      failure = {
        code: 'INVALID_TRANSITION',
        message: `'${type}' is not allowed once the case is ${stage}.`,
        issues: [],
      };
    }
    for (const precondition of transition.preconditions) {
      failure ??= precondition.check(situation.value);
    }
    if (failure !== undefined) {
      blocked.push({ type, code: failure.code, message: failure.message, reasons: failure.reasons ?? [] });
      continue;
    }
    const reasons: Reason[] = [];
    for (const guard of transition.guards) {
      const hint = guard.hint?.(situation.value);
      if (hint !== undefined) reasons.push(hint);
    }
    allowed.push({ type, reasons });
  }
  return ok({ allowed, blocked });
}

/** A restriction's dates under the policy given: its period, the last day to appeal, and its reviews. */
export interface RestrictionDeadlines {
  readonly restrictionId: string;
  readonly startsOn: CivilDate;
  /** `null`: open-ended, in force until lifted. */
  readonly lastDayInForce: CivilDate | null;
  /**
   * TEP-11.2: the last day to appeal its current decision letter (the later of the policy's and
   * any the letter stated); `null` when the policy gives no internal appeal (`appeal: null`): the
   * decision is final (TEP-11.3).
   */
  readonly appealLastDay: CivilDate | null;
  /**
   * TEP-10: the civil dates its reviews fall due while in force, up to `reviewsUntil` when asked.
   * An open-ended restriction is reviewed for as long as it lasts, so without `reviewsUntil` its
   * list runs to its next review due (or to the day it was lifted).
   */
  readonly reviewsDue: readonly CivilDate[];
  /** TEP-10: the next review due, given the reviews done on the case; `null` when none is due before it ends. */
  readonly nextReviewDue: CivilDate | null;
}

/** An appeal's or reconsideration's decision deadline under the policy given. */
export interface ChallengeDeadline {
  readonly restrictionId: string;
  readonly receivedOn: CivilDate;
  /** TEP-11.1, TEP-11.2: the last day to give the outcome; `null` when the policy states no time to decide (`decisionWithin: null`). */
  readonly decisionDue: CivilDate | null;
  /** Whether the outcome has been given. */
  readonly decided: boolean;
}

/**
 * The options of `caseDeadlines`: `reviewsUntil`, the last day to list reviews up to (required for an open-ended restriction).
 *
 * @example
 * CaseDeadlinesOptionsSchema.safeParse({ reviewsUntil: '2027-12-31' }).success // => true
 * CaseDeadlinesOptionsSchema.safeParse({ until: '2027-12-31' }).success // => false (strict: an unknown key)
 */
export const CaseDeadlinesOptionsSchema = z.strictObject({
  /** The last day to list reviews up to (inclusive); an open-ended restriction needs a bound. */
  reviewsUntil: CivilDateSchema.optional(),
});
/** The options of `caseDeadlines`: `reviewsUntil`, the last day to list reviews up to. */
export type CaseDeadlinesOptions = z.input<typeof CaseDeadlinesOptionsSchema>;

/** Every date the policy and calendar give a case's facts. */
export interface CaseDeadlines {
  readonly restrictions: readonly RestrictionDeadlines[];
  readonly appeals: readonly ChallengeDeadline[];
  readonly reconsiderations: readonly ChallengeDeadline[];
}

/**
 * Every date the policy and the calendar give the case's facts, worked out now under the policy
 * given: each restriction's last day to appeal and its review dates, each appeal's and
 * reconsideration's decision deadline. The state stores facts only, so a corrected bank-holiday
 * table or a new policy version applies at once, and a stored state and a replay of its history
 * always agree. A last day to appeal that a letter stated (`appealLastDayStated`) is kept when
 * later: a recomputation never shortens what the customer was told.
 *
 * Edge cases: under a policy with no internal appeal (`appeal: null`) `appealLastDay` is `null`;
 * with no time to decide stated, `decisionDue` is `null`. An open-ended restriction
 * (`lastDayInForce: null`) lists its reviews up to `options.reviewsUntil` (a civil date) when
 * given, else up to its next review due or the day it was lifted.
 * `policy` is a `PolicyInput`: of a list of versions, the one in effect at the case's last event
 * (the version that judged its latest step) answers, except where a right or a deadline runs from
 * an earlier day (NF-8): the last day to appeal is counted under the version in effect on the
 * decision letter's date, a decision due under the version in effect on the day the appeal or the
 * request to reconsider was received (`null` too when that version had no internal appeal).
 *
 * @example
 * caseDeadlines(state, presets.tenancyEnforcementProcedure)
 * // => { ok: true, value: {
 * //      restrictions: [{ restrictionId: 'r-1', startsOn: '2026-03-02', lastDayInForce: '2027-03-01',
 * //                       appealLastDay: '2026-03-16', reviewsDue: ['2026-09-02'], nextReviewDue: '2026-09-02' }],
 * //      appeals: [{ restrictionId: 'r-1', receivedOn: '2026-03-10', decisionDue: '2026-04-07', decided: false }],
 * //      reconsiderations: [] } }
 */
export function caseDeadlines(
  state: CaseState,
  policy: PolicyInput,
  options?: CaseDeadlinesOptions,
): Result<CaseDeadlines> {
  const validState = readState(state, 'state');
  if (!validState.ok && validState.error.code === 'UNSUPPORTED_SCHEMA_VERSION') return validState;
  const validPolicy = readPolicy(policy);
  const validOptions = validate(CaseDeadlinesOptionsSchema, options ?? {}, 'options');
  const failure = validateAll([validState, validPolicy, validOptions]);
  if (failure !== undefined || !validState.ok || !validPolicy.ok || !validOptions.ok)
    return { ok: false, error: failure as Failure };
  return caseDeadlinesTrusted(validState.value, validPolicy.value, validOptions.value.reviewsUntil);
}

/**
 * `caseDeadlines` on a trusted state and versions of the policy: the notices ask it for the dates
 * a letter states. The case's facts are read under the version that judged its latest step; the
 * last day to appeal under the version in effect on the decision letter's date, an appeal's or a
 * request to reconsider's decision under the version in effect on its receipt (NF-8).
 */
export function caseDeadlinesTrusted(
  state: CaseState,
  versions: PolicyVersions,
  reviewsUntil?: CivilDate,
): Result<CaseDeadlines> {
  const rules = versionFor(versions, state.lastEventAt);
  const reviewedOn = state.reviews.map((review) => review.on);
  const restrictions: RestrictionDeadlines[] = [];
  for (const restriction of state.restrictions) {
    let appealLastDay: CivilDate | null = null;
    // No internal appeal now, none when the decision was made (TEP-11.3: it was final), or one
    // decided that makes the current decision final: none open.
    if (
      rules.appeal !== null &&
      appealVersionOf(restriction, versions).appeal !== null &&
      appealFinalBy(state, restriction) === undefined
    ) {
      const lastDay = appealLastDayOf(restriction, versions);
      if (!lastDay.ok) return lastDay;
      appealLastDay = lastDay.value;
    }
    // A review due after the day the restriction was lifted is not due: it ended then.
    const due = nextReviewDue(restriction, reviewedOn, rules);
    const lifted = restriction.liftedOn;
    const next = due === undefined || (lifted !== undefined && due > lifted) ? null : due;
    const until =
      reviewsUntil ??
      (restriction.lastDayInForce === null ? (restriction.liftedOn ?? next ?? undefined) : undefined);
    restrictions.push({
      restrictionId: restriction.id,
      startsOn: restriction.startsOn,
      lastDayInForce: restriction.lastDayInForce,
      appealLastDay,
      reviewsDue: reviewsDueOf(restriction, rules, until),
      nextReviewDue: next,
    });
  }
  const challenges = (list: readonly Challenge[], kind: 'appeal' | 'reconsideration') => {
    const out: ChallengeDeadline[] = [];
    for (const challenge of list) {
      const due = decisionDueOf(challenge, kind, versions);
      if (!due.ok) return due;
      out.push({
        restrictionId: challenge.restrictionId,
        receivedOn: challenge.receivedOn,
        decisionDue: due.value === undefined ? null : due.value.lastDay,
        decided: challenge.outcome !== undefined,
      });
    }
    return ok(out);
  };
  const appeals = challenges(state.appeals, 'appeal');
  if (!appeals.ok) return appeals;
  const reconsiderations = challenges(state.reconsiderations, 'reconsideration');
  if (!reconsiderations.ok) return reconsiderations;
  return ok({ restrictions, appeals: appeals.value, reconsiderations: reconsiderations.value });
}
