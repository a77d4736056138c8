/**
 * Expected failures are values, never exceptions (the neverthrow habit): every public function
 * that can refuse returns a `Result`.
 */

import { z } from 'zod';
import { type Reason, ReasonSchema } from './reason.js';

/** Every code a `Failure` can carry. A closed union: a new code is added here, in one place. */
export type ErrorCode =
  /** The input did not match its schema; `issues` lists every bad path. */
  | 'INVALID_INPUT'
  /** The input is bigger than the library's limits (`LIMITS`): a list, a string, or the whole; the path says where. */
  | 'INPUT_TOO_LARGE'
  /** A JSON string could not be parsed at all. */
  | 'INVALID_JSON'
  /** A date falls in a year the bank-holiday table does not cover. */
  | 'YEAR_NOT_COVERED'
  /** The policy had not taken effect on the date of the event it was asked about. */
  | 'POLICY_NOT_IN_EFFECT'
  /** None of the policies given was in effect on the date asked about. */
  | 'NO_POLICY_IN_EFFECT'
  /** The policy counts from deemed receipt (NF-6) but the call did not say how the letter was sent. */
  | 'SERVICE_REQUIRED'
  /** The policy sets no default restriction length and the call gave none (TEP-5.2). */
  | 'LENGTH_REQUIRED'
  /** A restriction's length differs from the policy's default and the decision records no reason why (SH-2). */
  | 'LENGTH_JUSTIFICATION_REQUIRED'
  /** A restriction's length is longer than the policy's `restriction.maxMonths` (TEP-5.2). */
  | 'LENGTH_OVER_MAXIMUM'
  /** The policy counts the appeal window from the day the letter was actually received, and the call did not say when (`receivedOn`, `letterReceivedOn`). */
  | 'RECEIVED_ON_REQUIRED'
  /** The policy gives no internal appeal (`appeal: null`): the decision is final, and the customer is signposted to the Housing Ombudsman. */
  | 'NO_APPEAL_ROUTE'
  /** The policy gives no route to ask for a restriction to be reconsidered (`reconsideration: null`). */
  | 'NO_RECONSIDERATION_ROUTE'
  /** The policy states no time to decide an appeal or a reconsideration (`decisionWithin: null`): no deadline to give. */
  | 'NO_DECISION_DEADLINE'
  /** A date worked out would fall after the last year dates may have (YEAR_RANGE). */
  | 'DATE_OUT_OF_RANGE'
  /** A case state was written by a newer version of the library than this one reads. */
  | 'UNSUPPORTED_SCHEMA_VERSION'
  /** A case event is dated before the last event already applied to the case. */
  | 'EVENT_OUT_OF_ORDER'
  /** The case's stage does not allow this event (a closed case, an appeal with none pending, ...). */
  | 'INVALID_TRANSITION'
  /** An equality impact assessment, current and finding the action proportionate, must come first (TEP-2.3, TEP-2.4). */
  | 'EIA_REQUIRED'
  /** A written warning (or, for legal action, a breach warning) must come first (TEP-4.4, TEP-8). */
  | 'WARNING_REQUIRED'
  /** Formal action with no informal action on file and no recorded reason to skip it (TEP-4.2). */
  | 'INFORMAL_ACTION_REQUIRED'
  /** A restriction after a written warning rests on no incident that occurred after it (TEP-4.4, TEP-5.1). */
  | 'BEHAVIOUR_NOT_PERSISTED'
  /** The decision rests on no recorded incident or breach, or names one the case does not hold (NF-1). */
  | 'EVIDENCE_REQUIRED'
  /** A measure conflicts with a need recorded in the EIA, with no adjustment or justification (NF-2). */
  | 'DISPROPORTIONATE_MEASURE'
  /** The step needs a restriction in force, and none is (or not the one named). */
  | 'NO_ACTIVE_RESTRICTION'
  /** The case holds nothing a notice of this kind would tell (no warning issued, no restriction to vary, no appeal decided). */
  | 'NOTICE_NOT_APPLICABLE'
  /** The appeal arrived after the last day to appeal (TEP-11.2). */
  | 'APPEAL_OUT_OF_TIME'
  /** The person deciding was involved in the decision under review (NF-4, TEP-6). */
  | 'DECIDER_NOT_INDEPENDENT'
  /** A legal step came before the less grave steps it follows (TEP-8). */
  | 'LEGAL_STEP_OUT_OF_ORDER'
  /** The step needs a single point of contact, and none is named or assigned (TEP-6). */
  | 'SPOC_REQUIRED'
  /** The staff member named is barred from contact with the resident by a staff-conduct protection (SC-2). */
  | 'PROTECTION_IN_FORCE'
  /** `definePolicy(settings, null)` builds from nothing and a setting is missing; `issues` lists every one. */
  | 'SETTING_REQUIRED'
  /** The policy does not let the role given (`byRole`) take this step, or too few deciders took it (NF-8). */
  | 'NOT_AUTHORISED'
  /** The notice was sent by a means the policy does not use for notices (`notices.channels`). */
  | 'NOTICE_CHANNEL_NOT_ALLOWED'
  /** The case cannot close while the customer is owed a letter about a decision (TEP-9, TEP-10, TEP-11.2, TEP-6). */
  | 'LETTERS_OUTSTANDING'
  /** The case cannot close while a change to a restriction is still to be told to a team the policy names (TEP-9). */
  | 'TEAMS_NOT_INFORMED'
  /** A list of policy versions that are not versions of one policy: mixed ids, or two taking effect the same day. */
  | 'POLICY_VERSIONS_INVALID'
  /** An event carries an id the case already holds for an event with other content. */
  | 'EVENT_ID_CONFLICT'
  /** An event is dated after the instant it was received, beyond the tolerance for clock skew. */
  | 'EVENT_IN_FUTURE'
  /** The step needs the case's event log folded again (`replay`): an `event-voided` cannot be applied to a stored state. */
  | 'REPLAY_REQUIRED'
  /** An `event-voided` names an id no earlier event in the log carries. */
  | 'VOIDED_EVENT_NOT_FOUND'
  /** An `event-voided` names an event an earlier `event-voided` already voided. */
  | 'EVENT_ALREADY_VOIDED'
  /** An `event-voided` names another `event-voided`: a void is not undone by voiding it. */
  | 'EVENT_NOT_VOIDABLE'
  /** The library produced a result its own schema refuses: a bug in the library, reported rather than passed on. */
  | 'INTERNAL_ERROR';

