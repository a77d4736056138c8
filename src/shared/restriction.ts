import { z } from 'zod';
import { CivilDateSchema, InstantSchema } from './dates.js';
import { describeValue } from './describe.js';
import { LIMITS } from './limits.js';
import { ChannelSchema } from './vocabulary.js';

const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * A local time of day, `'HH:MM'`, 24-hour.
 *
 * @example
 * LocalTimeSchema.safeParse('09:30').success // => true
 * LocalTimeSchema.safeParse('24:00').success // => false
 */
export const LocalTimeSchema = z.string().regex(LOCAL_TIME, {
  error: (issue) => `expected a local time HH:MM, received ${describeValue(issue.input)}`,
});

/**
 * A day of the week, `'monday'`..`'sunday'`.
 *
 * @example
 * WeekdaySchema.safeParse('monday').success // => true
 * WeekdaySchema.safeParse('Monday').success // => false
 */
export const WeekdaySchema = z.enum([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);
/** `'monday' | 'tuesday' | ... | 'sunday'`. */
export type Weekday = z.infer<typeof WeekdaySchema>;

/**
 * A staff member acting as single point of contact (TEP-6).
 *
 * @example
 * SpocSchema.safeParse({ staffId: 'hm-1', name: 'A. Patel' }).success // => true
 */
export const SpocSchema = z.strictObject({ staffId: z.string().min(1), name: z.string().min(1) });
/** The single point of contact: `{ staffId, name }`. */
export type Spoc = z.infer<typeof SpocSchema>;

/**
 * A pre-arranged call window on a local weekday, e.g. `{ day: 'monday', from: '09:00', to: '12:00' }`.
 *
 * @example
 * CallWindowSchema.safeParse({ day: 'tuesday', from: '09:00', to: '12:00' }).success // => true
 * CallWindowSchema.safeParse({ day: 'tuesday', from: '12:00', to: '09:00' }).success // => false (ends before it starts)
 */
export const CallWindowSchema = z
  .strictObject({
    day: WeekdaySchema,
    from: LocalTimeSchema,
    to: LocalTimeSchema,
  })
  .check((ctx) => {
    // 'HH:MM' compares as text; a window that does not end after it starts admits no call at all.
    const { from, to } = ctx.value;
    if (LOCAL_TIME.test(from) && LOCAL_TIME.test(to) && to <= from) {
      ctx.issues.push({
        code: 'custom',
        input: to,
        path: ['to'],
        message: `expected a window that ends after it starts (from ${from}), received ${describeValue(to)}`,
      });
    }
  })
  .meta({
    description:
      "A pre-arranged call window on a local weekday, e.g. { day: 'monday', from: '09:00', to: '12:00' }. Beyond the schema, the library checks that the window ends after it starts ('to' later than 'from'): a window from 12:00 to 09:00 is refused.",
  });
export type CallWindow = z.infer<typeof CallWindowSchema>;

/**
 * One measure restricting contact (TEP-5.3, SH-1). A restriction may combine several; the
 * contact gate applies the strictest.
 *
 * @example
 * MeasureSchema.safeParse({ kind: 'single-channel', channel: 'email' }).success // => true
 * MeasureSchema.safeParse({ kind: 'single-channel' }).success // => false (which channel?)
 */
export const MeasureSchema = z.discriminatedUnion('kind', [
  /** One method of communication only (SH-1), e.g. email only. */
  z.strictObject({ kind: z.literal('single-channel'), channel: ChannelSchema }),
  /** Only accept contact in writing (TEP-5.3). */
  z.strictObject({ kind: z.literal('written-only') }),
  /** Contact only through the single point of contact (TEP-5.3, TEP-6). */
  z.strictObject({ kind: z.literal('spoc-only') }),
  /** Calls only at pre-arranged days and times, London local time (TEP-5.3, SH-1). */
  z.strictObject({
    kind: z.literal('call-windows'),
    windows: z
      .array(CallWindowSchema)
      .min(1)
      .max(LIMITS.maxWindowsPerMeasure, {
        error: (issue) =>
          `expected no more than ${LIMITS.maxWindowsPerMeasure} call windows in one measure (LIMITS.maxWindowsPerMeasure), received ${describeValue(issue.input)}`,
      }),
  }),
  /** Contact through a person the customer nominated to act for them (SH-1, SH-3). */
  z.strictObject({ kind: z.literal('nominated-person'), personId: z.string().min(1) }),
  /** No further communication on a particular issue (SH-1, TEP-5.3). */
  z.strictObject({ kind: z.literal('no-contact-on-issue'), issueId: z.string().min(1) }),
  /** Return correspondence (TEP-5.3). */
  z.strictObject({ kind: z.literal('return-correspondence') }),
  /** Limited contact: the customer can only make contact on the specified days, London local time (SH-1). */
  z.strictObject({ kind: z.literal('specified-days'), days: z.array(WeekdaySchema).min(1) }),
  /**
   * Stop all communication with the customer (HO-5), in either direction. The policy's exclusions
   * still get through (TEP-7), and a complaint or an approach to the Ombudsman is never stopped (NF-3).
   */
  z.strictObject({ kind: z.literal('no-contact') }),
  /**
   * The restriction applies only to contacts about these services (a contact's `service`, in the
   * landlord's own words, e.g. 'repairs'): its other measures bind nothing else. A contact that
   * does not say which service it is about is held to them.
   */
  z.strictObject({
    kind: z.literal('service-scope'),
    services: z.array(z.string().min(1)).min(1),
  }),
  /** Calls last no longer than this many minutes; staff give a clear warning before ending one (HO-4, TEP-5.3). */
  z.strictObject({ kind: z.literal('call-length-limit'), minutes: z.int().min(1).max(240) }),
  /** In-person meetings and visits take place only with a witness, a second colleague, present (TEP-5.3). */
  z.strictObject({ kind: z.literal('witness-present') }),
]);
export type Measure = z.infer<typeof MeasureSchema>;

/**
 * A restriction's measures: at least one, and never a `service-scope` alone, which only narrows
 * the contacts the other measures bind; several scopes narrow it to the services they share, so
 * they must share one, or the restriction would silently bind nothing.
 *
 * @example
 * MeasuresSchema.safeParse([{ kind: 'service-scope', services: ['repairs'] }]).success // => false
 * MeasuresSchema.safeParse([{ kind: 'service-scope', services: ['repairs'] }, { kind: 'written-only' }]).success // => true
 */
export const MeasuresSchema = z
  .array(MeasureSchema)
  .min(1)
  .check((ctx) => {
    if (ctx.value.length > 0 && ctx.value.every((measure) => measure.kind === 'service-scope')) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message:
          'expected a measure besides service-scope: it only says which services the other measures apply to',
      });
    }
    const scopes = ctx.value.flatMap((measure) =>
      measure.kind === 'service-scope' ? [measure.services] : [],
    );
    const shared = scopes.reduce<readonly string[] | undefined>(
      (common, services) => (common === undefined ? services : common.filter((s) => services.includes(s))),
      undefined,
    );
    if (shared !== undefined && shared.length === 0) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message:
          'expected the service-scope measures to share a service: the restriction applies only to services every scope names, and these share none',
      });
    }
  })
  .meta({
    description:
      "A restriction's measures: at least one, and never service-scope alone. Beyond the schema, the library checks that several service-scope measures share a service.",
    // A measure that is not a service scope (the one check JSON Schema can say).
    contains: {
      not: { type: 'object', properties: { kind: { const: 'service-scope' } }, required: ['kind'] },
    },
  });

