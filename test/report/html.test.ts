import { describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/report/html.js';
import { escapeHtml } from '../../src/report/sanitize.js';
import { FORMULA_ID, PREVIOUS, RULE_METAS, SCRIPT_DEPT, options, sampleResult } from './factory.js';

describe('formatHtml', () => {
  const result = sampleResult({ groupBy: 'department', previous: PREVIOUS });
  const html = formatHtml(result, options({ lang: 'ko', limit: null }));

  it('is one self-contained page: no external resource, no script', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="ko">');
    expect(html).not.toMatch(/\ssrc\s*=/i);
    expect(html).not.toMatch(/\shref\s*=/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toMatch(/@import/i);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link|<iframe|<object|<embed|<img/i);
    expect(html).toContain("default-src 'none'");
    // The only "http" is inside the escaped record id, as text.
    const withoutInput = html.split(escapeHtml(FORMULA_ID)).join('');
    expect(withoutInput).not.toMatch(/https?:/i);
  });

  it('escapes every value from the input', () => {
    expect(html).not.toContain(SCRIPT_DEPT);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain(escapeHtml(FORMULA_ID));
    expect(escapeHtml(FORMULA_ID)).toContain('&quot;');
    expect(html).not.toContain('\u001b');
    expect(escapeHtml(`<a href='x'>&</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('draws the charts: compliance by rule, departments, answer rate and wait against targets, monthly trend', () => {
    const svgs = html.match(/<svg /g) ?? [];
    // 2 bar charts + 2 call charts + 2 trend small multiples
    expect(svgs.length).toBe(6);
    expect(html).toContain('규칙별 준수율');
    expect(html).toContain('부서별 위반 건수');
    expect(html).toContain('콜센터 응대율 (월별)');
    expect(html).toContain('평균 통화대기시간 (월별)');
    expect(html).toContain('목표 95.0%');
    expect(html).toContain('목표 20.0초');
    expect(html).toContain('규칙별 월간 준수율 추이');
    expect(html).toContain('<polyline');
  });

  it('puts the charter clause beside each rule’s findings', () => {
    for (const meta of RULE_METAS.filter((m) => result.violations.some((v) => v.rule === m.id))) {
      const at = html.indexOf(`<code>${meta.id}</code> ${escapeHtml(meta.title.ko)} <span class="muted">`);
      expect(at).toBeGreaterThan(0);
      expect(html.indexOf(escapeHtml(meta.clause), at)).toBeGreaterThan(at);
    }
  });

  it('shows the header, the comparison with the previous quarter, the breakdown and rejected rows', () => {
    expect(html).toContain('2024-07-01 ~ 2024-09-30');
    expect(html).toContain('2024-10-01 09:00 KST');
    expect(html).toContain('전 분기 대비');
    expect(html).toContain('+6.4%p'); // 99.3% − 92.9%, the figures printed beside it
    expect(html).toContain('구분별 집계 (부서별)');
    expect(html).toContain('처리하지 못한 행');
    expect(html).toContain('INVALID_TIMESTAMP');
  });

  it('sets lang and English labels with lang en', () => {
    const en = formatHtml(sampleResult(), options({ lang: 'en' }));
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Compliance by rule');
    expect(en).not.toContain('전 분기 대비');
  });

  it('is the same string for the same input (no clock, no randomness)', () => {
    expect(formatHtml(result, options({ lang: 'ko', limit: null }))).toBe(html);
  });

  it('says so when there are no violations and draws no department bars', () => {
    const clean = formatHtml(
      sampleResult({ violations: [], groups: { month: [], quarter: [], department: [] } }),
      options({ lang: 'en' }),
    );
    expect(clean).toContain('No violations.');
  });
});

describe('formatHtml inputs table', () => {
  it('reconciles each input: rows = evaluated + out of period + rejected + total rows', () => {
    // A Korean-Excel export: 6 rows below the header, one of them a 합계 line → 5 evaluated + 1 total row.
    const base = sampleResult();
    const input = { ...base.inputs[0]!, file: '대금지급.csv', rows: 6, evaluated: 5, outOfPeriod: 0, rejected: 0, summary: 1 };
    const html = formatHtml({ ...base, inputs: [input] }, options({ lang: 'ko' }));
    const section = html.slice(html.indexOf('<h2>입력 파일</h2>'));
    expect(section).toContain('<th class="num">합계 행</th>');
    const row = /<tr><td>대금지급\.csv<\/td>.*?<\/tr>/.exec(section)?.[0] ?? '';
    const cells = [...row.matchAll(/<td class="num">([\d,]+)<\/td>/g)].map((m) => Number(m[1]!.replace(/,/g, '')));
    expect(cells).toEqual([6, 5, 0, 0, 1]);
    expect(cells[0]).toBe(cells[1]! + cells[2]! + cells[3]! + cells[4]!);
  });
});
