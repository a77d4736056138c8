import type { CaseDeadlines } from '../case/queries.js';
import type { CaseState } from '../case/state.js';
import type { Policy } from '../policy/schema.js';
import type { CivilDate } from '../shared/dates.js';
import type { Reason } from '../shared/reason.js';
import type { Failure, Result } from '../shared/result.js';
import type { RuleId } from '../shared/rules.js';
import type { NoticeElement, NoticeElementId, NoticeKind, NoticeValue } from './schema.js';

/**
 * The shape every kind of letter takes (one file each under `kinds/`): the elements it must
 * carry, each beside the source sentence that requires it, and how its content is drawn from the
 * case. A kind is added by writing its file and listing it in `kinds/index.ts`.
 */

/** What the case says about the conditions some elements depend on; `undefined`: not known (no state given). */
export interface NoticeFacts {
  /** The customer has a single point of contact (TEP-5.2: "including details of the SPOC"). */
  readonly hasSpoc?: boolean;
  /** The decision told can still be appealed (a policy with an appeal route, no final decision yet). */
  readonly appealOpen?: boolean;
  /**
   * The time to appeal the decision in force ended before the step the notice tells, and the step
   * opens no new one (a variation with no new decision letter: TEP-11.2 counts from the old letter).
   */
  readonly appealLapsed?: boolean;
  /** A restriction stays in force after the step the notice tells. */
  readonly restrictionRemains?: boolean;
}

/** One element a kind of letter must carry, the rule requiring it, and that rule's own sentence. */
export interface Requirement {
  readonly element: NoticeElementId;
  readonly rule: RuleId;
  /** The sentence of the source that requires it, quoted. */
  readonly sentence: string;
  /** When the element is required only in some cases: given the policy and what is known of the case. */
  readonly when?: (policy: Policy, facts: NoticeFacts) => boolean;
}

/** What a kind's composer reads: the validated case, the policy, the dates the policy gives the case, the options. */
export interface NoticeContext {
  readonly state: CaseState;
  readonly policy: Policy;
  readonly deadlines: CaseDeadlines;
  readonly restrictionId?: string;
  readonly date?: CivilDate;
}

/**
 * What binds the date on a letter (docs/notices.md, "The date on a letter"): the day of the
 * decision it tells (no letter is dated before it), the letter date the case records for it, when
 * it records one, and whether the last day to appeal counts from that recorded date (a decision
 * letter: then no other date may stand on the letter, or its appeal day would be wrong).
 */
export interface LetterDating {
  readonly decidedOn: CivilDate;
  readonly recorded?: CivilDate;
  readonly appealCountsFrom?: boolean;
}

/** The dating of a letter: the decision's day, the recorded letter date (if any), and whether the appeal window counts from it. */
export const dating = (
  decidedOn: CivilDate,
  recorded?: CivilDate,
  appealCountsFrom = false,
): LetterDating => ({
  decidedOn,
  ...(recorded !== undefined && { recorded }),
  ...(appealCountsFrom && { appealCountsFrom }),
});

/** A kind's content, before it is wrapped as a `Notice`. */
export interface Composed {
  readonly subject?: string;
  readonly date: CivilDate;
  readonly dating: LetterDating;
  readonly elements: readonly NoticeElement[];
  /** The reasons of the step the notice tells (from the case's audit trail). */
  readonly reasons: readonly Reason[];
  readonly facts: NoticeFacts;
}

/** A kind of letter: its title, its requirements, and its composer. */
export interface NoticeKindRules {
  readonly kind: NoticeKind;
  /** The letter's heading, in plain words. */
  readonly title: string;
  readonly requires: readonly Requirement[];
  /** Draws the content from the case, or refuses `NOTICE_NOT_APPLICABLE` when the case has nothing of this kind to tell. */
  readonly compose: (context: NoticeContext) => Result<Composed>;
}

/** An element, keeping its value as given. */
export const element = (id: NoticeElementId, value: NoticeValue, rule: RuleId): NoticeElement => ({
  id,
  value,
  rule,
});

/**
 * The refusal for a kind that has nothing to say about the case: `NOTICE_NOT_APPLICABLE`, with
 * the path `kind` (or `options.restrictionId` when the restriction named is the trouble).
 */
export function notApplicable(kind: NoticeKind, why: string, path = 'kind'): Failure {
  return {
    code: 'NOTICE_NOT_APPLICABLE',
    message: `No '${kind}' notice can be drawn from this case: ${why}.`,
    issues: [{ path, message: why }],
  };
}

/** The requirements that apply, given the policy and what is known of the case. */
export function requiredElements(
  rules: NoticeKindRules,
  policy: Policy,
  facts: NoticeFacts,
): readonly Requirement[] {
  return rules.requires.filter((requirement) => requirement.when?.(policy, facts) ?? true);
}

/** Conditions the kinds share. */
export const when = {
  /** TEP-5.2: the SPOC's details, where the customer has one. */
  hasSpoc: (_policy: Policy, facts: NoticeFacts) => facts.hasSpoc === true,
  /** TEP-11.2: the last day to appeal and how, where the decision can be appealed. */
  appealOpen: (policy: Policy, facts: NoticeFacts) => policy.appeal !== null && facts.appealOpen !== false,
  /** TEP-11.3: the decision is final, and the Ombudsman is signposted. */
  decisionFinal: (policy: Policy, facts: NoticeFacts) =>
    (policy.appeal === null || facts.appealOpen === false) && facts.appealLapsed !== true,
  /** TEP-11.2: the time to appeal has passed; the letter says so, and what the customer can still do. */
  appealLapsed: (_policy: Policy, facts: NoticeFacts) => facts.appealLapsed === true,
  /** TEP-11.1: with the appeal time passed, asking to reconsider, where the policy has the route. */
  reconsiderAfterLapse: (policy: Policy, facts: NoticeFacts) =>
    facts.appealLapsed === true && policy.reconsideration !== null,
  /** A restriction stays in force: its terms and its dates are told again. */
  restrictionRemains: (_policy: Policy, facts: NoticeFacts) => facts.restrictionRemains === true,
} as const;
