import type { ComplaintRecord } from '../model/records.js';
import { PASS } from '../model/rule.js';
import { formatWhen } from '../format/index.js';
import { words } from './finding-words.js';
import { type RuleDefinition, missingFinding } from './shared.js';

/** `complaint.survey`: each answered complaint got a satisfaction survey (`surveyed_at`). */
export const complaintSurvey: RuleDefinition<'complaints'> = {
  meta: {
    id: 'complaint.survey',
    aliases: ['C007', 'survey'],
    kind: 'complaints',
    reads: [],
    title: { ko: '민원처리 건별 만족도 조사', en: 'Satisfaction survey for each completed complaint' },
    clause: '민원처리 건별로 민원인 만족도 조사',
    basis: 'charter',
    severity: 'warning',
    threshold: { ko: '처리 완료 건 전부', en: 'every completed complaint' },
    scope: 'record',
    requires: ['answered_at', 'surveyed_at'],
    messages: {
      'no-survey': words<{ answered: number }>({
        en: (d) => `answered ${formatWhen(d.answered)} but no satisfaction survey was recorded`,
        ko: (d) => `${formatWhen(d.answered)} 회신, 만족도 조사 기록 없음`,
      }),
    },
    messageExamples: { 'no-survey': { answered: 1_725_494_400 } },
  },
  defaults: {},
  optionSpecs: {},
  create() {
    return {
      check(r: ComplaintRecord) {
        if (r.answeredAt === null) return undefined;
        if (r.surveyedAt !== null) return PASS;
        return missingFinding(r.receivedAt, r.answeredAt, 'no-survey', { answered: r.answeredAt });
      },
    };
  },
};
