import { describe, expect, it } from 'vitest';
import { describeDate, endOfDay, localClock, startOfDay } from '../../src/calendar/zone.js';

const LONDON = 'Europe/London';

describe('civil days in London across the clock changes', () => {
  it('the spring-forward day (29 March 2026) is 23 hours long', () => {
    expect(startOfDay('2026-03-29', LONDON)).toBe('2026-03-29T00:00:00+00:00');
    expect(endOfDay('2026-03-29', LONDON)).toBe('2026-03-30T00:00:00+01:00');
    expect(Date.parse(endOfDay('2026-03-29', LONDON)) - Date.parse(startOfDay('2026-03-29', LONDON))).toBe(
      23 * 3_600_000,
    );
  });

  it('the fall-back day (25 October 2026) is 25 hours long', () => {
    expect(startOfDay('2026-10-25', LONDON)).toBe('2026-10-25T00:00:00+01:00');
    expect(endOfDay('2026-10-25', LONDON)).toBe('2026-10-26T00:00:00+00:00');
    expect(Date.parse(endOfDay('2026-10-25', LONDON)) - Date.parse(startOfDay('2026-10-25', LONDON))).toBe(
      25 * 3_600_000,
    );
  });

  it('the days either side are 24 hours long', () => {
    for (const day of ['2026-03-28', '2026-03-30', '2026-10-24', '2026-10-26']) {
      expect(Date.parse(endOfDay(day, LONDON)) - Date.parse(startOfDay(day, LONDON))).toBe(24 * 3_600_000);
    }
  });

  it('reads an instant as a London civil date and clock time', () => {
    expect(localClock('2026-06-01T23:30:00Z', LONDON)).toEqual({ date: '2026-06-02', minutes: 30 });
    expect(localClock('2026-12-01T23:30:00Z', LONDON)).toEqual({ date: '2026-12-01', minutes: 23 * 60 + 30 });
    expect(localClock('2026-03-29T00:59:59Z', LONDON)).toEqual({ date: '2026-03-29', minutes: 59 });
    expect(localClock('2026-03-29T01:00:00Z', LONDON)).toEqual({ date: '2026-03-29', minutes: 120 });
    expect(localClock('2026-10-25T00:30:00Z', LONDON)).toEqual({ date: '2026-10-25', minutes: 90 });
    expect(localClock('2026-10-25T01:30:00Z', LONDON)).toEqual({ date: '2026-10-25', minutes: 90 });
  });

  it('writes dates as a letter would', () => {
    expect(describeDate('2026-03-16')).toBe('Monday 16 March 2026');
    expect(describeDate('2028-02-29')).toBe('Tuesday 29 February 2028');
  });
});
