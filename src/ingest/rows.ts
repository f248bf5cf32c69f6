/**
 * One CSV row (its field array) → one record of a kind, or the reason it is rejected.
 *
 * The builder is compiled once per file from the kind's table (`model/kinds.ts`) and the header
 * mapping: one slot per column the file has, holding the cell's position, its parser and its
 * vocabulary (with the config's own words). Per row it only indexes the field array, parses the
 * cells of those slots into a reused array of values and hands them to the kind's record factory
 * (record-shape.ts: one object literal of fixed shape; no regex, no closure, no map, no keyed
 * store). A failed cell leaves `said` (code and data) set and the build returns null.
 */
import type { ColumnMapping } from '../model/input.js';
import type { Message, RejectionCode } from '../model/messages.js';
import {
  type AnyColumn,
  type AnyRecord,
  type ColumnSpec,
  type ColumnType,
  type Kind,
  columnsOf,
  isWhole,
} from '../model/records.js';
import { type RecordShape, recordShape } from './record-shape.js';
import { joinDateTime, parseTimestamp, parseTimestampOrDate } from './timestamp.js';
import { isBlank, normalizeKey, trimCell } from './text.js';
import { hasInvisible, stripInvisible } from '../model/invisible.js';
import { say } from './reasons.js';
import type { CellProblem } from './row-problems.js';
import { type Vocabulary, contractType, parseAmount, parseBoolean, parseCount, parseSeconds, vocabularyOf } from './values.js';

export { type CellProblem, REJECT, WAIT_CONTRADICTS_TIMES, warnUnreadable } from './row-problems.js';

/** A yes/no vocabulary's value as a boolean (undefined when the word is unknown). */
function flagOf(word: string | undefined): boolean | undefined {
  return word === undefined ? undefined : word === 'true';
}

/** The words a total or subtotal row starts with (normalised: lower case, no spaces). */
const SUMMARY_WORDS: ReadonlySet<string> = new Set([
  '합계',
  '소계',
  '계',
  '총계',
  '누계',
  '총합계',
  '합',
  'total',
  'subtotal',
  'grandtotal',
  'sum',
]);

/** An office's own words per column (the config's `values` map for one kind). */
export type OwnWords = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** One column the file has, compiled. */
interface Slot {
  readonly spec: ColumnSpec;
  readonly type: ColumnType;
  readonly field: string;
  /** Cell position (the date half when the instant is written in two columns). */
  readonly at: number;
  /** Position of the time half, -1 when the instant is one cell. */
  readonly timeAt: number;
  readonly vocabulary: Vocabulary<string> | null;
  /** The slot of the instant this one may not precede, or null. */
  readonly after: Slot | null;
  /** True for the start column, which a row cannot do without. */
  readonly requiredStart: boolean;
  /** Position of the field in the row's values (the record shape's field order). */
  readonly index: number;
  /** The field's value when its cell is blank or unreadable (the column's fallback, or null). */
  readonly empty: string | null;
  /** True for a value reports group by (department): invisible characters are dropped from it. */
  readonly grouping: boolean;
}

/** Supplement (보완) pairs: request column, arrival column, and their record fields. */
const SUPPLEMENT_PAIRS = [
  ['supplement_requested_at', 'supplement_received_at', 'supplementRequestedAt', 'supplementReceivedAt'],
  ['supplement_requested_at_2', 'supplement_received_at_2', 'supplementRequestedAt2', 'supplementReceivedAt2'],
  ['supplement_requested_at_3', 'supplement_received_at_3', 'supplementRequestedAt3', 'supplementReceivedAt3'],
] as const;

/**
 * The fields of a record of `kind` after `kind`, `file`, `line` and `id`, in the order the row
 * builder makes them: `department`, then the start column's field, then the others in table order.
 *
 * @example recordFields('payments').slice(0, 2) // => ['department', 'claimedAt']
 */
export function recordFields(kind: Kind): string[] {
  const table = columnsOf(kind);
  const fields = ['department'];
  for (const spec of [...table.filter((s) => s.required), ...table.filter((s) => !s.required)]) {
    if (isWhole(spec) && spec.type !== 'id' && !fields.includes(spec.field)) fields.push(spec.field);
  }
  return fields;
}

