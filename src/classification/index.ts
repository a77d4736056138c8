// Classification: what happened, and is it unacceptable (classifyIncident); which patterns of
// persistence a contact log shows (analyseContacts). Rules: docs/rules.md, sections 1 and 2.

// The incident vocabulary of the public contract, which classification reads.
export {
  ActorSchema,
  type BehaviourCode,
  BehaviourCodeSchema,
  type Incident,
  IncidentSchema,
  TargetSchema,
} from '../shared/incident.js';
export { type Channel, ChannelSchema } from '../shared/vocabulary.js';
export {
  type AnalyseContactsOptions,
  analyseContacts,
  analyseContactsTrusted,
  type ContactAnalysis,
  type ExcludedContact,
  type Finding,
  type FindingKind,
  FindingKindSchema,
} from './analyse.js';
export {
  BEHAVIOURS,
  type BehaviourDescription,
  type BehaviourRule,
  CATEGORY_OF_RULE,
  categoriesOf,
  type SourceSentence,
} from './behaviours.js';
export {
  type Classification,
  ClassificationSchema,
  type ClassifyOptions,
  classifyIncident,
} from './classify.js';
export {
  type Contact,
  type ContactLogEntry,
  ContactLogEntrySchema,
  ContactLogSchema,
  ContactSchema,
  type IssueStatus,
  IssueStatusSchema,
} from './contacts.js';
export {
  type BehaviourCategory,
  BehaviourCategorySchema,
  type CommunicationNeed,
  CommunicationNeedSchema,
  type Consideration,
  type ConsiderationKind,
  ConsiderationKindSchema,
  type CustomerContext,
  CustomerContextSchema,
  type IncidentRoute,
  IncidentRouteSchema,
  RECOMMENDED_STEPS,
  type RecommendedStep,
  RecommendedStepSchema,
  SEVERITIES,
  type Severity,
  SeveritySchema,
  type Vulnerability,
  VulnerabilitySchema,
} from './vocabulary.js';
