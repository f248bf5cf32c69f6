/**
 * One CSV row (its field array) → one record of a kind, or the reason it is rejected.
 *
 * The builder is compiled once per file from the kind's table (`model/kinds.ts`) and the header
 * mapping: one slot per column the file has, holding the cell's position, its parser and its
 * vocabulary (with the config's own words). Per row it only indexes the field array, parses the
 * cells of those slots and fills a copy of a blank record of fixed shape (no regex, no closure,
 * no map). A failed cell leaves `code`, `reason` and `reasonKo` set and the build returns null.
 */
import type { ColumnMapping, RowSink } from '../model/input.js';
import type { Localized } from '../model/rule.js';
import {
  type AnyColumn,
  type AnyRecord,
  type ColumnSpec,
  type ColumnType,
  type Kind,
  columnsOf,
  isWhole,
} from '../model/records.js';
import { joinDateTime, parseTimestamp, parseTimestampOrDate } from './timestamp.js';
import { isBlank, normalizeKey } from './text.js';
import { say, warning } from './reasons.js';
import { type Vocabulary, contractType, parseAmount, parseBoolean, parseCount, parseSeconds, vocabularyOf } from './values.js';

/** A yes/no vocabulary's value as a boolean (undefined when the word is unknown). */
function flagOf(word: string | undefined): boolean | undefined {
  return word === undefined ? undefined : word === 'true';
}

/** Stable rejection codes of a row. */
export const REJECT = {
  INVALID_TIMESTAMP: 'INVALID_TIMESTAMP',
  MISSING_REQUIRED: 'MISSING_REQUIRED',
  UNKNOWN_VALUE: 'UNKNOWN_VALUE',
  INVALID_NUMBER: 'INVALID_NUMBER',
  END_BEFORE_START: 'END_BEFORE_START',
  FIELD_COUNT: 'FIELD_COUNT',
  BAD_ENCODING: 'BAD_ENCODING',
  NUL_BYTE: 'NUL_BYTE',
  UNTERMINATED_QUOTE: 'UNTERMINATED_QUOTE',
} as const;

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

/** An optional cell that could not be read: the record keeps its other values. */
export interface CellProblem {
  column: AnyColumn;
  code: string;
  said: Localized;
}

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
}

/** Turns field arrays into records of one kind. */
/** Supplement (보완) pairs: request column, arrival column, and their record fields. */
const SUPPLEMENT_PAIRS = [
  ['supplement_requested_at', 'supplement_received_at', 'supplementRequestedAt', 'supplementReceivedAt'],
  ['supplement_requested_at_2', 'supplement_received_at_2', 'supplementRequestedAt2', 'supplementReceivedAt2'],
  ['supplement_requested_at_3', 'supplement_received_at_3', 'supplementRequestedAt3', 'supplementReceivedAt3'],
] as const;

/** Warning code: a call's written wait contradicts its arrival and answer times. */
export const WAIT_CONTRADICTS_TIMES = 'WAIT_CONTRADICTS_TIMES';

