import { probeHours } from './probe.js';
import type { ComplaintRecord } from '../model/records.js';
import { PASS, PENDING, type Finding } from '../model/rule.js';
import { ARTICLE_TRANSFER } from './law.js';
import { formatDuration, formatWhen } from '../format/index.js';
import type { Lang } from '../model/rule.js';
import { words } from './finding-words.js';
import { HOUR, type RuleDefinition, hoursSpec, num } from './shared.js';

/** The data of a transfer finding: `late` when moved after the limit (`over` working seconds), and how the applicant was told. */
interface TransferData {
  [key: string]: string | number | boolean | null;
  to: string | null;
  moved: number;
  late: boolean;
  over: number;
  allowed: number;
  transferDue: number;
  notice: 'on-time' | 'none' | 'late';
  notified: number | null;
  noticeDue: number;
}

function transferFailures(d: TransferData, lang: Lang): string {
  const en = lang === 'en';
  const out: string[] = [];
  if (d.late)
    out.push(
      en
        ? `transferred ${formatWhen(d.moved)}, ${formatDuration(d.over, 'en')} (working time) after the ${formatDuration(d.allowed, 'en')} limit (due ${formatWhen(d.transferDue)})`
        : `이송(${formatWhen(d.moved)})이 기한(근무시간 ${formatDuration(d.allowed, 'ko')}, ${formatWhen(d.transferDue)}까지)보다 근무시간 ${formatDuration(d.over, 'ko')} 늦음`,
    );
  if (d.notice === 'none')
    out.push(
      en
        ? `the applicant was not notified of the transfer (due ${formatWhen(d.noticeDue)})`
        : `이송 사실 민원인 통지 없음(${formatWhen(d.noticeDue)}까지)`,
    );
  else if (d.notice === 'late')
    out.push(
      en
        ? `the transfer was notified ${formatWhen(d.notified!)}, after ${formatWhen(d.noticeDue)}`
        : `이송 통지(${formatWhen(d.notified!)})가 ${formatWhen(d.noticeDue)}보다 늦음`,
    );
  return out.join('; ');
}

/**
 * `complaint.transfer` (이송): a complaint passed on to the competent office was transferred
 * within `hours` working hours of its receipt (default 8), and the applicant was notified of the
 * transfer within `noticeHours` working hours of it (default 8: 지체 없이 read as one working day).
 * Complaints without `transferred_at` are not applicable; a transfer whose notice is not yet due at
 * `--as-of` is pending.
 */
export const complaintTransfer: RuleDefinition<'complaints'> = {
  meta: {
    id: 'complaint.transfer',
    aliases: ['C009', 'transfer'],
    kind: 'complaints',
    reads: [],
    title: { ko: '민원문서 이송 기한과 이송 통지', en: 'Transfers (이송): made in time and notified to the applicant' },
    clause: ARTICLE_TRANSFER,
    basis: 'law',
    severity: 'error',
    threshold: {
      ko: '접수 후 8근무시간 이내 이송, 이송 후 8근무시간 이내 통지',
      en: 'transferred within 8 working hours of receipt, notified within 8 working hours of the transfer',
    },
    scope: 'record',
    requires: ['transferred_at', 'transfer_notified_at'],
    messages: {
      transfer: words<TransferData>({
        en: (d) => `transfer${d.to ? ` to ${d.to}` : ''}: ${transferFailures(d, 'en')}`,
        ko: (d) => `이송${d.to ? `(${d.to})` : ''}: ${transferFailures(d, 'ko')}`,
      }),
      'note-limits': words<{ transferDue: number; allowed: number; noticeDue: number; noticeSeconds: number }>({
        en: (d) =>
          `transfer due by ${formatWhen(d.transferDue)} (${formatDuration(d.allowed, 'en')} of working time after the receipt); notice to the applicant due by ${formatWhen(d.noticeDue)} (${formatDuration(d.noticeSeconds, 'en')} after the transfer)`,
        ko: (d) =>
          `이송 기한 ${formatWhen(d.transferDue)}(접수 후 근무시간 ${formatDuration(d.allowed, 'ko')}), 민원인 통지 기한 ${formatWhen(d.noticeDue)}(이송 후 ${formatDuration(d.noticeSeconds, 'ko')})`,
      }),
    },
    messageExamples: {
      transfer: {
        to: '조달청',
        moved: 1_725_494_400,
        late: true,
        over: 600,
        allowed: 28800,
        transferDue: 1_725_494_400,
        notice: 'late',
        notified: 1_725_494_400,
        noticeDue: 1_725_494_400,
      },
      'note-limits': { transferDue: 1_725_494_400, allowed: 28800, noticeDue: 1_725_494_400, noticeSeconds: 10800 },
    },
  },
  defaults: { hours: 8, noticeHours: 8 },
  optionSpecs: {
    hours: hoursSpec('working hours from the receipt to the transfer'),
    noticeHours: hoursSpec('working hours from the transfer to the notice to the applicant'),
  },
  create(context) {
    const { calendar, asOf } = context;
    const allowed = Math.round(num(context, 'hours') * HOUR);
    const noticeSeconds = Math.round(num(context, 'noticeHours') * HOUR);
    return {
      check(r: ComplaintRecord) {
        const moved = r.transferredAt ?? null;
        if (moved === null) return undefined;
        const notified = r.transferNotifiedAt ?? null;
        const elapsed = calendar.elapsed(r.receivedAt, moved);
        const transferDue = calendar.deadline(r.receivedAt, allowed);
        const noticeDue = calendar.deadline(moved, noticeSeconds);
        const late = elapsed > allowed;
        let notice: 'on-time' | 'none' | 'late' = 'on-time';
        if (notified === null) {
          if (!late && asOf <= noticeDue) {
            if (context.probe !== undefined) {
              probeHours(context, { start: moved, allowedSeconds: noticeSeconds }, calendar.elapsed(moved, asOf), true);
            }
            return PENDING;
          }
          notice = 'none';
        } else if (notified > noticeDue) notice = 'late';
        if (!late && notice === 'on-time') return PASS;
        const finding: Finding = {
          start: r.receivedAt,
          end: moved,
          deadline: transferDue,
          allowedWorkingSeconds: allowed,
          elapsedWorkingSeconds: elapsed,
          overWorkingSeconds: elapsed > allowed ? elapsed - allowed : null,
          open: false,
          messageId: 'transfer',
          data: {
            to: r.transferredTo || null,
            moved,
            late,
            over: elapsed - allowed,
            allowed,
            transferDue,
            notice,
            notified,
            noticeDue,
          },
          notes: [{ messageId: 'note-limits', data: { transferDue, allowed, noticeDue, noticeSeconds } }],
        };
        return finding;
      },
    };
  },
};
