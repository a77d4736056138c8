import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessDays, isBusinessDay } from '../../src/calendar/index.js';
import { badPaths, civilDates, refusal, unwrap } from '../helpers.js';

describe('isBusinessDay (NF-7)', () => {
  it('weekends, bank holidays and extra closures are not business days', () => {
    expect(unwrap(isBusinessDay('2026-12-24'))).toBe(true);
    expect(unwrap(isBusinessDay('2026-12-25'))).toBe(false);
    expect(unwrap(isBusinessDay('2026-12-26'))).toBe(false); // Saturday
    expect(unwrap(isBusinessDay('2026-12-28'))).toBe(false); // Boxing Day, substitute
    expect(unwrap(isBusinessDay('2026-12-29'))).toBe(true);
    expect(unwrap(isBusinessDay('2026-12-29', { extraClosures: ['2026-12-29'] }))).toBe(false);
  });

  it('depends on the nation', () => {
    expect(unwrap(isBusinessDay('2026-04-06'))).toBe(false); // Easter Monday
    expect(unwrap(isBusinessDay('2026-04-06', { nation: 'scotland' }))).toBe(true);
    expect(unwrap(isBusinessDay('2026-03-17', { nation: 'northern-ireland' }))).toBe(false);
    expect(unwrap(isBusinessDay('2026-03-17'))).toBe(true);
    expect(unwrap(isBusinessDay('2026-07-13', { nation: 'northern-ireland' }))).toBe(false); // Boyne, substitute
    expect(unwrap(isBusinessDay('2026-06-15', { nation: 'scotland' }))).toBe(false); // World Cup
    expect(unwrap(isBusinessDay('2026-06-15'))).toBe(true);
  });

  it('refuses bad input, naming the field', () => {
    expect(badPaths(isBusinessDay('2026-02-30'))).toEqual(['date']);
    expect(badPaths(isBusinessDay('2026-03-02', { nation: 'cornwall' as 'scotland' }))).toEqual([
      'calendar.nation',
    ]);
    expect(badPaths(isBusinessDay('2026-03-02', { extraClosures: ['tomorrow'] }))).toEqual([
      'calendar.extraClosures[0]',
    ]);
    expect(badPaths(isBusinessDay('2026-03-02', { nations: 'scotland' } as never))).toEqual([
      'calendar.nations',
    ]);
    refusal(isBusinessDay('2051-03-01'), 'YEAR_NOT_COVERED');
  });

  it('a weekend outside the table is still not a business day; a weekday there is refused', () => {
    expect(unwrap(isBusinessDay('2051-03-04'))).toBe(false); // a Saturday needs no holiday data
    refusal(isBusinessDay('2051-03-06'), 'YEAR_NOT_COVERED');
  });
});

describe('addBusinessDays: the day itself is not counted', () => {
  it('over a weekend: one business day after Friday is Monday', () => {
    expect(unwrap(addBusinessDays('2026-03-13', 1))).toBe('2026-03-16');
    expect(unwrap(addBusinessDays('2026-03-14', 1))).toBe('2026-03-16'); // from a Saturday
    expect(unwrap(addBusinessDays('2026-03-12', 1))).toBe('2026-03-13');
  });

  it('over Christmas and New Year, and Easter', () => {
    expect(unwrap(addBusinessDays('2026-12-24', 1))).toBe('2026-12-29');
    expect(unwrap(addBusinessDays('2026-12-24', 3))).toBe('2026-12-31');
    expect(unwrap(addBusinessDays('2026-12-31', 1))).toBe('2027-01-04');
    expect(unwrap(addBusinessDays('2026-12-31', 1, { nation: 'scotland' }))).toBe('2027-01-05');
    expect(unwrap(addBusinessDays('2026-04-02', 1))).toBe('2026-04-07');
    expect(unwrap(addBusinessDays('2026-04-02', 1, { nation: 'scotland' }))).toBe('2026-04-06');
  });

  it('with a landlord’s extra closure days', () => {
    const calendar = { extraClosures: ['2026-12-29', '2026-12-30', '2026-12-31'] };
    expect(unwrap(addBusinessDays('2026-12-24', 1, calendar))).toBe('2027-01-04');
  });

  it('zero days returns the date unchanged, even a Sunday', () => {
    expect(unwrap(addBusinessDays('2026-03-15', 0))).toBe('2026-03-15');
  });

  it('refuses a negative or fractional count, and a count beyond the table', () => {
    expect(badPaths(addBusinessDays('2026-03-13', -1))).toEqual(['days']);
    expect(badPaths(addBusinessDays('2026-03-13', 1.5))).toEqual(['days']);
    refusal(addBusinessDays('2050-12-20', 20), 'YEAR_NOT_COVERED');
  });

  it('property: N ≥ 1 business days lands on a business day, after the start, N business days on', () => {
    const date = civilDates('2000-01-01', '2048-12-31');
    const nation = fc.constantFrom(
      'england-and-wales' as const,
      'scotland' as const,
      'northern-ireland' as const,
    );
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 300 }), nation, (start, n, nation) => {
        const landed = unwrap(addBusinessDays(start, n, { nation }));
        expect(unwrap(isBusinessDay(landed, { nation }))).toBe(true);
        expect(landed > start).toBe(true);
        // One fewer business day lands strictly earlier: the count is exact, not just "some day after".
        expect(unwrap(addBusinessDays(start, n - 1, { nation })) < landed).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the table’s first year bounds it too', () => {
  it('a weekday before 2000 is refused, not guessed', () => {
    refusal(isBusinessDay('1999-12-31'), 'YEAR_NOT_COVERED');
    expect(unwrap(isBusinessDay('2000-01-04'))).toBe(true);
    expect(unwrap(isBusinessDay('2000-01-03'))).toBe(false); // New Year's Day, substitute
  });
});
