/**
 * `--format table --all` at scale (issue 16 item 9): linear in the violations and never a crash
 * (no whole column spread into one call), and a huge cell is capped before it is measured.
 */
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import type { Violation } from '../../src/model/result.js';
import { displayWidth } from '../../src/report/box.js';
import { fitColumns } from '../../src/report/layout.js';
import { formatTable } from '../../src/report/table.js';
import { options, sampleResult } from './factory.js';

function manyViolations(n: number) {
  const base = sampleResult();
  const vs: Violation[] = [];
  for (let i = 0; i < n; i++) {
    const v = base.violations[i % base.violations.length]!;
    vs.push({ ...v, recordId: `R-${i}`, line: i + 2 });
  }
  return sampleResult({ violations: vs });
}

describe('the terminal table at scale', () => {
  it('lists 200,000 violations with --all without throwing, every record once, within the width', () => {
    const result = manyViolations(200_000);
    const text = formatTable(result, options({ lang: 'en', limit: null, width: 100 }));
    const lines = text.split('\n');
    for (const i of [0, 1, 99_999, 199_999]) expect(text).toContain(`│ R-${i} `);
    expect(text.match(/│ R-\d+ /g)).toHaveLength(200_000);
    for (let i = 0; i < lines.length; i += 997) expect(stringWidth(lines[i]!)).toBeLessThanOrEqual(100);
  }, 60_000);

  it('fitColumns takes 300,000 rows (no spread of a column into Math.max)', () => {
    const rows = Array.from({ length: 300_000 }, (_, i) => [`id-${i}`, 'x'.repeat(i % 50)]);
    // 'id-299999' is 9 columns, the longest x-run 49; each plus its padding of 2.
    expect(fitColumns(rows, 80, [1])).toEqual([11, 51]);
  });

  it('caps a 5 MB cell before measuring it: the table stays fast and shows its start', () => {
    const result = sampleResult();
    const huge = `${'가'.repeat(2_500_000)}`;
    const v = { ...result.violations[0]!, recordId: huge, department: huge };
    const t0 = performance.now();
    const text = formatTable(sampleResult({ violations: [v] }), options({ lang: 'ko', limit: null, width: 100 }));
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(text).toContain('가가가가');
    expect(text.length).toBeLessThan(100_000);
    for (const l of text.split('\n')) expect(stringWidth(l)).toBeLessThanOrEqual(100);
  }, 20_000);
});

describe('displayWidth', () => {
  it('agrees with string-width on any mix of report characters, emoji, escapes and controls', () => {
    const pieces = [
      'a',
      'Z',
      ' ',
      '~',
      '조',
      '달',
      'ㄱ',
      '中',
      'Ａ',
      '…',
      '—',
      '─',
      '│',
      'é',
      '\u00a0',
      '©',
      '®',
      '😀',
      '\u001b[31m',
      '\u0301',
      '\t',
      'ｱ',
      '¼',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(displayWidth(text)).toBe(stringWidth(text));
      }),
      { numRuns: 2000 },
    );
  });
});
