import type { PaymentRecord } from '../model/records.js';
import { PASS, PENDING, type Finding } from '../model/rule.js';
import { ARTICLE_IMMEDIATE, IMMEDIATE_HOURS } from './law.js';
import { formatDuration, formatWhen } from '../format/index.js';
import { words } from './finding-words.js';
import { HOUR, type RuleDefinition, hoursSpec, num } from './shared.js';

/**
 * `payment.hold-notice`: a PPS-paid claim not paid within its deadline (or open past it) had its
 * hold reason notified (`hold_notified_at`) "immediately": by the payment deadline, or — with
 * `noticeWithin: "hours"` — within `noticeHours` working hours of the claim (the law reads 즉시
 * as within 3 working hours: {@link IMMEDIATE_HOURS}, the config's `immediateHours`). Claims paid in time are not applicable.
 */
export const paymentHoldNotice: RuleDefinition<'payments'> = {
  meta: {
    id: 'payment.hold-notice',
    aliases: ['P002', 'hold-notice'],
    kind: 'payments',
    reads: [],
    title: { ko: '대금지급 지연 사유 즉시 안내', en: 'Claims not paid in time: hold reason notified immediately' },
    clause: `조달물자 대금지급이 어려운 사유가 있을 경우 즉시 그 사유를 이메일 및 전화 등으로 안내하여 바로 보완할 수 있도록 하겠습니다. / ${ARTICLE_IMMEDIATE}`,
    basis: 'charter',
    severity: 'error',
    threshold: { ko: '지급기한(4근무시간) 이내 안내', en: 'notice by the payment deadline (4 working hours)' },
    scope: 'record',
    requires: ['paid_at', 'hold_notified_at'],
    messages: {
      'no-notice': words<{ open: boolean; at: number; limit: number; due: number; notified: number | null; over: number | null }>(
        {
          en: (d) =>
            `${d.open ? `unpaid at ${formatWhen(d.at)}` : `paid late (${formatWhen(d.at)})`}; notice due within ${formatDuration(d.limit, 'en')} (working time) of the claim, by ${formatWhen(d.due)}; ${d.notified === null ? 'no hold reason was notified' : `the hold reason was notified ${formatWhen(d.notified)}, ${formatDuration(d.over!, 'en')} (working time) late`}`,
          ko: (d) =>
            `${d.open ? `${formatWhen(d.at)} 현재 미지급` : `지연 지급(${formatWhen(d.at)})`}; 청구 후 근무시간 ${formatDuration(d.limit, 'ko')}(${formatWhen(d.due)}까지) 안내 필요; ${d.notified === null ? '지급 지연 사유 안내 없음' : `사유 안내(${formatWhen(d.notified)})가 근무시간 ${formatDuration(d.over!, 'ko')} 늦음`}`,
        },
      ),
    },
    messageExamples: {
      'no-notice': { open: false, at: 1_725_494_400, limit: 14400, due: 1_725_494_400, notified: 1_725_494_400, over: 120 },
    },
  },
  defaults: { hours: 4, noticeWithin: 'deadline', noticeHours: IMMEDIATE_HOURS },
  optionSpecs: {
    hours: hoursSpec('the payment deadline in working hours (follows payment.four-hours.hours unless set)'),
    noticeWithin: {
      type: 'enum',
      values: ['deadline', 'hours'],
      description: '"deadline": notice by the payment deadline; "hours": within noticeHours of the claim',
    },
    noticeHours: hoursSpec(
      'with noticeWithin "hours": working hours from the claim to the notice (즉시: follows the top-level immediateHours unless set)',
      'immediateHours',
    ),
  },
  follows: { hours: { rule: 'payment.four-hours', option: 'hours' } },
  create(context) {
    const { calendar, asOf } = context;
    const allowed = Math.round(num(context, 'hours') * HOUR);
    const byHours = context.options.noticeWithin === 'hours';
    const noticeSeconds = Math.round(num(context, 'noticeHours') * HOUR);
    return {
      check(r: PaymentRecord) {
        if (r.payer !== 'pps') return undefined;
        const stop = r.paidAt ?? asOf;
        const late = calendar.elapsed(r.claimedAt, stop) > allowed;
        if (!late) return r.paidAt === null ? PENDING : undefined;
        const noticeDeadline = calendar.deadline(r.claimedAt, byHours ? noticeSeconds : allowed);
        const notified = r.holdNotifiedAt;
        if (notified !== null && notified <= noticeDeadline) return PASS;
        const open = r.paidAt === null;
        const over = notified !== null ? calendar.elapsed(noticeDeadline, notified) : null;
        const finding: Finding = {
          start: r.claimedAt,
          end: notified,
          deadline: noticeDeadline,
          allowedWorkingSeconds: byHours ? noticeSeconds : allowed,
          elapsedWorkingSeconds: notified !== null ? calendar.elapsed(r.claimedAt, notified) : null,
          overWorkingSeconds: over,
          open,
          messageId: 'no-notice',
          data: {
            open,
            at: open ? asOf : r.paidAt!,
            limit: byHours ? noticeSeconds : allowed,
            due: noticeDeadline,
            notified,
            over,
          },
        };
        return finding;
      },
    };
  },
};
