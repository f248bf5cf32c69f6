import type { AnyRecord } from '../model/records.js';
import type { AggregateResult } from '../model/rule.js';
import { isCallCentreInbound } from './call-common.js';
import { PeriodCounts, type RuleDefinition, num, periodKey, roundRate } from './shared.js';

/**
 * `call.service-level`: the KS call-centre service level — the share of offered inbound
 * call-centre calls answered within 20 s — per period ≥ 80%. Labelled KS, not charter.
 */
export const callServiceLevel: RuleDefinition<'calls'> = {
  meta: {
    id: 'call.service-level',
    aliases: ['T005', 'service-level'],
    kind: 'calls',
    reads: [],
    title: {
      ko: '콜센터 서비스레벨(20초 내 응답률) 80% 이상 (KS)',
      en: 'Call-centre service level: 80% answered within 20 s (KS)',
    },
    clause:
      '정부조달콜센터는 상담문의전화 폭주에도 불구, 상담서비스 품질기준을 KS기준에 맞춰 체계적으로 관리하고 … 그 결과 지난 2009년 6월 국가기관 최초로 ‘서비스 KS인증’을 획득하는 성과를 거두었다.',
    basis: 'KS',
    severity: 'warning',
    threshold: { ko: '기간별 인입 호의 80% 이상 20초 내 응답', en: '≥ 80% of offered calls answered within 20 s per period' },
    scope: 'aggregate',
    requires: ['answered_at'],
    unit: 'rate',
    chart: {},
    messages: {},
    messageExamples: {},
  },
  defaults: { target: 0.8, seconds: 20 },
  optionSpecs: {
    target: { type: 'number', min: 0, max: 1, description: 'minimum share of offered calls answered in time, a fraction' },
    seconds: { type: 'number', min: 0, description: 'answered within this many seconds of waiting' },
  },
  create(context) {
    const target = num(context, 'target');
    const seconds = num(context, 'seconds');
    const periods = new PeriodCounts(() => ({ withinTarget: 0, offered: 0 }));
    return {
      observe(r: AnyRecord) {
        if (r.kind !== 'calls' || !isCallCentreInbound(r)) return;
        const c = periods.at(periodKey(r.arrivedAt, context.granularity));
        c.offered++;
        if (r.answeredAt !== null && r.waitSeconds !== null && r.waitSeconds <= seconds) c.withinTarget++;
      },
      finish() {
        const aggregates: AggregateResult[] = periods.entries().map(([period, c]) => ({
          period,
          value: roundRate(c.withinTarget / c.offered),
          target,
          passed: c.withinTarget >= target * c.offered,
          counts: { withinTarget: c.withinTarget, offered: c.offered },
        }));
        return { aggregates };
      },
    };
  },
};
