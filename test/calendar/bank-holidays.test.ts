import { describe, expect, it } from 'vitest';
import { bankHolidays, UK_BANK_HOLIDAY_TABLE } from '../../src/calendar/index.js';
import type { Nation } from '../../src/shared/vocabulary.js';
import { badPaths, refusal, unwrap } from '../helpers.js';
import { GOVUK_BANK_HOLIDAYS } from './govuk-bank-holidays.fixture.js';

const NATIONS: Nation[] = ['england-and-wales', 'scotland', 'northern-ireland'];

function holidaysOf(year: number, nation: Nation) {
  const result = bankHolidays(year, nation);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('NF-7: bank holidays match GOV.UK’s published lists, 2018 to 2027', () => {
  for (const nation of NATIONS) {
    for (let year = 2018; year <= 2027; year++) {
      it(`${nation} ${year}`, () => {
        const published = GOVUK_BANK_HOLIDAYS[nation].filter((h) => h.date.startsWith(`${year}-`));
        expect(holidaysOf(year, nation)).toEqual(published);
      });
    }
  }
});

describe('NF-7: bank holidays differ by nation', () => {
  const usual = { 'england-and-wales': 8, scotland: 9, 'northern-ireland': 10 } as const;
  const oneOffYears = new Set([2002, 2011, 2012, 2020, 2022, 2023, 2026]);

  it('“England and Wales (8 in a usual year), Scotland (9 …), Northern Ireland (10 …)”, 2007 to 2050', () => {
    for (let year = 2007; year <= 2050; year++) {
      for (const nation of NATIONS) {
        const expected = usual[nation] + (oneOffYears.has(year) ? extraIn(year, nation) : 0);
        expect(holidaysOf(year, nation), `${nation} ${year}`).toHaveLength(expected);
      }
    }
  });

  it('Scotland had no St Andrew’s Day bank holiday before the 2007 Act', () => {
    expect(holidaysOf(2006, 'scotland').map((h) => h.name)).not.toContain('St Andrew’s Day');
    expect(holidaysOf(2006, 'scotland')).toHaveLength(8);
    expect(holidaysOf(2007, 'scotland').find((h) => h.name === 'St Andrew’s Day')?.date).toBe('2007-11-30');
  });

  it('“Scotland (… no Easter Monday)”, but 2 January and the first Monday of August', () => {
    const names = holidaysOf(2026, 'scotland').map((h) => h.name);
    expect(names).not.toContain('Easter Monday');
    expect(names).toContain('2nd January');
    expect(holidaysOf(2026, 'scotland').find((h) => h.name === 'Summer bank holiday')?.date).toBe(
      '2026-08-03',
    );
    expect(holidaysOf(2026, 'england-and-wales').find((h) => h.name === 'Summer bank holiday')?.date).toBe(
      '2026-08-31',
    );
  });

  it('one-off holidays proclaimed before 2018: 2002, 2011, 2012', () => {
    const ew = (year: number) => holidaysOf(year, 'england-and-wales').map((h) => h.date);
    expect(ew(2002)).toEqual(expect.arrayContaining(['2002-06-03', '2002-06-04']));
    expect(ew(2002)).not.toContain('2002-05-27');
    expect(ew(2011)).toContain('2011-04-29');
    expect(ew(2012)).toEqual(expect.arrayContaining(['2012-06-04', '2012-06-05']));
    expect(ew(2012)).not.toContain('2012-05-28');
  });

  it('weekend holidays move to substitute days, which fall on a weekday', () => {
    for (let year = 2000; year <= 2050; year++) {
      for (const nation of NATIONS) {
        for (const holiday of holidaysOf(year, nation)) {
          const weekday = new Date(`${holiday.date}T12:00:00Z`).getUTCDay();
          expect(weekday === 0 || weekday === 6, `${holiday.date} ${holiday.name}`).toBe(false);
        }
        const dates = holidaysOf(year, nation).map((h) => h.date);
        expect(new Set(dates).size).toBe(dates.length);
      }
    }
  });

  it('covers 2000 to 2050 and refuses a year outside it, never guessing', () => {
    expect(
      holidaysOf(2000, 'scotland')
        .slice(0, 2)
        .map((h) => h.date),
    ).toEqual(['2000-01-03', '2000-01-04']);
    expect(holidaysOf(2050, 'northern-ireland')).toHaveLength(10);
    for (const year of [1999, 2051]) {
      const error = refusal(bankHolidays(year, 'england-and-wales'), 'YEAR_NOT_COVERED');
      expect(error.message).toContain('2000 to 2050');
    }
  });

  it('takes a replacement table: a newly proclaimed holiday, and more years', () => {
    const table = {
      ...UK_BANK_HOLIDAY_TABLE,
      lastYear: 2060,
      proclaimed: [
        ...UK_BANK_HOLIDAY_TABLE.proclaimed,
        {
          date: '2031-06-06',
          name: 'An example proclaimed holiday',
          nations: ['england-and-wales' as const],
        },
      ],
    };
    expect(unwrap(bankHolidays(2031, 'england-and-wales', table)).map((h) => h.date)).toContain('2031-06-06');
    expect(unwrap(bankHolidays(2031, 'scotland', table)).map((h) => h.date)).not.toContain('2031-06-06');
    expect(unwrap(bankHolidays(2055, 'england-and-wales', table))).toHaveLength(8);
    expect(UK_BANK_HOLIDAY_TABLE.proclaimed.some((p) => p.date === '2031-06-06')).toBe(false);
  });

  it('refuses an unknown nation, a fractional year and a malformed table, naming the field', () => {
    expect(badPaths(bankHolidays(2026, 'wales' as Nation))).toEqual(['nation']);
    expect(badPaths(bankHolidays(2026.5, 'scotland'))).toEqual(['year']);
    expect(
      badPaths(bankHolidays(2026, 'scotland', { firstYear: 2030, lastYear: 2020, proclaimed: [] })),
    ).toEqual(['table.lastYear']);
    expect(
      badPaths(
        bankHolidays(2026, 'scotland', {
          firstYear: 2000,
          lastYear: 2050,
          proclaimed: [{ date: '2026-02-30', name: 'x', nations: ['scotland'] }],
        }),
      ),
    ).toEqual(['table.proclaimed[0].date']);
  });
});

/** One-off holidays in the years that had them, by nation (2026's World Cup holiday is Scotland's alone). */
function extraIn(year: number, nation: Nation): number {
  if (year === 2026) return nation === 'scotland' ? 1 : 0;
  return { 2002: 1, 2011: 1, 2012: 1, 2020: 0, 2022: 2, 2023: 1 }[year] ?? 0;
}
