import { z } from 'zod';
import { addMonths } from '../calendar/civil-date.js';
import { describeDate } from '../calendar/zone.js';
import { endReviewReason } from '../deadlines/restriction.js';
import type { Policy } from '../policy/schema.js';
import { settingReason } from '../policy/settings.js';
import type { PolicyInput, PolicyVersions } from '../policy/versions.js';
import type { CivilDate, Instant } from '../shared/dates.js';
import { CivilDateSchema } from '../shared/dates.js';
import { statedWords } from '../shared/describe.js';
import { deepFreeze } from '../shared/freeze.js';
import { type Reason, ReasonSchema, reason } from '../shared/reason.js';
import { ok, type Result } from '../shared/result.js';
import { readStateAtPolicy } from './apply.js';
import { challengeVersionOf, decisionDueOf, nextReviewDue } from './deadlines.js';
import { type EiaReviewDue, eiaDueWords, eiaReviewDue } from './eia.js';
import { civilDateOf, currentRestrictions, instantMs, latestDate, protectedStaff } from './facts.js';
import { letterObligations, teamObligations } from './letters.js';
import { markersTrusted } from './markers.js';
import { unansweredConflicts } from './needs.js';
import type { CaseState, Challenge, RestrictionRecord } from './state.js';

/**
 * What the landlord owes the case, and by when: the task list a CRM shows. The sources give no
 * time for writing to the customer after a review (TEP-10), telling them of a SPOC handover
 * (TEP-6), reviewing the EIA after a change (TEP-2.4) or replacing a SPOC the resident has
 * reported (SC-2): each is due on the day of the event that calls for it, and overdue after it.
 */

/** The kinds of obligation, each with its rule. */
export type ObligationKind =
  /** TEP-10: review the case, at least every review interval. */
  | 'case-review'
  /** TEP-10: write to the customer with the outcome of a review. */
  | 'review-outcome-letter'
  /** TEP-2.4: review the EIA, with each case review and after a change of circumstances. */
  | 'eia-review'
  /** TEP-6: another colleague reviews the SPOC's correspondence and decisions. */
  | 'spoc-oversight'
  /** TEP-6: tell the customer of a SPOC handover. */
  | 'spoc-change-notice'
  /** SC-2: replace a SPOC the resident has reported. */
  | 'spoc-replacement'
  /** TEP-11.2: decide an appeal (none when the policy states no time to decide it). */
  | 'appeal-decision'
  /** TEP-11.1: decide a request to reconsider. */
  | 'reconsideration-decision'
  /** TEP-5.2: the restriction's last day in force; never overdue, it simply ends. None for an open-ended one. */
  | 'restriction-ends'
  /** NF-2: a need recorded since a restriction was decided conflicts with a measure: vary it, or record adjustments or a justification. */
  | 'measure-conflict'
  /** TEP-2.3, NF-2: the EIA found the treatment not proportionate: vary the restriction or lift it. */
  | 'vary-or-lift'
  /** TEP-11.2, TEP-11.1, TEP-10: an appeal or a request to reconsider decided 'varied', or a review with outcome 'vary', is carried out by a restriction-varied. */
  | 'variation-to-carry-out'
  /** TEP-9, HO-6: write to the customer about a variation of their restriction. */
  | 'variation-letter'
  /** TEP-9: write to the customer that their restriction is lifted. */
  | 'lift-letter'
  /** TEP-11.2: send the appeal's outcome, a fact sheet with an accompanying letter. */
  | 'appeal-outcome-letter'
  /** TEP-11.1: confirm the decision on a request to reconsider in writing. */
  | 'reconsideration-outcome-letter'
  /** TEP-9, TEP-5.2: tell the teams the policy names (`teams.toInform`) of a restriction imposed, varied or lifted. */
  | 'teams-to-inform'
  /** NF-9: a warning marker has reached its review date. */
  | 'marker-review'
  /** NF-9: a warning marker has reached its removal date. */
  | 'marker-removal';

/** One thing due: what, the last day it is met on, whether that day has passed, why, and what it concerns. */
export interface Obligation {
  readonly kind: ObligationKind;
  readonly dueOn: CivilDate;
  readonly overdue: boolean;
  readonly reasons: readonly Reason[];
  /** The restriction or staff member it concerns, when there is one. */
  readonly subject?: string;
}

