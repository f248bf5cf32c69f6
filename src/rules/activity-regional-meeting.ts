import { countSpec, dutyInstance, DUTY_EXAMPLES, dutyMessages } from './activity-common.js';
import { type RuleDefinition, num } from './shared.js';

/**
 * `activity.regional-meeting`: every region held at least one meeting (간담회) with agencies and
 * suppliers each year. The regions are the `regions` option, or every region named on a meeting row.
 */
export const activityRegionalMeeting: RuleDefinition<'activities'> = {
  meta: {
    id: 'activity.regional-meeting',
    aliases: ['A001', 'regional-meeting'],
    kind: 'activities',
    reads: [],
    title: {
      ko: '수요기관·조달업체 지역별 간담회 연 1회 이상',
      en: 'Regional meetings with agencies and suppliers, at least once a year',
    },
    clause: '수요기관과 조달업체에 대한 지역별 간담회를 1회 이상 실시하여 고객의견을 수렴',
    basis: 'charter',
    severity: 'warning',
    threshold: { ko: '지역별 연 1회 이상', en: 'at least once a year in each region' },
    scope: 'record',
    requires: ['type', 'department'],
    messages: dutyMessages('regional-meeting'),
    messageExamples: DUTY_EXAMPLES,
  },
  defaults: { regions: [], perYear: 1 },
  optionSpecs: {
    regions: {
      type: 'list',
      description:
        'the regions (지역/지방청, as written in the export) that must hold meetings; empty: every region named on a meeting row of the audit',
    },
    perYear: countSpec('meetings each region holds a year'),
  },
  create(context) {
    return dutyInstance(context, {
      type: 'regional-meeting',
      span: 'year',
      count: num(context, 'perYear'),
      publishGraceDays: null,
      regions: context.options.regions as readonly string[],
    });
  },
};
