import { plainInstantMs } from '../shared/dates.js';
import { LIMITS } from '../shared/limits.js';
import { ChannelSchema, ContactSubjectSchema } from '../shared/vocabulary.js';
import type { ContactAttempt } from './schema.js';

/**
 * The contact gate's door, fast: a contact is read once, by hand, into a fresh object, and
 * accepted only when `ContactAttemptSchema` (and the input guard before it) would plainly accept
 * it too. Anything else (a `meta`, an unusual instant, a bad value) answers `undefined`, and the
 * schema then checks the contact and words any refusal, so an answer and its messages are the
 * same either way. The differential test in test/performance holds the two to that.
 */

const CHANNELS: ReadonlySet<string> = new Set(ChannelSchema.options);
const SUBJECTS: ReadonlySet<string> = new Set(ContactSubjectSchema.options);
const IDS = ['id', 'issueId', 'staffId', 'via', 'residentId', 'service'] as const;
const KEYS: ReadonlySet<string> = new Set([
  ...IDS,
  'at',
  'direction',
  'channel',
  'subject',
  'durationMinutes',
  'witnessPresent',
]);

const isId = (value: unknown): boolean =>
  value === undefined ||
  (typeof value === 'string' && value.length >= 1 && value.length <= LIMITS.maxStringLength);

/**
 * A valid contact attempt as a fresh object, or `undefined` when the schema must look.
 *
 * @example
 * plainContact({ at: '2026-05-04T09:30:00+01:00', direction: 'inbound', channel: 'phone', subject: 'general' })
 * // => { at: '2026-05-04T09:30:00+01:00', direction: 'inbound', channel: 'phone', subject: 'general' }
 * plainContact({ at: '2026-05-04', direction: 'inbound', channel: 'fax', subject: 'general' }) // => undefined
 */
export function plainContact(contact: unknown): ContactAttempt | undefined {
  if (typeof contact !== 'object' || contact === null) return undefined;
  const proto: unknown = Object.getPrototypeOf(contact);
  if (proto !== Object.prototype && proto !== null) return undefined;
  for (const key in contact) if (!KEYS.has(key) || !Object.hasOwn(contact, key)) return undefined;
  const c = contact as Record<string, unknown>;
  const { at, direction, channel, subject, durationMinutes, witnessPresent } = c;
  if (typeof at !== 'string' || Number.isNaN(plainInstantMs(at))) return undefined;
  if (direction !== 'inbound' && direction !== 'outbound') return undefined;
  if (typeof channel !== 'string' || !CHANNELS.has(channel)) return undefined;
  if (typeof subject !== 'string' || !SUBJECTS.has(subject)) return undefined;
  const out: Record<string, unknown> = { at, direction, channel, subject };
  for (const key of IDS) {
    const value = c[key];
    if (!isId(value)) return undefined;
    if (value !== undefined) out[key] = value;
  }
  if (durationMinutes !== undefined) {
    if (typeof durationMinutes !== 'number' || !(durationMinutes >= 0 && durationMinutes <= 1440))
      return undefined;
    out.durationMinutes = durationMinutes;
  }
  if (witnessPresent !== undefined) {
    if (typeof witnessPresent !== 'boolean') return undefined;
    out.witnessPresent = witnessPresent;
  }
  return out as ContactAttempt;
}
