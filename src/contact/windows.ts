import { fromDayNumber, isoWeekday } from '../calendar/civil-date.js';
import type { LocalTime, ZoneClock } from '../calendar/zone-clock.js';
import type { CivilDate, Instant } from '../shared/dates.js';
import type { CallWindow, Weekday } from '../shared/restriction.js';

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
const MINUTE = 60_000;
const DAY = 86_400_000;
/** The most a zone's clock runs ahead of UTC: 14 hours (Pacific/Kiritimati). */
const EARLIEST = 14 * 60 * MINUTE;
/** The most it runs behind: 12 hours. */
const LATEST = 12 * 60 * MINUTE;

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
    const aTo = a[i + 1] as number;
    const bTo = b[j + 1] as number;
    const from = Math.max(a[i] as number, b[j] as number);
    const to = Math.min(aTo, bTo);
    if (from < to) out.push(from, to);
    if (aTo < bTo) i += 2;
    else j += 2;
  }
  return out;
}

/** The ranges of one weekday every week permits. */
function sharedRanges(weeks: readonly Week[], weekday: number): readonly number[] {
  // One week (the usual case): its own ranges, already sorted and merged.
  if (weeks.length === 1) return (weeks[0] as Week)[weekday] as readonly number[];
  let ranges: readonly number[] = [0, DAY_MINUTES];
  for (const week of weeks) {
    ranges = intersect(ranges, week[weekday] as readonly number[]);
    if (ranges.length === 0) break;
  }
  return ranges;
}

/** The week every week permits. */
function sharedWeek(weeks: readonly Week[]): Week {
  const out: (readonly number[])[] = [[]];
  for (let weekday = 1; weekday <= 7; weekday++) out.push(sharedRanges(weeks, weekday));
  return out;
}

/** Whether a local time falls inside every week. */
export function isWithinAll(weeks: readonly Week[], now: LocalTime): boolean {
  for (const week of weeks) if (!isWithin(week, now.weekday, now.minute)) return false;
  return true;
}

/**
 * Whether the weeks share any time at all, on the wall clock: false when the call windows and
 * contact days never coincide, whatever the date.
 *
 * @example
 * weeksMeet([weekOfWindows([{ day: 'monday', from: '09:00', to: '12:00' }]), weekOfDays(['tuesday'])]) // => false
 */
export function weeksMeet(weeks: readonly Week[]): boolean {
  for (let weekday = 1; weekday <= 7; weekday++) if (sharedRanges(weeks, weekday).length > 0) return true;
  return false;
}

/**
 * How far a search with no end in sight looks ahead, in days. A real zone changes its offset a few
 * times a year at most, so a weekday's window missing one week (swallowed by the spring change) is
 * there the next: a window the weeks share opens within weeks, far inside this bound.
 */
const UNBOUNDED_SEARCH_DAYS = 371;

/**
 * The first window every week permits that is open at or after `from` and opens before `until`,
 * or null (always null when the weeks never meet). Each local day's wall-clock ranges become the
 * real stretches in which the clock reads them: none on a day the spring change skips them, two
 * in the hour the autumn change repeats.
 */
function firstWindow(
  weeks: readonly Week[],
  from: number,
  until: number,
  clock: ZoneClock,
): PermittedWindow | null {
  const shared: Week = weeks.length === 1 ? (weeks[0] as Week) : sharedWeek(weeks);
  let open = 0;
  for (let weekday = 1; weekday <= 7; weekday++) open += (shared[weekday] as readonly number[]).length;
  if (open === 0) return null;
  let best = Number.POSITIVE_INFINITY;
  let bestEnd = 0;
  let bestDay = 0;
  let bestRange = 0;
  const offset = clock.offsetAt(from);
  const today = Math.floor((from + offset * MINUTE) / DAY);
  // The clock reads the day before again after `from` only if it goes back across midnight in
  // the hours after (a zone changes offset at most once in a day): then start from the day before.
  const yesterday = shared[isoWeekday(today - 1)] as readonly number[];
  const firstDay = yesterday.length > 0 && clock.offsetAt(today * DAY + LATEST) < offset ? today - 1 : today;
  for (let dayNumber = firstDay; ; dayNumber++) {
    // Offsets are at most 14 hours ahead: no local day starts before its wall midnight less 14 hours.
    if (dayNumber * DAY - EARLIEST >= until) break;
    if (best !== Number.POSITIVE_INFINITY) {
      // A later day comes first only if the clock went back between `from` and the window found;
      // even then, not before the day's own first instant.
      if (clock.offsetAt(best) >= offset || clock.instantOf(dayNumber, 0) >= best) break;
    }
    if (until === Number.POSITIVE_INFINITY && dayNumber - firstDay > UNBOUNDED_SEARCH_DAYS) break;
    const ranges = shared[isoWeekday(dayNumber)] as readonly number[];
    for (let i = 0; i < ranges.length; i += 2) {
      const stretches = clock.whenReads(dayNumber, ranges[i] as number, ranges[i + 1] as number);
      for (let j = 0; j < stretches.length; j += 2) {
        const startsAt = Math.max(stretches[j] as number, from);
        const endsAt = stretches[j + 1] as number;
        if (endsAt <= from || startsAt >= until || startsAt >= best) continue;
        best = startsAt;
        bestEnd = endsAt;
        bestDay = dayNumber;
        bestRange = i;
      }
    }
  }
  if (best === Number.POSITIVE_INFINITY) return null;
  const ranges = shared[isoWeekday(bestDay)] as readonly number[];
  return {
    date: fromDayNumber(bestDay),
    from: timeOf(ranges[bestRange] as number),
    to: timeOf(ranges[bestRange + 1] as number),
    startsAt: clock.format(best),
    endsAt: clock.format(bestEnd),
  };
}

