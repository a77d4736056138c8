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
 *
 * @example
 * YEAR_RANGE // => { first: 1900, last: 2999 }
 */
export const YEAR_RANGE = deepFreeze({ first: 1900, last: 2999 } as const);

// The same checks as a regular expression, for the JSON Schemas (`schemas/`): years 1900-2999,
// months 01-12, each month's own days, and 29 February only in leap years (2000, 2400 and 2800
// among the centuries). Only the JSON Schemas read these: the library counts days exactly.
const YEAR_MONTH_DAY =
  '(?:(?:19|2\\d)\\d\\d-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))' +
  '|(?:(?:19|2\\d)(?:0[48]|[2468][048]|[13579][26])|(?:20|24|28)00)-02-29)';
/** `CivilDateSchema` as a JSON Schema: the pattern is the library's whole check. */
export const CIVIL_DATE_JSON_SCHEMA = {
  title: 'CivilDate',
  description:
    "A calendar day 'YYYY-MM-DD' in the policy's zone, from 1900-01-01 to 2999-12-31, that exists on the calendar (no 2026-02-30; 29 February only in leap years).",
  examples: ['2026-03-02'],
  pattern: `^${YEAR_MONTH_DAY}$`,
};
/** `InstantSchema` as a JSON Schema: the pattern, and the year range in UTC, which it cannot express. */
export const INSTANT_JSON_SCHEMA = {
  title: 'Instant',
  description:
    "An ISO 8601 instant with a time and Z or an offset (e.g. '2026-03-29T09:30:00Z', '2026-03-29T10:30:00+01:00'), on a day that exists. Beyond the pattern, the library checks that the moment, in UTC, falls from 1900 to 2999 ('2999-12-31T23:00:00-05:00' is in 3000 and refused).",
  examples: ['2026-03-29T09:30:00Z'],
  pattern: `^${YEAR_MONTH_DAY}T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,9})?)?(Z|[+-](0\\d|1[0-4]):[0-5]\\d)$`,
};

const FIRST_INSTANT_MS = Date.UTC(YEAR_RANGE.first, 0, 1);
const AFTER_LAST_INSTANT_MS = Date.UTC(YEAR_RANGE.last + 1, 0, 1);

function isRealCivilDate(value: string): boolean {
  const year = Number(value.slice(0, 4));
  if (year < YEAR_RANGE.first || year > YEAR_RANGE.last) return false;
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const DIGIT_0 = 48;

/** The value of `length` decimal digits at `at`, or -1 if any is not a digit. */
function digits(text: string, at: number, length: number): number {
  let value = 0;
  for (let i = at; i < at + length; i++) {
    const d = text.charCodeAt(i) - DIGIT_0;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/**
 * Whether a value is a civil date `CivilDateSchema` accepts, answered without zod: the door's fast
 * path asks this first and lets the schema word the refusal only when the answer is no.
 *
 * @example
 * isCivilDate('2028-02-29') // => true
 * isCivilDate('2026-02-30') // => false
 */
export function isCivilDate(value: unknown): value is CivilDate {
  if (typeof value !== 'string' || value.length !== 10 || value[4] !== '-' || value[7] !== '-') return false;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  return (
    year >= YEAR_RANGE.first &&
    year <= YEAR_RANGE.last &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
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
  })
  .meta(CIVIL_DATE_JSON_SCHEMA);

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * Epoch milliseconds of an instant in the plain shape `YYYY-MM-DDTHH:MM[:SS[.fraction]]` then
 * `Z` or `±HH:MM`, with a year in `YEAR_RANGE`, a day that exists, hours 00-23, minutes and
 * seconds 00-59, an offset within ±14:59 and the moment itself (in UTC) in `YEAR_RANGE`; `NaN` for anything else (which may still be a valid instant: ask
 * `InstantSchema`). Fractions beyond milliseconds are truncated, as `Date.parse` and luxon do.
 *
 * @example
 * plainInstantMs('2026-03-02T09:00:00Z')      // => 1772442000000
 * plainInstantMs('2026-03-02T10:00+01:00')    // => 1772442000000
 * plainInstantMs('2026-02-30T09:00:00Z')      // => NaN (no such day)
 * plainInstantMs('2026-03-02T24:00:00Z')      // => NaN (not the plain shape; luxon decides)
 */
export function plainInstantMs(text: string): number {
  const n = text.length;
  if (n < 17 || text[4] !== '-' || text[7] !== '-' || text[10] !== 'T' || text[13] !== ':') return Number.NaN;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  if (
    year < YEAR_RANGE.first ||
    year > YEAR_RANGE.last ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    hour < 0 ||
    hour > 23 ||
    minute < 0 ||
    minute > 59
  ) {
    return Number.NaN;
  }
  if (day > daysInMonth(year, month)) return Number.NaN;
  let at = 16;
  let second = 0;
  let millis = 0;
  if (text[at] === ':') {
    second = digits(text, at + 1, 2);
    if (second < 0 || second > 59) return Number.NaN;
    at += 3;
    if (text[at] === '.') {
      at++;
      let places = 0;
      while (at < n && places < 9) {
        const d = text.charCodeAt(at) - DIGIT_0;
        if (d < 0 || d > 9) break;
        if (places < 3) millis = millis * 10 + d;
        places++;
        at++;
      }
      if (places === 0) return Number.NaN;
      for (let p = places; p < 3; p++) millis *= 10;
    }
  }
  let offsetMinutes = 0;
  if (text[at] === 'Z') {
    at++;
  } else if ((text[at] === '+' || text[at] === '-') && text[at + 3] === ':') {
    const oh = digits(text, at + 1, 2);
    const om = digits(text, at + 4, 2);
    if (oh < 0 || oh > 14 || om < 0 || om > 59) return Number.NaN;
    offsetMinutes = (text[at] === '-' ? -1 : 1) * (oh * 60 + om);
    at += 6;
  } else {
    return Number.NaN;
  }
  if (at !== n) return Number.NaN;
  const ms =
    dayNumberOf(year, month, day) * 86_400_000 +
    hour * 3_600_000 +
    minute * 60_000 +
    second * 1000 +
    millis -
    offsetMinutes * 60_000;
  // The moment itself, in UTC, must fall in YEAR_RANGE, as InstantSchema holds it:
  // '2999-12-31T23:00-05:00' is in 3000 and '1900-01-01T00:30+01:00' in 1899.
  return ms >= FIRST_INSTANT_MS && ms < AFTER_LAST_INSTANT_MS ? ms : Number.NaN;
}

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
    // The plain shape is read with integer arithmetic; anything else (or out of range) goes to luxon.
    if (!Number.isNaN(plainInstantMs(value))) return;
    const ms = DateTime.fromISO(value, { setZone: true }).toMillis();
    if (!(ms >= FIRST_INSTANT_MS && ms < AFTER_LAST_INSTANT_MS)) {
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: `expected an ISO 8601 instant with Z or an offset (e.g. 2026-03-29T09:30:00Z), from ${YEAR_RANGE.first} to ${YEAR_RANGE.last} (UTC), received ${describeValue(value)}`,
      });
    }
  })
  .meta(INSTANT_JSON_SCHEMA);

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
  })
  .meta({
    title: 'TimeZone',
    description:
      "An IANA time-zone name, e.g. 'Europe/London'. The library accepts any name the runtime's time-zone database knows, aliases included (such as 'Europe/Belfast' or 'GB'); the JSON Schema lists the canonical names of the database it was built with.",
    examples: ['Europe/London'],
  });
