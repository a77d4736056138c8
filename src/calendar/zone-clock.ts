import { IANAZone } from 'luxon';
import type { Instant, TimeZone } from '../shared/dates.js';
import { dayNumberOf, fromDayNumber, isoWeekday } from './civil-date.js';

/**
 * Wall-clock time in a zone, for every hot path. The zone's offsets come from luxon; asking luxon
 * costs microseconds (an `Intl` call), so one clock per zone (`clockOf`) remembers the offsets of
 * the UTC days it has been asked about (one luxon call per day, a dozen on a day the clocks
 * change). The offsets of a zone on a day are a fact of the runtime's time-zone data, the same
 * on every call, so the memo is pure: it makes an answer faster, never different. Nothing here
 * reads the machine's clock or zone.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Where an instant falls on the local wall clock. */
export interface LocalTime {
  /** The local civil day, as a day number (days since 1970-01-01). */
  readonly dayNumber: number;
  /** Minutes past local midnight, 0-1439 (a wall-clock reading: 01:30 happens twice in October). */
  readonly minute: number;
  /** ISO weekday of the local day: 1 = Monday ... 7 = Sunday. */
  readonly weekday: number;
}

/** The offsets of one UTC day: `before` until `changesAt`, `after` from it (equal on most days). */
interface DayOffsets {
  readonly before: number;
  readonly changesAt: number;
  readonly after: number;
}

/** A zone's wall clock, with the offsets it has looked up remembered. */
export interface ZoneClock {
  readonly zone: TimeZone;
  /** The zone's offset from UTC, in minutes, at an instant (epoch milliseconds). */
  offsetAt(ms: number): number;
  /** Whether the offset is the same, a whole number of minutes, from `from` to `to` (epoch ms). */
  steadyBetween(from: number, to: number): boolean;
  /** The local day, minute and weekday of an instant. */
  localTime(ms: number): LocalTime;
  /**
   * The instant a local wall-clock time happens. A time that happens twice (the autumn change)
   * means its first occurrence; a time the clocks skip (the spring change) means the instant they
   * jump, the first moment at or after it that exists.
   */
  instantOf(dayNumber: number, minute: number): number;
  /**
   * Every real stretch of time in which the wall clock of a local day reads a minute in
   * `[from, to)` (minutes past local midnight, `to` up to 1440), as sorted, disjoint half-open
   * ranges of epoch milliseconds `[start0, end0, start1, end1, ...]`. Usually one range; none when
   * the spring change skips the whole of it; two when it lies in the hour the autumn change repeats
   * (one range when it runs across the repeated hour, which then lasts an hour longer).
   */
  whenReads(dayNumber: number, from: number, to: number): number[];
  /** An instant as ISO 8601 with this zone's offset, e.g. `'2026-03-30T09:00:00+01:00'`. */
  format(ms: number): Instant;
}

/**
 * Makes a zone clock. The zone must be a valid IANA name (the policy's schema checks it).
 *
 * @example
 * const clock = zoneClock('Europe/London');
 * clock.localTime(Date.parse('2026-03-29T01:00:00Z')) // => { dayNumber: 20541, minute: 120, weekday: 7 }
 * clock.format(clock.instantOf(20542, 9 * 60))        // => '2026-03-30T09:00:00+01:00'
 * // 01:15-01:45 on 25 October 2026 happens twice, in BST and then in GMT:
 * clock.whenReads(20751, 75, 105).map((ms) => new Date(ms).toISOString())
 * // => ['2026-10-25T00:15:00.000Z', '2026-10-25T00:45:00.000Z', '2026-10-25T01:15:00.000Z', '2026-10-25T01:45:00.000Z']
 */