/** One thing wrong with an input: where it is, and what was expected there. */
export interface Issue {
  /** Where in the input, e.g. `policy.appeal.window.length` or `extraClosures[2]`. */
  readonly path: string;
  /** What was expected there, and what was found, in a sentence. */
  readonly message: string;
}

/** Why a call was refused. `code` is stable; `message` is for a person. */
export interface Failure {
  readonly code: ErrorCode;
  readonly message: string;
  /**
   * Every bad path, for `INVALID_INPUT`; for other refusals, the paths they concern (often none).
   * At most `LIMITS.maxIssuesPerError` are listed.
   */
  readonly issues: readonly Issue[];
  /** How many issues were found in all, when there were more than `issues` lists. */
  readonly issueCount?: number;
  /** For a refusal on the policy's grounds: the rules that refused it, with citations. */
  readonly reasons?: readonly Reason[];
  /** For a refusal inside a list (a case history given to `replay`): the position refused. */
  readonly index?: number;
}

/**
 * A refusal as JSON (the `error` of a `Result`): `{ code, message, issues, issueCount?, reasons?, index? }`.
 *
 * @example
 * FailureSchema.safeParse({ code: 'INVALID_INPUT', message: 'Bad date.', issues: [{ path: 'date', message: 'expected YYYY-MM-DD' }] }).success // => true
 */
export const FailureSchema = z
  .strictObject({
    code: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
    message: z.string(),
    issues: z.array(z.strictObject({ path: z.string(), message: z.string() })),
    issueCount: z.int().min(0).optional(),
    reasons: z.array(ReasonSchema).optional(),
    index: z.int().min(0).optional(),
  })
  .meta({
    description:
      'Why a call was refused: code is a stable SCREAMING_SNAKE string (INVALID_INPUT, INPUT_TOO_LARGE, YEAR_NOT_COVERED, EIA_REQUIRED, ... see ErrorCode in the API reference), message a sentence for a person, issues every bad path (at most LIMITS.maxIssuesPerError; issueCount the total), reasons the rules that refused it, index the position refused in a list.',
  });

/** A success carrying `value`, or a refusal carrying `error`. Plain JSON either way. */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: Failure };

/**
 * Wraps a value as a success.
 *
 * @example
 * ok(3) // => { ok: true, value: 3 }
 */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/**
 * Builds a refusal.
 *
 * @example
 * fail('YEAR_NOT_COVERED', 'No bank-holiday data for 2099.')
 * // => { ok: false, error: { code: 'YEAR_NOT_COVERED', message: 'No bank-holiday data for 2099.', issues: [] } }
 */
export function fail<T = never>(code: ErrorCode, message: string, issues: readonly Issue[] = []): Result<T> {
  return { ok: false, error: { code, message, issues } };
}