/** Turns field arrays into records of one kind. */
export class RowBuilder {
  /** Set when `build` returns null: the rejection's code and data. */
  said: Message<RejectionCode> | null = null;
  /** The canonical column at fault when `build` returned null for one cell, else null. */
  column: string | null = null;
  /** That cell's text as written. */
  value: string | null = null;
  /** The cells of the last built row that could not be read (null when none): each becomes a warning. */
  problems: CellProblem[] | null = null;
  private readonly headers: string[];
  private readonly slots: Slot[] = [];
  /** The record's values of the row being built, in the shape's field order (reused row after row). */
  private readonly values: unknown[];
  private readonly shape: RecordShape;
  private readonly idAt: number;
  /** The supplement pairs (보완 1차–3차) whose arrival column the file has. */
  private readonly supplementAt: readonly {
    requested: number;
    received: number;
    /** Positions of the request and arrival fields in the row's values. */
    requestedIndex: number;
    receivedIndex: number;
    receivedColumn: string;
  }[];
  /** Calls: positions of arrivedAt, answeredAt and waitSeconds in the values (-1 for other kinds). */
  private readonly arrivedIndex: number;
  private readonly answeredIndex: number;
  private readonly waitIndex: number;
  /** True when the file has a wait column (its slot sets the wait of every row). */
  private readonly waitColumn: boolean;
  /** The columns of the row being built that could not be read (the record's `unreadable`). */
  private unreadable: AnyColumn[] | null = null;
  private readonly deriveWait: boolean;
  /** Calls: the headers of wait_seconds, arrived_at and answered_at as written, when all three are there. */
  private readonly waitHeaders: { wait: string; arrived: string; answered: string } | null;

  constructor(
    readonly file: string,
    readonly kind: Kind,
    mapping: readonly ColumnMapping[],
    words: OwnWords = {},
  ) {
    this.headers = mapping.map((m) => m.header);
    const table = columnsOf(kind);
    const whole = new Map<string, number>();
    const halves = new Map<string, { date: number; time: number }>();
    for (const m of mapping) {
      if (m.column === null) continue;
      if (m.part === undefined) whole.set(m.column, m.index);
      else {
        const h = halves.get(m.column) ?? { date: -1, time: -1 };
        h[m.part] = m.index;
        halves.set(m.column, h);
      }
    }
    // The record's fields after kind, file, line and id; each starts as its fallback (or null).
    const fields = recordFields(kind);
    this.values = fields.map(() => null);
    const fieldAt = (field: string, empty: string | null): number => {
      const i = fields.indexOf(field);
      this.values[i] = empty;
      return i;
    };
    const byColumn = new Map<string, Slot>();
    // The start column first: a row without it is rejected before anything else is read.
    const ordered = [...table.filter((s) => s.required), ...table.filter((s) => !s.required)];
    for (const spec of ordered) {
      if (!isWhole(spec)) continue;
      const index = spec.type === 'id' ? -1 : fieldAt(spec.field, spec.fallback ?? null);
      const h = halves.get(spec.column);
      const at = whole.get(spec.column) ?? (h && h.date >= 0 ? h.date : -1);
      const timeAt = whole.has(spec.column) || !h ? -1 : h.time;
      if (at < 0 && !spec.required) continue;
      if (spec.type === 'id') continue;
      const slot: Slot = {
        spec,
        type: spec.type,
        field: spec.field,
        at,
        timeAt,
        vocabulary:
          spec.type === 'vocabulary' || (spec.type === 'flag' && words[spec.column] !== undefined)
            ? vocabularyOf(kind, spec.column).with(words[spec.column])
            : null,
        after: spec.after === undefined ? null : (byColumn.get(spec.after) ?? null),
        requiredStart: spec.required === true,
        index,
        empty: spec.fallback ?? null,
        grouping: spec.field === 'department',
      };
      byColumn.set(spec.column, slot);
      this.slots.push(slot);
    }
    this.shape = recordShape(kind, file, fields);
    this.idAt = whole.get('id') ?? -1;
    this.supplementAt =
      kind === 'complaints'
        ? SUPPLEMENT_PAIRS.filter(([, rec]) => whole.has(rec)).map(([req, rec, requestedField, receivedField]) => ({
            requested: whole.get(req) ?? -1,
            received: whole.get(rec)!,
            requestedIndex: fields.indexOf(requestedField),
            receivedIndex: fields.indexOf(receivedField),
            receivedColumn: rec,
          }))
        : [];
    this.deriveWait = kind === 'calls';
    this.arrivedIndex = this.deriveWait ? fields.indexOf('arrivedAt') : -1;
    this.answeredIndex = this.deriveWait ? fields.indexOf('answeredAt') : -1;
    this.waitIndex = this.deriveWait ? fields.indexOf('waitSeconds') : -1;
    const wait = byColumn.get('wait_seconds');
    this.waitColumn = wait !== undefined;
    const arrived = byColumn.get('arrived_at');
    const answered = byColumn.get('answered_at');
    this.waitHeaders =
      this.deriveWait && wait && arrived && answered
        ? { wait: this.headers[wait.at]!, arrived: this.cellHeader(arrived), answered: this.cellHeader(answered) }
        : null;
  }

