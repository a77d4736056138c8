import { addDays } from '../calendar/civil-date.js';
import { describeDate, startOfDay } from '../calendar/zone.js';
import { appealLapseWords, noAppealRoute } from '../deadlines/appeal.js';
import { lengthOverMaximum } from '../deadlines/restriction.js';
import type { Policy } from '../policy/schema.js';
import { settingReason } from '../policy/settings.js';
import { type Reason, reason } from '../shared/reason.js';
import type { Measure, Spoc } from '../shared/restriction.js';
import type { ErrorCode, Failure, Issue } from '../shared/result.js';
import type { RuleId } from '../shared/rules.js';
import { appealLastDayOf, appealVersionOf } from './deadlines.js';
import { eiaDueWords, eiaReviewDue, eiaReviewedForCaseReview } from './eia.js';
import { type CaseEvent, type EventOf, LEGAL_STEPS, type LegalStep } from './events.js';
import {
  appealFinalBy,
  civilDateOf,
  currentRestrictions,
  customerIncidentIds,
  instantMs,
  isCurrent,
  isInForce,
  latestDate,
  protectedStaff,
  type Situation,
  whyNotEvidence,
} from './facts.js';
import { conflictsOf, type MeasureConflict, unansweredConflicts } from './needs.js';
import { holds } from './sealed.js';
import type { CaseState, Challenge, RestrictionRecord } from './state.js';

/**
 * The guards of the case machine: each refuses a step the policy forbids, with a stable code, a
 * sentence, and the rules that refuse it. A precondition reads the state alone (so
 * `allowedEvents` can ask it); a guard also reads the event's payload.
 */

/** A step judged with its event, and where the event sits in the caller's input (`event`, `events[3]`). */
export interface Context<E extends CaseEvent = CaseEvent> extends Situation {
  readonly event: E;
  readonly root: string;
  /**
   * Inside `replay`'s fold: the lists the step adds to are appended in place when the fold made
   * them (`appending`), since no caller sees its states until it returns. Otherwise a new list.
   */
  readonly inPlace?: boolean;
}

/** A condition on the state alone. `code` and `rule` say what it refuses with, for the docs. */
export interface Precondition {
  readonly code: ErrorCode;
  readonly rule: RuleId;
  readonly check: (situation: Situation) => Failure | undefined;
}

/** A condition on the state and the event. `hint` says what an event must carry to pass, for `allowedEvents`. */
export interface Guard<E extends CaseEvent> {
  readonly code: ErrorCode;
  readonly rule: RuleId;
  readonly check: (context: Context<E>) => Failure | undefined;
  readonly hint?: (situation: Situation) => Reason | undefined;
}

/** A refusal with its reasons. */
export function refusal(
  code: ErrorCode,
  message: string,
  reasons: readonly Reason[],
  issues: readonly Issue[] = [],
): Failure {
  return { code, message, issues, reasons };
}

export const issue = (context: { root: string }, path: string, message: string): Issue => ({
  path: path === '' ? context.root : `${context.root}.${path}`,
  message,
});

// ---------------------------------------------------------------------------------------------
// TEP-2.3, TEP-2.4: the equality impact assessment before formal action and restriction.

/**
 * What a step does with the customer's treatment: `'formal-action'` escalates (a written
 * warning, a breach warning, legal action); `'restriction'` imposes or continues a restriction;
 * `'variation'` adjusts one, which is how an EIA finding the treatment not proportionate is met.
 */
type FormalStep = 'formal-action' | 'restriction' | 'variation';

const STEP_WORDS: Record<FormalStep, string> = {
  'formal-action': 'formal action',
  restriction: 'restricting contact',
  variation: 'varying the restriction',
};

/** TEP-2.3: the refusal when the EIA on file found the treatment not proportionate. */
function notProportionate(step: FormalStep, assessedOn: string): Failure {
  return refusal(
    'EIA_REQUIRED',
    `The equality impact assessment of ${describeDate(assessedOn)} found the treatment not a proportionate means of achieving a legitimate aim: vary the restriction or lift it, or review the assessment, before ${STEP_WORDS[step]}.`,
    [
      reason(
        'TEP-2.3',
        'The equality impact assessment assesses whether the treatment is a proportionate means of achieving a legitimate aim; this one found it is not.',
      ),
      reason(
        'NF-2',
        'Any contact restriction must be proportionate: one found not proportionate is varied or lifted, not continued or escalated.',
      ),
    ],
  );
}

function eiaCheck(step: FormalStep, situation: Situation): Failure | undefined {
  const { state, policy, on, atMs } = situation;
  const eia = state.eia;
  const what = STEP_WORDS[step];
  if (eia !== undefined && !eia.proportionate && step !== 'variation')
    return notProportionate(step, civilDateOf(eia.assessedAt, policy.timeZone));
  const path =
    step === 'formal-action' ? 'formalAction.eiaBeforeFormalAction' : 'formalAction.eiaBeforeRestriction';
  const required =
    step === 'formal-action'
      ? policy.formalAction.eiaBeforeFormalAction
      : policy.formalAction.eiaBeforeRestriction;
  // An EIA on file binds whatever the policy requires: a change of circumstances awaits its review (TEP-2.4).
  if (eia?.changeUnreviewed !== undefined) {
    return refusal(
      'EIA_REQUIRED',
      `The customer's circumstances changed on ${describeDate(eia.changeUnreviewed.on)} and the equality impact assessment has not been reviewed since: review it before ${what}.`,
      [
        reason(
          'TEP-2.4',
          'A known change to the customer’s health or circumstances triggers a review of the equality impact assessment, which determines whether the procedure continues.',
        ),
      ],
    );
  }
  if (!required) return undefined;
  if (eia === undefined) {
    return refusal('EIA_REQUIRED', `An equality impact assessment must be completed before ${what}.`, [
      settingReason(
        policy,
        path,
        `An equality impact assessment, considering the customer's known disabilities and health, is completed before ${what}.`,
      ),
    ]);
  }
  const due = eiaReviewDue(state, policy, atMs);
  if (due === undefined || on <= due.dueOn) return undefined;
  return refusal(
    'EIA_REQUIRED',
    `The equality impact assessment's review was due by ${describeDate(due.dueOn)} (${eiaDueWords(due.because, policy)}) and has not been done: review it before ${what}.`,
    [
      due.because === 'age'
        ? settingReason(
            policy,
            'eia.currentForMonths',
            `An equality impact assessment stays current for ${policy.eia.currentForMonths} months after it was last completed or reviewed: one not reviewed since is not current.`,
          )
        : settingReason(
            policy,
            'restriction.reviewIntervalMonths',
            'The equality impact assessment is reviewed with every case review, at least every review interval: one not reviewed when due is not current.',
          ),
      reason(
        'TEP-2.4',
        'Reviews of the equality impact assessment are aligned to when the case is regularly reviewed.',
      ),
    ],
  );
}

/**
 * An EIA, current and (except for a variation) finding the step proportionate, when the policy
 * requires one (TEP-2.3, TEP-2.4): not awaiting review after a change of circumstances, and not
 * past the review `eiaReviewDue` gives. An EIA finding the treatment not proportionate refuses
 * every step but a variation or a lift, whatever the policy requires.
 */
export const eiaBefore = (step: FormalStep): Precondition => ({
  code: 'EIA_REQUIRED',
  rule: 'TEP-2.3',
  check: (situation) => eiaCheck(step, situation),
});

/**
 * TEP-10, TEP-2.4, NF-2: a review that keeps a restriction (`continue`) needs what imposing it
 * needed: a current EIA finding it proportionate; one that varies it needs a current EIA; lifting
 * is never held back.
 */
export const reviewOutcomeHasEia: Guard<EventOf<'case-reviewed'>> = {
  code: 'EIA_REQUIRED',
  rule: 'TEP-2.4',
  check: (context) => {
    const { outcome } = context.event;
    if (outcome === 'lift') return undefined;
    return (
      eiaCheck(outcome === 'continue' ? 'restriction' : 'variation', context) ?? eiaWithCaseReview(context)
    );
  },
  hint: (situation) =>
    eiaCheck('restriction', situation) === undefined && eiaWithCaseReview(situation) === undefined
      ? undefined
      : reason(
          'TEP-2.4',
          'The equality impact assessment is reviewed with every case review: a review can lift the restriction, but not continue or vary it, until the assessment is reviewed (eia-reviewed) and found proportionate.',
        ),
};

/**
 * TEP-2.4: "Reviews [of the EIA] should be undertaken aligned to when the case is regularly
 * reviewed": where the policy requires an EIA before restriction, a case review that keeps or
 * varies a restriction needs the EIA assessed since the last case review (or the restriction's
 * start), so each case review has its EIA review, made first.
 */
