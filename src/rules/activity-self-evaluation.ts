import { GRACE_SPEC, dutyInstance, DUTY_EXAMPLES, dutyMessages } from './activity-common.js';
import { type RuleDefinition, num } from './shared.js';

/**
 * `activity.self-evaluation`: the charter's self-evaluation (조달서비스 이행실태 자체평가) held in
 * every quarter, its results published (published_at) by 30 days after the quarter's end.
 */
export const activitySelfEvaluation: RuleDefinition<'activities'> = {
  meta: {
    id: 'activity.self-evaluation',
    aliases: ['A004', 'self-evaluation'],
    kind: 'activities',
    reads: [],
    title: {
      ko: '조달서비스 이행실태 분기별 자체평가 및 결과 공표',
      en: 'Quarterly self-evaluation of the charter, results published',
    },
    clause: '조달서비스 이행실태를 분기별로 자체 평가하고, 그 결과를 조달청 인터넷 홈페이지를 통해 공표',
    basis: 'charter',
    severity: 'error',
    threshold: { ko: '분기마다 1회, 분기 종료 후 30일 이내 공표', en: 'every quarter, published within 30 days of its end' },
    scope: 'record',
    requires: ['type', 'published_at'],
    messages: dutyMessages('self-evaluation'),
    messageExamples: DUTY_EXAMPLES,
  },
  defaults: { publishGraceDays: 30 },
  optionSpecs: { publishGraceDays: GRACE_SPEC },
  create(context) {
    return dutyInstance(context, {
      type: 'self-evaluation',
      span: 'quarter',
      count: 1,
      publishGraceDays: num(context, 'publishGraceDays'),
      regions: null,
    });
  },
};
