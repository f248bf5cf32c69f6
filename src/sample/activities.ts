/**
 * The synthetic `activities` export: the charter's periodic duties over `from … to`, in date
 * order, with deliberate misses so an audit shows a violation of each duty (fixtures/README.md):
 *
 * - a 주간고객만족회의 on the first working day of every week with one — except every 9th such week;
 * - a 자체평가 in the third month of every quarter (the 14th or the next working day), published
 *   10 days later — the 2nd quarter of every four is never published, the 4th is not held;
 * - a 민원만족도조사 in May and in November — the 2nd half of every three is skipped;
 * - a 고객만족도조사 each October, published in December — the first year's never published;
 * - a 지역간담회 in each of four regional offices a year (March, May, July, September) — the
 *   fourth office skips the first year.
 *
 * Dates are whole days (00:00 KST); `rows` caps the number of rows written.
 */
import { type DayNumber, civilFromDays, daysFromCivil, dayStart, weekday } from '../calendar/kst.js';
import { Rng } from './random.js';
import type { WorkingDayTest } from './worktime.js';

/** The regional offices (지방조달청) whose meetings the sample holds. */
export const ACTIVITY_REGIONS = ['서울지방조달청', '부산지방조달청', '대전지방조달청', '광주지방조달청'] as const;

/** The department that runs the office-wide duties. */
const HQ = '고객지원센터';

interface Event {
  day: DayNumber;
  order: number;
  type: string;
  department: string;
  published: DayNumber | null;
  note: string;
}

/** The first working day at or after `day` (weekends when no calendar says more). */
function workingFrom(day: DayNumber, isWorkingDay: WorkingDayTest): DayNumber {
  let d = day;
  while (!isWorkingDay(d)) d++;
  return d;
}

/**
 * The rows of the activities export: `[id, date, type, department, published_at, note]`.
 *
 * @example [...activityRows({ rows: 100, seed: 1, from: 20089, to: 20453 })].length // => 66 (2025)
 */
export function* activityRows(options: {
  rows: number;
  seed: number;
  from: DayNumber;
  to: DayNumber;
  isWorkingDay?: WorkingDayTest;
}): Generator<(string | number | null)[], void, undefined> {
  const { from, to } = options;
  const work = options.isWorkingDay ?? ((d: DayNumber) => weekday(d) !== 0 && weekday(d) !== 6);
  const rng = Rng.create(options.seed, 40);
  const events: Event[] = [];
  const add = (e: Event) => {
    if (e.day >= from && e.day <= to) events.push(e);
  };
  // Weekly meetings: every week (Monday first) with a working day in the span.
  let week = 0;
  for (let monday = from - ((weekday(from) + 6) % 7); monday <= to; monday += 7) {
    let day = -1;
    for (let d = monday; d < monday + 7; d++) {
      if (d >= from && d <= to && work(d)) {
        day = d;
        break;
      }
    }
    if (day < 0) continue;
    week++;
    if (week % 9 === 0) continue;
    add({ day, order: 0, type: 'weekly-meeting', department: HQ, published: null, note: `개선과제 ${rng.int(1, 4)}건 상정` });
  }
  const first = civilFromDays(from).year;
  const last = civilFromDays(to).year;
  for (let year = first; year <= last; year++) {
    const y = year - first;
    for (let q = 0; q < 4; q++) {
      const index = y * 4 + q;
      if (index % 4 === 3) continue;
      const day = workingFrom(daysFromCivil(year, q * 3 + 3, 14), work);
      const published = index % 4 === 1 ? null : workingFrom(day + 10, work);
      add({
        day,
        order: 1,
        type: 'self-evaluation',
        department: HQ,
        published,
        note: `${year}년 ${q + 1}분기 이행실태 자체평가`,
      });
    }
    for (let h = 0; h < 2; h++) {
      if ((y * 2 + h) % 3 === 1) continue;
      const day = workingFrom(daysFromCivil(year, h === 0 ? 5 : 11, 15), work);
      add({
        day,
        order: 2,
        type: 'complaint-survey',
        department: HQ,
        published: null,
        note: `${h === 0 ? '상' : '하'}반기 민원만족도조사`,
      });
    }
    const survey = workingFrom(daysFromCivil(year, 10, 15), work);
    const surveyPublished = y === 0 ? null : workingFrom(daysFromCivil(year, 12, 10), work);
    add({ day: survey, order: 3, type: 'customer-survey', department: HQ, published: surveyPublished, note: '고객만족도조사' });
    ACTIVITY_REGIONS.forEach((region, r) => {
      if (r === 3 && y === 0) return;
      const day = workingFrom(daysFromCivil(year, 3 + 2 * r, 10), work);
      add({ day, order: 4 + r, type: 'regional-meeting', department: region, published: null, note: '수요기관·조달업체 간담회' });
    });
  }
  events.sort((a, b) => a.day - b.day || a.order - b.order);
  const n = Math.min(options.rows, events.length);
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    const id = `ACT-${String(i + 1).padStart(4, '0')}`;
    yield [id, dayStart(e.day), e.type, e.department, e.published === null ? null : dayStart(e.published), e.note];
  }
}