/**
 * Every kind of obligation, in the order of `ObligationKind`.
 *
 * @example
 * OBLIGATION_KINDS[0] // => 'case-review'
 */
export const OBLIGATION_KINDS = deepFreeze([
  'case-review',
  'review-outcome-letter',
  'eia-review',
  'spoc-oversight',
  'spoc-change-notice',
  'spoc-replacement',
  'appeal-decision',
  'reconsideration-decision',
  'restriction-ends',
  'measure-conflict',
  'vary-or-lift',
  'variation-to-carry-out',
  'variation-letter',
  'lift-letter',
  'appeal-outcome-letter',
  'reconsideration-outcome-letter',
  'teams-to-inform',
  'marker-review',
  'marker-removal',
] as const satisfies readonly ObligationKind[]);
// A kind added to ObligationKind and not to OBLIGATION_KINDS breaks the build here.
const _everyKind: readonly (typeof OBLIGATION_KINDS)[number][] = [] as ObligationKind[];
void _everyKind;

/**
 * An `Obligation` as JSON, one entry of what `obligations` returns: `{ kind, dueOn, overdue, reasons, subject? }`.
 *
 * @example
 * ObligationSchema.safeParse({ kind: 'case-review', dueOn: '2026-09-01', overdue: false, reasons: [] }).success // => true
 */
export const ObligationSchema = z.strictObject({
  kind: z.enum(OBLIGATION_KINDS),
  dueOn: CivilDateSchema,
  overdue: z.boolean(),
  reasons: z.array(ReasonSchema),
  subject: z.string().optional(),
}) satisfies z.ZodType<Obligation, unknown>;

function reviewObligation(
  policy: Policy,
  restriction: RestrictionRecord,
  reviewedOn: readonly CivilDate[],
  push: Push,
): void {
  const interval = policy.restriction.reviewIntervalMonths;
  const caseReview = nextReviewDue(restriction, reviewedOn, policy);
  if (caseReview !== undefined) {
    const reasons = [
      settingReason(
        policy,
        'restriction.reviewIntervalMonths',
        `Restriction '${restriction.id}' is reviewed at least every ${interval} months from ${describeDate(restriction.startsOn)}: the measures stay, are adjusted or are lifted.`,
      ),
    ];
    const first = policy.restriction.firstReviewAfterMonths;
    if (first !== null) {
      reasons.push(
        settingReason(
          policy,
          'restriction.firstReviewAfterMonths',
          `The first review is due ${first} months after the restriction starts.`,
        ),
      );
    }
    const atEnd =
      caseReview === restriction.lastDayInForce
        ? endReviewReason(restriction.startsOn, restriction.lastDayInForce, policy)
        : undefined;
    if (atEnd !== undefined) reasons.push(atEnd);
    push('case-review', caseReview, restriction.id, reasons);
  }
}

/** TEP-2.4: why the EIA's review is due: a change of circumstances, the case review, or its age. */
function eiaReviewReason(eia: NonNullable<CaseState['eia']>, due: EiaReviewDue, policy: Policy): Reason {
  const change = eia.changeUnreviewed;
  if (change !== undefined) {
    return reason(
      'TEP-2.4',
      `The customer’s circumstances changed (${statedWords(change.description)}): the equality impact assessment is reviewed, and no restriction is continued, varied or escalated until it is.`,
    );
  }
  if (due.because === 'age') {
    return settingReason(
      policy,
      'eia.currentForMonths',
      `The equality impact assessment stays current for ${policy.eia.currentForMonths} months after it was last completed or reviewed, and is reviewed by then.`,
    );
  }
  return reason('TEP-2.4', `The equality impact assessment is reviewed ${eiaDueWords(due.because, policy)}.`);
}

/**
 * TEP-2.3, TEP-2.4, NF-2: the EIA's review (the same date the guards hold a step to), and what
 * a finding of not proportionate or a newly recorded need leaves to do.
 */
