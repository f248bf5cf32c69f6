import { describe, expect, it } from 'vitest';
import { COLUMNS } from '../../src/model/records.js';
import { RULES, findRule, ruleNames } from '../../src/rules/index.js';

const SPEC_IDS = [
  'call.answer-rate',
  'call.average-wait',
  'call.rings',
  'call.service-level',
  'call.wait-announcement',
  'complaint.delay-notice',
  'complaint.extension',
  'complaint.improvement',
  'complaint.inquiry',
  'complaint.petition',
  'complaint.progress-notice',
  'complaint.reply-contact',
  'complaint.statutory',
  'complaint.survey',
  'complaint.transfer',
  'contract.care-call',
  'contract.delivery-request',
  'contract.happy-call',
  'contract.standard-days',
  'payment.four-hours',
  'payment.hold-notice',
];

describe('the rule registry', () => {
  it('holds every rule of SPEC §3; ids are unique and sorted', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(ids).toEqual(expect.arrayContaining(SPEC_IDS));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
  });

  it('declares what follows another rule, the config tables read, units and charts consistently', () => {
    const byId = new Map(RULES.map((r) => [r.meta.id, r] as const));
    for (const rule of RULES) {
      for (const [option, from] of Object.entries(rule.follows ?? {})) {
        expect(Object.keys(rule.defaults)).toContain(option);
        expect(Object.keys(byId.get(from.rule)?.defaults ?? {})).toContain(from.option);
        expect(from.rule).not.toBe(rule.meta.id);
      }
      for (const option of Object.keys(rule.configTables ?? {})) expect(rule.optionSpecs[option]?.type).toBe('table');
      // An aggregate has a unit (rate or seconds); only aggregates chart; a record rule has neither.
      expect(rule.meta.unit !== undefined).toBe(rule.meta.scope === 'aggregate');
      if (rule.meta.chart !== undefined) expect(rule.meta.scope).toBe('aggregate');
    }
    expect(findRule('call.average-wait')?.meta.unit).toBe('seconds');
    expect(findRule('call.answer-rate')?.meta.unit).toBe('rate');
    expect(findRule('payment.hold-notice')?.follows).toEqual({ hours: { rule: 'payment.four-hours', option: 'hours' } });
    expect(findRule('contract.standard-days')?.configTables).toEqual({ table: 'standardDays' });
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
    expect(id.startsWith(`${m.kind === 'activities' ? 'activity' : m.kind.replace(/s$/, '')}.`)).toBe(true);
    expect(m.title.ko).toMatch(/[가-힣]/);
    expect(m.title.en).not.toBe('');
    expect(m.title.en).toMatch(/[A-Za-z]/);
    expect(m.clause).toMatch(/[가-힣]/);
    expect(m.threshold.ko).not.toBe('');
    expect(m.threshold.en).not.toBe('');
    expect(['charter', 'KS', 'law']).toContain(m.basis);
    expect(m.aliases.length).toBeGreaterThan(0);
    for (const c of m.requires) expect(COLUMNS[m.kind] as readonly string[]).toContain(c);
    expect(Object.keys(rule.optionSpecs).sort()).toEqual(Object.keys(rule.defaults).sort());
    if (['call.answer-rate', 'call.average-wait', 'call.service-level'].includes(id)) expect(m.scope).toBe('aggregate');
    else if (SPEC_IDS.includes(id)) expect(m.scope).toBe('record');
  });

  it('labels the service level as KS and the statutory period as law', () => {
    expect(findRule('call.service-level')?.meta.basis).toBe('KS');
    expect(findRule('complaint.statutory')?.meta.basis).toBe('law');
    const law = ['complaint.extension', 'complaint.transfer', 'complaint.progress-notice'];
    for (const id of law) expect(findRule(id)?.meta.basis).toBe('law');
    const charter = SPEC_IDS.filter((id) => id !== 'call.service-level' && id !== 'complaint.statutory' && !law.includes(id));
    for (const id of charter) expect(findRule(id)?.meta.basis).toBe('charter');
  });
});