function eiaWithCaseReview(situation: Situation): Failure | undefined {
  const { state, policy, atMs } = situation;
  if (!policy.formalAction.eiaBeforeRestriction || state.eia === undefined) return undefined;
  if (eiaReviewedForCaseReview(state, atMs)) return undefined;
  return refusal(
    'EIA_REQUIRED',
    'The equality impact assessment has not been reviewed since the last case review (or since the restriction was imposed): review it (eia-reviewed) with this case review, before deciding to keep or vary the restriction.',
    [
      reason(
        'TEP-2.4',
        'The equality impact assessment is reviewed with every case review; its review determines whether the procedure continues.',
      ),
    ],
  );
}

/** TEP-4.6: whether the event records an immediate risk to safety. */
type RiskEvent = EventOf<'legal-action-taken'> | EventOf<'police-notified'>;
const immediateRisk = (event: RiskEvent): boolean =>
  event.type === 'police-notified' ? event.immediateRisk : event.immediateRiskBecause !== undefined;

/** As `eiaBefore('formal-action')`, except for an immediate risk to safety (TEP-4.6). */
export const eiaUnlessImmediateRisk: Guard<RiskEvent> = {
  code: 'EIA_REQUIRED',
  rule: 'TEP-2.3',
  check: (context) => (immediateRisk(context.event) ? undefined : eiaCheck('formal-action', context)),
  hint: (situation) =>
    eiaCheck('formal-action', situation) === undefined
      ? undefined
      : reason(
          'TEP-4.6',
          'With no current equality impact assessment, this step can be taken only for an immediate risk to safety.',
        ),
};

/** TEP-2.4: an EIA to review. */
export const eiaOnFile: Precondition = {
  code: 'INVALID_TRANSITION',
  rule: 'TEP-2.4',
  check: ({ state }) =>
    state.eia === undefined
      ? refusal(
          'INVALID_TRANSITION',
          'There is no equality impact assessment to review: complete one first.',
          [reason('TEP-2.4', 'The equality impact assessment is reviewed once it has been completed.')],
        )
      : undefined,
};

// ---------------------------------------------------------------------------------------------
// TEP-4.2: a voluntary (informal) arrangement before formal action.

type FormalEvent =
  | EventOf<'written-warning-issued'>
  | EventOf<'restriction-imposed'>
  | EventOf<'complaint-investigation-declined'>;

const informalMissing = ({ state, policy }: Situation): boolean =>
  policy.formalAction.informalActionBeforeFormalAction && state.informalActions.length === 0;

/** The reason recorded for going straight to formal action, if any: its own, or a restriction's warning skip (TEP-4.5). */
const informalSkipOf = (event: FormalEvent): string | undefined =>
  event.informalSkippedBecause ??
  (event.type === 'restriction-imposed' ? event.warningSkippedBecause : undefined);

/**
 * TEP-4.2, TEP-4.5: "We will try to reach a voluntary (informal) arrangement before taking
 * formal action": a written warning, or a restriction, with no informal action on file records
 * why it goes straight to formal action (`informalSkippedBecause`; for a restriction, its
 * `warningSkippedBecause` also says so), as the policy requires.
 */
export const informalActionFirst: Guard<FormalEvent> = {
  code: 'INFORMAL_ACTION_REQUIRED',
  rule: 'TEP-4.2',
  check: (context) => {
    if (!informalMissing(context) || informalSkipOf(context.event) !== undefined) return undefined;
    return refusal(
      'INFORMAL_ACTION_REQUIRED',
      'No voluntary (informal) arrangement is on file: try a supportive approach or an initial warning first (informal-action-taken), or record why the behaviour means going straight to formal action (informalSkippedBecause).',
      [
        settingReason(
          context.policy,
          'formalAction.informalActionBeforeFormalAction',
          'A voluntary (informal) arrangement is tried before formal action: a supportive approach, or an initial warning recorded on file.',
        ),
        reason(
          'TEP-4.5',
          'Formal action may come without the steps before it because of the seriousness of the behaviour, case by case, with the reason recorded.',
        ),
      ],
      [issue(context, 'informalSkippedBecause', 'expected the reason no informal action came first')],
    );
  },
  hint: (situation) =>
    informalMissing(situation)
      ? reason(
          'TEP-4.2',
          'No informal action is on file: formal action must record why it goes straight to formal action (informalSkippedBecause).',
        )
      : undefined,
};

// ---------------------------------------------------------------------------------------------
// TEP-4.4, TEP-4.5: a written warning before restriction, unless the reason to skip it is recorded.

/** How a warning was given, as a sentence says it. */
export const FORM_WORDS = {
  letter: 'letter',
  email: 'email',
  'recorded-phone-call': 'a recorded phone call',
} as const;

/** TEP-4.4, TEP-4.5 */
export const writtenWarningFirst: Guard<EventOf<'restriction-imposed'>> = {
  code: 'WARNING_REQUIRED',
  rule: 'TEP-4.4',
  check: (context) => {
    if (context.event.warningSkippedBecause !== undefined || !warningMissing(context)) return undefined;
    const uncounted = context.state.writtenWarnings.at(-1);
    const forms = context.policy.formalAction.warningForms.join(', ');
    return refusal(
      'WARNING_REQUIRED',
      uncounted === undefined
        ? 'No formal written warning is on file: send one first, or record why the seriousness of the behaviour means invoking the procedure without one (warningSkippedBecause).'
        : `The warning on file (dated ${describeDate(uncounted.letterDate)}) was given by ${FORM_WORDS[uncounted.form ?? 'letter']}, which this policy does not count as the written warning before restriction (it counts: ${forms}): send one in a form it counts first, or record why the seriousness of the behaviour means invoking the procedure without one (warningSkippedBecause).`,
      [
        ...(uncounted === undefined
          ? []
          : [
              settingReason(
                context.policy,
                'formalAction.warningForms',
                `A warning counts as the written warning before restriction only in these forms: ${forms}.`,
              ),
            ]),
        settingReason(
          context.policy,
          'formalAction.writtenWarningBeforeRestriction',
          'If the behaviour continues, a formal written warning goes on file; contact is restricted if it persists after that.',
        ),
        reason(
          'TEP-4.5',
          'The procedure may be invoked without a written warning because of the seriousness of the behaviour, case by case, with the reason recorded.',
        ),
      ],
      [issue(context, 'warningSkippedBecause', 'expected the reason no written warning came first')],
    );
  },
  hint: (situation) =>
    warningMissing(situation)
      ? reason(
          'TEP-4.5',
          'No written warning is on file: a restriction must record why the seriousness of the behaviour means invoking the procedure without one (warningSkippedBecause).',
        )
      : undefined,
};

const warningMissing = (situation: Situation): boolean =>
  situation.policy.formalAction.writtenWarningBeforeRestriction && countedWarnings(situation).length === 0;

/**
 * TEP-4.4: the warnings on file that count as the written warning before restriction: those in a
 * form the policy counts (`formalAction.warningForms`; a warning recorded with no form is a letter).
 */
export const countedWarnings = ({ state, policy }: Pick<Situation, 'state' | 'policy'>) =>
  state.writtenWarnings.filter((warning) =>
    policy.formalAction.warningForms.includes(warning.form ?? 'letter'),
  );

/** The moment the last counted written warning took effect: when issued, or the start of its letter's day if later. */
function lastWarnedMs(situation: Situation): number | undefined {
  const { policy } = situation;
  const last = countedWarnings(situation).at(-1);
  if (last === undefined) return undefined;
  return Math.max(instantMs(last.at), instantMs(startOfDay(last.letterDate, policy.timeZone)));
}

/** Whether one of the incidents, counted as evidence, occurred after the last written warning. */
function persistedAfterWarning(situation: Situation, evidence: readonly string[]): boolean {
  const warnedMs = lastWarnedMs(situation);
  if (warnedMs === undefined) return true;
  return situation.state.incidents.some(
    (incident) =>
      evidence.includes(incident.id) &&
      whyNotEvidence(incident, situation.policy) === undefined &&
      instantMs(incident.occurredAt) > warnedMs,
  );
}

/**
 * TEP-4.4, TEP-5.1: "if it persists after that": once a written warning is on file, a restriction
 * rests on at least one incident that occurred after the last one, unless the procedure is
 * invoked for the seriousness of the behaviour (`warningSkippedBecause`, TEP-4.5).
 */
export const behaviourPersisted: Guard<EventOf<'restriction-imposed'>> = {
  code: 'BEHAVIOUR_NOT_PERSISTED',
  rule: 'TEP-4.4',
  check: (context) => {
    if (context.event.warningSkippedBecause !== undefined) return undefined;
    if (persistedAfterWarning(context, evidenceOf(context))) return undefined;
    const last = countedWarnings(context).at(-1);
    return refusal(
      'BEHAVIOUR_NOT_PERSISTED',
      `No incident the restriction rests on occurred after the written warning dated ${describeDate(last?.letterDate ?? context.on)}: contact is restricted if the behaviour persists after the warning. Record the later incident, or why the seriousness of the behaviour means restricting now (warningSkippedBecause).`,
      [
        reason(
          'TEP-4.4',
          'If the behaviour continues, a formal written warning goes on file; contact is restricted if it persists after that.',
        ),
        reason(
          'TEP-5.1',
          'Contact is restricted where warnings were given and the behaviour did not change.',
        ),
        reason(
          'TEP-4.5',
          'The procedure may be invoked without waiting, because of the seriousness of the behaviour, case by case, with the reason recorded.',
        ),
      ],
      [
        issue(
          context,
          context.event.evidence === undefined ? '' : 'evidence',
          'expected an incident that occurred after the last written warning',
        ),
      ],
    );
  },
  hint: (situation) =>
    persistedAfterWarning(situation, customerIncidentIds(situation.state, situation.policy))
      ? undefined
      : reason(
          'TEP-4.4',
          'No incident is recorded since the last written warning: a restriction now must record why the seriousness of the behaviour means restricting without it persisting (warningSkippedBecause).',
        ),
};

