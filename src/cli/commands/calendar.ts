/**
 * The calendar commands (SPEC §4): `deadline`, `elapsed`, `holidays`. They print data on stdout
 * (JSON with `--json`) and explain results the way an auditor would defend them.
 */
import type { Command } from 'commander';
import { type Instant, WEEKDAY_KO, formatDay, formatInstant, weekday } from '../../calendar/kst.js';
import type { WorkingCalendar } from '../../model/calendar.js';
import { parseAsOf } from '../../api/period.js';
import { usageError } from '../../messages/errors.js';
import type { MessageData } from '../../model/messages.js';
import { EXIT_OK } from '../exit-codes.js';
import type { Io } from '../io.js';
import { loadSetup, statutorySplit } from '../../api/setup.js';
import { type RunState, wrap } from '../action.js';
import { renderDeadline, renderElapsed, renderHolidays } from '../calendar/render.js';
import { langOption } from '../lang.js';
import { inLang } from '../../messages/help.js';
import { DEADLINE_HELP, ELAPSED_HELP, HOLIDAYS_HELP } from '../../messages/help-commands.js';

export { renderDeadline, renderElapsed, renderHolidays } from '../calendar/render.js';
export type { DeadlineJson, DeadlineResult, PeriodRequest } from '../calendar/types.js';
import type { DeadlineJson, DeadlineResult, PeriodRequest } from '../calendar/types.js';

/** The statutory counting (민원 처리에 관한 법률 제19조): hours per day, and the first day-based period. */
export interface StatutorySplit {
  hoursPerDay: number;
  dayBasedFrom: number;
}
/** The law's split, which the config's `complaint.statutory` options may change. */
const LAW_SPLIT: StatutorySplit = { hoursPerDay: 8, dayBasedFrom: 6 };

/**
 * Parses an instant argument the way `audit --as-of` does: a timestamp, or a bare date meaning
 * 00:00 KST of that day; UsageError (exit 2) saying what is accepted when it is neither.
 *
 * @example parseInstantArg('2024-09-13 17:00', 'START') // => 1726214400
 * @example parseInstantArg('2024-09-13', 'START') // => 1726153200 (00:00 KST)
 */
export function parseInstantArg(text: string, name: string): Instant {
  return parseAsOf(text, name);
}

function amount(text: string, option: string, unitSeconds: number, example: string): number {
  const bad = (problem: MessageData['USAGE_PERIOD_AMOUNT']['problem']) =>
    usageError('USAGE_PERIOD_AMOUNT', { option, value: text, problem, example });
  const trimmed = text.trim();
  if (/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(trimmed) && (trimmed.startsWith('-') || Number(trimmed) === 0)) {
    throw bad('not-positive');
  }
  if (!/^\d+(\.\d+)?$/.test(trimmed)) throw bad('not-a-number');
  const exact = Number(text) * unitSeconds;
  const seconds = Math.round(exact);
  if (Math.abs(exact - seconds) > 1e-6 || !Number.isSafeInteger(seconds)) {
    throw bad('not-whole-seconds');
  }
  return seconds;
}

/**
 * Reads exactly one of `--hours`, `--minutes`, `--days`; `--days D` ≤ 5 becomes D × 8 working hours.
 *
 * @example parsePeriod({ days: '3' }) // => { kind: 'seconds', seconds: 86400, asked: { unit: 'days', value: 3, hours: 24 } }
 */
