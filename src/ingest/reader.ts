/**
 * The reader: a pure core that turns the bytes of one export into records, rejections and
 * warnings (csv-parse's synchronous parser under it), behind thin adapters for a file and stdin.
 *
 * - {@link readHeader} (read-header.ts): from the first bytes, the encoding, the header line, the
 *   delimiter, the column mapping and the kind (or an {@link InputError}).
 * - {@link RowReader}: fed chunk by chunk, calls the sink once per data row, synchronously.
 * - {@link openInput}: opens a path or `-` (stdin) and returns an {@link OpenedInput}.
 * - {@link readText}: the whole pipeline over an in-memory text or byte array (for tests and tools).
 */
import type { OpenedInput, ReadOptions, RowSink } from '../model/input.js';
import type { AnyRecord } from '../model/records.js';
import type { Rejection, Warning } from '../model/result.js';
import { Transcoder } from './encoding.js';
import { INVISIBLE_IN_ID, IdLines } from './ids.js';
import { type RowBuilder, rowBuilder, warnUnreadable } from './rows.js';
import { holdsARecord, physicalLines } from './spans.js';
import { isBlank } from './text.js';
import { rejection, say, warning } from './reasons.js';
import { type CsvApi, NOOP, addCrDelimiter, csvApi, feed } from './csv-core.js';
import { type HeaderInfo, readHeader } from './read-header.js';

/**
 * Streams the rows of one file into a sink. Feed it every byte of the file (header included) with
 * `write`, then call `end`; each data row becomes exactly one `record` or `reject` call.
 */
export class RowReader {
  /** Data rows seen so far (blank lines are not rows). */
  rows = 0;
  private readonly transcoder: Transcoder;
  private readonly api: CsvApi;
  private readonly builder: RowBuilder;
  private readonly width: number;
  private prevEnd = 0;
  private prevEmpty = 0;
  private readonly ids: IdLines | null;
  /** Ids the reader made up for rows without one (`file:line`): never duplicates. */
  private readonly syntheticId: string;
  /** The id column as the header writes it (named in the duplicate-id warning). */
  private readonly idHeader: string;
  private readonly onRecord: (fields: string[]) => void;
  private failed = false;
  /** True once `\r` is a record delimiter of this file's parser. */
  private crDelimits = false;
  /** Rows kept although they span lines (a quoted line break): rows and lines then differ. */
  private readonly multiline = { records: 0, extraLines: 0, first: 0, firstEnd: 0 };

  constructor(
    private readonly header: HeaderInfo,
    private readonly sink: RowSink,
  ) {
    this.transcoder = new Transcoder(header.encoding);
    this.api = csvApi(header.delimiter);
    this.builder = rowBuilder(header.file, header.kind, header.mapping, header.words);
    this.width = header.mapping.length;
    this.ids = header.columns.has('id') ? new IdLines() : null;
    this.syntheticId = `${header.file}:`;
    this.idHeader = header.mapping.find((m) => m.column === 'id')?.header ?? 'id';
    this.onRecord = (fields) => this.row(fields);
    for (const w of header.warnings) sink.warn(w);
  }

  /** Feeds the next bytes of the file. */
  write(chunk: Buffer): void {
    if (this.failed) return;
    const bytes = this.transcoder.write(chunk);
    if (bytes.length > 0) this.parse(bytes, false);
  }

  /** Ends the file; resolves any unterminated row. Returns the row count. */
  end(): number {
    if (!this.failed) {
      const rest = this.transcoder.end();
      if (rest.length > 0) this.parse(rest, false);
      this.parse(undefined, true);
    }
    const m = this.multiline;
    if (m.records > 0) {
      const said = say.multilineRecords(m.records, this.rows, this.rows + m.extraLines, m.first, m.firstEnd);
      this.sink.warn(warning(this.header.file, m.first, said));
    }
    return this.rows;
  }

