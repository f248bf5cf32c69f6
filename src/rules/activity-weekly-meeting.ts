import { dutyInstance, DUTY_EXAMPLES, dutyMessages } from './activity-common.js';
import type { RuleDefinition } from './shared.js';

/**
 * `activity.weekly-meeting`: improvement items go to the weekly customer-satisfaction meeting
 * (주간고객만족회의), so every ISO week (Monday–Sunday) with a working day has one; with
 * `weeks: "every"`, every week does.
 */
export const activityWeeklyMeeting: RuleDefinition<'activities'> = {
  meta: {
    id: 'activity.weekly-meeting',
    aliases: ['A005', 'weekly-meeting'],
    kind: 'activities',
    reads: [],
    title: {
      ko: '개선요구사항 주간고객만족회의 상정 (매주)',
      en: 'Improvement items taken to the weekly customer-satisfaction meeting, every week',
    },
    clause:
      '고객의 불편사항, 건의·개선요구 사항을 제도개선과제로 발굴하여 주간고객만족회의 및 민원제도개선 실무회의에 상정하여 개선조치',
    basis: 'charter',
    severity: 'warning',
    threshold: { ko: '근무일이 있는 주마다 1회', en: 'once in every week with a working day' },
    scope: 'record',
    requires: ['type'],
    messages: dutyMessages('weekly-meeting'),
    messageExamples: DUTY_EXAMPLES,
  },
  defaults: { weeks: 'working' },
  optionSpecs: {
    weeks: {
      type: 'enum',
      values: ['working', 'every'],
      description: 'which ISO weeks need a meeting: "working" (a week with a working day) or "every" week',
    },
  },
  create(context) {
    return dutyInstance(context, {
      type: 'weekly-meeting',
      span: 'week',
      count: 1,
      publishGraceDays: null,
      regions: null,
      workingWeeksOnly: context.options.weeks !== 'every',
    });
  },
};
