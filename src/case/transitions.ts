import type { Result } from '../shared/result.js';
import { authorised } from './authority.js';
import { voidEvent, voidsReplayTheLog } from './corrections.js';
import type { CaseEventType, EventOf } from './events.js';
import {
  actorNotReported,
  appealInTime,
  appealOpen,
  appealRouteExists,
  behaviourPersisted,
  breachOnFile,
  breachWarnedAndContinued,
  type Context,
  challengeIsNew,
  challengePending,
  challengeResolves,
  deciderIndependent,
  decisionDatesHold,
  eiaBefore,
  eiaBeforeNotifyingAuthority,
  eiaOnFile,
  eiaUnlessImmediateRisk,
  evidenceRecorded,
  type Guard,
  handoverToAnother,
  incidentAlreadyHappened,
  incidentIsNew,
  incidentNamedIsRecorded,
  incidentOnFile,
  informalActionFirst,
  legalStepsInOrder,
  lengthJustified,
  lengthKnown,
  lengthWithinMaximum,
  measuresAnswerNeeds,
  noSpocYet,
  nothingOutstanding,
  noticeChannelAllowed,
  overseenByAnother,
  type Precondition,
  proportionateMeasures,
  protectionActive,
  receiptRecorded,
  reconsiderationRouteExists,
  restrictionExists,
  restrictionIdIsNew,
  restrictionResolves,
  reviewOutcomeHasEia,
  spocForSpocOnly,
  spocInPlace,
  spocNotProtected,
  writtenWarningFirst,
} from './guards.js';
import {
  letterNotBeforeDecision,
  letterToInform,
  noLettersOwed,
  noTeamsUntold,
  teamsToTell,
  warningLetterDated,
} from './letters.js';
import { markerOnFile } from './markers.js';
import type { CaseStage } from './state.js';
import type { Step } from './updates.js';
import * as updates from './updates.js';

/**
 * The case machine as one plain table: for each event type, the stages that allow it, the
 * stage it raises the case to, its preconditions and guards (guards.ts), and its pure update.
 * To change what a step requires, change its row here.
 */

/** One row of the table. */
export interface Transition<K extends CaseEventType> {
  /** What the event records, in a line, for the docs. */
  readonly summary: string;
  /** The stages that allow the event. */
  readonly from: readonly CaseStage[];
  /** The stage the event raises the case to (never lowering it), `'closed'`, or `'stays'`. */
  readonly to: CaseStage | 'stays';
  readonly preconditions: readonly Precondition[];
  readonly guards: readonly Guard<EventOf<K>>[];
  readonly update: (context: Context<EventOf<K>>) => Result<Step>;
}

/** The table's type: one row for every event type, or the build breaks. */
export type TransitionTable = { readonly [K in CaseEventType]: Transition<K> };

/** Every stage but `closed`, in order of escalation. */
export const OPEN_STAGES: readonly CaseStage[] = [
  'opened',
  'informal',
  'warned',
  'restricted',
  'legal-action',
];
const ANY_STAGE: readonly CaseStage[] = [...OPEN_STAGES, 'closed'];

// ---------------------------------------------------------------------------------------------

/**
 * The transition table. Staff-conduct reports stay open after closure: a resident's protection
 * (SC-2) outlives the case about their own behaviour.
 */
