/**
 * The number promises, held by every human format at once (table, Markdown, HTML) rather
 * than by the format module alone: 52/54 reads 96.3% in every table, 8/58 is rounded to 13.8%
 * (not cut to 13.7%), each quarter-on-quarter change equals the difference of the two figures
 * printed beside it, and English says "1 working hour". Hand-worked figures: test/format/README.md.
 */
import { describe, expect, it } from 'vitest';
import { daysFromCivil } from '../../src/calendar/kst.js';
import type { AuditResult, RuleSummary } from '../../src/model/result.js';
import { formatHtml } from '../../src/report/html.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatTable } from '../../src/report/table.js';
import { runCli } from '../helpers/cli.js';
import { options, sampleResult } from './factory.js';

function rule(id: string, kind: RuleSummary['kind'], passed: number, violations: number): RuleSummary {
  return {
    id,
    kind,
    severity: 'warning',
    evaluated: passed + violations,
    passed,
    violations,
    pending: 0,
    complianceRate: passed + violations === 0 ? null : passed / (passed + violations),
  };
}

/** Current quarter: 52/54, 8/58, 149/150; previous: 100/100, 58/58, 13/14. */
const RESULT: AuditResult = sampleResult({
  rules: [
    rule('complaint.inquiry', 'complaints', 52, 2),
    rule('payment.four-hours', 'payments', 8, 50),
    rule('payment.hold-notice', 'payments', 149, 1),
  ],
  aggregates: [],
  violations: [],
  previous: {
    period: { from: daysFromCivil(2024, 4, 1), to: daysFromCivil(2024, 6, 30) },
    rules: [
      rule('complaint.inquiry', 'complaints', 100, 0),
      rule('payment.four-hours', 'payments', 58, 0),
      rule('payment.hold-notice', 'payments', 13, 1),
    ],
  },
});

const FORMATS: [string, (lang: 'ko' | 'en') => string][] = [
  ['table', (lang) => formatTable(RESULT, options({ lang, width: 120 }))],
  ['markdown', (lang) => formatMarkdown(RESULT, options({ lang }))],
  ['html', (lang) => formatHtml(RESULT, options({ lang }))],
];

/** Every `a% … b% … ±c%p` on one line of a comparison: the two figures and the change printed beside them. */
function comparisons(text: string): [number, number, number][] {
  const out: [number, number, number][] = [];
  // An HTML table row is a line of its own.
  for (const line of text.split(/\n|<\/tr>/).map((l) => l.replace(/<[^>]+>/g, ' '))) {
    const m = /(\d+\.\d)%[^%\n]*?(\d+\.\d)%[^%\n]*?([+−±])(\d+\.\d)%p/.exec(line);
    if (m) out.push([Number(m[1]), Number(m[2]), (m[3] === '−' ? -1 : 1) * Number(m[4])]);
  }
  return out;
}

describe.each(FORMATS)('%s', (_name, format) => {
  it.each(['ko', 'en'] as const)('%s: 52/54 is 96.3% and 8/58 is 13.8%, never 96.2% or 13.7%', (lang) => {
    const text = format(lang);
    expect(text).toContain('96.3%');
    expect(text).toContain('13.8%');
    expect(text).not.toContain('96.2%');
    expect(text).not.toContain('13.7%');
  });

  it.each(['ko', 'en'] as const)('%s: each quarter change is the difference of the printed figures', (lang) => {
    const rows = comparisons(format(lang));
    // One row per rule with a figure in both quarters.
    expect(rows).toHaveLength(3);
    for (const [previous, current, change] of rows) {
      expect(Math.round((current - previous) * 10) / 10).toBe(change);
    }
    // 13/14 → 149/150 prints 92.9% and 99.3%: +6.4%p (the raw rates differ by 6.48 points).
    expect(rows).toContainEqual([92.9, 99.3, 6.4]);
    expect(rows).toContainEqual([100, 96.3, -3.7]);
    expect(rows).toContainEqual([100, 13.8, -86.2]);
  });
});

describe('English agrees its nouns with the number', () => {
  it('deadline --hours 1 says "1 working hour", and 2 say "2 working hours"', async () => {
    const one = await runCli(['deadline', '2024-09-13 17:00', '--hours', '1', '--lang', 'en']);
    expect(one.stdout).toContain('Allowed       1 working hour (3,600 working seconds; hours-based: 1 day = 8 working hours)\n');
    const two = await runCli(['deadline', '2024-09-13 17:00', '--hours', '2', '--lang', 'en']);
    expect(two.stdout).toContain('Allowed       2 working hours (7,200 working seconds;');
    const day = await runCli(['deadline', '2024-09-13 17:00', '--days', '1', '--lang', 'en']);
    expect(day.stdout).toContain('Allowed       1 day = 8 working hours');
  });
});
