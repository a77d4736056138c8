import { z } from 'zod';
import { deepFreeze } from '../shared/freeze.js';
import { type Reason, reason } from '../shared/reason.js';
import { ok, type Result } from '../shared/result.js';
import type { RuleId } from '../shared/rules.js';
import { validate } from '../shared/validate.js';
import { LIBRARY_DEFAULTS } from './presets.js';
import { type Policy, PolicySchema, SETTING_PATHS, type SettingPath } from './schema.js';

/** What a setting means: a label, its unit, and the rule it serves. */
export interface SettingInfo {
  readonly label: string;
  readonly unit: string;
  readonly rule: RuleId;
}

/**
 * Every policy setting's label, unit and rule (the OpenFisca habit: a parameter is never a bare
 * number). The policy's own `citations` say where each value comes from.
 *
 * @example
 * POLICY_SETTINGS['appeal.window'] // => { label: 'Appeal window', unit: 'days', rule: 'TEP-11.2' }
 */
export const POLICY_SETTINGS: Readonly<Record<SettingPath, SettingInfo>> = deepFreeze({
  timeZone: { label: 'Time zone civil dates are read in', unit: 'IANA zone', rule: 'NF-5' },
  calendar: { label: 'Bank holidays and closure days', unit: 'nation and dates', rule: 'NF-7' },
  monthEnd: {
    label: 'Adding months to a day the target month lacks',
    unit: "'clamp' or 'next-day'",
    rule: 'TEP-10',
  },
  'formalAction.eiaBeforeFormalAction': {
    label: 'EIA before formal action',
    unit: 'yes/no',
    rule: 'TEP-2.3',
  },
  'formalAction.eiaBeforeRestriction': {
    label: 'EIA before restricting contact',
    unit: 'yes/no',
    rule: 'TEP-2.3',
  },
  'formalAction.writtenWarningBeforeRestriction': {
    label: 'Written warning before restricting contact',
    unit: 'yes/no',
    rule: 'TEP-4.4',
  },
  'formalAction.informalActionBeforeFormalAction': {
    label: 'Informal action (a supportive approach or an initial warning) before formal action',
    unit: 'yes/no',
    rule: 'TEP-4.2',
  },
  'restriction.defaultMonths': { label: 'Default restriction length', unit: 'months', rule: 'TEP-5.2' },
  'restriction.reviewIntervalMonths': { label: 'Case review interval', unit: 'months', rule: 'TEP-10' },
  'restriction.spocOversightIntervalMonths': {
    label: 'SPOC oversight interval',
    unit: 'months',
    rule: 'TEP-6',
  },
  'appeal.window': { label: 'Appeal window', unit: 'days', rule: 'TEP-11.2' },
  'appeal.decisionWithin': { label: 'Time to decide an appeal', unit: 'days', rule: 'TEP-11.2' },
  'reconsideration.decisionWithin': {
    label: 'Time to decide a reconsideration',
    unit: 'days',
    rule: 'TEP-11.1',
  },
  exclusions: { label: 'Subjects always received and acted on', unit: 'contact subjects', rule: 'TEP-7' },
  'thresholds.contactsInADay': {
    label: 'High volume: contacts in one day',
    unit: 'contacts',
    rule: 'HO-2.3',
  },
  'thresholds.contactsInAWeek': {
    label: 'High volume: contacts in seven days',
    unit: 'contacts',
    rule: 'HO-2.3',
  },
  'thresholds.contactsOnClosedIssue': {
    label: 'Contacts on a closed issue without new information',
    unit: 'contacts',
    rule: 'TEP-3.3',
  },
  'thresholds.longCall': {
    label: 'Long calls repeating the same points',
    unit: 'minutes; calls in days',
    rule: 'HO-2.3',
  },
  'thresholds.unannouncedVisits': {
    label: 'Office visits without an appointment',
    unit: 'visits in days',
    rule: 'TEP-3.3',
  },
  'thresholds.duplicateDocuments': {
    label: 'Duplicate documents',
    unit: 'documents in days',
    rule: 'TEP-3.3',
  },
  'thresholds.copyingIn': {
    label: 'Copying the landlord into emails',
    unit: 'emails in days',
    rule: 'HO-2.3',
  },
  'thresholds.swearingOrShouting': {
    label: 'One swear or shout at staff',
    unit: "'unacceptable-once' or 'only-when-persistent'",
    rule: 'TEP-3.1',
  },
  'restriction.otherLengthNeedsJustification': {
    label: 'A restriction of another length than the default records why',
    unit: 'yes/no',
    rule: 'SH-2',
  },
  'deemedReceipt.skipsClosureDays': {
    label: "The landlord's closure days delay deemed receipt",
    unit: 'yes/no',
    rule: 'NF-6',
  },
});

/**
 * Whether the policy's value for a setting is the library's own default rather than a rule of its
 * source: its citation names `LIBRARY_DEFAULTS`. Wording that rests on such a setting must say it
 * is the library's default, never the source's rule.
 *
 * @example
 * isLibraryDefault(presets.housingOmbudsman2021, 'appeal.window') // => { ok: true, value: true }: the source sets no time limit
 * isLibraryDefault(presets.tenancyEnforcementProcedure, 'appeal.window') // => { ok: true, value: false }: TEP 11
 * isLibraryDefault(presets.selwood, 'appeal.windw') // => { ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'path', ... }] } }
 */
export function isLibraryDefault(policy: Policy, path: SettingPath): Result<boolean> {
  const valid = validate(LibraryDefaultInput, { policy, path }, '');
  return valid.ok ? ok(restsOnLibraryDefault(valid.value.policy, valid.value.path)) : valid;
}

const LibraryDefaultInput = z.strictObject({ policy: PolicySchema, path: z.enum(SETTING_PATHS) });

/** `isLibraryDefault` on a policy already validated. */
export function restsOnLibraryDefault(policy: Policy, path: SettingPath): boolean {
  return policy.citations[path].document === LIBRARY_DEFAULTS;
}

/**
 * A reason for a decision that rests on a policy setting: the setting's rule, and the policy's
 * own citation for its value (a source heading, or the library default it took). When the value
 * is a library default (`isLibraryDefault`), the text says so first, in words an officer can
 * quote, so the library's choice is never read as the source's rule.
 *
 * @example
 * settingReason(presets.housingOmbudsman2021, 'appeal.window', 'An appeal is made within 14 days.').text
 * // => 'Library default for "Appeal window", not a rule of the policy’s source: An appeal is made within 14 days.'
 */
export function settingReason(policy: Policy, path: SettingPath, text: string): Reason {
  const { label, rule } = POLICY_SETTINGS[path];
  const said = restsOnLibraryDefault(policy, path)
    ? `Library default for "${label}", not a rule of the policy’s source: ${text}`
    : text;
  return reason(rule, said, policy.citations[path]);
}
