export {
  type CallWindow,
  CallWindowSchema,
  LocalTimeSchema,
  type Measure,
  MeasureSchema,
  type Protection,
  ProtectionSchema,
  type Restriction,
  RestrictionSchema,
  type Spoc,
  SpocSchema,
  type Weekday,
  WeekdaySchema,
} from '../shared/restriction.js';
export { type Channel, ChannelSchema } from '../shared/vocabulary.js';
export { CORRESPONDENCE_CHANNELS, WRITTEN_CHANNELS } from './channels.js';
export { alwaysReportable, type ReportableItem } from './exclusions.js';
export { type CheckContactOptions, type ContactGate, checkContact, compileContactGate } from './gate.js';
export {
  type ContactAttempt,
  ContactAttemptSchema,
  type ContactBreach,
  type ContactConditions,
  type ContactDecision,
  ContactDecisionSchema,
  type ContactGateInput,
  ContactGateInputSchema,
  type ContactOutcome,
  type ContactRoute,
  GateRestrictionSchema,
} from './schema.js';
export type { PermittedWindow } from './windows.js';