// ---------------------------------------------------------------------------------------------
// NF-1: the incidents a step rests on.

/** NF-1: at least one incident of the customer's behaviour is recorded on the case. */
export const incidentOnFile: Precondition = {
  code: 'EVIDENCE_REQUIRED',
  rule: 'NF-1',
  check: ({ state, policy }) =>
    customerIncidentIds(state, policy).length === 0
      ? refusal(
          'EVIDENCE_REQUIRED',
          'No incident of the customer’s behaviour that this policy covers is recorded on the case: a formal step must rest on recorded incidents.',
          [
            reason(
              'NF-1',
              'The landlord must be able to evidence the reasons for a restriction or warning: the incidents it rests on.',
            ),
            reason(
              'HAB-1',
              'Staff conduct, conduct aimed at neighbours or other residents, and behaviour that is only upset, angry, forceful or a raised voice are not evidence under this policy.',
            ),
          ],
        )
      : undefined,
};

type EvidenceEvent = EventOf<'restriction-imposed'> | EventOf<'written-warning-issued'>;

/** The incident ids a step rests on: those it names, or else every incident of the customer's behaviour on the case. */
export const evidenceOf = (context: Context<EvidenceEvent>): string[] =>
  context.event.evidence ?? customerIncidentIds(context.state, context.policy);

type NotEvidenceRule = NonNullable<ReturnType<typeof whyNotEvidence>>['rule'];

/** The sentence each rule of `whyNotEvidence` adds to a refusal. */
const NOT_EVIDENCE_RULES: Record<NotEvidenceRule, string> = {
  'SC-1':
    'A member of staff’s conduct towards a resident is staff conduct, never evidence of the resident’s behaviour.',
  'HAB-1':
    'Conduct aimed at neighbours or other residents is anti-social behaviour, handled under the ASB policy, not this one.',
  'TEP-1':
    'Forceful or determined is not unacceptable, and being upset or angry is understandable; behaviour a competent colleague is expected to deal with is not unacceptable (TEP 3).',
};

/**
 * NF-1, SC-1, HAB-1, TEP-1: every incident named as evidence is recorded on the case and is
 * behaviour this policy covers (`whyNotEvidence`).
 */
export const evidenceRecorded: Guard<EvidenceEvent> = {
  code: 'EVIDENCE_REQUIRED',
  rule: 'NF-1',
  check: (context) => {
    const named = context.event.evidence;
    if (named === undefined) return undefined;
    const issues: Issue[] = [];
    const rules = new Set<NotEvidenceRule>();
    named.forEach((id, index) => {
      const incident = context.state.incidents.find((recorded) => recorded.id === id);
      if (incident === undefined) {
        issues.push(
          issue(
            context,
            `evidence[${index}]`,
            `expected an incident recorded on the case, found no incident '${id}'`,
          ),
        );
      } else {
        const notEvidence = whyNotEvidence(incident, context.policy);
        if (notEvidence !== undefined) {
          rules.add(notEvidence.rule);
          issues.push(
            issue(context, `evidence[${index}]`, `incident '${id}' is not evidence: ${notEvidence.why}`),
          );
        }
      }
    });
    if (issues.length === 0) return undefined;
    return refusal(
      'EVIDENCE_REQUIRED',
      `The evidence names incidents the case does not hold as behaviour this policy covers: ${issues.map((i) => i.message).join('; ')}.`,
      [
        reason(
          'NF-1',
          'Every restriction records the incidents it rests on, and those incidents are on the case.',
        ),
        ...[...rules].map((rule) => reason(rule, NOT_EVIDENCE_RULES[rule])),
      ],
      issues,
    );
  },
};

/** An incident's id, the key the guards look incidents up by (`holds`). */
const incidentId = (incident: CaseState['incidents'][number]): string => incident.id;

/** The incident an event names, if any, is on the case. */
export const incidentNamedIsRecorded = <E extends CaseEvent & { incidentId?: string }>(): Guard<E> => ({
  code: 'EVIDENCE_REQUIRED',
  rule: 'NF-1',
  check: (context) => {
    const id = context.event.incidentId;
    if (id === undefined || holds(context.state.incidents, id, incidentId)) return undefined;
    return refusal(
      'EVIDENCE_REQUIRED',
      `The event names incident '${id}', which is not recorded on the case: record it first.`,
      [reason('NF-1', 'The incidents a decision rests on are recorded on the case.')],
      [issue(context, 'incidentId', `expected an incident recorded on the case, found no incident '${id}'`)],
    );
  },
});

/** NF-1: an incident is recorded once it has happened, never dated after the event recording it. */
export const incidentAlreadyHappened: Guard<EventOf<'incident-recorded'>> = {
  code: 'INVALID_INPUT',
  rule: 'NF-1',
  check: (context) => {
    const { occurredAt } = context.event.incident;
    if (instantMs(occurredAt) <= context.atMs) return undefined;
    return refusal(
      'INVALID_INPUT',
      `The incident is dated ${occurredAt}, after the event recording it (${context.at}): an incident is recorded once it has happened.`,
      [reason('NF-1', 'The incidents a decision rests on are recorded on the case as they happened.')],
      [issue(context, 'incident.occurredAt', `expected an instant at or before ${context.at}`)],
    );
  },
};

/** An incident id is recorded once. */
export const incidentIsNew: Guard<EventOf<'incident-recorded'>> = {
  code: 'INVALID_INPUT',
  rule: 'NF-1',
  check: (context) => {
    const id = context.event.incident.id;
    if (!holds(context.state.incidents, id, incidentId)) return undefined;
    return refusal(
      'INVALID_INPUT',
      `Incident '${id}' is already recorded on the case.`,
      [],
      [issue(context, 'incident.id', `expected a new incident id, '${id}' is already recorded`)],
    );
  },
};

// ---------------------------------------------------------------------------------------------
// TEP-5: imposing a restriction.

/** A restriction id is used once on a case. */
export const restrictionIdIsNew: Guard<EventOf<'restriction-imposed'>> = {
  code: 'INVALID_INPUT',
  rule: 'TEP-5.2',
  check: (context) => {
    const id = context.event.restriction.id;
    if (!context.state.restrictions.some((restriction) => restriction.id === id)) return undefined;
    return refusal(
      'INVALID_INPUT',
      `A restriction '${id}' is already on the case.`,
      [],
      [issue(context, 'restriction.id', `expected a new restriction id, '${id}' is already used`)],
    );
  },
};

/** TEP-5.2: the restriction's length, stated or taken from the policy. */
export const lengthKnown: Guard<EventOf<'restriction-imposed'>> = {
  code: 'LENGTH_REQUIRED',
  rule: 'TEP-5.2',
  check: (context) => {
    if (context.event.restriction.months !== undefined || !lengthNeeded(context)) return undefined;
    return refusal(
      'LENGTH_REQUIRED',
      `The policy '${context.policy.id}' sets no default length: the decision must state how long the restriction lasts.`,
      [
        settingReason(
          context.policy,
          'restriction.defaultMonths',
          'The customer is told in writing how long the restriction will be in place.',
        ),
      ],
      [issue(context, 'restriction.months', 'expected the restriction length in whole months')],
    );
  },
  hint: (situation) =>
    lengthNeeded(situation)
      ? reason(
          'TEP-5.2',
          'The policy sets no default length: the restriction must state its length in months.',
        )
      : undefined,
};

/** A decision must state its length: the policy has no default, and is not open-ended. */
const lengthNeeded = ({ policy }: Situation): boolean =>
  policy.restriction.defaultMonths === null && !policy.restriction.openEnded;

/**
 * TEP-5.2: a restriction lasts any length up to the policy's `restriction.maxMonths`; a decision
 * imposing or varying it to a longer one is refused (`LENGTH_OVER_MAXIMUM`), naming the length.
 */
export const lengthWithinMaximum: Guard<LengthEvent> = {
  code: 'LENGTH_OVER_MAXIMUM',
  rule: 'TEP-5.2',
  check: (context) => {
    const months = monthsOf(context.event);
    if (months === undefined) return undefined;
    const path = context.event.type === 'restriction-imposed' ? 'restriction.months' : 'months';
    return lengthOverMaximum(months, context.policy, `${context.root}.${path}`);
  },
  hint: ({ policy }) => {
    const max = policy.restriction.maxMonths;
    return max === null
      ? undefined
      : settingReason(policy, 'restriction.maxMonths', `A restriction may last at most ${max} months.`);
  },
};

