/**
 * The I/O adapter for `.xlsx` workbooks: exceljs's streaming WorkbookReader over the file, so
 * memory stays flat in rows. Opening reads each sheet only up to its header (first pass);
 * pumping a sheet streams the workbook again up to that sheet and through its rows (one pass per
 * audited sheet). Every sheet whose header maps to a kind becomes one {@link OpenedInput} named
 * `file [sheet]`; `--sheet NAME|N` picks one.
 */
import type { Readable } from 'node:stream';
import { InputError, type OpenedInput, type ReadOptions, type RowSink } from '../model/input.js';
import type { Warning } from '../model/result.js';
import { warning } from './reasons.js';
import { inputError } from '../messages/errors.js';
import { sheetFile } from '../model/place.js';
import { IncompleteRead, workbookFailure } from './xlsx-failure.js';
import { type TimeColumn, cellText } from './xlsx-cells.js';
import { SHEET_HEADER_ROWS, type SheetHeader, type SheetRow, SheetRows, blankRow, findSheetHeader } from './xlsx-sheet.js';

/** Opens a fresh stream of the workbook's bytes (each pass reads it from the start). */
export type WorkbookSource = () => Readable;

/** The parts of exceljs's streaming reader used here (its typings omit them). */
interface Cell {
  value: unknown;
  numFmt?: string;
}
interface Row {
  number: number;
  eachCell(options: { includeEmpty: boolean }, fn: (cell: Cell, column: number) => void): void;
}
interface SheetReader extends AsyncIterable<Row> {
  name: string;
  /** The sheet's id in the workbook, or the number in its part's name when exceljs could not match it. */
  id: string | number;
  /** The sheet's XML: a generator over the zip entry, or a file stream when exceljs parked it. */
  iterator?: unknown;
}
interface BookReader extends AsyncIterable<SheetReader> {
  model?: { sheets?: { name: string; rId?: string }[] };
  properties?: { model?: { date1904?: boolean } };
  sharedStrings?: unknown;
  workbookRels?: { Id: string; Target: string }[];
}

const READ_OPTIONS = {
  worksheets: 'emit',
  sharedStrings: 'cache',
  styles: 'cache',
  hyperlinks: 'ignore',
  entries: 'ignore',
} as const;

async function bookReader(stream: Readable): Promise<BookReader> {
  const { default: ExcelJS } = await import('exceljs');
  return new ExcelJS.stream.xlsx.WorkbookReader(stream, READ_OPTIONS) as unknown as BookReader;
}

/** The cells of a row as text, column A at index 0; `times` says which columns hold times. */
function rowFields(row: Row, date1904: boolean, times: readonly (TimeColumn | undefined)[] = []): string[] {
  const fields: string[] = [];
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    while (fields.length < column - 1) fields.push('');
    fields[column - 1] = cellText(cell.value, cell.numFmt, date1904, times[column - 1]);
  });
  return fields;
}

/**
 * The temporary-file stream a sheet was parked in (exceljs parks the sheets that come before the
 * shared strings in the zip), or null when the sheet streams straight from the zip.
 */
function parked(sheet: SheetReader): (NodeJS.ReadableStream & { destroy(): void }) | null {
  const it = sheet.iterator as { on?: unknown; destroy?: unknown } | undefined;
  return it !== undefined && typeof it.on === 'function' && typeof it.destroy === 'function'
    ? (it as unknown as NodeJS.ReadableStream & { destroy(): void })
    : null;
}

/**
 * Lets go of a sheet that is not read (further). A parked one is closed (exceljs deletes its file
 * next, and a stream left open would fail on it); one streaming from the zip is left unstarted
 * and the zip reader skips it.
 */
function release(sheet: SheetReader): void {
  const stream = parked(sheet);
  if (stream === null) return;
  stream.on('error', () => {});
  stream.destroy();
}

/**
 * The tab name of a sheet. exceljs matches a sheet part to its name only through a relative
 * target (`worksheets/sheet1.xml`); openpyxl and others write an absolute one
 * (`/xl/worksheets/sheet1.xml`), which leaves the sheet named `Sheet1`: matched here instead.
 */
