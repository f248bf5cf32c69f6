/** Words for explaining working-time results to an auditor: weekdays, durations, skipped days. */
import type { SkippedDay } from '../model/calendar.js';
import {
  type DayNumber,
  type Instant,
  WEEKDAY_KO,
  civilFromDays,
  formatClock,
  formatDay,
  kstDay,
  secondOfDay,
  weekday,
} from './kst.js';

/**
 * A KST day with its Korean weekday.
 *
 * @example formatDayKo(19985) // => '2024-09-19 (목)'
 */
export function formatDayKo(day: DayNumber): string {
  return `${formatDay(day)} (${WEEKDAY_KO[weekday(day)]})`;
}

/**
 * A KST instant for people: date, Korean weekday, `HH:mm` (`HH:mm:ss` when seconds are set).
 *
 * @example formatInstantKo(kstInstant(2024, 9, 19, 12, 0)) // => '2024-09-19 (목) 12:00'
 */
export function formatInstantKo(t: Instant): string {
  return `${formatDayKo(kstDay(t))} ${formatClock(secondOfDay(t))}`;
}

/**
 * A short date `M/D`, with the year when it differs from `year`.
 *
 * @example shortDate(19983, 2024) // => '9/17'
 * @example shortDate(20089, 2024) // => '2025/1/1'
 */
export function shortDate(day: DayNumber, year: number): string {
  const c = civilFromDays(day);
  return c.year === year ? `${c.month}/${c.day}` : `${c.year}/${c.month}/${c.day}`;
}

/**
 * The skipped days, named: holidays by their official names, weekends as `토요일`/`일요일`;
 * beyond `maxWeekends` weekend days they are counted instead of listed (in `lang`).
 *
 * @example describeSkipped([{ day: 19982, reason: 'holiday', names: ['추석 전날'] }], 2024) // => '추석 전날 (9/16)'
 */
export function describeSkipped(days: readonly SkippedDay[], year: number, maxWeekends = 6, lang: 'en' | 'ko' = 'en'): string {
  const weekends = days.filter((d) => d.reason === 'weekend').length;
  const listWeekends = weekends <= maxWeekends;
  const parts: string[] = [];
  for (const d of days) {
    if (d.reason === 'holiday') parts.push(`${d.names.join('·')} (${shortDate(d.day, year)})`);
    else if (listWeekends) parts.push(`${WEEKDAY_KO[weekday(d.day)]}요일 (${shortDate(d.day, year)})`);
  }
  if (!listWeekends) parts.push(lang === 'ko' ? `주말 ${weekends}일` : `${weekends} weekend days`);
  return parts.length ? parts.join(', ') : lang === 'ko' ? '없음' : 'none';
}