function eiaObligations(
  state: CaseState,
  policy: Policy,
  atMs: number,
  current: readonly RestrictionRecord[],
  push: Push,
): void {
  const eia = state.eia;
  if (eia === undefined) return;
  const due = eiaReviewDue(state, policy, atMs);
  // The guards hold steps to the EIA's review date only where the policy requires an EIA, except
  // after a change of circumstances, which binds whatever the policy: the list says the same.
  const required = policy.formalAction.eiaBeforeFormalAction || policy.formalAction.eiaBeforeRestriction;
  if (due !== undefined && (required || due.because === 'change')) {
    push('eia-review', due.dueOn, due.restrictionId, [eiaReviewReason(eia, due, policy)]);
  }
  const assessedOn = civilDateOf(eia.assessedAt, policy.timeZone);
  for (const restriction of current) {
    if (!eia.proportionate) {
      const varied =
        restriction.variedAt !== undefined && instantMs(restriction.variedAt) > instantMs(eia.assessedAt);
      if (varied) {
        push('eia-review', civilDateOf(restriction.variedAt as string, policy.timeZone), restriction.id, [
          reason(
            'TEP-2.3',
            `Restriction '${restriction.id}' was varied after the equality impact assessment found the treatment not proportionate: the assessment is reviewed for the varied measures.`,
          ),
        ]);
      } else {
        push('vary-or-lift', assessedOn, restriction.id, [
          reason(
            'TEP-2.3',
            `The equality impact assessment of ${describeDate(assessedOn)} found the treatment not a proportionate means of achieving a legitimate aim: restriction '${restriction.id}' is varied or lifted, and nothing else is done under it until then.`,
          ),
          reason(
            'NF-2',
            'Any contact restriction must be proportionate and show regard for the Equality Act 2010.',
          ),
        ]);
      }
    }
    const conflicts = unansweredConflicts(eia.needs, restriction);
    if (conflicts.length > 0) {
      push('measure-conflict', assessedOn, restriction.id, [
        reason(
          'NF-2',
          `A need recorded since restriction '${restriction.id}' was decided conflicts with its measures: vary the measure, or record the adjustments made or why it is still justified (restriction-varied).`,
        ),
        ...conflicts.map((conflict) =>
          reason(
            'TEP-2.2',
            `The '${conflict.measure.kind}' measure conflicts with '${conflict.need}': ${conflict.why}.`,
          ),
        ),
      ]);
    }
  }
}

/** TEP-11.1, TEP-11.2: each pending challenge's decision, due under the version in effect on its receipt (NF-8). */
function challengeObligations(
  kind: 'appeal' | 'reconsideration',
  list: readonly Challenge[],
  versions: PolicyVersions,
  push: Push,
): Result<void> {
  for (const challenge of list) {
    if (challenge.outcome !== undefined) continue;
    const due = decisionDueOf(challenge, kind, versions);
    if (!due.ok) return due;
    // No time to decide stated (decisionWithin: null): nothing is owed by a date.
    if (due.value === undefined) continue;
    const dueOn = due.value.lastDay;
    // The policy's own period, labelled a library default where the source sets none.
    push(`${kind}-decision`, dueOn, challenge.restrictionId, [
      settingReason(
        challengeVersionOf(challenge, versions),
        `${kind}.decisionWithin`,
        kind === 'appeal'
          ? `The outcome of the appeal received on ${describeDate(challenge.receivedOn)} is given by ${describeDate(dueOn)}, with a fact sheet and a letter.`
          : `The decision on the request to reconsider received on ${describeDate(challenge.receivedOn)} is confirmed by ${describeDate(dueOn)}.`,
      ),
    ]);
  }
  return ok(undefined);
}

type Push = (kind: ObligationKind, dueOn: CivilDate, subject: string | undefined, reasons: Reason[]) => void;

/**
 * TEP-11.2, TEP-11.1, TEP-10: an appeal or a request to reconsider decided `'varied'`, or a case
 * review with outcome `'vary'`, changes the arrangements only when a `restriction-varied` records
 * the change: until one is recorded on or after it (at its own instant too), the change is owed,
 * due the day of the decision (the sources give no time: the library's reading).
 */
