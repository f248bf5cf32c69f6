/**
 * The periods of the charter's periodic duties: a year (연 1회), a half (상·하반기), a quarter
 * (분기별) and an ISO week (주간, Monday to Sunday). Pure day arithmetic on KST day numbers.
 */
import { type DayNumber, civilFromDays, daysFromCivil, weekday } from '../calendar/kst.js';
import type { DutyPeriodName, DutySpan } from '../model/messages.js';

export type { DutySpan } from '../model/messages.js';

/**
 * One period of a duty: its key (`2025`, `2025-H1`, `2025-Q3`, `2025-W27`), its days (inclusive),
 * its (ISO week-)year and its number in it; the catalog names it (`periodName`).
 */
export interface DutyPeriod extends DutyPeriodName {
  to: DayNumber;
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
    return { key, span, year, number: week, from, to: from + 6 };
  }
  const c = civilFromDays(day);
  const months = monthsOf[span];
  const index = Math.floor((c.month - 1) / months);
  const firstMonth = index * months + 1;
  const from = daysFromCivil(c.year, firstMonth, 1);
  const to = daysFromCivil(c.year + (firstMonth + months > 12 ? 1 : 0), ((firstMonth + months - 1) % 12) + 1, 1) - 1;
  const number = index + 1;
  const key = span === 'year' ? String(c.year) : `${c.year}-${span === 'half' ? 'H' : 'Q'}${number}`;
  return { key, span, year: c.year, number, from, to };
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
