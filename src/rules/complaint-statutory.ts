import type { ComplaintRecord } from '../model/records.js';
import {
  ANSWERED,
  CLAUSE_STATUTORY,
  CLOCK_DEFAULTS,
  CLOCK_FOLLOWS,
  CLOCK_SPECS,
  clockOptions,
  complaintOutcome,
  statutoryBasis,
  COMPLAINT_EXAMPLES,
  COMPLAINT_MESSAGES,
} from './complaint-common.js';
import { type RuleDefinition, num } from './shared.js';

/**
 * `complaint.statutory`: where the export gives `processing_days`, the complaint is done within
 * it — hours-based (D × 8 working hours) for periods under 6 days, day-based from 6 days on.
 */
export const complaintStatutory: RuleDefinition<'complaints'> = {
  meta: {
    id: 'complaint.statutory',
    aliases: ['C004', 'statutory'],
    kind: 'complaints',
    reads: [],
    title: { ko: '법정 민원처리기간 준수', en: 'Statutory processing period (processing_days) met' },
    clause: CLAUSE_STATUTORY,
    basis: 'law',
    severity: 'error',
    threshold: {
      ko: '행별 처리기간: 5일 이하 시간 단위(1일 = 8근무시간), 6일 이상 일 단위',
      en: 'per row: ≤ 5 days counted in hours (1 day = 8 working h), ≥ 6 days counted in working days',
    },
    scope: 'record',
    requires: ['processing_days', 'answered_at'],
    measure: 'working-time',
    messages: COMPLAINT_MESSAGES,
    messageExamples: COMPLAINT_EXAMPLES,
  },
  defaults: { hoursPerDay: 8, dayBasedFrom: 6, ...CLOCK_DEFAULTS },
  optionSpecs: {
    hoursPerDay: { type: 'number', above: 0, max: 24, description: 'working hours per day of an hours-based period' },
    dayBasedFrom: { type: 'number', min: 1, integer: true, description: 'periods of this many days or more are day-based' },
    ...CLOCK_SPECS,
  },
  follows: CLOCK_FOLLOWS,
  create(context) {
    const hoursPerDay = num(context, 'hoursPerDay');
    const dayBasedFrom = num(context, 'dayBasedFrom');
    const clock = clockOptions(context);
    return {
      check(r: ComplaintRecord) {
        const basis = statutoryBasis(r.processingDays, hoursPerDay, dayBasedFrom);
        if (!basis) return undefined;
        return complaintOutcome(context, r, basis, clock, ANSWERED);
      },
    };
  },
};