export function zoneClock(zone: TimeZone): ZoneClock {
  const iana = IANAZone.create(zone);
  const days = new Map<number, DayOffsets>();

  function offsetsOf(utcDay: number): DayOffsets {
    const known = days.get(utcDay);
    if (known !== undefined) return known;
    const start = utcDay * DAY;
    const before = iana.offset(start);
    const after = iana.offset(start + DAY - 1);
    let changesAt = Number.POSITIVE_INFINITY;
    if (before !== after) {
      // Zones change offset on a whole minute: find the first minute of the day with the new one.
      let low = 0;
      let high = 1439;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (iana.offset(start + mid * MINUTE) === after) high = mid;
        else low = mid + 1;
      }
      changesAt = start + low * MINUTE;
    }
    const offsets = { before, changesAt, after };
    days.set(utcDay, offsets);
    return offsets;
  }

  function steadyBetween(from: number, to: number): boolean {
    const offset = offsetAt(from);
    if (!Number.isInteger(offset)) return false;
    for (let day = Math.floor(from / DAY); day <= Math.floor(to / DAY); day++) {
      const offsets = offsetsOf(day);
      if (offsets.before !== offset || offsets.after !== offset) return false;
    }
    return true;
  }

  function offsetAt(ms: number): number {
    const offsets = offsetsOf(Math.floor(ms / DAY));
    return ms < offsets.changesAt ? offsets.before : offsets.after;
  }

  function localTime(ms: number): LocalTime {
    const local = ms + offsetAt(ms) * MINUTE;
    const dayNumber = Math.floor(local / DAY);
    return {
      dayNumber,
      minute: Math.floor((local - dayNumber * DAY) / MINUTE),
      weekday: isoWeekday(dayNumber),
    };
  }

  function instantOf(dayNumber: number, minute: number): number {
    const wall = dayNumber * DAY + minute * MINUTE;
    // Offsets run from -12 to +14 hours, so the instant lies within these bounds.
    const earliest = wall - 14 * 60 * MINUTE;
    const latest = wall + 12 * 60 * MINUTE;
    const early = offsetAt(earliest);
    const late = offsetAt(latest);
    const first = wall - early * MINUTE;
    if (offsetAt(first) === early) return first;
    const second = wall - late * MINUTE;
    if (offsetAt(second) === late) return second;
    // Skipped by the clocks: the instant they jump lies between the two readings.
    let low = Math.min(first, second);
    let high = Math.max(first, second);
    while (high - low > MINUTE) {
      const mid = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
      if (offsetAt(mid) === late) high = mid;
      else low = mid;
    }
    return high;
  }

  function whenReads(dayNumber: number, from: number, to: number): number[] {
    const wallFrom = dayNumber * DAY + from * MINUTE;
    const wallTo = dayNumber * DAY + to * MINUTE;
    const out: number[] = [];
    // Offsets run from -12 to +14 hours. Walk that span in stretches of one offset each (split at
    // each UTC midnight and each change); in each, the clock reads wall = real + offset.
    const last = wallTo + 12 * 60 * MINUTE;
    let t = wallFrom - 14 * 60 * MINUTE;
    while (t < last) {
      const utcDay = Math.floor(t / DAY);
      const offsets = offsetsOf(utcDay);
      const before = t < offsets.changesAt;
      const offset = before ? offsets.before : offsets.after;
      let stretchEnd = (utcDay + 1) * DAY;
      if (before && offsets.changesAt < stretchEnd) stretchEnd = offsets.changesAt;
      if (last < stretchEnd) stretchEnd = last;
      const start = Math.max(t, wallFrom - offset * MINUTE);
      const end = Math.min(stretchEnd, wallTo - offset * MINUTE);
      if (start < end) {
        // A range running on across a change of offset is one stretch of real time.
        if (out.length > 0 && out[out.length - 1] === start) out[out.length - 1] = end;
        else out.push(start, end);
      }
      t = stretchEnd;
    }
    return out;
  }

  function format(ms: number): Instant {
    const offset = offsetAt(ms);
    const local = ms + offset * MINUTE;
    const dayNumber = Math.floor(local / DAY);
    const secondOfDay = Math.floor((local - dayNumber * DAY) / 1000);
    const sign = offset < 0 ? '-' : '+';
    const absolute = Math.abs(offset);
    return (
      `${fromDayNumber(dayNumber)}T${pad2(Math.floor(secondOfDay / 3600))}:${pad2(Math.floor(secondOfDay / 60) % 60)}` +
      `:${pad2(secondOfDay % 60)}${sign}${pad2(Math.floor(absolute / 60))}:${pad2(absolute % 60)}`
    );
  }

  return { zone, offsetAt, steadyBetween, localTime, instantOf, whenReads, format };
}

const CLOCKS = new Map<TimeZone, ZoneClock>();

/**
 * The one clock of a zone, shared by every call (see above: its memo never changes an answer).
 * The zone must be a valid IANA name, as `TimeZoneSchema` checks.
 *
 * @example
 * clockOf('Europe/London') === clockOf('Europe/London') // => true
 */
export function clockOf(zone: TimeZone): ZoneClock {
  let clock = CLOCKS.get(zone);
  if (clock === undefined) {
    clock = zoneClock(zone);
    CLOCKS.set(zone, clock);
  }
  return clock;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

const digit = (text: string, at: number): number => text.charCodeAt(at) - 48;
const two = (text: string, at: number): number => digit(text, at) * 10 + digit(text, at + 1);

/**
 * Epoch milliseconds of a validated ISO 8601 instant (`InstantSchema`'s shapes: minutes, optional
 * seconds and fraction, `Z` or an offset), read without allocating. Fractions finer than a
 * millisecond are truncated, which never moves an instant across a whole second.
 *
 * @example
 * parseInstant('2026-03-29T02:30:00+01:00') // => Date.parse('2026-03-29T01:30:00Z')
 */
export function parseInstant(text: Instant): number {
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + two(text, 2);
  const days = dayNumberOf(year, two(text, 5), two(text, 8));
  let minutes = two(text, 11) * 60 + two(text, 14);
  let millis = 0;
  let at = 16;
  if (text.charCodeAt(at) === 58 /* : */) {
    millis = two(text, 17) * 1000;
    at = 19;
    if (text.charCodeAt(at) === 46 /* . */) {
      at++;
      let scale = 100;
      while (at < text.length) {
        const d = digit(text, at);
        if (d < 0 || d > 9) break;
        millis += d * scale;
        scale /= 10;
        at++;
      }
      millis = Math.floor(millis);
    }
  }
  const sign = text.charCodeAt(at);
  if (sign === 43 /* + */) minutes -= two(text, at + 1) * 60 + two(text, at + 4);
  else if (sign === 45 /* - */) minutes += two(text, at + 1) * 60 + two(text, at + 4);
  return days * DAY + minutes * MINUTE + millis;
}