/** The rest of the local day from an instant: the times no longer bind from then on. */
function freeFrom(at: number, clock: ZoneClock): PermittedWindow {
  const local = clock.localTime(at);
  return {
    date: fromDayNumber(local.dayNumber),
    from: timeOf(local.minute),
    to: timeOf(DAY_MINUTES),
    startsAt: clock.format(at),
    endsAt: clock.format(clock.instantOf(local.dayNumber + 1, 0)),
  };
}

/**
 * The next window every week permits, after the instant `at` (epoch ms): the first real instant
 * at which the local wall clock reads a time inside every week, searching as far ahead as needed.
 * Windows are wall-clock times (TEP-5.3): in the hour the autumn change repeats, a window is open
 * both times the clock reads it, and a window across that hour lasts an hour longer; in the
 * spring, the part of a window the clocks skip does not happen, so a window starting in it opens
 * when they jump and one wholly inside it is passed over for the next week.
 *
 * `until[i]`, when given, is the instant `weeks[i]` stops binding (its restriction's end). A window
 * must open before the first of them; failing that, the search goes on from there with the weeks
 * still binding, and once none binds, the answer is the rest of that day from that instant
 * (`to: '24:00'`). Null when the weeks never coincide on any weekday, whatever the date, and no
 * window opens while some of them bind.
 *
 * `startsAt` is the later of the window's opening and `at`; `from` and `to` are the window's own
 * wall-clock times, so where the spring change cuts a window short, `endsAt` (the jump) is the
 * real close.
 *
 * @example
 * // A call on Tuesday 31 March 2026 at 10:15 BST, windows Monday 09:00-12:00:
 * nextPermittedWindow([weekOfWindows([{ day: 'monday', from: '09:00', to: '12:00' }])], at, london)
 * // => { date: '2026-04-06', from: '09:00', to: '12:00',
 * //      startsAt: '2026-04-06T09:00:00+01:00', endsAt: '2026-04-06T12:00:00+01:00' }
 * // Sunday 01:15-01:45, a call at 01:50 BST on 25 October 2026 (00:50Z): the clocks go back at
 * // 02:00 BST, so the window opens again at 01:15 GMT:
 * // => { date: '2026-10-25', from: '01:15', to: '01:45',
 * //      startsAt: '2026-10-25T01:15:00+00:00', endsAt: '2026-10-25T01:45:00+00:00' }
 */
export function nextPermittedWindow(
  weeks: readonly Week[],
  at: number,
  clock: ZoneClock,
  until?: readonly number[],
): PermittedWindow | null {
  if (until === undefined) return firstWindow(weeks, at, Number.POSITIVE_INFINITY, clock);
  let binding = weeks;
  let ends = until;
  let from = at;
  while (binding.length > 0) {
    let horizon = Number.POSITIVE_INFINITY;
    for (const end of ends) horizon = Math.min(horizon, end);
    const found = firstWindow(binding, from, horizon, clock);
    if (found !== null || horizon === Number.POSITIVE_INFINITY) return found;
    // The first restriction to end has ended: what the others permit from then on.
    binding = binding.filter((_, i) => (ends[i] as number) > horizon);
    ends = ends.filter((end) => end > horizon);
    from = horizon;
  }
  // Restrictions whose times never coincide cannot all be kept, like two channels that differ.
  return weeksMeet(weeks) ? freeFrom(from, clock) : null;
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
