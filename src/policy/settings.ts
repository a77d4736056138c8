import { z } from 'zod';
import { deepFreeze } from '../shared/freeze.js';
import { type Citation, type Reason, reason } from '../shared/reason.js';
import { ok, type Result } from '../shared/result.js';
import { RULES, type RuleId } from '../shared/rules.js';
import { validate } from '../shared/validate.js';
import { citesLibraryDefault } from './presets.js';
import { type Policy, PolicySchema, SETTING_PATHS, type SettingPath } from './schema.js';
import { type PolicyOrName, presetOrGiven } from './versions.js';

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
 * POLICY_SETTINGS['appeal.window'] // => { label: 'Appeal window', unit: 'a period (length in calendar days, business days, weeks or months; counted from the letter, its deemed or its actual receipt; a last day on a non-business day), or null: no appeal', rule: 'TEP-11.2' }
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
  'restriction.defaultMonths': {
    label: 'Default restriction length',
    unit: 'calendar months, or null: every decision states its length',
    rule: 'TEP-5.2',
  },
  'restriction.reviewIntervalMonths': {
    label: 'Case review interval',
    unit: 'calendar months',
    rule: 'TEP-10',
  },
  'restriction.spocOversightIntervalMonths': {
    label: 'SPOC oversight interval',
    unit: 'calendar months',
    rule: 'TEP-6',
  },
  'appeal.window': {
    label: 'Appeal window',
    unit: 'a period (length in calendar days, business days, weeks or months; counted from the letter, its deemed or its actual receipt; a last day on a non-business day), or null: no appeal',
    rule: 'TEP-11.2',
  },
  'appeal.decisionWithin': {
    label: 'Time to decide an appeal',
    unit: 'a period from receipt, or null: none stated',
    rule: 'TEP-11.2',
  },
  'reconsideration.decisionWithin': {
    label: 'Time to decide a reconsideration',
    unit: 'a period from receipt, null: none stated, or no reconsideration',
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
    unit: 'calls of at least N minutes, within days',
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
  authority: {
    label: 'Who may take each formal step',
    unit: 'roles per step, or { roles, count } for several deciders; a step left out, anyone',
    rule: 'NF-8',
  },
  'formalAction.warningForms': {
    label: 'Forms of warning that count as the written warning',
    unit: "'letter', 'email', 'recorded-phone-call'",
    rule: 'TEP-4.4',
  },
  'notices.channels': {
    label: 'How notices may be sent',
    unit: "'letter', 'email'",
    rule: 'TEP-5.2',
  },
  'restriction.maxMonths': {
    label: 'Longest restriction',
    unit: 'months, or none',
    rule: 'TEP-5.2',
  },
  'restriction.openEnded': {
    label: 'A restriction with no stated length stays until lifted',
    unit: 'yes/no',
    rule: 'TEP-5.2',
  },
  'restriction.firstReviewAfterMonths': {
    label: 'First case review after',
    unit: 'months, or the review interval',
    rule: 'TEP-10',
  },
  'restriction.reviewAtEnd': {
    label: "A case review on the restriction's last day in force",
    unit: 'yes/no',
    rule: 'TEP-10',
  },
  'eia.currentForMonths': {
    label: 'How long an equality impact assessment stays current',
    unit: 'months',
    rule: 'TEP-2.4',
  },
  'markers.reviewAfterMonths': {
    label: 'A warning marker is reviewed after',
    unit: 'months from when it was set, for each severity (low, moderate, serious, extreme)',
    rule: 'NF-9',
  },
  'markers.removeAfterMonths': {
    label: 'A warning marker is removed after',
    unit: 'months from when it was set, for each severity (low, moderate, serious, extreme)',
    rule: 'NF-9',
  },
  'teams.toInform': {
    label: 'Teams told when a restriction is imposed, varied or lifted',
    unit: "team names, e.g. 'customer-service-centre'; none: no such task",
    rule: 'TEP-9',
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
export function isLibraryDefault(policy: PolicyOrName, path: SettingPath): Result<boolean> {
  const valid = validate(LibraryDefaultInput, { policy: presetOrGiven(policy), path }, '');
  return valid.ok ? ok(restsOnLibraryDefault(valid.value.policy, valid.value.path)) : valid;
}

const LibraryDefaultInput = z.strictObject({ policy: PolicySchema, path: z.enum(SETTING_PATHS) });

/** `isLibraryDefault` on a policy already validated. */
export function restsOnLibraryDefault(policy: Policy, path: SettingPath): boolean {
  return citesLibraryDefault(policy.citations[path]);
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
  return citedUnder(policy, reason(rule, said, policy.citations[path]));
}

const sameCitation = (a: Citation, b: Citation): boolean =>
  a.document === b.document && a.section === b.section;

/**
 * The one place a reason meets the landlord's own text for its rule (`citations.rules`): a reason
 * citing the heading the library took the rule from (RULES) cites the landlord's document and
 * section instead. Any other citation (a setting the landlord stated, a library default) is kept,
 * so a library default is never passed off as the landlord's rule. A new reason; the one given is
 * not changed.
 *
 * @example
 * const acme = { ...presets.tenancyEnforcementProcedure, citations: { ...presets.tenancyEnforcementProcedure.citations,
 *   rules: { 'TEP-7': { document: 'Acme Homes policy', section: '8. What you can always report' } } } };
 * citedUnder(acme, reason('TEP-7', 'Urgent repairs are always received.')).citation
 * // => { document: 'Acme Homes policy', section: '8. What you can always report' }
 */
export function citedUnder(policy: Policy, given: Reason): Reason {
  const own = policy.citations.rules?.[given.rule];
  if (own === undefined || !sameCitation(given.citation, RULES[given.rule])) return given;
  return reason(given.rule, given.text, own);
}

/**
 * `citedUnder` over a list of reasons: each cites the landlord's own text for its rule where the
 * policy gives one. Returns the list itself when the policy gives none.
 *
 * @example
 * allCitedUnder(presets.selwood, reasons) === reasons // => true: Selwood's preset cites no rules of its own
 */
export function allCitedUnder(policy: Policy, reasons: readonly Reason[]): readonly Reason[] {
  if (policy.citations.rules === undefined) return reasons;
  return reasons.map((given) => citedUnder(policy, given));
}

/**
 * A reason for a rule, when a policy is in hand: the landlord's own text for the rule, when
 * `citations.rules` gives it, else the heading the library took it from.
 *
 * @example
 * policyReason(presets.tenancyEnforcementProcedure, 'TEP-6', 'The SPOC is a designated colleague.').citation.section
 * // => '6. Single point of contact (SPOC)'
 */
export function policyReason(policy: Policy, rule: RuleId, text: string): Reason {
  return citedUnder(policy, reason(rule, text));
}
