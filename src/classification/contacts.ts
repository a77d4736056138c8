import { z } from 'zod';
import { INSTANT_JSON_SCHEMA, INSTANT_SHAPE, InstantSchema } from '../shared/dates.js';
import { describeValue } from '../shared/describe.js';
import { LIMITS } from '../shared/limits.js';
import { ChannelSchema, ContactSubjectSchema } from '../shared/vocabulary.js';
import { plainInstantMs } from './instants.js';

/**
 * An instant exactly as `InstantSchema` accepts it, checked fast: the plain shape most logs use
 * is read directly, and anything else goes to `InstantSchema` itself, so a log's answer and its
 * error messages are the same either way.
 */
const LoggedInstantSchema = z
  .string({ error: 'expected an instant as an ISO 8601 string with Z or an offset' })
  .regex(INSTANT_SHAPE, {
    error: (issue) =>
      `expected an ISO 8601 instant with Z or an offset (e.g. 2026-03-29T09:30:00Z), received ${describeValue(issue.input)}`,
  })
  .check((ctx) => {
    if (!Number.isNaN(plainInstantMs(ctx.value))) return;
    // The wrong shape is already reported, in InstantSchema's words, by the pattern above.
    if (!INSTANT_SHAPE.test(ctx.value)) return;
    const full = InstantSchema.safeParse(ctx.value);
    if (full.success) return;
    for (const issue of full.error.issues) {
      ctx.issues.push({ code: 'custom', input: ctx.value, message: issue.message });
    }
  })
  .meta(INSTANT_JSON_SCHEMA);

/**
 * Where the issue a contact is about stood when the contact was made. `'resolved'` and
 * `'closed'` both mean the landlord considers it dealt with (TEP-3.3).
 *
 * @example
 * IssueStatusSchema.safeParse('resolved').success // => true
 */
export const IssueStatusSchema = z.enum(['open', 'under-consideration', 'resolved', 'closed'], {
  error: (issue) =>
    `expected an issue status: 'open', 'under-consideration', 'resolved' or 'closed', received ${describeValue(issue.input)}`,
});
/** `'open' | 'under-consideration' | 'resolved' | 'closed'`. */
export type IssueStatus = z.infer<typeof IssueStatusSchema>;

/**
 * One entry of a customer's contact log, as `analyseContacts` reads it (docs/classification.md). Strict: an
 * unknown key is an error naming its path. A flag left out means "no": a visit without
 * `appointment: true` was unannounced, a contact without `newInformation: true` brought none.
 *
 * @example
 * ContactLogEntrySchema.safeParse({ id: 'c-1', at: '2026-03-02T10:00:00Z', channel: 'phone', direction: 'inbound', subject: 'complaint', issueId: 'iss-1', issueStatus: 'closed' }).success // => true
 * ContactLogEntrySchema.safeParse({ id: 'c-2', at: '2026-03-02T10:00:00Z', channel: 'phone', direction: 'inbound', subject: 'complaint', issueStatus: 'closed' }).success // => false (issueStatus needs issueId)
 */
export const ContactLogEntrySchema = z
  .strictObject({
    /** Unique within the log; findings name their evidence by it. */
    id: z.string().min(1),
    at: LoggedInstantSchema,
    channel: ChannelSchema,
    direction: z.enum(['inbound', 'outbound'], {
      error: (issue) => `expected 'inbound' or 'outbound', received ${describeValue(issue.input)}`,
    }),
    subject: ContactSubjectSchema,
    issueId: z.string().min(1).optional(),
    /** The issue's status when the contact was made; needs `issueId`. */
    issueStatus: IssueStatusSchema.optional(),
    /** The contact brought new, significant information (TEP-3.3). */
    newInformation: z.boolean().optional(),
    /** How long a call lasted, in minutes (HO-2.3). */
    durationMinutes: z.number().min(0).optional(),
    /**
     * The id of the earlier contact whose document this one sends again (TEP-3.3). An id in the
     * log must be of an earlier (or simultaneous) contact; an id outside the log (a document sent
     * before the log begins, or by another route) is allowed.
     */
    duplicateOf: z.string().min(1).optional(),
    /** An office visit was booked in advance (TEP-3.3). */
    appointment: z.boolean().optional(),
    /** The contact chases a response the landlord owes and is late with: it never counts. */
    landlordResponseOverdue: z.boolean().optional(),
    /** An email to other parties that copies the landlord in (HO-2.3); counted only on `channel: 'email'`. */
    copiedIn: z.boolean().optional(),
  })
  .refine((entry) => entry.issueStatus === undefined || entry.issueId !== undefined, {
    message: 'expected an issueId when issueStatus is given: the status belongs to an issue',
    path: ['issueId'],
  })
  .meta({ dependentRequired: { issueStatus: ['issueId'] } });
