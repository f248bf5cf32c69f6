/**
 * The pure parts of the workbook reader: cells → text, date systems, the container sniffing of
 * `.xls` look-alikes, the header search and the names of places.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kstInstant } from '../../src/calendar/kst.js';
import { parseTimestamp } from '../../src/ingest/timestamp.js';
import {
  cellText,
  dateCellInstant,
  dateCellText,
  isDateFormat,
  serialText,
  serialToWallClock,
} from '../../src/ingest/xlsx-cells.js';
import { containerOf, unreadableSpreadsheet } from '../../src/ingest/xlsx-sniff.js';
import { findSheetHeader } from '../../src/ingest/xlsx-sheet.js';
import { placeOf, sheetFile } from '../../src/model/place.js';
import { InputError } from '../../src/model/input.js';

const wall = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) => new Date(Date.UTC(y, mo - 1, d, h, mi, s));

describe('date cells', () => {
  it('are the wall-clock time in KST, whatever the machine zone', () => {
    // 2025-03-04 14:05 KST is 05:05 UTC.
    expect(dateCellInstant(wall(2025, 3, 4, 14, 5))).toBe(kstInstant(2025, 3, 4, 14, 5));
    expect(dateCellText(wall(2025, 3, 4, 14, 5), 'yyyy-mm-dd hh:mm')).toBe('2025-03-04 14:05:00');
  });

  it('read back through the timestamp parser to the same instant (any second of 1990–2060)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1) / 1000, max: Date.UTC(2060, 0, 1) / 1000 }), (wallSeconds) => {
        const d = new Date(wallSeconds * 1000);
        expect(parseTimestamp(dateCellText(d, 'yyyy-mm-dd hh:mm:ss'))).toBe(dateCellInstant(d));
      }),
    );
  });

  it('keep a date-only cell a date, and a time-only cell a time of day', () => {
    expect(dateCellText(wall(2025, 3, 4), 'yyyy-mm-dd')).toBe('2025-03-04');
    expect(dateCellText(wall(2025, 3, 4), 'yyyy-mm-dd hh:mm')).toBe('2025-03-04 00:00:00');
    // A date format that hides a time still carries it: the time is kept.
    expect(dateCellText(wall(2025, 3, 4, 9, 30), 'yyyy-mm-dd')).toBe('2025-03-04 09:30:00');
    expect(dateCellText(wall(1899, 12, 30, 14, 5), 'h:mm')).toBe('14:05:00');
    expect(dateCellText(wall(1904, 1, 1, 14, 5), 'h:mm')).toBe('14:05:00');
  });

  it('from serial numbers in both date systems', () => {
    // 45720 is 2025-03-04 in the 1900 system; the 1904 system counts 1462 days fewer.
    expect(serialToWallClock(45720.5, false).toISOString()).toBe('2025-03-04T12:00:00.000Z');
    expect(serialToWallClock(45720.5 - 1462, true).toISOString()).toBe('2025-03-04T12:00:00.000Z');
    expect(cellText({ formula: 'B2+1', result: 45720.25 }, 'yyyy-mm-dd hh:mm', false)).toBe('2025-03-04 06:00:00');
    expect(cellText({ formula: 'B2+1', result: 44258.25 }, 'yyyy-mm-dd hh:mm', true)).toBe('2025-03-04 06:00:00');
  });
});

describe('plain numbers in time columns', () => {
  it("are serial dates of the workbook's date system, left in the General format", () => {
    expect(cellText(45720.5, 'General', false, 'instant')).toBe('2025-03-04 12:00:00');
    expect(cellText(45720.5 - 1462, 'General', true, 'instant')).toBe('2025-03-04 12:00:00');
    expect(cellText(45720, undefined, false, 'date')).toBe('2025-03-04');
    expect(cellText(0.6006944444444444, undefined, true, 'time')).toBe('14:25:00');
    // Not a serial: the number is passed on as text, for the timestamp parser to judge.
    expect(serialText(20250304, 'date', false)).toBeNull();
    expect(serialText(1.5, 'time', false)).toBeNull();
    expect(cellText(20250304, undefined, false, 'date')).toBe('20250304');
    // Outside a time column a number is only a number.
    expect(cellText(45720.5, 'General', false)).toBe('45720.5');
  });
});

describe('cellText', () => {
  it('gives numbers in full, text as written, rich text joined and errors as Excel shows them', () => {
    expect(cellText(119941600, '#,##0', false)).toBe('119941600');
    expect(cellText(0.5, undefined, false)).toBe('0.5');
    expect(cellText('2025. 3. 4. 오후 2:05:00', undefined, false)).toBe('2025. 3. 4. 오후 2:05:00');
    expect(cellText({ richText: [{ text: '조달' }, { text: '청' }] }, undefined, false)).toBe('조달청');
    expect(cellText({ error: '#N/A' }, undefined, false)).toBe('#N/A');
    expect(cellText({ text: '민원-1', hyperlink: 'https://example.invalid' }, undefined, false)).toBe('민원-1');
    expect(cellText(true, undefined, false)).toBe('true');
    expect(cellText(null, undefined, false)).toBe('');
  });

  it('tells date formats from number formats', () => {
    expect(isDateFormat('yyyy"년" m"월" d"일"')).toBe(true);
    expect(isDateFormat('[$-412]AM/PM h:mm')).toBe(true);
    expect(isDateFormat('#,##0"원"')).toBe(false);
    expect(isDateFormat('0.0%')).toBe(false);
    expect(isDateFormat('General')).toBe(false);
    expect(isDateFormat(undefined)).toBe(false);
  });
});

describe('containerOf and the .xls look-alikes', () => {
  it('tells a workbook, a legacy .xls, an HTML table and a CSV apart', () => {
    expect(containerOf(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14]))).toBe('zip');
    expect(containerOf(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBe('ole2');
    expect(containerOf(Buffer.from('\ufeff<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table>'))).toBe('html');
    expect(containerOf(Buffer.from('  <TABLE border=1><TR><TD>민원번호</TD>'))).toBe('html');
    expect(containerOf(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">\n<table>'))).toBe(
      'html',
    );
    expect(containerOf(Buffer.from('\ufeff<html><table>', 'utf16le'))).toBe('html');
    expect(containerOf(Buffer.from('민원번호,접수일시\n1,2025-03-04 09:00\n'))).toBe('text');
    expect(containerOf(Buffer.from('<note>,접수일시\n'))).toBe('text');
  });

  it('gives one line saying what the file is and how to convert it', () => {
    for (const [container, code, what] of [
      ['ole2', 'LEGACY_XLS', 'legacy Excel 97-2003 workbook'],
      ['html', 'HTML_XLS', 'HTML page'],
    ] as const) {
      const err = unreadableSpreadsheet(container, 'c.xls')!;
      expect(err).toBeInstanceOf(InputError);
      expect(err.code).toBe(code);
      expect(err.message).toContain(what);
      expect(err.message).toContain('save it as .xlsx');
      expect(err.message).toContain('CSV UTF-8');
      expect(err.message).not.toContain('\n');
    }
  });
});

describe('findSheetHeader', () => {
  it('skips title rows above the header', () => {
    const h = findSheetHeader(
      [
        { row: 1, fields: ['2025년 1분기 대금지급 현황'] },
        { row: 2, fields: ['', '', '(단위: 원)'] },
        { row: 4, fields: ['청구번호', '청구일시', '지급일시', '금액'] },
      ],
      {},
      'p.xlsx [대금지급]',
    );
    expect(h.kind).toBe('payments');
    expect(h.headerRow).toBe(4);
    expect(h.mapping.map((m) => m.column)).toEqual(['id', 'claimed_at', 'paid_at', 'amount']);
  });

  it('reports the title rows it skipped, and takes --header-line N as the row number', () => {
    const rows = [
      { row: 1, fields: ['2025년 1분기', '대금지급 현황', ''] },
      { row: 3, fields: ['청구번호', '청구일시'] },
      { row: 4, fields: ['P-1', '2025-03-04 09:00'] },
    ];
    expect(findSheetHeader(rows, {}, 'p.xlsx [대금]').skipped).toEqual(['2025년 1분기 대금지급 현황']);
    expect(findSheetHeader(rows, { headerLine: 3 }, 'p.xlsx [대금]')).toMatchObject({
      headerRow: 3,
      skipped: ['2025년 1분기 대금지급 현황'],
    });
    expect(() => findSheetHeader(rows, { headerLine: 2 }, 'p.xlsx [대금]')).toThrow(
      '--header-line 2 is not a non-blank row among the first 20 (they are rows 1, 3, 4)',
    );
    expect(() => findSheetHeader(rows, { headerLine: 4 }, 'p.xlsx [대금]')).toThrow(/cannot tell the kind/);
  });

  it('names the first non-blank row when no row is a header, and an empty sheet as empty', () => {
    expect(() => findSheetHeader([{ row: 1, fields: ['메모', '비고'] }], {}, 'p.xlsx [메모]')).toThrow(
      /p\.xlsx \[메모\]: cannot tell the kind/,
    );
    expect(() => findSheetHeader([], {}, 'p.xlsx [빈 시트]')).toThrow(/the sheet is empty/);
  });
});

describe('placeOf', () => {
  it('names a sheet row by its row number and a CSV line by file:line', () => {
    expect(placeOf(sheetFile('payments.xlsx', '대금지급'), 14)).toBe('payments.xlsx [대금지급] row 14');
    expect(placeOf(sheetFile('<stdin>', 'Sheet1'), 3)).toBe('<stdin> [Sheet1] row 3');
    expect(placeOf('payments.csv', 14)).toBe('payments.csv:14');
    expect(placeOf('payments.xlsx [대금지급]', null)).toBe('payments.xlsx [대금지급]');
  });
});
