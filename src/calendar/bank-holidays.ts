import { type CivilDate, daysInMonth } from '../shared/dates.js';
import type { Nation } from '../shared/vocabulary.js';
import { dayNumberOf, fromDayNumber, isoWeekday, isWeekendDay, toDayNumber } from './civil-date.js';
import type { BankHolidayTable } from './holiday-table.js';

/** A bank holiday: its day, its GOV.UK title, and whether it stands in for a weekend one. */
export interface BankHoliday {
  readonly date: CivilDate;
  readonly name: string;
  /** True when the holiday's own day fell at a weekend and this is the day off instead. */
  readonly substitute: boolean;
}

// NF-7: the regular bank holidays of each nation, as GOV.UK publishes them.

/** Easter Sunday's day number (the anonymous Gregorian computus). */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumberOf(year, month, day);
}

// Mondays are found on day numbers (ISO weekday 1), never on a `Date`, so no zone can move them.
function firstMondayOf(year: number, month: number): CivilDate {
  const first = dayNumberOf(year, month, 1);
  return fromDayNumber(first + ((8 - isoWeekday(first)) % 7));
}

function lastMondayOf(year: number, month: number): CivilDate {
  const last = dayNumberOf(year, month, daysInMonth(year, month));
  return fromDayNumber(last - (isoWeekday(last) - 1));
}

interface FixedHoliday {
  readonly name: string;
  readonly month: number;
  readonly day: number;
}

/**
 * Moves fixed-date holidays that fall at a weekend to the next free weekday, as GOV.UK does.
 * `weekdaysKeepTheirDay`: Christmas on a Sunday leaves Boxing Day on Monday the 26th and
 * moves Christmas to the 27th. Without it (Scotland's New Year since 2023), each holiday in
 * turn takes the first free weekday on or after its own day.
 */
function observe(
  year: number,
  holidays: readonly FixedHoliday[],
  weekdaysKeepTheirDay: boolean,
  taken: Set<number>,
): BankHoliday[] {
  const out: BankHoliday[] = [];
  const pending: { holiday: FixedHoliday; own: number }[] = [];
  for (const holiday of holidays) {
    const own = dayNumberOf(year, holiday.month, holiday.day);
    if (weekdaysKeepTheirDay && !isWeekendDay(own)) {
      taken.add(own);
      out.push({ date: fromDayNumber(own), name: holiday.name, substitute: false });
    } else {
      pending.push({ holiday, own });
    }
  }
  for (const { holiday, own } of pending) {
    let day = own;
    while (isWeekendDay(day) || taken.has(day)) day += 1;
    taken.add(day);
    out.push({ date: fromDayNumber(day), name: holiday.name, substitute: day !== own });
  }
  return out;
}

const NEW_YEAR: FixedHoliday = { name: 'New Year’s Day', month: 1, day: 1 };
const SECOND_JANUARY: FixedHoliday = { name: '2nd January', month: 1, day: 2 };
const ST_PATRICK: FixedHoliday = { name: 'St Patrick’s Day', month: 3, day: 17 };
const BOYNE: FixedHoliday = { name: 'Battle of the Boyne (Orangemen’s Day)', month: 7, day: 12 };
const ST_ANDREW: FixedHoliday = { name: 'St Andrew’s Day', month: 11, day: 30 };
const CHRISTMAS: FixedHoliday = { name: 'Christmas Day', month: 12, day: 25 };
const BOXING_DAY: FixedHoliday = { name: 'Boxing Day', month: 12, day: 26 };

/** St Andrew's Day has been a Scottish bank holiday since the St Andrew's Day Bank Holiday (Scotland) Act 2007. */
const ST_ANDREW_FROM = 2007;

/** The regular holidays of a year for a nation, before proclamations. */
function regularHolidays(year: number, nation: Nation): BankHoliday[] {
  const taken = new Set<number>();
  const easter = easterSunday(year);
  const moveable = (name: string, date: CivilDate): BankHoliday => {
    taken.add(toDayNumber(date));
    return { date, name, substitute: false };
  };
  const list: BankHoliday[] = [];
  if (nation === 'scotland') list.push(...observe(year, [NEW_YEAR, SECOND_JANUARY], false, taken));
  else list.push(...observe(year, [NEW_YEAR], true, taken));
  if (nation === 'northern-ireland') list.push(...observe(year, [ST_PATRICK], true, taken));
  list.push(moveable('Good Friday', fromDayNumber(easter - 2)));
  if (nation !== 'scotland') list.push(moveable('Easter Monday', fromDayNumber(easter + 1)));
  list.push(moveable('Early May bank holiday', firstMondayOf(year, 5)));
  list.push(moveable('Spring bank holiday', lastMondayOf(year, 5)));
  if (nation === 'northern-ireland') list.push(...observe(year, [BOYNE], true, taken));
  list.push(
    moveable('Summer bank holiday', nation === 'scotland' ? firstMondayOf(year, 8) : lastMondayOf(year, 8)),
  );
  if (nation === 'scotland' && year >= ST_ANDREW_FROM) list.push(...observe(year, [ST_ANDREW], true, taken));
  list.push(...observe(year, [CHRISTMAS, BOXING_DAY], true, taken));
  return list;
}

/**
 * The bank holidays of one year in one nation from trusted inputs: the regular rules, then the
 * table's proclamations (which may move a regular holiday). Sorted by date. The caller has
 * checked that the table covers the year.
 */
export function holidaysOfYear(year: number, nation: Nation, table: BankHolidayTable): BankHoliday[] {
  const prefix = `${year}-`;
  const proclaimed = table.proclaimed.filter((p) => p.date.startsWith(prefix) && p.nations.includes(nation));
  const replaced = new Set(proclaimed.flatMap((p) => (p.replaces === undefined ? [] : [p.replaces])));
  const list = regularHolidays(year, nation).filter((holiday) => !replaced.has(holiday.date));
  for (const p of proclaimed) list.push({ date: p.date, name: p.name, substitute: false });
  return list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
