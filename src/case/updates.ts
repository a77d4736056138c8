import { describeDate } from '../calendar/zone.js';
import { finalDecisionReasons } from '../deadlines/appeal.js';
import { restrictionPeriodTrusted, scheduleReviews } from '../deadlines/restriction.js';
import type { Policy } from '../policy/schema.js';
import { settingReason } from '../policy/settings.js';
import { versionOnDay } from '../policy/versions.js';
import type { CivilDate } from '../shared/dates.js';
import { statedWords } from '../shared/describe.js';
import type { Incident } from '../shared/incident.js';
import { type Reason, reason } from '../shared/reason.js';
import type { Spoc } from '../shared/restriction.js';
import { ok, type Result } from '../shared/result.js';
import { decidersOf } from './authority.js';
import {
  appealLastDayOf,
  appealVersionOf,
  appealWindowOf,
  challengeVersionOf,
  decisionDueOf,
} from './deadlines.js';
import type { EventOf } from './events.js';
import {
  appealFinalBy,
  civilDateOf,
  currentRestrictions,
  instantMs,
  isCurrent,
  protectedStaff,
  whyNotEvidence,
} from './facts.js';
import {
  type Context,
  countedWarnings,
  evidenceOf,
  FORM_WORDS,
  isFailure,
  pendingChallenge,
  receivedOnOf,
  targetRestriction,
} from './guards.js';
import { informCustomerOf, informTeamsOf, withLetter, withTeamNotice } from './letters.js';
import { conflictsOf } from './needs.js';
import { appending, holds } from './sealed.js';
import type { CaseState, Challenge, RestrictionRecord } from './state.js';

/**
 * The updates of the case machine: for each event the guards have let through, the next state
 * and what the audit record says about it (the reasons, the subject, the evidence). Pure: the
 * state given is never changed, and optional keys are left out rather than set to undefined.
 */

/** What an update produces: the next state (before the audit record), and what the record says. */
export interface Step {
  readonly state: CaseState;
  readonly reasons: readonly Reason[];
  /** The restriction, incident or staff member the event concerns. */
  readonly subject?: string;
  /** The incident ids the decision rests on (NF-1). */
  readonly evidence?: readonly string[];
}

/** The key and value, or nothing: optional keys are left out, never set to undefined (JSON round trip). */
function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

const step = (
  state: CaseState,
  reasons: readonly Reason[],
  extra: Omit<Step, 'state' | 'reasons'> = {},
): Result<Step> => ok({ state, reasons, ...extra });

/** A list with an item added: in place inside `replay`'s fold when the fold made the list (`appending`), else a new list. */
const added = <T>(context: Pick<Context, 'inPlace'>, list: readonly T[], item: T): T[] =>
  appending(context.inPlace === true, list, item);

/** A civil date as itself, the key `holds` looks dates up by. */
const itself = (on: CivilDate): CivilDate => on;

/** Replaces one restriction by id. */
function withRestriction(state: CaseState, updated: RestrictionRecord): CaseState {
  return { ...state, restrictions: state.restrictions.map((r) => (r.id === updated.id ? updated : r)) };
}

/** Lifts the given restrictions at the event's moment; the teams must be told (TEP-9). */
function lift(state: CaseState, ids: readonly string[], context: Context): CaseState {
  const lifted = {
    ...state,
    restrictions: state.restrictions.map((r) =>
      ids.includes(r.id) ? { ...r, liftedAt: context.at, liftedOn: context.on } : r,
    ),
  };
  return withTeamNotice(lifted, 'restriction-lifted', ids, context);
}

/** The SPOC as the case holds it. */
const spocFrom = (spoc: Spoc, context: Context) => ({
  staffId: spoc.staffId,
  name: spoc.name,
  since: context.at,
  sinceOn: context.on,
  temporary: false,
});

const describeMeasures = (r: { measures: readonly { kind: string }[] }) =>
  r.measures.map((m) => m.kind).join(', ');

// ---------------------------------------------------------------------------------------------
// The updates, in the order of the table (transitions.ts).

/** NF-1: whether a formal step may rest on the incident, in the words of the rule that decides it (`whyNotEvidence`). */
function incidentReason(incident: Incident, policy: Policy): Reason {
  const notEvidence = whyNotEvidence(incident, policy);
  if (notEvidence === undefined) {
    return reason('NF-1', `Incident '${incident.id}' is recorded on the case: a formal step may rest on it.`);
  }
  if (notEvidence.rule === 'SC-1') {
    return reason(
      'SC-1',
      `Incident '${incident.id}' records the conduct of ${incident.actor === 'staff' ? 'a member of staff' : 'a contractor'} towards the resident: it is handled as staff conduct, and is never evidence of the customer's behaviour.`,
    );
  }
  return reason(
    notEvidence.rule,
    `Incident '${incident.id}' is recorded on the case, but ${notEvidence.why}: no formal step under this policy may rest on it.`,
  );
}

export function recordIncident(context: Context<EventOf<'incident-recorded'>>): Result<Step> {
  const { incident } = context.event;
  const reasons: Reason[] = [incidentReason(incident, context.policy)];
  if (incident.hateMotivation !== undefined) {
    reasons.push(
      reason(
        'HAB-1',
        `It is recorded as a hate incident, targeting ${statedWords(incident.hateMotivation)}.`,
      ),
    );
  }
  const state = { ...context.state, incidents: added(context, context.state.incidents, incident) };
  return step(state, reasons, { subject: incident.id });
}

