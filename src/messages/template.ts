/** The shape of the catalog: one English and one Korean template per code, typed by its data. */
import type { Lang } from '../model/rule.js';
import type { MessageCode, MessageData } from '../model/messages.js';

/** The two words of one code: functions of its data. */
export interface Template<D> {
  en(data: D): string;
  ko(data: D): string;
}

/** The templates of a set of codes (a part of the catalog). */
export type Templates<C extends MessageCode> = { [K in C]: Template<MessageData[K]> };

/**
 * The loaded holiday years as a range, e.g. `2018–2027` (`none` / `없음` when none).
 *
 * @example yearRange([2024, 2025, 2026], 'ko') // => '2024–2026'
 * @example yearRange([], 'en') // => 'none'
 */
export function yearRange(loaded: readonly number[], lang: Lang): string {
  if (loaded.length === 0) return lang === 'ko' ? '없음' : 'none';
  return `${loaded[0]}–${loaded[loaded.length - 1]}`;
}

/**
 * A span of lines of a file: one line when it starts and ends on the same line.
 *
 * @example lineSpan(301, 301, 'en') // => 'line 301'
 * @example lineSpan(4, 6, 'en') // => 'lines 4–6'
 * @example lineSpan(301, 301, 'ko') // => '301행'
 * @example lineSpan(4, 6, 'ko') // => '4–6행'
 */
export function lineSpan(first: number, last: number, lang: Lang): string {
  if (lang === 'ko') return first === last ? `${first}행` : `${first}–${last}행`;
  return first === last ? `line ${first}` : `lines ${first}–${last}`;
}
