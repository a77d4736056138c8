import { DateTime } from 'luxon';
import { dayNumberOf } from '../calendar/civil-date.js';
import { daysInMonth, YEAR_RANGE } from '../shared/dates.js';

/**
 * Reading millions of instants fast. Contact logs are long, and luxon's ISO parser costs about
 * 10 µs an instant; nearly every instant a CRM writes has one plain shape, which is read here
 * from its characters in a few dozen nanoseconds. Anything else falls back to the full parsers,
 * so the answer never changes, only its speed.
 */

const DIGIT_0 = 48;
const FIRST_INSTANT_MS = dayNumberOf(YEAR_RANGE.first, 1, 1) * 86_400_000;
const AFTER_LAST_INSTANT_MS = dayNumberOf(YEAR_RANGE.last + 1, 1, 1) * 86_400_000;

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
 * Epoch milliseconds of an instant `InstantSchema` accepts: the plain shape read directly, else
 * `Date.parse`, else luxon. `NaN` when none can read it.
 */
export function instantMs(text: string): number {
  const plain = plainInstantMs(text);
  if (!Number.isNaN(plain)) return plain;
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? DateTime.fromISO(text, { setZone: true }).toMillis() : parsed;
}

/** Below this many contacts a comparison sort is cheaper than setting up the radix passes. */
const RADIX_FROM = 1024;
const DIGIT_BASE = 65_536;

/**
 * The stable time order of a log: the positions of `ms` from earliest to latest, ties in the
 * log's own order; `null` when the log is already in order (the common case, found in one pass).
 * Long logs sort with a least-significant-digit radix sort on 16-bit digits of the time since
 * the earliest contact: linear in the log's length, and stable, so ties need no rule of their own.
 *
 * @example
 * timeOrder(Float64Array.of(30, 10, 20, 10)) // => Uint32Array [1, 3, 2, 0]
 * timeOrder(Float64Array.of(10, 20, 20))     // => null
 */
export function timeOrder(ms: Float64Array): Uint32Array | null {
  const n = ms.length;
  let sorted = true;
  let min = n > 0 ? (ms[0] as number) : 0;
  let max = min;
  for (let i = 1; i < n; i++) {
    const t = ms[i] as number;
    if (t < (ms[i - 1] as number)) sorted = false;
    if (t < min) min = t;
    if (t > max) max = t;
  }
  if (sorted) return null;
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // Every instant of years 0000-9999 is within 2^53 ms of every other, so keys are exact; the
  // guard keeps arbitrary numbers correct too.
  if (n < RADIX_FROM || max - min > Number.MAX_SAFE_INTEGER) {
    return order.sort((a, b) => (ms[a] as number) - (ms[b] as number) || a - b);
  }

  let keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (ms[i] as number) - min;
  let nextOrder = new Uint32Array(n);
  let nextKeys = new Float64Array(n);
  const counts = new Uint32Array(DIGIT_BASE);
  const range = max - min;
  for (let place = 1; place <= range; place *= DIGIT_BASE) {
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const digit = Math.floor((keys[i] as number) / place) % DIGIT_BASE;
      counts[digit] = (counts[digit] as number) + 1;
    }
    let start = 0;
    for (let d = 0; d < DIGIT_BASE; d++) {
      const count = counts[d] as number;
      counts[d] = start;
      start += count;
    }
    for (let i = 0; i < n; i++) {
      const key = keys[i] as number;
      const digit = Math.floor(key / place) % DIGIT_BASE;
      const slot = counts[digit] as number;
      counts[digit] = slot + 1;
      nextOrder[slot] = order[i] as number;
      nextKeys[slot] = key;
    }
    [order, nextOrder] = [nextOrder, order];
    [keys, nextKeys] = [nextKeys, keys];
  }
  return order;
}