function variationObligations(
  state: CaseState,
  policy: Policy,
  current: readonly RestrictionRecord[],
  push: Push,
): void {
  for (const restriction of current) {
    const variedMs = restriction.variedAt === undefined ? undefined : instantMs(restriction.variedAt);
    // A variation at the decision's own instant is on or after it, so carries it out.
    const carriedOut = (at: string): boolean => variedMs !== undefined && variedMs >= instantMs(at);
    for (const appeal of state.appeals) {
      if (appeal.restrictionId !== restriction.id || appeal.outcome !== 'varied') continue;
      const at = appeal.decidedAt as string;
      if (carriedOut(at)) continue;
      const on = civilDateOf(at, policy.timeZone);
      push('variation-to-carry-out', on, restriction.id, [
        reason(
          'TEP-11.2',
          `The appeal decided on ${describeDate(on)} varied restriction '${restriction.id}': record the changed arrangements (restriction-varied), and tell the customer of them in writing.`,
        ),
      ]);
    }
    // TEP-11.1: a request to reconsider decided 'varied' is carried out the same way.
    for (const request of state.reconsiderations) {
      if (request.restrictionId !== restriction.id || request.outcome !== 'varied') continue;
      const at = request.decidedAt as string;
      if (carriedOut(at)) continue;
      const on = civilDateOf(at, policy.timeZone);
      push('variation-to-carry-out', on, restriction.id, [
        reason(
          'TEP-11.1',
          `The request to reconsider decided on ${describeDate(on)} varied restriction '${restriction.id}': record the changed arrangements (restriction-varied), and tell the customer of them in writing.`,
        ),
      ]);
    }
    for (const review of state.reviews) {
      if (review.outcome !== 'vary' || instantMs(review.at) < instantMs(restriction.imposedAt)) continue;
      if (carriedOut(review.at)) continue;
      push('variation-to-carry-out', review.on, restriction.id, [
        reason(
          'TEP-10',
          `The review of ${describeDate(review.on)} decided to adjust restriction '${restriction.id}': record the changed arrangements (restriction-varied), and tell the customer of them in writing.`,
        ),
      ]);
    }
  }
}

/**
 * What is due on the case at an instant, soonest first: case reviews every review interval
 * (TEP-10) and the letter after each; EIA reviews with each case review and after a change of
 * circumstances (TEP-2.4); SPOC oversight every quarter and telling the customer of a handover
 * (TEP-6); appeal and reconsideration decisions (TEP-11); each restriction's last day (TEP-5.2).
 * `overdue` is true once `dueOn` has passed in the policy's zone. A closed case owes only its
 * warning markers' reviews and removals (NF-9: they outlive the case; `marker-reviewed` answers them).
 * `policy` is a `PolicyInput` (a policy, its versions, or a preset's name): the version in effect
 * at `at` answers, so a review interval changed on 1 June gives the new due date from 1 June.
 *
 * @example
 * // A 12-month restriction from 1 April 2026 with a SPOC, never reviewed or overseen:
 * obligations(state, '2026-10-02T09:00:00Z', presets.tenancyEnforcementProcedure)
 * // => { ok: true, value: [
 * //      { kind: 'spoc-oversight', dueOn: '2026-07-01', overdue: true, subject: 'sp-1', reasons: [{ rule: 'TEP-6', ... }] },
 * //      { kind: 'case-review', dueOn: '2026-10-01', overdue: true, subject: 'r-1', reasons: [{ rule: 'TEP-10', ... }] },
 * //      { kind: 'eia-review', dueOn: '2026-10-01', overdue: true, subject: 'r-1', reasons: [{ rule: 'TEP-2.4', ... }] },
 * //      { kind: 'restriction-ends', dueOn: '2027-03-31', overdue: false, subject: 'r-1', ... }] }
 */
export function obligations(state: CaseState, at: Instant, policy: PolicyInput): Result<Obligation[]> {
  const read = readStateAtPolicy(state, at, policy);
  if (!read.ok) return read;
  const { state: trusted, policy: rules, versions, atMs, today } = read.value;
  return obligationsTrusted(trusted, rules, versions, atMs, today);
}

/**
 * `obligations` on a trusted state and policy, at `atMs`, whose civil day is `today`: the audit
 * asks it at every event, without the warning markers (`withMarkers: false`), the costliest part.
 * `rules` is the version in effect at `atMs`, one of `versions`, under which each challenge's
 * decision is counted from its receipt (NF-8).
 */