export function endInteraction(context: Context<EventOf<'interaction-ended'>>): Result<Step> {
  const { customerTold, incidentId } = context.event;
  const told =
    customerTold === undefined
      ? '(whether the customer was first told their behaviour was unacceptable is not recorded)'
      : customerTold
        ? 'after telling the customer their behaviour was unacceptable'
        : 'without first telling the customer';
  const reasons = [
    reason(
      'TEP-4.1',
      `The colleague ended the interaction ${told}; it is recorded and reported to their line manager.`,
    ),
  ];
  if (customerTold === false) {
    reasons.push(reason('HO-3', 'Staff who feel scared or threatened may end an interaction at any time.'));
  }
  return step(context.state, reasons, opt('subject', incidentId));
}

export function takeInformalAction(context: Context<EventOf<'informal-action-taken'>>): Result<Step> {
  const { kind, notes } = context.event;
  const state = {
    ...context.state,
    informalActions: added(context, context.state.informalActions, { at: context.at, kind }),
  };
  return step(state, [
    reason(
      'TEP-4.2',
      `${
        kind === 'supportive-approach'
          ? 'A voluntary (informal) arrangement is tried before formal action: a supportive approach to help the customer modify their behaviour.'
          : 'A voluntary (informal) arrangement is tried before formal action: an initial warning that the behaviour is unacceptable, recorded on file.'
      }${notes === undefined ? '' : ` Notes: ${statedWords(notes)}.`}`,
    ),
  ]);
}

export function completeEia(context: Context<EventOf<'eia-completed'>>): Result<Step> {
  const { needs, proportionate, adjustments } = context.event;
  const state: CaseState = {
    ...context.state,
    eia: {
      completedAt: context.at,
      completedOn: context.on,
      needs,
      proportionate,
      assessedAt: context.at,
      ...opt('adjustments', adjustments),
      // A fresh assessment replacing one on file also counts as its review (TEP-2.4).
      reviewedOn:
        context.state.eia === undefined ? [] : added(context, context.state.eia.reviewedOn, context.on),
    },
  };
  return step(state, [
    reason(
      'TEP-2.3',
      `An equality impact assessment was completed, recording ${needs.length === 0 ? 'no particular needs' : `these needs: ${needs.join(', ')}`}; it found the treatment ${proportionate ? '' : 'not '}a proportionate means of achieving a legitimate aim.`,
    ),
  ]);
}

export function reviewEia(context: Context<EventOf<'eia-reviewed'>>): Result<Step> {
  const eia = context.state.eia;
  if (eia === undefined) return step(context.state, []); // eiaOnFile has refused this already
  const { needs, proportionate, adjustments } = context.event;
  const { changeUnreviewed: _reviewed, adjustments: _previous, ...kept } = eia;
  const state: CaseState = {
    ...context.state,
    eia: {
      ...kept,
      needs,
      proportionate,
      assessedAt: context.at,
      ...opt('adjustments', adjustments),
      reviewedOn: added(context, eia.reviewedOn, context.on),
    },
  };
  return step(state, [
    reason(
      'TEP-2.4',
      `The equality impact assessment was reviewed${eia.changeUnreviewed === undefined ? '' : ` after the change of ${describeDate(eia.changeUnreviewed.on)}`}; it found the treatment ${proportionate ? '' : 'not '}proportionate.`,
    ),
  ]);
}

export function changeCircumstances(context: Context<EventOf<'circumstances-changed'>>): Result<Step> {
  const eia = context.state.eia;
  if (eia === undefined) {
    return step(context.state, [
      reason(
        'TEP-2.1',
        `The change (${statedWords(context.event.description)}) is taken into account; the equality impact assessment, when completed, must consider it.`,
      ),
    ]);
  }
  const changeUnreviewed = eia.changeUnreviewed ?? { on: context.on, description: context.event.description };
  return step({ ...context.state, eia: { ...eia, changeUnreviewed } }, [
    reason(
      'TEP-2.4',
      `A known change to the customer’s health or circumstances (${statedWords(context.event.description)}) triggers a review of the equality impact assessment.`,
    ),
  ]);
}

export function issueWrittenWarning(context: Context<EventOf<'written-warning-issued'>>): Result<Step> {
  const { letterDate, form } = context.event;
  const { policy } = context;
  const state = {
    ...context.state,
    writtenWarnings: added(context, context.state.writtenWarnings, {
      at: context.at,
      letterDate,
      ...opt('form', form),
    }),
  };
  const counted = policy.formalAction.warningForms.includes(form ?? 'letter');
  const by = FORM_WORDS[form ?? 'letter'];
  const reasons = [
    counted
      ? reason(
          'TEP-4.4',
          `The behaviour continued: a formal written warning dated ${describeDate(letterDate)}${form === undefined ? '' : ` (by ${by})`} is placed on file.`,
        )
      : settingReason(
          policy,
          'formalAction.warningForms',
          `A warning dated ${describeDate(letterDate)} was given by ${by} and is recorded on file, but this policy counts only ${policy.formalAction.warningForms.join(', ')} as the written warning before restriction: it does not count as that warning.`,
        ),
    reason('HO-6', 'Formal action is told to the customer in writing, and a note goes on the record.'),
  ];
  const skipped = informalSkipReason(context.state, context.policy, context.event.informalSkippedBecause);
  if (skipped !== undefined) reasons.push(skipped);
  return step(state, reasons, { evidence: evidenceOf(context) });
}

