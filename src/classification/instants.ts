import { DateTime } from 'luxon';
import { plainInstantMs } from '../shared/dates.js';

export { plainInstantMs };

/**
 * Reading millions of instants fast. Contact logs are long, and luxon's ISO parser costs about
 * 10 µs an instant; nearly every instant a CRM writes has one plain shape, which is read here
 * from its characters in a few dozen nanoseconds. Anything else falls back to the full parsers,
 * so the answer never changes, only its speed.
 */

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
