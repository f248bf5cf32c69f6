import { GRACE_SPEC, countSpec, dutyInstance, DUTY_EXAMPLES, dutyMessages } from './activity-common.js';
import { type RuleDefinition, num } from './shared.js';

/**
 * `activity.customer-survey`: a customer-satisfaction survey (고객만족도 조사) held each year, its
 * results published (published_at) by 90 days after the year's end (31 March) unless configured.
 */
export const activityCustomerSurvey: RuleDefinition<'activities'> = {
  meta: {
    id: 'activity.customer-survey',
    aliases: ['A002', 'customer-survey'],
    kind: 'activities',
    reads: [],
    title: {
      ko: '고객만족도 조사 연 1회 이상 실시 및 결과 공표',
      en: 'Customer-satisfaction survey at least once a year, results published',
    },
    clause: '연 1회 이상 고객만족도 조사 실시 — 고객만족도 조사결과와 이에 따른 개선책을 조달청 인터넷 홈페이지를 통해 공표',
    basis: 'charter',
    severity: 'error',
    threshold: {
      ko: '연 1회 이상, 다음 해 3월 31일까지 공표',
      en: 'once a year or more, published by 31 March of the next year',
    },
    scope: 'record',
    requires: ['type', 'published_at'],
    messages: dutyMessages('customer-survey'),
    messageExamples: DUTY_EXAMPLES,
  },
  defaults: { perYear: 1, publishGraceDays: 90 },
  optionSpecs: { perYear: countSpec('surveys held a year'), publishGraceDays: GRACE_SPEC },
  create(context) {
    return dutyInstance(context, {
      type: 'customer-survey',
      span: 'year',
      count: num(context, 'perYear'),
      publishGraceDays: num(context, 'publishGraceDays'),
      regions: null,
    });
  },
};
