/**
 * The audit pipeline without I/O: the judging time against the calendar, the inputs already
 * open, the engine run. The Node adapter (./audit.ts) reads the files and calls it.
 */
import { formatInstant, type Instant } from '../calendar/kst.js';
import { parseWorkingDuration } from '../format/index.js';
import { usageError } from '../messages/index.js';
import { inputError } from '../messages/errors.js';
import { audit as runEngine } from '../engine/engine.js';
import type { VariantSpec } from '../engine/variants.js';
import { CalendarRangeError } from '../model/calendar.js';
import type { OpenedInput } from '../model/input.js';
import { openedInput } from '../ingest/reader.js';
import { readHeader } from '../ingest/read-header.js';
import type { ReadOptions } from '../model/input.js';
import type { AuditResult, GroupBy } from '../model/result.js';
import type { Period } from './period.js';
import type { Setup } from './setup.js';
import type { AuditOptions, Notice, PreparedAudit, RunHooks } from './types.js';

/**
 * The time open records are judged at, checked against the holiday data: an `asOf` the caller
 * chose outside it is an error (CalendarRangeError); the clock running past it is a notice
 * (open records need the data, and are rejected with the reason).
 */
export function judgingTime(
  setup: Setup,
  chosenAsOf: Instant | undefined,
  now: () => number = Date.now,
): { asOf: Instant; notices: Notice[] } {
  const chosen = chosenAsOf !== undefined;
  const asOf = chosenAsOf ?? Math.floor(now() / 1000);
  const notices: Notice[] = [];
  if (!setup.calendar.covers(asOf)) {
    if (chosen) {
      try {
        setup.calendar.assertCovers(asOf, `--as-of ${formatInstant(asOf)}`);
      } catch (err) {
        if (!(err instanceof CalendarRangeError)) throw err;
        const data = { option: '--as-of', value: formatInstant(asOf), year: err.year, loaded: err.loaded };
        throw new CalendarRangeError(err.year, err.loaded, err.what, { code: 'INPUT_FLAG_YEAR_NOT_LOADED', data });
      }
    }
    notices.push({ code: 'AS_OF_PAST_HOLIDAY_DATA', asOf, lastYear: setup.calendar.holidayYears.at(-1) });
  }
  return { asOf, notices };
}

/**
 * `dueWithin` in working seconds: a number as given (whole, ≥ 0), text read as a working-time
 * duration (`8h`, `1d` = one working day of `secondsPerDay`, `30m`); UsageError otherwise.
 *
 * @example resolveDueWithin('1d 4h', 28800) // => 43200
 * @example resolveDueWithin(undefined, 28800) // => undefined
 */
export function resolveDueWithin(value: number | string | undefined, secondsPerDay: number): number | undefined {
  if (value === undefined) return undefined;
  const seconds = typeof value === 'number' ? value : parseWorkingDuration(value, secondsPerDay);
  if (seconds === null || !Number.isSafeInteger(seconds) || seconds < 0) {
    throw usageError('USAGE_DUE_WITHIN', { value: String(value), day: secondsPerDay });
  }
  return seconds;
}

/**
 * Opens an export held in memory (a string is UTF-8): no I/O, so it runs in a browser too.
 *
 * @example openText('calls.csv', '통화ID,...\n…', {}).kind // => 'call'
 */
export function openText(name: string, text: string | Uint8Array, options: ReadOptions): OpenedInput {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text.buffer, text.byteOffset, text.byteLength);
  const header = readHeader(bytes, true, name, options);
  if (header === null) throw inputError('EMPTY_FILE', 'INPUT_READ', { file: name, problem: 'no-header' }, name);
  return openedInput(header, async function* () {
    yield bytes;
  });
}

/** A prepared audit over inputs already open. */
export function preparedAudit(
  setup: Setup,
  inputs: readonly OpenedInput[],
  plan: {
    asOf: Instant;
    notices: readonly Notice[];
    period: Period;
    previousPeriod: PreparedAudit['previousPeriod'];
    groupBy: GroupBy | null;
    onInputDone?: AuditOptions['onInputDone'];
    /** What-if alternatives judged on the same rows. */
    variants?: readonly VariantSpec[];
    /** `--due-within`, in working seconds. */
    dueWithin?: number;
  },
): PreparedAudit {
  let ran = false;
  return {
    setup,
    asOf: plan.asOf,
    period: plan.period,
    previousPeriod: plan.previousPeriod,
    inputs,
    notices: plan.notices,
    run(hooks: RunHooks = {}): Promise<AuditResult> {
      if (ran) throw new Error('a prepared audit runs once: its inputs are streams');
      ran = true;
      const done = [plan.onInputDone, hooks.onInputDone].filter((f) => f !== undefined);
      const running = runEngine(inputs, {
        calendar: setup.calendar,
        asOf: plan.asOf,
        period: plan.period,
        granularity: setup.granularity,
        rules: setup.rules,
        groupBy: plan.groupBy,
        previousPeriod: plan.previousPeriod,
        keepViolations: hooks.keepViolations ?? true,
        onViolation: hooks.onViolation,
        explainRecord: hooks.explainRecord,
        onBytesRead: hooks.onBytesRead,
        onInputDone: done.length === 0 ? undefined : (s) => done.forEach((f) => f(s)),
        variants: plan.variants,
        ...(plan.dueWithin === undefined ? {} : { dueWithin: plan.dueWithin }),
      });
      // A run that stops early (an error, a consumer that left) releases the inputs it did not finish.
      return running.catch(async (err: unknown) => {
        await Promise.all(inputs.map((i) => i.close?.()));
        throw err;
      });
    },
  };
}
