import { countSpec, dutyInstance, DUTY_EXAMPLES, dutyMessages } from './activity-common.js';
import { type RuleDefinition, num } from './shared.js';

/** `activity.complaint-survey`: a complaint-satisfaction survey (민원만족도 조사) in each half of the year. */
export const activityComplaintSurvey: RuleDefinition<'activities'> = {
  meta: {
    id: 'activity.complaint-survey',
    aliases: ['A003', 'complaint-survey'],
    kind: 'activities',
    reads: [],
    title: {
      ko: '민원만족도 조사 연 2회(상·하반기) 실시',
      en: 'Complaint-satisfaction survey twice a year (each half)',
    },
    clause: '연 2회(상 · 하반기) 민원인 민원만족도 조사 실시',
    basis: 'charter',
    severity: 'error',
    threshold: { ko: '상반기·하반기 각 1회 이상', en: 'at least once in each half-year' },
    scope: 'record',
    requires: ['type'],
    messages: dutyMessages('complaint-survey'),
    messageExamples: DUTY_EXAMPLES,
  },
  defaults: { perHalf: 1 },
  optionSpecs: { perHalf: countSpec('surveys held each half-year') },
  create(context) {
    return dutyInstance(context, {
      type: 'complaint-survey',
      span: 'half',
      count: num(context, 'perHalf'),
      publishGraceDays: null,
      regions: null,
    });
  },
};
