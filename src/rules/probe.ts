/**
 * The measure a rule leaves for the engine when a record passed or is pending (allowance use and
 * the `--due-within` watch list; see `MeasureProbe`). Writing it allocates nothing; the deadline
 * of an open record is computed only when it is due within the window.
 */
import type { Instant } from '../calendar/kst.js';
import { CalendarRangeError, type WorkingCalendar } from '../model/calendar.js';
import type { RuleContext } from '../model/rule.js';
import { type Pauses, hoursDeadline, pauseList } from './pauses.js';

/**
 * Whether a supplement pause holds the clock at `asOf` (requested, not yet received): such a
 * record cannot breach until the supplement arrives, so it is not on the watch list.
 *
 * @example clockStopped({ from: 100, to: 500 }, 500) // => true
 * @example clockStopped({ from: 100, to: 200 }, 500) // => false
 */
export function clockStopped(pauses: Pauses | undefined, asOf: Instant): boolean {
  if (!pauses) return false;
  return pauseList(pauses).some((p) => p.from <= asOf && p.to >= asOf);
}

/**
 * An hours-based pass or pending record: `elapsed` of `allowed` working seconds used since
 * `start`. An open one due within `context.dueWithin` also gets its deadline (the instant the
 * allowance is used up) and the working time left.
 *
 * @example probeHours(ctx, { start, allowedSeconds: 14400, pause: null }, 3600, true) // ctx.probe.remaining = 10800 when watched
 */
export function probeHours(
  context: RuleContext,
  input: { start: Instant; allowedSeconds: number; pause?: Pauses },
  elapsed: number,
  open: boolean,
): void {
  const p = context.probe;
  if (p === undefined) return;
  p.allowed = input.allowedSeconds;
  p.elapsed = elapsed;
  p.start = input.start;
  p.basis = 'hours';
  if (!open || context.dueWithin === undefined) return;
  // Working time from asOf to the deadline: what is left of the allowance, plus, for a record
  // received after asOf, the working time until its receipt.
  const { asOf, calendar } = context;
  let left = input.allowedSeconds - elapsed;
  if (input.start > asOf) {
    const before = workingBetween(calendar, asOf, input.start);
    if (before === null) return;
    left += before;
  }
  if (left > context.dueWithin) return;
  if (clockStopped(input.pause, asOf)) return;
  const deadline = within(() => hoursDeadline(calendar, input.start, input.allowedSeconds, input.pause ?? null));
  if (deadline === null) return;
  p.remaining = left;
  p.deadline = deadline;
}

/**
 * A pending record with a deadline instant that is not a working-time allowance (a day-based
 * period: 18:00 of its last working day): watched when the working time from `asOf` to the
 * deadline is within `context.dueWithin`.
 */
export function probeDeadline(context: RuleContext, start: Instant, deadline: Instant, pause?: Pauses): void {
  const p = context.probe;
  if (p === undefined || context.dueWithin === undefined) return;
  const { asOf, calendar } = context;
  if (clockStopped(pause, asOf)) return;
  const left = asOf >= deadline ? 0 : workingBetween(calendar, asOf, deadline);
  if (left === null || left > context.dueWithin) return;
  p.start = start;
  p.basis = 'days';
  p.remaining = left;
  p.deadline = deadline;
}

function workingBetween(calendar: WorkingCalendar, from: Instant, to: Instant): number | null {
  return within(() => calendar.elapsed(from, to));
}

/** The value, or null when it reaches a year without holiday data (then the record is not watched). */
function within<T>(f: () => T): T | null {
  try {
    return f();
  } catch (err) {
    if (err instanceof CalendarRangeError) return null;
    throw err;
  }
}
