import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { zoneClock } from '../../src/calendar/zone-clock.js';
import {
  describeWeek,
  isWithin,
  minutesOf,
  nextPermittedWindow,
  weekOfDays,
  weekOfWindows,
  weeksMeet,
} from '../../src/contact/windows.js';
import { compileContactGate, presets } from '../../src/index.js';
import { unwrap } from '../helpers.js';

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
    return nextPermittedWindow(weeks, at, london);
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

describe('call windows across the 2026 clock changes (TEP-5.3): wall-clock time, real instants', () => {
  const london = zoneClock('Europe/London');
  const next = (iso: string, windows: Parameters<typeof weekOfWindows>[0], until?: number[]) => {
    const at = Date.parse(iso);
    return nextPermittedWindow([weekOfWindows(windows)], at, london, until);
  };
  const sunday = (from: string, to: string) => [{ day: 'sunday' as const, from, to }];

  it('October: a window in the repeated hour opens again on the second pass, not a week later', () => {
    // 00:50Z is 01:50 BST, first pass; the clocks go back at 02:00 BST (01:00Z).
    expect(next('2026-10-25T00:50:00Z', sunday('01:15', '01:45'))).toEqual({
      date: '2026-10-25',
      from: '01:15',
      to: '01:45',
      startsAt: '2026-10-25T01:15:00+00:00',
      endsAt: '2026-10-25T01:45:00+00:00',
    });
    // Before the first pass, the first pass.
    expect(next('2026-10-25T00:00:00Z', sunday('01:15', '01:45'))).toMatchObject({
      startsAt: '2026-10-25T01:15:00+01:00',
      endsAt: '2026-10-25T01:45:00+01:00',
    });
    // After the second pass, next Sunday.
    expect(next('2026-10-25T01:45:00Z', sunday('01:15', '01:45'))?.startsAt).toBe(
      '2026-11-01T01:15:00+00:00',
    );
  });

  it('October: a window across the repeated hour is open from 00:30 BST to 02:30 GMT, three real hours', () => {
    const window = next('2026-10-24T22:00:00Z', sunday('00:30', '02:30'));
    expect(window).toEqual({
      date: '2026-10-25',
      from: '00:30',
      to: '02:30',
      startsAt: '2026-10-25T00:30:00+01:00',
      endsAt: '2026-10-25T02:30:00+00:00',
    });
    expect(Date.parse(window?.endsAt ?? '') - Date.parse(window?.startsAt ?? '')).toBe(3 * 3_600_000);
    // A window of the whole repeated hour is one stretch, 00:00Z to 02:00Z.
    expect(next('2026-10-24T22:00:00Z', sunday('01:00', '02:00'))).toMatchObject({
      startsAt: '2026-10-25T01:00:00+01:00',
      endsAt: '2026-10-25T02:00:00+00:00',
    });
  });

  it('March: a window wholly in the skipped hour does not happen; the next real one is a week on', () => {
    expect(next('2026-03-25T12:00:00Z', sunday('01:00', '02:00'))).toEqual({
      date: '2026-04-05',
      from: '01:00',
      to: '02:00',
      startsAt: '2026-04-05T01:00:00+01:00',
      endsAt: '2026-04-05T02:00:00+01:00',
    });
  });

  it('March: a window partly in the skipped hour is open for the part that exists', () => {
    // 00:30-01:30: open 00:30-01:00 GMT only; the clocks then read 02:00 BST.
    expect(next('2026-03-29T00:00:00Z', sunday('00:30', '01:30'))).toEqual({
      date: '2026-03-29',
      from: '00:30',
      to: '01:30',
      startsAt: '2026-03-29T00:30:00+00:00',
      endsAt: '2026-03-29T02:00:00+01:00',
    });
    // 01:30-03:00: opens when the clocks jump, at 02:00 BST.
    expect(next('2026-03-29T00:00:00Z', sunday('01:30', '03:00'))).toMatchObject({
      startsAt: '2026-03-29T02:00:00+01:00',
      endsAt: '2026-03-29T03:00:00+01:00',
    });
  });

  it.each([
    // [weekday, call, next window opens]: the day before, the day of and the day after each change.
    ['saturday', '2026-03-27T12:00:00Z', '2026-03-28T01:15:00+00:00'],
    ['sunday', '2026-03-27T12:00:00Z', '2026-04-05T01:15:00+01:00'],
    ['monday', '2026-03-27T12:00:00Z', '2026-03-30T01:15:00+01:00'],
    ['saturday', '2026-10-23T12:00:00Z', '2026-10-24T01:15:00+01:00'],
    ['sunday', '2026-10-23T12:00:00Z', '2026-10-25T01:15:00+01:00'],
    ['monday', '2026-10-23T12:00:00Z', '2026-10-26T01:15:00+00:00'],
  ] as const)('a %s window 01:15-01:45, called %s: opens %s', (day, call, opens) => {
    expect(next(call, [{ day, from: '01:15', to: '01:45' }])?.startsAt).toBe(opens);
  });

  it('bounded by when each week stops binding: none before the end, or the weeks left after it', () => {
    const end = Date.parse('2026-04-01T00:00:00+01:00');
    // No window before the end of 31 March: free from then on.
    expect(next('2026-03-25T12:00:00Z', sunday('01:00', '02:00'), [end])).toEqual({
      date: '2026-04-01',
      from: '00:00',
      to: '24:00',
      startsAt: '2026-04-01T00:00:00+01:00',
      endsAt: '2026-04-02T00:00:00+01:00',
    });
    expect(
      next('2026-03-25T12:00:00Z', sunday('01:00', '02:00'), [Date.parse('2026-04-06T00:00:00+01:00')]),
    ).toMatchObject({
      startsAt: '2026-04-05T01:00:00+01:00',
    });
    // Mondays only until the end of 31 March, then Tuesdays as well: the first real Tuesday window.
    const mondays = weekOfWindows([{ day: 'monday', from: '09:00', to: '12:00' }]);
    const tuesdays = weekOfDays(['tuesday']);
    const at = Date.parse('2026-03-24T12:00:00Z');
    expect(nextPermittedWindow([mondays, tuesdays], at, london, [end, Number.POSITIVE_INFINITY])).toEqual({
      date: '2026-04-07',
      from: '00:00',
      to: '24:00',
      startsAt: '2026-04-07T00:00:00+01:00',
      endsAt: '2026-04-08T00:00:00+01:00',
    });
    // Times that never coincide while both bind: none.
    expect(nextPermittedWindow([mondays, tuesdays], at, london, [end, end])).toBeNull();
    expect(weeksMeet([mondays, tuesdays])).toBe(false);
    expect(weeksMeet([mondays])).toBe(true);
  });
});

