import { z } from 'zod';
import { type CivilDate, CivilDateSchema, isCivilDate, YEAR_RANGE } from '../shared/dates.js';
import { deepFreeze } from '../shared/freeze.js';
import { isImmutableData } from '../shared/immutable.js';
import { fail, ok, type Result } from '../shared/result.js';
import { validate } from '../shared/validate.js';
import { type Nation, NationSchema } from '../shared/vocabulary.js';
import { type BankHoliday, holidaysOfYear } from './bank-holidays.js';
import { dayNumberOf, fromDayNumber, isWeekendDay, toDayNumber, yearOfDayNumber } from './civil-date.js';
import { type BankHolidayTable, BankHolidayTableSchema, UK_BANK_HOLIDAY_TABLE } from './holiday-table.js';

/**
 * Which days a landlord is closed: a nation's bank holidays (default England and Wales), its own
 * extra closure days (the office closed between Christmas and New Year, say), and optionally a
 * replacement bank-holiday table.
 *
 * @example
 * CalendarSchema.parse({ nation: 'scotland', extraClosures: ['2026-12-29'] }) // => the same object
 * CalendarSchema.safeParse({ nation: 'wales' }).success // => false
 */
export const CalendarSchema = z.strictObject({
  nation: NationSchema.optional(),
  extraClosures: z.array(CivilDateSchema).optional(),
  holidayTable: BankHolidayTableSchema.optional(),
});
/** `{ nation?, extraClosures?, holidayTable? }`; every part optional. */
export type Calendar = z.input<typeof CalendarSchema>;

/** A validated calendar with its defaults filled in. */
export interface ResolvedCalendar {
  readonly nation: Nation;
  readonly extraClosures: readonly CivilDate[];
  readonly holidayTable: BankHolidayTable;
}

/** Fills a validated calendar's defaults. */
export function resolveCalendar(calendar: z.output<typeof CalendarSchema>): ResolvedCalendar {
  return {
    nation: calendar.nation ?? 'england-and-wales',
    extraClosures: calendar.extraClosures ?? [],
    holidayTable: calendar.holidayTable ?? UK_BANK_HOLIDAY_TABLE,
  };
}

const resolvedFor = (nation: Nation): ResolvedCalendar =>
  deepFreeze({ nation, extraClosures: [], holidayTable: UK_BANK_HOLIDAY_TABLE });
/** The calendars of `{}` and `{ nation }`, resolved once. */
const PLAIN_CALENDARS: Readonly<Record<Nation, ResolvedCalendar>> = {
  'england-and-wales': resolvedFor('england-and-wales'),
  scotland: resolvedFor('scotland'),
  'northern-ireland': resolvedFor('northern-ireland'),
};

/**
 * The door's fast path: the resolved calendar of `{}` or `{ nation }` (the common calls), read
 * without zod; `undefined` for anything else, which the schema then checks (and words any refusal).
 */
function plainCalendar(calendar: unknown): ResolvedCalendar | undefined {
  if (
    typeof calendar !== 'object' ||
    calendar === null ||
    Object.getPrototypeOf(calendar) !== Object.prototype
  ) {
    return undefined;
  }
  let nation: Nation = 'england-and-wales';
  for (const key in calendar) {
    const value = (calendar as { nation?: unknown }).nation;
    if (key !== 'nation' || typeof value !== 'string' || !Object.hasOwn(PLAIN_CALENDARS, value))
      return undefined;
    nation = value as Nation;
  }
  return PLAIN_CALENDARS[nation];
}

function notCovered(year: number, table: BankHolidayTable): Result<never> {
  return fail(
    'YEAR_NOT_COVERED',
    `No bank-holiday data for ${year}: the table covers ${table.firstYear} to ${table.lastYear}. ` +
      'Pass a holidayTable that covers it (see docs/calendar.md).',
  );
}

/** A nation's bank holidays under one table, one byte a day: 0 not yet worked out, 1 a holiday, 2 not. */
interface HolidayDays {
  readonly firstDay: number;
  readonly days: Uint8Array;
}

/**
 * Bank holidays worked out once per immutable table, nation and year (each year on first use).
 * Keyed by the table object in a WeakMap, and only for a table that can never change (see
 * shared/immutable.ts): the built-in table, or a caller's deep-frozen one. The same table,
 * nation and year always give the same holidays, so this memo is pure: faster, never different.
 */
const HOLIDAYS = new WeakMap<BankHolidayTable, Partial<Record<Nation, HolidayDays>>>();