/**
 * NF-2: the adjustments and justification a decision records, with the needs on file they
 * answer; a decision recording neither keeps what the restriction had.
 */
function proportionalityAnswer(
  context: Context<EventOf<'restriction-imposed'> | EventOf<'restriction-varied'>>,
): Pick<RestrictionRecord, 'adjustments' | 'justification' | 'needsWeighed'> {
  const { adjustments, justification } = context.event;
  if (adjustments === undefined && justification === undefined) return {};
  return {
    ...opt('adjustments', adjustments),
    ...opt('justification', justification),
    needsWeighed: [...(context.state.eia?.needs ?? [])],
  };
}

/** TEP-4.2, TEP-4.5: what the audit says when formal action comes with no informal action on file. */
function informalSkipReason(
  state: CaseState,
  policy: Policy,
  because: string | undefined,
): Reason | undefined {
  if (state.informalActions.length > 0) return undefined;
  if (because !== undefined) {
    return reason(
      'TEP-4.5',
      `No voluntary (informal) arrangement was tried first, because of the seriousness of the behaviour: ${statedWords(because)}.`,
    );
  }
  return settingReason(
    policy,
    'formalAction.informalActionBeforeFormalAction',
    'No voluntary (informal) arrangement is recorded before this formal action; the policy does not require one.',
  );
}

/** TEP-4.2: a restriction with no informal action on file says why: its own reason, or the warning skip's. */
const informalSkipOf = ({
  state,
  policy,
  event,
}: Context<EventOf<'restriction-imposed'>>): Reason | undefined =>
  informalSkipReason(state, policy, event.informalSkippedBecause ?? event.warningSkippedBecause);

/** NF-2: what the audit says about conflicts the decision records an answer to. */
function proportionalityReasons(
  context: Context,
  measures: EventOf<'restriction-imposed'>['restriction']['measures'],
  adjustments: readonly string[] | undefined,
  justification: string | undefined,
): Reason[] {
  const conflicts = conflictsOf(context.state.eia?.needs ?? [], measures);
  if (conflicts.length === 0) return [];
  const answer =
    adjustments !== undefined
      ? `adjustments made: ${adjustments.map(statedWords).join('; ')}`
      : `justified because ${statedWords(justification ?? '')}`;
  return [
    reason(
      'NF-2',
      `The measures conflict with recorded needs (${conflicts.map((c) => c.need).join(', ')}), and the decision records the answer: ${answer}.`,
    ),
  ];
}

/** Why the restriction may come now: after a warning (TEP-5.1), without one for its seriousness (TEP-4.5), or as the policy allows. */
function warningReason({ state, policy, event }: Context<EventOf<'restriction-imposed'>>): Reason {
  if (event.warningSkippedBecause !== undefined) {
    return reason(
      'TEP-4.5',
      `The procedure is invoked without a written warning because of the seriousness of the behaviour: ${statedWords(event.warningSkippedBecause)}.`,
    );
  }
  if (countedWarnings({ state, policy }).length > 0) {
    return reason(
      'TEP-5.1',
      'Contact is restricted because warnings were given and the behaviour did not change.',
    );
  }
  return settingReason(
    policy,
    'formalAction.writtenWarningBeforeRestriction',
    'No written warning is on file; the policy does not require one before contact is restricted.',
  );
}

/** SH-2: the recorded reason a restriction lasts other than the policy's default length. */
function lengthReasons(
  context: Context,
  months: number | null,
  lengthJustification: string | undefined,
): Reason[] {
  if (lengthJustification === undefined || months === null) return [];
  const text = `The decision records why the restriction lasts ${months} months: ${statedWords(lengthJustification)}.`;
  return [
    context.policy.restriction.otherLengthNeedsJustification
      ? settingReason(context.policy, 'restriction.otherLengthNeedsJustification', text)
      : reason('TEP-5.2', text),
  ];
}

/**
 * TEP-11.2, TEP-11.3: what the decision letter says of an appeal: the window to appeal it, or,
 * under a policy with no internal appeal, that the decision is final and the customer is
 * signposted to the Housing Ombudsman. Under the version in effect on the letter's date (NF-8).
 */
function appealReasons(record: RestrictionRecord, context: Context): Result<readonly Reason[]> {
  const policy = appealVersionOf(record, context.versions);
  if (policy.appeal === null) return ok(finalDecisionReasons(policy));
  const window = appealWindowOf(record, context.versions);
  if (window.ok) return ok(window.value.reasons);
  // The window's refusal names the event's own fields (`service`): under the event, as every refusal does.
  const issues = window.error.issues.map((each) => ({ ...each, path: `${context.root}.${each.path}` }));
  return { ok: false, error: { ...window.error, issues } };
}

