import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { analyseContacts, ContactLogEntrySchema } from '../../src/classification/index.js';
import { instantMs, plainInstantMs, timeOrder } from '../../src/classification/instants.js';
import { InstantSchema } from '../../src/shared/dates.js';
import { badPaths, unwrap } from '../helpers.js';
import { contact } from './fixtures.js';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Strings in and around the plain ISO shape, including impossible days, hours and offsets. */
const isoish = fc
  .record({
    year: fc.oneof(fc.integer({ min: 1890, max: 3010 }), fc.integer({ min: 0, max: 9999 })),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.integer({ min: 0, max: 25 }),
    minute: fc.integer({ min: 0, max: 61 }),
    second: fc.option(fc.integer({ min: 0, max: 61 }), { nil: undefined }),
    fraction: fc.option(fc.stringMatching(/^\d{0,10}$/), { nil: undefined }),
    zone: fc.oneof(
      fc.constant('Z'),
      fc.constant('z'),
      fc.constant(''),
      fc
        .record({
          sign: fc.constantFrom('+', '-'),
          h: fc.integer({ min: 0, max: 24 }),
          m: fc.integer({ min: 0, max: 60 }),
        })
        .map(({ sign, h, m }) => `${sign}${pad(h, 2)}:${pad(m, 2)}`),
    ),
  })
  .map(({ year, month, day, hour, minute, second, fraction, zone }) => {
    const seconds =
      second === undefined ? '' : `:${pad(second, 2)}${fraction === undefined ? '' : `.${fraction}`}`;
    return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}${seconds}${zone}`;
  });

describe('plainInstantMs: a fast reading that never disagrees with InstantSchema', () => {
  it('reads what it accepts exactly as luxon and Date.parse do, and accepts nothing InstantSchema refuses', () => {
    let accepted = 0;
    fc.assert(
      fc.property(isoish, (text) => {
        const fast = plainInstantMs(text);
        if (Number.isNaN(fast)) return;
        accepted++;
        expect(InstantSchema.safeParse(text).success).toBe(true);
        expect(fast).toBe(DateTime.fromISO(text, { setZone: true }).toMillis());
        if (Number(text.slice(0, 4)) >= 1000) expect(fast).toBe(Date.parse(text));
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(100);
  });

  it('the contact log accepts and refuses exactly what InstantSchema does, with its message', () => {
    fc.assert(
      fc.property(isoish, (at) => {
        const entry = ContactLogEntrySchema.safeParse(contact('c1', at));
        const instant = InstantSchema.safeParse(at);
        expect(entry.success).toBe(instant.success);
        if (!instant.success && !entry.success) {
          expect(entry.error.issues[0]?.message).toBe(instant.error.issues[0]?.message);
        }
        if (instant.success) expect(instantMs(at)).toBe(DateTime.fromISO(at, { setZone: true }).toMillis());
      }),
      { numRuns: 2000 },
    );
  });

  it('examples', () => {
    expect(plainInstantMs('2026-03-02T09:00:00Z')).toBe(Date.parse('2026-03-02T09:00:00Z'));
    expect(plainInstantMs('2026-03-02T10:00+01:00')).toBe(Date.parse('2026-03-02T09:00:00Z'));
    expect(plainInstantMs('2024-02-29T23:59:59.999999999-05:30')).toBe(
      Date.parse('2024-03-01T05:29:59.999Z'),
    );
    expect(plainInstantMs('2026-02-29T09:00:00Z')).toBeNaN();
    expect(plainInstantMs('2026-03-02T24:00:00Z')).toBeNaN(); // luxon's to decide
    expect(instantMs('2026-03-02T24:00:00Z')).toBe(Date.parse('2026-03-03T00:00:00Z'));
  });

  // Found by mutation testing: the plain reading checked the year as written, not the moment, so
  // the contact log accepted instants InstantSchema refuses (the moment in UTC is out of range).
  it('refuses, as InstantSchema does, a moment in 1899 or 3000 written with a year in range', () => {
    for (const at of [
      '1900-01-01T00:30+01:00',
      '2999-12-31T23:00:00-05:00',
      '2999-12-31T23:59:59.999-00:01',
    ]) {
      expect(plainInstantMs(at)).toBeNaN();
      const instant = InstantSchema.safeParse(at);
      expect(instant.success).toBe(false);
      const entry = ContactLogEntrySchema.safeParse(contact('c1', at));
      expect(entry.success).toBe(false);
      if (!entry.success && !instant.success) {
        expect(entry.error.issues[0]?.message).toBe(instant.error.issues[0]?.message);
      }
    }
    // The first and last moments of the range are read.
    expect(plainInstantMs('1900-01-01T01:00+01:00')).toBe(Date.parse('1900-01-01T00:00:00Z'));
    expect(plainInstantMs('2999-12-31T18:59:59.999-05:00')).toBe(Date.parse('2999-12-31T23:59:59.999Z'));
  });

  it('a contact log refuses such a moment at its path, with the value quoted', () => {
    const log = [contact('c1', '2999-12-31T23:00:00-05:00')];
    expect(badPaths(analyseContacts(log, { asOf: '2026-06-01T00:00:00Z' }))).toEqual(['contacts[0].at']);
  });
});

describe('timeOrder: stable, and the same as a comparison sort', () => {
  const comparison = (ms: Float64Array) =>
    Array.from(ms.keys()).sort((a, b) => (ms[a] as number) - (ms[b] as number) || a - b);

  /** The first position where two orders differ, or -1: keeps a failure's report short. */
  const firstDifference = (a: readonly number[], b: readonly number[]) =>
    a.length !== b.length ? 0 : a.findIndex((value, i) => value !== b[i]);

  it('for short and long logs, with ties, instants of any year, and ranges beyond exact arithmetic', () => {
    const years0To9999 = fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 });
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 50 }), years0To9999), { maxLength: 3000, size: 'max' }),
        fc.boolean(),
        (values, beyondExact) => {
          if (beyondExact) values.push(-8e15, 8e15);
          const ms = Float64Array.from(values);
          const order = timeOrder(ms);
          const expected = comparison(ms);
          const got = order === null ? Array.from(ms.keys()) : Array.from(order);
          expect(firstDifference(got, expected)).toBe(-1);
        },
      ),
      // Shrinking a failing array of thousands takes minutes: report the first counterexample as found.
      { numRuns: 60, endOnFailure: true },
    );
  });

  it('a long shuffled log gives the findings of the same log in order', () => {
    const start = Date.parse('2026-01-01T00:00:00Z');
    const log = Array.from({ length: 5000 }, (_, k) =>
      contact(`c${k}`, new Date(start + Math.floor(k / 3) * 37 * 60_000).toISOString()),
    );
    const reversed = [...log].reverse();
    const options = { asOf: '2027-01-01T00:00:00Z' };
    const inOrder = unwrap(analyseContacts(log, options));
    const fromReversed = unwrap(analyseContacts(reversed, options));
    const evidence = (a: typeof inOrder) => a.findings.map((f) => [...f.contactIds].sort().join(' '));
    const expected = evidence(inOrder);
    expect(expected.length).toBeGreaterThan(0);
    // Compared finding by finding, so a failure reports one finding rather than diffing thousands of ids.
    const got = evidence(fromReversed);
    expect(got.length).toBe(expected.length);
    expect(got.findIndex((ids, i) => ids !== expected[i])).toBe(-1);
    // Contacts sharing a time come out in a fixed order (new information first, then by id),
    // whatever the log's own order: reversed or not, the same.
    expect(fromReversed.findings[0]?.contactIds.slice(0, 3)).toEqual(['c0', 'c1', 'c2']);
    expect(inOrder.findings[0]?.contactIds.slice(0, 3)).toEqual(['c0', 'c1', 'c2']);
  });
});

describe('timeOrder at its edges: in order already, the first contact at an extreme, exact powers of 2^16', () => {
  /** The stable comparison sort timeOrder must agree with. */
  const byTime = (ms: Float64Array): Uint32Array =>
    Uint32Array.from(Array.from(ms.keys()).sort((a, b) => (ms[a] as number) - (ms[b] as number) || a - b));

  it('a log already in time order (ties kept in the log’s order) needs no reordering: null', () => {
    expect(timeOrder(Float64Array.of())).toBeNull();
    expect(timeOrder(Float64Array.of(10))).toBeNull();
    expect(timeOrder(Float64Array.of(10, 20, 20))).toBeNull();
    expect(timeOrder(Float64Array.of(10, 10, 10))).toBeNull();
  });

  it('a log out of order: the positions from earliest to latest, ties in the log’s order', () => {
    expect(timeOrder(Float64Array.of(30, 20, 10))).toEqual(Uint32Array.of(2, 1, 0));
    expect(timeOrder(Float64Array.of(30, 10, 20, 10))).toEqual(Uint32Array.of(1, 3, 2, 0));
    expect(timeOrder(Float64Array.of(20, 10))).toEqual(Uint32Array.of(1, 0));
  });

  // Long logs take the radix sort, whose passes are set by the earliest and latest contact.
  const LONG = 1100;
  const descending = (from: number) => Array.from({ length: LONG - 1 }, (_, k) => from - k);

  it('a long log whose first contact is far the latest, or far the earliest', () => {
    for (const first of [2 ** 40, 2 ** 40 + 7, -5, -(2 ** 40)]) {
      const ms = Float64Array.from([first, ...descending(LONG)]);
      expect(timeOrder(ms)).toEqual(byTime(ms));
    }
  });

  it('a long log spanning exactly 1, 2^16 or 2^32 ms: the last digit is still sorted', () => {
    for (const span of [1, 2 ** 16, 2 ** 32, 2 ** 48]) {
      const ms = Float64Array.from({ length: LONG }, (_, k) => (k % 2 === 0 ? span : 0));
      const order = timeOrder(ms);
      expect(order).toEqual(byTime(ms));
      expect(ms[order?.[0] ?? 0]).toBe(0);
      expect(ms[order?.[LONG - 1] ?? 0]).toBe(span);
    }
  });

  // Past 2^53 ms apart, the time since the earliest contact is no longer exact: 2e15 + 1 and 2e15,
  // each 1e16 after -8e15, would read as the same time. Such logs are compared, never radix-sorted.
  it('times too far apart for exact arithmetic keep 1 ms differences, short log or long', () => {
    const short = Float64Array.of(2e15 + 1, 2e15, -8e15, 8e15);
    expect(timeOrder(short)).toEqual(Uint32Array.of(2, 1, 0, 3));
    const long = Float64Array.from({ length: LONG }, (_, k) =>
      k === 0 ? 8e15 : k === 1 ? -8e15 : 2e15 + ((k + 1) % 2),
    );
    const order = timeOrder(long);
    expect(order).toEqual(byTime(long));
    expect(Array.from(order ?? [], (i) => long[i]).slice(1, LONG / 2)).toEqual(
      Array.from({ length: LONG / 2 - 1 }, () => 2e15),
    );
  });
});
