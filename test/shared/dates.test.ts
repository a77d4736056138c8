import { describe, expect, it } from 'vitest';
import {
  CivilDateSchema,
  daysInMonth,
  InstantSchema,
  isLeapYear,
  TimeZoneSchema,
} from '../../src/shared/dates.js';

const valid = (schema: { safeParse: (v: unknown) => { success: boolean } }, value: unknown) =>
  schema.safeParse(value).success;
const message = (schema: typeof CivilDateSchema | typeof InstantSchema, value: unknown) =>
  schema.safeParse(value).error?.issues.map((i) => i.message);

describe('civil dates exist on the calendar', () => {
  it('the last day of every month, the day before and the day after', () => {
    for (let month = 1; month <= 12; month++) {
      const mm = String(month).padStart(2, '0');
      const last = daysInMonth(2026, month);
      expect(valid(CivilDateSchema, `2026-${mm}-${last}`), `2026-${mm}-${last}`).toBe(true);
      expect(valid(CivilDateSchema, `2026-${mm}-${String(last - 1).padStart(2, '0')}`)).toBe(true);
      expect(valid(CivilDateSchema, `2026-${mm}-${last + 1}`), `2026-${mm}-${last + 1}`).toBe(false);
    }
    expect([4, 6, 9, 11].map((m) => daysInMonth(2026, m))).toEqual([30, 30, 30, 30]);
    expect([1, 3, 5, 7, 8, 10, 12].map((m) => daysInMonth(2026, m))).toEqual([31, 31, 31, 31, 31, 31, 31]);
  });

  it('leap years: every fourth, not every hundredth, but every four-hundredth', () => {
    expect([2024, 2028, 2000, 2400].map(isLeapYear)).toEqual([true, true, true, true]);
    expect([2026, 2027, 1900, 2100, 2200].map(isLeapYear)).toEqual([false, false, false, false, false]);
    expect(valid(CivilDateSchema, '2000-02-29')).toBe(true);
    expect(valid(CivilDateSchema, '2100-02-29')).toBe(false);
    expect(valid(CivilDateSchema, '2028-02-29')).toBe(true);
    expect(valid(CivilDateSchema, '2027-02-29')).toBe(false);
  });

  it('month 0 and 13, day 0, and the wrong shapes are refused, saying what was expected', () => {
    for (const bad of ['2026-00-10', '2026-13-01', '2026-01-00']) {
      expect(message(CivilDateSchema, bad)).toEqual([
        `expected a civil date YYYY-MM-DD that exists on the calendar, from 1900 to 2999, received "${bad}"`,
      ]);
    }
    for (const bad of ['2026-1-01', ' 2026-01-01', '2026-01-01T00:00:00Z', '20260101']) {
      expect(message(CivilDateSchema, bad)).toEqual([
        `expected a civil date YYYY-MM-DD, received ${JSON.stringify(bad)}`,
      ]);
    }
    expect(message(CivilDateSchema, 20260101)).toEqual(['expected a civil date as a string, YYYY-MM-DD']);
  });
});

describe('dates run from 1900 to 2999, so no counted period can run off the calendar', () => {
  it('the first and last days, and the days either side', () => {
    expect(valid(CivilDateSchema, '1899-12-31')).toBe(false);
    expect(valid(CivilDateSchema, '1900-01-01')).toBe(true);
    expect(valid(CivilDateSchema, '2999-12-31')).toBe(true);
    expect(valid(CivilDateSchema, '3000-01-01')).toBe(false);
    expect(valid(InstantSchema, '1899-12-31T23:59:59Z')).toBe(false);
    expect(valid(InstantSchema, '1900-01-01T00:00:00Z')).toBe(true);
    expect(valid(InstantSchema, '2999-12-31T23:59:59Z')).toBe(true);
    expect(valid(InstantSchema, '3000-01-01T00:00:00Z')).toBe(false);
  });
});

describe('instants carry their offset', () => {
  it('accepts Z or an offset, with or without seconds and fractions', () => {
    for (const ok of [
      '2026-03-29T01:30:00Z',
      '2026-03-29T01:30Z',
      '2026-03-29T01:30:00.123Z',
      '2026-03-29T01:30:00.123456789+01:00',
      '2026-03-29T01:30:00-05:30',
      '2026-03-29T01:30:00+14:00',
      '2026-03-29T01:30:00-12:00',
      '2026-03-29T01:30:00+05:45',
    ]) {
      expect(valid(InstantSchema, ok), ok).toBe(true);
    }
  });

  it('refuses a local time without an offset, text around it, and impossible moments', () => {
    for (const bad of [
      '2026-03-29T01:30:00',
      'x2026-03-29T01:30:00Z',
      '2026-03-29T01:30:00Zx',
      '2026-03-29T01:30:00.Z',
      '2026-03-29T01:30:00.abcZ',
      '2026-03-29 01:30:00Z',
      '2026-03-29T01:30:00+24:00',
      '2026-03-29T01:30:00+99:00',
      '2026-03-29T01:30:00+14:60',
      '2026-03-29T01:30:00+15:00',
      '2026-03-29T25:00:00Z',
      '2999-12-31T24:00:00Z',
    ]) {
      expect(message(InstantSchema, bad), bad).toEqual([
        `expected an ISO 8601 instant with Z or an offset (e.g. 2026-03-29T09:30:00Z), received ${JSON.stringify(bad)}`,
      ]);
    }
    for (const impossible of [
      '2026-02-30T10:00:00Z',
      '2999-12-31T23:00:00-05:00',
      '1900-01-01T00:30:00+01:00',
    ]) {
      expect(message(InstantSchema, impossible)).toEqual([
        `expected an ISO 8601 instant with Z or an offset (e.g. 2026-03-29T09:30:00Z), from 1900 to 2999 (UTC), received "${impossible}"`,
      ]);
    }
  });

  it('time zones must be IANA names this runtime knows', () => {
    expect(valid(TimeZoneSchema, 'Europe/London')).toBe(true);
    expect(valid(TimeZoneSchema, 'Europe/Belfast')).toBe(true);
    expect(TimeZoneSchema.safeParse('GMT+1 please').error?.issues[0]?.message).toBe(
      'expected an IANA time-zone name such as Europe/London, received "GMT+1 please"',
    );
  });
});
