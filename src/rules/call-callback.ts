import { dayStart, kstDay, type Instant } from '../calendar/kst.js';
import type { WorkingCalendar } from '../model/calendar.js';
import type { CallRecord } from '../model/records.js';
import { formatDuration, formatWhen } from '../format/index.js';
import { PASS, PENDING, type Finding, type Lang } from '../model/rule.js';
import { words } from './finding-words.js';
import { probeHours } from './probe.js';
import { DEADLINE_EXAMPLES, DEADLINE_MESSAGES, HOUR, type RuleDefinition, checkHours, hoursSpec, num } from './shared.js';

/**
 * The call-back deadline in `day` mode: the end of the last working interval (18:00) of the
 * `days`-th working day, the day of the request counting as day 1 only when it is a working day
 * and the request came before that day's end of work.
 *
 * @example callbackDeadline(cal, at('2024-09-02 17:59'), 1) // => 2024-09-02 18:00 (same day)
 * @example callbackDeadline(cal, at('2024-09-02 18:30'), 1) // => 2024-09-03 18:00 (next working day)
 */
export function callbackDeadline(calendar: WorkingCalendar, requested: Instant, days: number): Instant {
  const day = kstDay(requested);
  const last = calendar.intervals[calendar.intervals.length - 1]!;
  const endOfWork = dayStart(day) + last[1];
  // dayBasedDeadline counts the request day only when it is a working day; after 18:00 it is spent.
  const spent = calendar.isWorkingDay(day) && requested >= endOfWork;
  return calendar.dayBasedDeadline(requested, spent ? days + 1 : days);
}

/**
 * `call.callback`: a caller whose handler was away (a memo passed on, `callback_requested_at`)
 * is called back by the handler (`callback_at`) by the end of the same working day — the next
 * working day when the request came after 18:00 or on a non-working day (`within` `day`,
 * `days` 1). `within` `hours` measures `hours` of working time instead. Calls without a
 * request are not applicable; an open request is judged at `--as-of`.
 */
/** The data of a day-based call-back finding: `at` is the call-back (or `asOf`), `late` working seconds. */
interface CallbackData {
  [key: string]: number | boolean;
  requested: number;
  at: number;
  due: number;
  sameDay: boolean;
  days: number;
  late: number;
}

function nth(d: CallbackData, lang: Lang): string {
  if (d.sameDay) return lang === 'en' ? 'the same working day' : '당일';
  return lang === 'en' ? `working day ${d.days} from the request` : `요청 후 ${d.days}번째 근무일`;
}

export const callCallback: RuleDefinition<'calls'> = {
  meta: {
    id: 'call.callback',
    aliases: ['T006', 'callback'],
    kind: 'calls',
    reads: [],
    title: { ko: '담당자 부재 시 메모 전달 후 담당자 직접 연락', en: 'Call-back by the handler after a memo (handler away)' },
    clause: '담당자가 자리를 비운 경우에는 메모를 전달하여 빠른 시간 내에 담당자가 직접 고객에게 연락',
    basis: 'charter',
    severity: 'warning',
    threshold: {
      ko: '요청 당일 근무시간 내(18시 이후·휴일 요청은 다음 근무일)',
      en: 'by the end of the working day of the request (next working day after 18:00)',
    },
    scope: 'record',
    requires: ['callback_requested_at', 'callback_at'],
    measure: 'working-time',
    messages: {
      ...DEADLINE_MESSAGES,
      open: words<CallbackData>({
        en: (d) =>
          `call-back requested ${formatWhen(d.requested)}, still not called back at ${formatWhen(d.at)}: due ${formatWhen(d.due)} (${nth(d, 'en')})`,
        ko: (d) =>
          `${formatWhen(d.requested)} 회신요청, ${formatWhen(d.at)} 현재 미회신: 기한 ${formatWhen(d.due)}(${nth(d, 'ko')})`,
      }),
      late: words<CallbackData>({
        en: (d) =>
          `call-back requested ${formatWhen(d.requested)}, called back ${formatWhen(d.at)}: ${formatDuration(d.late, 'en')} (working time) after ${formatWhen(d.due)} (${nth(d, 'en')})`,
        ko: (d) =>
          `${formatWhen(d.requested)} 회신요청, ${formatWhen(d.at)} 회신전화: 기한 ${formatWhen(d.due)}(${nth(d, 'ko')})보다 근무시간 ${formatDuration(d.late, 'ko')} 늦음`,
      }),
    },
    messageExamples: {
      ...DEADLINE_EXAMPLES,
      open: { requested: 1_725_494_400, at: 1_725_530_400, due: 1_725_526_800, sameDay: true, days: 1, late: 3600 },
      late: { requested: 1_725_494_400, at: 1_725_613_200, due: 1_725_613_200, sameDay: false, days: 2, late: 600 },
    },
  },
  defaults: { within: 'day', days: 1, hours: 4 },
  optionSpecs: {
    within: {
      type: 'enum',
      values: ['day', 'hours'],
      description:
        '"day": by 18:00 of the days-th working day (the request day counts when it is a working day before 18:00); "hours": within hours of working time',
    },
    days: {
      type: 'number',
      min: 1,
      integer: true,
      description: 'working days for the call-back when within is "day" (1 = the same working day)',
    },
    hours: hoursSpec('working hours for the call-back when within is "hours"'),
  },
  create(context) {
    const { calendar, asOf } = context;
    const byHours = context.options.within === 'hours';
    const days = num(context, 'days');
    const allowedSeconds = Math.round(num(context, 'hours') * HOUR);
    const action = 'called-back';
    return {
      check(r: CallRecord) {
        const requested = r.callbackRequestedAt;
        if (requested === null) return undefined;
        const end = r.callbackAt;
        if (byHours) return checkHours(context, { start: requested, end, allowedSeconds, action });
        const deadline = callbackDeadline(calendar, requested, days);
        const stop = end ?? asOf;
        if (stop <= deadline) {
          if (context.probe !== undefined) {
            const allowedSeconds = calendar.elapsed(requested, deadline);
            probeHours(context, { start: requested, allowedSeconds }, calendar.elapsed(requested, stop), end === null);
          }
          return end === null ? PENDING : PASS;
        }
        const over = calendar.elapsed(deadline, stop);
        const finding: Finding = {
          start: requested,
          end,
          deadline,
          allowedWorkingSeconds: calendar.elapsed(requested, deadline),
          elapsedWorkingSeconds: calendar.elapsed(requested, stop),
          overWorkingSeconds: over,
          open: end === null,
          messageId: end === null ? 'open' : 'late',
          data: { requested, at: stop, due: deadline, sameDay: kstDay(deadline) === kstDay(requested), days, late: over },
        };
        return finding;
      },
    };
  },
};
