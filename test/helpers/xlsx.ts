/**
 * Makes real `.xlsx` files for tests with exceljs's writer, the way an office's Excel holds them:
 * date cells with a date format, numbers as numbers, text as shared strings.
 */
import ExcelJS from 'exceljs';
import { crc32, deflateRawSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';

/** A cell to write: text, a number, a date cell ({@link kstCell}), or empty. */
export type CellValue =
  string | number | boolean | Date | null | { formula: string; result?: unknown } | { richText: { text: string }[] };

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
export async function writeWorkbook(
  path: string,
  sheets: readonly SheetSpec[],
  options: { date1904?: boolean; zip?: { compression: 'STORE' | 'DEFLATE' } } = {},
): Promise<void> {
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
  await wb.xlsx.writeFile(path, options.zip ? { zip: options.zip } : undefined);
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

/**
 * Rewrites one part of a workbook written with `compression: 'STORE'` (exceljs's
 * `writeBuffer({ zip: { compression: 'STORE' } })`) and returns it as a deflated zip, as Excel
 * writes them: how tests make the workbooks other writers produce (openpyxl and Apache POI write
 * absolute relationship targets, for one). `edit` returning null leaves the part out.
 */
export function rewriteStoredZip(zip: Buffer, part: string, edit: (text: string) => string | null): Buffer {
  const entries: { name: Buffer; data: Buffer }[] = [];
  let eocd = zip.length - 22;
  while (zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  let at = zip.readUInt32LE(eocd + 16);
  for (let e = zip.readUInt16LE(eocd + 10); e > 0; e--) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.subarray(at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    if (method !== 0) throw new Error(`${name.toString()} is compressed: write the workbook with compression STORE`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    let data = Buffer.from(zip.subarray(start, start + size));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (name.toString() === part) {
      const edited = edit(data.toString('utf8'));
      if (edited === null) continue; // the part is left out
      data = Buffer.from(edited, 'utf8');
    }
    entries.push({ name, data });
  }
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data: raw } of entries) {
    const crc = crc32(raw);
    const data = deflateRawSync(raw);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x0800, 6); // names in UTF-8
    head.writeUInt16LE(8, 8); // deflate
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(data.length, 18);
    head.writeUInt32LE(raw.length, 22);
    head.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(head, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Writes a workbook uncompressed, for {@link rewriteStoredZip}. */
export async function storedWorkbook(sheets: readonly SheetSpec[]): Promise<Buffer> {
  const path = `${process.env.TMPDIR ?? '/tmp'}/charter-audit-stored-${process.pid}-${Date.now()}.xlsx`;
  await writeWorkbook(path, sheets, { zip: { compression: 'STORE' } });
  const { readFileSync, rmSync } = await import('node:fs');
  const bytes = readFileSync(path);
  rmSync(path);
  return bytes;
}