export function imposeRestriction(context: Context<EventOf<'restriction-imposed'>>): Result<Step> {
  const { policy, state, event } = context;
  const { restriction } = event;
  const period = restrictionPeriodTrusted(restriction.startsOn, policy, restriction.months);
  if (!period.ok) return period;
  const evidence = evidenceOf(context);

  const record: RestrictionRecord = {
    id: restriction.id,
    startsOn: restriction.startsOn,
    lastDayInForce: period.value.lastDayInForce,
    startsAt: period.value.startsAt,
    endsAt: period.value.endsAt,
    months: period.value.months,
    measures: restriction.measures,
    imposedAt: context.at,
    decidedBy: decidersOf(event),
    decisionLetterDate: event.decisionLetterDate,
    ...opt('service', event.service),
    ...opt('letterReceivedOn', event.letterReceivedOn),
    ...opt('appealLastDayStated', event.appealLastDayStated),
    evidence,
    ...opt('warningSkippedBecause', event.warningSkippedBecause),
    ...proportionalityAnswer(context),
    ...opt('lengthJustification', event.lengthJustification),
  };
  const appeal = appealReasons(record, context);
  if (!appeal.ok) return appeal;
  const reviews = scheduleReviews(restriction.startsOn, period.value.lastDayInForce, policy);
  const spoc =
    state.spoc ?? (restriction.spoc === undefined ? undefined : spocFrom(restriction.spoc, context));
  const next: CaseState = withTeamNotice(
    {
      ...state,
      restrictions: added(context, state.restrictions, record),
      ...opt('spoc', spoc),
      ...opt('spocOversightFrom', state.spocOversightFrom ?? (spoc === undefined ? undefined : context.on)),
    },
    'restriction-imposed',
    [restriction.id],
    context,
  );

  const eia = state.eia;
  const skipped = informalSkipOf(context);
  const reasons: Reason[] = [
    warningReason(context),
    ...(skipped === undefined ? [] : [skipped]),
    eia === undefined
      ? reason(
          'TEP-2.3',
          'No equality impact assessment is on file; the policy does not require one before restriction.',
        )
      : reason(
          'TEP-2.3',
          `The equality impact assessment of ${describeDate(eia.completedOn)} was considered${eia.needs.length === 0 ? '' : `, with the needs it records: ${eia.needs.join(', ')}`}.`,
        ),
    ...proportionalityReasons(context, restriction.measures, event.adjustments, event.justification),
    reason('NF-1', `The restriction rests on the incidents recorded on the case: ${evidence.join(', ')}.`),
    reason(
      'TEP-5.2',
      // TEP-5.2, TEP-6: the SPOC is told only where the customer has one.
      `The customer is told in writing (letter dated ${describeDate(event.decisionLetterDate)}) the reasons, the arrangements (${describeMeasures(restriction)}), ${spoc === undefined ? '' : 'the single point of contact, '}and how long the restriction lasts.`,
    ),
    ...period.value.reasons,
    ...lengthReasons(context, period.value.months, event.lengthJustification),
    ...appeal.value,
    ...reviews.reasons,
  ];
  return step(next, reasons, { subject: restriction.id, evidence });
}

/** What a variation changes, in words: its measures, its length, or only the answer to a need (NF-2). */
function variationWords(event: EventOf<'restriction-varied'>, varied: RestrictionRecord): string {
  const changes = [
    ...(event.measures === undefined ? [] : [`its measures are now ${describeMeasures(varied)}`]),
    ...(event.months === undefined ? [] : [`it lasts ${event.months} months from its start`]),
  ];
  return changes.length === 0
    ? 'its measures stay as they are, with the adjustments made or the justification for them recorded'
    : changes.join(' and ');
}

/**
 * TEP-11.3: the appeal decided 'varied' a variation of the restriction now carries out (the first
 * variation since that decision), if any: see `appealFinalBy`.
 */
function appealCarriedOut(state: CaseState, target: RestrictionRecord): Challenge | undefined {
  const decided = appealFinalBy(state, target);
  if (decided?.outcome !== 'varied' || decided.decidedAt === undefined) return undefined;
  const decidedMs = instantMs(decided.decidedAt);
  const variedSince = state.decisions.some(
    (record) =>
      record.type === 'restriction-varied' &&
      record.subject === target.id &&
      instantMs(record.at) >= decidedMs, // at the decision's own instant: on or after it
  );
  return variedSince ? undefined : decided;
}

/** TEP-11.3: what the letter of a variation carrying out a final appeal decision says of appealing it. */
const carriedOutReasons = (appeal: Challenge, policy: Policy): Reason[] => [
  reason(
    'TEP-11.3',
    `The variation carries out the appeal decided on ${describeDate(civilDateOf(appeal.decidedAt as string, policy.timeZone))}: that decision is final and cannot be appealed against; a customer who remains dissatisfied is signposted to the Housing Ombudsman.`,
  ),
];

/** The later of two optional civil dates (`'YYYY-MM-DD'` sorts as it reads). */
const laterOf = (a: CivilDate | undefined, b: CivilDate | undefined): CivilDate | undefined =>
  a === undefined ? b : b === undefined || a >= b ? a : b;