/**
 * Under a policy counting the appeal window from the day the customer actually received the
 * decision letter, a decision with a new letter records that day (`letterReceivedOn`), so the
 * last day to appeal can be worked out (`RECEIVED_ON_REQUIRED`).
 */
export const receiptRecorded: Guard<LengthEvent> = {
  code: 'RECEIVED_ON_REQUIRED',
  rule: 'TEP-11.2',
  check: (context) => {
    const { event, policy } = context;
    if (policy.appeal?.window.countFrom !== 'actual-receipt') return undefined;
    if (event.decisionLetterDate === undefined || event.letterReceivedOn !== undefined) return undefined;
    return refusal(
      'RECEIVED_ON_REQUIRED',
      'The policy counts the time to appeal from the day the customer actually received the decision letter: record that day (letterReceivedOn).',
      [
        settingReason(
          policy,
          'appeal.window',
          'The time to appeal runs from the day the customer received the decision letter.',
        ),
      ],
      [
        issue(
          context,
          'letterReceivedOn',
          'expected the civil date the customer received the decision letter',
        ),
      ],
    );
  },
  hint: ({ policy }) =>
    policy.appeal?.window.countFrom === 'actual-receipt'
      ? reason(
          'TEP-11.2',
          'The time to appeal runs from the day the customer received the decision letter: a decision with a letter records it (letterReceivedOn).',
        )
      : undefined,
};

/**
 * How many days before the event recording a decision its letter may be dated: our own default,
 * for a decision recorded after the letter went out. Any earlier and the appeal window (TEP-11.2)
 * would have run down before the decision was on record.
 *
 * @example
 * DECISION_LETTER_RECORDED_WITHIN_DAYS // => 30
 */
export const DECISION_LETTER_RECORDED_WITHIN_DAYS = 30;

type DatedEvent = EventOf<'restriction-imposed'> | EventOf<'restriction-varied'>;

/** The issues with a decision's dates (see `decisionDatesHold`). */
function decisionDateIssues(context: Context<DatedEvent>): Issue[] {
  const { event, on, state, policy } = context;
  const issues: Issue[] = [];
  const letter = event.decisionLetterDate;
  const stated = event.appealLastDayStated;
  if (stated !== undefined && (letter === undefined || stated < letter)) {
    issues.push(
      issue(
        context,
        'appealLastDayStated',
        letter === undefined
          ? 'expected the new decision letter (decisionLetterDate) that stated this last day to appeal'
          : `expected a last day to appeal on or after the date on the letter (${letter})`,
      ),
    );
  }
  const received = event.letterReceivedOn;
  if (received !== undefined) {
    const problem =
      letter === undefined
        ? 'expected the new decision letter (decisionLetterDate) that was received'
        : received < letter
          ? `expected a day on or after the date on the letter (${letter})`
          : received > on
            ? `expected a day on or before the decision is recorded (${on})`
            : undefined;
    if (problem !== undefined) issues.push(issue(context, 'letterReceivedOn', problem));
  }
  const earliestLetter = addDays(on, -DECISION_LETTER_RECORDED_WITHIN_DAYS);
  if (letter !== undefined && letter < earliestLetter) {
    issues.push(
      issue(
        context,
        'decisionLetterDate',
        `expected a letter dated no more than ${DECISION_LETTER_RECORDED_WITHIN_DAYS} days before the decision is recorded (${on}), on or after ${earliestLetter}`,
      ),
    );
  }
  if (event.type === 'restriction-imposed') {
    const { startsOn } = event.restriction;
    if (startsOn < on) {
      issues.push(
        issue(
          context,
          'restriction.startsOn',
          `expected a day on or after the decision (${on}): a restriction cannot be in force before it is decided`,
        ),
      );
    }
    if (event.decisionLetterDate > startsOn) {
      issues.push(
        issue(
          context,
          'decisionLetterDate',
          `expected a letter dated on or before the restriction starts (${startsOn}): the customer is told in writing before it binds them`,
        ),
      );
    }
    // The letter cannot predate what it rests on: the last written warning and the evidence.
    const evidence = event.evidence ?? customerIncidentIds(state, context.policy);
    const restsOn = [
      ...state.writtenWarnings.map((warning) => warning.letterDate),
      ...state.incidents
        .filter((incident) => evidence.includes(incident.id))
        .map((incident) => civilDateOf(incident.occurredAt, policy.timeZone)),
    ];
    const latest = latestDate(restsOn);
    if (latest !== undefined && event.decisionLetterDate < latest) {
      issues.push(
        issue(
          context,
          'decisionLetterDate',
          `expected a letter dated on or after ${latest}, the last warning or incident the decision rests on`,
        ),
      );
    }
  } else if (letter !== undefined) {
    const target = targetRestriction(context, 'current');
    if (!isFailure(target) && letter < target.decisionLetterDate) {
      issues.push(
        issue(
          context,
          'decisionLetterDate',
          `expected a letter dated on or after the decision it varies (${target.decisionLetterDate})`,
        ),
      );
    }
  }
  return issues;
}

/**
 * TEP-5.2, TEP-11.2: a decision's dates hang together. A restriction starts no earlier than the
 * day it is decided (the event's day, in the policy's zone). Its decision letter is dated on or
 * before the start, on or after the last written warning and the latest incident it rests on, and
 * no more than `DECISION_LETTER_RECORDED_WITHIN_DAYS` before the event. A variation's new letter
 * is dated on or after the letter of the decision it varies, within the same bound.
 */
export const decisionDatesHold: Guard<DatedEvent> = {
  code: 'INVALID_INPUT',
  rule: 'TEP-5.2',
  check: (context) => {
    const issues = decisionDateIssues(context);
    if (issues.length === 0) return undefined;
    return refusal(
      'INVALID_INPUT',
      `The decision's dates do not hang together: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}.`,
      [
        reason(
          'TEP-5.2',
          'The customer is told in writing of the restriction, its reasons and how long it lasts: it cannot be in force before it is decided and told.',
        ),
        reason(
          'TEP-11.2',
          'The time to appeal runs from the date on the decision letter, so that date must be true.',
        ),
      ],
      issues,
    );
  },
};

type MeasuresEvent = EventOf<'restriction-imposed'> | EventOf<'restriction-varied'>;

const measuresOf = (event: MeasuresEvent): readonly Measure[] | undefined =>
  event.type === 'restriction-imposed' ? event.restriction.measures : event.measures;

const measuresPath = (event: MeasuresEvent): string =>
  event.type === 'restriction-imposed' ? 'restriction.measures' : 'measures';

/** NF-2: no measure conflicts with a need recorded in the EIA unless an adjustment or a justification is recorded. */
export const proportionateMeasures: Guard<MeasuresEvent> = {
  code: 'DISPROPORTIONATE_MEASURE',
  rule: 'NF-2',
  check: (context) => {
    const measures = measuresOf(context.event);
    if (measures === undefined || context.state.eia === undefined) return undefined;
    if (context.event.adjustments !== undefined || context.event.justification !== undefined)
      return undefined;
    const conflicts = conflictsOf(context.state.eia.needs, measures);
    if (conflicts.length === 0) return undefined;
    const path = measuresPath(context.event);
    return refusal(
      'DISPROPORTIONATE_MEASURE',
      `A measure conflicts with a need recorded in the equality impact assessment (${conflicts.map((c) => c.need).join(', ')}): record the reasonable adjustment made (adjustments) or why the measure is still justified (justification).`,
      [
        reason(
          'NF-2',
          'A contact restriction must be proportionate and show regard for the Equality Act 2010: a measure that conflicts with a recorded need needs an adjustment or a recorded justification.',
        ),
        ...conflicts.map((conflict) =>
          reason(
            'TEP-2.2',
            `The '${conflict.measure.kind}' measure conflicts with '${conflict.need}': ${conflict.why}.`,
          ),
        ),
      ],
      conflicts.map((conflict) =>
        issue(
          context,
          `${path}[${conflict.measureIndex}]`,
          `conflicts with the recorded need '${conflict.need}': ${conflict.why}`,
        ),
      ),
    );
  },
};

/**
 * TEP-6: a `spoc-only` measure needs a SPOC, named in the decision or already assigned, whether
 * the restriction is imposed with it or varied to it; and only one SPOC at a time.
 */
