import { z } from 'zod';
import { CivilDateSchema, YEAR_RANGE } from '../shared/dates.js';
import { deepFreeze } from '../shared/freeze.js';
import { NationSchema } from '../shared/vocabulary.js';

/**
 * A one-off bank holiday made by royal proclamation, optionally moving a regular one (NF-7).
 * Plain JSON, so a landlord can add a newly proclaimed holiday without a new release.
 *
 * @example
 * ProclaimedHolidaySchema.parse({ date: '2020-05-08', name: 'Early May bank holiday (VE day)',
 *   nations: ['england-and-wales', 'scotland', 'northern-ireland'], replaces: '2020-05-04' }) // => the same object
 */
export const ProclaimedHolidaySchema = z.strictObject({
  /** The day of the holiday. */
  date: CivilDateSchema,
  /** Its title, as GOV.UK publishes it. */
  name: z.string().min(1),
  /** The nations it applies to. */
  nations: z.array(NationSchema).min(1),
  /** The regular holiday it moves, when it moves one (2020-05-04 to 2020-05-08). */
  replaces: CivilDateSchema.optional(),
});
export type ProclaimedHoliday = z.infer<typeof ProclaimedHolidaySchema>;

/**
 * The data the bank-holiday rules need beyond the rules themselves: which years are covered,
 * and the proclaimed one-off changes. Replace or extend it when a new holiday is proclaimed.
 *
 * @example
 * BankHolidayTableSchema.safeParse({ firstYear: 2030, lastYear: 2020, proclaimed: [] }).success // => false
 */
export const BankHolidayTableSchema = z
  .strictObject({
    /** The first year the table vouches for. */
    firstYear: z.int().min(1979).max(YEAR_RANGE.last),
    /** The last year the table vouches for: proclamations beyond it are not yet known. */
    lastYear: z.int().min(1979).max(YEAR_RANGE.last),
    proclaimed: z.array(ProclaimedHolidaySchema),
  })
  .refine((table) => table.firstYear <= table.lastYear, {
    error: 'expected firstYear to be no later than lastYear',
    path: ['lastYear'],
  })
  .meta({
    description:
      'A bank-holiday table: the years it vouches for and the one-off proclaimed holidays. Beyond the schema, the library checks that firstYear is no later than lastYear.',
  });
export type BankHolidayTable = z.infer<typeof BankHolidayTableSchema>;

const UK = ['england-and-wales', 'scotland', 'northern-ireland'] as const satisfies readonly z.infer<
  typeof NationSchema
>[];

/**
 * The built-in table: 2000 to 2050, with every one-off holiday proclaimed in that time as
 * GOV.UK published it. A year outside it is refused with `YEAR_NOT_COVERED`, never guessed.
 *
 * @example
 * UK_BANK_HOLIDAY_TABLE.lastYear // => 2050
 * // Add a newly proclaimed holiday:
 * const table = { ...UK_BANK_HOLIDAY_TABLE,
 *   proclaimed: [...UK_BANK_HOLIDAY_TABLE.proclaimed,
 *     { date: '2031-06-06', name: 'An example holiday', nations: ['england-and-wales'] }] };
 */
export const UK_BANK_HOLIDAY_TABLE: BankHolidayTable = deepFreeze({
  firstYear: 2000,
  lastYear: 2050,
  proclaimed: [
    { date: '2002-06-03', name: 'Golden Jubilee bank holiday', nations: [...UK] },
    { date: '2002-06-04', name: 'Spring bank holiday', nations: [...UK], replaces: '2002-05-27' },
    { date: '2011-04-29', name: 'Royal wedding bank holiday', nations: [...UK] },
    { date: '2012-06-04', name: 'Spring bank holiday', nations: [...UK], replaces: '2012-05-28' },
    { date: '2012-06-05', name: 'Queen’s Diamond Jubilee', nations: [...UK] },
    { date: '2020-05-08', name: 'Early May bank holiday (VE day)', nations: [...UK], replaces: '2020-05-04' },
    { date: '2022-06-02', name: 'Spring bank holiday', nations: [...UK], replaces: '2022-05-30' },
    { date: '2022-06-03', name: 'Platinum Jubilee bank holiday', nations: [...UK] },
    {
      date: '2022-09-19',
      name: 'Bank Holiday for the State Funeral of Queen Elizabeth II',
      nations: [...UK],
    },
    { date: '2023-05-08', name: 'Bank holiday for the coronation of King Charles III', nations: [...UK] },
    { date: '2026-06-15', name: 'World Cup bank holiday', nations: ['scotland'] },
  ],
});