  /** The record of a row (`line`: where it starts), or null with `said` set. */
  build(f: readonly string[], line: number): AnyRecord | null {
    if (this.problems !== null) this.problems = null;
    if (this.unreadable !== null) this.unreadable = null;
    const idAt = this.idAt;
    const id = idAt >= 0 && !isBlank(f[idAt]!) ? trimCell(f[idAt]!) : `${this.file}:${line}`;
    const r = this.values;
    const slots = this.slots;
    for (let k = 0; k < slots.length; k++) {
      const s = slots[k]!;
      const v = f[s.at]!;
      r[s.index] = s.empty;
      if (s.type === 'instant') {
        if (s.requiredStart && isBlank(v))
          return this.fail(say.missingStart(this.headers[s.at]!, this.kind, s.spec.column), s.spec.column, this.cellText(s, f));
        if (v.length === 0 || isBlank(v)) continue;
        let t = s.timeAt < 0 ? parseTimestamp(v) : joinDateTime(v, f[s.timeAt]!);
        if (t !== t && s.spec.dateOnly === true && s.timeAt < 0) t = parseTimestampOrDate(v);
        if (t !== t) {
          if (this.bad(s, say.invalidTimestamp(this.cellHeader(s), this.cellText(s, f)), this.cellText(s, f))) return null;
          continue;
        }
        if (s.after !== null) {
          const start = r[s.after.index] as number | null;
          if (start !== null && t < start) {
            return this.fail(
              say.endBeforeStart(this.cellHeader(s), this.cellText(s, f), this.cellHeader(s.after), this.cellText(s.after, f)),
              s.spec.column,
              this.cellText(s, f),
            );
          }
        }
        r[s.index] = t;
        continue;
      }
      if (isBlank(v)) continue;
      switch (s.type) {
        case 'text': {
          const t = trimCell(v);
          r[s.index] = s.grouping && hasInvisible(t) ? this.visible(s, t) : t;
          break;
        }
        case 'vocabulary': {
          if (s.spec.open === true) {
            r[s.index] = contractType(v, s.vocabulary!);
            break;
          }
          const w = s.vocabulary!.parse(v);
          if (w === undefined) this.bad(s, say.unknownWord(this.headers[s.at]!, v, s.vocabulary!.name, s.vocabulary!.accepted));
          else r[s.index] = w;
          break;
        }
        case 'flag': {
          // The office's own yes/no words, when the config gives some, else the built-in ones.
          const b = s.vocabulary === null ? parseBoolean(v) : flagOf(s.vocabulary.parse(v));
          if (b === undefined) this.bad(s, say.notYesNo(this.headers[s.at]!, v));
          else r[s.index] = b;
          break;
        }
        case 'amount': {
          const n = parseAmount(v);
          if (n !== n) this.bad(s, say.notAmount(this.headers[s.at]!, v));
          else r[s.index] = n;
          break;
        }
        case 'count': {
          const n = parseCount(v);
          if (n !== n) this.bad(s, say.notCount(this.headers[s.at]!, v));
          else r[s.index] = n;
          break;
        }
        case 'seconds': {
          const n = parseSeconds(v);
          if (n !== n) this.bad(s, say.notSeconds(this.headers[s.at]!, v));
          else r[s.index] = n;
          break;
        }
        default:
          break;
      }
    }
    for (let i = 0; i < this.supplementAt.length; i++) {
      const { requested, received, requestedIndex, receivedIndex } = this.supplementAt[i]!;
      if (r[receivedIndex] !== null && r[requestedIndex] === null && this.problems === null) {
        return this.fail(
          say.supplementWithoutRequest(this.headers[received]!, f[received]!, requested >= 0 ? this.headers[requested]! : null),
          this.supplementAt[i]!.receivedColumn,
          f[received]!,
        );
      }
    }
    if (this.deriveWait) this.waitOf(r);
    const record = this.shape.make(r, line, id);
    if (this.unreadable !== null) record.unreadable = this.unreadable;
    return record as unknown as AnyRecord;
  }

