export { type ApplyOptions, applyEvent, CLOCK_SKEW_TOLERANCE_MINUTES } from './apply.js';
export { caseGate, caseProtections, caseRestrictions } from './contact-gate.js';
export { caseDiagram, caseTransitionTable } from './diagram.js';
export type { EiaReviewBecause, EiaReviewDue } from './eia.js';
export {
  CASE_EVENT_TYPES,
  type CaseEvent,
  CaseEventSchema,
  type CaseEventType,
  CustomerInformedAboutSchema,
  EventIdSchema,
  type EventOf,
  LEGAL_STEPS,
  LETTER_ABOUT,
  type LegalStep,
  type LetterAbout,
  ReviewOutcomeSchema,
} from './events.js';
export { DECISION_LETTER_RECORDED_WITHIN_DAYS } from './guards.js';
export { type Marker, type MarkerSeverity, type MarkerStatus, markers } from './markers.js';
export {
  type ConflictingMeasure,
  type MeasureConflict,
  measureConflicts,
  NEED_CONFLICTS,
  type NeedConflicts,
} from './needs.js';
export {
  OBLIGATION_KINDS,
  type Obligation,
  type ObligationKind,
  ObligationSchema,
  obligations,
} from './obligations.js';
export {
  type AllowedEvent,
  type AllowedEvents,
  activeProtections,
  activeRestrictions,
  allowedEvents,
  type BlockedEvent,
  type CaseDeadlines,
  type CaseDeadlinesOptions,
  CaseDeadlinesOptionsSchema,
  type ChallengeDeadline,
  caseDeadlines,
  type RestrictionDeadlines,
} from './queries.js';
export { replay } from './replay.js';
export {
  CASE_SCHEMA_VERSION,
  type CaseStage,
  CaseStageSchema,
  type CaseState,
  CaseStateSchema,
  type Challenge,
  ChallengeSchema,
  type DecidedUnder,
  type DecisionRecord,
  DecisionRecordSchema,
  type LetterRecord,
  LetterRecordSchema,
  type OpenCaseInput,
  OpenCaseInputSchema,
  openCase,
  type RestrictionRecord,
  RestrictionRecordSchema,
  type Stated,
  StatedSchema,
  type TeamNotice,
  TeamNoticeSchema,
  type VoidRecord,
} from './state.js';
export { type CaseTimeline, caseTimeline, type TimelineEntry } from './timeline.js';
