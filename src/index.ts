// The package's public face: named exports only, and nothing else.
export * from './calendar/index.js';
export * from './case/index.js';
export * from './classification/index.js';
export * from './contact/index.js';
export * from './deadlines/index.js';
export {
  ALWAYS_EXCLUDED,
  type AppealWindow,
  AppealWindowSchema,
  CitationSchema,
  DEFAULT_POLICY,
  definePolicy,
  ExclusionsSchema,
  housingOmbudsman2021,
  LIBRARY_DEFAULTS,
  type Period,
  PeriodSchema,
  POLICY_SETTINGS,
  type Policy,
  PolicySchema,
  type PolicySettings,
  parsePolicy,
  policyInEffectOn,
  presets,
  SETTING_PATHS,
  type SettingInfo,
  type SettingPath,
  selwood,
  type Thresholds,
  ThresholdsSchema,
  tenancyEnforcementProcedure,
} from './policy/index.js';
export {
  type Citation,
  type CivilDate,
  CivilDateSchema,
  type ContactSubject,
  ContactSubjectSchema,
  type ErrorCode,
  type Failure,
  type Instant,
  InstantSchema,
  type Issue,
  type Nation,
  NationSchema,
  type Reason,
  type Result,
  RULES,
  type RuleId,
  type TimeZone,
  TimeZoneSchema,
  YEAR_RANGE,
} from './shared/index.js';
