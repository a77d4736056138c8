import { z } from 'zod';
import {
  type CivilDate,
  CivilDateSchema,
  type Instant,
  InstantSchema,
  TimeZoneSchema,
} from '../shared/dates.js';
import { deepFreeze } from '../shared/freeze.js';
import { type Reason, reason } from '../shared/reason.js';
import { ok, type Result } from '../shared/result.js';
import { validate } from '../shared/validate.js';
import {
  CalendarSchema,
  firstWorkingDayFrom,
  type ResolvedCalendar,
  resolveCalendar,
  stepWorkingDays,
  workingDayTest,
} from './business-days.js';
import { fromDayNumber, toDayNumber } from './civil-date.js';
import { describeDate, LONDON, localClock } from './zone.js';

/**
 * How a letter reached the customer, for deemed receipt (NF-6).
 *
 * @example
 * ServiceSchema.parse({ method: 'email', sentAt: '2026-03-16T16:29:00Z' }) // => the same object
 * ServiceSchema.safeParse({ method: 'fax' }).success // => false
 */
export const ServiceSchema = z.discriminatedUnion(
  'method',
  [
    z.strictObject({ method: z.literal('first-class-post'), postedOn: CivilDateSchema }),
    z.strictObject({ method: z.literal('email'), sentAt: InstantSchema }),
    z.strictObject({ method: z.literal('hand-delivery'), deliveredAt: InstantSchema }),
  ],
  {
    error:
      "expected method 'first-class-post' (with postedOn), 'email' (with sentAt) or 'hand-delivery' (with deliveredAt)",
  },
);
/** `{ method: 'first-class-post', postedOn }`, `{ method: 'email', sentAt }` or `{ method: 'hand-delivery', deliveredAt }`. */
export type Service = z.infer<typeof ServiceSchema>;

/**
 * The figures of CPR 6.26 (NF-6): first-class post is deemed received on the second day after
 * posting; email and hand delivery on the same day when before 4.30pm on a business day.
 *
 * @example
 * DEEMED_SERVICE_RULES.sameDayCutoffMinutes // => 990 (4.30pm)
 */
export const DEEMED_SERVICE_RULES = deepFreeze({
  postDays: 2,
  /** 4.30pm, as minutes past local midnight. */
  sameDayCutoffMinutes: 16 * 60 + 30,
} as const);

const HOW_SENT: Record<Service['method'], string> = {
  'first-class-post': 'sent by first-class post',
  email: 'sent by email',
  'hand-delivery': 'delivered by hand',
};

/** When a letter is deemed received, how that was worked out, and why. */
export interface DeemedReceipt {
  readonly receivedOn: CivilDate;
  readonly basis: string;
  readonly reasons: readonly Reason[];
}

/**
 * NF-6, on trusted inputs: the day a letter is deemed received. A business day under CPR 6.26
 * is a weekday that is not a bank holiday, so the landlord's own closure days (`extraClosures`)
 * do not delay receipt unless `skipsClosureDays` says the landlord has chosen that they should.
 */
export function deemedReceiptOn(
  service: Service,
  calendar: ResolvedCalendar,
  zone: string,
  skipsClosureDays = false,
): Result<DeemedReceipt> {
  const closures = calendar.extraClosures.length > 0;
  const isWorkingDay = workingDayTest(skipsClosureDays ? calendar : { ...calendar, extraClosures: [] });
  const table = calendar.holidayTable;
  let day: Result<number>;
  let basis: string;
  if (service.method === 'first-class-post') {
    const second = toDayNumber(service.postedOn) + DEEMED_SERVICE_RULES.postDays;
    day = firstWorkingDayFrom(second, isWorkingDay, table);
    basis = `A letter ${HOW_SENT[service.method]} on ${describeDate(service.postedOn)} is deemed received on the second day after posting if that is a business day, otherwise the next business day`;
  } else {
    const at: Instant = service.method === 'email' ? service.sentAt : service.deliveredAt;
    const local = localClock(at, zone);
    const sent = toDayNumber(local.date);
    const working = isWorkingDay(sent);
    const sameDay = working === true && local.minutes < DEEMED_SERVICE_RULES.sameDayCutoffMinutes;
    day = sameDay ? ok(sent) : stepWorkingDays(sent, 1, isWorkingDay, table);
    const how = HOW_SENT[service.method];
    basis = sameDay
      ? `A letter ${how} on ${describeDate(local.date)} before 4.30pm on a business day (${zone} time) is deemed received that day`
      : `A letter ${how} on ${describeDate(local.date)} after 4.30pm or on a day that is not a business day (${zone} time) is deemed received on the next business day`;
  }
  if (!day.ok) return day;
  const receivedOn = fromDayNumber(day.value);
  const closureWords = !closures
    ? ''
    : skipsClosureDays
      ? "; the landlord's own closure days are skipped too, by the landlord's choice (CPR 6.26 does not skip them)"
      : "; the landlord's own closure days do not delay it";
  return ok({
    receivedOn,
    basis: `${basis}, ${describeDate(receivedOn)}${closureWords}.`,
    reasons: [
      reason(
        'NF-6',
        `A letter ${HOW_SENT[service.method]} is deemed received on ${describeDate(receivedOn)}${closures && !skipsClosureDays ? ': a business day is a weekday that is not a bank holiday, so the landlord’s own closure days do not delay it' : ''}.`,
      ),
    ],
  });
}

const DeemedReceiptInput = z.strictObject({
  service: ServiceSchema,
  calendar: CalendarSchema.optional(),
  timeZone: TimeZoneSchema.optional(),
  /** The landlord's choice to let its own closure days delay receipt; CPR 6.26 does not (default false). */
  skipsClosureDays: z.boolean().optional(),
});

/**
 * The day a letter is deemed received (NF-6, CPR 6.26): first-class post on the second day
 * after posting if that is a business day, else the next business day; email or hand delivery
 * that day if before 4.30pm on a business day, else the next business day. Times are read in
 * `timeZone` (default Europe/London). A business day is a weekday that is not a bank holiday:
 * the calendar's `extraClosures` (the landlord's own closure days) do not delay receipt, unless
 * `skipsClosureDays: true` says the landlord has chosen that they should.
 *
 * @example
 * deemedReceipt({ service: { method: 'first-class-post', postedOn: '2026-03-12' } })
 * // => { ok: true, value: { receivedOn: '2026-03-16', basis: 'Posted first class on Thursday 12 March 2026: ...', reasons: [...] } }
 * deemedReceipt({ service: { method: 'email', sentAt: '2026-03-16T16:29:00Z' } })
 * // => value.receivedOn '2026-03-16'
 * deemedReceipt({ service: { method: 'email', sentAt: '2026-06-16T16:00:00Z' } }) // 17:00 BST
 * // => value.receivedOn '2026-06-17'
 * deemedReceipt({ service: { method: 'first-class-post', postedOn: '2026-03-16' }, calendar: { extraClosures: ['2026-03-18'] } })
 * // => value.receivedOn '2026-03-18' (a closure day, but a business day under CPR 6.26)
 * deemedReceipt({ ..., calendar: { extraClosures: ['2026-03-18'] }, skipsClosureDays: true })
 * // => value.receivedOn '2026-03-19'
 */
export function deemedReceipt(input: z.input<typeof DeemedReceiptInput>): Result<DeemedReceipt> {
  const valid = validate(DeemedReceiptInput, input, '');
  if (!valid.ok) return valid;
  const { service, calendar = {}, timeZone = LONDON, skipsClosureDays = false } = valid.value;
  return deemedReceiptOn(service, resolveCalendar(calendar), timeZone, skipsClosureDays);
}
