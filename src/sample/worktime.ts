/**
 * Working-time arithmetic for the generator: enough to place synthetic completions before or
 * after a deadline. Spans here are short (hours to weeks), so a day-by-day walk is fine; the
 * auditor's own calendar (src/calendar) is what measures them.
 */
import { type DayNumber, type Instant, dayStart, kstDay, secondOfDay, weekday } from '../calendar/kst.js';

/** Says whether a KST day is a working day (the calendar's `isWorkingDay`). */
export type WorkingDayTest = (day: DayNumber) => boolean;

/** 09:00–12:00 and 13:00–18:00 in seconds of the day (SPEC §1). */
export const WORK_INTERVALS: readonly (readonly [number, number])[] = [
  [9 * 3600, 12 * 3600],
  [13 * 3600, 18 * 3600],
];
export const WORK_SECONDS_PER_DAY = 8 * 3600;

/**
 * Monday–Friday: the fallback when no holiday calendar is supplied.
 *
 * @example isWeekday(20153) // => true (2025-03-06, a Thursday)
 */
export function isWeekday(day: DayNumber): boolean {
  const w = weekday(day);
  return w !== 0 && w !== 6;
}

/**
 * The working days in `[from, to]`, ascending.
 *
 * @example workingDays(20153, 20156, isWeekday) // => [20153, 20154] (Thu, Fri; Sat, Sun skipped)
 */
export function workingDays(from: DayNumber, to: DayNumber, isWorkingDay: WorkingDayTest): DayNumber[] {
  const out: DayNumber[] = [];
  for (let d = from; d <= to; d++) if (isWorkingDay(d)) out.push(d);
  return out;
}

/**
 * The instant at which `seconds` of working time after `start` are used up (`seconds` > 0
 * lands inside working time; a start outside working hours first moves to the next opening).
 *
 * @example addWorkingSeconds(kstInstant(2025, 3, 7, 17, 0), 7200, isWeekday) // => Mon 2025-03-10 10:00
 */
export function addWorkingSeconds(start: Instant, seconds: number, isWorkingDay: WorkingDayTest): Instant {
  let day = kstDay(start);
  let sod = secondOfDay(start);
  let left = Math.max(0, Math.round(seconds));
  for (let guard = 0; guard < 3660; guard++) {
    if (isWorkingDay(day)) {
      for (const [a, b] of WORK_INTERVALS) {
        if (sod >= b) continue;
        const from = Math.max(sod, a);
        if (left <= b - from) return dayStart(day) + from + left;
        left -= b - from;
        sod = b;
      }
    }
    day++;
    sod = 0;
  }
  return dayStart(day);
}

/**
 * The n-th working day (n ≥ 1) counting `day` itself as the first when it is a working day.
 *
 * @example nthWorkingDay(20153, 3, isWeekday) // => 20157 (Thu → Thu, Fri, Mon)
 */
export function nthWorkingDay(day: DayNumber, n: number, isWorkingDay: WorkingDayTest): DayNumber {
  let d = day;
  let count = 0;
  for (;;) {
    if (isWorkingDay(d) && ++count >= n) return d;
    d++;
  }
}
