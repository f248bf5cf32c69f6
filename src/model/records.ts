/**
 * Records: one row of an export, typed. The fields of each kind come from its table in
 * `kinds.ts` (one line per column); this file adds what every record has (origin, id,
 * department) and the lists derived for code that walks columns.
 */
import type { Instant } from './time.js';
import { type AnyColumn, type ColumnOf, type ColumnSpec, type FieldsOf, KIND_TABLES, type Kind, columnsOf } from './kinds.js';

export {
  KINDS,
  KIND_TABLES,
  FLAG_WORDS,
  columnsOf,
  type Kind,
  type AnyColumn,
  type ColumnOf,
  type ColumnSpec,
  type ColumnType,
  type HeaderColumnOf,
  type InstantFieldOf,
  type Channel,
  type ComplaintType,
  type Payer,
  type ContractType,
  type Category,
  type Queue,
  type Direction,
  type Purpose,
  type ActivityType,
} from './kinds.js';

/** Where a record came from. `line` is the 1-based physical line on which the record starts. */
export interface Origin {
  file: string;
  line: number;
}

interface Base<K extends Kind> extends Origin {
  kind: K;
  /** Record id from the export; when the column is missing, `${file}:${line}`. */
  id: string;
  department: string | null;
  /**
   * Columns whose cell could not be read (a warning names each); the rules needing one of them
   * skip this record. Absent when every cell was read.
   */
  unreadable?: readonly AnyColumn[];
}

export type ComplaintRecord = Base<'complaints'> & FieldsOf<'complaints'>;
export type PaymentRecord = Base<'payments'> & FieldsOf<'payments'>;
export type ContractRecord = Base<'contracts'> & FieldsOf<'contracts'>;
export type CallRecord = Base<'calls'> & FieldsOf<'calls'>;
export type ActivityRecord = Base<'activities'> & FieldsOf<'activities'>;

export type AnyRecord = ComplaintRecord | PaymentRecord | ContractRecord | CallRecord | ActivityRecord;
export type RecordOf<K extends Kind> = Extract<AnyRecord, { kind: K }>;

/**
 * True for the lines of a table that are a whole column (not the date or time half of one).
 *
 * @example columnsOf('payments').filter(isWhole).length // => 9
 */
export function isWhole(spec: ColumnSpec): boolean {
  return spec.type !== 'date' && spec.type !== 'time';
}

function whole(kind: Kind): readonly string[] {
  return columnsOf(kind)
    .filter(isWhole)
    .map((s) => s.column);
}

/** Canonical column names per kind (SPEC §2), in the table's order; date/time halves excluded. */
export const COLUMNS = {
  complaints: whole('complaints'),
  payments: whole('payments'),
  contracts: whole('contracts'),
  calls: whole('calls'),
  activities: whole('activities'),
} as unknown as { readonly [K in Kind]: readonly ColumnOf<K>[] };

function requiredOf(kind: Kind): AnyColumn {
  return columnsOf(kind).find((s) => s.required)!.column as AnyColumn;
}

/** The one required column of each kind (the record's start). */
export const REQUIRED_COLUMN: Record<Kind, AnyColumn> = {
  complaints: requiredOf('complaints'),
  payments: requiredOf('payments'),
  contracts: requiredOf('contracts'),
  calls: requiredOf('calls'),
  activities: requiredOf('activities'),
};

/**
 * The table line of a whole column of a kind, or undefined.
 *
 * @example specOf('calls', 'rings')?.type // => 'count'
 */
export function specOf(kind: Kind, column: string): ColumnSpec | undefined {
  return columnsOf(kind).find((s) => s.column === column && isWhole(s));
}

/** Column and field of every instant of a kind, start first: what the holiday-coverage check reads. */
export const INSTANT_FIELDS: { readonly [K in Kind]: readonly { column: AnyColumn; field: string }[] } = {
  complaints: instants('complaints'),
  payments: instants('payments'),
  contracts: instants('contracts'),
  calls: instants('calls'),
  activities: instants('activities'),
};

function instants(kind: Kind): { column: AnyColumn; field: string }[] {
  return columnsOf(kind)
    .filter((s) => s.type === 'instant')
    .map((s) => ({ column: s.column as AnyColumn, field: s.field }));
}

/**
 * A record of `kind` with every field empty (null, or the column's fallback such as payer `pps`)
 * and the id `file:line`: what a row with only its start would give, less the start itself
 * (NaN until set). Test factories and tools start from it, so a new column needs no change there.
 *
 * @example blankRecord('payments', 'p.csv', 2).payer // => 'pps'
 */
export function blankRecord<K extends Kind>(kind: K, file: string, line: number): RecordOf<K> {
  const r: Record<string, unknown> = { kind, file, line, id: `${file}:${line}`, department: null };
  for (const s of columnsOf(kind)) {
    if (!isWhole(s) || s.type === 'id') continue;
    r[s.field] = s.required ? Number.NaN : (s.fallback ?? null);
  }
  return r as unknown as RecordOf<K>;
}

/** Korean name of each kind, as auditors say it. */
export const KIND_KO: Record<Kind, string> = {
  complaints: KIND_TABLES.complaints.ko,
  payments: KIND_TABLES.payments.ko,
  contracts: KIND_TABLES.contracts.ko,
  calls: KIND_TABLES.calls.ko,
  activities: KIND_TABLES.activities.ko,
};

/**
 * A canonical column named for a Korean reader: its Korean label with the canonical name,
 * e.g. `벨횟수(rings)`; the canonical name alone when the kind has no such column.
 *
 * @example koreanColumn('calls', 'rings') // => '벨횟수(rings)'
 */
export function koreanColumn(kind: Kind, column: string): string {
  const spec = specOf(kind, column);
  return spec === undefined ? column : `${spec.ko}(${column})`;
}

/** The start instant of a record: what the period filter and the monthly grouping use. */
export function startOf(r: AnyRecord): Instant {
  switch (r.kind) {
    case 'complaints':
      return r.receivedAt;
    case 'payments':
      return r.claimedAt;
    case 'contracts':
      return r.requestedAt;
    case 'calls':
      return r.arrivedAt;
    case 'activities':
      return r.date;
  }
}
