import fc from 'fast-check';
import { DateTime, FixedOffsetZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { dayNumberOf } from '../../src/calendar/civil-date.js';
import { parseInstant, zoneClock } from '../../src/calendar/zone-clock.js';

const LONDON = 'Europe/London';
const MIN = Date.parse('2000-01-01T00:00:00Z');
const MAX = Date.parse('2040-12-31T23:59:59Z');

describe('parseInstant reads every InstantSchema shape exactly', () => {
  it.each([
    ['2026-03-29T01:00Z', '2026-03-29T01:00:00.000Z'],
    ['2026-03-29T01:00:59Z', '2026-03-29T01:00:59.000Z'],
    ['2026-03-29T02:30:00+01:00', '2026-03-29T01:30:00.000Z'],
    ['2026-10-25T01:30:00-05:30', '2026-10-25T07:00:00.000Z'],
    ['2026-06-01T00:00:00.5Z', '2026-06-01T00:00:00.500Z'],
    ['2026-06-01T00:00:00.123456789+00:00', '2026-06-01T00:00:00.123Z'],
    ['1999-12-31T23:59:59.999Z', '1999-12-31T23:59:59.999Z'],
  ])('%s', (text, iso) => {
    expect(parseInstant(text)).toBe(Date.parse(iso));
  });

  it('agrees with Date.parse on any instant, in any offset', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: MIN, max: MAX }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        (ms, offset) => {
          const text = DateTime.fromMillis(ms, { zone: FixedOffsetZone.instance(offset) }).toISO();
          expect(text).not.toBeNull();
          expect(parseInstant(text as string)).toBe(ms);
        },
      ),
    );
  });
});

