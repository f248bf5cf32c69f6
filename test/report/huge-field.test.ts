/**
 * A huge input value (issue 16 item 7: one 300 MB field): the machine formats keep it as written,
 * the human formats show at most HUMAN_MAX characters of it around a note of how much was cut,
 * and the workbook cell stops at Excel's 32,767 characters. Here the field is 3,000,000
 * characters — the same paths, at test speed.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formatByName, renderToString } from '../../src/report/index.js';
import { HUMAN_MAX, capText } from '../../src/report/sanitize.js';
import { xlsxBytes } from '../../src/report/xlsx.js';
import { CHUSEOK_VIOLATION, options, sampleResult } from './factory.js';

const SIZE = 3_000_000;
const HUGE = `부산${'가'.repeat(SIZE - 4)}끝청`;
const result = () => {
  const base = sampleResult();
  return { ...base, violations: [{ ...CHUSEOK_VIOLATION, department: HUGE }, ...base.violations.slice(1)] };
};

describe('a value of 3,000,000 characters', () => {
  it.each([['json'], ['ndjson'], ['csv']])('is kept whole in --format %s', async (name) => {
    const text = await renderToString(formatByName(name)!, result(), options({ lang: 'en' }));
    expect(text).toContain(HUGE);
  });

  it.each([['table'], ['md'], ['html']])('is cut to its start and end in --format %s', async (name) => {
    const text = await renderToString(formatByName(name)!, result(), options({ lang: 'en', limit: 100 }));
    expect(text.length).toBeLessThan(200_000);
    expect(text).not.toContain('가'.repeat(HUMAN_MAX));
    if (name !== 'table') {
      // The table keeps a department column of 16 at most; Markdown and HTML show the cut note.
      expect(text).toContain(`… (${SIZE - Math.ceil(HUMAN_MAX * 0.55) - Math.floor(HUMAN_MAX * 0.3)} characters cut) …`);
      expect(text).toContain('끝청');
    }
  });

  it("is cut to Excel's 32,767 characters in the workbook", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsxBytes(result(), options({ lang: 'en' }))) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Violations')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const cell = ws.getRow(2).getCell(header.indexOf('department') + 1).value as string;
    expect(cell.length).toBe(32_767);
    expect(cell.startsWith('부산가')).toBe(true);
    expect(cell.endsWith('…')).toBe(true);
  });
});

describe('capText', () => {
  it('keeps a short text, and never splits a surrogate pair', () => {
    expect(capText('abc', 10)).toBe('abc');
    const emoji = '😀'.repeat(30); // 60 UTF-16 units
    const cut = capText(emoji, 20);
    expect(cut).toMatch(/^(😀)+ … \(\d+ characters cut\) … (😀)+$/u);
  });
});