export const spocForSpocOnly: Guard<MeasuresEvent> = {
  code: 'SPOC_REQUIRED',
  rule: 'TEP-6',
  check: (context) => {
    const { event } = context;
    const named = event.type === 'restriction-imposed' ? event.restriction.spoc : undefined;
    const current = context.state.spoc;
    if (named !== undefined && current !== undefined && named.staffId !== current.staffId) {
      return refusal(
        'INVALID_INPUT',
        `The case's SPOC is already ${current.name} (${current.staffId}): change it with a spoc-handover, so the customer is told.`,
        [reason('TEP-6', 'If the SPOC hands over, even temporarily, the customer must be told.')],
        [issue(context, 'restriction.spoc', `expected the case's SPOC '${current.staffId}' or none`)],
      );
    }
    const needsSpoc = (measuresOf(event) ?? []).some((measure) => measure.kind === 'spoc-only');
    if (!needsSpoc || named !== undefined || current !== undefined) return undefined;
    const imposed = event.type === 'restriction-imposed';
    return refusal(
      'SPOC_REQUIRED',
      imposed
        ? 'Contact through a single point of contact only needs the SPOC named: the customer is told who it is.'
        : 'The variation makes contact through a single point of contact only, and the case has none: assign a SPOC (spoc-assigned) first, so the customer is told who it is.',
      [reason('TEP-6', 'The SPOC is a designated colleague, named to the customer in the decision letter.')],
      [
        issue(
          context,
          imposed ? 'restriction.spoc' : 'measures',
          imposed
            ? 'expected the SPOC { staffId, name } for the spoc-only measure'
            : 'expected a SPOC assigned to the case before a spoc-only measure',
        ),
      ],
    );
  },
};

/** Who an event would make (or keep as) the SPOC, and where the event names them, if it does. */
interface SpocUsed {
  readonly spoc: Spoc | undefined;
  /** The event's path naming the SPOC; absent when it is the case's current SPOC. */
  readonly path?: string;
}

/** The staff member a protection keeps from the resident, the key `holds` looks protections up by. */
const protectedId = (protection: CaseState['protections'][number]): string => protection.staffId;

/**
 * SC-2: a staff member the resident has reported takes no step on the resident's case while the
 * protection is in force, alone or as a co-decider (`jointlyWith`): "that staff member must have
 * no further contact with the resident until the resident is satisfied with the outcome". Another
 * colleague takes the step. Recording an incident is not refused (the evidence is kept whoever
 * records it; the audit reports it), nor are the report itself and corrections of the record.
 */
export const actorNotReported: Guard<CaseEvent> = {
  code: 'PROTECTION_IN_FORCE',
  rule: 'SC-2',
  check: (context) => {
    const { event } = context;
    const deciders = [event.by, ...(event.jointlyWith ?? []).map((decider) => decider.by)];
    // Nobody deciding was ever reported: no protection to read (`holds` reads on inside the fold).
    const { protections } = context.state;
    if (!deciders.some((staffId) => holds(protections, staffId, protectedId))) return undefined;
    const reported = protectedStaff(context.state, context.atMs);
    const index = deciders.findIndex((staffId) => reported.has(staffId));
    if (index === -1) return undefined;
    const staffId = deciders[index] as string;
    return refusal(
      'PROTECTION_IN_FORCE',
      `${staffId} was reported by the resident for their conduct and has no further contact with the resident until the resident is satisfied with the outcome: another colleague takes this step ('${event.type}').`,
      [
        reason(
          'SC-2',
          'Once a resident reports a staff member’s conduct, that staff member has no further contact with the resident until the resident is satisfied with the outcome.',
        ),
      ],
      [
        issue(
          context,
          index === 0 ? 'by' : `jointlyWith[${index - 1}].by`,
          `expected a colleague other than '${staffId}', whom the resident reported (SC-2)`,
        ),
      ],
    );
  },
};

/**
 * SC-2: a staff member the resident has reported never becomes, or stays, the single point of
 * contact their contact is channelled through: not by assignment or handover, and not by a
 * restriction imposed or varied while the case's SPOC is the one reported.
 */
export const spocNotProtected = <E extends CaseEvent>(
  spocOf: (context: Context<E>) => SpocUsed,
): Guard<E> => ({
  code: 'PROTECTION_IN_FORCE',
  rule: 'SC-2',
  check: (context) => {
    const { spoc, path } = spocOf(context);
    if (spoc === undefined || !protectedStaff(context.state, context.atMs).has(spoc.staffId))
      return undefined;
    const sc2 = reason(
      'SC-2',
      'Once a resident reports a staff member’s conduct, that staff member has no further contact with the resident until the resident is satisfied with the outcome.',
    );
    if (path !== undefined) {
      return refusal(
        'PROTECTION_IN_FORCE',
        `${spoc.name} (${spoc.staffId}) was reported by the resident for their conduct: they have no contact with the resident until the resident is satisfied with the outcome.`,
        [sc2],
        [issue(context, path, `expected a SPOC other than '${spoc.staffId}'`)],
      );
    }
    return refusal(
      'PROTECTION_IN_FORCE',
      `The case's SPOC, ${spoc.name} (${spoc.staffId}), was reported by the resident for their conduct: hand over to another colleague (spoc-handover) before contact is channelled through a SPOC again.`,
      [
        sc2,
        reason(
          'TEP-6',
          'The SPOC is the designated colleague contact is channelled through; if the SPOC hands over, the customer must be told.',
        ),
      ],
    );
  },
});

// ---------------------------------------------------------------------------------------------
// Steps on a restriction already decided.

type RestrictionMode = 'current' | 'in-force';
const MODE_WORDS: Record<RestrictionMode, string> = {
  current: 'current (decided, not lifted or ended)',
  'in-force': 'in force',
};
const matches = (mode: RestrictionMode, restriction: RestrictionRecord, atMs: number): boolean =>
  mode === 'current' ? isCurrent(restriction, atMs) : isInForce(restriction, atMs);

/** A restriction current (or in force) at the event, for steps on one. */
export const restrictionExists = (mode: RestrictionMode, rule: RuleId): Precondition => ({
  code: 'NO_ACTIVE_RESTRICTION',
  rule,
  check: ({ state, atMs }) =>
    state.restrictions.some((restriction) => matches(mode, restriction, atMs))
      ? undefined
      : refusal('NO_ACTIVE_RESTRICTION', `No restriction is ${MODE_WORDS[mode]} on the case at this time.`, [
          reason(rule, 'This step concerns a restriction on contact, and the case has none at this time.'),
        ]),
});

type TargetEvent = CaseEvent & { restrictionId?: string };

/**
 * The restriction an event concerns: the one it names, or the only one current (in force). A
 * `Failure` when it names one that is not, or names none while several are.
 */
export function targetRestriction(
  context: Context<TargetEvent>,
  mode: RestrictionMode,
): RestrictionRecord | Failure {
  const { state, atMs, event } = context;
  const id = event.restrictionId;
  if (id !== undefined) {
    const named = state.restrictions.find((restriction) => restriction.id === id);
    if (named !== undefined && matches(mode, named, atMs)) return named;
    return refusal(
      'NO_ACTIVE_RESTRICTION',
      named === undefined
        ? `The case has no restriction '${id}'.`
        : `Restriction '${id}' is not ${MODE_WORDS[mode]} at this time.`,
      [],
      [issue(context, 'restrictionId', `expected a restriction ${MODE_WORDS[mode]} on the case`)],
    );
  }
  const candidates = state.restrictions.filter((restriction) => matches(mode, restriction, atMs));
  if (candidates.length === 1 && candidates[0] !== undefined) return candidates[0];
  return refusal(
    candidates.length === 0 ? 'NO_ACTIVE_RESTRICTION' : 'INVALID_INPUT',
    candidates.length === 0
      ? `No restriction is ${MODE_WORDS[mode]} on the case at this time.`
      : `Several restrictions are ${MODE_WORDS[mode]} (${candidates.map((r) => r.id).join(', ')}): name one in restrictionId.`,
    [],
    [issue(context, 'restrictionId', 'expected the id of the restriction this event concerns')],
  );
}

export const isFailure = (value: object): value is Failure => 'code' in value && 'issues' in value;

/** The event's restriction resolves (see `targetRestriction`). */
export const restrictionResolves = <E extends TargetEvent>(
  mode: RestrictionMode,
  rule: RuleId,
): Guard<E> => ({
  code: 'NO_ACTIVE_RESTRICTION',
  rule,
  check: (context) => {
    const target = targetRestriction(context, mode);
    return isFailure(target) ? target : undefined;
  },
});

/** NF-2: the current restrictions whose measures conflict with a need on file that no recorded answer covers. */
function conflictedRestrictions({ state, atMs }: Situation): { id: string; conflicts: MeasureConflict[] }[] {
  const needs = state.eia?.needs ?? [];
  return currentRestrictions(state, atMs)
    .map((restriction) => ({ id: restriction.id, conflicts: unansweredConflicts(needs, restriction) }))
    .filter((found) => found.conflicts.length > 0);
}

/** The steps that keep or enforce a restriction's measures as they are (NF-2). */
type EnforcingEvent =
  | EventOf<'case-reviewed'>
  | EventOf<'breach-warning-issued'>
  | EventOf<'legal-action-taken'>;

