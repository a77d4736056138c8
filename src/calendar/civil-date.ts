import { z } from 'zod';
import { type CivilDate, dayNumberOf, daysInMonth } from '../shared/dates.js';

export { dayNumberOf };

import { describeValue } from '../shared/describe.js';

/**
 * Civil-date arithmetic with no time zone: everything works on integer day numbers (days since
 * 1970-01-01) and whole months, which are exact and allocation-free. No `Date` is ever built, so
 * the machine's own zone (a day skipped in Samoa in 2011, a midnight clock change) can never move
 * a day.
 */

/**
 * What to do when adding months lands on a day the month lacks (31 August + 6 months).
 *
 * @example
 * MonthEndSchema.parse('clamp') // => 'clamp'
 * MonthEndSchema.safeParse('round').success // => false
 */
export const MonthEndSchema = z.enum(['clamp', 'next-day'], {
  error: (issue) => `expected 'clamp' or 'next-day', received ${describeValue(issue.input)}`,
});
/**
 * `'clamp'`: the last day of the shorter month (31 August + 6 months = 28 or 29 February).
 * `'next-day'`: the first day of the month after (31 August + 6 months = 1 March).
 */
export type MonthEnd = z.infer<typeof MonthEndSchema>;

/**
 * The day number of a valid civil date.
 *
 * @example
 * toDayNumber('1970-01-02') // => 1
 */
export function toDayNumber(date: CivilDate): number {
  // Read from the character codes: no substrings made (48 is '0').
  const year =
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48);
  const month = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  const day = (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
  return dayNumberOf(year, month, day);
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * The civil date of a day number (H. Hinnant's civil_from_days).
 *
 * @example
 * fromDayNumber(19783) // => '2024-03-01'
 */
export function fromDayNumber(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** ISO weekday of a day number: 1 = Monday ... 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/** Whether a day number falls on a Saturday or Sunday. */
export function isWeekendDay(dayNumber: number): boolean {
  return isoWeekday(dayNumber) >= 6;
}

/**
 * Adds calendar days to a civil date. Negative `days` go back.
 *
 * @example
 * addDays('2024-02-28', 1) // => '2024-02-29'
 * addDays('2023-02-28', 1) // => '2023-03-01'
 */
export function addDays(date: CivilDate, days: number): CivilDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Adds calendar months to a civil date, with the month-end rule said out loud rather than left
 * to a library's accident. When the day exists in the target month, both rules agree.
 *
 * @example
 * addMonths('2026-08-31', 6, 'clamp')    // => '2027-02-28'
 * addMonths('2026-08-31', 6, 'next-day') // => '2027-03-01'
 * addMonths('2027-08-31', 6, 'clamp')    // => '2028-02-29' (a leap year)
 * addMonths('2026-01-15', 1, 'clamp')    // => '2026-02-15'
 */
export function addMonths(date: CivilDate, months: number, monthEnd: MonthEnd): CivilDate {
  const day = Number(date.slice(8, 10));
  const monthIndex = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  const last = daysInMonth(year, month);
  if (day <= last) return fromDayNumber(dayNumberOf(year, month, day));
  // The target month is short: 'clamp' takes its last day, 'next-day' the day after it.
  return fromDayNumber(dayNumberOf(year, month, last) + (monthEnd === 'next-day' ? 1 : 0));
}

/**
 * Days from `from` to `to` (positive when `to` is later).
 *
 * @example
 * daysBetween('2026-03-02', '2026-03-16') // => 14
 */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The Gregorian year a day number falls in (civil_from_days, the year only). */
export function yearOfDayNumber(dayNumber: number): number {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  // March-based years: January and February (dayOfYear 306 on) belong to the next calendar year.
  return yearOfEra + era * 400 + (dayOfYear >= 306 ? 1 : 0);
}

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A civil date as a person reads it in a letter, worked out from its day number (no `Date`, no zone).
 *
 * @example
 * longDate('2026-03-16') // => 'Monday 16 March 2026'
 */
export function longDate(date: CivilDate): string {
  const weekday = WEEKDAY_NAMES[isoWeekday(toDayNumber(date)) - 1];
  const month = MONTH_NAMES[Number(date.slice(5, 7)) - 1];
  return `${weekday} ${Number(date.slice(8, 10))} ${month} ${date.slice(0, 4)}`;
}