export function varyRestriction(context: Context<EventOf<'restriction-varied'>>): Result<Step> {
  const { policy, event } = context;
  const target = targetRestriction(context, 'current');
  if (isFailure(target)) return { ok: false, error: target };
  let varied: RestrictionRecord = {
    ...target,
    ...opt('measures', event.measures),
    ...proportionalityAnswer(context),
    decidedBy: [...new Set([...target.decidedBy, ...decidersOf(event)])],
    // Only a change of the terms is a variation; a justification or adjustments alone answer a need (NF-2).
    ...opt(
      'variedAt',
      event.measures !== undefined || event.months !== undefined || event.decisionLetterDate !== undefined
        ? context.at
        : target.variedAt,
    ),
  };
  let reasons: Reason[] = [
    reason('TEP-10', `Restriction '${target.id}' is adjusted: ${variationWords(event, varied)}.`),
  ];
  if (event.months !== undefined) {
    // NF-8: the period runs from the restriction's start, so it is counted under the version in
    // effect that day, as `restrictionPeriod` counts it, whichever version judges the variation.
    const period = restrictionPeriodTrusted(
      target.startsOn,
      versionOnDay(context.versions, target.startsOn),
      event.months,
    );
    if (!period.ok) return period;
    // A new length replaces the old one's justification (SH-2).
    const { lengthJustification: _previous, ...kept } = varied;
    varied = {
      ...kept,
      ...opt('lengthJustification', event.lengthJustification),
      months: period.value.months,
      lastDayInForce: period.value.lastDayInForce,
      endsAt: period.value.endsAt,
    };
    reasons = reasons.concat(
      period.value.reasons,
      lengthReasons(context, event.months, event.lengthJustification),
    );
  }
  if (event.decisionLetterDate !== undefined) {
    // A new letter: its own way of sending and receipt replace the old letter's. A last day to
    // appeal the old letter stated still stands if later: a new letter never shortens it (TEP-11.2).
    const {
      service: _service,
      letterReceivedOn: _received,
      appealLastDayStated: _stated,
      ...unlettered
    } = varied;
    varied = {
      ...unlettered,
      decisionLetterDate: event.decisionLetterDate,
      ...opt('service', event.service),
      ...opt('letterReceivedOn', event.letterReceivedOn),
      ...opt('appealLastDayStated', laterOf(event.appealLastDayStated, target.appealLastDayStated)),
    };
    // TEP-11.3: the variation carrying out an appeal decided 'varied' is part of that final decision.
    const carried = appealCarriedOut(context.state, target);
    const appeal =
      carried === undefined ? appealReasons(varied, context) : ok(carriedOutReasons(carried, policy));
    if (!appeal.ok) return appeal;
    reasons = reasons.concat(appeal.value);
  }
  if (event.measures !== undefined) {
    // concat, never push(...spread): a list of reasons as long as the measures cannot overflow the stack.
    reasons = reasons.concat(
      proportionalityReasons(context, event.measures, event.adjustments, event.justification),
    );
  }
  // TEP-9: the customer is told of the variation in writing, and the teams of new terms.
  let next = withLetter(
    withRestriction(context.state, varied),
    'restriction-varied',
    target.id,
    context,
    event.decisionLetterDate,
  );
  if (event.measures !== undefined || event.months !== undefined) {
    next = withTeamNotice(next, 'restriction-varied', [target.id], context);
  }
  return step(next, reasons, { subject: target.id });
}

export function liftRestriction(context: Context<EventOf<'restriction-lifted'>>): Result<Step> {
  const target = targetRestriction(context, 'current');
  if (isFailure(target)) return { ok: false, error: target };
  const { letterDate, reason: why } = context.event;
  return step(
    withLetter(
      lift(context.state, [target.id], context),
      'restriction-lifted',
      target.id,
      context,
      letterDate,
    ),
    [
      reason(
        'TEP-10',
        `Restriction '${target.id}' is lifted from ${describeDate(context.on)}${why === undefined ? '' : `, because: ${statedWords(why)}`}${letterDate === undefined ? '' : `; the customer is told in writing (letter dated ${describeDate(letterDate)})`}.`,
      ),
    ],
    { subject: target.id },
  );
}

export function assignSpoc(context: Context<EventOf<'spoc-assigned'>>): Result<Step> {
  const { spoc } = context.event;
  const state: CaseState = {
    ...context.state,
    spoc: spocFrom(spoc, context),
    spocOversightFrom: context.state.spocOversightFrom ?? context.on,
  };
  return step(
    state,
    [
      reason(
        'TEP-6',
        `${spoc.name} is the customer’s single point of contact: enquiries and communication are channelled through them.`,
      ),
      reason('SH-4', 'The SPOC is supported, and a change of SPOC can be requested.'),
    ],
    { subject: spoc.staffId },
  );
}

export function handOverSpoc(context: Context<EventOf<'spoc-handover'>>): Result<Step> {
  const { to, temporary, customerInformedOn } = context.event;
  const from = context.state.spoc;
  // A letter of an earlier handover not yet sent is overtaken: the customer is told who their SPOC is now.
  const untoldEarlier = context.state.letters.filter(
    (letter) => letter.about === 'spoc-handover' && letter.letterDate === undefined,
  );
  const kept = { ...context.state, letters: context.state.letters.filter((l) => !untoldEarlier.includes(l)) };
  const state: CaseState = {
    ...withLetter(kept, 'spoc-handover', to.staffId, context, customerInformedOn),
    spoc: {
      ...spocFrom(to, context),
      temporary,
      handover: { on: context.on, ...opt('customerInformedOn', customerInformedOn) },
    },
  };
  return step(
    state,
    [
      reason(
        'TEP-6',
        `The SPOC hands over${temporary ? ' temporarily' : ''} from ${from?.name ?? 'the previous SPOC'} to ${to.name}: the customer must be told, even if only for a short period${customerInformedOn === undefined ? '' : ` (told on ${describeDate(customerInformedOn)})`}.`,
      ),
    ],
    { subject: to.staffId },
  );
}

export function overseeSpoc(context: Context<EventOf<'spoc-oversight-reviewed'>>): Result<Step> {
  const recommended = context.event.recommendations;
  return step(
    { ...context.state, spocOversightFrom: context.on },
    [
      reason(
        'TEP-6',
        `Another colleague reviewed the SPOC's correspondence and decisions on ${describeDate(context.on)}${recommended === undefined ? '' : `, recommending: ${recommended.map(statedWords).join('; ')}`}.`,
      ),
    ],
    opt('subject', context.state.spoc?.staffId),
  );
}

