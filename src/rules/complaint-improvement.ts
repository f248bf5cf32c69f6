import type { ComplaintRecord } from '../model/records.js';
import { complaintPause, isImprovement } from './complaint-common.js';
import { HOUR, type RuleDefinition, checkHours, hoursSpec, num } from './shared.js';

/** `complaint.improvement`: a 조달 서비스 개선의견 (any channel) has its result notified within 3 days = 24 working hours. */
export const complaintImprovement: RuleDefinition<'complaints'> = {
  meta: {
    id: 'complaint.improvement',
    aliases: ['C003', 'improvement'],
    kind: 'complaints',
    reads: [],
    title: { ko: '조달 서비스 개선의견 3일 이내 결과 통보', en: 'Service improvement suggestions: result notified within 3 days' },
    clause: '조달 서비스 개선의견을 본청·품질관리단 및 지방청의 모든 부서에 제출할 경우 3일 이내에 결과를 통보',
    basis: 'charter',
    severity: 'error',
    threshold: { ko: '24근무시간 (3일 × 8시간)', en: '24 working hours (3 days × 8 h)' },
    scope: 'record',
    requires: ['type', 'answered_at'],
  },
  defaults: { hours: 24 },
  optionSpecs: { hours: hoursSpec('working hours allowed from receipt to the result notice') },
  create(context) {
    const allowedSeconds = Math.round(num(context, 'hours') * HOUR);
    return {
      check(r: ComplaintRecord) {
        if (!isImprovement(r)) return undefined;
        return checkHours(context, {
          start: r.receivedAt,
          end: r.answeredAt,
          allowedSeconds,
          pause: complaintPause(r, context.asOf),
          action: { en: 'result notified', ko: '결과 통보' },
        });
      },
    };
  },
};
