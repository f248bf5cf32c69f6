/**
 * The periods of the charter's periodic duties: a year (연 1회), a half (상·하반기), a quarter
 * (분기별) and an ISO week (주간, Monday to Sunday). Pure day arithmetic on KST day numbers.
 */
import { type DayNumber, civilFromDays, daysFromCivil, formatDay, weekday } from '../calendar/kst.js';
import type { Localized } from '../model/rule.js';

/** How often a duty falls due. */
export type DutySpan = 'year' | 'half' | 'quarter' | 'week';

/** One period of a duty: its key (`2025`, `2025-H1`, `2025-Q3`, `2025-W27`), its days (inclusive) and its name. */
export interface DutyPeriod {
  key: string;
  from: DayNumber;
  to: DayNumber;
  label: Localized;
}

const monthsOf: Record<Exclude<DutySpan, 'week'>, number> = { year: 12, half: 6, quarter: 3 };

/** The Monday of the ISO week of a day. */
function mondayOf(day: DayNumber): DayNumber {
  return day - ((weekday(day) + 6) % 7);
}

/**
 * The period of `span` that holds `day`.
 *
 * @example periodOf(daysFromCivil(2025, 8, 14), 'half').key // => '2025-H2'
 * @example periodOf(daysFromCivil(2025, 1, 1), 'week').key // => '2025-W01' (Mon 2024-12-30 … Sun 2025-01-05)
 */
export function periodOf(day: DayNumber, span: DutySpan): DutyPeriod {
  if (span === 'week') {
    const from = mondayOf(day);
    // The ISO week-year is the year of the week's Thursday.
    const year = civilFromDays(from + 3).year;
    const week = Math.floor((from + 3 - daysFromCivil(year, 1, 1)) / 7) + 1;
    const key = `${year}-W${week < 10 ? '0' : ''}${week}`;
    const monday = formatDay(from);
    return { key, from, to: from + 6, label: { en: `week ${key} (Mon ${monday})`, ko: `${year}년 ${week}주차(${monday} 주)` } };
  }
  const c = civilFromDays(day);
  const months = monthsOf[span];
  const index = Math.floor((c.month - 1) / months);
  const firstMonth = index * months + 1;
  const from = daysFromCivil(c.year, firstMonth, 1);
  const to = daysFromCivil(c.year + (firstMonth + months > 12 ? 1 : 0), ((firstMonth + months - 1) % 12) + 1, 1) - 1;
  if (span === 'year') return { key: String(c.year), from, to, label: { en: String(c.year), ko: `${c.year}년` } };
  if (span === 'half') {
    const h = index + 1;
    return {
      key: `${c.year}-H${h}`,
      from,
      to,
      label: { en: `${c.year} H${h} (${h === 1 ? 'Jan–Jun' : 'Jul–Dec'})`, ko: `${c.year}년 ${h === 1 ? '상반기' : '하반기'}` },
    };
  }
  const q = index + 1;
  return { key: `${c.year}-Q${q}`, from, to, label: { en: `${c.year} Q${q}`, ko: `${c.year}년 ${q}분기` } };
}

/**
 * Every period of `span` that has a day in `from … to` (inclusive), in order.
 *
 * @example periodsBetween(daysFromCivil(2025, 2, 1), daysFromCivil(2025, 7, 1), 'quarter').map((p) => p.key) // => ['2025-Q1', '2025-Q2', '2025-Q3']
 */
export function periodsBetween(from: DayNumber, to: DayNumber, span: DutySpan): DutyPeriod[] {
  const out: DutyPeriod[] = [];
  for (let day = from; day <= to;) {
    const p = periodOf(day, span);
    out.push(p);
    day = p.to + 1;
  }
  return out;
}

/** The span in words, for messages. */
export const SPAN_WORDS: Record<DutySpan, Localized> = {
  year: { en: 'year', ko: '연도' },
  half: { en: 'half-year', ko: '반기' },
  quarter: { en: 'quarter', ko: '분기' },
  week: { en: 'week', ko: '주' },
};
