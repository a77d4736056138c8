import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { localClock, startOfDay } from '../../src/calendar/zone.js';

/**
 * The zone clock's integer fast path against luxon, the reference it replaced: byte-identical
 * instants and local clocks, in zones chosen for their awkward histories (midnight clock changes,
 * half-hour and 45-minute offsets, local mean time in seconds, a skipped day, fixed-offset names).
 */
const ZONES = [
  'Europe/London',
  'America/Sao_Paulo',
  'America/Havana',
  'Asia/Beirut',
  'Australia/Lord_Howe',
  'Africa/Monrovia',
  'America/St_Johns',
  'Pacific/Apia',
  'Asia/Kathmandu',
  'Etc/UTC',
  'UTC',
  'America/Santiago',
];
const DAY = 86_400_000;
const FIRST = Date.UTC(1900, 0, 2);
const LAST = Date.UTC(2999, 11, 30);

describe('zone fast path = luxon', () => {
  it('startOfDay: the instant a civil day starts, written as luxon writes it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: FIRST / DAY, max: LAST / DAY }),
        (zone, day) => {
          const date = new Date(day * DAY).toISOString().slice(0, 10);
          const reference = DateTime.fromISO(date, { zone })
            .startOf('day')
            .toISO({ suppressMilliseconds: true });
          expect(startOfDay(date, zone)).toBe(reference);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('startOfDay around the clock changes of 1970-2040', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: 0, max: 70 }),
        fc.constantFrom(2, 3, 9, 10, 11, 12),
        fc.integer({ min: 1, max: 31 }),
        (zone, years, month, day) => {
          const date = DateTime.utc(1970 + years, month, 1)
            .plus({ days: day - 1 })
            .toISODate() as string;
          const reference = DateTime.fromISO(date, { zone })
            .startOf('day')
            .toISO({ suppressMilliseconds: true });
          expect(startOfDay(date, zone)).toBe(reference);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('localClock: the local date and minute of an instant', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: FIRST, max: LAST }),
        fc.constantFrom('Z', '+01:00', '-05:30'),
        (zone, ms, offset) => {
          const utc = DateTime.fromMillis(ms, { zone: offset === 'Z' ? 'utc' : `UTC${offset}` });
          const instant = `${utc.toFormat("yyyy-MM-dd'T'HH:mm:ss")}${offset}`;
          const local = DateTime.fromISO(instant, { zone });
          expect(localClock(instant, zone)).toEqual({
            date: local.toISODate(),
            minutes: local.hour * 60 + local.minute,
          });
        },
      ),
      { numRuns: 400 },
    );
  });
});
