import type { ComplaintRecord } from '../model/records.js';
import { ANSWERED, CLAUSE_WEB, complaintPause, isWebPetition } from './complaint-common.js';
import { HOUR, type RuleDefinition, checkHours, hoursSpec, num } from './shared.js';

/** `complaint.petition`: a web 진정·건의 answered within 5 days = 40 working hours (hours-based, 시행령 제19조). */
export const complaintPetition: RuleDefinition<'complaints'> = {
  meta: {
    id: 'complaint.petition',
    aliases: ['C002', 'petition'],
    kind: 'complaints',
    reads: [],
    title: { ko: '인터넷 진정·건의 5일 이내 처리', en: 'Web petitions and suggestions answered within 5 days' },
    clause: CLAUSE_WEB,
    basis: 'charter',
    severity: 'error',
    threshold: { ko: '40근무시간 (5일 × 8시간)', en: '40 working hours (5 days × 8 h)' },
    scope: 'record',
    requires: ['channel', 'type', 'answered_at'],
  },
  defaults: { hours: 40 },
  optionSpecs: { hours: hoursSpec('working hours allowed from receipt to answer') },
  create(context) {
    const allowedSeconds = Math.round(num(context, 'hours') * HOUR);
    return {
      check(r: ComplaintRecord) {
        if (!isWebPetition(r)) return undefined;
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
