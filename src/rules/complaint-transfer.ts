import { probeHours } from './probe.js';
import type { ComplaintRecord } from '../model/records.js';
import { PASS, PENDING, type Finding, type Localized } from '../model/rule.js';
import { ARTICLE_TRANSFER } from './law.js';
import { HOUR, type RuleDefinition, formatDuration, formatWhen, hoursSpec, num } from './shared.js';

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
        const failures: Localized[] = [];
        if (elapsed > allowed) {
          failures.push({
            en: `transferred ${formatWhen(moved)}, ${formatDuration(elapsed - allowed).en} (working time) after the ${formatDuration(allowed).en} limit (due ${formatWhen(transferDue)})`,
            ko: `이송(${formatWhen(moved)})이 기한(근무시간 ${formatDuration(allowed).ko}, ${formatWhen(transferDue)}까지)보다 근무시간 ${formatDuration(elapsed - allowed).ko} 늦음`,
          });
        }
        if (notified === null) {
          if (failures.length === 0 && asOf <= noticeDue) {
            if (context.probe !== undefined) {
              probeHours(context, { start: moved, allowedSeconds: noticeSeconds }, calendar.elapsed(moved, asOf), true);
            }
            return PENDING;
          }
          failures.push({
            en: `the applicant was not notified of the transfer (due ${formatWhen(noticeDue)})`,
            ko: `이송 사실 민원인 통지 없음(${formatWhen(noticeDue)}까지)`,
          });
        } else if (notified > noticeDue) {
          failures.push({
            en: `the transfer was notified ${formatWhen(notified)}, after ${formatWhen(noticeDue)}`,
            ko: `이송 통지(${formatWhen(notified)})가 ${formatWhen(noticeDue)}보다 늦음`,
          });
        }
        if (failures.length === 0) return PASS;
        const to = r.transferredTo ? { en: ` to ${r.transferredTo}`, ko: `(${r.transferredTo})` } : { en: '', ko: '' };
        const finding: Finding = {
          start: r.receivedAt,
          end: moved,
          deadline: transferDue,
          allowedWorkingSeconds: allowed,
          elapsedWorkingSeconds: elapsed,
          overWorkingSeconds: elapsed > allowed ? elapsed - allowed : null,
          open: false,
          message: {
            en: `transfer${to.en}: ${failures.map((f) => f.en).join('; ')}`,
            ko: `이송${to.ko}: ${failures.map((f) => f.ko).join('; ')}`,
          },
          notes: [
            {
              en: `transfer due by ${formatWhen(transferDue)} (${formatDuration(allowed).en} of working time after the receipt); notice to the applicant due by ${formatWhen(noticeDue)} (${formatDuration(noticeSeconds).en} after the transfer)`,
              ko: `이송 기한 ${formatWhen(transferDue)}(접수 후 근무시간 ${formatDuration(allowed).ko}), 민원인 통지 기한 ${formatWhen(noticeDue)}(이송 후 ${formatDuration(noticeSeconds).ko})`,
            },
          ],
        };
        return finding;
      },
    };
  },
};
