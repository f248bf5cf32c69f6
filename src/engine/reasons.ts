/**
 * The words of the engine's own rejections and warnings, in English and Korean side by side (one
 * function per code, like the reader's in `ingest/reasons.ts`).
 */
import type { ColumnMapping } from '../model/input.js';
import type { Localized } from '../model/rule.js';
import { type Kind, koreanColumn } from '../model/records.js';

/**
 * The loaded holiday years as a range, e.g. `2018–2027` (`none` / `없음` when none).
 *
 * @example yearRange([2024, 2025, 2026], 'ko') // => '2024–2026'
 */
function yearRange(loaded: readonly number[], lang: 'en' | 'ko'): string {
  if (loaded.length === 0) return lang === 'ko' ? '없음' : 'none';
  return `${loaded[0]}–${loaded[loaded.length - 1]}`;
}

/**
 * The column as the file's header writes it, or the canonical name when no header cell maps to it.
 *
 * @example headerOf([{ index: 0, header: '접수일시', column: 'received_at', via: 'alias' }], 'received_at') // => '접수일시'
 */
export function headerOf(mapping: readonly ColumnMapping[], column: string): string {
  for (const m of mapping) if (m.column === column) return m.header;
  return column;
}

/** The engine's reasons and warnings, by code. */
export const say = {
  /**
   * CALENDAR_YEAR_NOT_LOADED for a timestamp of the record (`header value` names it); the English
   * text is the {@link CalendarRangeError}'s message, passed in.
   *
   * @example say.yearNotLoaded('…', '접수일시 2028-01-03 09:00', 2028, [2018, 2027]).ko
   * // => '접수일시 2028-01-03 09:00: 2028년 공휴일 자료가 없습니다 (적재: 2018–2027). --holidays 파일로 그 해의 공휴일을 추가하세요'
   */
  yearNotLoaded(english: string, what: string, year: number, loaded: readonly number[]): Localized {
    return {
      en: english,
      ko: `${what}: ${year}년 공휴일 자료가 없습니다 (적재: ${yearRange(loaded, 'ko')}). --holidays 파일로 그 해의 공휴일을 추가하세요`,
    };
  },

  /**
   * CALENDAR_YEAR_NOT_LOADED while a rule computed a deadline or elapsed time (the record's own
   * timestamps are covered; the working-time span reaches a year without data).
   *
   * @example say.spanNotLoaded('…', 2028, [2018, 2027]).ko
   * // => '처리기한 계산에 2028년 공휴일 자료가 필요한데 없습니다 (적재: 2018–2027). --holidays 파일로 그 해의 공휴일을 추가하세요'
   */
  spanNotLoaded(english: string, year: number, loaded: readonly number[]): Localized {
    return {
      en: english,
      ko: `처리기한 계산에 ${year}년 공휴일 자료가 필요한데 없습니다 (적재: ${yearRange(loaded, 'ko')}). --holidays 파일로 그 해의 공휴일을 추가하세요`,
    };
  },

  /**
   * Warning RULE_SKIPPED: the file lacks columns the rule needs.
   *
   * @example say.ruleSkipped('call.rings', 'calls', ['rings']).ko
   * // => '벨횟수(rings) 열이 없어 이 파일에서는 call.rings 규칙을 평가하지 않았습니다'
   */
  ruleSkipped(ruleId: string, kind: Kind, missing: readonly string[]): Localized {
    return {
      en: `${ruleId} not evaluated for this file: missing column(s) ${missing.join(', ')}`,
      ko: `${missing.map((c) => koreanColumn(kind, c)).join(', ')} 열이 없어 이 파일에서는 ${ruleId} 규칙을 평가하지 않았습니다`,
    };
  },
};
