export {
  type CivilDate,
  CivilDateSchema,
  type Instant,
  InstantSchema,
  type TimeZone,
  TimeZoneSchema,
  YEAR_RANGE,
} from './dates.js';
export {
  type JsonObject,
  JsonObjectSchema,
  type JsonValue,
  JsonValueSchema,
  MAX_JSON_DEPTH,
} from './json.js';
export { LIMITS, type Limits } from './limits.js';
export {
  type CommunicationNeed,
  CommunicationNeedSchema,
  NEED_NAMES,
  NEEDS,
  type Need,
  type NeedFamily,
  NeedSchema,
  type Vulnerability,
  VulnerabilitySchema,
} from './needs.js';
export { type Citation, type Reason, ReasonSchema, reason } from './reason.js';
export { type ErrorCode, type Failure, FailureSchema, fail, type Issue, ok, type Result } from './result.js';
export { RULES, type RuleId } from './rules.js';
export { type ContactSubject, ContactSubjectSchema, type Nation, NationSchema } from './vocabulary.js';