export function reviewCase(context: Context<EventOf<'case-reviewed'>>): Result<Step> {
  const { outcome, letterDate } = context.event;
  const review = { at: context.at, on: context.on, outcome, ...opt('letterDate', letterDate) };
  let state: CaseState = withLetter(
    { ...context.state, reviews: added(context, context.state.reviews, review) },
    'case-reviewed',
    undefined,
    context,
    letterDate,
  );
  const current = currentRestrictions(state, context.atMs).map((r) => r.id);
  if (outcome === 'lift') state = lift(state, current, context);
  const words = { continue: 'remain in place', vary: 'are to be adjusted', lift: 'are removed' } as const;
  const reasons = [
    reason(
      'TEP-10',
      `The case was reviewed on ${describeDate(context.on)}: the measures ${words[outcome]}; the customer is written to with the outcome${letterDate === undefined ? '' : ` (letter dated ${describeDate(letterDate)})`}.`,
    ),
  ];
  const eia = context.state.eia;
  if (eia !== undefined && !holds(eia.reviewedOn, context.on, itself)) {
    reasons.push(reason('TEP-2.4', 'The equality impact assessment is reviewed with every case review.'));
  }
  return step(state, reasons, opt('subject', current.length === 1 ? current[0] : undefined));
}

export function informCustomer(context: Context<EventOf<'customer-informed'>>): Result<Step> {
  const informed = informCustomerOf(context.state, context.event, context.policy);
  return step(informed.state, informed.reasons, opt('subject', informed.subject));
}

export function informTeams(context: Context<EventOf<'teams-informed'>>): Result<Step> {
  const informed = informTeamsOf(context.state, context.event, context.policy, context.on);
  return step(informed.state, informed.reasons);
}

export function reviewMarker(context: Context<EventOf<'marker-reviewed'>>): Result<Step> {
  const { markerId, outcome } = context.event;
  const review = { markerId, at: context.at, on: context.on, outcome };
  return step(
    { ...context.state, markerReviews: added(context, context.state.markerReviews ?? [], review) },
    [
      reason(
        'NF-9',
        outcome === 'removed'
          ? `Warning marker '${markerId}' was reviewed and removed.`
          : `Warning marker '${markerId}' was reviewed and kept: it is reviewed again after the interval the policy sets for its severity.`,
      ),
    ],
    { subject: markerId },
  );
}

export function recordBreach(context: Context<EventOf<'restriction-breached'>>): Result<Step> {
  const target = targetRestriction(context, 'in-force');
  if (isFailure(target)) return { ok: false, error: target };
  const { incidentId, description } = context.event;
  const breach = { at: context.at, restrictionId: target.id, ...opt('incidentId', incidentId) };
  return step(
    { ...context.state, breaches: added(context, context.state.breaches, breach) },
    [
      reason(
        'TEP-8',
        `The customer disregarded restriction '${target.id}'${description === undefined ? '' : `: ${statedWords(description)}`}.`,
      ),
    ],
    { subject: target.id, ...opt('evidence', incidentId === undefined ? undefined : [incidentId]) },
  );
}

export function issueBreachWarning(context: Context<EventOf<'breach-warning-issued'>>): Result<Step> {
  const { letterDate } = context.event;
  const state = {
    ...context.state,
    breachWarnings: added(context, context.state.breachWarnings, { at: context.at, letterDate }),
  };
  return step(state, [
    reason(
      'TEP-8',
      `A warning letter dated ${describeDate(letterDate)} advises the customer to stop ignoring the restrictions and warns of the action that may follow.`,
    ),
  ]);
}

export function takeLegalAction(context: Context<EventOf<'legal-action-taken'>>): Result<Step> {
  const { step: legalStep, immediateRiskBecause } = context.event;
  const immediateRisk = immediateRiskBecause !== undefined;
  const state = {
    ...context.state,
    legalSteps: added(context, context.state.legalSteps, { at: context.at, step: legalStep, immediateRisk }),
  };
  return step(state, [
    immediateRisk
      ? reason(
          'TEP-4.6',
          `Behaviour threatening the immediate safety of colleagues or others: ${statedWords(immediateRiskBecause ?? '')}. Legal action (${legalStep}) is taken without warning.`,
        )
      : reason(
          'TEP-8',
          `The customer continued to ignore the restrictions and the warning: after legal advice, the next step in order of gravity is taken (${legalStep}).`,
        ),
  ]);
}

export function notifyPolice(context: Context<EventOf<'police-notified'>>): Result<Step> {
  return step(
    context.state,
    [
      context.event.immediateRisk
        ? reason(
            'TEP-4.6',
            'Behaviour threatening the immediate safety of colleagues or others is reported to the police, without warning.',
          )
        : reason(
            'HO-5',
            'In exceptional circumstances, the landlord notifies the relevant public authorities.',
          ),
    ],
    opt('subject', context.event.incidentId),
  );
}

/** A new appeal or request to reconsider, with its decision date worked out by the deadlines module. */
function receiveChallenge(
  context: Context<EventOf<'appeal-received'> | EventOf<'reconsideration-requested'>>,
  kind: 'appeal' | 'reconsideration',
): Result<{ challenge: Challenge; target: RestrictionRecord; reasons: readonly Reason[] }> {
  const target = targetRestriction(context, 'current');
  if (isFailure(target)) return { ok: false, error: target };
  const challenge: Challenge = {
    restrictionId: target.id,
    decisionLetterDate: target.decisionLetterDate,
    receivedAt: context.at,
    receivedOn: receivedOnOf(context),
    ...opt('grounds', context.event.grounds),
  };
  const decision = decisionDueOf(challenge, kind, context.versions);
  if (!decision.ok) return decision;
  const setting = kind === 'appeal' ? 'appeal.decisionWithin' : 'reconsideration.decisionWithin';
  const reasons =
    decision.value === undefined
      ? [
          settingReason(
            challengeVersionOf(challenge, context.versions),
            setting,
            `The policy states no time to decide ${kind === 'appeal' ? 'an appeal' : 'a request to reconsider'}: no deadline is set for the outcome.`,
          ),
        ]
      : decision.value.reasons;
  return ok({ challenge, target, reasons });
}

