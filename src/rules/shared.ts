/**
 * What the rules share: the rule definition shape with its option specs, the hours-based and
 * day-based deadline checks (with supplement pauses and open records judged at `asOf`), period
 * keys for aggregates, and the wording of durations and instants in findings.
 *
 * Everything here is pure: the calendar, `asOf` and options come in as arguments.
 */
import { civilFromDays, formatDay, kstDay, kstYear, type Instant } from '../calendar/kst.js';
import { CalendarRangeError, type WorkingCalendar } from '../model/calendar.js';
import type { Kind } from '../model/records.js';
import {
  PASS,
  PENDING,
  type Finding,
  type FindingData,
  type Granularity,
  type Outcome,
  type Rule,
  type RuleContext,
} from '../model/rule.js';
import { describeDaysPass, describeHoursPass } from './describe.js';
import type { DaysData, HoursData } from './finding-words.js';
import { type Measured, type Pauses, hoursDeadline, measure } from './pauses.js';
import { probeDeadline, probeHours } from './probe.js';

/**
 * Top-level config keys that set an option of several rules at once (a rule's own setting wins):
 * `immediateHours` (즉시), `pauseCounting`, `transferClock`.
 */
export type GlobalOption = 'immediateHours' | 'pauseCounting' | 'transferClock';

/** How the config may set one option of a rule (checked by the config normaliser). */
export type OptionSpec =
  | {
      type: 'number';
      /** The option takes the config's top-level value of this name unless the rule sets it. */
      follows?: GlobalOption;
      /** Inclusive lower bound. */
      min?: number;
      /** Exclusive lower bound. */
      above?: number;
      /** Inclusive upper bound. */
      max?: number;
      integer?: boolean;
      description: string;
    }
  | { type: 'enum'; values: readonly string[]; description: string; follows?: GlobalOption }
  /** A list of names (non-empty strings, each once), e.g. the regions a duty is expected in. */
  | { type: 'list'; description: string; follows?: never }
  | { type: 'table'; description: string };

/** A rule of this project: the shared {@link Rule} contract plus how its options are validated. */
export interface RuleDefinition<K extends Kind = Kind> extends Rule<K> {
  /** One spec per key of `defaults`. */
  optionSpecs: Readonly<Record<string, OptionSpec>>;
  /**
   * Options that follow another rule's option unless the config sets them on this rule, e.g.
   * `{ hours: { rule: 'payment.four-hours', option: 'hours' } }`.
   */
  follows?: Readonly<Record<string, { rule: string; option: string }>>;
  /** Options filled from a top-level table of the config file, e.g. `{ table: 'standardDays' }`. */
  configTables?: Readonly<Record<string, ConfigTable>>;
}

/** The top-level config tables a rule may read. */
export type ConfigTable = 'standardDays';

/** Working seconds in one hour. */
export const HOUR = 3600;

/** The option spec of a working-hours allowance. */
export function hoursSpec(description: string, follows?: GlobalOption): OptionSpec {
  return follows ? { type: 'number', above: 0, description, follows } : { type: 'number', above: 0, description };
}

/** Reads a numeric option that the config normaliser has already validated. */
export function num(context: RuleContext, key: string): number {
  const v = context.options[key];
  if (typeof v !== 'number') throw new TypeError(`option ${key} is not a number`);
  return v;
}

/**
 * Durations and instants in findings come from the one formatting module; `formatDuration` here
 * gives both languages at once.
 *
 * @example formatDuration(8100) // => { en: '2h 15m', ko: '2시간 15분' }
 */
export { durationBoth as formatDuration, formatWhen } from '../format/index.js';

export { ordinal } from './finding-words.js';

export { type Action, ACTIONS, DEADLINE_EXAMPLES, DEADLINE_MESSAGES } from './finding-words.js';
import type { Action } from './finding-words.js';

export {
  type Measured,
  type MeasuredPause,
  type Pause,
  type Pauses,
  hoursDeadline,
  measure,
  pauseList,
  resolvePause,
} from './pauses.js';

/** One hours-based measurement: from `start` to `end` (null = still open, judged at `asOf`). */
export interface HoursCheck {
  start: Instant;
  end: Instant | null;
  allowedSeconds: number;
  pause?: Pauses;
  action: Action;
}

/**
 * The hours-based check (SPEC §1): complies iff the net elapsed working time ≤ allowed. An open
 * record past its allowance is a finding with `open: true`; one still within it is PENDING.
 *
 * @example
 * // web inquiry received Fri 2024-09-13 17:00, answered Thu 2024-09-19 10:30 (추석 Mon–Wed): 9000 s ≤ 28 800 s
 * checkHours(ctx, { start, end, allowedSeconds: 28800, action: ANSWERED }) // => PASS
 */
export function checkHours(context: RuleContext, input: HoursCheck): Outcome {
  const { calendar, asOf } = context;
  const { start, end, allowedSeconds, action } = input;
  const pause = input.pause ?? null;
  const open = end === null;
  const stop = end ?? asOf;
  const m = measure(calendar, start, stop, pause);
  if (m.elapsed <= allowedSeconds) {
    if (context.describe) context.describe(describeHoursPass(context, input, m));
    if (context.probe !== undefined) probeHours(context, input, m.elapsed, open);
    return open ? PENDING : PASS;
  }
  const deadline = hoursDeadline(calendar, start, allowedSeconds, pause);
  const over = m.elapsed - allowedSeconds;
  const data: HoursData = {
    action,
    at: asOf,
    late: over,
    limit: allowedSeconds,
    due: deadline,
    pauses: m.pause ? m.pauses.length : 0,
    paused: m.pause ? m.paused : 0,
    extensions: [],
  };
  const finding: Finding = {
    start,
    end,
    deadline,
    allowedWorkingSeconds: allowedSeconds,
    elapsedWorkingSeconds: m.elapsed,
    overWorkingSeconds: over,
    open,
    messageId: open ? 'hours-open' : 'hours-late',
    data,
  };
  if (m.pauses.length > 0) finding.pauses = m.pauses;
  return finding;
}

