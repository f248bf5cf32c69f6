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
