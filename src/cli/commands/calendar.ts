/**
 * The calendar commands (SPEC §4): `deadline`, `elapsed`, `holidays`. They print data on stdout
 * (JSON with `--json`) and explain results the way an auditor would defend them.
 */
import type { Command } from 'commander';
import { describeSkipped, formatDayKo, formatInstantKo, shortDate } from '../../calendar/index.js';
import {
  type Instant,
  WEEKDAY_KO,
  dayStart,
  formatClock,
  formatDay,
  formatInstant,
  kstDay,
  kstYear,
  secondOfDay,
  weekday,
} from '../../calendar/kst.js';
import type { WorkingCalendar } from '../../model/calendar.js';
import {
  formatCount,
  formatDuration as formatWorkingTime,
  formatQuantity,
  formatWorkingDays,
  formatWorkingHours,
} from '../../format/index.js';
import { parseAsOf } from '../../api/period.js';
import { EXIT_OK, UsageError } from '../exit-codes.js';
import type { Io } from '../io.js';
import { loadSetup, statutorySplit } from '../../api/setup.js';
import { type RunState, wrap } from '../action.js';

/** Working time in the calendar commands' English. */
const formatDuration = (seconds: number): string => formatWorkingTime(seconds, 'en');

/** The statutory counting (민원 처리에 관한 법률 제19조): hours per day, and the first day-based period. */
export interface StatutorySplit {
  hoursPerDay: number;
  dayBasedFrom: number;
}
/** The law's split, which the config's `complaint.statutory` options may change. */
const LAW_SPLIT: StatutorySplit = { hoursPerDay: 8, dayBasedFrom: 6 };

/** The `deadline --json` object, keys in SPEC §4 order. */
export interface DeadlineJson {
  start: string;
  clockStart: string;
  deadline: string;
  allowedWorkingSeconds: number | null;
  basis: 'hours' | 'days';
}

/** A deadline computed for the command, with what the explanation needs. */
export interface DeadlineResult {
  start: Instant;
  clockStart: Instant;
  deadline: Instant;
  /** Working seconds allowed (hours basis), or null (days basis). */
  allowed: number | null;
  basis: 'hours' | 'days';
  /** The D of `--days D`, when given. */
  days?: number;
}

/** What `--hours`, `--minutes` or `--days` asked for. */
export type PeriodRequest = { kind: 'seconds'; seconds: number; label: string } | { kind: 'days'; days: number };

/**
 * Parses an instant argument the way `audit --as-of` does: a timestamp, or a bare date meaning
 * 00:00 KST of that day; UsageError (exit 2) saying what is accepted when it is neither.
 *
 * @example parseInstantArg('2024-09-13 17:00', 'START') // => 1726214400
 * @example parseInstantArg('2024-09-13', 'START') // => 1726153200 (00:00 KST)
 */
export function parseInstantArg(text: string, name: string): Instant {
  try {
    return parseAsOf(text);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    throw new UsageError(err.message.replace(/^--as-of /, `${name} `));
  }
}

function amount(text: string, option: string, unitSeconds: number, example: string): number {
  const accepted = `accepted: a positive number of ${option.slice(2)} that is a whole number of seconds, e.g. ${option} ${example}`;
  const trimmed = text.trim();
  if (/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(trimmed) && (trimmed.startsWith('-') || Number(trimmed) === 0)) {
    throw new UsageError(`${option} "${text}" must be positive; ${accepted}`);
  }
  if (!/^\d+(\.\d+)?$/.test(trimmed)) throw new UsageError(`${option} "${text}" is not a number; ${accepted}`);
  const exact = Number(text) * unitSeconds;
  const seconds = Math.round(exact);
  if (Math.abs(exact - seconds) > 1e-6 || !Number.isSafeInteger(seconds)) {
    throw new UsageError(`${option} "${text}" is not a whole number of seconds; ${accepted}`);
  }
  return seconds;
}

/**
 * Reads exactly one of `--hours`, `--minutes`, `--days`; `--days D` ≤ 5 becomes D × 8 working hours.
 *
 * @example parsePeriod({ days: '3' }) // => { kind: 'seconds', seconds: 86400, label: '3 days = 24 working hours' }
 */
