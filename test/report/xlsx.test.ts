/**
 * The auditor's workbook, read back with exceljs: sheets, typed cells (KST date cells, numbers,
 * percent formats, text that stays text), frozen headers, autofilters, widths, determinism.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { kstInstant } from '../../src/calendar/kst.js';
import { formatByName, formatFromExtension } from '../../src/report/index.js';
import { PERCENT_FORMAT, TIME_FORMAT, columnWidths, textWidth, xlsxBytes, xlsxTables } from '../../src/report/xlsx.js';
import { crc32, dosDateTime } from '../../src/report/xlsx-zip.js';
import { CHUSEOK_VIOLATION, ESCAPE_ID, FORMULA_ID, PREVIOUS, options, sampleResult } from './factory.js';

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** The wall clock of a date cell (exceljs gives it as the UTC fields of a Date). */
const wallClock = (d: unknown) => (d as Date).toISOString().slice(0, 19).replace('T', ' ');

describe('the workbook registry entry', () => {
  it('is chosen by -o report.xlsx and by --format xlsx', () => {
    expect(formatFromExtension('q3/report.XLSX')).toBe('xlsx');
    expect(formatByName('xlsx')).toMatchObject({ name: 'xlsx', extensions: ['.xlsx'], binary: true });
  });
});

describe('sheets', () => {
  it('are the summary, violations, measures, comparison (with a previous quarter), rejected rows, warnings, inputs and settings, in --lang', async () => {
    const ko = await readBack(await xlsxBytes(sampleResult({ previous: PREVIOUS }), options({ lang: 'ko' })));
    expect(ko.worksheets.map((w) => w.name)).toEqual([
      '규칙별 요약',
      '위반 내역',
      '기간별 지표',
      '전 분기 대비',
      '처리하지 못한 행',
      '경고',
      '입력 파일',
      '점검 정보',
    ]);
    const en = await readBack(await xlsxBytes(sampleResult({ groupBy: 'month' }), options({ lang: 'en' })));
    expect(en.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Violations',
      'Measures',
      'Breakdown',
      'Rejected rows',
      'Warnings',
      'Inputs',
      'Audit',
    ]);
    expect(en.getWorksheet('Summary')!.getRow(1).getCell(1).value).toBe('Rule');
    expect(ko.getWorksheet('규칙별 요약')!.getRow(1).getCell(1).value).toBe('규칙');
  });

  it('hold violations as typed cells: KST date cells, numbers, text', async () => {
    const wb = await readBack(await xlsxBytes(sampleResult(), options({ lang: 'en' })));
    const ws = wb.getWorksheet('Violations')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const row = ws.getRow(2);
    const cell = (name: string) => row.getCell(header.indexOf(name) + 1);
    expect(cell('record_id').value).toBe(CHUSEOK_VIOLATION.recordId);
    // Received Fri 2024-09-13 17:00 KST: the cell shows that wall clock whatever TZ the test runs in.
    expect(cell('start_kst').type).toBe(ExcelJS.ValueType.Date);
    expect(wallClock(cell('start_kst').value)).toBe('2024-09-13 17:00:00');
    expect(wallClock(cell('deadline_kst').value)).toBe('2024-09-19 17:00:00');
    expect(cell('start_kst').numFmt).toBe(TIME_FORMAT);
    expect(cell('line').value).toBe(2);
    expect(cell('over_working_seconds').type).toBe(ExcelJS.ValueType.Number);
    expect(cell('over_working_seconds').value).toBe(2 * 3600 + 15 * 60);
    expect(cell('elapsed_working_seconds').value).toBe(8 * 3600 + 2 * 3600 + 15 * 60);
    // An open violation has no end: the cell is empty, not a zero date.
    const open = ws.getRow(4);
    expect(open.getCell(header.indexOf('end_kst') + 1).value).toBeNull();
  });

  it('never write a formula: a text starting with = stays text, control characters are dropped', async () => {
    const wb = await readBack(await xlsxBytes(sampleResult(), options({ lang: 'en' })));
    const cells: ExcelJS.Cell[] = [];
    wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((c) => void cells.push(c))));
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
    const ids = cells.filter((c) => typeof c.value === 'string' && c.value.includes('HYPERLINK'));
    expect(ids.map((c) => [c.value, c.type])).toEqual([[FORMULA_ID, ExcelJS.ValueType.String]]);
    expect(cells.some((c) => typeof c.value === 'string' && c.value.includes('\u001b'))).toBe(false);
    expect(cells.some((c) => c.value === ESCAPE_ID.replace(/\u001b\[[0-9;]*m|\u001b\][^\u0007]*\u0007/g, ''))).toBe(true);
  });

  it('write rates as fractions with a percent format, waits as seconds, and the comparison in points', async () => {
    const wb = await readBack(await xlsxBytes(sampleResult({ previous: PREVIOUS }), options({ lang: 'en' })));
    const summary = wb.getWorksheet('Summary')!;
    const rate = summary.getRow(2).getCell(9);
    expect([summary.getRow(2).getCell(1).value, rate.value, rate.numFmt]).toEqual(['call.answer-rate', 2 / 3, PERCENT_FORMAT]);
    const measures = wb.getWorksheet('Measures')!;
    expect([measures.getRow(2).getCell(4).value, measures.getRow(2).getCell(4).numFmt]).toEqual([0.962, PERCENT_FORMAT]);
    expect([
      measures.getRow(5).getCell(1).value,
      measures.getRow(5).getCell(4).value,
      measures.getRow(5).getCell(4).numFmt,
    ]).toEqual(['call.average-wait', 14.2, '0.0"s"']);
    const comparison = wb.getWorksheet('Quarter comparison')!;
    // complaint.inquiry: 260/280 = 92.857 % → 288/290 = 99.310 %: +6.45 percentage points.
    const inquiry = comparison.getRows(2, 5)!.find((r) => r.getCell(1).value === 'complaint.inquiry')!;
    expect(inquiry.getCell(3).value).toBeCloseTo(260 / 280, 10);
    expect(inquiry.getCell(5).value).toBe(6.45);
    expect(inquiry.getCell(3).numFmt).toBe(PERCENT_FORMAT);
  });

  it('have a frozen header, an autofilter over the header, and widths that fit Korean', async () => {
    const wb = await readBack(await xlsxBytes(sampleResult(), options({ lang: 'ko' })));
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBeTruthy();
    }
    const inputs = wb.getWorksheet('입력 파일')!;
    expect(inputs.autoFilter).toBe('A1:J1');
    expect(textWidth('대금지급')).toBe(8);
    const table = xlsxTables(sampleResult(), options({ lang: 'ko' })).find((t) => t.name === '위반 내역')!;
    const dept = table.columns.findIndex((c) => c.header === '부서');
    // The widest department, 부산지방조달청 `계약과` **긴급**, has 12 wide characters and 8 narrow ones: 32 columns, + 2.
    expect(textWidth('부산지방조달청 `계약과` **긴급**')).toBe(32);
    expect(columnWidths(table)[dept]).toBe(34);
    expect(inputs.getColumn(1).width).toBe(
      columnWidths(xlsxTables(sampleResult(), options({ lang: 'ko' })).find((t) => t.name === '입력 파일')!)[0],
    );
  });
});

