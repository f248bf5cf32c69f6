/** The audited period and the judging time, from what a user writes (`2025Q2`, `2025-04-01`, `2025-07-01 09:00`). */
import { type DayNumber, type Instant, daysFromCivil, daysInMonth, dayStart } from '../calendar/kst.js';
import { parseDate, parseTimestamp, timestampProblemOf } from '../ingest/timestamp.js';
import { usageError } from '../messages/errors.js';

/** The audited days (KST, inclusive); null ends are open. */
export interface Period {
  from: DayNumber | null;
  to: DayNumber | null;
}

/** `2025Q2` → its first and last day. @example quarterRange('2025Q2') // 2025-04-01 … 2025-06-30 */
export function quarterRange(text: string): { from: DayNumber; to: DayNumber; year: number; quarter: number } {
  const m = /^(\d{4})-?Q([1-4])$/i.exec(text.trim());
  if (!m) throw usageError('USAGE_QUARTER', { value: text, year: null });
  const year = Number(m[1]);
  const quarter = Number(m[2]);
  if (year < 1) throw usageError('USAGE_QUARTER', { value: text, year: m[1]! });
  return quarterDays(year, quarter);
}

/** The days of quarter `quarter` of `year`. */
function quarterDays(year: number, quarter: number): { from: DayNumber; to: DayNumber; year: number; quarter: number } {
  const firstMonth = (quarter - 1) * 3 + 1;
  return {
    year,
    quarter,
    from: daysFromCivil(year, firstMonth, 1),
    to: daysFromCivil(year, firstMonth + 2, daysInMonth(year, firstMonth + 2)),
  };
}

function parseDay(text: string, flag: string): DayNumber {
  const d = parseDate(text);
  if (Number.isNaN(d)) throw usageError('USAGE_DATE', { option: flag, value: text });
  return d;
}

/**
 * The audited period and, for a quarter, the quarter before (to compare with).
 *
 * @example resolvePeriod({ quarter: '2025Q1' }).previousPeriod // 2024-10-01 … 2024-12-31
 */
export function resolvePeriod(options: { from?: string | DayNumber; to?: string | DayNumber; quarter?: string }): {
  period: Period;
  previousPeriod: { from: DayNumber; to: DayNumber } | null;
} {
  const { from, to, quarter } = options;
  if (quarter) {
    if (from !== undefined || to !== undefined) throw usageError('USAGE_QUARTER_WITH_RANGE', {});
    const q = quarterRange(quarter);
    const prev = q.quarter === 1 ? quarterDays(q.year - 1, 4) : quarterDays(q.year, q.quarter - 1);
    return { period: { from: q.from, to: q.to }, previousPeriod: { from: prev.from, to: prev.to } };
  }
  const day = (v: string | DayNumber | undefined, flag: string): DayNumber | null =>
    v === undefined || v === '' ? null : typeof v === 'number' ? v : parseDay(v, flag);
  const period = { from: day(from, '--from'), to: day(to, '--to') };
  if (period.from !== null && period.to !== null && period.to < period.from) {
    throw usageError('USAGE_RANGE_REVERSED', { from: String(from), to: String(to) });
  }
  return { period, previousPeriod: null };
}

/**
 * `--as-of` (or `option`): a timestamp, or a date meaning 00:00 KST of that day.
 *
 * @example parseAsOf('2025-07-01') // => 1751295600
 */
export function parseAsOf(text: string, option = '--as-of'): Instant {
  const t = parseTimestamp(text);
  if (!Number.isNaN(t)) return t;
  const d = parseDate(text);
  if (!Number.isNaN(d)) return dayStart(d);
  throw usageError('USAGE_AS_OF', { option, value: text, problem: timestampProblemOf(text) });
}
