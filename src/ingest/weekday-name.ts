/**
 * A weekday written in parentheses after a date, as offices and this tool's own output write it:
 * `2024-09-13 (금) 17:00`, `2024.09.13(금요일)`, `2024-09-13 (Fri) 17:00`. Read only by the general
 * timestamp scanner (never the fixed-position fast path), so it may be plain code.
 */
import { WEEKDAY_EN, WEEKDAY_KO } from '../calendar/kst.js';

const FULL_EN = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
const YO = 0xc694; // 요
const IL = 0xc77c; // 일

/**
 * Reads `(weekday)` at `i` (after optional spaces): returns `end * 8 + weekday` (0 = Sunday, `end`
 * just after the `)`), or -1 when no parenthesised weekday name is written there.
 *
 * @example weekdayAt('2024-09-13 (금) 17:00', 10) // => 14 * 8 + 5
 * @example weekdayAt('2024-09-13 (Fri)', 10) // => 16 * 8 + 5
 * @example weekdayAt('2024-09-13 (KST)', 10) // => -1
 */
export function weekdayAt(s: string, i: number): number {
  while (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 0xa0 || s.charCodeAt(i) === 9) i++;
  if (s.charCodeAt(i) !== 40 /* ( */) return -1;
  const close = s.indexOf(')', i + 1);
  if (close < 0 || close - i > 12) return -1;
  const name = s.slice(i + 1, close).trim();
  const w = weekdayOfName(name);
  return w < 0 ? -1 : (close + 1) * 8 + w;
}

/**
 * The weekday (0 = Sunday) a name means: `금`, `금요일`, `Fri`, `Friday` (any case); -1 otherwise.
 *
 * @example weekdayOfName('금요일') // => 5
 * @example weekdayOfName('MON') // => 1
 */
export function weekdayOfName(name: string): number {
  if (name.length === 1 || (name.length === 3 && name.charCodeAt(1) === YO && name.charCodeAt(2) === IL)) {
    return (WEEKDAY_KO as readonly string[]).indexOf(name[0]!);
  }
  const lower = name.toLowerCase();
  const short = (WEEKDAY_EN as readonly string[]).findIndex((n) => n.toLowerCase() === lower);
  return short >= 0 ? short : (FULL_EN as readonly string[]).indexOf(lower);
}
