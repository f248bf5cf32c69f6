/**
 * The one place numbers become text: counts, percentages, percentage-point changes, durations,
 * working days and hours, instants. Every report, rule message and command formats through here,
 * so a figure reads the same everywhere.
 *
 * Layer: below rules and report, above calendar (it reads `calendar/kst.ts` for KST days).
 */
export { formatCount, formatOneDecimal, formatPercent, formatPointChange, percentTenths, roundHalfAway } from './number.js';
export {
  durationBoth,
  formatDuration,
  formatQuantity,
  formatWorkingDays,
  formatWorkingHours,
  parseWorkingDuration,
} from './duration.js';
export { formatDayWithWeekday, formatInstantWithWeekday, formatWhen } from './instant.js';
export { quoteValue } from './text.js';
