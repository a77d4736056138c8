export { calendarOf } from './calendar.js';
export { definePolicy, type PolicySettings, parsePolicy, policyInEffectOn } from './define.js';
export {
  type DescribedRule,
  type DescribedSetting,
  describePolicy,
  type PolicyDescription,
} from './describe.js';
export {
  DEFAULT_POLICY,
  housingOmbudsman2021,
  LIBRARY_DEFAULTS,
  presets,
  selwood,
  tenancyEnforcementProcedure,
} from './presets.js';
export {
  ALWAYS_EXCLUDED,
  type AppealWindow,
  AppealWindowSchema,
  AUTHORITY_STEPS,
  type Authority,
  AuthoritySchema,
  type AuthorityStep,
  CitationSchema,
  type Citations,
  CitationsSchema,
  ExclusionsSchema,
  type NoticeChannel,
  NoticeChannelSchema,
  type Period,
  PeriodSchema,
  type Policy,
  PolicySchema,
  RoleSchema,
  SETTING_PATHS,
  type SettingPath,
  type StepAuthority,
  StepAuthoritySchema,
  type Thresholds,
  ThresholdsSchema,
  type WarningForm,
  WarningFormSchema,
} from './schema.js';
export {
  allCitedUnder,
  citedUnder,
  isLibraryDefault,
  POLICY_SETTINGS,
  policyReason,
  type SettingInfo,
  settingReason,
} from './settings.js';
