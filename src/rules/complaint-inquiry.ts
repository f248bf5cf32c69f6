import type { ComplaintRecord } from '../model/records.js';
import { ANSWERED, CLAUSE_WEB, complaintPause, isWebInquiry } from './complaint-common.js';
import { HOUR, type RuleDefinition, checkHours, hoursSpec, num } from './shared.js';

/** `complaint.inquiry`: a web inquiry (인터넷 조달업무 질의) answered within 1 day = 8 working hours. */
export const complaintInquiry: RuleDefinition<'complaints'> = {
  meta: {
    id: 'complaint.inquiry',
    aliases: ['C001', 'inquiry'],
    kind: 'complaints',
    reads: [],
    title: { ko: '인터넷 조달업무 질의 1일(8근무시간) 이내 처리', en: 'Web procurement inquiries answered within 1 day (8 working hours)' },
    clause: CLAUSE_WEB,
    basis: 'charter',
    severity: 'error',
    threshold: { ko: '8근무시간', en: '8 working hours' },
    scope: 'record',
    requires: ['channel', 'type', 'answered_at'],
  },
  defaults: { hours: 8 },
  optionSpecs: { hours: hoursSpec('working hours allowed from receipt to answer') },
  create(context) {
    const allowedSeconds = Math.round(num(context, 'hours') * HOUR);
    return {
      check(r: ComplaintRecord) {
        if (!isWebInquiry(r)) return undefined;
        return checkHours(context, {
          start: r.receivedAt,
          end: r.answeredAt,
          allowedSeconds,
          pause: complaintPause(r, context.asOf),
          action: ANSWERED,
        });
      },
    };
  },
};