export function parsePeriod(
  opts: { hours?: string; minutes?: string; days?: string },
  split: StatutorySplit = LAW_SPLIT,
): PeriodRequest {
  const given = [opts.hours, opts.minutes, opts.days].filter((v) => v !== undefined).length;
  if (given !== 1) {
    throw new UsageError(
      `${given === 0 ? 'no period given' : 'more than one period given'}; accepted: exactly one of --hours H, --minutes M or --days D`,
    );
  }
  if (opts.hours !== undefined) {
    const seconds = amount(opts.hours, '--hours', 3600, '4');
    return { kind: 'seconds', seconds, label: formatWorkingHours(Number(opts.hours), 'en') };
  }
  if (opts.minutes !== undefined) {
    const seconds = amount(opts.minutes, '--minutes', 60, '90');
    return {
      kind: 'seconds',
      seconds,
      label: formatQuantity(Number(opts.minutes), { en: 'working minute', ko: '근무분' }, 'en'),
    };
  }
  const text = (opts.days ?? '').trim();
  const days = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(days) || days < 1) {
    throw new UsageError(
      `--days "${opts.days}" is not a whole number of days ≥ 1; accepted: e.g. --days 3 (≤ 5: hours-based) or --days 14 (day-based)`,
    );
  }
  if (days < split.dayBasedFrom) {
    const hours = days * split.hoursPerDay;
    return {
      kind: 'seconds',
      seconds: Math.round(hours * 3600),
      label: `${formatQuantity(days, { en: 'day', ko: '일' }, 'en')} = ${formatWorkingHours(hours, 'en')}`,
    };
  }
  return { kind: 'days', days };
}

/**
 * Computes the deadline for a request on a calendar (throws CalendarRangeError outside the data).
 *
 * @example computeDeadline(defaultCalendar(), kstInstant(2024, 9, 13, 17), { kind: 'seconds', seconds: 14400, label: '4 working hours' }).deadline // => kstInstant(2024, 9, 19, 12)
 */
export function computeDeadline(cal: WorkingCalendar, start: Instant, period: PeriodRequest): DeadlineResult {
  cal.assertCovers(start, 'START');
  const clockStart = cal.clockStart(start);
  if (period.kind === 'seconds') {
    return { start, clockStart, deadline: cal.deadline(start, period.seconds), allowed: period.seconds, basis: 'hours' };
  }
  return {
    start,
    clockStart,
    deadline: cal.dayBasedDeadline(start, period.days),
    allowed: null,
    basis: 'days',
    days: period.days,
  };
}

/** The SPEC §4 JSON of a deadline. */
export function deadlineJson(r: DeadlineResult): DeadlineJson {
  return {
    start: formatInstant(r.start),
    clockStart: formatInstant(r.clockStart),
    deadline: formatInstant(r.deadline),
    allowedWorkingSeconds: r.allowed,
    basis: r.basis,
  };
}

const label = (name: string): string => name.padEnd(14);

function calendarLine(cal: WorkingCalendar): string {
  return `${label('Calendar')}working hours ${cal.hours.join(', ')} KST, Mon–Fri except public holidays (data: ${cal.holidayYears[0]}–${cal.holidayYears.at(-1)})`;
}

/** Where the working time was counted: first day, full days between, last day. O(1). */
function countedLine(cal: WorkingCalendar, from: Instant, to: Instant, total: number, year: number): string | undefined {
  if (total === 0) return undefined;
  const first = cal.clockStart(from);
  const firstDay = kstDay(first);
  const lastDay = kstDay(to - 1);
  const lastEnd = cal.intervals[cal.intervals.length - 1]![1];
  const range = (day: number, a: Instant, b: Instant): string =>
    `on ${shortDate(day, year)} (${formatClock(secondOfDay(a))}-${b === dayStart(day) + 86_400 ? '24:00' : formatClock(secondOfDay(b))})`;
  if (firstDay === lastDay) return `${formatDuration(total)} ${range(firstDay, first, to)}`;
  const firstEnd = dayStart(firstDay) + lastEnd;
  const head = cal.elapsed(first, firstEnd);
  const lastStart = cal.clockStart(dayStart(lastDay));
  const tail = cal.elapsed(lastStart, to);
  const fullDays = (total - head - tail) / cal.secondsPerWorkingDay;
  const parts = [`${formatDuration(head)} ${range(firstDay, first, firstEnd)}`];
  if (fullDays > 0)
    parts.push(
      `${formatQuantity(fullDays, { en: 'full working day', ko: '근무일' }, 'en')} (${formatDuration(fullDays * cal.secondsPerWorkingDay)})`,
    );
  parts.push(`${formatDuration(tail)} ${range(lastDay, lastStart, to)}`);
  return parts.join(' + ');
}

