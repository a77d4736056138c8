import { appealFinalBy } from '../../case/facts.js';
import type { RestrictionDeadlines } from '../../case/queries.js';
import type { LetterRecord, RestrictionRecord } from '../../case/state.js';
import type { CivilDate } from '../../shared/dates.js';
import type { Failure } from '../../shared/result.js';
import {
  alwaysReportableElement,
  appealElements,
  appealLapsedElement,
  measuresElement,
  periodElements,
  reconsiderationElements,
  spocElement,
} from '../elements.js';
import { type NoticeContext, notApplicable, type Requirement, when } from '../kind.js';
import type { NoticeElement, NoticeKind } from '../schema.js';
import { HO_6, SH_3, TEP_5_2, TEP_7, TEP_10, TEP_11_1, TEP_11_2, TEP_11_3 } from '../sentences.js';

/** What the restriction kinds share: which restriction a notice concerns, its dates, and its terms. */

/**
 * A decision on a restriction, once told: the last day to appeal and how (TEP-11.2, HO-6) while it
 * can be appealed; once it cannot, that it is final, with the Housing Ombudsman signposted (TEP-11.3).
 */
export const APPEAL_REQUIREMENTS: readonly Requirement[] = [
  { element: 'appeal-deadline', rule: 'TEP-11.2', sentence: TEP_11_2, when: when.appealOpen },
  { element: 'how-to-appeal', rule: 'HO-6', sentence: HO_6, when: when.appealOpen },
  { element: 'appeal-deadline', rule: 'TEP-11.3', sentence: TEP_11_3, when: when.decisionFinal },
  { element: 'ombudsman-signpost', rule: 'TEP-11.3', sentence: TEP_11_3, when: when.decisionFinal },
  // TEP-11.2: "If they do not do so, they will lose their right of appeal": once the time has
  // passed the letter says so, and what is still open (TEP-11.1 where the policy has it, NF-3).
  { element: 'appeal-deadline', rule: 'TEP-11.2', sentence: TEP_11_2, when: when.appealLapsed },
  { element: 'reconsideration', rule: 'TEP-11.1', sentence: TEP_11_1, when: when.reconsiderAfterLapse },
];

/** SH-3: when a customer is told of the process, they are asked about their needs and offered a nominated person. */
export const OFFER_REQUIREMENTS: readonly Requirement[] = [
  { element: 'adjustments-offer', rule: 'SH-3', sentence: SH_3 },
  { element: 'nominated-person-offer', rule: 'SH-3', sentence: SH_3 },
];

/**
 * An outcome that leaves a restriction in force tells its terms again: the arrangements and how
 * long they last (TEP-5.2), the next review (TEP-10), and what can always be reported (TEP-7).
 */
export const REMAINING_TERMS_REQUIREMENTS: readonly Requirement[] = [
  { element: 'measures', rule: 'TEP-5.2', sentence: TEP_5_2, when: when.restrictionRemains },
  { element: 'last-day-in-force', rule: 'TEP-5.2', sentence: TEP_5_2, when: when.restrictionRemains },
  { element: 'next-review', rule: 'TEP-10', sentence: TEP_10, when: when.restrictionRemains },
  { element: 'always-reportable', rule: 'TEP-7', sentence: TEP_7, when: when.restrictionRemains },
];

/**
 * The restriction a notice concerns: the one named in the options, else the latest for which
 * `fits` holds (by `order`, latest last). Refused `NOTICE_NOT_APPLICABLE` when there is none
 * ("no restriction on the case has been `step`"), or the one named does not fit ("restriction
 * 'r-1' has not been `step`").
 */
export function pickRestriction(
  context: NoticeContext,
  kind: NoticeKind,
  fits: (restriction: RestrictionRecord) => boolean,
  order: (restriction: RestrictionRecord) => string,
  step: string,
): RestrictionRecord | Failure {
  const { state, restrictionId } = context;
  if (restrictionId !== undefined) {
    const named = state.restrictions.find((restriction) => restriction.id === restrictionId);
    if (named === undefined) {
      return notApplicable(kind, `the case holds no restriction '${restrictionId}'`, 'options.restrictionId');
    }
    return fits(named)
      ? named
      : notApplicable(kind, `restriction '${restrictionId}' has not been ${step}`, 'options.restrictionId');
  }
  let chosen: RestrictionRecord | undefined;
  for (const restriction of state.restrictions) {
    if (fits(restriction) && (chosen === undefined || order(restriction) >= order(chosen)))
      chosen = restriction;
  }
  return chosen ?? notApplicable(kind, `no restriction on the case has been ${step}`);
}