function holidayDaysOf(table: BankHolidayTable, nation: Nation): HolidayDays | undefined {
  let byNation = HOLIDAYS.get(table);
  if (byNation === undefined) {
    if (!isImmutableData(table)) return undefined;
    byNation = {};
    HOLIDAYS.set(table, byNation);
  }
  let known = byNation[nation];
  if (known === undefined) {
    const firstDay = dayNumberOf(table.firstYear, 1, 1);
    known = { firstDay, days: new Uint8Array(dayNumberOf(table.lastYear + 1, 1, 1) - firstDay) };
    byNation[nation] = known;
  }
  return known;
}

/** Whether a day is a bank holiday, from the shared memo; `undefined` outside the table. */
function isHolidayIn(
  known: HolidayDays,
  dayNumber: number,
  { nation, holidayTable: table }: ResolvedCalendar,
): boolean | undefined {
  const at = dayNumber - known.firstDay;
  if (at < 0 || at >= known.days.length) return undefined;
  if (known.days[at] === 0) {
    const year = yearOfDayNumber(dayNumber);
    const first = dayNumberOf(year, 1, 1) - known.firstDay;
    known.days.fill(2, first, dayNumberOf(year + 1, 1, 1) - known.firstDay);
    for (const holiday of holidaysOfYear(year, nation, table))
      known.days[toDayNumber(holiday.date) - known.firstDay] = 1;
  }
  return known.days[at] === 1;
}

/**
 * Answers "is this day a working day?" for day numbers. `undefined` means the year is outside
 * the table. Each year's holidays are built once: for an immutable table, once for every call
 * (the shared memo above); for any other, once in this call, and no state outlives it.
 */
export function workingDayTest(calendar: ResolvedCalendar): (dayNumber: number) => boolean | undefined {
  const closures =
    calendar.extraClosures.length === 0 ? undefined : new Set(calendar.extraClosures.map(toDayNumber));
  const { holidayTable: table, nation } = calendar;
  const shared = holidayDaysOf(table, nation);
  if (shared !== undefined) {
    return (dayNumber) => {
      if (isWeekendDay(dayNumber) || closures?.has(dayNumber)) return false;
      const holiday = isHolidayIn(shared, dayNumber, calendar);
      return holiday === undefined ? undefined : !holiday;
    };
  }
  const byYear = new Map<number, Set<number>>();
  const { firstYear, lastYear } = table;
  return (dayNumber) => {
    if (isWeekendDay(dayNumber) || closures?.has(dayNumber)) return false;
    const year = yearOfDayNumber(dayNumber);
    if (year < firstYear || year > lastYear) return undefined;
    let holidays = byYear.get(year);
    if (holidays === undefined) {
      holidays = new Set(holidaysOfYear(year, nation, table).map((h) => toDayNumber(h.date)));
      byYear.set(year, holidays);
    }
    return !holidays.has(dayNumber);
  };
}

/** Steps forward from `start` (exclusive) over `count` working days; `count` 0 returns `start`. */
export function stepWorkingDays(
  start: number,
  count: number,
  isWorkingDay: (dayNumber: number) => boolean | undefined,
  table: BankHolidayTable,
): Result<number> {
  let day = start;
  let left = count;
  while (left > 0) {
    day += 1;
    const working = isWorkingDay(day);
    if (working === undefined) return notCovered(yearOfDayNumber(day), table);
    if (working) left -= 1;
  }
  return ok(day);
}

/** The first working day on or after `start`. */
export function firstWorkingDayFrom(
  start: number,
  isWorkingDay: (dayNumber: number) => boolean | undefined,
  table: BankHolidayTable,
): Result<number> {
  const working = isWorkingDay(start);
  if (working === undefined) return notCovered(yearOfDayNumber(start), table);
  return working ? ok(start) : stepWorkingDays(start, 1, isWorkingDay, table);
}

const IsBusinessDayInput = z.strictObject({ date: CivilDateSchema, calendar: CalendarSchema });

/**
 * Whether a civil date is a business day: not a Saturday or Sunday, not a bank holiday of the
 * calendar's nation (NF-7), not one of the landlord's extra closure days.
 *
 * @example
 * isBusinessDay('2026-12-28') // => { ok: true, value: false } (Boxing Day, substitute)
 * isBusinessDay('2026-08-03', { nation: 'scotland' }) // => { ok: true, value: false }
 * isBusinessDay('2026-08-03') // => { ok: true, value: true }
 * isBusinessDay('2026-02-30') // => { ok: false, error: { code: 'INVALID_INPUT', ... path 'date' } }
 */
