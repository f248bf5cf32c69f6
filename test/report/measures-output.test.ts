/**
 * The call-centre per-period measures reach the CSV and NDJSON reports, not only the table,
 * HTML and xlsx (issue 12 item 6); the xlsx names a missing department in --lang ko. The
 * measures are factory.ts's: call.answer-rate 2024-07 0.962 pass, 2024-08 0.931 FAIL
 * (3410 of 3663), 2024-09 0.955 pass, then call.average-wait 14.2 / 19.6 / 12.8 s, all pass.
 */
import { describe, expect, it } from 'vitest';
import { NO_DEPARTMENT } from '../../src/model/result.js';
import { csvMeasureHeaders, formatCsv } from '../../src/report/csv.js';
import { formatByName, renderToString } from '../../src/report/index.js';
import { xlsxTables } from '../../src/report/xlsx.js';
import { options, sampleResult } from './factory.js';

/** The CSV's tables: its lines split at the one empty line. */
function tables(csv: string): string[][] {
  return csv.split('\r\n\r\n').map((t) => t.split('\r\n').filter((l) => l !== ''));
}

describe('CSV: the per-period measures as a second table', () => {
  it('follows the violations after a blank line, one row per measure in engine order', () => {
    const result = sampleResult();
    const [violations, measures] = tables(formatCsv(result, options({ lang: 'en' })));
    expect(violations).toHaveLength(1 + result.violations.length);
    expect(measures![0]).toBe('rule,title,period,value,threshold,verdict,basis');
    expect(measures!.slice(1).map((l) => l.split(',').slice(0, 1).concat(l.split(',').slice(2, 6)))).toEqual([
      ['call.answer-rate', '2024-07', '0.962', '0.95', 'pass'],
      ['call.answer-rate', '2024-08', '0.931', '0.95', 'FAIL'],
      ['call.answer-rate', '2024-09', '0.955', '0.95', 'pass'],
      ['call.average-wait', '2024-07', '14.2', '20', 'pass'],
      ['call.average-wait', '2024-08', '19.6', '20', 'pass'],
      ['call.average-wait', '2024-09', '12.8', '20', 'pass'],
    ]);
    expect(measures![2]).toMatch(/,"answered 3410, offered 3663"$/);
  });

  it('has Korean headers and verdicts in --lang ko, and follows the --group-by breakdown too', () => {
    const [breakdown, measures] = tables(formatCsv({ ...sampleResult(), groupBy: 'month' }, options({ lang: 'ko' })));
    expect(breakdown![0]).toMatch(/^구분 기준,구분,/);
    expect(measures![0]).toBe('규칙,규칙명,기간,실적,기준,판정,산출 근거');
    expect(measures![2]).toContain(',2024-08,0.931,0.95,부적합,');
  });

  it('neutralises a formula in a measure cell like the rest of the CSV', () => {
    const result = sampleResult({
      aggregates: [{ rule: 'call.answer-rate', period: '=1+2', value: 0.5, target: 0.95, passed: false, counts: {} }],
    });
    const [, measures] = tables(formatCsv(result, options({ lang: 'en' })));
    expect(measures![1]).toContain(",'=1+2,");
  });

  it('adds nothing when the audit measured no period', () => {
    const csv = formatCsv(sampleResult({ aggregates: [] }), options({ lang: 'en' }));
    expect(csv).not.toContain('\r\n\r\n');
    expect(csv).not.toContain('threshold');
  });
});

describe('NDJSON: one line per measure after the violations', () => {
  it('types the measure lines "aggregate" and leaves the violation lines as they were', async () => {
    const result = sampleResult();
    const lines = (await renderToString(formatByName('ndjson')!, result, options({ lang: 'en' }))).trimEnd().split('\n');
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const n = result.violations.length;
    expect(lines).toHaveLength(n + result.aggregates.length);
    expect(parsed.slice(0, n).every((v) => !('type' in v) && !('period' in v))).toBe(true);
    expect(parsed.slice(n)).toEqual(result.aggregates.map((a) => ({ type: 'aggregate', ...a })));
    expect(lines[n + 1]).toBe(
      '{"type":"aggregate","rule":"call.answer-rate","period":"2024-08","value":0.931,"target":0.95,"passed":false,"counts":{"answered":3410,"offered":3663}}',
    );
  });
});

describe('xlsx', () => {
  it('has the CSV measure columns on its measures sheet, in either language', () => {
    const en = xlsxTables(sampleResult(), options({ lang: 'en' })).find((t) => t.name === 'Measures')!;
    expect(en.columns.map((c) => c.header)).toEqual([...csvMeasureHeaders('en')]);
    const ko = xlsxTables(sampleResult(), options({ lang: 'ko' })).find((t) => t.name === '기간별 지표')!;
    expect(ko.columns.map((c) => c.header)).toEqual(['규칙', '규칙명', '기간', '실적', '기준', '판정', '산출 근거']);
    expect([...ko.rows][1]![5]).toBe('부적합');
  });

  it('names a missing department (부서 없음) in --lang ko, as the table does', () => {
    const base = sampleResult();
    const row = { ...base.groups.department[0]!, group: NO_DEPARTMENT };
    const result = { ...base, groupBy: 'department' as const, groups: { ...base.groups, department: [row] } };
    const ko = xlsxTables(result, options({ lang: 'ko' })).find((t) => t.name === '구분별 집계')!;
    expect([...ko.rows][0]![1]).toBe('(부서 없음)');
    const en = xlsxTables(result, options({ lang: 'en' })).find((t) => t.name === 'Breakdown')!;
    expect([...en.rows][0]![1]).toBe('(none)');
  });
});
