/**
 * Findings as data (issue 11): every rule declares its messages (`meta.messages`) with sample data
 * (`meta.messageExamples`); every message renders in both languages; every message id a finding
 * of a real audit carries is one its rule declares.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/api/audit.js';
import { renderFinding } from '../../src/model/rule.js';
import { DEADLINE_MESSAGES } from '../../src/rules/finding-words.js';
import { RULES } from '../../src/rules/index.js';

const ROOT = resolve(import.meta.dirname, '../..');
const HANGUL = /[\uac00-\ud7a3]/;

describe('meta.messages of every rule', () => {
  it('has sample data for each message and none for a message it does not declare', () => {
    for (const rule of RULES) {
      expect(Object.keys(rule.meta.messageExamples).sort(), rule.meta.id).toEqual(Object.keys(rule.meta.messages).sort());
    }
  });

  it('renders each message in English and Korean from its sample data', () => {
    for (const rule of RULES) {
      for (const [id, data] of Object.entries(rule.meta.messageExamples)) {
        const en = renderFinding(rule.meta.messages, id, data, 'en');
        const ko = renderFinding(rule.meta.messages, id, data, 'ko');
        for (const text of [en, ko]) {
          expect(text.length, `${rule.meta.id} ${id}`).toBeGreaterThan(10);
          expect(text, `${rule.meta.id} ${id}`).not.toMatch(/undefined|NaN|\[object|null/);
        }
        expect(ko, `${rule.meta.id} ${id}`).toMatch(HANGUL);
        expect(en, `${rule.meta.id} ${id}`).not.toBe(ko);
      }
    }
  });

  it('declares the deadline messages in every rule whose source uses the shared deadline checks', () => {
    for (const rule of RULES) {
      const file = resolve(ROOT, 'src/rules', `${rule.meta.id.replace('.', '-')}.ts`);
      const source = readFileSync(file, 'utf8');
      const shared = /\b(checkHours|checkDays)\(/.test(source) || /complaintDeadlineRule\(|complaintOutcome\(/.test(source);
      if (shared)
        expect(Object.keys(rule.meta.messages), rule.meta.id).toEqual(expect.arrayContaining(Object.keys(DEADLINE_MESSAGES)));
    }
  });

  it("words a rule's precondition with a message its meta.messages declare", () => {
    const withPrecondition = RULES.filter((r) => r.precondition);
    expect(withPrecondition.map((r) => r.meta.id)).toContain('contract.standard-days');
    for (const rule of withPrecondition) {
      const pre = rule.precondition!(rule.defaults);
      if (pre === undefined) continue;
      expect(Object.keys(rule.meta.messages), rule.meta.id).toContain(pre.messageId);
      expect(JSON.parse(JSON.stringify(pre.data))).toEqual(pre.data);
      expect(renderFinding(rule.meta.messages, pre.messageId, pre.data, 'ko')).toMatch(HANGUL);
    }
  });

  it('names an unknown message id in the error rather than printing undefined', () => {
    expect(() => renderFinding(RULES[0]!.meta.messages, 'no-such-id', {}, 'en')).toThrow(/no-such-id/);
  });
});

describe('the findings of real audits', () => {
  const runs = [
    {
      cwd: resolve(ROOT, 'fixtures'),
      files: ['complaints.csv', 'payments.csv', 'contracts.csv', 'calls.csv', 'activities.csv'],
      config: 'charter-audit.config.json',
    },
    {
      cwd: resolve(ROOT, 'test/e2e/data'),
      files: ['complaints-law.csv', 'complaints.csv', 'payments.csv', 'contracts.csv', 'calls.csv'],
    },
  ];

  it('carry message ids (and notes) their rule declares, with plain JSON data', async () => {
    const seen = new Set<string>();
    for (const run of runs) {
      const result = await audit(run.files, { cwd: run.cwd, asOf: '2025-09-01', ...(run.config ? { config: run.config } : {}) });
      for (const v of result.violations) {
        const rule = RULES.find((r) => r.meta.id === v.rule)!;
        expect(v.messages).toBe(rule.meta.messages);
        expect(Object.keys(rule.meta.messages), v.rule).toContain(v.messageId);
        for (const n of v.notes ?? []) expect(Object.keys(rule.meta.messages), v.rule).toContain(n.messageId);
        expect(JSON.parse(JSON.stringify(v.data))).toEqual(v.data);
        seen.add(`${v.rule} ${v.messageId}`);
      }
    }
    // The fixtures reach the shared deadline words and the rules' own words alike.
    expect([...seen]).toEqual(
      expect.arrayContaining(['payment.four-hours hours-late', 'complaint.extension invalid', 'call.rings late']),
    );
  });
});
