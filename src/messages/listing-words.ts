/**
 * The words of the listings `rules`, `columns` and `inspect` print for people: a column's type,
 * and how a header was matched. English keeps the data's own names (what `--json` prints);
 * Korean words them. The JSON listings never use these.
 */
import type { ColumnType } from '../model/kinds.js';
import type { Lang, Localized } from '../model/rule.js';

/** A column's type as `columns` lists it. */
export const COLUMN_TYPE_WORDS: Readonly<Record<ColumnType, Localized>> = {
  id: { en: 'id', ko: '식별번호' },
  text: { en: 'text', ko: '글' },
  instant: { en: 'instant', ko: '일시' },
  date: { en: 'date', ko: '일자' },
  time: { en: 'time', ko: '시각' },
  amount: { en: 'amount', ko: '금액' },
  vocabulary: { en: 'vocabulary', ko: '정해진 값' },
  flag: { en: 'flag', ko: '예/아니오' },
  count: { en: 'count', ko: '횟수' },
  seconds: { en: 'seconds', ko: '초' },
};

/**
 * A column's type in `lang`; a date or time half names the instant column it makes.
 *
 * @example columnTypeText('date', 'claimed_at', 'en') // => 'date of claimed_at'
 * @example columnTypeText('date', 'claimed_at', 'ko') // => 'claimed_at의 일자'
 * @example columnTypeText('vocabulary', undefined, 'ko') // => '정해진 값'
 */
export function columnTypeText(type: ColumnType, of: string | undefined, lang: Lang): string {
  const word = COLUMN_TYPE_WORDS[type][lang];
  if (of === undefined) return word;
  return lang === 'ko' ? `${of}의 ${word}` : `${word} of ${of}`;
}

/** How `inspect` says a header was matched to its column. */
export const HEADER_VIA_WORDS: Readonly<Record<'canonical' | 'alias' | 'config' | 'ignored', Localized>> = {
  canonical: { en: 'canonical', ko: '표준 이름' },
  alias: { en: 'alias', ko: '별칭' },
  config: { en: 'config', ko: '설정' },
  ignored: { en: 'ignored', ko: '무시' },
};

/** The mark of a word an office's config adds to a column's value words, and a blank cell's value. */
export const VALUE_WORDS: Readonly<Record<'config' | 'blank', Localized>> = {
  config: { en: 'config', ko: '설정' },
  blank: { en: 'blank', ko: '빈 칸' },
};