/**
 * A restriction in force from the start of `startsOn` to the end of `lastDayInForce` (London time),
 * or until `liftedAt`, the instant it was lifted, when that comes first. An open-ended restriction
 * (`lastDayInForce: null`) has no last day: it is in force until lifted.
 *
 * @example
 * RestrictionSchema.safeParse({ id: 'R1', startsOn: '2026-03-01', lastDayInForce: null,
 *   measures: [{ kind: 'written-only' }] }).success // => true (open-ended)
 */
export const RestrictionSchema = z.strictObject({
  id: z.string().min(1),
  startsOn: CivilDateSchema,
  /** The last civil date in force; `null`: open-ended, in force until lifted. */
  lastDayInForce: CivilDateSchema.nullable(),
  measures: MeasuresSchema,
  spoc: SpocSchema.optional(),
  /** The instant it was lifted (TEP-10): it applies to no contact from then on. */
  liftedAt: InstantSchema.optional(),
});
export type Restriction = z.infer<typeof RestrictionSchema>;

/**
 * SC-2: a staff member reported for their conduct has no further contact with the resident, from
 * `since` until `endedAt`, the instant the resident was satisfied with the outcome, if they were.
 *
 * @example
 * ProtectionSchema.safeParse({ staffId: 'cso-3', since: '2026-03-02T10:00:00Z', reason: 'conduct reported by the resident' }).success // => true
 */
export const ProtectionSchema = z.strictObject({
  staffId: z.string().min(1),
  residentId: z.string().min(1).optional(),
  since: InstantSchema,
  reason: z.string().min(1),
  /** When it ended (`staff-conduct-resolved`, the resident satisfied): it binds no contact from then on. */
  endedAt: InstantSchema.optional(),
});
export type Protection = z.infer<typeof ProtectionSchema>;