export function isBusinessDay(date: CivilDate, calendar: Calendar = {}): Result<boolean> {
  const fast = isCivilDate(date) ? plainCalendar(calendar) : undefined;
  if (fast !== undefined) {
    // The built-in table and no closures: the weekend, then the shared holiday memo.
    const day = toDayNumber(date);
    if (isWeekendDay(day)) return ok(false);
    const holiday = isHolidayIn(holidayDaysOf(fast.holidayTable, fast.nation) as HolidayDays, day, fast);
    return holiday === undefined ? notCovered(Number(date.slice(0, 4)), fast.holidayTable) : ok(!holiday);
  }
  const input = validate(IsBusinessDayInput, { date, calendar }, '');
  if (!input.ok) return input;
  const resolved = resolveCalendar(input.value.calendar);
  const working = workingDayTest(resolved)(toDayNumber(input.value.date));
  if (working === undefined) return notCovered(Number(date.slice(0, 4)), resolved.holidayTable);
  return ok(working);
}

/**
 * The most business days one call will count: about twenty years.
 *
 * @example
 * addBusinessDays('2026-01-05', MAX_BUSINESS_DAYS + 1) // => { ok: false, error: { code: 'INVALID_INPUT', ... path 'days' } }
 */
export const MAX_BUSINESS_DAYS = 5000;

const AddBusinessDaysInput = z.strictObject({
  date: CivilDateSchema,
  days: z.int({ error: 'expected a whole number of business days' }).min(0).max(MAX_BUSINESS_DAYS),
  calendar: CalendarSchema,
});

/**
 * The date `days` business days after `date`; the day itself is not counted (NF-5), so one
 * business day after a Friday is the Monday. Zero days returns `date` unchanged. Negative
 * counts are refused: count forward from the earlier event instead.
 *
 * @example
 * addBusinessDays('2026-12-24', 1) // => { ok: true, value: '2026-12-29' } (25th, weekend, 28th substitute)
 * addBusinessDays('2026-03-13', 1) // => { ok: true, value: '2026-03-16' }
 * addBusinessDays('2026-03-13', 1, { extraClosures: ['2026-03-16'] }) // => { ok: true, value: '2026-03-17' }
 * addBusinessDays('2026-03-13', -1) // => { ok: false, error: { code: 'INVALID_INPUT', ... path 'days' } }
 */
export function addBusinessDays(date: CivilDate, days: number, calendar: Calendar = {}): Result<CivilDate> {
  const fast =
    isCivilDate(date) && Number.isInteger(days) && days >= 0 && days <= MAX_BUSINESS_DAYS
      ? plainCalendar(calendar)
      : undefined;
  if (fast !== undefined) {
    const landed = stepWorkingDays(toDayNumber(date), days, workingDayTest(fast), fast.holidayTable);
    return landed.ok ? ok(fromDayNumber(landed.value)) : landed;
  }
  const input = validate(AddBusinessDaysInput, { date, days, calendar }, '');
  if (!input.ok) return input;
  const resolved = resolveCalendar(input.value.calendar);
  const landed = stepWorkingDays(toDayNumber(date), days, workingDayTest(resolved), resolved.holidayTable);
  return landed.ok ? ok(fromDayNumber(landed.value)) : landed;
}

const BankHolidaysInput = z.strictObject({
  year: z
    .int({ error: 'expected a whole-number year such as 2026' })
    .min(YEAR_RANGE.first)
    .max(YEAR_RANGE.last),
  nation: NationSchema,
  table: BankHolidayTableSchema,
});

/**
 * The bank holidays of a year in one nation, as GOV.UK publishes them (NF-7): England and
 * Wales have 8 in a usual year, Scotland 9, Northern Ireland 10; weekend holidays move to
 * substitute days; proclaimed one-offs come from the table. A year outside the table is
 * refused with `YEAR_NOT_COVERED` rather than guessed.
 *
 * @example
 * bankHolidays(2026, 'scotland')
 * // => { ok: true, value: [{ date: '2026-01-01', name: 'New Year’s Day', substitute: false },
 * //                        { date: '2026-01-02', name: '2nd January', substitute: false }, ...] }
 * bankHolidays(2051, 'england-and-wales') // => { ok: false, error: { code: 'YEAR_NOT_COVERED', ... } }
 */
export function bankHolidays(
  year: number,
  nation: Nation,
  table: BankHolidayTable = UK_BANK_HOLIDAY_TABLE,
): Result<BankHoliday[]> {
  const input = validate(BankHolidaysInput, { year, nation, table }, '');
  if (!input.ok) return input;
  if (year < input.value.table.firstYear || year > input.value.table.lastYear) {
    return notCovered(year, input.value.table);
  }
  return ok(holidaysOfYear(year, nation, input.value.table));
}