describe('property: the call-windows measure is the wall clock, and nextWindow the first instant it opens', () => {
  const ZONE = 'Europe/London';
  const MINUTE = 60_000;
  const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
  // Contacts fall in the ten days around each 2026 change; the brute-force scan runs 15 days on.
  const SPANS = [
    [Date.parse('2026-03-22T00:00:00Z'), Date.parse('2026-04-01T00:00:00Z')],
    [Date.parse('2026-10-18T00:00:00Z'), Date.parse('2026-10-28T00:00:00Z')],
  ] as const;
  const SCAN = 15 * 1440;

  /** Luxon's wall clock, minute by minute over each span and its scan: ISO weekday and minute of day. */
  function wallClockTable(start: number) {
    const length = 10 * 1440 + SCAN + 1;
    const weekday = new Uint8Array(length);
    const minute = new Uint16Array(length);
    for (let i = 0; i < length; i++) {
      const local = DateTime.fromMillis(start + i * MINUTE, { zone: ZONE });
      weekday[i] = local.weekday;
      minute[i] = local.hour * 60 + local.minute;
    }
    return { start, weekday, minute };
  }

  it('allowed iff the local time is in a window of its weekday; nextWindow is the earliest such instant', () => {
    const tables = SPANS.map(([start]) => wallClockTable(start));
    const hhmm = (m: number) =>
      `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    // Windows often early on Sundays, where the clocks change.
    const window = fc
      .tuple(
        fc.oneof(fc.constant('sunday' as const), fc.constantFrom(...DAYS)),
        fc.oneof(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 1438 })),
        fc.oneof(fc.integer({ min: 1, max: 90 }), fc.integer({ min: 1, max: 600 })),
      )
      .map(([day, from, length]) => ({ day, from: hhmm(from), to: hhmm(Math.min(1439, from + length)) }));
    const contactAt = fc.tuple(fc.constantFrom(0, 1), fc.integer({ min: 0, max: 10 * 86_400 - 1 }));
    fc.assert(
      fc.property(fc.array(window, { minLength: 1, maxLength: 3 }), contactAt, (windows, [span, second]) => {
        const table = tables[span] as ReturnType<typeof wallClockTable>;
        const inWindow = (i: number) =>
          windows.some(
            (w) =>
              DAYS[(table.weekday[i] as number) - 1] === w.day &&
              (table.minute[i] as number) >= minutesOf(w.from) &&
              (table.minute[i] as number) < minutesOf(w.to),
          );
        const at = table.start + second * 1000;
        const gate = unwrap(
          compileContactGate({
            restrictions: [
              {
                id: 'R1',
                startsOn: '2026-01-01',
                lastDayInForce: '2027-12-31',
                measures: [{ kind: 'call-windows', windows }],
              },
            ],
            policy: presets.tenancyEnforcementProcedure,
          }),
        );
        const decision = gate.checkTrusted({
          at: new Date(at).toISOString(),
          direction: 'inbound',
          channel: 'phone',
          subject: 'general',
        });
        const index = Math.floor(second / 60);
        expect(decision.outcome).toBe(inWindow(index) ? 'allow' : 'redirect');
        if (decision.outcome === 'allow') return;
        const window = decision.route?.nextWindow;
        expect(window).toBeDefined();
        let first = second % 60 === 0 ? index : index + 1;
        while (first < index + SCAN && !inWindow(first)) first++;
        expect(inWindow(first)).toBe(true);
        const startsAt = Date.parse(window?.startsAt ?? '');
        const endsAt = Date.parse(window?.endsAt ?? '');
        expect(new Date(startsAt).toISOString()).toBe(new Date(table.start + first * MINUTE).toISOString());
        // Real instants, written with the offset in force at each.
        for (const [text, ms] of [
          [window?.startsAt, startsAt],
          [window?.endsAt, endsAt],
        ] as const) {
          expect(text).toBe(DateTime.fromMillis(ms, { zone: ZONE }).toISO({ suppressMilliseconds: true }));
        }
        // Open throughout, and closed at endsAt as far as this window goes.
        const last = (endsAt - table.start) / MINUTE;
        let open = true;
        for (let i = first; i < last && open; i++) open = inWindow(i);
        expect(open).toBe(true);
        const close = DateTime.fromMillis(endsAt, { zone: ZONE });
        const closeMinute = close.hour * 60 + close.minute;
        expect(
          close.toISODate() === window?.date &&
            closeMinute >= minutesOf(window.from) &&
            closeMinute < minutesOf(window.to),
        ).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});