export function obligationsTrusted(
  trusted: CaseState,
  rules: Policy,
  versions: PolicyVersions,
  atMs: number,
  today: CivilDate,
  withMarkers = true,
): Result<Obligation[]> {
  const found: Obligation[] = [];
  const push: Push = (kind, dueOn, subject, reasons) => {
    // The same task twice only when it concerns the same thing: two restrictions' reviews on one day are two tasks.
    if (found.some((o) => o.kind === kind && o.dueOn === dueOn && o.subject === subject)) return;
    found.push({ kind, dueOn, overdue: today > dueOn, reasons, ...(subject !== undefined && { subject }) });
  };
  const byDue = (list: Obligation[]): Obligation[] =>
    list.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
  // NF-9: markers past their review or removal date, on an open or a closed case (a marker outlives
  // the case it was set on, and marker-reviewed answers it on either).
  const markerTasks = (): void => {
    if (!withMarkers) return;
    for (const marker of markersTrusted(trusted, rules, atMs, today)) {
      if (marker.status === 'current') continue;
      const removal = marker.status === 'removal-due';
      push(
        removal ? 'marker-removal' : 'marker-review',
        removal ? marker.removeOn : marker.reviewOn,
        marker.id,
        [...marker.reasons],
      );
    }
  };
  if (trusted.stage === 'closed') {
    markerTasks();
    return ok(byDue(found));
  }

  const current = currentRestrictions(trusted, atMs);
  const reviewedOn = trusted.reviews.map((r) => r.on);
  for (const restriction of current) reviewObligation(rules, restriction, reviewedOn, push);
  eiaObligations(trusted, rules, atMs, current, push);
  variationObligations(trusted, rules, current, push);

  // TEP-9: every letter owed to the customer, and every change the teams are still to be told of.
  letterObligations(trusted, rules, push);
  teamObligations(trusted, rules, push);
  markerTasks();

  const spoc = trusted.spoc;
  if (spoc !== undefined && current.length > 0 && trusted.spocOversightFrom !== undefined) {
    // TEP-6: oversight is of the SPOC's work under a restriction, so it counts from the later of
    // the SPOC's first assignment (or last oversight) and the start of the earliest current restriction.
    const firstStart = current.map((r) => r.startsOn).sort()[0] as CivilDate;
    const from = latestDate([trusted.spocOversightFrom, firstStart]) as CivilDate;
    const months = rules.restriction.spocOversightIntervalMonths;
    push('spoc-oversight', addMonths(from, months, rules.monthEnd), spoc.staffId, [
      settingReason(
        rules,
        'restriction.spocOversightIntervalMonths',
        `Another colleague reviews the SPOC’s correspondence and decisions every ${months} months, or sooner.`,
      ),
    ]);
  }
  if (spoc !== undefined && protectedStaff(trusted, atMs).has(spoc.staffId)) {
    const since = trusted.protections.find(
      (p) => p.staffId === spoc.staffId && p.endedAt === undefined,
    )?.since;
    push('spoc-replacement', since === undefined ? today : civilDateOf(since, rules.timeZone), spoc.staffId, [
      reason(
        'SC-2',
        `The resident reported ${spoc.staffId}'s conduct: another colleague becomes the SPOC, so there is no further contact.`,
      ),
      reason(
        'TEP-6',
        'Contact is channelled through the SPOC: until another colleague takes over by a spoc-handover, the customer is told of, no SPOC is given to the contact gate.',
      ),
    ]);
  }

  for (const [kind, list] of [
    ['appeal', trusted.appeals],
    ['reconsideration', trusted.reconsiderations],
  ] as const) {
    const challenged = challengeObligations(kind, list, versions, push);
    if (!challenged.ok) return challenged;
  }

  for (const restriction of current) {
    const lastDay = restriction.lastDayInForce;
    if (lastDay === null) continue; // open-ended: it ends only when lifted
    found.push({
      kind: 'restriction-ends',
      dueOn: lastDay,
      overdue: false,
      subject: restriction.id,
      reasons: [
        reason(
          'TEP-5.2',
          `Restriction '${restriction.id}' is in force to the end of ${describeDate(lastDay)}, as the customer was told.`,
        ),
      ],
    });
  }
  return ok(byDue(found));
}
