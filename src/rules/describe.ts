/**
 * For `--explain`: how a record that passed or is pending under an hours- or day-based check was
 * measured (deadline, allowance, working time used), in both languages.
 */
import { formatDay, kstDay, type Instant } from '../calendar/kst.js';
import { durationBoth as formatDuration, formatWhen } from '../format/index.js';
import type { Finding, Localized, RuleContext } from '../model/rule.js';
import { type Measured, hoursDeadline } from './pauses.js';
import type { DaysCheck, HoursCheck } from './shared.js';

/** @example ordinal(1) // => '1st'  ordinal(12) // => '12th'  ordinal(22) // => '22nd' */
export function ordinal(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** For `--explain`: an hours-based record within its allowance, with the time it has left. */
export function describeHoursPass(context: RuleContext, input: HoursCheck, m: Measured): Finding {
  const { start, end, allowedSeconds } = input;
  const deadline = hoursDeadline(context.calendar, start, allowedSeconds, input.pause ?? null);
  const left = formatDuration(allowedSeconds - m.elapsed);
  const used = formatDuration(m.elapsed);
  const due = formatWhen(deadline);
  const message: Localized =
    end === null
      ? {
          en: `open, ${used.en} of working time used at ${formatWhen(context.asOf)}; ${left.en} left until ${due}`,
          ko: `${formatWhen(context.asOf)} 현재 미${input.action.ko}, 근무시간 ${used.ko} 경과; ${due}까지 ${left.ko} 남음`,
        }
      : {
          en: `${input.action.en} after ${used.en} of working time, ${left.en} before the deadline (${due})`,
          ko: `근무시간 ${used.ko} 만에 ${input.action.ko}, 기한(${due})보다 ${left.ko} 이름`,
        };
  const f: Finding = {
    start,
    end,
    deadline,
    allowedWorkingSeconds: allowedSeconds,
    elapsedWorkingSeconds: m.elapsed,
    overWorkingSeconds: null,
    open: end === null,
    message,
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
  const nth = days + extraDays;
  const due = formatDay(kstDay(deadline));
  const message: Localized =
    end === null
      ? {
          en: `open on ${formatDay(kstDay(context.asOf))}, within the ${ordinal(nth)} working day ${due}`,
          ko: `${formatDay(kstDay(context.asOf))} 현재 미${action.ko}, 기한 ${nth}번째 근무일 ${due} 이내`,
        }
      : {
          en: `${action.en} on ${formatDay(kstDay(end))}, no later than the ${ordinal(nth)} working day ${due}`,
          ko: `${formatDay(kstDay(end))}에 ${action.ko}: 기한 ${nth}번째 근무일 ${due} 이내`,
        };
  const f: Finding = {
    start,
    end,
    deadline,
    allowedWorkingSeconds: null,
    elapsedWorkingSeconds: m.elapsed,
    overWorkingSeconds: null,
    open: end === null,
    message,
  };
  if (m.pauses.length > 0) f.pauses = m.pauses;
  return f;
}
