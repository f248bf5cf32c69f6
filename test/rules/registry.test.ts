import { describe, expect, it } from 'vitest';
import { COLUMNS } from '../../src/model/records.js';
import { RULES, findRule, ruleNames } from '../../src/rules/index.js';

const SPEC_IDS = [
  'call.answer-rate', 'call.average-wait', 'call.rings', 'call.service-level', 'call.wait-announcement',
  'complaint.delay-notice', 'complaint.extension', 'complaint.improvement', 'complaint.inquiry', 'complaint.petition',
  'complaint.progress-notice', 'complaint.reply-contact', 'complaint.statutory', 'complaint.survey', 'complaint.transfer', 'contract.care-call', 'contract.delivery-request', 'contract.happy-call',
  'contract.standard-days', 'payment.four-hours', 'payment.hold-notice',
];

describe('the rule registry', () => {
  it('holds the 18 rules of SPEC §3 and the 3 of issue 13, sorted by id', () => {
    expect(RULES.map((r) => r.meta.id)).toEqual(SPEC_IDS);
  });

  it('finds rules by id or alias, case-insensitively', () => {
    expect(findRule('payment.four-hours')?.meta.id).toBe('payment.four-hours');
    expect(findRule('P001')?.meta.id).toBe('payment.four-hours');
    expect(findRule('Four-Hours')?.meta.id).toBe('payment.four-hours');
    expect(findRule('no-such-rule')).toBeUndefined();
    expect(new Set(ruleNames().map((n) => n.toLowerCase())).size).toBe(ruleNames().length);
  });

  it.each(RULES.map((r) => [r.meta.id, r] as const))('%s: meta is complete and consistent', (id, rule) => {
    const m = rule.meta;
    expect(id.startsWith(`${m.kind.replace(/s$/, '')}.`)).toBe(true);
    expect(m.title.ko).toMatch(/[가-힣]/);
    expect(m.title.en).not.toBe('');
    expect(m.clause).toMatch(/[가-힣]/);
    expect(m.threshold.ko).not.toBe('');
    for (const c of m.requires) expect(COLUMNS[m.kind] as readonly string[]).toContain(c);
    expect(Object.keys(rule.optionSpecs).sort()).toEqual(Object.keys(rule.defaults).sort());
    expect(m.scope === 'aggregate').toBe(['call.answer-rate', 'call.average-wait', 'call.service-level'].includes(id));
  });

  it('labels the service level as KS and the statutory period as law', () => {
    expect(findRule('call.service-level')?.meta.basis).toBe('KS');
    expect(findRule('complaint.statutory')?.meta.basis).toBe('law');
    for (const id of ['complaint.extension', 'complaint.transfer', 'complaint.progress-notice']) expect(findRule(id)?.meta.basis).toBe('law');
    expect(RULES.filter((r) => r.meta.basis === 'charter')).toHaveLength(16);
  });
});
