import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  fromDayNumber,
  isoWeekday,
  toDayNumber,
} from '../../src/calendar/civil-date.js';
import { civilDates } from '../helpers.js';

const civilDate = civilDates('1900-01-01', '2199-12-31');

describe('day numbers', () => {
  it('count days from 1970-01-01, a Thursday', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('2000-03-01')).toBe(11017);
    expect(isoWeekday(0)).toBe(4);
    expect(isoWeekday(toDayNumber('2026-11-21'))).toBe(6); // a Saturday
  });

  it('round-trip every date, and agree with the UTC calendar', () => {
    fc.assert(
      fc.property(civilDate, (date) => {
        const n = toDayNumber(date);
        expect(fromDayNumber(n)).toBe(date);
        expect(n).toBe(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
      }),
    );
  });

  it('step across month ends and leap days: the day before, the day, the day after', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01'); // 2100 is not a leap year
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29'); // 2000 is
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(daysBetween('2026-03-02', '2026-03-16')).toBe(14);
  });
});

describe('addMonths: the month-end rule is a choice, tested at 28, 29, 30 and 31', () => {
  const cases: [string, number, string, string][] = [
    // from, months, clamp, next-day
    ['2026-01-28', 1, '2026-02-28', '2026-02-28'],
    ['2026-01-29', 1, '2026-02-28', '2026-03-01'],
    ['2026-01-30', 1, '2026-02-28', '2026-03-01'],
    ['2026-01-31', 1, '2026-02-28', '2026-03-01'],
    ['2028-01-29', 1, '2028-02-29', '2028-02-29'],
    ['2028-01-30', 1, '2028-02-29', '2028-03-01'],
    ['2026-08-31', 6, '2027-02-28', '2027-03-01'],
    ['2027-08-31', 6, '2028-02-29', '2028-03-01'],
    ['2026-03-31', 1, '2026-04-30', '2026-05-01'],
    ['2026-05-30', 1, '2026-06-30', '2026-06-30'],
    ['2024-02-29', 12, '2025-02-28', '2025-03-01'],
    ['2024-02-29', 48, '2028-02-29', '2028-02-29'],
    ['2026-12-31', 2, '2027-02-28', '2027-03-01'],
    ['2026-07-15', 6, '2027-01-15', '2027-01-15'],
  ];
  for (const [from, months, clamp, nextDay] of cases) {
    it(`${from} + ${months} months: clamp ${clamp}, next-day ${nextDay}`, () => {
      expect(addMonths(from, months, 'clamp')).toBe(clamp);
      expect(addMonths(from, months, 'next-day')).toBe(nextDay);
    });
  }

  it('agrees between the rules whenever the day exists, and never goes back', () => {
    fc.assert(
      fc.property(civilDate, fc.integer({ min: 0, max: 120 }), (date, months) => {
        const clamp = addMonths(date, months, 'clamp');
        const nextDay = addMonths(date, months, 'next-day');
        expect(daysBetween(clamp, nextDay)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(clamp, nextDay)).toBeLessThanOrEqual(1);
        if (clamp.slice(8) === date.slice(8)) expect(nextDay).toBe(clamp);
        expect(daysBetween(date, clamp)).toBeGreaterThanOrEqual(months * 28);
      }),
    );
  });
});

describe('the machine’s own time zone never moves a civil date', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  // Zones with offsets of -11 and +14 hours, midnight clock changes, and a half-hour offset.
  for (const zone of [
    'Pacific/Pago_Pago',
    'Pacific/Kiritimati',
    'America/Santiago',
    'Asia/Beirut',
    'Australia/Lord_Howe',
  ]) {
    it(`under TZ=${zone}`, () => {
      process.env.TZ = zone;
      expect(addMonths('2026-08-31', 6, 'clamp')).toBe('2027-02-28');
      expect(addMonths('2026-08-31', 6, 'next-day')).toBe('2027-03-01');
      expect(addMonths('2026-09-05', 1, 'clamp')).toBe('2026-10-05'); // across Santiago's September change
      expect(addMonths('2026-03-28', 1, 'clamp')).toBe('2026-04-28'); // across Beirut's March change
    });
  }
});
