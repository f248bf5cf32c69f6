import { probeDeadline } from './probe.js';
import { type Instant, dayStart, kstDay } from '../calendar/kst.js';
import type { ComplaintRecord } from '../model/records.js';
import { PASS, PENDING, type Finding } from '../model/rule.js';
import { ARTICLE_PROGRESS } from './law.js';
import { formatWhen } from '../format/index.js';
import { words } from './finding-words.js';
import { type RuleDefinition, num } from './shared.js';

/**
 * When `days` calendar days have passed since the day of receipt (the day of receipt not counted,
 * 민법 제157조): 00:00 of day `days + 1`.
 *
 * @example progressTrigger(kstInstant(2025, 1, 2, 10, 0), 30) // => kstInstant(2025, 2, 2, 0, 0)
 */
export function progressTrigger(received: Instant, days: number): Instant {
  return dayStart(kstDay(received) + days + 1);
}

/**
 * `complaint.progress-notice` (처리진행상황 등의 통지): a complaint still open when `days` (30)
 * days have passed since its receipt had a progress notice (`progress_notified_at`) by the end of
 * the working day on which those days ran out. Judged at `--as-of`: a complaint answered before
 * then is not applicable; an open one whose notice is not yet due is pending.
 */
export const complaintProgressNotice: RuleDefinition<'complaints'> = {
  meta: {
    id: 'complaint.progress-notice',
    aliases: ['C010', 'progress-notice'],
    kind: 'complaints',
    reads: [],
    title: { ko: '접수 후 30일 경과 민원의 처리진행상황 통지', en: 'Complaints open 30 days after receipt: progress notified' },
    clause: ARTICLE_PROGRESS,
    basis: 'law',
    severity: 'error',
    threshold: {
      ko: '접수 후 30일 경과 시 통지(그날의 근무시간 종료까지)',
      en: 'notice by the end of the working day on which 30 days have passed',
    },
    scope: 'record',
    requires: ['progress_notified_at'],
    messages: {
      'no-notice': words<{ open: boolean; at: number; days: number; trigger: number; due: number; notified: number | null }>({
        en: (d) =>
          `${d.open ? `still open at ${formatWhen(d.at)}` : `answered ${formatWhen(d.at)}`}, ${d.days} days after receipt (${formatWhen(d.trigger)}); notice due by ${formatWhen(d.due)}; ${d.notified === null ? 'no progress notice was sent' : `the progress notice was sent ${formatWhen(d.notified)}, late`}`,
        ko: (d) =>
          `${d.open ? `${formatWhen(d.at)} 현재 미처리` : `${formatWhen(d.at)} 회신`}, 접수 후 ${d.days}일 경과(${formatWhen(d.trigger)}); ${formatWhen(d.due)}까지 통지 필요; ${d.notified === null ? '처리진행상황 통지 없음' : `처리진행상황 통지(${formatWhen(d.notified)})가 늦음`}`,
      }),
      'note-due': words<{ days: number; trigger: number; due: number }>({
        en: (d) =>
          `${d.days} calendar days after the day of receipt (the day itself not counted) ran out ${formatWhen(d.trigger)}; the notice was due by the end of that working day, ${formatWhen(d.due)}`,
        ko: (d) =>
          `접수일 다음 날부터 ${d.days}일(역일)이 ${formatWhen(d.trigger)}에 경과; 통지는 그 근무일 종료(${formatWhen(d.due)})까지`,
      }),
    },
    messageExamples: {
      'no-notice': {
        open: false,
        at: 1_725_494_400,
        days: 30,
        trigger: 1_725_494_400,
        due: 1_725_494_400,
        notified: 1_725_494_400,
      },
      'note-due': { days: 30, trigger: 1_725_494_400, due: 1_725_494_400 },
    },
  },
  defaults: { days: 30 },
  optionSpecs: {
    days: {
      type: 'number',
      min: 1,
      integer: true,
      description: 'calendar days after the day of receipt that trigger the progress notice',
    },
  },
  create(context) {
    const { calendar, asOf } = context;
    const days = num(context, 'days');
    return {
      check(r: ComplaintRecord) {
        const trigger = progressTrigger(r.receivedAt, days);
        const stop = r.answeredAt ?? asOf;
        if (stop < trigger) return undefined;
        const due = calendar.dayBasedDeadline(trigger, 1);
        const notified = r.progressNotifiedAt ?? null;
        if (notified !== null && notified <= due) return PASS;
        const open = r.answeredAt === null;
        if (notified === null && open && asOf <= due) {
          if (context.probe !== undefined) probeDeadline(context, trigger, due);
          return PENDING;
        }
        const finding: Finding = {
          start: r.receivedAt,
          end: notified,
          deadline: due,
          allowedWorkingSeconds: null,
          elapsedWorkingSeconds: null,
          overWorkingSeconds: notified !== null ? calendar.elapsed(due, notified) : null,
          open,
          messageId: 'no-notice',
          data: { open, at: open ? asOf : r.answeredAt!, days, trigger, due, notified },
          notes: [{ messageId: 'note-due', data: { days, trigger, due } }],
        };
        return finding;
      },
    };
  },
};
