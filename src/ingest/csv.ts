/**
 * The CSV tokenizer of the reader: decoded text in, one call per record with the physical line
 * it starts on. It reads what csv-parse reads with the reader's options (`relax_quotes`,
 * `relax_column_count`, `\n` and `\r` as record delimiters, empty lines skipped) and gives the
 * same fields, but a line without a quote — nearly every line of a real export — costs one pass
 * of `charCodeAt` and one `slice` per field, where csv-parse copies every byte into a buffer.
 *
 * Quoted records go through a resumable state machine that follows csv-parse's relaxed rules:
 * `""` inside quotes is one `"`; a quote that closes a field and is not followed by the
 * delimiter, a line break or the end is kept with the field's text (`"ab"c` → `"ab"c`); a quote
 * inside an unquoted field is an ordinary character. A quote still open at the end of the text
 * is the only error ({@link UnclosedQuote}).
 */

/** A quoted field opened on `line` is still open at the end of the text, whose last line is `last`. */
export interface UnclosedQuote {
  line: number;
  last: number;
}

const LF = 10;
const CR = 13;
const QUOTE = 34;

/**
 * Splits text fed chunk by chunk into records.
 *
 * @example
 * const rows: string[][] = [];
 * const t = new CsvTokenizer(',', (f) => void rows.push(f));
 * t.write('a,"b,c"\n\nd'); t.end(); // rows => [['a', 'b,c'], ['d']]
 */
export class CsvTokenizer {
  /** 1 + the line breaks read so far: the physical line being read. */
  line = 1;
  private readonly delim: number;
  /** Text of an unfinished line held back from the last chunk (line-at-a-time path only). */
  private carry = '';
  // The state of a record read character by character (it holds a quote, or spans chunks).
  private inRecord = false;
  private record: string[] = [];
  private field = '';
  private quoting = false;
  private recordLine = 0;
  /** The last character read (a line break at the very end does not start another line). */
  private lastChar = 0;

  constructor(
    delimiter: string,
    private readonly onRecord: (fields: string[], line: number) => void,
  ) {
    this.delim = delimiter.charCodeAt(0);
  }

  /** Reads the next chunk of text (line breaks `\r\n` already folded to `\n`). */
  write(text: string): void {
    if (this.carry.length === 0) {
      this.scan(text, false);
      return;
    }
    // Finish the carried line on its own rather than prepend it to the whole chunk (which
    // would copy the chunk to flatten the joined string).
    const carry = this.carry;
    this.carry = '';
    let cut = text.indexOf('\n');
    const cr = text.indexOf('\r');
    if (cr >= 0 && (cut < 0 || cr < cut)) cut = cr;
    if (cut < 0 || carry.indexOf('"') >= 0 || text.lastIndexOf('"', cut) >= 0) {
      this.scan(carry + text, false);
      return;
    }
    this.scan(carry + text.slice(0, cut + 1), false);
    this.scan(text.slice(cut + 1), false);
  }

  /** Ends the text: the last record, or the quote left open. */
  end(): UnclosedQuote | null {
    const s = this.carry;
    this.carry = '';
    this.scan(s, true);
    if (!this.inRecord) return null;
    if (this.quoting) {
      return { line: this.recordLine, last: this.lastChar === LF || this.lastChar === CR ? this.line - 1 : this.line };
    }
    this.record.push(this.field);
    this.finish();
    return null;
  }

  private finish(): void {
    const record = this.record;
    this.record = [];
    this.field = '';
    this.inRecord = false;
    this.quoting = false;
    this.onRecord(record, this.recordLine);
  }

  private scan(s: string, end: boolean): void {
    const n = s.length;
    const delim = this.delim;
    if (n > 0) this.lastChar = s.charCodeAt(n - 1);
    let p = 0;
    if (this.inRecord) p = this.slow(s, 0, end);
    while (p < n) {
      if (p < 0) return;
      // A record starts at p: try it as one line without quotes.
      const fields: string[] = [];
      let a = p;
      let i = p;
      let c = 0;
      for (; i < n; i++) {
        c = s.charCodeAt(i);
        if (c === delim) {
          fields.push(s.slice(a, i));
          a = i + 1;
        } else if (c === LF || c === CR || c === QUOTE) break;
      }
      if (i < n && c !== QUOTE) {
        if (i === p) {
          this.line++; // an empty line is not a record
        } else {
          fields.push(s.slice(a, i));
          this.onRecord(fields, this.line++);
        }
        p = i + 1;
        continue;
      }
      if (i === n && end) {
        fields.push(s.slice(a, i));
        this.onRecord(fields, this.line);
        return;
      }
      if (i === n && n - p < 65536) {
        this.carry = s.slice(p); // most likely a line cut by the chunk: wait for its end
        return;
      }
      // A quote, or a very long line: character by character from the record's start.
      this.inRecord = true;
      this.recordLine = this.line;
      this.record = [];
      this.field = '';
      this.quoting = false;
      p = this.slow(s, p, end);
    }
  }

  /**
   * Continues the record in progress from `p`; returns where the next record starts, or -1
   * when the text ended inside this one (its state kept for the next chunk).
   */
  private slow(s: string, p: number, end: boolean): number {
    const n = s.length;
    const delim = this.delim;
    let seg = p;
    for (; p < n; p++) {
      const c = s.charCodeAt(p);
      if (this.quoting) {
        if (c === QUOTE) {
          if (p + 1 >= n && !end) {
            this.field += s.slice(seg, p);
            this.carry = s.slice(p); // is it `""`? the next chunk tells
            return -1;
          }
          const d = p + 1 < n ? s.charCodeAt(p + 1) : -1;
          if (d === QUOTE) {
            this.field += s.slice(seg, p + 1);
            p++;
            seg = p + 1;
            continue;
          }
          this.field += s.slice(seg, p);
          this.quoting = false;
          if (d === -1 || d === delim || d === LF || d === CR) {
            seg = p + 1;
          } else {
            // relax_quotes: the field goes on unquoted, keeping both quotes as text
            this.field = `"${this.field}`;
            seg = p;
          }
        } else if (c === LF || c === CR) {
          this.line++;
        }
        continue;
      }
      if (c === QUOTE) {
        if (this.field.length === 0 && seg === p) {
          this.quoting = true;
          seg = p + 1;
        }
      } else if (c === delim) {
        this.record.push(this.field + s.slice(seg, p));
        this.field = '';
        seg = p + 1;
      } else if (c === LF || c === CR) {
        this.record.push(this.field + s.slice(seg, p));
        this.line++;
        this.finish();
        return p + 1;
      }
    }
    this.field += s.slice(seg, n);
    return -1;
  }
}