export function parsePeriod(
  opts: { hours?: string; minutes?: string; days?: string },
  split: StatutorySplit = LAW_SPLIT,
): PeriodRequest {
  const given = [opts.hours, opts.minutes, opts.days].filter((v) => v !== undefined).length;
  if (given !== 1) {
    throw usageError('USAGE_PERIOD_COUNT', { given });
  }
  if (opts.hours !== undefined) {
    const seconds = amount(opts.hours, '--hours', 3600, '4');
    return { kind: 'seconds', seconds, asked: { unit: 'hours', value: Number(opts.hours) } };
  }
  if (opts.minutes !== undefined) {
    const seconds = amount(opts.minutes, '--minutes', 60, '90');
    return {
      kind: 'seconds',
      seconds,
      asked: { unit: 'minutes', value: Number(opts.minutes) },
    };
  }
  const text = (opts.days ?? '').trim();
  const days = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(days) || days < 1) {
    throw usageError('USAGE_DAYS', { value: String(opts.days) });
  }
  if (days < split.dayBasedFrom) {
    const hours = days * split.hoursPerDay;
    return {
      kind: 'seconds',
      seconds: Math.round(hours * 3600),
      asked: { unit: 'days', value: days, hours },
    };
  }
  return { kind: 'days', days };
}

/**
 * Computes the deadline for a request on a calendar (throws CalendarRangeError outside the data).
 *
 * @example computeDeadline(defaultCalendar(), kstInstant(2024, 9, 13, 17), { kind: 'seconds', seconds: 14400, asked: { unit: 'hours', value: 4 } }).deadline // => kstInstant(2024, 9, 19, 12)
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

/** The calendar as `audit` would build it: the config's working hours and holidays, and `--holidays`. */
async function calendarFor(io: Io, opts: { holidays?: string; config?: string }): Promise<WorkingCalendar> {
  return (await loadSetup({ config: opts.config, holidays: opts.holidays, cwd: io.cwd })).calendar;
}

function parseYear(text: string): number {
  if (!/^\d{4}$/.test(text.trim())) throw usageError('USAGE_YEAR', { value: text });
  return Number(text);
}

const write = (io: Io, text: string): void => void io.stdout.write(text);
const json = (value: unknown): string => `${JSON.stringify(value)}\n`;

export function registerCalendarCommands(program: Command, io: Io, state: RunState): void {
  const hDeadline = inLang(DEADLINE_HELP, state.lang);
  const hElapsed = inLang(ELAPSED_HELP, state.lang);
  const hHolidays = inLang(HOLIDAYS_HELP, state.lang);
  program
    .command('deadline')
    .description(hDeadline.description)
    .argument('<START>', hDeadline.arguments.START)
    .option('--hours <H>', hDeadline.options.hours)
    .option('--minutes <M>', hDeadline.options.minutes)
    .option('--days <D>', hDeadline.options.days)
    .option('--holidays <FILE>', hDeadline.options.holidays)
    .option('-c, --config <FILE>', hDeadline.options.config)
    .option('--json', hDeadline.options.json)
    .addOption(langOption(hDeadline.options.lang))
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
          write(io, opts.json ? json(deadlineJson(result)) : renderDeadline(cal, result, period, split.hoursPerDay, state.lang));
          return EXIT_OK;
        },
      ),
    );

  program
    .command('elapsed')
    .description(hElapsed.description)
    .argument('<START>', hElapsed.arguments.START)
    .argument('<END>', hElapsed.arguments.END)
    .option('--holidays <FILE>', hElapsed.options.holidays)
    .option('-c, --config <FILE>', hElapsed.options.config)
    .option('--json', hElapsed.options.json)
    .addOption(langOption(hElapsed.options.lang))
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
              : renderElapsed(cal, start, end, seconds, state.lang),
          );
          return EXIT_OK;
        },
      ),
    );

  program
    .command('holidays')
    .description(hHolidays.description)
    .argument('<YEAR>', hHolidays.arguments.YEAR)
    .option('--holidays <FILE>', hHolidays.options.holidays)
    .option('-c, --config <FILE>', hHolidays.options.config)
    .option('--json', hHolidays.options.json)
    .addOption(langOption(hHolidays.options.lang))
    .action(
      wrap(io, state, async (yearText: string, opts: { holidays?: string; config?: string; json?: boolean }) => {
        const year = parseYear(yearText);
        const cal = await calendarFor(io, opts);
        write(io, opts.json ? json(holidaysJson(cal, year)) : renderHolidays(cal, year, state.lang));
        return EXIT_OK;
      }),
    );
}