/** What an enforcing step would do, in words, and whether it does (a review that lifts, or legal action for an immediate risk, does not). */
function enforces(event: EnforcingEvent): { what: string; path: string } | undefined {
  switch (event.type) {
    case 'case-reviewed':
      return event.outcome === 'continue' ? { what: 'continuing it', path: 'outcome' } : undefined;
    case 'breach-warning-issued':
      return { what: 'warning the customer for breaching it', path: '' };
    case 'legal-action-taken':
      return event.immediateRiskBecause === undefined
        ? { what: 'taking legal action over it', path: 'step' }
        : undefined;
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

/**
 * NF-2, TEP-10, TEP-8: a restriction's measures are kept (a review that continues them) or
 * enforced (a breach warning, legal action, save for an immediate risk, TEP-4.6) only when they
 * answer every need now on file: a need recorded since the decision that conflicts with a measure
 * is met by varying the measure, or by recording adjustments or a justification
 * (`restriction-varied`), first.
 */
export const measuresAnswerNeeds: Guard<EnforcingEvent> = {
  code: 'DISPROPORTIONATE_MEASURE',
  rule: 'NF-2',
  check: (context) => {
    const step = enforces(context.event);
    if (step === undefined) return undefined;
    const conflicted = conflictedRestrictions(context);
    if (conflicted.length === 0) return undefined;
    const all = conflicted.flatMap((found) =>
      found.conflicts.map((conflict) => ({ id: found.id, conflict })),
    );
    return refusal(
      'DISPROPORTIONATE_MEASURE',
      `The measures conflict with needs recorded since they were decided (${all.map(({ id, conflict }) => `restriction '${id}': '${conflict.measure.kind}' and '${conflict.need}'`).join('; ')}): vary the measure, or record the adjustments made or why it is still justified (restriction-varied), before ${step.what}.`,
      [
        reason(
          'NF-2',
          'A contact restriction must be proportionate and show regard for the Equality Act 2010: a measure that conflicts with a recorded need needs an adjustment or a recorded justification.',
        ),
        ...all.map(({ conflict }) =>
          reason(
            'TEP-2.2',
            `The '${conflict.measure.kind}' measure conflicts with '${conflict.need}': ${conflict.why}.`,
          ),
        ),
      ],
      [issue(context, step.path, 'expected the measures to answer every recorded need first')],
    );
  },
  hint: (situation) =>
    conflictedRestrictions(situation).length === 0
      ? undefined
      : reason(
          'NF-2',
          'A measure conflicts with a need recorded since it was decided: vary it, or record adjustments or a justification, before it is continued or enforced.',
        ),
};

// ---------------------------------------------------------------------------------------------
// TEP-6: the single point of contact.

/** TEP-6: a SPOC in place. */
export const spocInPlace: Precondition = {
  code: 'SPOC_REQUIRED',
  rule: 'TEP-6',
  check: ({ state }) =>
    state.spoc === undefined
      ? refusal('SPOC_REQUIRED', 'The case has no single point of contact.', [
          reason('TEP-6', 'This step concerns the single point of contact, and none is assigned.'),
        ])
      : undefined,
};

/** TEP-6: one SPOC at a time; a change is a handover, which the customer is told of. */
export const noSpocYet: Precondition = {
  code: 'INVALID_TRANSITION',
  rule: 'TEP-6',
  check: ({ state }) =>
    state.spoc === undefined
      ? undefined
      : refusal(
          'INVALID_TRANSITION',
          `The case's SPOC is already ${state.spoc.name} (${state.spoc.staffId}): change it with a spoc-handover, so the customer is told.`,
          [reason('TEP-6', 'If the SPOC hands over, even temporarily, the customer must be told.')],
        ),
};

/** A handover goes to someone else. */
export const handoverToAnother: Guard<EventOf<'spoc-handover'>> = {
  code: 'INVALID_INPUT',
  rule: 'TEP-6',
  check: (context) =>
    context.state.spoc?.staffId !== context.event.to.staffId
      ? undefined
      : refusal(
          'INVALID_INPUT',
          `${context.event.to.name} is already the SPOC.`,
          [],
          [issue(context, 'to.staffId', 'expected a colleague other than the current SPOC')],
        ),
};

/** TEP-6: the SPOC's correspondence and decisions are reviewed by another colleague. */
export const overseenByAnother: Guard<EventOf<'spoc-oversight-reviewed'>> = {
  code: 'DECIDER_NOT_INDEPENDENT',
  rule: 'TEP-6',
  check: (context) =>
    context.state.spoc?.staffId !== context.event.by
      ? undefined
      : refusal(
          'DECIDER_NOT_INDEPENDENT',
          'The SPOC cannot review their own correspondence and decisions.',
          [
            reason(
              'TEP-6',
              'The SPOC’s correspondence and decisions are reviewed by another colleague, quarterly or sooner.',
            ),
          ],
          [issue(context, 'by', 'expected a colleague other than the SPOC')],
        ),
};

// ---------------------------------------------------------------------------------------------
// TEP-8: ignoring restrictions, and legal action in order of gravity.

/** TEP-8: a breach warning follows a recorded breach. */
export const breachOnFile: Precondition = {
  code: 'EVIDENCE_REQUIRED',
  rule: 'TEP-8',
  check: ({ state }) =>
    state.breaches.length > 0
      ? undefined
      : refusal(
          'EVIDENCE_REQUIRED',
          'No breach of a restriction is recorded: a breach warning follows a recorded breach.',
          [
            reason(
              'TEP-8',
              'If the customer continues to disregard contact restrictions, a warning letter is sent.',
            ),
          ],
        ),
};

const legalRule = (context: Context<EventOf<'legal-action-taken'>>): boolean =>
  context.event.immediateRiskBecause === undefined;

/** TEP-8: a breach warning before legal action, and a breach after it: unless there is an immediate risk (TEP-4.6). */
export const breachWarnedAndContinued: Guard<EventOf<'legal-action-taken'>> = {
  code: 'WARNING_REQUIRED',
  rule: 'TEP-8',
  check: (context) => {
    if (!legalRule(context)) return undefined;
    const { state } = context;
    const skip = reason(
      'TEP-4.6',
      'Behaviour that threatens the immediate safety of colleagues or others may lead to legal action without warning: record the risk in immediateRiskBecause.',
    );
    const lastWarning = state.breachWarnings.at(-1);
    if (lastWarning === undefined) {
      return refusal(
        'WARNING_REQUIRED',
        'No breach warning letter has been sent: legal action follows a warning that ignoring the restrictions may lead to it.',
        [
          reason(
            'TEP-8',
            'If the customer continues to disregard contact restrictions, a warning letter is sent first, warning of the action that may follow.',
          ),
          skip,
        ],
      );
    }
    const warnedMs = Date.parse(lastWarning.at);
    if (!state.breaches.some((breach) => Date.parse(breach.at) > warnedMs)) {
      return refusal(
        'EVIDENCE_REQUIRED',
        'No breach is recorded since the breach warning: legal action is considered only if the customer continues to ignore the warning.',
        [
          reason(
            'TEP-8',
            'If the behaviour does not change and the customer continues to ignore the warnings, legal action may be considered.',
          ),
          skip,
        ],
      );
    }
    return undefined;
  },
  hint: ({ state }) =>
    state.breachWarnings.length === 0
      ? reason(
          'TEP-4.6',
          'No breach warning is on file: legal action now needs an immediate risk to safety recorded (immediateRiskBecause).',
        )
      : undefined,
};

/** The legal steps as a letter names them. */
const LEGAL_STEP_WORDS: Record<LegalStep, string> = {
  'legal-warning-letter': 'A legal warning letter',
  injunction: 'Injunction proceedings',
  'civil-restraint-order': 'A civil restraint order',
  'notice-of-seeking-possession': 'A Notice of Seeking Possession',
};

const lowerFirst = (words: string): string => words.charAt(0).toLowerCase() + words.slice(1);

/**
 * TEP-8: legal steps in order of gravity. Each step follows the one before it; a Notice of
 * Seeking Possession follows once "some or all" of them are exhausted, so at least the legal
 * warning letter. An immediate risk (TEP-4.6) may go straight to the step needed.
 */
export const legalStepsInOrder: Guard<EventOf<'legal-action-taken'>> = {
  code: 'LEGAL_STEP_OUT_OF_ORDER',
  rule: 'TEP-8',
  check: (context) => {
    if (!legalRule(context)) return undefined;
    const step = context.event.step;
    const rank = LEGAL_STEPS.indexOf(step);
    if (rank === 0) return undefined;
    const before: LegalStep =
      step === 'notice-of-seeking-possession' ? 'legal-warning-letter' : (LEGAL_STEPS[rank - 1] as LegalStep);
    if (context.state.legalSteps.some((taken) => taken.step === before)) return undefined;
    return refusal(
      'LEGAL_STEP_OUT_OF_ORDER',
      `${LEGAL_STEP_WORDS[before]} must come before ${lowerFirst(LEGAL_STEP_WORDS[step])}: legal steps are taken in order of gravity.`,
      [
        reason(
          'TEP-8',
          'Legal steps follow in order of gravity: a legal warning letter, then injunction proceedings, a civil restraint order, and a Notice of Seeking Possession once some or all of these are exhausted.',
        ),
        reason(
          'TEP-4.6',
          'Only an immediate risk to safety justifies going straight to a graver step (immediateRiskBecause).',
        ),
      ],
      [issue(context, 'step', `expected the '${before}' step first`)],
    );
  },
};

// ---------------------------------------------------------------------------------------------
// TEP-11: appeals and reconsideration.

type ChallengeKind = 'appeal' | 'reconsideration';
const challengesOf = (situation: Situation, kind: ChallengeKind): readonly Challenge[] =>
  kind === 'appeal' ? situation.state.appeals : situation.state.reconsiderations;

/** A challenge waiting for its decision. */
export const challengePending = (kind: ChallengeKind): Precondition => ({
  code: 'INVALID_TRANSITION',
  rule: kind === 'appeal' ? 'TEP-11.2' : 'TEP-11.1',
  check: (situation) =>
    challengesOf(situation, kind).some((challenge) => challenge.outcome === undefined)
      ? undefined
      : refusal('INVALID_TRANSITION', `No ${kind} is waiting for a decision.`, []),
});

type DecidedEvent = EventOf<'appeal-decided'> | EventOf<'reconsideration-decided'>;

/** The pending challenge a decision settles: for the restriction named, or the only one pending. */
export function pendingChallenge(context: Context<DecidedEvent>, kind: ChallengeKind): Challenge | Failure {
  const pending = challengesOf(context, kind).filter(
    (challenge) =>
      challenge.outcome === undefined &&
      (context.event.restrictionId === undefined || challenge.restrictionId === context.event.restrictionId),
  );
  if (pending.length === 1 && pending[0] !== undefined) return pending[0];
  return refusal(
    pending.length === 0 ? 'INVALID_TRANSITION' : 'INVALID_INPUT',
    pending.length === 0
      ? `No ${kind} of restriction '${context.event.restrictionId}' is waiting for a decision.`
      : `Several ${kind}s are waiting (${pending.map((c) => c.restrictionId).join(', ')}): name the restriction in restrictionId.`,
    [],
    [issue(context, 'restrictionId', `expected the restriction whose ${kind} is decided`)],
  );
}

/** The decision settles a pending challenge (see `pendingChallenge`). */
export const challengeResolves = (kind: ChallengeKind): Guard<DecidedEvent> => ({
  code: 'INVALID_TRANSITION',
  rule: kind === 'appeal' ? 'TEP-11.2' : 'TEP-11.1',
  check: (context) => {
    const found = pendingChallenge(context, kind);
    return isFailure(found) ? found : undefined;
  },
});

/** NF-4: an appeal is decided by someone not involved in the decision under appeal. */
export const deciderIndependent: Guard<EventOf<'appeal-decided'>> = {
  code: 'DECIDER_NOT_INDEPENDENT',
  rule: 'NF-4',
  check: (context) => {
    const appeal = pendingChallenge(context, 'appeal');
    if (isFailure(appeal)) return appeal;
    const restriction = context.state.restrictions.find((r) => r.id === appeal.restrictionId);
    if (restriction === undefined) return undefined;
    const { event } = context;
    const deciders = [event.by, ...(event.jointlyWith ?? []).map((decider) => decider.by)];
    const involved = deciders.find((decider) => restriction.decidedBy.includes(decider));
    if (involved === undefined) return undefined;
    const path = involved === event.by ? 'by' : `jointlyWith[${deciders.indexOf(involved) - 1}].by`;
    return refusal(
      'DECIDER_NOT_INDEPENDENT',
      `${involved} took part in the decision under appeal (restriction '${restriction.id}'): someone not involved in it decides the appeal.`,
      [
        reason(
          'NF-4',
          'An appeal is decided by a senior person who was not involved in the decision under appeal.',
        ),
        reason('SH-5', 'The customer confirms their reasons and a senior manager reviews the appeal.'),
      ],
      [issue(context, path, `expected someone other than ${restriction.decidedBy.join(', ')}`)],
    );
  },
};

type ReceivedEvent = EventOf<'appeal-received'> | EventOf<'reconsideration-requested'>;

/** The day a challenge was received: as given, or the civil date of the event. */
export const receivedOnOf = (context: Context<ReceivedEvent>): string =>
  context.event.receivedOn ?? context.on;

/**
 * TEP-11.2, TEP-11.3: some current restriction can be appealed now: none waiting on an appeal
 * already, and none whose current decision an appeal has made final (`appealFinalBy`). On the
 * state alone, so `allowedEvents` never offers an appeal `applyEvent` would refuse.
 */
export const appealOpen: Precondition = {
  code: 'INVALID_TRANSITION',
  rule: 'TEP-11.3',
  check: ({ state, atMs }) =>
    currentRestrictions(state, atMs).some(
      (restriction) =>
        !state.appeals.some((a) => a.restrictionId === restriction.id && a.outcome === undefined) &&
        appealFinalBy(state, restriction) === undefined,
    )
      ? undefined
      : refusal(
          'INVALID_TRANSITION',
          'No current restriction can be appealed now: an appeal is waiting for its decision, or the decision on appeal is final.',
          [
            reason(
              'TEP-11.3',
              'The decision on an appeal is final; a customer still dissatisfied is signposted to the Housing Ombudsman.',
            ),
          ],
        ),
};

/**
 * A challenge is received no later than the event recording it, an appeal no earlier than the
 * decision letter it appeals; one at a time on a restriction; and an appeal decided is final
 * (see `appealFinalBy`).
 */
export const challengeIsNew = (kind: ChallengeKind): Guard<ReceivedEvent> => ({
  code: 'INVALID_TRANSITION',
  rule: kind === 'appeal' ? 'TEP-11.3' : 'TEP-11.1',
  check: (context) => {
    const receivedOn = receivedOnOf(context);
    const receivedPath = context.event.receivedOn === undefined ? 'at' : 'receivedOn';
    if (receivedOn > context.on) {
      return refusal(
        'INVALID_INPUT',
        `The ${kind} cannot be received after the event recording it.`,
        [],
        [issue(context, 'receivedOn', `expected a day on or before ${context.on}`)],
      );
    }
    const target = targetRestriction(context, 'current');
    if (isFailure(target)) return target;
    if (kind === 'appeal' && receivedOn < target.decisionLetterDate) {
      return refusal(
        'INVALID_INPUT',
        `The appeal cannot be received on ${describeDate(receivedOn)}, before the decision letter it appeals, dated ${describeDate(target.decisionLetterDate)}.`,
        [
          reason(
            'TEP-11.2',
            'An appeal is made in writing within the time allowed from the date on the decision letter.',
          ),
        ],
        [issue(context, receivedPath, `expected a day on or after ${target.decisionLetterDate}`)],
      );
    }
    const onTarget = challengesOf(context, kind).filter((challenge) => challenge.restrictionId === target.id);
    if (onTarget.some((challenge) => challenge.outcome === undefined)) {
      return refusal(
        'INVALID_TRANSITION',
        `${kind === 'appeal' ? 'An' : 'A'} ${kind} of restriction '${target.id}' is already waiting for a decision.`,
        [],
      );
    }
    if (kind === 'reconsideration') return undefined;
    const decided = appealFinalBy(context.state, target);
    if (decided === undefined) return undefined;
    return refusal(
      'INVALID_TRANSITION',
      `The appeal against restriction '${target.id}' was decided on ${describeDate(civilDateOf(decided.decidedAt as string, context.policy.timeZone))}; that decision is final.`,
      [
        reason(
          'TEP-11.3',
          'The decision on an appeal is final; a customer still dissatisfied is signposted to the Housing Ombudsman.',
        ),
      ],
    );
  },
});

/**
 * TEP-11.2, TEP-11.3: the policy gives an internal appeal. With none (`appeal: null`) every
 * decision is final: an appeal is refused `NO_APPEAL_ROUTE`, never "out of time", and the
 * reasons signpost the Housing Ombudsman.
 */
export const appealRouteExists: Precondition = {
  code: 'NO_APPEAL_ROUTE',
  rule: 'TEP-11.3',
  check: ({ policy }) => (policy.appeal === null ? noAppealRoute(policy, 'policy.appeal') : undefined),
};

/**
 * TEP-11.1: the policy gives a route to ask for reconsideration. With none
 * (`reconsideration: null`) a request is refused `NO_RECONSIDERATION_ROUTE`; the restriction is
 * still reviewed at every case review, where it may be lifted (TEP-10).
 */
export const reconsiderationRouteExists: Precondition = {
  code: 'NO_RECONSIDERATION_ROUTE',
  rule: 'TEP-11.1',
  check: ({ policy }) =>
    policy.reconsideration !== null
      ? undefined
      : refusal(
          'NO_RECONSIDERATION_ROUTE',
          `The policy '${policy.id}' gives no route to ask for a restriction to be reconsidered: the restriction is reconsidered at its case reviews, where it may be lifted.`,
          [
            settingReason(
              policy,
              'reconsideration.decisionWithin',
              'The policy gives no route to ask in writing for a restriction to be reconsidered.',
            ),
            reason(
              'TEP-10',
              'Every case is reviewed at least every review interval: the restriction stays, is adjusted or is lifted, and the customer is written to with the outcome.',
            ),
            reason(
              'NF-3',
              'The customer may still complain, and take the matter to the Housing Ombudsman: no restriction stops that.',
            ),
          ],
          [
            {
              path: 'policy.reconsideration',
              message: 'the policy sets no reconsideration (reconsideration: null)',
            },
          ],
        ),
};

/**
 * TEP-11.2: an appeal is made within the window from the decision letter, or the right is lost.
 * The last day is worked out under the policy given (`appealLastDayOf`), never a stored date: under
 * the version in effect on the letter's date (NF-8), whichever version judges the appeal.
 */
export const appealInTime: Guard<EventOf<'appeal-received'>> = {
  code: 'APPEAL_OUT_OF_TIME',
  rule: 'TEP-11.2',
  check: (context) => {
    const target = targetRestriction(context, 'current');
    if (isFailure(target)) return target;
    const lastDay = appealLastDayOf(target, context.versions);
    if (!lastDay.ok) return lastDay.error;
    const receivedOn = receivedOnOf(context);
    if (receivedOn <= lastDay.value) return undefined;
    const counted = appealVersionOf(target, context.versions);
    return refusal(
      'APPEAL_OUT_OF_TIME',
      `The appeal was received on ${describeDate(receivedOn)}, after the last day to appeal, ${describeDate(lastDay.value)}: ${appealLapseWords(counted)}.`,
      [
        settingReason(
          counted,
          'appeal.window',
          `An appeal must be made in writing within the appeal window from the decision letter dated ${describeDate(target.decisionLetterDate)}, or ${appealLapseWords(counted)}: the last day was ${describeDate(lastDay.value)}.`,
        ),
        // Only where the policy has a route to reconsider, and worded as its setting is cited.
        ...(context.policy.reconsideration === null
          ? []
          : [
              settingReason(
                context.policy,
                'reconsideration.decisionWithin',
                'The customer may still ask in writing for the restriction to be reconsidered, showing a more acceptable approach.',
              ),
            ]),
      ],
      [
        issue(
          context,
          context.event.receivedOn === undefined ? 'at' : 'receivedOn',
          `expected a day on or before ${lastDay.value}`,
        ),
      ],
    );
  },
  hint: ({ state, atMs, on, policy, versions }) => {
    const current = currentRestrictions(state, atMs);
    const passed = current.every((restriction) => {
      const lastDay = appealLastDayOf(restriction, versions);
      return lastDay.ok && lastDay.value < on;
    });
    if (!passed) return undefined;
    // The window as the version that counted it words it (NF-8), when one version counted them all.
    const counted = new Set(current.map((restriction) => appealVersionOf(restriction, versions)));
    return settingReason(
      counted.size === 1 ? ([...counted][0] as Policy) : policy,
      'appeal.window',
      'The time to appeal every current restriction has passed: only an appeal received in time (receivedOn) is accepted.',
    );
  },
};

// ---------------------------------------------------------------------------------------------
// SC-2 and closing.

/** SC-2: a protection to resolve. */
export const protectionActive: Guard<EventOf<'staff-conduct-resolved'>> = {
  code: 'INVALID_TRANSITION',
  rule: 'SC-2',
  check: (context) =>
    protectedStaff(context.state, context.atMs).has(context.event.staffId)
      ? undefined
      : refusal(
          'INVALID_TRANSITION',
          `No report of ${context.event.staffId}'s conduct is open on the case.`,
          [],
          [
            issue(
              context,
              'staffId',
              'expected a staff member reported by the resident and not yet resolved',
            ),
          ],
        ),
};

/** Nothing left that the closure would silently drop: no current restriction, no pending appeal or reconsideration. */
export const nothingOutstanding: Precondition = {
  code: 'INVALID_TRANSITION',
  rule: 'TEP-10',
  check: ({ state, atMs }) => {
    const current = currentRestrictions(state, atMs);
    if (current.length > 0) {
      return refusal(
        'INVALID_TRANSITION',
        `Restriction ${current.map((r) => `'${r.id}'`).join(', ')} is still current: lift it (with a review) before closing the case.`,
        [
          reason(
            'TEP-10',
            'A review decides whether the measures in place remain, are adjusted or are removed, and the customer is written to with the outcome.',
          ),
        ],
      );
    }
    const pending = [...state.appeals, ...state.reconsiderations].some(
      (challenge) => challenge.outcome === undefined,
    );
    if (pending) {
      return refusal(
        'INVALID_TRANSITION',
        'An appeal or reconsideration is still waiting for its decision.',
        [
          reason(
            'TEP-11.2',
            'The outcome of an appeal is given within the decision period of when it is received.',
          ),
        ],
      );
    }
    return undefined;
  },
};

// ---------------------------------------------------------------------------------------------
// SH-2: a restriction of another length than the policy's records why.

type LengthEvent = EventOf<'restriction-imposed'> | EventOf<'restriction-varied'>;

const monthsOf = (event: LengthEvent): number | undefined =>
  event.type === 'restriction-imposed' ? event.restriction.months : event.months;

/** The policy's standard length, when a decision departing from it must say why (SH-2). */
const standardMonths = ({ policy }: Situation): number | undefined =>
  policy.restriction.otherLengthNeedsJustification && policy.restriction.defaultMonths !== null
    ? policy.restriction.defaultMonths
    : undefined;

/**
 * SH-2: "We have clearly detailed a 12-month period": where the policy says so
 * (`restriction.otherLengthNeedsJustification`), a restriction imposed or varied to a length other
 * than `restriction.defaultMonths` records why (`lengthJustification`).
 */
export const lengthJustified: Guard<LengthEvent> = {
  code: 'LENGTH_JUSTIFICATION_REQUIRED',
  rule: 'SH-2',
  check: (context) => {
    const standard = standardMonths(context);
    const months = monthsOf(context.event);
    if (standard === undefined || months === undefined || months === standard) return undefined;
    if (context.event.lengthJustification !== undefined) return undefined;
    return refusal(
      'LENGTH_JUSTIFICATION_REQUIRED',
      `The policy sets a ${standard}-month period for restrictions, and this one would last ${months} months: record why (lengthJustification), or make it ${standard} months.`,
      [
        settingReason(
          context.policy,
          'restriction.otherLengthNeedsJustification',
          `Measures last ${standard} months; a restriction of another length records why.`,
        ),
      ],
      [
        issue(
          context,
          'lengthJustification',
          `expected why the restriction lasts ${months} months rather than the policy's ${standard}`,
        ),
      ],
    );
  },
  hint: (situation) => {
    const standard = standardMonths(situation);
    return standard === undefined
      ? undefined
      : settingReason(
          situation.policy,
          'restriction.otherLengthNeedsJustification',
          `A restriction of other than ${standard} months must record why (lengthJustification).`,
        );
  },
};

// ---------------------------------------------------------------------------------------------
// SH-1, HO-5: telling a public authority other than the police.

/** As `eiaUnlessImmediateRisk`, for `public-authority-notified`: an EIA first, unless there is an immediate risk (TEP-4.6). */
export const eiaBeforeNotifyingAuthority: Guard<EventOf<'public-authority-notified'>> = {
  code: 'EIA_REQUIRED',
  rule: 'TEP-2.3',
  check: (context) =>
    context.event.immediateRisk === true ? undefined : eiaBefore('formal-action').check(context),
  hint: (situation) => eiaUnlessImmediateRisk.hint?.(situation),
};

// ---------------------------------------------------------------------------------------------
// TEP-5.2, HO-6: a decision letter goes by a means the policy uses for notices.

type NoticeEvent = EventOf<'restriction-imposed'> | EventOf<'restriction-varied'>;

/** The means of sending each way of serving a letter (NF-6): post and hand delivery carry a letter. */
const SERVICE_CHANNEL = {
  'first-class-post': 'letter',
  'hand-delivery': 'letter',
  email: 'email',
} as const;

/**
 * TEP-5.2, HO-6: the decision letter, when the event says how it was sent (`service`), went by a
 * means the policy uses for notices (`notices.channels`), else `NOTICE_CHANNEL_NOT_ALLOWED`.
 */
export const noticeChannelAllowed: Guard<NoticeEvent> = {
  code: 'NOTICE_CHANNEL_NOT_ALLOWED',
  rule: 'TEP-5.2',
  check: (context) => {
    const { service } = context.event;
    if (service === undefined) return undefined;
    const channel = SERVICE_CHANNEL[service.method];
    const allowed = context.policy.notices.channels;
    if (allowed.includes(channel)) return undefined;
    return refusal(
      'NOTICE_CHANNEL_NOT_ALLOWED',
      `The decision letter was sent by ${service.method === 'email' ? 'email' : 'letter'}, and the policy sends notices by ${allowed.join(' or ')} only: send it again that way and record that service.`,
      [
        settingReason(
          context.policy,
          'notices.channels',
          `The customer is told of the decision in writing, by ${allowed.join(' or ')}.`,
        ),
      ],
      [issue(context, 'service.method', `expected a way of sending by ${allowed.join(' or ')}`)],
    );
  },
};
