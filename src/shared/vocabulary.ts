import { z } from 'zod';

/** The UK jurisdictions whose bank holidays differ (NF-7). */
export const NationSchema = z.enum(['england-and-wales', 'scotland', 'northern-ireland'], {
  error: (issue) =>
    `expected one of 'england-and-wales', 'scotland', 'northern-ireland', received ${JSON.stringify(issue.input)}`,
});
/** `'england-and-wales' | 'scotland' | 'northern-ireland'`. */
export type Nation = z.infer<typeof NationSchema>;

/**
 * What a contact is about. The first six are the exclusions of TEP-7: whatever the restriction,
 * they are always received and acted on.
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
  ],
  {
    error: (issue) =>
      `expected a contact subject such as 'urgent-repair' or 'general', received ${JSON.stringify(issue.input)}`,
  },
);
/** What a contact is about, e.g. `'urgent-repair'` or `'complaint'`. */
export type ContactSubject = z.infer<typeof ContactSubjectSchema>;

/** Every channel the policy covers (HO-1). */
export const ChannelSchema = z.enum(
  ['phone', 'email', 'letter', 'in-person', 'social-media', 'web-form', 'sms'],
  {
    error: (issue) =>
      `expected a channel: 'phone', 'email', 'letter', 'in-person', 'social-media', 'web-form' or 'sms', received ${JSON.stringify(issue.input)}`,
  },
);
/** `'phone' | 'email' | 'letter' | 'in-person' | 'social-media' | 'web-form' | 'sms'`. */
export type Channel = z.infer<typeof ChannelSchema>;
