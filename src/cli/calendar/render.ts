/**
 * What `deadline`, `elapsed` and `holidays` print for people, one fact per line, in English or
 * Korean (`--lang`, else the locale). Dates and times are the Korean forms in both languages
 * (`2024-09-13(금) 17:00`); the labels, units and explanations follow the language.
 */
import { describeSkipped, formatDayKo, formatInstantKo, shortDate } from '../../calendar/index.js';
import { type Instant, dayStart, formatClock, kstDay, kstYear, secondOfDay, weekday } from '../../calendar/kst.js';
import { formatCount, formatDuration, formatQuantity, formatWorkingDays, formatWorkingHours } from '../../format/index.js';
import type { WorkingCalendar } from '../../model/calendar.js';
import type { Lang } from '../../model/rule.js';
import type { AskedAmount, DeadlineResult, PeriodRequest } from './types.js';

/**
 * What `--hours`, `--minutes` or `--days` asked for, in `lang`.
 *
 * @example askedText({ unit: 'days', value: 3, hours: 24 }, 'en') // => '3 days = 24 working hours'
 */
export function askedText(a: AskedAmount, lang: Lang): string {
  if (a.unit === 'days')
    return `${formatQuantity(a.value, { en: 'day', ko: '일' }, lang)} = ${formatWorkingHours(a.hours, lang)}`;
  if (a.unit === 'hours') return formatWorkingHours(a.value, lang);
  return formatQuantity(a.value, { en: 'working minute', ko: '근무분' }, lang);
}

const WORDS = {
  en: {
    received: 'Received',
    clockStarts: 'Clock starts',
    allowed: 'Allowed',
    deadline: 'Deadline',
    counted: 'Counted',
    day1: 'Day 1',
    skipped: 'Skipped',
    calendar: 'Calendar',
    start: 'Start',
    end: 'End',
    workingTime: 'Working time',
    hoursBased: (seconds: string, day: string) => `(${seconds}; hours-based: 1 day = ${day})`,
    dayBased: 'day-based: the day of receipt is day 1 when it is a working day',
    endOfDay: (n: number) => `(end of working day ${n})`,
    calendarLine: (hours: string, from: number, to: number) =>
      `working hours ${hours} KST, Mon–Fri except public holidays (data: ${from}–${to})`,
    on: (date: string, span: string) => `on ${date} (${span})`,
    seconds: (n: number) => `${formatCount(n)} s`,
    notAfter: '; END is not after START',
    holidays: (year: number, dates: number, weekdays: number) =>
      `${year} public holidays (관공서의 공휴일): ${dates} dates, ${weekdays} on weekdays`,
    holidaysFile: '[holidays file]',
  },
  ko: {
    received: '접수',
    clockStarts: '기산 시각',
    allowed: '허용 기간',
    deadline: '처리기한',
    counted: '산입',
    day1: '1일째',
    skipped: '제외된 날',
    calendar: '근무 달력',
    start: '시작',
    end: '끝',
    workingTime: '근무시간',
    hoursBased: (seconds: string, day: string) => `(${seconds}; 시간 단위: 1일 = ${day})`,
    dayBased: '일 단위: 접수일이 근무일이면 1일째로 산입',
    endOfDay: (n: number) => `(${n}번째 근무일 끝)`,
    calendarLine: (hours: string, from: number, to: number) =>
      `근무시간 ${hours} KST, 월–금(공휴일 제외) (공휴일 자료: ${from}–${to})`,
    on: (date: string, span: string) => `${date} (${span})`,
    seconds: (n: number) => `${formatCount(n)}초`,
    notAfter: '; END가 START보다 늦지 않음',
    holidays: (year: number, dates: number, weekdays: number) => `${year}년 관공서의 공휴일: ${dates}일, 그중 평일 ${weekdays}일`,
    holidaysFile: '[공휴일 파일]',
  },
} satisfies Record<Lang, unknown>;

/** A label padded to one column (by display width: a Hangul syllable is two columns). */
function label(text: string): string {
  const width = [...text].reduce((w, c) => w + (/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/.test(c) ? 2 : 1), 0);
  return text + ' '.repeat(Math.max(1, 14 - width));
}

function calendarLine(cal: WorkingCalendar, lang: Lang): string {
  const t = WORDS[lang];
  return `${label(t.calendar)}${t.calendarLine(cal.hours.join(', '), cal.holidayYears[0]!, cal.holidayYears.at(-1)!)}`;
}

