/**
 * Makes real `.xlsx` files for tests with exceljs's writer, the way an office's Excel holds them:
 * date cells with a date format, numbers as numbers, text as shared strings.
 */
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';

/** A cell to write: text, a number, a date cell ({@link kstCell}), or empty. */
export type CellValue = string | number | boolean | Date | null | { formula: string; result?: unknown } | { richText: { text: string }[] };

/** A date cell: the wall-clock time typed in Excel (read as KST), with its number format. */
export interface DateCell {
  date: Date;
  numFmt: string;
}

export interface SheetSpec {
  name: string;
  rows: (CellValue | DateCell)[][];
}

/**
 * A date cell holding the wall clock `YYYY-MM-DD[ HH:mm[:ss]]` (exceljs writes a Date by its UTC
 * fields, so the machine's zone never enters).
 */
export function kstCell(text: string, numFmt = 'yyyy-mm-dd hh:mm:ss'): DateCell {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (!m) throw new Error(`not a wall-clock time: ${text}`);
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  return { date: new Date(Date.UTC(+y!, +mo! - 1, +d!, +h, +mi, +s)), numFmt };
}

function isDateCell(v: unknown): v is DateCell {
  return typeof v === 'object' && v !== null && 'date' in v && 'numFmt' in v;
}

/** Writes a workbook with these sheets; `date1904` switches it to the 1904 date system. */
export async function writeWorkbook(path: string, sheets: readonly SheetSpec[], options: { date1904?: boolean } = {}): Promise<void> {
  const wb = new ExcelJS.Workbook();
  if (options.date1904) wb.properties.date1904 = true;
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name);
    spec.rows.forEach((cells, r) => {
      const row = ws.getRow(r + 1);
      cells.forEach((v, c) => {
        if (v === null) return;
        const cell = row.getCell(c + 1);
        if (isDateCell(v)) {
          cell.value = v.date;
          cell.numFmt = v.numFmt;
        } else {
          cell.value = v as ExcelJS.CellValue;
        }
      });
      row.commit();
    });
  }
  await wb.xlsx.writeFile(path);
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/;

/**
 * The rows of a CSV export as Excel would hold them after opening it: timestamps become date
 * cells, whole numbers (with or without `,` groups, no leading zero) numbers, the rest text.
 */
export function csvAsSheetRows(csv: string): (CellValue | DateCell)[][] {
  const rows = parse(csv, { relax_column_count: true }) as string[][];
  return rows.map((fields, r) =>
    fields.map((f) => {
      if (r === 0 || f === '') return f === '' ? null : f;
      if (TIMESTAMP.test(f)) return kstCell(f);
      if (/^-?[1-9][\d,]*$/.test(f) && (!f.includes(',') || /^-?\d{1,3}(,\d{3})+$/.test(f))) return Number(f.replace(/,/g, ''));
      return f;
    }),
  );
}