/** One day-based measurement (6 days or more): the completion's KST date against the N-th working day. */
export interface DaysCheck {
  start: Instant;
  end: Instant | null;
  days: number;
  pause?: Pauses;
  action: Action;
}

/**
 * The day-based deadline: 18:00 on the N-th working day (the day of `start` is day 1 when it is
 * a working day), N extended by the pause's working time in whole working days, rounded up
 * (1 day = one full working day, 8 h by default).
 *
 * @example daysDeadline(cal, mon0900, 10, null, stop) // => 18:00 of the 10th working day
 */
export function daysDeadline(
  calendar: WorkingCalendar,
  start: Instant,
  days: number,
  pause: Pauses,
  stop: Instant,
): { deadline: Instant; extraDays: number; measured: Measured } {
  const measured = measure(calendar, start, stop, pause);
  const extraDays = Math.ceil(measured.paused / calendar.secondsPerWorkingDay);
  return { deadline: calendar.dayBasedDeadline(start, days + extraDays), extraDays, measured };
}

/**
 * The day-based check (SPEC §1): complies iff the completion's KST date ≤ the date of the N-th
 * working day. Open records are judged by the date of `asOf`.
 *
 * @example checkDays(ctx, { start: mon0900, end: fri1500TwoWeeksLater, days: 10, action }) // => PASS
 */
export function checkDays(context: RuleContext, input: DaysCheck): Outcome {
  const { calendar, asOf } = context;
  const { start, end, days, action } = input;
  const pause = input.pause ?? null;
  const open = end === null;
  const stop = end ?? asOf;
  let computed: ReturnType<typeof daysDeadline>;
  try {
    computed = daysDeadline(calendar, start, days, pause, stop);
  } catch (err) {
    // The N-th working day lies in a year without holiday data after the completion (or
    // `asOf`): it is later than `stop` whatever that year's holidays, so the verdict is settled.
    if (err instanceof CalendarRangeError && err.year > kstYear(stop) && calendar.covers(stop)) return open ? PENDING : PASS;
    throw err;
  }
  const { deadline, extraDays, measured } = computed;
  const lastDay = kstDay(deadline);
  if (kstDay(stop) <= lastDay) {
    if (context.describe) context.describe(describeDaysPass(context, input, deadline, extraDays, measured));
    if (open && context.probe !== undefined) probeDeadline(context, start, deadline, pause);
    return open ? PENDING : PASS;
  }
  const data: DaysData = { action, on: stop, days, extraDays, due: deadline, extensions: [] };
  const finding: Finding = {
    start,
    end,
    deadline,
    allowedWorkingSeconds: null,
    elapsedWorkingSeconds: measured.elapsed,
    overWorkingSeconds: calendar.elapsed(deadline, stop),
    open,
    messageId: open ? 'days-open' : 'days-late',
    data,
  };
  if (measured.pauses.length > 0) finding.pauses = measured.pauses;
  return finding;
}

/**
 * The aggregate period of an instant, from its KST date.
 *
 * @example periodKey(kstInstant(2024, 9, 13, 17, 0), 'month') // => '2024-09'
 * @example periodKey(kstInstant(2024, 9, 13, 17, 0), 'quarter') // => '2024-Q3'
 * @example periodKey(kstInstant(2024, 9, 13, 17, 0), 'day') // => '2024-09-13'
 */
export function periodKey(t: Instant, granularity: Granularity): string {
  const day = kstDay(t);
  // Records come in time order and several aggregate rules ask for the same period in a row:
  // the key of the last day asked for is kept, so the hot path builds no string.
  if (day === lastKeyDay && granularity === lastKeyGranularity) return lastKey;
  let key: string;
  if (granularity === 'day') key = formatDay(day);
  else {
    const c = civilFromDays(day);
    key =
      granularity === 'quarter'
        ? `${c.year}-Q${Math.floor((c.month - 1) / 3) + 1}`
        : `${c.year}-${c.month < 10 ? '0' : ''}${c.month}`;
  }
  lastKeyDay = day;
  lastKeyGranularity = granularity;
  lastKey = key;
  return key;
}

let lastKeyDay = Number.NaN;
let lastKeyGranularity: Granularity | null = null;
let lastKey = '';

/**
 * Per-period counters for aggregate rules; `entries()` lists periods in ascending order.
 *
 * @example
 * const p = new PeriodCounts(() => ({ offered: 0 }));
 * p.at('2024-09').offered++;
 * p.entries() // => [['2024-09', { offered: 1 }]]
 */
export class PeriodCounts<T> {
  private readonly map = new Map<string, T>();
  constructor(private readonly init: () => T) {}
  at(period: string): T {
    let v = this.map.get(period);
    if (v === undefined) {
      v = this.init();
      this.map.set(period, v);
    }
    return v;
  }
  entries(): [string, T][] {
    return [...this.map.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }
}

/**
 * A fraction rounded to 4 decimals for reports (the pass/fail decision uses exact counts).
 *
 * @example roundRate(2 / 3) // => 0.6667
 */
export function roundRate(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/** A finding for a record that lacks a required follow-up (no deadline arithmetic involved). */
export function missingFinding(start: Instant, end: Instant | null, messageId: string, data: FindingData, open = false): Finding {
  return {
    start,
    end,
    deadline: null,
    allowedWorkingSeconds: null,
    elapsedWorkingSeconds: null,
    overWorkingSeconds: null,
    open,
    messageId,
    data,
  };
}
