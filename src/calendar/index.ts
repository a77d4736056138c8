export type { BankHoliday } from './bank-holidays.js';
export {
  addBusinessDays,
  bankHolidays,
  type Calendar,
  CalendarSchema,
  isBusinessDay,
  MAX_BUSINESS_DAYS,
  type ResolvedCalendar,
} from './business-days.js';
export { type MonthEnd, MonthEndSchema } from './civil-date.js';
export {
  DEEMED_SERVICE_RULES,
  type DeemedReceipt,
  deemedReceipt,
  type Service,
  ServiceSchema,
} from './deemed-receipt.js';
export {
  type BankHolidayTable,
  BankHolidayTableSchema,
  type ProclaimedHoliday,
  ProclaimedHolidaySchema,
  UK_BANK_HOLIDAY_TABLE,
} from './holiday-table.js';
export { LONDON } from './zone.js';
