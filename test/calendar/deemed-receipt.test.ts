import { describe, expect, it } from 'vitest';
import { deemedReceipt } from '../../src/calendar/index.js';
import { badPaths, unwrap } from '../helpers.js';

const receivedOn = (service: Parameters<typeof deemedReceipt>[0]['service'], nation?: 'scotland') =>
  unwrap(deemedReceipt({ service, ...(nation ? { calendar: { nation } } : {}) })).receivedOn;

describe('NF-6: deemed receipt of letters', () => {
  it('first class post: “the second day after posting if a business day”', () => {
    expect(receivedOn({ method: 'first-class-post', postedOn: '2026-03-09' })).toBe('2026-03-11'); // Mon → Wed
    expect(receivedOn({ method: 'first-class-post', postedOn: '2026-03-11' })).toBe('2026-03-13'); // Wed → Fri
  });

  it('first class post: “else the next business day”', () => {
    expect(receivedOn({ method: 'first-class-post', postedOn: '2026-03-12' })).toBe('2026-03-16'); // Thu → Sat → Mon
    expect(receivedOn({ method: 'first-class-post', postedOn: '2026-03-13' })).toBe('2026-03-16'); // Fri → Sun → Mon
    expect(receivedOn({ method: 'first-class-post', postedOn: '2026-12-23' })).toBe('2026-12-29'); // 25th → 29th
  });

  it('email before 4.30pm on a business day: that day; at or after 4.30pm: the next business day', () => {
    expect(receivedOn({ method: 'email', sentAt: '2026-03-16T16:29:59Z' })).toBe('2026-03-16');
    expect(receivedOn({ method: 'email', sentAt: '2026-03-16T16:30:00Z' })).toBe('2026-03-17');
    expect(receivedOn({ method: 'email', sentAt: '2026-03-16T16:31:00Z' })).toBe('2026-03-17');
  });

  it('reads 4.30pm in London time across the clock changes', () => {
    // Friday 27 March 2026 is GMT; Monday 30 March is BST (UTC+1).
    expect(receivedOn({ method: 'email', sentAt: '2026-03-27T16:29:00Z' })).toBe('2026-03-27');
    expect(receivedOn({ method: 'email', sentAt: '2026-03-30T15:29:00Z' })).toBe('2026-03-30');
    expect(receivedOn({ method: 'email', sentAt: '2026-03-30T15:30:00Z' })).toBe('2026-03-31'); // 16:30 BST
    // Friday 23 October is BST; Monday 26 October is GMT again.
    expect(receivedOn({ method: 'email', sentAt: '2026-10-23T15:30:00Z' })).toBe('2026-10-26');
    expect(receivedOn({ method: 'email', sentAt: '2026-10-26T16:29:00Z' })).toBe('2026-10-26');
  });

  it('hand delivery on a Saturday or a bank holiday: the next business day', () => {
    expect(receivedOn({ method: 'hand-delivery', deliveredAt: '2026-03-14T10:00:00Z' })).toBe('2026-03-16');
    expect(receivedOn({ method: 'hand-delivery', deliveredAt: '2026-04-06T10:00:00+01:00' })).toBe(
      '2026-04-07',
    );
    expect(
      receivedOn({ method: 'hand-delivery', deliveredAt: '2026-04-06T10:00:00+01:00' }, 'scotland'),
    ).toBe('2026-04-06');
  });

  it('says how, and cites CPR 6.26', () => {
    const receipt = unwrap(
      deemedReceipt({ service: { method: 'first-class-post', postedOn: '2026-03-12' } }),
    );
    expect(receipt.basis).toBe(
      'A letter sent by first-class post on Thursday 12 March 2026 is deemed received on the second day after posting if that is a business day, otherwise the next business day, Monday 16 March 2026.',
    );
    expect(receipt.reasons.map((r) => r.rule)).toEqual(['NF-6']);
  });

  it('refuses an unknown method or a time without an offset, naming the field', () => {
    expect(badPaths(deemedReceipt({ service: { method: 'carrier-pigeon' } as never }))).toEqual([
      'service.method',
    ]);
    expect(badPaths(deemedReceipt({ service: { method: 'email', sentAt: '2026-03-16T16:29:00' } }))).toEqual([
      'service.sentAt',
    ]);
    expect(
      badPaths(
        deemedReceipt({
          service: { method: 'email', sentAt: '2026-03-16T10:00:00Z' },
          timeZone: 'Mars/Base',
        }),
      ),
    ).toEqual(['timeZone']);
  });
});