/** Where the working time was counted: first day, full days between, last day. O(1). */
function countedLine(
  cal: WorkingCalendar,
  from: Instant,
  to: Instant,
  total: number,
  year: number,
  lang: Lang,
): string | undefined {
  if (total === 0) return undefined;
  const t = WORDS[lang];
  const first = cal.clockStart(from);
  const firstDay = kstDay(first);
  const lastDay = kstDay(to - 1);
  const lastEnd = cal.intervals[cal.intervals.length - 1]![1];
  const range = (day: number, a: Instant, b: Instant): string =>
    t.on(
      shortDate(day, year),
      `${formatClock(secondOfDay(a))}-${b === dayStart(day) + 86_400 ? '24:00' : formatClock(secondOfDay(b))}`,
    );
  if (firstDay === lastDay) return `${formatDuration(total, lang)} ${range(firstDay, first, to)}`;
  const firstEnd = dayStart(firstDay) + lastEnd;
  const head = cal.elapsed(first, firstEnd);
  const lastStart = cal.clockStart(dayStart(lastDay));
  const tail = cal.elapsed(lastStart, to);
  const fullDays = (total - head - tail) / cal.secondsPerWorkingDay;
  const parts = [`${formatDuration(head, lang)} ${range(firstDay, first, firstEnd)}`];
  if (fullDays > 0)
    parts.push(
      `${formatQuantity(fullDays, { en: 'full working day', ko: '근무일' }, lang)} (${formatDuration(fullDays * cal.secondsPerWorkingDay, lang)})`,
    );
  parts.push(`${formatDuration(tail, lang)} ${range(lastDay, lastStart, to)}`);
  return parts.join(' + ');
}

/** The human explanation of a deadline, one fact per line. */
export function renderDeadline(
  cal: WorkingCalendar,
  r: DeadlineResult,
  period: PeriodRequest,
  hoursPerDay: number,
  lang: Lang = 'en',
): string {
  const t = WORDS[lang];
  const year = kstYear(r.start);
  const lines = [`${label(t.received)}${formatInstantKo(r.start)}`, `${label(t.clockStarts)}${formatInstantKo(r.clockStart)}`];
  if (period.kind === 'seconds') {
    const seconds = formatQuantity(period.seconds, { en: 'working second', ko: '초' }, lang);
    lines.push(
      `${label(t.allowed)}${askedText(period.asked, lang)} ${t.hoursBased(seconds, formatWorkingHours(hoursPerDay, lang))}`,
    );
    lines.push(`${label(t.deadline)}${formatInstantKo(r.deadline)}`);
    const counted = countedLine(cal, r.start, r.deadline, period.seconds, year, lang);
    if (counted) lines.push(`${label(t.counted)}${counted}`);
  } else {
    const first = cal.nthWorkingDay(kstDay(r.start), 1);
    lines.push(`${label(t.allowed)}${formatWorkingDays(period.days, lang)} (${t.dayBased})`);
    lines.push(`${label(t.day1)}${formatDayKo(first)}`);
    lines.push(`${label(t.deadline)}${formatInstantKo(r.deadline)} ${t.endOfDay(period.days)}`);
  }
  lines.push(`${label(t.skipped)}${describeSkipped(cal.skippedDays(r.start, r.deadline), year, 6, lang)}`);
  lines.push(calendarLine(cal, lang));
  return `${lines.join('\n')}\n`;
}

/** The human explanation of an elapsed working time. */
export function renderElapsed(cal: WorkingCalendar, start: Instant, end: Instant, seconds: number, lang: Lang = 'en'): string {
  const t = WORDS[lang];
  const year = kstYear(start);
  const lines = [
    `${label(t.start)}${formatInstantKo(start)}`,
    `${label(t.end)}${formatInstantKo(end)}`,
    `${label(t.workingTime)}${formatDuration(seconds, lang)} (${t.seconds(seconds)}${end <= start ? t.notAfter : ''})`,
  ];
  const counted = end > start ? countedLine(cal, start, end, seconds, year, lang) : undefined;
  if (counted) lines.push(`${label(t.counted)}${counted}`);
  if (end > start)
    lines.push(`${label(t.skipped)}${describeSkipped(cal.skippedDays(start, cal.covers(end) ? end : end - 1), year, 6, lang)}`);
  lines.push(calendarLine(cal, lang));
  return `${lines.join('\n')}\n`;
}

/** The human list of one year's holidays. */
export function renderHolidays(cal: WorkingCalendar, year: number, lang: Lang = 'en'): string {
  const t = WORDS[lang];
  const list = cal.holidaysOf(year);
  const weekdays = list.filter((h) => cal.isWorkingDay(h.day) === false && weekday(h.day) % 6 !== 0).length;
  const lines = [t.holidays(year, list.length, weekdays)];
  for (const h of list)
    lines.push(`${formatDayKo(h.day)}  ${h.names.join(', ')}${h.source === 'file' ? `  ${t.holidaysFile}` : ''}`);
  return `${lines.join('\n')}\n`;
}