describe('zoneClock answers as luxon does, remembering offsets by the day', () => {
  const clock = zoneClock(LONDON);

  it('local day, minute and weekday of any instant match luxon', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN, max: MAX }), (ms) => {
        const local = DateTime.fromMillis(ms, { zone: LONDON });
        expect(clock.localTime(ms)).toEqual({
          dayNumber: dayNumberOf(local.year, local.month, local.day),
          minute: local.hour * 60 + local.minute,
          weekday: local.weekday,
        });
      }),
    );
  });

  it('is exact to the second either side of the 2026 clock changes', () => {
    const at = (iso: string) => clock.localTime(Date.parse(iso)).minute;
    expect(at('2026-03-29T00:59:59Z')).toBe(59); // 00:59 GMT
    expect(at('2026-03-29T01:00:00Z')).toBe(120); // 02:00 BST
    expect(at('2026-10-25T00:59:59Z')).toBe(119); // 01:59 BST
    expect(at('2026-10-25T01:00:00Z')).toBe(60); // 01:00 GMT, the second time
  });

  it('formats instants as luxon does (offset always written)', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN, max: MAX }), (ms) => {
        const second = Math.floor(ms / 1000) * 1000;
        expect(clock.format(second)).toBe(
          DateTime.fromMillis(second, { zone: LONDON }).toISO({ suppressMilliseconds: true }),
        );
      }),
    );
  });

  it('instantOf is luxon’s instant for every wall-clock time that happens exactly once', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumberOf(2000, 1, 1), max: dayNumberOf(2040, 12, 31) }),
        fc.integer({ min: 0, max: 1439 }),
        (day, minute) => {
          const date = DateTime.fromMillis(day * 86_400_000, { zone: 'UTC' });
          const local = DateTime.fromObject(
            {
              year: date.year,
              month: date.month,
              day: date.day,
              hour: Math.floor(minute / 60),
              minute: minute % 60,
            },
            { zone: LONDON },
          );
          // Skip the hours the clocks skip or repeat; those are tested below.
          fc.pre(
            local.offset === local.minus({ hours: 2 }).offset &&
              local.offset === local.plus({ hours: 2 }).offset,
          );
          expect(clock.instantOf(day, minute)).toBe(local.toMillis());
        },
      ),
    );
  });

  it('a time the clocks skip means the instant they jump; a time they repeat means its first occurrence', () => {
    const day = dayNumberOf(2026, 3, 29);
    expect(new Date(clock.instantOf(day, 60)).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(new Date(clock.instantOf(day, 90)).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(new Date(clock.instantOf(day, 120)).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(new Date(clock.instantOf(day, 59)).toISOString()).toBe('2026-03-29T00:59:00.000Z');
    const autumn = dayNumberOf(2026, 10, 25);
    expect(new Date(clock.instantOf(autumn, 90)).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(new Date(clock.instantOf(autumn, 120)).toISOString()).toBe('2026-10-25T02:00:00.000Z');
  });

  it('whenReads: the real stretches in which the wall clock reads a range, across the 2026 changes', () => {
    const spans = (y: number, m: number, d: number, from: number, to: number) =>
      clock.whenReads(dayNumberOf(y, m, d), from, to).map((ms) => new Date(ms).toISOString());
    // An ordinary day, the day before and the day after each change: one stretch.
    expect(spans(2026, 3, 28, 75, 105)).toEqual(['2026-03-28T01:15:00.000Z', '2026-03-28T01:45:00.000Z']);
    expect(spans(2026, 3, 30, 75, 105)).toEqual(['2026-03-30T00:15:00.000Z', '2026-03-30T00:45:00.000Z']);
    expect(spans(2026, 10, 24, 75, 105)).toEqual(['2026-10-24T00:15:00.000Z', '2026-10-24T00:45:00.000Z']);
    expect(spans(2026, 10, 26, 75, 105)).toEqual(['2026-10-26T01:15:00.000Z', '2026-10-26T01:45:00.000Z']);
    // 29 March: 01:00-02:00 is skipped; 00:30-01:30 exists only until the jump.
    expect(spans(2026, 3, 29, 60, 120)).toEqual([]);
    expect(spans(2026, 3, 29, 30, 90)).toEqual(['2026-03-29T00:30:00.000Z', '2026-03-29T01:00:00.000Z']);
    // 25 October: 01:15-01:45 happens twice; 00:30-02:30 is one stretch of three hours.
    expect(spans(2026, 10, 25, 75, 105)).toEqual([
      '2026-10-25T00:15:00.000Z',
      '2026-10-25T00:45:00.000Z',
      '2026-10-25T01:15:00.000Z',
      '2026-10-25T01:45:00.000Z',
    ]);
    expect(spans(2026, 10, 25, 30, 150)).toEqual(['2026-10-24T23:30:00.000Z', '2026-10-25T02:30:00.000Z']);
    // A whole day runs to the next local midnight: 23 and 25 hours.
    expect(spans(2026, 3, 29, 0, 1440)).toEqual(['2026-03-29T00:00:00.000Z', '2026-03-29T23:00:00.000Z']);
    expect(spans(2026, 10, 25, 0, 1440)).toEqual(['2026-10-24T23:00:00.000Z', '2026-10-26T00:00:00.000Z']);
  });

  it('local midnight is the instant startOfDay gives, on ordinary days and clock-change days', () => {
    for (const [y, m, d] of [
      [2026, 3, 28],
      [2026, 3, 29],
      [2026, 3, 30],
      [2026, 10, 25],
      [2026, 10, 26],
    ] as const) {
      expect(clock.instantOf(dayNumberOf(y, m, d), 0)).toBe(
        DateTime.fromObject({ year: y, month: m, day: d }, { zone: LONDON }).startOf('day').toMillis(),
      );
    }
  });

  it('works for a zone whose midnight the clocks skip (America/Santiago, 2026-09-06)', () => {
    const santiago = zoneClock('America/Santiago');
    const day = dayNumberOf(2026, 9, 6);
    expect(santiago.instantOf(day, 0)).toBe(
      DateTime.fromObject({ year: 2026, month: 9, day: 6 }, { zone: 'America/Santiago' })
        .startOf('day')
        .toMillis(),
    );
  });
});
