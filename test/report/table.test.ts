import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { fitColumns, selectViolations, wrapText } from '../../src/report/layout.js';
import { formatTable } from '../../src/report/table.js';
import { PREVIOUS, SCRIPT_DEPT, options, sampleResult } from './factory.js';

const ANSI = /\u001b\[[0-9;]*m/g;
const full = sampleResult({ groupBy: 'department', previous: PREVIOUS });

describe('formatTable', () => {
  for (const width of [100, 80, 60]) {
    for (const lang of ['ko', 'en'] as const) {
      it(`fits ${width} columns with wide Korean text (${lang})`, () => {
        const text = formatTable(full, options({ lang, width, color: true }));
        for (const line of text.split('\n')) expect(stringWidth(line.replace(ANSI, ''))).toBeLessThanOrEqual(width);
      });
    }
  }

  /** The lines of one titled section of the table report. */
  const section = (text: string, title: string): string[] =>
    (text.split('\n\n').find((b) => b.startsWith(title)) ?? '').split('\n');

  for (const width of [100, 80]) {
    for (const lang of ['ko', 'en'] as const) {
      it(`prints one aligned line per rule in the summary (${lang}, ${width} columns)`, () => {
        const text = formatTable(full, options({ lang, width }));
        const lines = section(text, lang === 'ko' ? '규칙별 요약' : 'Summary by rule');
        // heading, column heads, rule line, then exactly one line per rule
        expect(lines[2]).toMatch(/^─+$/);
        const body = lines.slice(3);
        expect(body.map((l) => l.split(' ')[0])).toEqual(full.rules.map((r) => r.id));
        // every verdict starts in the same display column
        const verdicts = lang === 'ko' ? /(적합|부적합|미평가)$/ : /(pass|FAIL|n\/a)$/;
        const starts = body.map((l) => stringWidth(l.slice(0, l.search(verdicts))));
        expect(new Set(starts).size).toBe(1);
      });
    }
  }

  it('cuts long titles and targets with … on a narrow terminal and shows them whole on a wide one', () => {
    const wide = formatTable(full, options({ lang: 'en', width: 160 }));
    expect(wide).toContain('Contract concluded within the standard administrative days');
    const narrow = section(formatTable(full, options({ lang: 'en', width: 80 })), 'Summary by rule');
    expect(narrow.join('\n')).not.toContain('Contract concluded within the standard administrative days');
    expect(narrow.some((l) => l.includes('…'))).toBe(true);
    const ko = section(formatTable(full, options({ lang: 'ko', width: 90 })), '규칙별 요약');
    expect(ko.some((l) => /인터넷 조달업…/.test(l))).toBe(true);
  });

  it('shows the periodic measures as a rule × month matrix with failing months marked', () => {
    const lines = section(formatTable(full, options({ lang: 'en', width: 100 })), 'Measures per period');
    expect(lines[1]).toMatch(/^Rule\s+Target\s+2024-07\s+2024-08\s+2024-09$/);
    expect(lines.slice(3)).toHaveLength(2);
    expect(lines[3]).toMatch(/^call\.answer-rate\s+95\.0%\s+96\.2%\s+✗ 93\.1%\s+95\.5%$/);
    expect(lines[4]).toMatch(/^call\.average-wait\s+20\.0s\s+14\.2s\s+19\.6s\s+12\.8s$/);
  });

  it('lists the measures one line per rule × period when the matrix would not fit', () => {
    const days = Array.from({ length: 30 }, (_, i) => ({
      rule: 'call.answer-rate',
      period: `2024-09-${String(i + 1).padStart(2, '0')}`,
      value: i === 4 ? 0.5 : 0.97,
      target: 0.95,
      passed: i !== 4,
      counts: {},
    }));
    const lines = section(
      formatTable(sampleResult({ aggregates: days }), options({ lang: 'en', width: 100 })),
      'Measures per period',
    );
    expect(lines.slice(3)).toHaveLength(30);
    expect(lines[7]).toMatch(/^call\.answer-rate\s+2024-09-05\s+✗ 50\.0%\s+95\.0%$/);
    for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(100);
  });

  it('has no escape codes at all without colour, and colour codes with it', () => {
    expect(formatTable(full, options({ color: false }))).not.toContain('\u001b');
    const coloured = formatTable(full, options({ color: true }));
    expect(coloured).toMatch(/\u001b\[31m/);
    expect(coloured).toMatch(/\u001b\[32m/);
  });

  it('lets no control character from the input through, even with colour', () => {
    const text = formatTable(full, options({ color: true, limit: null }));
    const withoutOurColours = text.replace(ANSI, '');
    expect(withoutOurColours).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(withoutOurColours).toContain('C-RED--9');
    expect(text).not.toContain(']0;pwned');
    expect(text).not.toContain('\u001b[2J');
  });

  it('shows the summary, measures, worst violations, breakdown, comparison and rejected rows', () => {
    const text = formatTable(full, options({ lang: 'en', width: 140 }));
    expect(text).toContain('Summary by rule');
    expect(text).toMatch(/complaint\.inquiry.*300.*2.*10.*99\.3%.*8 working hours.*FAIL/);
    expect(text).toMatch(/call\.answer-rate.*95\.0%.*✗ 93\.1%/);
    expect(text).toContain('2h 15m late');
    expect(text).toContain('40h late');
    expect(text).toContain('Breakdown (by department)');
    expect(text).toContain(SCRIPT_DEPT);
    expect(text).toContain('Compared with the previous quarter (Previous quarter: 2024-04-01 ~ 2024-06-30)');
    expect(text).toMatch(/complaint\.inquiry.*92\.9% \(20\).*99\.3% \(2\).*\+6\.4%p/);
    expect(text).toContain('2 rejected rows');
    expect(text).toContain('complaints.csv:44 INVALID_TIMESTAMP');
    expect(text).toContain('contract.standard-days: no standard-days table in the config');
  });

  it('labels everything in Korean with lang ko', () => {
    const text = formatTable(full, options({ lang: 'ko', width: 140 }));
    for (const label of [
      '규칙별 요약',
      '기간별 지표',
      '기한 초과가 큰 위반',
      '구분별 집계 (부서별)',
      '전 분기 대비',
      '처리하지 못한 행 2건',
      '2시간 15분 초과',
      '미완료',
    ]) {
      expect(text).toContain(label);
    }
    expect(text).not.toContain('Summary by rule');
  });

  it('shows the worst N first and says how many it left out', () => {
    const text = formatTable(sampleResult(), options({ lang: 'en', limit: 2, width: 140 }));
    expect(text).toContain('showing 2 of 4');
    const worst = text.slice(text.indexOf('Worst violations'));
    expect(worst.indexOf('40h late')).toBeGreaterThan(0);
    expect(worst.indexOf('40h late')).toBeLessThan(worst.indexOf('2h 15m late'));
    expect(worst).not.toContain('30m late');
    expect(worst).not.toContain('1h late');
  });

  it('omits the breakdown and comparison when not asked for', () => {
    const text = formatTable(sampleResult(), options({ lang: 'en' }));
    expect(text).not.toContain('Breakdown');
    expect(text).not.toContain('previous quarter');
  });
});

describe('selectViolations', () => {
  const vs = sampleResult().violations;
  it('keeps engine order without a limit', () => {
    expect(selectViolations(vs, null)).toEqual(vs);
  });
  it('takes the most over first with a limit, ties in engine order', () => {
    expect(selectViolations(vs, 3).map((v) => v.overWorkingSeconds)).toEqual([144_000, 8100, 3600]);
    expect(selectViolations(vs, 0)).toEqual([]);
  });
});

describe('fitColumns and wrapText', () => {
  it('keeps natural widths when they fit, shrinks flexible columns first otherwise', () => {
    expect(fitColumns([['id', 'title']], 20, [1])).toEqual([4, 7]);
    const w = fitColumns([['x'.repeat(30), 'y'.repeat(30), 'z'.repeat(10)]], 60, [1]);
    expect(w.reduce((a, b) => a + b, 0) + 4).toBeLessThanOrEqual(60);
    expect(w[0]).toBe(32);
    expect(w[2]).toBe(12);
  });
  it('wraps by display width, counting Korean as two columns', () => {
    const lines = wrapText('조달청 고객지원센터 민원 처리 결과', 12);
    for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(12);
    expect(lines.join(' ')).toBe('조달청 고객지원센터 민원 처리 결과');
  });
});