  private parse(bytes: Buffer | undefined, end: boolean): void {
    // A bare `\r` ends a record too (old Mac exports): from the first chunk that holds one on,
    // and bytes of earlier chunks held back by the parser held none.
    if (this.transcoder.bareCr && !this.crDelimits) {
      this.crDelimits = true;
      addCrDelimiter(this.api);
    }
    const err = this.api.parse(bytes, end, feed(this.onRecord), NOOP) as (Error & { code?: string }) | undefined;
    if (err === undefined) return;
    this.failed = true;
    const line = this.startLine();
    const last = this.api.info.lines;
    this.rows++;
    if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
      this.sink.reject(rejection(this.header.file, line, say.unterminatedQuote(line, last)));
      // Every line the open quote swallowed is a row the user counts: each is rejected too.
      for (let l = line + 1; l <= last; l++) {
        this.rows++;
        this.sink.reject(rejection(this.header.file, l, say.swallowedLine(line, last)));
      }
    } else {
      this.sink.reject(rejection(this.header.file, line, say.csvError(last, err.message)));
    }
  }

  /** The physical line on which the record being parsed started. */
  private startLine(): number {
    return this.prevEnd + 1 + (this.api.info.empty_lines - this.prevEmpty);
  }

  private row(fields: string[]): void {
    const line = this.startLine();
    this.prevEnd = this.api.info.lines;
    this.prevEmpty = this.api.info.empty_lines;
    if (fields.length <= 1 || isBlank(fields[0]!)) {
      let blank = true;
      for (let i = 0; i < fields.length; i++) {
        if (!isBlank(fields[i]!)) {
          blank = false;
          break;
        }
      }
      if (blank) return; // a blank line (or a line of empty cells) is not a row
    }
    if (line <= this.header.headerLine) return; // a title line or the header itself
    this.rows++;
    const file = this.header.file;
    if (this.prevEnd > line && this.spansLines(fields, line, this.prevEnd)) return;
    if (fields.length !== this.width && !this.extraAreEmpty(fields)) {
      if (this.builder.isSummary(fields)) {
        this.summary(line);
        return;
      }
      this.sink.reject(rejection(file, line, say.fieldCount(fields.length, this.width, this.header.delimiter)));
      return;
    }
    if (this.transcoder.suspect && this.badText(fields, line)) return;
    const record = this.builder.build(fields, line);
    if (record === null) {
      if (this.builder.isSummary(fields)) {
        this.summary(line);
        return;
      }
      const b = this.builder;
      this.sink.reject({ ...rejection(file, line, b.said!), column: b.column, value: b.value });
      return;
    }
    if (this.builder.problems !== null) {
      if (this.sink.unreadable) this.sink.unreadable(this.builder.problems, line);
      else warnUnreadable(this.builder.problems, this.sink, this.header.file, line);
    }
    if (this.ids !== null && !record.id.startsWith(this.syntheticId)) this.checkId(record, line);
    this.sink.record(record);
  }

  /**
   * A record read from lines `line`–`last`. A stray quote (wrong field count, or a line inside
   * a value that looks like a row) rejects every non-blank line it covers, each counted as a
   * row; a value with a real line break is kept and counted for the MULTILINE_RECORDS warning.
   * Returns true when it rejected.
   */
  private spansLines(fields: string[], line: number, last: number): boolean {
    const wrongShape = fields.length !== this.width && !this.extraAreEmpty(fields);
    if (!wrongShape && !holdsARecord(fields, this.width, this.header.delimiter)) {
      this.multiline.records++;
      this.multiline.extraLines += last - line;
      if (this.multiline.first === 0) this.multiline.first = line;
      if (this.multiline.firstEnd === 0) this.multiline.firstEnd = last;
      return false;
    }
    const file = this.header.file;
    this.sink.reject(rejection(file, line, say.strayQuote(line, last, wrongShape ? fields.length : null, this.width)));
    const lines = physicalLines(fields, this.header.delimiter);
    const exact = lines.length === last - line + 1;
    for (let l = line + 1; l <= last; l++) {
      if (exact && isBlank(lines[l - line]!)) continue;
      this.rows++;
      this.sink.reject(rejection(file, l, say.swallowedLine(line, last)));
    }
    return true;
  }

  /** A total or subtotal row (합계, 소계 …): counted, never rejected. */
  private summary(line: number): void {
    if (this.sink.summary) this.sink.summary(line);
    else this.sink.warn(warning(this.header.file, line, say.summaryRow()));
  }

  /** True when a row has more fields than the header but the extra ones are all empty (`a,b,,`). */
  private extraAreEmpty(fields: string[]): boolean {
    if (fields.length < this.width) return false;
    for (let i = this.width; i < fields.length; i++) if (!isBlank(fields[i]!)) return false;
    return true;
  }

  /** Rejects a row holding undecodable bytes or NUL (true when it did). */
  private badText(fields: string[], line: number): boolean {
    for (let i = 0; i < fields.length; i++) {
      const v = fields[i]!;
      const bad = v.indexOf('\uFFFD');
      const nul = v.indexOf('\0');
      if (bad < 0 && nul < 0) continue;
      const header = this.header.mapping[i]?.header ?? `column ${i + 1}`;
      const file = this.header.file;
      if (bad >= 0) {
        const said = say.badEncoding(header, v, this.header.encoding.name, this.header.encoding.codec === null);
        this.sink.reject(rejection(file, line, said));
      } else {
        this.sink.reject(rejection(file, line, say.nulByte(header)));
      }
      return true;
    }
    return false;
  }

  private checkId(record: AnyRecord, line: number): void {
    if (INVISIBLE_IN_ID.test(record.id)) {
      this.sink.warn(warning(this.header.file, line, say.invisibleInId(this.idHeader, record.id)));
    }
    const first = this.ids!.firstOrAdd(record.id, line);
    if (first === 0) return;
    this.sink.warn(warning(this.header.file, line, say.duplicateId(this.idHeader, record.id, first)));
  }
}

