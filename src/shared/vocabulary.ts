import { z } from 'zod';
import { describeValue } from './describe.js';

/**
 * The UK jurisdictions whose bank holidays differ (NF-7).
 *
 * @example
 * NationSchema.parse('scotland') // => 'scotland'
 */
export const NationSchema = z.enum(['england-and-wales', 'scotland', 'northern-ireland'], {
  error: (issue) =>
    `expected one of 'england-and-wales', 'scotland', 'northern-ireland', received ${describeValue(issue.input)}`,
});
/** `'england-and-wales' | 'scotland' | 'northern-ireland'`. */
export type Nation = z.infer<typeof NationSchema>;

/**
 * What a contact is about. The first six are the exclusions of TEP-7: whatever the restriction,
 * they are always received and acted on. `'complaint'` and `'ombudsman'` may be channelled by a
 * restriction but never refused (NF-3).
 *
 * @example
 * ContactSubjectSchema.parse('urgent-repair') // => 'urgent-repair'
 */
export const ContactSubjectSchema = z.enum(
  [
    'emergency',
    'urgent-repair',
    'new-repair',
    'safeguarding',
    'domestic-abuse',
    'critical-asb',
    'complaint',
    'general',
    /** An approach to, or escalation to, the Housing Ombudsman: channelled like a complaint, never refused (NF-3). */
    'ombudsman',
    /** A health-and-safety concern (gas, fire safety, damp and mould, structural danger): a landlord may add it to its exclusions. */
    'health-and-safety',
  ],
  {
    error: (issue) =>
      `expected a contact subject such as 'urgent-repair' or 'general', received ${describeValue(issue.input)}`,
  },
);
/** What a contact is about, e.g. `'urgent-repair'` or `'complaint'`. */
export type ContactSubject = z.infer<typeof ContactSubjectSchema>;

/**
 * Every channel the policy covers (HO-1).
 *
 * @example
 * ChannelSchema.parse('web-form') // => 'web-form'
 */
export const ChannelSchema = z.enum(
  ['phone', 'email', 'letter', 'in-person', 'social-media', 'web-form', 'sms'],
  {
    error: (issue) =>
      `expected a channel: 'phone', 'email', 'letter', 'in-person', 'social-media', 'web-form' or 'sms', received ${describeValue(issue.input)}`,
  },
);
/** `'phone' | 'email' | 'letter' | 'in-person' | 'social-media' | 'web-form' | 'sms'`. */
export type Channel = z.infer<typeof ChannelSchema>;
