import { z } from 'zod';
import {
  firstWorkingDayFrom,
  type ResolvedCalendar,
  stepWorkingDays,
  workingDayTest,
} from '../calendar/business-days.js';
import { addMonths, fromDayNumber, toDayNumber } from '../calendar/civil-date.js';
import { describeDate, endOfDay } from '../calendar/zone.js';
import { calendarOf } from '../policy/calendar.js';
import type { Period, PeriodUnit, Policy } from '../policy/schema.js';
import { type CivilDate, CivilDateSchema, type Instant, InstantSchema, YEAR_RANGE } from '../shared/dates.js';
import { type Reason, ReasonSchema, reason } from '../shared/reason.js';
import { fail, ok, type Result } from '../shared/result.js';

/** A deadline: the last day on which it is met, the instant it closes, how it was counted, and why. */
export interface Deadline {
  /** The day counting starts after: the event's own day, which is not counted (NF-5). */
  readonly countedFrom: CivilDate;
  /** The last civil date on which the deadline is met. */
  readonly lastDay: CivilDate;
  /** The first instant after it: midnight at the end of `lastDay` in the policy's zone. */
  readonly closesAt: Instant;
  /** A sentence saying how it was counted. */
  readonly basis: string;
  readonly reasons: readonly Reason[];
}

/** Each unit in a sentence: one, and more than one. */
const UNIT_WORDS: Record<PeriodUnit, readonly [string, string]> = {
  'calendar-days': ['calendar day', 'calendar days'],
  'business-days': ['business day', 'business days'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
};

/** The day number of day `length` of the period, before any move off a non-business day. */
function periodEnd(
  start: number,
  from: CivilDate,
  period: Period,
  policy: Policy,
  isWorkingDay: (day: number) => boolean | undefined,
  calendar: ResolvedCalendar,
): Result<number> {
  switch (period.unit) {
    case 'calendar-days':
      return ok(start + period.length);
    case 'weeks':
      return ok(start + 7 * period.length);
    case 'months':
      return ok(toDayNumber(addMonths(from, period.length, policy.monthEnd)));
    case 'business-days':
      return stepWorkingDays(start, period.length, isWorkingDay, calendar.holidayTable);
    default: {
      const unknownUnit: never = period.unit;
      return fail('INTERNAL_ERROR', `No way to count a period in ${String(unknownUnit)}.`);
    }
  }
}

/** How the period's end was reached, when the unit does not say it alone. */
function unitNote(from: CivilDate, period: Period, policy: Policy, end: CivilDate): string {
  if (period.unit === 'weeks') return ` (${7 * period.length} calendar days)`;
  if (period.unit !== 'months' || end.slice(8) === from.slice(8)) return '';
  const rule = policy.monthEnd === 'clamp' ? 'clamps to that month’s last day' : 'moves to the next day';
  return ` (that month has no day ${Number(from.slice(8))}, so the date ${rule})`;
}

const NATION_NAMES: Record<ResolvedCalendar['nation'], string> = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

const LAST_DAY = `${YEAR_RANGE.last}-12-31`;

/** Refuses a worked-out date past the last year a date may have, rather than return one no input could carry. */
export function checkInRange(date: CivilDate, what: string): Result<CivilDate> {
  return date > LAST_DAY
    ? fail('DATE_OUT_OF_RANGE', `${what} would be ${date}, after the last day dates may have (${LAST_DAY}).`)
    : ok(date);
}

/** NF-7: what a business day is, said once for every period counted in them. */
export function businessDayReason(calendar: ResolvedCalendar): Reason {
  const closures =
    calendar.extraClosures.length === 0 ? '' : ' and are not one of the landlord’s closure days';
  return reason(
    'NF-7',
    `Business days are weekdays that are not bank holidays in ${NATION_NAMES[calendar.nation]}${closures}.`,
  );
}

/**
 * Counts a period from an event on trusted inputs (NF-5: the event's own day is not counted),
 * then moves a last day that is not a business day when the period says so. `event` names the
 * event for the basis sentence ("the date on the decision letter").
 */
export function countPeriod(
  from: CivilDate,
  period: Period,
  policy: Policy,
  event: string,
): Result<Deadline> {
  const calendar = calendarOf(policy);
  const isWorkingDay = workingDayTest(calendar);
  const start = toDayNumber(from);
  const counted = periodEnd(start, from, period, policy, isWorkingDay, calendar);
  if (!counted.ok) return counted;
  const moves = period.lastDayOnNonBusinessDay === 'moves-to-next-business-day';
  const last = moves ? firstWorkingDayFrom(counted.value, isWorkingDay, calendar.holidayTable) : counted;
  if (!last.ok) return last;

  const lastDay = fromDayNumber(last.value);
  const inRange = checkInRange(lastDay, 'The last day');
  if (!inRange.ok) return inRange;
  const reasons: Reason[] = [
    reason(
      'NF-5',
      `${event[0]?.toUpperCase()}${event.slice(1)}, ${describeDate(from)}, is not itself counted: counting starts on ${describeDate(fromDayNumber(start + 1))}.`,
    ),
  ];
  const end = fromDayNumber(counted.value);
  let basis = `${describePeriod(period)}${unitNote(from, period, policy, end)} counted from the day after ${event} (${describeDate(from)})`;
  if (last.value !== counted.value) {
    const day = period.unit.endsWith('-days') ? `day ${period.length}` : 'the period’s last day';
    basis += `; ${day}, ${describeDate(end)}, is not a business day, so the last day moves to ${describeDate(lastDay)}`;
  } else {
    basis += `: the last day is ${describeDate(lastDay)}`;
  }
  basis += `, closing at midnight at its end (${policy.timeZone} time).`;
  if (period.unit === 'business-days' || moves) reasons.push(businessDayReason(calendar));
  return ok({ countedFrom: from, lastDay, closesAt: endOfDay(lastDay, policy.timeZone), basis, reasons });
}

/**
 * How a period reads in a sentence.
 *
 * @example
 * describePeriod({ length: 14, unit: 'calendar-days', lastDayOnNonBusinessDay: 'stays' }) // => '14 calendar days'
 * describePeriod({ length: 1, unit: 'months', lastDayOnNonBusinessDay: 'stays' }) // => '1 month'
 */
export function describePeriod(period: Pick<Period, 'length' | 'unit'>): string {
  const [one, many] = UNIT_WORDS[period.unit];
  return `${period.length} ${period.length === 1 ? one : many}`;
}

/** The deadline with the reasons that name its rule placed before the counting reasons. */
export function withReasonsFirst(deadline: Deadline, first: readonly Reason[]): Deadline {
  return { ...deadline, reasons: [...first, ...deadline.reasons] };
}

/**
 * A `Deadline` as JSON, the value `appealDeadline`, `appealDecisionDue` and
 * `reconsiderationDecisionDue` return: `{ countedFrom, lastDay, closesAt, basis, reasons }`.
 *
 * @example
 * DeadlineSchema.safeParse(appealDeadline({ decisionLetterDate: '2026-03-02' }).value).success // => true
 */
export const DeadlineSchema = z.strictObject({
  countedFrom: CivilDateSchema,
  lastDay: CivilDateSchema,
  closesAt: InstantSchema,
  basis: z.string(),
  reasons: z.array(ReasonSchema),
}) satisfies z.ZodType<Deadline, unknown>;