export class RowBuilder {
  /** Set when `build` returns null. */
  code = '';
  /** The reason in English … */
  reason = '';
  /** … and in Korean. */
  reasonKo = '';
  /** The canonical column at fault when `build` returned null for one cell, else null. */
  column: string | null = null;
  /** That cell's text as written. */
  value: string | null = null;
  /** The cells of the last built row that could not be read (null when none): each becomes a warning. */
  problems: CellProblem[] | null = null;
  private readonly headers: string[];
  private readonly slots: Slot[] = [];
  private readonly blank: Record<string, unknown>;
  private readonly idAt: number;
  /** The supplement pairs (보완 1차–3차) whose arrival column the file has. */
  private readonly supplementAt: readonly {
    requested: number;
    received: number;
    requestedField: string;
    receivedField: string;
    receivedColumn: string;
  }[];
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
    const blank: Record<string, unknown> = { kind, file, line: 0, id: '', department: null };
    const byColumn = new Map<string, Slot>();
    // The start column first: a row without it is rejected before anything else is read.
    const ordered = [...table.filter((s) => s.required), ...table.filter((s) => !s.required)];
    for (const spec of ordered) {
      if (!isWhole(spec)) continue;
      if (spec.type !== 'id') blank[spec.field] = spec.fallback ?? null;
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
      };
      byColumn.set(spec.column, slot);
      this.slots.push(slot);
    }
    // Built key by key, a record of more than a dozen fields drops to V8's slow dictionary mode,
    // and every row's `{ ...blank }` copy with it (complaints have 37 fields since issue 13: ~5 µs
    // a row). A template parsed from JSON keeps the fast shape, so the copy stays ~0.1 µs.
    this.blank = JSON.parse(JSON.stringify(blank)) as Record<string, unknown>;
    this.idAt = whole.get('id') ?? -1;
    this.supplementAt =
      kind === 'complaints'
        ? SUPPLEMENT_PAIRS.filter(([, rec]) => whole.has(rec)).map(([req, rec, requestedField, receivedField]) => ({
            requested: whole.get(req) ?? -1,
            received: whole.get(rec)!,
            requestedField,
            receivedField,
            receivedColumn: rec,
          }))
        : [];
    this.deriveWait = kind === 'calls';
    const wait = byColumn.get('wait_seconds');
    const arrived = byColumn.get('arrived_at');
    const answered = byColumn.get('answered_at');
    this.waitHeaders =
      this.deriveWait && wait && arrived && answered
        ? { wait: this.headers[wait.at]!, arrived: this.cellHeader(arrived), answered: this.cellHeader(answered) }
        : null;
  }

  /** The record of a row (`line`: where it starts), or null with `code`/`reason` set. */
  build(f: readonly string[], line: number): AnyRecord | null {
    const r = { ...this.blank };
    r.line = line;
    if (this.problems !== null) this.problems = null;
    const idAt = this.idAt;
    r.id = idAt >= 0 && !isBlank(f[idAt]!) ? f[idAt]!.trim() : `${this.file}:${line}`;
    const slots = this.slots;
    for (let k = 0; k < slots.length; k++) {
      const s = slots[k]!;
      const v = f[s.at]!;
      if (s.type === 'instant') {
        if (s.requiredStart && isBlank(v))
          return this.fail(
            REJECT.MISSING_REQUIRED,
            say.missingStart(this.headers[s.at]!, this.kind, s.spec.column),
            s.spec.column,
            this.cellText(s, f),
          );
        if (v.length === 0 || isBlank(v)) continue;
        let t = s.timeAt < 0 ? parseTimestamp(v) : joinDateTime(v, f[s.timeAt]!);
        if (t !== t && s.spec.dateOnly === true && s.timeAt < 0) t = parseTimestampOrDate(v);
        if (t !== t) {
          if (
            this.bad(
              s,
              r,
              REJECT.INVALID_TIMESTAMP,
              say.invalidTimestamp(this.cellHeader(s), this.cellText(s, f)),
              this.cellText(s, f),
            )
          )
            return null;
          continue;
        }
        if (s.after !== null) {
          const start = r[s.after.field] as number | null;
          if (start !== null && t < start) {
            return this.fail(
              REJECT.END_BEFORE_START,
              say.endBeforeStart(this.cellHeader(s), this.cellText(s, f), this.cellHeader(s.after), this.cellText(s.after, f)),
              s.spec.column,
              this.cellText(s, f),
            );
          }
        }
        r[s.field] = t;
        continue;
      }
      if (isBlank(v)) continue;
      switch (s.type) {
        case 'text':
          r[s.field] = v.trim();
          break;
        case 'vocabulary': {
          if (s.spec.open === true) {
            r[s.field] = contractType(v, s.vocabulary!);
            break;
          }
          const w = s.vocabulary!.parse(v);
          if (w === undefined)
            this.bad(
              s,
              r,
              REJECT.UNKNOWN_VALUE,
              say.unknownWord(this.headers[s.at]!, v, s.vocabulary!.name, s.vocabulary!.accepted),
            );
          else r[s.field] = w;
          break;
        }
        case 'flag': {
          // The office's own yes/no words, when the config gives some, else the built-in ones.
          const b = s.vocabulary === null ? parseBoolean(v) : flagOf(s.vocabulary.parse(v));
          if (b === undefined) this.bad(s, r, REJECT.UNKNOWN_VALUE, say.notYesNo(this.headers[s.at]!, v));
          else r[s.field] = b;
          break;
        }
        case 'amount': {
          const n = parseAmount(v);
          if (n !== n) this.bad(s, r, REJECT.INVALID_NUMBER, say.notAmount(this.headers[s.at]!, v));
          else r[s.field] = n;
          break;
        }
        case 'count': {
          const n = parseCount(v);
          if (n !== n) this.bad(s, r, REJECT.INVALID_NUMBER, say.notCount(this.headers[s.at]!, v));
          else r[s.field] = n;
          break;
        }
        case 'seconds': {
          const n = parseSeconds(v);
          if (n !== n) this.bad(s, r, REJECT.INVALID_NUMBER, say.notSeconds(this.headers[s.at]!, v));
          else r[s.field] = n;
          break;
        }
        default:
          break;
      }
    }
    for (let i = 0; i < this.supplementAt.length; i++) {
      const { requested, received, requestedField, receivedField } = this.supplementAt[i]!;
      if (r[receivedField] !== null && r[requestedField] === null && this.problems === null) {
        return this.fail(
          REJECT.MISSING_REQUIRED,
          say.supplementWithoutRequest(this.headers[received]!, f[received]!, requested >= 0 ? this.headers[requested]! : null),
          this.supplementAt[i]!.receivedColumn,
          f[received]!,
        );
      }
    }
    if (this.deriveWait && r.waitSeconds === null && r.answeredAt !== null) {
      r.waitSeconds = (r.answeredAt as number) - (r.arrivedAt as number);
    } else if (this.waitHeaders !== null && r.waitSeconds !== null && r.answeredAt !== null) {
      // A written wait that contradicts the two timestamps by more than a second: the rules
      // keep the written wait (the queue's own measure), and the auditor is told.
      const between = (r.answeredAt as number) - (r.arrivedAt as number);
      const written = r.waitSeconds as number;
      if (Math.abs(between - written) > 1) {
        (this.problems ??= []).push({
          column: 'wait_seconds',
          code: WAIT_CONTRADICTS_TIMES,
          said: say.waitContradicts(this.waitHeaders, written, between),
        });
      }
    }
    return r as unknown as AnyRecord;
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
  private bad(s: Slot, r: Record<string, unknown>, code: string, said: Localized, text?: string): boolean {
    if (s.requiredStart) {
      this.fail(code, said, s.spec.column, text ?? null);
      return true;
    }
    (this.problems ??= []).push({ column: s.spec.column as AnyColumn, code, said });
    const list = (r.unreadable as AnyColumn[] | undefined) ?? [];
    list.push(s.spec.column as AnyColumn);
    r.unreadable = list;
    return false;
  }

  private fail(code: string, said: Localized, column: string | null = null, value: string | null = null): null {
    this.code = code;
    this.reason = said.en;
    this.reasonKo = said.ko;
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

/**
 * One warning per optional cell of a row that could not be read, naming the rules that skip the
 * record (asked of the sink, which knows them).
 *
 * @example warnUnreadable(builder.problems!, sink, 'p.csv', 14)
 */
export function warnUnreadable(problems: readonly CellProblem[], sink: RowSink, file: string, line: number): void {
  for (const p of problems) {
    if (p.code === WAIT_CONTRADICTS_TIMES) {
      sink.warn(warning(file, line, p.code, p.said));
      continue;
    }
    const rules = sink.needs?.(p.column) ?? null;
    sink.warn(warning(file, line, 'UNREADABLE_VALUE', say.unreadable(p.said, p.column, rules)));
  }
}