export const TRANSITIONS: TransitionTable = {
  'incident-recorded': {
    summary: 'An incident is recorded on the case',
    from: OPEN_STAGES,
    to: 'stays',
    preconditions: [],
    guards: [incidentIsNew, incidentAlreadyHappened],
    update: updates.recordIncident,
  },
  'interaction-ended': {
    summary: 'A colleague ended an interaction',
    from: OPEN_STAGES,
    to: 'stays',
    preconditions: [],
    guards: [actorNotReported, incidentNamedIsRecorded()],
    update: updates.endInteraction,
  },
  'informal-action-taken': {
    summary: 'A supportive approach or an initial warning',
    from: OPEN_STAGES,
    to: 'informal',
    preconditions: [incidentOnFile],
    guards: [actorNotReported, authorised],
    update: updates.takeInformalAction,
  },
  'eia-completed': {
    summary: 'An equality impact assessment is completed',
    from: OPEN_STAGES,
    to: 'stays',
    preconditions: [],
    guards: [actorNotReported],
    update: updates.completeEia,
  },
  'eia-reviewed': {
    summary: 'The equality impact assessment is reviewed',
    from: OPEN_STAGES,
    to: 'stays',
    preconditions: [eiaOnFile],
    guards: [actorNotReported],
    update: updates.reviewEia,
  },
  'circumstances-changed': {
    summary: "The customer's health or circumstances changed",
    from: OPEN_STAGES,
    to: 'stays',
    preconditions: [],
    guards: [actorNotReported],
    update: updates.changeCircumstances,
  },
  'written-warning-issued': {
    summary: 'A formal written warning is placed on file',
    from: OPEN_STAGES,
    to: 'warned',
    preconditions: [eiaBefore('formal-action'), incidentOnFile],
    guards: [actorNotReported, authorised, evidenceRecorded, informalActionFirst, warningLetterDated],
    update: updates.issueWrittenWarning,
  },
  'restriction-imposed': {
    summary: 'Contact is restricted',
    from: OPEN_STAGES,
    to: 'restricted',
    preconditions: [eiaBefore('restriction'), incidentOnFile],
    guards: [
      actorNotReported,
      authorised,
      restrictionIdIsNew,
      writtenWarningFirst,
      evidenceRecorded,
      informalActionFirst,
      behaviourPersisted,
      decisionDatesHold,
      receiptRecorded,
      lengthKnown,
      lengthWithinMaximum,
      lengthJustified,
      noticeChannelAllowed,
      proportionateMeasures,
      spocForSpocOnly,
      spocNotProtected(({ event, state }) =>
        event.restriction.spoc !== undefined
          ? { spoc: event.restriction.spoc, path: 'restriction.spoc' }
          : { spoc: state.spoc },
      ),
    ],
    update: updates.imposeRestriction,
  },
  'restriction-varied': {
    summary: "A restriction's measures or length are adjusted",
    from: OPEN_STAGES,
    to: 'stays',
    preconditions: [restrictionExists('current', 'TEP-10'), eiaBefore('variation')],
    guards: [
      actorNotReported,
      authorised,
      restrictionResolves('current', 'TEP-10'),
      decisionDatesHold,
      receiptRecorded,
      lengthWithinMaximum,
      lengthJustified,
      noticeChannelAllowed,
      proportionateMeasures,
      spocForSpocOnly,
      spocNotProtected(({ state }) => ({ spoc: state.spoc })),
    ],
    update: updates.varyRestriction,
  },
  'restriction-lifted': {
    summary: 'A restriction is lifted',
    from: OPEN_STAGES,
    to: 'stays',
    preconditions: [restrictionExists('current', 'TEP-10')],
    guards: [actorNotReported, authorised, restrictionResolves('current', 'TEP-10'), letterNotBeforeDecision],
    update: updates.liftRestriction,
  },
  'spoc-assigned': {
    summary: 'A single point of contact is assigned',
    from: OPEN_STAGES,
    to: 'stays',
    preconditions: [noSpocYet],
    guards: [
      actorNotReported,
      authorised,
      spocNotProtected(({ event }) => ({ spoc: event.spoc, path: 'spoc' })),
    ],
    update: updates.assignSpoc,
  },
  'spoc-handover': {
    summary: 'The SPOC hands over, even temporarily',
    from: OPEN_STAGES,
    to: 'stays',
    preconditions: [spocInPlace],
    guards: [
      actorNotReported,
      authorised,
      handoverToAnother,
      spocNotProtected(({ event }) => ({ spoc: event.to, path: 'to' })),
      letterNotBeforeDecision,
    ],
    update: updates.handOverSpoc,
  },
  'spoc-oversight-reviewed': {
    summary: "Another colleague reviews the SPOC's correspondence and decisions",
    from: OPEN_STAGES,
    to: 'stays',
    preconditions: [spocInPlace],
    guards: [actorNotReported, authorised, overseenByAnother],
    update: updates.overseeSpoc,
  },
  'case-reviewed': {
    summary: 'The case is reviewed: continue, vary or lift',
    from: OPEN_STAGES,
    to: 'stays',
    preconditions: [restrictionExists('current', 'TEP-10')],
    guards: [actorNotReported, authorised, reviewOutcomeHasEia, measuresAnswerNeeds, letterNotBeforeDecision],
    update: updates.reviewCase,
  },
  'customer-informed': {
    summary: 'The customer is written to about a decision, after the event that made it',
    from: OPEN_STAGES,
    to: 'stays',
    preconditions: [],
    guards: [actorNotReported, letterToInform],
    update: updates.informCustomer,
  },
  'teams-informed': {
    summary: 'The teams that need to know are told of a change to a restriction',
    from: OPEN_STAGES,
    to: 'stays',
    preconditions: [],
    guards: [actorNotReported, teamsToTell],
    update: updates.informTeams,
  },
  'marker-reviewed': {
    summary: 'A warning marker is reviewed: kept, or removed',
    // NF-9: markers outlive the case (obligations lists them on a closed case), so they are answered after it too.
    from: ANY_STAGE,
    to: 'stays',
    preconditions: [],
    guards: [actorNotReported, markerOnFile],
    update: updates.reviewMarker,
  },
  'restriction-breached': {
    summary: 'The customer disregarded a restriction',
    from: OPEN_STAGES,
    to: 'stays',
    preconditions: [restrictionExists('in-force', 'TEP-8')],
    guards: [actorNotReported, restrictionResolves('in-force', 'TEP-8'), incidentNamedIsRecorded()],
    update: updates.recordBreach,
  },
  'breach-warning-issued': {
    summary: 'A warning letter about ignoring the restrictions',
    from: OPEN_STAGES,
    to: 'stays',
    preconditions: [breachOnFile, eiaBefore('formal-action')],
    guards: [actorNotReported, authorised, measuresAnswerNeeds, warningLetterDated],
    update: updates.issueBreachWarning,
  },
  'legal-action-taken': {
    summary: 'A legal step, in order of gravity',
    from: OPEN_STAGES,
    to: 'legal-action',
    preconditions: [incidentOnFile],
    guards: [
      actorNotReported,
      authorised,
      eiaUnlessImmediateRisk,
      breachWarnedAndContinued,
      legalStepsInOrder,
      measuresAnswerNeeds,
    ],
    update: updates.takeLegalAction,
  },
  'police-notified': {
    summary: 'The police are told',
    from: OPEN_STAGES,
    to: 'stays',
    preconditions: [incidentOnFile],
    guards: [actorNotReported, authorised, eiaUnlessImmediateRisk, incidentNamedIsRecorded()],
    update: updates.notifyPolice,
  },
  'appeal-received': {
    summary: 'An appeal against a restriction is received',
    from: OPEN_STAGES,
    to: 'stays',
    preconditions: [appealRouteExists, restrictionExists('current', 'TEP-11.2'), appealOpen],
    guards: [
      actorNotReported,
      restrictionResolves('current', 'TEP-11.2'),
      challengeIsNew('appeal'),
      appealInTime,
    ],
    update: updates.receiveAppeal,
  },
  'appeal-decided': {
    summary: 'The appeal is decided, finally',
    from: OPEN_STAGES,
    to: 'stays',
    preconditions: [challengePending('appeal')],
    guards: [
      actorNotReported,
      challengeResolves('appeal'),
      authorised,
      deciderIndependent,
      letterNotBeforeDecision,
    ],
    update: updates.decideAppeal,
  },
  'reconsideration-requested': {
    summary: 'A written request to reconsider a restriction',
    from: OPEN_STAGES,
    to: 'stays',
    preconditions: [reconsiderationRouteExists, restrictionExists('current', 'TEP-11.1')],
    guards: [actorNotReported, restrictionResolves('current', 'TEP-11.1'), challengeIsNew('reconsideration')],
    update: updates.requestReconsideration,
  },
  'reconsideration-decided': {
    summary: 'The reconsideration is decided',
    from: OPEN_STAGES,
    to: 'stays',
    preconditions: [challengePending('reconsideration')],
    guards: [actorNotReported, challengeResolves('reconsideration'), authorised, letterNotBeforeDecision],
    update: updates.decideReconsideration,
  },
  'staff-conduct-reported': {
    summary: "The resident reports a staff member's conduct",
    from: ANY_STAGE,
    to: 'stays',
    preconditions: [],
    guards: [incidentNamedIsRecorded()],
    update: updates.reportStaffConduct,
  },
  'staff-conduct-resolved': {
    summary: 'The staff-conduct report is resolved, the resident satisfied or not',
    from: ANY_STAGE,
    to: 'stays',
    preconditions: [],
    guards: [actorNotReported, protectionActive],
    update: updates.resolveStaffConduct,
  },
  'case-closed': {
    summary: 'The case is closed',
    from: OPEN_STAGES,
    to: 'closed',
    preconditions: [nothingOutstanding, noLettersOwed, noTeamsUntold],
    guards: [actorNotReported, authorised],
    update: updates.closeCase,
  },
  'complaint-investigation-declined': {
    summary: 'A complaint pursued unacceptably is not investigated',
    from: OPEN_STAGES,
    to: 'stays',
    preconditions: [eiaBefore('formal-action'), incidentOnFile],
    guards: [actorNotReported, authorised, informalActionFirst],
    update: updates.declineComplaintInvestigation,
  },
  'public-authority-notified': {
    summary: 'The local authority or another public body is told',
    from: OPEN_STAGES,
    to: 'stays',
    preconditions: [incidentOnFile],
    guards: [actorNotReported, authorised, eiaBeforeNotifyingAuthority, incidentNamedIsRecorded()],
    update: updates.notifyPublicAuthority,
  },
  'event-voided': {
    summary: 'An earlier event is voided: replay folds the log without it',
    // A correction can void any step, the closure too; replay reads it from the log (NF-8).
    from: ANY_STAGE,
    to: 'stays',
    preconditions: [voidsReplayTheLog],
    guards: [],
    update: voidEvent,
  },
};
