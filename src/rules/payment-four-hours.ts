import type { PaymentRecord } from '../model/records.js';
import { DEADLINE_EXAMPLES, DEADLINE_MESSAGES, HOUR, type RuleDefinition, checkHours, hoursSpec, num } from './shared.js';

/** `payment.four-hours`: a claim paid by PPS (payer `pps`) is paid within 4 working hours; agency-paid claims are not applicable. */
export const paymentFourHours: RuleDefinition<'payments'> = {
  meta: {
    id: 'payment.four-hours',
    aliases: ['P001', 'four-hours'],
    kind: 'payments',
    reads: [],
    title: { ko: '조달물자대금 청구 후 4근무시간 이내 지급', en: 'PPS-paid claims paid within 4 working hours' },
    clause: '조달물자대금 청구 후 4근무시간 이내에 지급되도록 종결업무를 신속하게 처리하겠습니다.',
    basis: 'charter',
    severity: 'error',
    threshold: { ko: '4근무시간', en: '4 working hours' },
    scope: 'record',
    requires: ['paid_at'],
    measure: 'working-time',
    messages: DEADLINE_MESSAGES,
    messageExamples: DEADLINE_EXAMPLES,
  },
  defaults: { hours: 4 },
  optionSpecs: { hours: hoursSpec('working hours allowed from claim to payment') },
  create(context) {
    const allowedSeconds = Math.round(num(context, 'hours') * HOUR);
    return {
      check(r: PaymentRecord) {
        if (r.payer !== 'pps') return undefined;
        return checkHours(context, { start: r.claimedAt, end: r.paidAt, allowedSeconds, action: 'paid' });
      },
    };
  },
};
