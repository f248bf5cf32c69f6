/**
 * csv-parse's synchronous core, as every parse here uses it (the header line and the rows alike).
 *
 * One options shape and one record callback keep csv-parse's parse loop monomorphic: parsing the
 * header with other options (csv-parse/sync's defaults) made the row parse of a 1M-row file 17%
 * slower (2.35 → 2.75 CPU s).
 *
 * The record delimiter is `\n` alone: the transcoder folds `\r\n` to `\n`, and csv-parse compares
 * every byte with every record delimiter, so a second one (`\r`) cost ~0.1 CPU s per million
 * rows. The row reader adds `\r` ({@link addCrDelimiter}) once its file turns out to hold a bare one.
 *
 * A finished field becomes its string in place ({@link decodeFieldsInPlace}): the same string
 * csv-parse makes, without the two Buffer views it allocates per field on the way.
 */
import { Parser } from 'csv-parse';

/** The part of csv-parse's internal API the reader drives (csv-parse 6: `parser.api`). */
export interface CsvApi {
  parse(buf: Buffer | undefined, end: boolean, push: (record: string[]) => void, close: () => void): Error | undefined;
  info: { lines: number; empty_lines: number };
  /** The normalised options; `record_delimiter` is read afresh at every byte. */
  options: { record_delimiter: Buffer[]; encoding: BufferEncoding | null };
}

/** csv-parse's field accumulator (its `ResizeableBuffer`): bytes `buf[0, length)` of the field so far. */
interface FieldBuffer {
  buf: Buffer;
  length: number;
  toString(encoding?: BufferEncoding | null): unknown;
}

/** A bare `\r` as a record delimiter. */
const CR = Buffer.from('\r');

/** A callback that does nothing (csv-parse's `close`). */
export const NOOP = (): void => {};

/**
 * A csv-parse core for `delimiter` with the reader's options: `\n` records, relaxed quotes and
 * column counts, empty lines skipped, no BOM handling (the transcoder strips it).
 *
 * @example let n = 0; csvApi(',').parse(Buffer.from('a,b\nc,d\n'), true, feed(() => n++), NOOP); n // => 2
 */
export function csvApi(delimiter: string): CsvApi {
  const parser = new Parser({
    delimiter,
    record_delimiter: ['\n'],
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    bom: false,
  });
  const api = (parser as unknown as { api: CsvApi & { state?: { field?: unknown } } }).api;
  decodeFieldsInPlace(api.state?.field);
  return api;
}

/** Makes `\r` a record delimiter of `api` too (from the next byte it parses on). */
export function addCrDelimiter(api: CsvApi): void {
  api.options.record_delimiter.push(CR);
}

/**
 * csv-parse turns a finished field into a string with `buf.slice(0, length).toString(encoding)`:
 * a Buffer view (`slice`, then `subarray`, then a new `FastBuffer`) per field before the decode —
 * a third of csv-parse's own time on a 9-column file (0.5 of 2.5 CPU s per million rows).
 * `buf.toString(encoding, 0, length)` decodes the same bytes into the same string without the
 * view. Only a text decode is replaced; any other call (csv-parse asks for the raw bytes, no
 * encoding, when it checks a BOM) goes to csv-parse's own method. Returns true when the field
 * buffer had the expected shape and was changed (a csv-parse whose internals moved is left as
 * it is, only slower; test/ingest/csv-core.test.ts fails then).
 *
 * @example decodeFieldsInPlace({ buf: Buffer.from('ab'), length: 1, toString: () => '' }) // => true
 */
export function decodeFieldsInPlace(field: unknown): boolean {
  if (!isFieldBuffer(field)) return false;
  const own = field.toString;
  field.toString = function (this: FieldBuffer, encoding?: BufferEncoding | null): unknown {
    return encoding ? this.buf.toString(encoding, 0, this.length) : own.call(this, encoding);
  };
  return true;
}

function isFieldBuffer(x: unknown): x is FieldBuffer {
  if (typeof x !== 'object' || x === null) return false;
  const f = x as Partial<FieldBuffer>;
  return Buffer.isBuffer(f.buf) && typeof f.length === 'number' && typeof f.toString === 'function';
}

/** Where {@link PUSH} sends the records of the parse under way. */
let receiver: (fields: string[]) => void = NOOP;
/** The one record callback csv-parse is ever given (see {@link csvApi}). */
const PUSH = (fields: string[]): void => receiver(fields);

/**
 * The one record callback, aimed at `to` for the parse about to run.
 *
 * @example csvApi(',').parse(Buffer.from('a\n'), true, feed((r) => console.log(r)), NOOP)
 */
export function feed(to: (fields: string[]) => void): (fields: string[]) => void {
  receiver = to;
  return PUSH;
}

/**
 * The cells of one line of text read as CSV with the reader's options, or null when it is not
 * valid CSV (a quote never closed). The header line and the title lines above it are read so.
 *
 * @example lineCells('"2025년 1월 현황",,합계', ',') // => ['2025년 1월 현황', '', '합계']
 */
export function lineCells(text: string, delimiter: string): string[] | null {
  const rows: string[][] = [];
  const err = csvApi(delimiter).parse(
    Buffer.from(text, 'utf8'),
    true,
    feed((fields) => void rows.push(fields)),
    NOOP,
  );
  return err === undefined ? (rows[0] ?? []) : null;
}
