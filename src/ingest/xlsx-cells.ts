/**
 * Workbook cells → the text fields the CSV row builder reads, and the name of a place in a sheet.
 * Pure functions (no I/O, no `TZ`): a date cell holds the wall-clock time the office typed,
 * which is KST, so its calendar fields are read as they are and never shifted by the machine's
 * zone.
 */
import { type Instant, KST_OFFSET_SECONDS, SECONDS_PER_DAY, daysFromCivil, formatDay } from '../calendar/kst.js';

/** Serial day 0 of each date system, as days since 1970-01-01: 1899-12-30 and 1904-01-01. */
const SERIAL_EPOCH_1900 = daysFromCivil(1899, 12, 30);
const SERIAL_EPOCH_1904 = daysFromCivil(1904, 1, 1);
const MS_PER_DAY = SECONDS_PER_DAY * 1000;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * Whether an Excel number format shows a date or a time (letters y m d h s outside quotes and
 * brackets), the same test exceljs applies to plain cells.
 *
 * @example isDateFormat('yyyy-mm-dd hh:mm') // => true
 * @example isDateFormat('#,##0"원"') // => false
 */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const bare = numFmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhsb]/i.test(bare.replace(/General/gi, ''));
}

/** Whether a number format shows a time of day (hours or seconds). */
function showsTime(numFmt: string | undefined): boolean {
  if (!numFmt) return true;
  const bare = numFmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[hs]/i.test(bare) || /AM\/PM|오전\/오후/i.test(numFmt);
}

/**
 * The KST instant of a date cell's wall-clock time, given as exceljs gives it: a `Date` whose
 * UTC fields are the cell's fields. Rounded to the second.
 *
 * @example dateCellInstant(new Date(Date.UTC(2025, 2, 4, 14, 5))) // => 1741064700
 */
export function dateCellInstant(wallClock: Date): Instant {
  return Math.round(wallClock.getTime() / 1000) - KST_OFFSET_SECONDS;
}

/**
 * A serial date number of either date system as exceljs would give it (a `Date` whose UTC fields
 * are the wall clock): for a formula whose cached result is a date.
 *
 * @example serialToWallClock(45720.5, false).toISOString() // => '2025-03-04T12:00:00.000Z'
 * @example serialToWallClock(44258.5, true).toISOString() // => '2025-03-04T12:00:00.000Z'
 */
export function serialToWallClock(serial: number, date1904: boolean): Date {
  const epoch = date1904 ? SERIAL_EPOCH_1904 : SERIAL_EPOCH_1900;
  return new Date(Math.round((serial + epoch) * MS_PER_DAY));
}

/**
 * A date cell as text the timestamp parser reads back to the same KST instant:
 * `YYYY-MM-DD HH:mm:ss`; `YYYY-MM-DD` when the format shows no time and the time is midnight
 * (a date column); `HH:mm:ss` for a time-only cell (serial below 1, a time column).
 *
 * @example dateCellText(new Date(Date.UTC(2025, 2, 4, 14, 5)), 'yyyy-mm-dd hh:mm') // => '2025-03-04 14:05:00'
 * @example dateCellText(new Date(Date.UTC(2025, 2, 4)), 'yyyy-mm-dd') // => '2025-03-04'
 * @example dateCellText(new Date(Date.UTC(1899, 11, 30, 9, 30)), 'h:mm') // => '09:30:00'
 */
export function dateCellText(wallClock: Date, numFmt: string | undefined): string {
  const ms = wallClock.getTime();
  if (Number.isNaN(ms)) return '';
  const wall = Math.round(ms / 1000);
  const day = Math.floor(wall / SECONDS_PER_DAY);
  const s = wall - day * SECONDS_PER_DAY;
  const clock = `${pad2(Math.floor(s / 3600))}:${pad2(Math.floor((s % 3600) / 60))}:${pad2(s % 60)}`;
  if (day === SERIAL_EPOCH_1900 || day === SERIAL_EPOCH_1904) return clock;
  const date = formatDay(day);
  if (s === 0 && !showsTime(numFmt)) return date;
  return `${date} ${clock}`;
}

/** The cell shapes exceljs gives that are objects. */
type CellObject = {
  richText?: readonly { text?: string }[];
  formula?: string;
  sharedFormula?: string;
  result?: unknown;
  error?: string;
  text?: unknown;
  hyperlink?: string;
};

/** What a column holds when it holds time: a whole instant, its date half or its time half. */
export type TimeColumn = 'instant' | 'date' | 'time';

/** The largest serial date Excel has (9999-12-31). */
const MAX_SERIAL = 2_958_465;

/**
 * A plain number in a time column read as the serial date it is (the office left the cell in
 * the General format): in the workbook's date system, as a date cell would be. Null when the
 * number cannot be one (`20250304` stays a number for the timestamp parser to read as text).
 *
 * @example serialText(45720.5, 'instant', false) // => '2025-03-04 12:00:00'
 * @example serialText(0.5, 'time', false) // => '12:00:00'
 * @example serialText(20250304, 'date', false) // => null
 */
export function serialText(n: number, column: TimeColumn, date1904: boolean): string | null {
  if (column === 'time') return n >= 0 && n < 1 ? dateCellText(serialToWallClock(n, date1904), 'hh:mm:ss') : null;
  if (!(n >= 1 && n <= MAX_SERIAL)) return null;
  return dateCellText(serialToWallClock(n, date1904), column === 'date' ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss');
}

/**
 * A cell's value (as exceljs reads it) as the text a CSV export would hold: numbers in full,
 * dates as KST wall-clock text ({@link dateCellText}), rich text joined, a formula's cached
 * result, an error as written (`#N/A`), empty for no value. In a time column (`column`), a plain
 * number is the serial date it stands for ({@link serialText}).
 *
 * @example cellText(3500000, 'General', false) // => '3500000'
 * @example cellText({ richText: [{ text: '조달' }, { text: '청' }] }, undefined, false) // => '조달청'
 * @example cellText({ formula: 'A1+1', result: 45720.5 }, 'yyyy-mm-dd hh:mm', false) // => '2025-03-04 12:00:00'
 */
export function cellText(value: unknown, numFmt: string | undefined, date1904: boolean, column?: TimeColumn): string {
  if (value === null || value === undefined) return '';
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
      if (isDateFormat(numFmt)) return dateCellText(serialToWallClock(value, date1904), numFmt);
      if (!Number.isFinite(value)) return '';
      return (column !== undefined ? serialText(value, column, date1904) : null) ?? String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      return String(value);
  }
  if (value instanceof Date) return dateCellText(value, numFmt);
  const o = value as CellObject;
  if (o.richText !== undefined) return o.richText.map((r) => r.text ?? '').join('');
  if (o.formula !== undefined || o.sharedFormula !== undefined) return cellText(o.result, numFmt, date1904, column);
  if (o.error !== undefined) return o.error;
  if (o.hyperlink !== undefined || o.text !== undefined) return cellText(o.text, numFmt, date1904);
  return '';
}
