/** The library's `explain`: how one violation's deadline was computed, in words. */
import { defaultCalendar } from '../calendar/calendar.js';
import type { WorkingCalendar } from '../model/calendar.js';
import type { Violation } from '../model/result.js';
import type { Lang } from '../model/rule.js';
import { explainViolation } from '../report/explain.js';

/**
 * Explains a violation: clock start, allowed working time, the days skipped (with holiday
 * names), pauses, deadline and overrun. Pass the calendar the audit ran on (a prepared
 * audit's `setup.calendar`) when the config changed the working hours or holidays.
 *
 * @example explain(result.violations[0]!, { lang: 'en' }).split('\n')[0]
 */
export function explain(violation: Violation, options: { calendar?: WorkingCalendar; lang?: Lang } = {}): string {
  return explainViolation(violation, options.calendar ?? defaultCalendar(), options.lang ?? 'en');
}
