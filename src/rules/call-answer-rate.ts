import type { AnyRecord } from '../model/records.js';
import type { AggregateResult } from '../model/rule.js';
import { CLAUSE_ANSWER_RATE, isCallCentreInbound } from './call-common.js';
import { PeriodCounts, type RuleDefinition, num, periodKey, roundRate } from './shared.js';

/** `call.answer-rate`: call-centre answer rate (answered ÷ offered inbound calls) per period ≥ 95%. */
export const callAnswerRate: RuleDefinition<'calls'> = {
  meta: {
    id: 'call.answer-rate',
    aliases: ['T001', 'answer-rate'],
    kind: 'calls',
    reads: [],
    title: { ko: '콜센터 응대율 95% 이상', en: 'Call-centre answer rate of 95% or more' },
    clause: CLAUSE_ANSWER_RATE,
    basis: 'charter',
    severity: 'error',
    threshold: { ko: '기간별 응대율 95% 이상', en: '≥ 95% answered per period' },
    scope: 'aggregate',
    requires: ['answered_at'],
    unit: 'rate',
    chart: { caption: { ko: '콜센터 응대율 (월별)', en: 'Call-centre answer rate per month' } },
    messages: {},
    messageExamples: {},
  },
  defaults: { target: 0.95 },
  optionSpecs: { target: { type: 'number', min: 0, max: 1, description: 'minimum answered ÷ offered, a fraction' } },
  create(context) {
    const target = num(context, 'target');
    const periods = new PeriodCounts(() => ({ answered: 0, offered: 0 }));
    return {
      observe(r: AnyRecord) {
        if (r.kind !== 'calls' || !isCallCentreInbound(r)) return;
        const c = periods.at(periodKey(r.arrivedAt, context.granularity));
        c.offered++;
        if (r.answeredAt !== null) c.answered++;
      },
      finish() {
        const aggregates: AggregateResult[] = periods.entries().map(([period, c]) => ({
          period,
          value: roundRate(c.answered / c.offered),
          target,
          passed: c.answered >= target * c.offered,
          counts: { answered: c.answered, offered: c.offered },
        }));
        return { aggregates };
      },
    };
  },
};
