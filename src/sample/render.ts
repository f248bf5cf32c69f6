/**
 * Presentation of generated rows as CSV text: canonical English (headers, vocabulary,
 * `YYYY-MM-DD HH:mm:ss`) or a Korean export (SPEC §2 aliases, Korean vocabulary, `2025.03.04
 * 14:05:00` / `2025년 3월 4일 14:05` timestamps, `원` amounts). Both present the same data:
 * parsing either gives the same records.
 */
import { type Instant, KST_OFFSET_SECONDS, SECONDS_PER_DAY, civilFromDays } from '../calendar/kst.js';
import { COLUMNS, KINDS, type Kind, columnsOf, isWhole } from '../model/records.js';
import { type Cell, type Row, TIME_COLUMNS } from './generate.js';

/** Korean header per canonical column: the Korean label of the kind table. */
export const KOREAN_HEADERS: Readonly<Record<Kind, Readonly<Record<string, string>>>> = {
  complaints: koreanLabels('complaints'),
  payments: koreanLabels('payments'),
  contracts: koreanLabels('contracts'),
  calls: koreanLabels('calls'),
  activities: koreanLabels('activities'),
};

function koreanLabels(kind: Kind): Record<string, string> {
  return Object.fromEntries(
    columnsOf(kind)
      .filter(isWhole)
      .map((s) => [s.column, s.ko]),
  );
}

/**
 * Korean words for canonical vocabulary values, per kind and column: the first word of the kind
 * table (per kind: complaints and activities both have a `type`).
 */
export const KOREAN_VALUES: Readonly<Record<Kind, Readonly<Record<string, Readonly<Record<string, string>>>>>> =
  Object.fromEntries(
    KINDS.map((k) => [
      k,
      Object.fromEntries(
        columnsOf(k)
          .filter((s) => s.values !== undefined)
          .map((s) => [s.column, Object.fromEntries(Object.entries(s.values!).map(([value, words]) => [value, words[0]!]))]),
      ),
    ]),
  ) as Record<Kind, Record<string, Record<string, string>>>;

/** Columns written as a date alone (their table line says `dateOnly`). */
const DATE_ONLY_COLUMNS: ReadonlySet<string> = new Set(
  KINDS.flatMap((k) => columnsOf(k))
    .filter((s) => s.dateOnly === true)
    .map((s) => s.column),
);

/** Korean booleans differ by column, as they do between real systems. */
const KOREAN_BOOLEANS: Readonly<Record<string, readonly [string, string]>> = {
  reply_has_contact: ['Y', 'N'],
  wait_announced: ['예', '아니오'],
  extension_consent: ['O', 'X'],
  extension_consent_2: ['O', 'X'],
};

export type Language = 'en' | 'ko';

const AMOUNT_COLUMNS: ReadonlySet<string> = new Set(
  KINDS.flatMap((k) => columnsOf(k))
    .filter((s) => s.type === 'amount')
    .map((s) => s.column),
);

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * Thousands separators. @example groupThousands(1234567) // => '1,234,567'
 */
export function groupThousands(n: number): string {
  const s = String(Math.trunc(Math.abs(n)));
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += ',';
    out += s[i];
  }
  return n < 0 ? `-${out}` : out;
}

/**
 * Quotes a CSV field when it holds a comma, quote or line break (RFC 4180).
 *
 * @example csvField('1,000') // => '"1,000"'
 */
export function csvField(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 34 || c === 10 || c === 13) return `"${s.replace(/"/g, '""')}"`;
  }
  return s;
}

/** Timestamp forms. `iso-space` `2025-03-04 14:05:00`, `dots` `2025.03.04 14:05:00`, `korean` `2025년 3월 4일 14:05`. */
export type TimestampForm = 'iso-space' | 'dots' | 'korean';

/**
 * Formats rows for one kind and language; remembers the last day's date text (rows come in
 * day order, so nearly every timestamp reuses it).
 */
export class RowFormatter {
  private readonly columns: readonly string[];
  private readonly form: TimestampForm;
  private cachedDay = Number.NaN;
  private cachedDate = '';

  constructor(
    readonly kind: Kind,
    readonly language: Language,
  ) {
    this.columns = COLUMNS[kind];
    // Complaint systems keep minutes and print Korean dates; the others print dotted dates with seconds.
    this.form = language === 'en' ? 'iso-space' : kind === 'complaints' ? 'korean' : 'dots';
  }

  /** The header line (no line break). */
  header(): string {
    const names = this.language === 'en' ? this.columns : this.columns.map((c) => KOREAN_HEADERS[this.kind][c] ?? c);
    return names.map(csvField).join(',');
  }

  /** One data line (no line break). */
  line(row: Row): string {
    let out = '';
    for (let i = 0; i < this.columns.length; i++) {
      if (i > 0) out += ',';
      out += csvField(this.cell(this.columns[i] as string, row[i] ?? null));
    }
    return out;
  }

  private cell(column: string, v: Cell): string {
    if (v === null) return '';
    if (typeof v === 'boolean') {
      if (this.language === 'en') return v ? 'true' : 'false';
      const words = KOREAN_BOOLEANS[column] ?? ['Y', 'N'];
      return v ? words[0] : words[1];
    }
    if (typeof v === 'number') {
      if (DATE_ONLY_COLUMNS.has(column)) return this.date(v);
      if (TIME_COLUMNS.has(column)) return this.timestamp(v);
      if (AMOUNT_COLUMNS.has(column)) return this.language === 'en' ? groupThousands(v) : `${groupThousands(v)}원`;
      return String(v);
    }
    if (this.language === 'ko') return KOREAN_VALUES[this.kind][column]?.[v] ?? v;
    return v;
  }

  /**
   * A KST timestamp in this formatter's form. Never drops information: the minute-only Korean
   * form gains `:ss` when the seconds are not zero.
   */
  timestamp(t: Instant): string {
    const sod = this.day(t);
    const h = Math.floor(sod / 3600);
    const m = Math.floor((sod % 3600) / 60);
    const s = sod % 60;
    if (this.form === 'korean' && s === 0) return `${this.cachedDate} ${pad2(h)}:${pad2(m)}`;
    return `${this.cachedDate} ${pad2(h)}:${pad2(m)}:${pad2(s)}`;
  }

  /** The KST date of an instant in this formatter's form (a column of whole days). */
  date(t: Instant): string {
    this.day(t);
    return this.cachedDate;
  }

  /** Sets the cached date text to the day of `t`; returns the second of that day. */
  private day(t: Instant): number {
    const local = t + KST_OFFSET_SECONDS;
    const day = Math.floor(local / SECONDS_PER_DAY);
    const sod = local - day * SECONDS_PER_DAY;
    if (day !== this.cachedDay) {
      const c = civilFromDays(day);
      this.cachedDay = day;
      this.cachedDate =
        this.form === 'korean'
          ? `${c.year}년 ${c.month}월 ${c.day}일`
          : this.form === 'dots'
            ? `${c.year}.${pad2(c.month)}.${pad2(c.day)}`
            : `${c.year}-${pad2(c.month)}-${pad2(c.day)}`;
    }
    return sod;
  }
}
