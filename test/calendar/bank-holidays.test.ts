import { describe, expect, it } from 'vitest';
import { bankHolidays, UK_BANK_HOLIDAY_TABLE } from '../../src/calendar/index.js';
import type { Nation } from '../../src/shared/vocabulary.js';
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
