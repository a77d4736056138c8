import { fromDayNumber, isoWeekday } from '../calendar/civil-date.js';
import type { CivilDate, Instant } from '../shared/dates.js';
import type { CallWindow, Weekday } from '../shared/restriction.js';
import type { LocalTime, ZoneClock } from './local-clock.js';

/**
 * Permitted times of the week, on the local wall clock (TEP-5.3 "calls at pre-arranged dates and
 * times", SH-1 "contact only on a specified day"). A week is indexed by ISO weekday (1 = Monday);
 * each day holds sorted, disjoint half-open minute ranges `[from, to)`, flattened as
 * `[from0, to0, from1, to1, ...]`. A window from 09:00 to 12:00 takes 09:00:00 and refuses 12:00:00.
 */
export type Week = readonly (readonly number[])[];

/** The next period in which a contact may go ahead, in local terms and as instants. */
export interface PermittedWindow {
  /** The local civil date the window falls on. */
  readonly date: CivilDate;
  /** Local wall-clock start, `'HH:MM'`. */
  readonly from: string;
  /** Local wall-clock end, `'HH:MM'`, exclusive; `'24:00'` for the end of the day. */
  readonly to: string;
  /** The instant the window opens. */
  readonly startsAt: Instant;
  /** The instant it closes (the first instant outside it). */
  readonly endsAt: Instant;
}

/** ISO weekday (1-7) of each weekday name. */
export const WEEKDAY_NUMBER: Readonly<Record<Weekday, number>> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

/** Weekday names by ISO weekday, capitalised for letters; index 0 unused. */
export const WEEKDAY_NAMES = [
  '',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;

const DAY_MINUTES = 1440;

/** Minutes past midnight of a validated `'HH:MM'`. */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** `'HH:MM'` of minutes past midnight; 1440 is `'24:00'`. */
export function timeOf(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${hours < 10 ? '0' : ''}${hours}:${rest < 10 ? '0' : ''}${rest}`;
}

/** Sorts and merges overlapping or touching ranges of one day. */
function normalise(ranges: [number, number][]): number[] {
  ranges.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [from, to] of ranges) {
    const last = out.length - 1;
    if (last > 0 && from <= (out[last] as number)) out[last] = Math.max(out[last] as number, to);
    else out.push(from, to);
  }
  return out;
}

/**
 * The week of a call-windows measure.
 *
 * @example
 * weekOfWindows([{ day: 'monday', from: '09:00', to: '12:00' }])[1] // => [540, 720]
 */
export function weekOfWindows(windows: readonly CallWindow[]): Week {
  const days: [number, number][][] = [[], [], [], [], [], [], [], []];
  for (const window of windows) {
    days[WEEKDAY_NUMBER[window.day]]?.push([minutesOf(window.from), minutesOf(window.to)]);
  }
  return days.map(normalise);
}

/**
 * The week of a specified-days measure: the whole of each day named.
 *
 * @example
 * weekOfDays(['tuesday'])[2] // => [0, 1440]
 */
export function weekOfDays(days: readonly Weekday[]): Week {
  const out: number[][] = [[], [], [], [], [], [], [], []];
  for (const day of days) out[WEEKDAY_NUMBER[day]] = [0, DAY_MINUTES];
  return out;
}

/** Whether a local weekday and minute fall inside the week. */
export function isWithin(week: Week, weekday: number, minute: number): boolean {
  const ranges = week[weekday] as readonly number[];
  for (let i = 0; i < ranges.length; i += 2) {
    if (minute >= (ranges[i] as number) && minute < (ranges[i + 1] as number)) return true;
  }
  return false;
}

/** The ranges two days' ranges share. */
function intersect(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const from = Math.max(a[i] as number, b[j] as number);
    const to = Math.min(a[i + 1] as number, b[j + 1] as number);
    if (from < to) out.push(from, to);
    if ((a[i + 1] as number) < (b[j + 1] as number)) i += 2;
    else j += 2;
  }
  return out;
}

/** The ranges of one weekday every week permits. */
function sharedRanges(weeks: readonly Week[], weekday: number): readonly number[] {
  let ranges: readonly number[] = [0, DAY_MINUTES];
  for (const week of weeks) {
    ranges = intersect(ranges, week[weekday] as readonly number[]);
    if (ranges.length === 0) break;
  }
  return ranges;
}

/** Whether a local time falls inside every week. */
export function isWithinAll(weeks: readonly Week[], now: LocalTime): boolean {
  for (const week of weeks) if (!isWithin(week, now.weekday, now.minute)) return false;
  return true;
}

/**
 * The next window every week permits, after the instant `at` (epoch ms, local time `now`),
 * looking a full week ahead; `null` when the weeks never meet. Windows are wall-clock times: a
 * window that starts in the hour the clocks skip opens when they jump, and a window the jump
 * swallows whole is passed over.
 *
 * @example
 * // A call on Tuesday 31 March 2026 at 10:15 BST, windows Monday 09:00-12:00:
 * nextPermittedWindow([weekOfWindows([{ day: 'monday', from: '09:00', to: '12:00' }])], now, at, london)
 * // => { date: '2026-04-06', from: '09:00', to: '12:00',
 * //      startsAt: '2026-04-06T09:00:00+01:00', endsAt: '2026-04-06T12:00:00+01:00' }
 */
export function nextPermittedWindow(
  weeks: readonly Week[],
  now: LocalTime,
  at: number,
  clock: ZoneClock,
): PermittedWindow | null {
  for (let ahead = 0; ahead <= 7; ahead++) {
    const dayNumber = now.dayNumber + ahead;
    const ranges = sharedRanges(weeks, isoWeekday(dayNumber));
    for (let i = 0; i < ranges.length; i += 2) {
      const from = ranges[i] as number;
      const to = ranges[i + 1] as number;
      const startsAt = clock.instantOf(dayNumber, from);
      const endsAt = to === DAY_MINUTES ? clock.instantOf(dayNumber + 1, 0) : clock.instantOf(dayNumber, to);
      // Passed over: a window already closed today, or one the spring clock change swallows whole.
      if (endsAt <= startsAt || endsAt <= at) continue;
      return {
        date: fromDayNumber(dayNumber),
        from: timeOf(from),
        to: timeOf(to),
        startsAt: clock.format(Math.max(startsAt, at)),
        endsAt: clock.format(endsAt),
      };
    }
  }
  return null;
}

/**
 * The windows of a week in words, e.g. `'Monday 09:00–12:00, Thursday 14:00–16:00'`.
 *
 * @example
 * describeWeek(weekOfWindows([{ day: 'monday', from: '09:00', to: '12:00' }])) // => 'Monday 09:00–12:00'
 */
export function describeWeek(week: Week): string {
  const parts: string[] = [];
  for (let weekday = 1; weekday <= 7; weekday++) {
    const ranges = week[weekday] as readonly number[];
    for (let i = 0; i < ranges.length; i += 2) {
      parts.push(
        `${WEEKDAY_NAMES[weekday]} ${timeOf(ranges[i] as number)}–${timeOf(ranges[i + 1] as number)}`,
      );
    }
  }
  return parts.join(', ');
}
