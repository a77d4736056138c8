export { calendarOf } from './calendar.js';
export { definePolicy, type PolicySettings, parsePolicy, policyInEffectOn } from './define.js';
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
  CitationSchema,
  CountFromSchema,
  ExclusionsSchema,
  PERIOD_MAXIMUM,
  type Period,
  PeriodSchema,
  type PeriodUnit,
  PeriodUnitSchema,
  type Policy,
  PolicySchema,
  restrictionContradictions,
  SETTING_PATHS,
  type SettingPath,
  type Thresholds,
  ThresholdsSchema,
} from './schema.js';
export { isLibraryDefault, POLICY_SETTINGS, type SettingInfo, settingReason } from './settings.js';
