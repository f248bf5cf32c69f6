/**
 * The periodic duties in words: each activity's name and each period's, in English and Korean.
 * The duties' findings (their rules' `meta.messages`) and the DUTY_* warnings word them from
 * plain data (an activity type, a period's span, year and number).
 */
import { formatDay } from '../calendar/kst.js';
import type { DutyActivity, DutyPeriodName, DutyPeriodRef, DutySpan } from '../model/messages.js';
import type { Lang, Localized } from '../model/rule.js';

/** The activity of each periodic duty. */
export const ACTIVITY_WORDS: Record<DutyActivity, Localized> = {
  'complaint-survey': { ko: '민원만족도조사', en: 'complaint-satisfaction survey' },
  'customer-survey': { ko: '고객만족도조사', en: 'customer-satisfaction survey' },
  'regional-meeting': { ko: '지역간담회', en: 'regional meeting' },
  'self-evaluation': { ko: '이행실태 자체평가', en: 'self-evaluation' },
  'weekly-meeting': { ko: '주간고객만족회의', en: 'weekly customer-satisfaction meeting' },
};

/** How often a duty falls due, in words. */
export const SPAN_WORDS: Record<DutySpan, Localized> = {
  year: { en: 'year', ko: '연도' },
  half: { en: 'half-year', ko: '반기' },
  quarter: { en: 'quarter', ko: '분기' },
  week: { en: 'week', ko: '주' },
};

/**
 * A duty's period in `lang`: `2025 H1 (Jan–Jun)` / `2025년 상반기`, `week 2025-W05 (Mon 2025-01-27)` / `2025년 5주차(2025-01-27 주)`.
 *
 * @example periodName({ key: '2025-Q3', span: 'quarter', year: 2025, number: 3, from: 20270 }, 'ko') // => '2025년 3분기'
 */
export function periodName(p: DutyPeriodName, lang: Lang): string {
  const en = lang === 'en';
  switch (p.span) {
    case 'week':
      return en ? `week ${p.key} (Mon ${formatDay(p.from)})` : `${p.year}년 ${p.number}주차(${formatDay(p.from)} 주)`;
    case 'year':
      return en ? String(p.year) : `${p.year}년`;
    case 'half':
      return en
        ? `${p.year} H${p.number} (${p.number === 1 ? 'Jan–Jun' : 'Jul–Dec'})`
        : `${p.year}년 ${p.number === 1 ? '상반기' : '하반기'}`;
    case 'quarter':
      return en ? `${p.year} Q${p.number}` : `${p.year}년 ${p.number}분기`;
  }
}

/**
 * A period a DUTY_* warning lists, as it is named there: its key, then the region when there is one.
 *
 * @example periodRef({ key: '2025', region: '서울지방조달청' }) // => '2025 서울지방조달청'
 */
export function periodRef(p: DutyPeriodRef): string {
  return p.region === null ? p.key : `${p.key} ${p.region}`;
}
