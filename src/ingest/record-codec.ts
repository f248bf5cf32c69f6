/**
 * Records in compact batches for the trip from a worker thread to the main thread: what a
 * reader's sink received — records, rejections, warnings, total rows, unreadable cells — in
 * order, with the records in columns (numbers in a Float64Array, strings as indexes into the
 * batch's table of distinct strings, yes/no in an Int8Array) whose buffers are transferred, not
 * copied. The main thread turns them back into records of the same shape the sequential reader
 * makes (record-shape.ts) at ~0.1 µs a record; as JSON text they cost ~1 µs to parse, which
 * made the main thread the bottleneck of a parallel read.
 *
 * A record that does not fit the columns (an unreadable cell, an unexpected value) travels
 * whole among the other events, in its place. Pure: no I/O, no threads.
 */
import type { Kind } from '../model/records.js';
import { columnsOf, isWhole } from '../model/records.js';
import { recordShape } from './record-shape.js';

/** Tags of the events that are not columnar records: `[position, tag, payload]` each. */
export const EVENT = { record: 0, reject: 1, warn: 2, summary: 3, unreadable: 4 } as const;

/** One batch as posted: transfer `nums`, `codes` and `flags` buffers. */
export interface RecordBatch {
  /** Columnar records in the batch. */
  count: number;
  nums: Float64Array;
  codes: Int32Array;
  flags: Int8Array;
  /**
   * The strings the codes point into, end to end in one text (one copy between threads instead
   * of one per string); string `c` ends at `ends[c]`. A field's word repeated on the next row is
   * stored once.
   */
  text: string;
  ends: Uint32Array;
  /** Other events, flat: position (columnar records before it), tag, payload, … */
  events: unknown[];
}

/** How each field travels: as a number, a string code, or a yes/no flag. */
interface Layout {
  fields: readonly string[];
  /** Per field: 0 number, 1 string, 2 flag. */
  types: Int8Array;
  /** Per field: its position in nums, codes or flags of one record. */
  slot: Int32Array;
  numWidth: number;
  codeWidth: number;
  flagWidth: number;
}

const NUMBER = 0;
const STRING = 1;
const FLAG = 2;

function layoutOf(kind: Kind, fields: readonly string[]): Layout {
  const typeOf = new Map<string, number>();
  for (const s of columnsOf(kind)) {
    if (!isWhole(s) || s.type === 'id') continue;
    const t = s.type === 'flag' ? FLAG : s.type === 'text' || s.type === 'vocabulary' ? STRING : NUMBER;
    typeOf.set(s.field, t);
  }
  const types = new Int8Array(fields.length);
  const slot = new Int32Array(fields.length);
  // The line is the first number of a record and the id its first string code.
  const width = [1, 1, 0];
  fields.forEach((f, i) => {
    const t = f === 'department' ? STRING : (typeOf.get(f) ?? STRING);
    types[i] = t;
    slot[i] = width[t]!++;
  });
  return { fields, types, slot, numWidth: width[0]!, codeWidth: width[1]!, flagWidth: width[2]! };
}

/**
 * Gathers a reader's output into batches (worker side).
 *
 * @example const enc = new RecordEncoder('calls', fields, 4096); enc.record(r); const batch = enc.take();
 */
export class RecordEncoder {
  private readonly layout: Layout;
  private nums: Float64Array;
  private codes: Int32Array;
  private flags: Int8Array;
  private strings: string[] = [];
  /** Per field, the last string written and its code: a column repeats its words row after row. */
  private readonly lastText: (string | null)[];
  private readonly lastCode: Int32Array;
  private events: unknown[] = [];
  private n = 0;

  constructor(
    kind: Kind,
    fields: readonly string[],
    readonly capacity: number,
  ) {
    this.layout = layoutOf(kind, fields);
    this.nums = new Float64Array(capacity * this.layout.numWidth);
    this.codes = new Int32Array(capacity * this.layout.codeWidth);
    this.flags = new Int8Array(Math.max(1, capacity * this.layout.flagWidth));
    this.lastText = fields.map(() => null);
    this.lastCode = new Int32Array(fields.length);
  }

  /** Events held (columnar records and others): the caller posts a batch when it is full. */
  get size(): number {
    return this.n + this.events.length / 3;
  }

  /** Adds a record: in the columns when it fits them, else whole, in its place. */
  record(r: Record<string, unknown>): void {
    if (this.n === this.capacity || !this.encode(r)) this.other(EVENT.record, r);
  }

  /** Adds any other event the sink received, in its place among the records. */
  other(tag: number, payload: unknown): void {
    this.events.push(this.n, tag, payload);
  }

  /** The code of field `j`'s string: the last one's when it repeats, else a new entry. */
  private code(j: number, s: string): number {
    if (s === this.lastText[j]) return this.lastCode[j]!;
    const c = this.strings.push(s) - 1;
    this.lastText[j] = s;
    this.lastCode[j] = c;
    return c;
  }