/** The grounds the customer gave for an appeal or a request to reconsider, quoted, if recorded. */
const groundsWords = (challenge: Challenge): string =>
  challenge.grounds === undefined ? '' : `; the grounds given: ${statedWords(challenge.grounds)}`;

export function receiveAppeal(context: Context<EventOf<'appeal-received'>>): Result<Step> {
  const received = receiveChallenge(context, 'appeal');
  if (!received.ok) return received;
  const { challenge, target, reasons } = received.value;
  const lastDay = appealLastDayOf(target, context.versions);
  if (!lastDay.ok) return lastDay;
  return step(
    { ...context.state, appeals: added(context, context.state.appeals, challenge) },
    [
      reason(
        'TEP-11.2',
        `The appeal was received in writing on ${describeDate(challenge.receivedOn)}, within the time to appeal (the last day was ${describeDate(lastDay.value)})${groundsWords(challenge)}.`,
      ),
      reason('SH-5', 'The appeal is not run through the complaints process: a senior manager reviews it.'),
      ...reasons,
    ],
    { subject: target.id },
  );
}

export function requestReconsideration(context: Context<EventOf<'reconsideration-requested'>>): Result<Step> {
  const received = receiveChallenge(context, 'reconsideration');
  if (!received.ok) return received;
  const { challenge, target, reasons } = received.value;
  return step(
    { ...context.state, reconsiderations: added(context, context.state.reconsiderations, challenge) },
    [
      reason(
        'TEP-11.1',
        `The customer asked in writing for the restriction to be reconsidered, showing a more acceptable approach${groundsWords(challenge)}.`,
      ),
      ...reasons,
    ],
    { subject: target.id },
  );
}

const OUTCOME_WORDS = {
  upheld: 'upheld: the restriction is lifted',
  dismissed: 'dismissed: the restriction stays',
  varied: 'decided with a variation, applied by a restriction-varied event',
} as const;

/** Settles a pending challenge; an upheld one lifts its restriction. */
function decideChallenge(
  context: Context<EventOf<'appeal-decided'> | EventOf<'reconsideration-decided'>>,
  kind: 'appeal' | 'reconsideration',
): Result<{ state: CaseState; challenge: Challenge; due: CivilDate | undefined; late: boolean }> {
  const pending = pendingChallenge(context, kind);
  if (isFailure(pending)) return { ok: false, error: pending };
  const { outcome, by } = context.event;
  const decided: Challenge = { ...pending, outcome, decidedAt: context.at, decidedBy: by };
  const list = kind === 'appeal' ? context.state.appeals : context.state.reconsiderations;
  const replaced = list.map((challenge) => (challenge === pending ? decided : challenge));
  let state: CaseState =
    kind === 'appeal'
      ? { ...context.state, appeals: replaced }
      : { ...context.state, reconsiderations: replaced };
  const restriction = state.restrictions.find((r) => r.id === pending.restrictionId);
  if (outcome === 'upheld' && restriction !== undefined && isCurrent(restriction, context.atMs)) {
    state = lift(state, [restriction.id], context);
  }
  // TEP-11.1, TEP-11.2: the outcome goes to the customer in writing (an appeal's with a fact sheet).
  state = withLetter(
    state,
    kind === 'appeal' ? 'appeal-decided' : 'reconsideration-decided',
    pending.restrictionId,
    context,
    context.event.letterDate,
  );
  const due = decisionDueOf(pending, kind, context.versions);
  if (!due.ok) return due;
  const lastDay = due.value?.lastDay;
  return ok({ state, challenge: decided, due: lastDay, late: lastDay !== undefined && context.on > lastDay });
}

/** A decision given after its due date says so in the audit trail. */
const lateReason = (rule: 'TEP-11.1' | 'TEP-11.2', late: boolean, due: string | undefined): Reason[] =>
  late && due !== undefined
    ? [reason(rule, `The decision was due by ${describeDate(due)} and was given late.`)]
    : [];

export function decideAppeal(context: Context<EventOf<'appeal-decided'>>): Result<Step> {
  const decided = decideChallenge(context, 'appeal');
  if (!decided.ok) return decided;
  const { state, challenge, due, late } = decided.value;
  return step(
    state,
    [
      reason(
        'NF-4',
        `The appeal was decided by ${decidersOf(context.event).join(' and ')}${context.event.byRole === undefined ? '' : ` (${context.event.byRole})`}, not involved in the decision under appeal.`,
      ),
      reason(
        'TEP-11.2',
        `The appeal is ${OUTCOME_WORDS[context.event.outcome]}; the outcome is sent with a fact sheet and a letter.`,
      ),
      ...lateReason('TEP-11.2', late, due),
      reason(
        'TEP-11.3',
        'The decision is final; a customer still dissatisfied is signposted to the Housing Ombudsman.',
      ),
    ],
    { subject: challenge.restrictionId },
  );
}