/** Whether a value is a refusal rather than a restriction. */
export const isRefusal = (value: RestrictionRecord | Failure): value is Failure => 'code' in value;

/** The dates `caseDeadlines` gives a restriction. */
export function datesOf(context: NoticeContext, restriction: RestrictionRecord): RestrictionDeadlines {
  const found = context.deadlines.restrictions.find((dates) => dates.restrictionId === restriction.id);
  return (
    found ?? {
      restrictionId: restriction.id,
      startsOn: restriction.startsOn,
      lastDayInForce: restriction.lastDayInForce,
      appealLastDay: null,
      reviewsDue: [],
      nextReviewDue: null,
    }
  );
}

/**
 * TEP-11.3: whether the restriction's current decision is final because an appeal against it was
 * decided: the case machine's one rule (`appealFinalBy`), so the letter, `caseDeadlines` and
 * `appeal-received` agree.
 */
export function appealDecided(context: NoticeContext, restriction: RestrictionRecord): boolean {
  return appealFinalBy(context.state, restriction) !== undefined;
}

/**
 * TEP-11.2: whether the time to appeal the restriction's current decision letter ended before
 * `on` (the day of a step opening no new appeal), as `caseDeadlines` counts it and `appeal-received`
 * refuses an appeal after it (`APPEAL_OUT_OF_TIME`). Never while no appeal was decided and the
 * policy has no route: that decision is final instead (TEP-11.3).
 */
export function appealLapsedBy(
  context: NoticeContext,
  restriction: RestrictionRecord,
  on: CivilDate,
): boolean {
  const lastDay = datesOf(context, restriction).appealLastDay;
  return (
    context.policy.appeal !== null && lastDay !== null && lastDay < on && !appealDecided(context, restriction)
  );
}

/**
 * Whether the restriction's current decision can still be appealed under the policy (TEP-11.2,
 * TEP-11.3): on the day `on`, when given, the last day to appeal has not passed.
 */
export function appealOpenFor(
  context: NoticeContext,
  restriction: RestrictionRecord,
  on?: CivilDate,
): boolean {
  return (
    context.policy.appeal !== null &&
    datesOf(context, restriction).appealLastDay !== null &&
    !appealDecided(context, restriction) &&
    !(on !== undefined && appealLapsedBy(context, restriction, on))
  );
}

/**
 * The appeal elements for a restriction's current decision: the last day and how, or final with
 * the Ombudsman signposted; on the day `on`, when given and the time to appeal has passed, that
 * it has and what the customer can still do (TEP-11.2, TEP-11.1, NF-3).
 */
export function appealOf(
  context: NoticeContext,
  restriction: RestrictionRecord,
  on?: CivilDate,
): NoticeElement[] {
  const lastDay = datesOf(context, restriction).appealLastDay;
  if (on !== undefined && lastDay !== null && appealLapsedBy(context, restriction, on)) {
    return [
      appealLapsedElement(restriction.decisionLetterDate, lastDay),
      ...reconsiderationElements(context.policy),
    ];
  }
  const final = appealDecided(context, restriction);
  return appealElements(context.policy, lastDay, final);
}

/** The terms a restriction still in force keeps: its measures, the SPOC, its last day and next review, what can always be reported. */
export function termsOf(
  context: NoticeContext,
  restriction: RestrictionRecord,
  withStart = false,
): NoticeElement[] {
  return [
    measuresElement(restriction, context.state, context.policy),
    ...spocElement(context.state),
    ...periodElements(datesOf(context, restriction), withStart),
    alwaysReportableElement(context.policy),
  ];
}

/** The date on the letter: the one the options give, else the one the case records for the step (never the clock). */
export const letterDate = (context: NoticeContext, recorded: CivilDate): CivilDate =>
  context.date ?? recorded;

/**
 * The date on the letter telling of a decision: the one the options give, else the letter date
 * the case's paper trail records for that decision (on its event or by a later
 * `customer-informed`), else the day of the decision (never the clock).
 */
export function sentLetterDate(
  context: NoticeContext,
  about: LetterRecord['about'],
  decidedAt: string,
  decidedOn: CivilDate,
): CivilDate {
  return context.date ?? recordedLetterDate(context, about, decidedAt) ?? decidedOn;
}

/** The letter date the case's paper trail records for a decision, if the letter has been sent. */
export function recordedLetterDate(
  context: NoticeContext,
  about: LetterRecord['about'],
  decidedAt: string,
): CivilDate | undefined {
  const decidedMs = Date.parse(decidedAt);
  return context.state.letters.find(
    (letter) => letter.about === about && Date.parse(letter.decidedAt) === decidedMs,
  )?.letterDate as CivilDate | undefined;
}