  private encode(r: Record<string, unknown>): boolean {
    if (r.unreadable !== undefined || typeof r.line !== 'number' || typeof r.id !== 'string') return false;
    const { fields, types, slot, numWidth, codeWidth, flagWidth } = this.layout;
    const i = this.n;
    const nb = i * numWidth;
    const cb = i * codeWidth;
    const fb = i * flagWidth;
    const mark = this.strings.length;
    // Written as read; a value of an unexpected type leaves the record out of the columns (the
    // slots it wrote are the next record's, and its strings are dropped).
    for (let j = 0; j < fields.length; j++) {
      const v = r[fields[j]!];
      const t = types[j];
      const at = slot[j]!;
      if (t === NUMBER) {
        if (v === null) this.nums[nb + at] = Number.NaN;
        else if (typeof v === 'number' && v === v) this.nums[nb + at] = v;
        else return this.undo(mark);
      } else if (t === STRING) {
        if (v === null) this.codes[cb + at] = -1;
        else if (typeof v === 'string') this.codes[cb + at] = this.code(j, v);
        else return this.undo(mark);
      } else if (v === null) this.flags[fb + at] = -1;
      else if (typeof v === 'boolean') this.flags[fb + at] = v ? 1 : 0;
      else return this.undo(mark);
    }
    this.nums[nb] = r.line;
    this.codes[cb] = this.strings.push(r.id) - 1;
    this.n++;
    return true;
  }

  /** Forgets the strings a record that did not fit added (and the per-field memory of them). */
  private undo(mark: number): false {
    this.strings.length = mark;
    for (let j = 0; j < this.lastCode.length; j++) {
      if (this.lastCode[j]! >= mark) this.lastText[j] = null;
    }
    return false;
  }

  /** The batch gathered so far (null when empty); the encoder starts a new one. */
  take(): RecordBatch | null {
    if (this.n === 0 && this.events.length === 0) return null;
    const { numWidth, codeWidth, flagWidth } = this.layout;
    const ends = new Uint32Array(this.strings.length);
    let at = 0;
    for (let c = 0; c < this.strings.length; c++) ends[c] = at += this.strings[c]!.length;
    const batch: RecordBatch = {
      count: this.n,
      nums: this.nums.slice(0, this.n * numWidth),
      codes: this.codes.slice(0, this.n * codeWidth),
      flags: this.flags.slice(0, this.n * flagWidth),
      text: this.strings.join(''),
      ends,
      events: this.events,
    };
    this.strings = [];
    this.lastText.fill(null);
    this.events = [];
    this.n = 0;
    return batch;
  }
}

/** What a batch is replayed into: the reader's sink, as the main thread holds it. */
export interface BatchTarget {
  record(r: Record<string, unknown>): void;
  other(tag: number, payload: unknown): void;
}

/** Turns batches back into records of the sequential reader's shape (main-thread side). */
export class RecordDecoder {
  private readonly layout: Layout;
  private readonly make: ReturnType<typeof recordShape>['make'];
  private readonly values: unknown[];

  constructor(kind: Kind, file: string, fields: readonly string[]) {
    this.layout = layoutOf(kind, fields);
    this.make = recordShape(kind, file, fields).make;
    this.values = fields.map(() => null);
  }

  /**
   * Replays a batch into `to`, records and other events in their original order.
   *
   * @example new RecordDecoder('calls', 'c.csv', fields).replay(batch, { record: (r) => sink.record(r), other })
   */
  replay(batch: RecordBatch, to: BatchTarget): void {
    const { fields, types, slot, numWidth, codeWidth, flagWidth } = this.layout;
    const { nums, codes, flags, text, ends, events } = batch;
    const values = this.values;
    // Each string is cut from the text once; a repeated code gives the same string.
    const strings: (string | undefined)[] = new Array<string | undefined>(ends.length);
    const str = (c: number): string => (strings[c] ??= text.slice(c === 0 ? 0 : ends[c - 1]!, ends[c]!));
    let e = 0;
    for (let i = 0; i <= batch.count; i++) {
      while (e < events.length && events[e] === i) {
        to.other(events[e + 1] as number, events[e + 2]);
        e += 3;
      }
      if (i === batch.count) break;
      const nb = i * numWidth;
      const cb = i * codeWidth;
      const fb = i * flagWidth;
      for (let j = 0; j < fields.length; j++) {
        const t = types[j];
        const at = slot[j]!;
        if (t === NUMBER) {
          const v = nums[nb + at]!;
          values[j] = v !== v ? null : v;
        } else if (t === STRING) {
          const c = codes[cb + at]!;
          values[j] = c < 0 ? null : str(c);
        } else {
          const b = flags[fb + at]!;
          values[j] = b < 0 ? null : b === 1;
        }
      }
      to.record(this.make(values, nums[nb]!, str(codes[cb]!)));
    }
  }
}