/** The human explanation of a deadline, one fact per line. */
export function renderDeadline(
  cal: WorkingCalendar,
  r: DeadlineResult,
  period: PeriodRequest,
  hoursPerDay = LAW_SPLIT.hoursPerDay,
): string {
  const year = kstYear(r.start);
  const lines = [`${label('Received')}${formatInstantKo(r.start)}`, `${label('Clock starts')}${formatInstantKo(r.clockStart)}`];
  if (period.kind === 'seconds') {
    lines.push(
      `${label('Allowed')}${period.label} (${formatQuantity(period.seconds, { en: 'working second', ko: '초' }, 'en')}; hours-based: 1 day = ${formatWorkingHours(hoursPerDay, 'en')})`,
    );
    lines.push(`${label('Deadline')}${formatInstantKo(r.deadline)}`);
    const counted = countedLine(cal, r.start, r.deadline, period.seconds, year);
    if (counted) lines.push(`${label('Counted')}${counted}`);
  } else {
    const first = cal.nthWorkingDay(kstDay(r.start), 1);
    lines.push(
      `${label('Allowed')}${formatWorkingDays(period.days, 'en')} (day-based: the day of receipt is day 1 when it is a working day)`,
    );
    lines.push(`${label('Day 1')}${formatDayKo(first)}`);
    lines.push(`${label('Deadline')}${formatInstantKo(r.deadline)} (end of working day ${period.days})`);
  }
  lines.push(`${label('Skipped')}${describeSkipped(cal.skippedDays(r.start, r.deadline), year)}`);
  lines.push(calendarLine(cal));
  return `${lines.join('\n')}\n`;
}

/** The human explanation of an elapsed working time. */
export function renderElapsed(cal: WorkingCalendar, start: Instant, end: Instant, seconds: number): string {
  const year = kstYear(start);
  const lines = [
    `${label('Start')}${formatInstantKo(start)}`,
    `${label('End')}${formatInstantKo(end)}`,
    `${label('Working time')}${formatDuration(seconds)} (${formatCount(seconds)} s${end <= start ? '; END is not after START' : ''})`,
  ];
  const counted = end > start ? countedLine(cal, start, end, seconds, year) : undefined;
  if (counted) lines.push(`${label('Counted')}${counted}`);
  if (end > start)
    lines.push(`${label('Skipped')}${describeSkipped(cal.skippedDays(start, cal.covers(end) ? end : end - 1), year)}`);
  lines.push(calendarLine(cal));
  return `${lines.join('\n')}\n`;
}

/** The `holidays --json` object of one year. */
export function holidaysJson(cal: WorkingCalendar, year: number) {
  return {
    year,
    holidays: cal.holidaysOf(year).map((h) => ({
      date: formatDay(h.day),
      weekday: WEEKDAY_KO[weekday(h.day)],
      names: [...h.names],
      source: h.source,
    })),
  };
}

/** The human list of one year's holidays. */
export function renderHolidays(cal: WorkingCalendar, year: number): string {
  const list = cal.holidaysOf(year);
  const weekdays = list.filter((h) => cal.isWorkingDay(h.day) === false && weekday(h.day) % 6 !== 0).length;
  const lines = [`${year} public holidays (관공서의 공휴일): ${list.length} dates, ${weekdays} on weekdays`];
  for (const h of list)
    lines.push(`${formatDayKo(h.day)}  ${h.names.join(', ')}${h.source === 'file' ? '  [holidays file]' : ''}`);
  return `${lines.join('\n')}\n`;
}

/** The calendar as `audit` would build it: the config's working hours and holidays, and `--holidays`. */
async function calendarFor(io: Io, opts: { holidays?: string; config?: string }): Promise<WorkingCalendar> {
  return (await loadSetup({ config: opts.config, holidays: opts.holidays, cwd: io.cwd })).calendar;
}

