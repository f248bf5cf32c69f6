/**
 * KST instants and days for people; never `Date`, never `TZ`.
 */
import {
  type DayNumber,
  type Instant,
  WEEKDAY_EN,
  WEEKDAY_KO,
  formatClock,
  formatDay,
  kstDay,
  secondOfDay,
  weekday,
} from '../calendar/kst.js';
import type { Lang } from '../model/rule.js';

/**
 * A compact KST wall-clock time: `YYYY-MM-DD HH:mm` (`:ss` only when the seconds are not zero).
 *
 * @example formatWhen(kstInstant(2024, 9, 13, 17, 0)) // => '2024-09-13 17:00'
 * @example formatWhen(kstInstant(2024, 9, 13, 17, 0, 5)) // => '2024-09-13 17:00:05'
 */
export function formatWhen(t: Instant): string {
  const s = secondOfDay(t);
  const hh = String(Math.floor(s / 3600)).padStart(2, '0');
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = s % 60;
  return `${formatDay(kstDay(t))} ${hh}:${mm}${ss ? `:${String(ss).padStart(2, '0')}` : ''}`;
}

/**
 * A KST day with its weekday in the report's language.
 *
 * @example formatDayWithWeekday(19983, 'ko') // => '2024-09-17 (화)'
 * @example formatDayWithWeekday(19983, 'en') // => '2024-09-17 (Tue)'
 */
export function formatDayWithWeekday(day: DayNumber, lang: Lang): string {
  const names = lang === 'ko' ? WEEKDAY_KO : WEEKDAY_EN;
  return `${formatDay(day)} (${names[weekday(day)]})`;
}

/**
 * A KST instant with its weekday: date, weekday, `HH:mm` (`HH:mm:ss` when seconds are set).
 *
 * @example formatInstantWithWeekday(kstInstant(2024, 9, 19, 12, 0), 'ko') // => '2024-09-19 (목) 12:00'
 */
export function formatInstantWithWeekday(t: Instant, lang: Lang): string {
  return `${formatDayWithWeekday(kstDay(t), lang)} ${formatClock(secondOfDay(t))}`;
}