/** One validated contact-log entry. */
export type ContactLogEntry = z.infer<typeof ContactLogEntrySchema>;

/**
 * `ContactSchema`, as the public contract names it: one entry of a customer's contact log, the input of
 * `analyseContacts`. (A contact about to happen, which the contact gate checks, is
 * `ContactAttemptSchema`.)
 *
 * @example
 * ContactSchema.safeParse({ id: 'c-1', at: '2026-03-02T09:00:00Z', channel: 'phone', direction: 'inbound', subject: 'general' }).success
 * // => true
 */
export const ContactSchema = ContactLogEntrySchema;
/** One entry of a contact log ("a contact" for `analyseContacts`, docs/classification.md). */
export type Contact = ContactLogEntry;

/**
 * A customer's contact log: entries in any order (they are sorted by time, never misread).
 *
 * @example
 * ContactLogSchema.safeParse([]).success // => true
 * ContactLogSchema.safeParse({}).success // => false (a log is an array)
 */
export const ContactLogSchema = z.array(ContactLogEntrySchema, {
  error: 'expected the contact log as an array of contacts',
});

const CHANNELS: ReadonlySet<unknown> = new Set(ChannelSchema.options);
const SUBJECTS: ReadonlySet<unknown> = new Set(ContactSubjectSchema.options);
const STATUSES: ReadonlySet<unknown> = new Set(IssueStatusSchema.options);
const ENTRY_KEYS: ReadonlySet<string> = new Set(Object.keys(ContactLogEntrySchema.shape));
const FLAGS = ['newInformation', 'appointment', 'landlordResponseOverdue', 'copiedIn'] as const;

const isText = (value: unknown): boolean =>
  typeof value === 'string' && value.length >= 1 && value.length <= LIMITS.maxStringLength;

/**
 * Whether a log entry is one `ContactLogEntrySchema` (and the input guard) plainly accepts, read
 * by hand and in place: nothing is copied. No means "ask the schema", which then decides and
 * words any refusal, so a log's answer and its messages are the same either way; the entry is
 * never more than 13 values, well inside the guard's budget of 16 an entry.
 *
 * @example
 * isPlainLogEntry({ id: 'c1', at: '2026-03-02T09:00:00Z', channel: 'phone', direction: 'inbound', subject: 'general' }) // => true
 * isPlainLogEntry({ id: 'c1', at: '2026-03-02T09:00:00Z', channel: 'fax', direction: 'inbound', subject: 'general' }) // => false
 */
export function isPlainLogEntry(entry: unknown): entry is ContactLogEntry {
  if (typeof entry !== 'object' || entry === null) return false;
  const proto: unknown = Object.getPrototypeOf(entry);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const key in entry) if (!ENTRY_KEYS.has(key) || !Object.hasOwn(entry, key)) return false;
  const e = entry as Record<string, unknown>;
  const { at, issueId, issueStatus, duplicateOf, durationMinutes } = e;
  if (!isText(e.id) || typeof at !== 'string' || Number.isNaN(plainInstantMs(at))) return false;
  if (!CHANNELS.has(e.channel) || !SUBJECTS.has(e.subject)) return false;
  if (e.direction !== 'inbound' && e.direction !== 'outbound') return false;
  if (issueId !== undefined && !isText(issueId)) return false;
  if (duplicateOf !== undefined && !isText(duplicateOf)) return false;
  if (issueStatus !== undefined && (!STATUSES.has(issueStatus) || issueId === undefined)) return false;
  if (
    durationMinutes !== undefined &&
    !(typeof durationMinutes === 'number' && Number.isFinite(durationMinutes) && durationMinutes >= 0)
  ) {
    return false;
  }
  for (const flag of FLAGS) if (e[flag] !== undefined && typeof e[flag] !== 'boolean') return false;
  return true;
}