const CONFIG_HELP = 'config file for working hours and holidays (default: ./charter-audit.config.json when present)';

function parseYear(text: string): number {
  if (!/^\d{4}$/.test(text.trim()))
    throw new UsageError(`YEAR "${text}" is not a year; accepted: a four-digit year such as 2025`);
  return Number(text);
}

const write = (io: Io, text: string): void => void io.stdout.write(text);
const json = (value: unknown): string => `${JSON.stringify(value)}\n`;

export function registerCalendarCommands(program: Command, io: Io, state: RunState): void {
  program
    .command('deadline')
    .description('When a period of working time that starts at START runs out (hours-based ≤ 5 days, day-based ≥ 6)')
    .argument('<START>', 'receipt time, e.g. "2024-09-13 17:00" (KST unless it has an offset)')
    .option('--hours <H>', 'working hours allowed, e.g. 4')
    .option('--minutes <M>', 'working minutes allowed, e.g. 90')
    .option(
      '--days <D>',
      'statutory days: D ≤ 5 → D × 8 working hours; D ≥ 6 → 18:00 on the D-th working day (complaint.statutory in the config may change the split)',
    )
    .option('--holidays <FILE>', 'holidays file (CSV "date,name[,add|remove]" or JSON) added to the gazette data')
    .option('-c, --config <FILE>', CONFIG_HELP)
    .option('--json', 'print {"start","clockStart","deadline","allowedWorkingSeconds","basis"}')
    .action(
      wrap(
        io,
        state,
        async (
          startText: string,
          opts: { hours?: string; minutes?: string; days?: string; holidays?: string; config?: string; json?: boolean },
        ) => {
          const start = parseInstantArg(startText, 'START');
          parsePeriod(opts); // usage errors before the config is read
          const setup = await loadSetup({ config: opts.config, holidays: opts.holidays, cwd: io.cwd });
          const split = statutorySplit(setup);
          const period = parsePeriod(opts, split);
          const cal = setup.calendar;
          const result = computeDeadline(cal, start, period);
          write(io, opts.json ? json(deadlineJson(result)) : renderDeadline(cal, result, period, split.hoursPerDay));
          return EXIT_OK;
        },
      ),
    );

  program
    .command('elapsed')
    .description('Working time inside [START, END)')
    .argument('<START>', 'e.g. "2024-09-13 17:00"')
    .argument('<END>', 'e.g. "2024-09-19 12:00"')
    .option('--holidays <FILE>', 'holidays file (CSV or JSON) added to the gazette data')
    .option('-c, --config <FILE>', CONFIG_HELP)
    .option('--json', 'print {"start","end","workingSeconds"}')
    .action(
      wrap(
        io,
        state,
        async (startText: string, endText: string, opts: { holidays?: string; config?: string; json?: boolean }) => {
          const start = parseInstantArg(startText, 'START');
          const end = parseInstantArg(endText, 'END');
          const cal = await calendarFor(io, opts);
          cal.assertCovers(start, 'START');
          cal.assertCoversEnd(end, 'END');
          const seconds = cal.elapsed(start, end);
          write(
            io,
            opts.json
              ? json({ start: formatInstant(start), end: formatInstant(end), workingSeconds: seconds })
              : renderElapsed(cal, start, end, seconds),
          );
          return EXIT_OK;
        },
      ),
    );

  program
    .command('holidays')
    .description("The working calendar's public holidays of YEAR")
    .argument('<YEAR>', 'e.g. 2025')
    .option('--holidays <FILE>', 'holidays file (CSV or JSON) applied to the gazette data')
    .option('-c, --config <FILE>', CONFIG_HELP)
    .option('--json', 'print {"year","holidays":[{"date","weekday","names","source"}]}')
    .action(
      wrap(io, state, async (yearText: string, opts: { holidays?: string; config?: string; json?: boolean }) => {
        const year = parseYear(yearText);
        const cal = await calendarFor(io, opts);
        write(io, opts.json ? json(holidaysJson(cal, year)) : renderHolidays(cal, year));
        return EXIT_OK;
      }),
    );
}
