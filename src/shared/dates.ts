import { DateTime, IANAZone } from 'luxon';
import { z } from 'zod';
import { describeValue } from './describe.js';
import { deepFreeze } from './freeze.js';

/**
 * A calendar day in the policy's zone, `'YYYY-MM-DD'`. Plain string so it survives JSON; the
 * schema checks the day exists (no `2026-02-30`).
 */
export type CivilDate = string;

/** An ISO 8601 instant with `Z` or an offset, e.g. `'2026-03-29T00:59:59Z'`. */
export type Instant = string;

/** An IANA time-zone name, e.g. `'Europe/London'`. */
export type TimeZone = string;

const CIVIL_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
/** The shape of an instant: a date, a time, and Z or an offset. */
// Offsets run from -14:59 to +14:59 (real ones from -12:00 to +14:00): '+24:00' or '+99:00' is a typo, not a zone.
// Hours run 00-23: '24:00' (ISO's "end of the day") is the next day's 00:00, written as such.
export const INSTANT_SHAPE =
  /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;

/** Whether a Gregorian year is a leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** How many days a month (1-12) of a year has. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The years a civil date or instant may fall in. Wide enough for any tenancy record, narrow
 * enough that no period the library counts (at most twenty years) can run off the calendar.
 */
export const YEAR_RANGE = deepFreeze({ first: 1900, last: 2999 } as const);

const FIRST_INSTANT_MS = Date.UTC(YEAR_RANGE.first, 0, 1);
const AFTER_LAST_INSTANT_MS = Date.UTC(YEAR_RANGE.last + 1, 0, 1);

function isRealCivilDate(value: string): boolean {
  const year = Number(value.slice(0, 4));
  if (year < YEAR_RANGE.first || year > YEAR_RANGE.last) return false;
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Validates a civil date: the `'YYYY-MM-DD'` shape, and a day that exists.
 *
 * @example
 * CivilDateSchema.safeParse('2028-02-29').success // => true
 * CivilDateSchema.safeParse('2026-02-30').success // => false
 */
export const CivilDateSchema = z
  .string({ error: 'expected a civil date as a string, YYYY-MM-DD' })
  .regex(CIVIL_DATE_SHAPE, {
    error: (issue) => `expected a civil date YYYY-MM-DD, received ${describeValue(issue.input)}`,
  })
  .check((ctx) => {
    const value = ctx.value;
    if (CIVIL_DATE_SHAPE.test(value) && !isRealCivilDate(value)) {
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: `expected a civil date YYYY-MM-DD that exists on the calendar, from ${YEAR_RANGE.first} to ${YEAR_RANGE.last}, received ${describeValue(value)}`,
      });
    }
  });

/**
 * Validates an instant: ISO 8601 with a time and an explicit `Z` or offset, and a real moment.
 *
 * @example
 * InstantSchema.safeParse('2026-03-29T01:30:00+01:00').success // => true
 * InstantSchema.safeParse('2026-03-29T01:30:00').success // => false (no offset)
 */
export const InstantSchema = z
  .string({ error: 'expected an instant as an ISO 8601 string with Z or an offset' })
  .regex(INSTANT_SHAPE, {
    error: (issue) =>
      `expected an ISO 8601 instant with Z or an offset (e.g. 2026-03-29T09:30:00Z), received ${describeValue(issue.input)}`,
  })
  .check((ctx) => {
    const value = ctx.value;
    if (!INSTANT_SHAPE.test(value)) return;
    // The moment itself, in UTC, must fall in YEAR_RANGE: '2999-12-31T23:00-05:00' is in 3000.
    const ms = DateTime.fromISO(value, { setZone: true }).toMillis();
    if (!(ms >= FIRST_INSTANT_MS && ms < AFTER_LAST_INSTANT_MS)) {
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: `expected an ISO 8601 instant with Z or an offset (e.g. 2026-03-29T09:30:00Z), from ${YEAR_RANGE.first} to ${YEAR_RANGE.last} (UTC), received ${describeValue(value)}`,
      });
    }
  });

/**
 * Nanoseconds past the millisecond written in an instant (`.1234567` has 400 past 123 ms), for
 * comparing instants exactly where `Date.parse` stops at the millisecond.
 *
 * @example
 * nanosPastMillisecond('2026-01-01T00:00:00.1234567Z') // => 400
 * nanosPastMillisecond('2026-01-01T00:00:00Z') // => 0
 */
export function nanosPastMillisecond(instant: Instant): number {
  const dot = instant.indexOf('.');
  if (dot < 0) return 0;
  let digits = '';
  for (let at = dot + 1; at < instant.length && digits.length < 9; at++) {
    const c = instant.charCodeAt(at);
    if (c < 48 || c > 57) break;
    digits += instant[at];
  }
  return Number(digits.padEnd(9, '0').slice(3));
}

/**
 * Compares two valid instants exactly, to the nanosecond they are written to (`Date.parse` stops
 * at the millisecond): negative when `a` is earlier, 0 when the same moment, positive when later.
 * Offsets are whole minutes, so the digits past the millisecond compare as written.
 *
 * @example
 * compareInstants('2026-01-01T00:00:00.0000008Z', '2026-01-01T00:00:00.0000001Z') // => positive
 * compareInstants('2026-01-01T01:00:00+01:00', '2026-01-01T00:00:00Z') // => 0
 */
export function compareInstants(a: Instant, b: Instant): number {
  const byMs = Date.parse(a) - Date.parse(b);
  return byMs !== 0 ? byMs : nanosPastMillisecond(a) - nanosPastMillisecond(b);
}

/**
 * Validates an IANA time-zone name that this runtime knows.
 *
 * @example
 * TimeZoneSchema.safeParse('Europe/London').success // => true
 * TimeZoneSchema.safeParse('Europe/Londres').success // => false
 */
export const TimeZoneSchema = z
  .string({ error: 'expected an IANA time-zone name such as Europe/London' })
  .check((ctx) => {
    // IANAZone.create is cached per name by luxon, where isValidZone builds a formatter every call.
    if (!IANAZone.create(ctx.value).isValid) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `expected an IANA time-zone name such as Europe/London, received ${describeValue(ctx.value)}`,
      });
    }
  });
