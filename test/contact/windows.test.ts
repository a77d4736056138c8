import { describe, expect, it } from 'vitest';
import { zoneClock } from '../../src/contact/local-clock.js';
import {
  describeWeek,
  isWithin,
  nextPermittedWindow,
  weekOfDays,
  weekOfWindows,
} from '../../src/contact/windows.js';

describe('weeks of permitted times', () => {
  it('merges overlapping and touching windows of a day, and sorts them', () => {
    const week = weekOfWindows([
      { day: 'monday', from: '14:00', to: '16:00' },
      { day: 'monday', from: '09:00', to: '12:00' },
      { day: 'monday', from: '11:00', to: '12:30' },
      { day: 'monday', from: '12:30', to: '13:00' },
      { day: 'sunday', from: '00:00', to: '00:30' },
    ]);
    expect(week[1]).toEqual([540, 780, 840, 960]);
    expect(week[7]).toEqual([0, 30]);
    expect(week[2]).toEqual([]);
  });

  it('windows are half-open: the first minute is in, the closing minute is out', () => {
    const week = weekOfWindows([{ day: 'monday', from: '09:00', to: '12:00' }]);
    expect([539, 540, 719, 720].map((m) => isWithin(week, 1, m))).toEqual([false, true, true, false]);
    expect(isWithin(week, 2, 600)).toBe(false);
  });

  it('a specified day is the whole day', () => {
    const week = weekOfDays(['tuesday', 'tuesday', 'friday']);
    expect(week[2]).toEqual([0, 1440]);
    expect(week[5]).toEqual([0, 1440]);
    expect(week[1]).toEqual([]);
  });

  it('describes a week for a letter', () => {
    expect(
      describeWeek(
        weekOfWindows([
          { day: 'thursday', from: '14:00', to: '16:00' },
          { day: 'monday', from: '09:00', to: '12:00' },
        ]),
      ),
    ).toBe('Monday 09:00–12:00, Thursday 14:00–16:00');
  });
});

describe('the next permitted window', () => {
  const london = zoneClock('Europe/London');
  const windows = weekOfWindows([{ day: 'monday', from: '09:00', to: '12:00' }]);
  const next = (iso: string, weeks = [windows]) => {
    const at = Date.parse(iso);
    return nextPermittedWindow(weeks, london.localTime(at), at, london);
  };

  it('later the same day, next week on the same weekday, and the week after a window just closed', () => {
    expect(next('2026-05-04T08:00:00+01:00')?.startsAt).toBe('2026-05-04T09:00:00+01:00');
    expect(next('2026-05-04T12:00:00+01:00')?.startsAt).toBe('2026-05-11T09:00:00+01:00');
    expect(next('2026-05-05T10:00:00+01:00')?.startsAt).toBe('2026-05-11T09:00:00+01:00');
  });

  it('across the spring clock change: Saturday GMT to Monday BST', () => {
    expect(next('2026-03-28T13:00:00Z')).toEqual({
      date: '2026-03-30',
      from: '09:00',
      to: '12:00',
      startsAt: '2026-03-30T09:00:00+01:00',
      endsAt: '2026-03-30T12:00:00+01:00',
    });
  });

  it('across the autumn clock change: Saturday BST to Monday GMT', () => {
    expect(next('2026-10-24T13:00:00+01:00')).toEqual({
      date: '2026-10-26',
      from: '09:00',
      to: '12:00',
      startsAt: '2026-10-26T09:00:00+00:00',
      endsAt: '2026-10-26T12:00:00+00:00',
    });
  });

  it('a window in the hour the clocks skip opens when they jump; one the jump swallows is passed over', () => {
    const early = weekOfWindows([{ day: 'sunday', from: '01:30', to: '03:00' }]);
    expect(next('2026-03-29T00:10:00Z', [early])).toMatchObject({
      date: '2026-03-29',
      startsAt: '2026-03-29T02:00:00+01:00',
      endsAt: '2026-03-29T03:00:00+01:00',
    });
    const swallowed = weekOfWindows([{ day: 'sunday', from: '01:10', to: '01:50' }]);
    expect(next('2026-03-29T00:10:00Z', [swallowed])?.date).toBe('2026-04-05');
  });

  it('a whole specified day ends at midnight, written 24:00', () => {
    expect(next('2026-05-04T10:00:00+01:00', [weekOfDays(['wednesday'])])).toEqual({
      date: '2026-05-06',
      from: '00:00',
      to: '24:00',
      startsAt: '2026-05-06T00:00:00+01:00',
      endsAt: '2026-05-07T00:00:00+01:00',
    });
  });

  it('weeks that never meet have no window', () => {
    expect(next('2026-05-04T10:00:00+01:00', [windows, weekOfDays(['tuesday'])])).toBeNull();
  });
});