function sheetName(book: BookReader, sheet: SheetReader): string {
  if (sheet.name !== `Sheet${sheet.id}`) return sheet.name;
  const part = `worksheets/sheet${sheet.id}.xml`;
  const rel = book.workbookRels?.find((r) => r.Target.replace(/^\/?xl\//, '').replace(/^\//, '') === part);
  const named = rel === undefined ? undefined : book.model?.sheets?.find((s) => s.rId === rel.Id);
  return named?.name ?? sheet.name;
}

function date1904Of(book: BookReader): boolean {
  return Boolean(book.properties?.model?.date1904);
}

/** Whether `pick` (a name, or a 1-based position when all digits) names the sheet. */
function picks(pick: string, name: string, position: number): boolean {
  const p = pick.trim();
  if (/^\d+$/.test(p)) return Number(p) === position;
  return p === name || p.normalize('NFC').toLowerCase() === name.trim().normalize('NFC').toLowerCase();
}

function unreadable(file: string, err: unknown): InputError {
  if (err instanceof InputError) return err;
  const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
  const why = workbookFailure(err);
  return inputError('BAD_WORKBOOK', 'INPUT_WORKBOOK', { file, problem: 'bad-workbook', detail: detail ?? '', why }, file);
}

/** One sheet found on the first pass. */
interface Found {
  name: string;
  position: number;
  header: SheetHeader | null;
  error: InputError | null;
}

/**
 * Reads of one workbook tried before giving up. exceljs reads the zip through unzipper, which can
 * end the entry stream before its last small parts (often `xl/workbook.xml`, with the sheet names
 * and the date system) reach the reader; it happens now and then, by timing. A read that missed
 * a part is seen (below) and made again; the rows of a sheet are only ever handed on from a read
 * that has every part it needs.
 */
const ATTEMPTS = 4;

/** The workbook part was read (sheet names, date system): without it no sheet can be trusted. */
function assertComplete(book: BookReader): void {
  if (book.model === undefined || book.properties === undefined) throw new IncompleteRead({ cause: 'workbook-part' });
}

/**
 * An error of exceljs's inside a read whose workbook part never arrived is that part's absence
 * (it fails on the missing sheet list or date system): said as such.
 */
function explained(book: BookReader, err: unknown): unknown {
  if (err instanceof IncompleteRead || err instanceof InputError) return err;
  return book.model === undefined || book.properties === undefined ? new IncompleteRead({ cause: 'workbook-part' }) : err;
}

/** The worksheets the workbook lists (chart sheets and others are not read, so not counted). */
function worksheetCount(book: BookReader): number {
  const rels = book.workbookRels ?? [];
  return (book.model?.sheets ?? []).filter((sh) => rels.some((r) => r.Id === sh.rId && /(^|\/)worksheets\//.test(r.Target)))
    .length;
}

/** The first pass: each sheet's name, position and header (or why it has none). */
async function firstPass(
  file: string,
  source: WorkbookSource,
  options: ReadOptions,
): Promise<{ found: Found[]; names: string[] }> {
  const found: Found[] = [];
  let names: string[] = [];
  let seen = 0;
  const stream = source();
  const book = await bookReader(stream);
  try {
    for await (const sheet of book) {
      assertComplete(book);
      seen++;
      names = (book.model?.sheets ?? []).map((s) => s.name);
      const tab = sheetName(book, sheet);
      const position = names.indexOf(tab) + 1;
      if (options.sheet !== undefined && !picks(options.sheet, tab, position)) {
        release(sheet);
        continue;
      }
      const date1904 = date1904Of(book);
      // A sheet streamed straight from the zip is read to its end (stopping early would leave
      // the rest of it queued in memory); one parked in a temporary file stops at the header.
      const direct = parked(sheet) === null;
      const rows: SheetRow[] = [];
      for await (const row of sheet) {
        if (rows.length >= SHEET_HEADER_ROWS) {
          if (direct) continue;
          break;
        }
        const fields = rowFields(row, date1904);
        if (!blankRow(fields)) rows.push({ row: row.number, fields });
      }
      release(sheet);
      const name = sheetFile(file, tab);
      try {
        found.push({ name: tab, position, header: findSheetHeader(rows, options, name), error: null });
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        found.push({ name: tab, position, header: null, error: err });
      }
    }
    if (seen > 0) assertComplete(book);
    const expected = worksheetCount(book);
    if (seen < expected) throw new IncompleteRead({ cause: 'worksheets', read: seen, expected });
  } catch (err) {
    throw explained(book, err);
  } finally {
    stream.destroy();
  }
  return { found, names };
}

/**
 * Opens a workbook: the sheets to audit, each an {@link OpenedInput} whose `pump` streams its rows.
 * `file` is the name shown; `options.sheet` picks one sheet by name or 1-based position.
 * Errors: `BAD_WORKBOOK`, `UNKNOWN_SHEET`, `NO_SHEET` and the header errors of the picked sheet.
 *
 * @example const [payments] = await openWorkbook('payments.xlsx', () => createReadStream(path), {});
 */
export async function openWorkbook(file: string, source: WorkbookSource, options: ReadOptions): Promise<OpenedInput[]> {
  let pass: { found: Found[]; names: string[] } | null = null;
  for (let attempt = 1; pass === null; attempt++) {
    try {
      pass = await firstPass(file, source, options);
    } catch (err) {
      if (err instanceof InputError || attempt >= ATTEMPTS) throw unreadable(file, err);
    }
  }
  const { found, names } = pass;
  found.sort((a, b) => a.position - b.position);
  if (options.sheet !== undefined) {
    const picked = found[0];
    if (picked === undefined) {
      const position = /^\d+$/.test(options.sheet.trim());
      throw inputError(
        'UNKNOWN_SHEET',
        'INPUT_WORKBOOK',
        { file, problem: 'unknown-sheet', sheet: options.sheet, position, names },
        file,
      );
    }
    if (picked.error !== null) throw picked.error;
  }
  const audited = found.filter((f) => f.header !== null);
  if (audited.length === 0) {
    const first = found.find((f) => f.error?.code !== 'EMPTY_SHEET') ?? found[0];
    if (first?.error && found.length === 1) throw first.error;
    const error = first?.error ?? null;
    const said = error?.said;
    const cause =
      error === null ? null : said?.code === 'INPUT_HEADER' || said?.code === 'INPUT_WORKBOOK' ? said : { text: error.message };
    throw inputError('NO_SHEET', 'INPUT_WORKBOOK', { file, problem: 'no-sheet', rows: SHEET_HEADER_ROWS, names, cause }, file);
  }
  const skipped: Warning[] = found
    .filter((f) => f.header === null)
    .map((f) => warning(file, null, { code: 'SHEET_SKIPPED', data: { sheet: f.name, rows: SHEET_HEADER_ROWS } }));
  return audited.map((f, i) => sheetInput(f.name, f.header!, source, i === 0 ? skipped : []));
}

/** Streams the rows of one sheet into `rows`; throws {@link IncompleteRead} when the sheet was not reached. */
async function pumpOnce(
  sheet: string,
  header: SheetHeader,
  source: WorkbookSource,
  rows: SheetRows,
  sink: RowSink,
): Promise<void> {
  const stream = source();
  const book = await bookReader(stream);
  try {
    for await (const ws of book) {
      assertComplete(book);
      if (sheetName(book, ws) !== sheet) {
        release(ws);
        continue;
      }
      const date1904 = date1904Of(book);
      for await (const row of ws) {
        rows.row(rowFields(row, date1904, header.times), row.number);
        // The report's writer may ask to wait (NDJSON back-pressure) before the next row.
        const wait = sink.ready?.();
        if (wait !== undefined) await wait;
      }
      return;
    }
    throw new IncompleteRead({ cause: 'sheet', sheet });
  } catch (err) {
    throw explained(book, err);
  } finally {
    stream.destroy();
  }
}

function sheetInput(sheet: string, header: SheetHeader, source: WorkbookSource, notes: readonly Warning[]): OpenedInput {
  return {
    file: header.file,
    kind: header.kind,
    encoding: 'xlsx',
    delimiter: '',
    mapping: header.mapping,
    columns: header.columns,
    headerLine: header.headerRow,
    skipped: header.skipped,
    async pump(sink: RowSink): Promise<number> {
      for (const w of notes) sink.warn(w);
      const rows = new SheetRows(header, sink);
      for (let attempt = 1; ; attempt++) {
        try {
          await pumpOnce(sheet, header, source, rows, sink);
          return rows.rows;
        } catch (err) {
          // Read again only while no row has been handed on (so none is counted twice).
          if (err instanceof InputError || rows.rows > 0 || attempt >= ATTEMPTS) throw unreadable(header.file, err);
        }
      }
    },
  };
}
