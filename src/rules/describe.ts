/**
 * For `--explain`: how a record that passed or is pending under an hours- or day-based check was
 * measured (deadline, allowance, working time used), as a message of {@link DEADLINE_MESSAGES}.
 */
import type { Instant } from '../calendar/kst.js';
import type { Finding, RuleContext } from '../model/rule.js';
import type { PassData } from './finding-words.js';
import { type Measured, hoursDeadline } from './pauses.js';
import type { DaysCheck, HoursCheck } from './shared.js';

/** For `--explain`: an hours-based record within its allowance, with the time it has left. */
export function describeHoursPass(context: RuleContext, input: HoursCheck, m: Measured): Finding {
  const { start, end, allowedSeconds } = input;
  const deadline = hoursDeadline(context.calendar, start, allowedSeconds, input.pause ?? null);
  const data: PassData = {
    action: input.action,
    at: end ?? context.asOf,
    used: m.elapsed,
    left: allowedSeconds - m.elapsed,
    due: deadline,
    nth: 0,
  };
  const f: Finding = {
    start,
    end,
    deadline,
    allowedWorkingSeconds: allowedSeconds,
    elapsedWorkingSeconds: m.elapsed,
    overWorkingSeconds: null,
    open: end === null,
    messageId: end === null ? 'hours-pending' : 'hours-pass',
    data,
  };
  if (m.pauses.length > 0) f.pauses = m.pauses;
  return f;
}

/** For `--explain`: a day-based record finished (or still open) on or before its last working day. */
export function describeDaysPass(
  context: RuleContext,
  input: DaysCheck,
  deadline: Instant,
  extraDays: number,
  m: Measured,
): Finding {
  const { start, end, days, action } = input;
  const data: PassData = { action, at: end ?? context.asOf, used: m.elapsed, left: 0, due: deadline, nth: days + extraDays };
  const f: Finding = {
    start,
    end,
    deadline,
    allowedWorkingSeconds: null,
    elapsedWorkingSeconds: m.elapsed,
    overWorkingSeconds: null,
    open: end === null,
    messageId: end === null ? 'days-pending' : 'days-pass',
    data,
  };
  if (m.pauses.length > 0) f.pauses = m.pauses;
  return f;
}