/** What {@link readText} collected. */
export interface ReadResult {
  header: HeaderInfo;
  rows: number;
  records: AnyRecord[];
  rejections: Rejection[];
  /** Lines of total and subtotal rows (합계, 소계 …). */
  summary: number[];
  warnings: Warning[];
}

/**
 * Reads a whole export held in memory (a string is taken as UTF-8 bytes): the same pipeline as
 * {@link openInput} without I/O. Throws {@link InputError} like it.
 *
 * @example readText('청구번호,청구일시\nP-1,2025-03-04 09:00\n', 'p.csv').records[0]?.id // => 'P-1'
 */
export function readText(text: string | Uint8Array, file: string, options: ReadOptions = {}): ReadResult {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text.buffer, text.byteOffset, text.byteLength);
  const header = readHeader(bytes, true, file, options)!;
  const records: AnyRecord[] = [];
  const rejections: Rejection[] = [];
  const warnings: Warning[] = [];
  const summary: number[] = [];
  const reader = new RowReader(header, {
    summary: (line) => void summary.push(line),
    record: (r) => void records.push(r),
    reject: (r) => void rejections.push(r),
    warn: (w) => void warnings.push(w),
  });
  reader.write(bytes);
  const rows = reader.end();
  return { header, rows, records, rejections, summary, warnings };
}

/** An opened input on top of a header and a way to get the bytes. */
export function openedInput(header: HeaderInfo, bytes: () => AsyncIterable<Buffer>): OpenedInput {
  return {
    file: header.file,
    kind: header.kind,
    encoding: header.encoding.name,
    delimiter: header.delimiter,
    mapping: header.mapping,
    columns: header.columns,
    headerLine: header.headerLine,
    skipped: header.skipped,
    async pump(sink: RowSink): Promise<number> {
      const reader = new RowReader(header, sink);
      for await (const chunk of bytes()) {
        reader.write(chunk);
        sink.read?.(chunk.length);
        const wait = sink.ready?.();
        if (wait !== undefined) await wait;
      }
      return reader.end();
    },
  };
}