describe('determinism', () => {
  it('writes the same bytes twice, with the as-of time as the document dates', async () => {
    const a = await xlsxBytes(sampleResult(), options());
    await new Promise((r) => setTimeout(r, 2100)); // the zip clock has 2-second steps
    const b = await xlsxBytes(sampleResult(), options());
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const wb = await readBack(a);
    expect(wallClock(wb.created)).toBe('2024-10-01 09:00:00');
    expect(wallClock(wb.modified)).toBe('2024-10-01 09:00:00');
    const asOf = await readBack(await xlsxBytes(sampleResult({ asOf: kstInstant(2025, 1, 2, 3, 4) }), options()));
    expect(wallClock(asOf.modified)).toBe('2025-01-02 03:04:00');
  });

  it('stamps every zip entry with one DOS time: the as-of wall clock in KST', async () => {
    expect(dosDateTime(2025, 3, 4, 14, 5, 0)).toEqual({ time: (14 << 11) | (5 << 5), date: (45 << 9) | (3 << 5) | 4 });
    const zip = Buffer.from(await xlsxBytes(sampleResult({ asOf: kstInstant(2025, 1, 2, 3, 4) }), options()));
    const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const entries = zip.readUInt16LE(eocd + 10);
    const stamp = dosDateTime(2025, 1, 2, 3, 4, 0);
    const seen: string[] = [];
    for (let at = zip.readUInt32LE(eocd + 16), e = 0; e < entries; e++) {
      expect(zip.readUInt32LE(at)).toBe(0x02014b50);
      expect([zip.readUInt16LE(at + 12), zip.readUInt16LE(at + 14)]).toEqual([stamp.time, stamp.date]);
      const local = zip.readUInt32LE(at + 42);
      expect([zip.readUInt16LE(local + 10), zip.readUInt16LE(local + 12)]).toEqual([stamp.time, stamp.date]);
      seen.push(zip.toString('utf8', at + 46, at + 46 + zip.readUInt16LE(at + 28)));
      at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    }
    expect(seen).toContain('xl/worksheets/sheet1.xml');
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});

describe('streaming', () => {
  it('hands the workbook on in small pieces as it is made, and 20,000 violations read back whole', async () => {
    const violations = Array.from({ length: 20_000 }, (_x, i) => ({
      ...CHUSEOK_VIOLATION,
      line: i + 2,
      recordId: `Q-${String(i + 1).padStart(6, '0')}`,
    }));
    const result = sampleResult({ violations });
    const sizes: number[] = [];
    const parts: Uint8Array[] = [];
    const xlsx = formatByName('xlsx')!;
    if (!('render' in xlsx)) throw new Error('the workbook is a rendered format');
    for await (const chunk of xlsx.render(result, options({ lang: 'en' }))) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      sizes.push(bytes.length);
      parts.push(bytes);
    }
    // Never one buffer of the whole workbook: many pieces, none over 256 KiB.
    expect(sizes.length).toBeGreaterThan(20);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(256 * 1024);
    const wb = await readBack(Buffer.concat(parts));
    const ws = wb.getWorksheet('Violations')!;
    expect(ws.rowCount).toBe(20_001);
    expect(ws.getRow(20_001).getCell(7).value).toBe('Q-020000');
    expect(ws.getRow(20_001).getCell(6).value).toBe(20_001);
  });
});
