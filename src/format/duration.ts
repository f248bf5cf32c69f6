/**
 * Working-time durations and counted quantities for people, in English or Korean. Hours are
 * working hours, so a span is never shown as calendar days; English nouns agree with their number.
 *
 * Pure: no locale, no clock.
 */
import type { Lang } from '../model/rule.js';
import { formatCount } from './number.js';

const UNITS = {
  en: { h: 'h', m: 'm', s: 's' },
  ko: { h: '시간', m: '분', s: '초' },
} as const;

/**
 * A duration of working time, largest units first, zero parts left out, hours with thousands
 * separators; whole seconds (a fraction is rounded half away from zero).
 *
 * @example formatDuration(8100, 'en') // => '2h 15m'
 * @example formatDuration(8100, 'ko') // => '2시간 15분'
 * @example formatDuration(4_453_205, 'en') // => '1,237h 5s'
 * @example formatDuration(0, 'en') // => '0s'
 */
export function formatDuration(seconds: number, lang: Lang): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  const u = UNITS[lang];
  if (s === 0) return `0${u.s}`;
  const parts: string[] = [];
  if (h) parts.push(`${formatCount(h)}${u.h}`);
  if (m) parts.push(`${m}${u.m}`);
  if (r) parts.push(`${r}${u.s}`);
  return parts.join(' ');
}

/** Both languages of {@link formatDuration}. @example durationBoth(60) // => { en: '1m', ko: '1분' } */
export function durationBoth(seconds: number): { en: string; ko: string } {
  return { en: formatDuration(seconds, 'en'), ko: formatDuration(seconds, 'ko') };
}

/**
 * A count with its noun, singular for exactly one (English) — Korean nouns do not inflect.
 *
 * @example formatQuantity(1, { en: 'working day', ko: '근무일' }, 'en') // => '1 working day'
 * @example formatQuantity(1200, { en: 'row', ko: '행' }, 'en') // => '1,200 rows'
 * @example formatQuantity(3, { en: 'working day', ko: '근무일' }, 'ko') // => '3근무일'
 */
export function formatQuantity(count: number, noun: { en: string; enPlural?: string; ko: string }, lang: Lang): string {
  if (lang === 'ko') return `${formatCount(count)}${noun.ko}`;
  const word = count === 1 ? noun.en : (noun.enPlural ?? `${noun.en}s`);
  return `${formatCount(count)} ${word}`;
}

/**
 * Working days, e.g. how late a day-based deadline was met.
 *
 * @example formatWorkingDays(1, 'en') // => '1 working day'
 * @example formatWorkingDays(81, 'ko') // => '81근무일'
 */
export function formatWorkingDays(days: number, lang: Lang): string {
  return formatQuantity(days, { en: 'working day', ko: '근무일' }, lang);
}

/**
 * Working hours given as a number of hours (fractions kept as written).
 *
 * @example formatWorkingHours(1, 'en') // => '1 working hour'
 * @example formatWorkingHours(8, 'ko') // => '근무시간 8시간'
 * @example formatWorkingHours(1.5, 'en') // => '1.5 working hours'
 */
export function formatWorkingHours(hours: number, lang: Lang): string {
  const text = Number.isInteger(hours) ? formatCount(hours) : String(hours);
  if (lang === 'ko') return `근무시간 ${text}시간`;
  return `${text} working hour${hours === 1 ? '' : 's'}`;
}

const DURATION_UNITS: Readonly<Record<string, 'd' | 'h' | 'm' | 's'>> = {
  d: 'd',
  day: 'd',
  days: 'd',
  일: 'd',
  h: 'h',
  hr: 'h',
  hrs: 'h',
  hour: 'h',
  hours: 'h',
  시간: 'h',
  m: 'm',
  min: 'm',
  mins: 'm',
  minute: 'm',
  minutes: 'm',
  분: 'm',
  s: 's',
  sec: 's',
  secs: 's',
  second: 's',
  seconds: 's',
  초: 's',
};

/**
 * Reads an amount of working time written the way reports write it — parts of a number and a
 * unit, `d` (a working day: `secondsPerDay`, 8 h by default, the charter's 「1일(8근무시간)」),
 * `h`, `m`, `s`, or their Korean `일`, `시간`, `분`, `초` — into whole seconds. Null when the
 * text is not such a duration (a bare number has no unit, so it is refused rather than guessed).
 *
 * @example parseWorkingDuration('8h') // => 28800
 * @example parseWorkingDuration('1d') // => 28800
 * @example parseWorkingDuration('1h 30m') // => 5400
 * @example parseWorkingDuration('2시간 15분') // => 8100
 * @example parseWorkingDuration('1.5h') // => 5400
 * @example parseWorkingDuration('8') // => null
 */
export function parseWorkingDuration(text: string, secondsPerDay = 8 * 3600): number | null {
  const compact = text.trim().toLowerCase();
  if (compact === '') return null;
  const part = /(\d+(?:\.\d+)?)\s*([a-z]+|일|시간|분|초)\s*/gy;
  let total = 0;
  let at = 0;
  for (let m = part.exec(compact); m !== null; m = part.exec(compact)) {
    const unit = DURATION_UNITS[m[2]!];
    if (unit === undefined) return null;
    const size = unit === 'd' ? secondsPerDay : unit === 'h' ? 3600 : unit === 'm' ? 60 : 1;
    total += Number(m[1]) * size;
    at = part.lastIndex;
  }
  if (at !== compact.length) return null;
  const seconds = Math.round(total);
  return Number.isSafeInteger(seconds) && Math.abs(total - seconds) < 1e-6 ? seconds : null;
}