describe('deemed receipt: the zone and calendar it reads in', () => {
  it('reads 4.30pm in the zone given (default London)', () => {
    const sentAt = '2026-03-16T20:00:00Z'; // 8pm in London, 4pm in New York
    expect(unwrap(deemedReceipt({ service: { method: 'email', sentAt } })).receivedOn).toBe('2026-03-17');
    expect(
      unwrap(deemedReceipt({ service: { method: 'email', sentAt }, timeZone: 'America/New_York' }))
        .receivedOn,
    ).toBe('2026-03-16');
  });

  it('says how, for email and hand delivery', () => {
    expect(unwrap(deemedReceipt({ service: { method: 'email', sentAt: '2026-03-16T10:00:00Z' } }))).toEqual({
      receivedOn: '2026-03-16',
      basis:
        'A letter sent by email on Monday 16 March 2026 before 4.30pm on a business day (Europe/London time) is deemed received that day, Monday 16 March 2026.',
      reasons: [
        {
          rule: 'NF-6',
          text: 'A letter sent by email is deemed received on Monday 16 March 2026.',
          citation: {
            document: 'Civil Procedure Rules; Interpretation Act 1978',
            section: 'CPR 6.26 (deemed service); Interpretation Act 1978 s.7',
          },
        },
      ],
    });
    expect(
      unwrap(deemedReceipt({ service: { method: 'hand-delivery', deliveredAt: '2026-03-14T10:00:00Z' } }))
        .basis,
    ).toBe(
      'A letter delivered by hand on Saturday 14 March 2026 after 4.30pm or on a day that is not a business day (Europe/London time) is deemed received on the next business day, Monday 16 March 2026.',
    );
  });

  // NF-6: "a business day is a weekday that is not a bank holiday" (CPR 6.26): a landlord's own
  // closure day is still a business day for deemed receipt, unless the landlord chooses otherwise.
  const CLOSED = { extraClosures: ['2026-03-18'] }; // Wednesday 18 March 2026, not a bank holiday
  const posted = (postedOn: string, skipsClosureDays?: boolean) =>
    unwrap(
      deemedReceipt({
        service: { method: 'first-class-post', postedOn },
        calendar: CLOSED,
        ...(skipsClosureDays === undefined ? {} : { skipsClosureDays }),
      }),
    ).receivedOn;

  it('a letter deemed received on a landlord’s closure day is received that day: it is a business day under CPR 6.26', () => {
    expect(posted('2026-03-16')).toBe('2026-03-18'); // Mon → Wed, the closure day
    expect(posted('2026-03-15')).toBe('2026-03-17'); // the day before: Sun → Tue
    expect(posted('2026-03-17')).toBe('2026-03-19'); // the day after: Tue → Thu
  });

  it('an email after 4.30pm the day before a closure day is received on the closure day', () => {
    const on = (sentAt: string, skipsClosureDays = false) =>
      unwrap(deemedReceipt({ service: { method: 'email', sentAt }, calendar: CLOSED, skipsClosureDays }))
        .receivedOn;
    expect(on('2026-03-17T17:00:00Z')).toBe('2026-03-18');
    expect(on('2026-03-18T10:00:00Z')).toBe('2026-03-18'); // sent on the closure day itself, before 4.30pm
    expect(on('2026-03-17T17:00:00Z', true)).toBe('2026-03-19');
    expect(on('2026-03-18T10:00:00Z', true)).toBe('2026-03-19');
  });

  it('with skipsClosureDays, the landlord’s own choice, the closure day delays receipt to the next working day', () => {
    expect(posted('2026-03-16', true)).toBe('2026-03-19');
    expect(posted('2026-03-15', true)).toBe('2026-03-17');
    expect(posted('2026-03-17', true)).toBe('2026-03-19');
    const basis = unwrap(
      deemedReceipt({
        service: { method: 'first-class-post', postedOn: '2026-03-16' },
        calendar: CLOSED,
        skipsClosureDays: true,
      }),
    ).basis;
    expect(basis).toContain("by the landlord's choice");
  });

  it('says the closure day did not delay receipt, citing CPR 6.26', () => {
    const receipt = unwrap(
      deemedReceipt({ service: { method: 'first-class-post', postedOn: '2026-03-16' }, calendar: CLOSED }),
    );
    expect(receipt.reasons[0]?.rule).toBe('NF-6');
    expect(receipt.reasons[0]?.text).toContain('closure days do not delay it');
  });
});