export function decideReconsideration(context: Context<EventOf<'reconsideration-decided'>>): Result<Step> {
  const decided = decideChallenge(context, 'reconsideration');
  if (!decided.ok) return decided;
  const { state, challenge, due, late } = decided.value;
  return step(
    state,
    [
      reason(
        'TEP-11.1',
        `The request to reconsider was decided by ${decidersOf(context.event).join(' and ')}${context.event.byRole === undefined ? '' : ` (${context.event.byRole})`}; it is ${OUTCOME_WORDS[context.event.outcome]}.`,
      ),
      ...lateReason('TEP-11.1', late, due),
    ],
    { subject: challenge.restrictionId },
  );
}

export function reportStaffConduct(context: Context<EventOf<'staff-conduct-reported'>>): Result<Step> {
  const { staffId, reason: why, incidentId } = context.event;
  const { state } = context;
  const reasons: Reason[] = [
    reason(
      'SC-1',
      `The resident reported ${staffId}'s conduct${why === undefined ? '' : ` (${statedWords(why)})`}: it is handled as staff conduct, and through safeguarding where the resident is vulnerable.`,
    ),
    reason(
      'SC-2',
      `${staffId} has no further contact with the resident until the resident is satisfied with the outcome.`,
    ),
  ];
  if (state.spoc?.staffId === staffId) {
    reasons.push(
      reason(
        'TEP-6',
        `${staffId} is the customer’s SPOC: another colleague takes over, and the customer is told.`,
      ),
    );
  }
  if (protectedStaff(state, context.atMs).has(staffId)) {
    return step(state, reasons, {
      subject: staffId,
      ...opt('evidence', incidentId === undefined ? undefined : [incidentId]),
    });
  }
  const protection = {
    staffId,
    ...opt('residentId', state.customerId),
    since: context.at,
    reason: why ?? 'The resident reported this staff member’s conduct towards them.',
  };
  return step({ ...state, protections: added(context, state.protections, protection) }, reasons, {
    subject: staffId,
    ...opt('evidence', incidentId === undefined ? undefined : [incidentId]),
  });
}

export function resolveStaffConduct(context: Context<EventOf<'staff-conduct-resolved'>>): Result<Step> {
  const { staffId, residentSatisfied } = context.event;
  if (!residentSatisfied) {
    return step(
      context.state,
      [
        reason(
          'SC-2',
          `The resident is not satisfied with the outcome: ${staffId} still has no contact with them.`,
        ),
      ],
      { subject: staffId },
    );
  }
  const protections = context.state.protections.map((protection) =>
    protection.staffId === staffId && protection.endedAt === undefined
      ? { ...protection, endedAt: context.at }
      : protection,
  );
  return step(
    { ...context.state, protections },
    [reason('SC-2', `The resident is satisfied with the outcome: the protection from ${staffId} ends.`)],
    { subject: staffId },
  );
}

export function closeCase(context: Context<EventOf<'case-closed'>>): Result<Step> {
  const why = context.event.reason;
  return step({ ...context.state, closedAt: context.at }, [
    reason(
      'TEP-10',
      `The case is closed${why === undefined ? '' : `, because: ${statedWords(why)}`}. No restriction is current, no appeal or reconsideration is waiting, and the customer is owed no letter.`,
    ),
  ]);
}

/** HO-5, HO-6, NF-3: a complaint pursued unacceptably is not investigated, told in writing. */
export function declineComplaintInvestigation(
  context: Context<EventOf<'complaint-investigation-declined'>>,
): Result<Step> {
  const { complaintId, letterDate, informalSkippedBecause } = context.event;
  const which = complaintId === undefined ? 'the complaint' : `complaint '${complaintId}'`;
  // The reason recorded for going straight to this formal action (TEP-4.5), as a written warning's.
  const skipped =
    informalSkippedBecause === undefined
      ? undefined
      : informalSkipReason(context.state, context.policy, informalSkippedBecause);
  return step(
    context.state,
    [
      reason(
        'HO-5',
        `The landlord decided not to investigate ${which} on the basis that it has been pursued in a way that is unacceptable.`,
      ),
      reason(
        'HO-6',
        `The customer is told of the decision in writing (letter dated ${describeDate(letterDate)}), a note goes on the record, and the letter says how to appeal.`,
      ),
      reason(
        'NF-3',
        'The customer may still make or escalate a complaint, and may still take it to the Housing Ombudsman: the letter says so.',
      ),
      ...(skipped === undefined ? [] : [skipped]),
    ],
    opt('subject', complaintId),
  );
}

const AUTHORITY_WORDS = {
  'local-authority': 'the local authority',
  'other-public-body': 'a relevant public body',
} as const;

/** SH-1, HO-5, TEP-4.6: the local authority or another public body is told. */
export function notifyPublicAuthority(context: Context<EventOf<'public-authority-notified'>>): Result<Step> {
  const { authority, name, immediateRisk, incidentId } = context.event;
  const told = `${AUTHORITY_WORDS[authority]} (${name})`;
  return step(
    context.state,
    [
      reason('SH-1', `The landlord informed ${told}, one of the measures it may take.`),
      immediateRisk === true
        ? reason(
            'TEP-4.6',
            `Behaviour threatening the immediate safety of colleagues or others is reported to ${told}, without warning.`,
          )
        : reason(
            'HO-5',
            'In exceptional circumstances, the landlord notifies the relevant public authorities.',
          ),
    ],
    opt('subject', incidentId),
  );
}
