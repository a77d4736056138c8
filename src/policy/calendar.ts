import type { ResolvedCalendar } from '../calendar/business-days.js';
import { UK_BANK_HOLIDAY_TABLE } from '../calendar/holiday-table.js';
import type { Policy } from './schema.js';

/** The business-day calendar a validated policy counts on. */
export function calendarOf(policy: Policy): ResolvedCalendar {
  return {
    nation: policy.calendar.nation,
    extraClosures: policy.calendar.extraClosures,
    holidayTable: policy.calendar.holidayTable ?? UK_BANK_HOLIDAY_TABLE,
  };
}
