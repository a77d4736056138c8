import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { bankHolidays, UK_BANK_HOLIDAY_TABLE } from '../../src/calendar/index.js';
import { unwrap } from '../helpers.js';

// A table reaching far beyond the built-in one, so the computus is checked across centuries.
const WIDE = { ...UK_BANK_HOLIDAY_TABLE, firstYear: 1979, lastYear: 2999 };
const goodFriday = (year: number) =>
  unwrap(bankHolidays(year, 'england-and-wales', WIDE)).find((h) => h.name === 'Good Friday')?.date;

describe('Easter, by the Gregorian computus', () => {
  it('known dates: the earliest (22 March 2285) and latest (25 April 2038) Easters, and century years', () => {
    expect(goodFriday(2285)).toBe('2285-03-20');
    expect(goodFriday(2038)).toBe('2038-04-23');
    expect(goodFriday(2100)).toBe('2100-03-26');
    expect(goodFriday(2200)).toBe('2200-04-04');
    expect(goodFriday(2400)).toBe('2400-04-14');
  });

  it('agrees with date-holidays, an independent implementation, for every year from 1979 to 2999', () => {
    const peer = new Holidays('GB', 'ENG');
    for (let year = 1979; year <= 2999; year++) {
      const theirs = peer
        .getHolidays(year)
        .find((h) => h.name === 'Good Friday')
        ?.date.slice(0, 10);
      expect(goodFriday(year), String(year)).toBe(theirs);
    }
  });
});
