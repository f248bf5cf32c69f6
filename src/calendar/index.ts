/** Public API of the working-time calendar. */
export { createCalendar, defaultCalendar, lowerBound, type CalendarOptions } from './calendar.js';
export { DEFAULT_HOURS, formatInterval, parseHours } from './hours.js';
export { GAZETTE_YEARS, gazetteHolidays, isoDateToDay } from './holidays.js';
export { HOLIDAY_FILE_ERRORS, type HolidayAddition, type HolidayOverrides, type HolidayRemoval } from './overrides.js';
export { describeSkipped, formatDayKo, formatInstantKo, shortDate } from './explain.js';
export { CalendarRangeError, type Holiday, type SkippedDay, type WorkingCalendar } from '../model/calendar.js';
export * from './kst.js';
