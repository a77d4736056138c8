import { type Policy, PolicySchema } from '../policy/schema.js';
import { settingReason } from '../policy/settings.js';
import { type PolicyOrName, presetOrGiven } from '../policy/versions.js';
import { type Reason, reason } from '../shared/reason.js';
import { ok, type Result } from '../shared/result.js';
import { validate } from '../shared/validate.js';
import type { ContactSubject } from '../shared/vocabulary.js';

/**
 * What a customer can always still report, whatever the restriction: the policy's exclusions
 * (TEP-7), which are taken and acted on through any channel, and complaints and approaches to the
 * Ombudsman, which a restriction may channel but never stop (NF-3).
 */

/** Each subject as a letter names it, with the verb agreeing. */
export const SUBJECT_WORDS: Readonly<
  Record<ContactSubject, { readonly words: string; readonly are: string }>
> = {
  emergency: { words: 'Emergencies such as fire, terrorism or a physical assault', are: 'are' },
  'urgent-repair': { words: 'Urgent repairs', are: 'are' },
  'new-repair': { words: 'New repairs', are: 'are' },
  safeguarding: { words: 'Safeguarding incidents', are: 'are' },
  'domestic-abuse': { words: 'Domestic violence or abuse', are: 'is' },
  'critical-asb': { words: 'Critical anti-social behaviour incidents and reports', are: 'are' },
  complaint: { words: 'Complaints, and escalating a complaint', are: 'are' },
  general: { words: 'General enquiries', are: 'are' },
  ombudsman: { words: 'Approaches to the Housing Ombudsman', are: 'are' },
  'health-and-safety': {
    words: 'Health and safety concerns, such as gas, fire safety, damp and mould or a structural danger',
    are: 'are',
  },
};

/** NF-3: subjects a restriction may channel but never refuse. */
export const CHANNELLED_SUBJECTS: readonly ContactSubject[] = ['complaint', 'ombudsman'];

/** TEP-7: the reason an excluded subject goes ahead whatever the restriction, cited to the policy's setting. */
export function exclusionReason(policy: Policy, subject: ContactSubject): Reason {
  const { words, are } = SUBJECT_WORDS[subject];
  return settingReason(
    policy,
    'exclusions',
    `${words} ${are} always received and acted on, whatever the restriction, through any channel: take this contact and act on it.`,
  );
}

/** One line of a notice: something the customer can always still report, and why. */
export interface ReportableItem {
  readonly subject: ContactSubject;
  /** The line for the letter, addressed to the customer. */
  readonly text: string;
  /**
   * `'any-channel'`: a TEP-7 exclusion, taken by any means, whatever the restriction.
   * `'channelled'`: NF-3, made through the arrangements the restriction sets, never refused.
   */
  readonly how: 'any-channel' | 'channelled';
  readonly reason: Reason;
}

const CHANNELLED_TEXT: Readonly<Record<'complaint' | 'ombudsman', string>> = {
  complaint:
    'You can always make a complaint, or escalate one. We may ask you to make it through the contact arrangements in this letter, but we will never refuse it.',
  ombudsman:
    'You can always take your complaint to the Housing Ombudsman Service. These arrangements do not limit that, and we will never refuse contact with us about it.',
};

/**
 * The lines a notice sets out of what the customer can always still report: each exclusion of
 * the policy (TEP-7), in the policy's order, then complaints and the Ombudsman (NF-3) unless the
 * policy already excludes them. Reused by the notices module for every restriction letter.
 *
 * Edge cases: every valid policy excludes at least emergencies, safeguarding and domestic abuse
 * (TEP-7; the policy schema refuses one that does not); a subject the policy both excludes and
 * channels is listed once, as an exclusion.
 *
 * @example
 * alwaysReportable(presets.tenancyEnforcementProcedure)
 * // => { ok: true, value: [
 * //   { subject: 'critical-asb', how: 'any-channel',
 * //     text: 'Critical anti-social behaviour incidents and reports: you can always report them to us, at any time and by any means, whatever the restrictions on your contact. We will take the report and act on it.',
 * //     reason: { rule: 'TEP-7', text: '…', citation: { document: 'Unacceptable Behaviour – Tenancy Enforcement Procedure', section: '7. Exclusions' } } },
 * //   ... new repairs, urgent repairs, emergencies, safeguarding, domestic violence ...,
 * //   { subject: 'complaint', how: 'channelled', text: 'You can always make a complaint, or escalate one. …', reason: { rule: 'NF-3', … } },
 * //   { subject: 'ombudsman', how: 'channelled', text: 'You can always take your complaint to the Housing Ombudsman Service. …', reason: { rule: 'NF-3', … } } ] }
 *
 * alwaysReportable({ ...presets.selwood, exclusions: ['emergency', 'safeguarding', 'domestic-abuse', 'fire'] })
 * // => { ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'policy.exclusions[3]', … }] } }
 */
export function alwaysReportable(policy: PolicyOrName): Result<readonly ReportableItem[]> {
  const valid = validate(PolicySchema, presetOrGiven(policy), 'policy');
  if (!valid.ok) return valid;
  const exclusions = [...new Set(valid.value.exclusions)];
  const items: ReportableItem[] = exclusions.map((subject) => ({
    subject,
    how: 'any-channel',
    text: `${SUBJECT_WORDS[subject].words}: you can always report ${SUBJECT_WORDS[subject].are === 'is' ? 'it' : 'them'} to us, at any time and by any means, whatever the restrictions on your contact. We will take the report and act on it.`,
    reason: exclusionReason(valid.value, subject),
  }));
  for (const subject of ['complaint', 'ombudsman'] as const) {
    if (exclusions.includes(subject)) continue;
    items.push({
      subject,
      how: 'channelled',
      text: CHANNELLED_TEXT[subject],
      reason: reason(
        'NF-3',
        'A restriction may channel how a complaint is made, but never stops the customer making or escalating a complaint, or going to the Ombudsman.',
      ),
    });
  }
  return ok(items);
}
