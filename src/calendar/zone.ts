import { DateTime } from 'luxon';
import { type CivilDate, type Instant, plainInstantMs, type TimeZone } from '../shared/dates.js';
import { addDays, fromDayNumber, longDate, toDayNumber } from './civil-date.js';
import { clockOf } from './zone-clock.js';

/**
 * Where instants meet civil dates. Answers come from the zone's shared clock (zone-clock.ts) with
 * integer arithmetic; luxon answers itself where the clock's shortcut could differ from it: a
 * zone name luxon reads as a fixed offset ('UTC', 'GMT+1'), an offset that is not whole minutes,
 * or a clock change within half a day of the time asked about.
 */

const HALF_DAY = 43_200_000;
const MINUTE = 60_000;
const DAY = 86_400_000;

/** Region zones ('Europe/London') are IANA zones to luxon; bare names may be fixed offsets. */
const isRegionZone = (zone: TimeZone): boolean => zone.includes('/');

/**
 * The default zone of every policy.
 *
 * @example
 * LONDON // => 'Europe/London'
 */
export const LONDON: TimeZone = 'Europe/London';

/**
 * The instant a civil day starts in a zone: local midnight, whatever the offset that day.
 *
 * @example
 * startOfDay('2026-03-29', 'Europe/London') // => '2026-03-29T00:00:00+00:00' (clocks go forward at 01:00)
 * startOfDay('2026-03-30', 'Europe/London') // => '2026-03-30T00:00:00+01:00'
 */
export function startOfDay(date: CivilDate, zone: TimeZone): Instant {
  if (isRegionZone(zone)) {
    const clock = clockOf(zone);
    const wall = toDayNumber(date) * DAY;
    if (clock.steadyBetween(wall - DAY, wall + DAY)) {
      return clock.format(wall - clock.offsetAt(wall) * MINUTE);
    }
  }
  return DateTime.fromISO(date, { zone }).startOf('day').toISO({ suppressMilliseconds: true }) as Instant;
}

/**
 * The first instant after a civil day: midnight at its end, in the zone. A day of 23 or 25 hours
 * (the clock changes) ends at its own midnight all the same.
 *
 * @example
 * endOfDay('2026-10-24', 'Europe/London') // => '2026-10-25T00:00:00+01:00'
 * endOfDay('2026-10-25', 'Europe/London') // => '2026-10-26T00:00:00+00:00'
 */
export function endOfDay(date: CivilDate, zone: TimeZone): Instant {
  return startOfDay(addDays(date, 1), zone);
}

/**
 * The civil date and minutes past local midnight of an instant, in a zone.
 *
 * @example
 * localClock('2026-06-01T23:30:00Z', 'Europe/London') // => { date: '2026-06-02', minutes: 30 }
 */
export function localClock(instant: Instant, zone: TimeZone): { date: CivilDate; minutes: number } {
  const ms = plainInstantMs(instant);
  if (isRegionZone(zone) && !Number.isNaN(ms)) {
    const clock = clockOf(zone);
    if (clock.steadyBetween(ms - HALF_DAY, ms + HALF_DAY)) {
      const local = ms + clock.offsetAt(ms) * MINUTE;
      const day = Math.floor(local / DAY);
      return { date: fromDayNumber(day), minutes: Math.floor((local - day * DAY) / MINUTE) };
    }
  }
  const local = DateTime.fromISO(instant, { zone });
  return { date: local.toISODate() as CivilDate, minutes: local.hour * 60 + local.minute };
}

/**
 * A civil date as a person reads it in a letter.
 *
 * @example
 * describeDate('2026-03-16') // => 'Monday 16 March 2026'
 */
export function describeDate(date: CivilDate): string {
  return longDate(date);
}