  /**
   * A call's wait: from its arrival and answer when the export has no wait of its own; a written
   * wait that contradicts the two timestamps by more than a second is kept (the queue's own
   * measure) and the auditor is told.
   */
  private waitOf(r: unknown[]): void {
    // Without a wait column no slot resets the field: the last row's derived wait must not stay.
    if (!this.waitColumn) r[this.waitIndex] = null;
    const wait = r[this.waitIndex] as number | null;
    const answered = r[this.answeredIndex] as number | null;
    if (answered === null) return;
    const between = answered - (r[this.arrivedIndex] as number);
    if (wait === null) r[this.waitIndex] = between;
    else if (this.waitHeaders !== null && Math.abs(between - wait) > 1) {
      (this.problems ??= []).push({ column: 'wait_seconds', said: say.waitContradicts(this.waitHeaders, wait, between) });
    }
  }

  /**
   * True for a total or subtotal row: its first non-blank cell is 합계, 소계, 계, 총계, 누계 or
   * Total/Subtotal/Sum (spaces and brackets ignored) and its start cell is not a timestamp.
   * Asked only about a row that did not build, so it costs the hot path nothing.
   */
  isSummary(f: readonly string[]): boolean {
    let k = 0;
    while (k < f.length && isBlank(f[k]!)) k++;
    if (k === f.length || !SUMMARY_WORDS.has(normalizeKey(f[k]!).replace(/[[\]<>【】〈〉:：]/g, ''))) return false;
    const start = this.slots[0]!;
    const v = f[start.at];
    return (
      v === undefined || isBlank(v) || Number.isNaN(start.timeAt < 0 ? parseTimestamp(v) : joinDateTime(v, f[start.timeAt] ?? ''))
    );
  }

  /**
   * A cell that cannot be read: the row is rejected when it is the start (true is returned);
   * otherwise the column is marked unreadable on the record and the problem kept for a warning.
   */
  private bad(s: Slot, said: Message<'INVALID_TIMESTAMP' | 'UNKNOWN_VALUE' | 'INVALID_NUMBER'>, text?: string): boolean {
    if (s.requiredStart) {
      this.fail(said, s.spec.column, text ?? null);
      return true;
    }
    (this.problems ??= []).push({ column: s.spec.column as AnyColumn, said });
    (this.unreadable ??= []).push(s.spec.column as AnyColumn);
    return false;
  }

  /**
   * A grouping value without its invisible characters (`구매사업국\u2060` groups with `구매사업국`,
   * as it looks), the row told of it in a warning.
   */
  private visible(s: Slot, text: string): string | null {
    const kept = stripInvisible(text).trim();
    (this.problems ??= []).push({
      column: s.spec.column as AnyColumn,
      said: say.invisibleInText(this.headers[s.at]!, text, kept),
    });
    return kept === '' ? s.empty : kept;
  }

  private fail(said: Message<RejectionCode>, column: string | null = null, value: string | null = null): null {
    this.said = said;
    this.column = column;
    this.value = value;
    return null;
  }

  /** The header of a slot's cell(s): `지급일자+지급시각` when the instant is written in two. */
  private cellHeader(s: Slot): string {
    return s.timeAt < 0 ? this.headers[s.at]! : `${this.headers[s.at]}+${this.headers[s.timeAt]}`;
  }

  /** The text of a slot's cell(s). */
  private cellText(s: Slot, f: readonly string[]): string {
    return s.timeAt < 0 ? f[s.at]! : `${f[s.at]!.trim()} ${f[s.timeAt]!.trim()}`;
  }
}

/**
 * The row builder of a kind for a mapped header, compiled once per file.
 *
 * @example rowBuilder('p.csv', 'payments', mapping).build(['P-1', '2025-03-04 09:00'], 2)?.claimedAt
 */
export function rowBuilder(file: string, kind: Kind, mapping: readonly ColumnMapping[], words?: OwnWords): RowBuilder {
  return new RowBuilder(file, kind, mapping, words);
}
