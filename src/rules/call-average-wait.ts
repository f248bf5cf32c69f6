import type { AnyRecord } from '../model/records.js';
import type { AggregateResult } from '../model/rule.js';
import { isCallCentreInbound } from './call-common.js';
import { PeriodCounts, type RuleDefinition, num, periodKey } from './shared.js';

/** `call.average-wait`: mean wait of answered inbound call-centre calls per period ≤ 20 s. */
export const callAverageWait: RuleDefinition<'calls'> = {
  meta: {
    id: 'call.average-wait',
    aliases: ['T002', 'average-wait'],
    kind: 'calls',
    reads: [],
    title: { ko: '콜센터 평균 통화대기시간 20초 이내', en: 'Call-centre average wait of 20 seconds or less' },
    clause: '고객의 평균 통화대기시간 20초 이내 달성',
    basis: 'charter',
    severity: 'error',
    threshold: { ko: '기간별 응답 호 평균 대기 20초 이내', en: '≤ 20 s mean wait of answered calls per period' },
    scope: 'aggregate',
    requires: ['answered_at'],
    unit: 'seconds',
    chart: { caption: { ko: '평균 통화대기시간 (월별)', en: 'Average wait per month' } },
    messages: {},
    messageExamples: {},
  },
  defaults: { maxSeconds: 20 },
  optionSpecs: { maxSeconds: { type: 'number', min: 0, description: 'maximum mean wait of answered calls, in seconds' } },
  create(context) {
    const max = num(context, 'maxSeconds');
    const periods = new PeriodCounts(() => ({ answered: 0, waitSeconds: 0 }));
    return {
      observe(r: AnyRecord) {
        if (r.kind !== 'calls' || !isCallCentreInbound(r) || r.answeredAt === null || r.waitSeconds === null) return;
        const c = periods.at(periodKey(r.arrivedAt, context.granularity));
        c.answered++;
        c.waitSeconds += r.waitSeconds;
      },
      finish() {
        const aggregates: AggregateResult[] = periods.entries().map(([period, c]) => ({
          period,
          value: Math.round((c.waitSeconds / c.answered) * 100) / 100,
          target: max,
          passed: c.waitSeconds <= max * c.answered,
          counts: { answered: c.answered, waitSeconds: c.waitSeconds },
        }));
        return { aggregates };
      },
    };
  },
};
