/**
 * The types derived from the kind tables of `kinds.ts`: the canonical columns of a kind, the
 * record fields a table line gives (with their value types), and the vocabularies' words. A new
 * table line changes them without an edit here.
 */
import type { Instant } from './time.js';
import type { KIND_TABLES, Kind } from './kinds.js';

type Table<K extends Kind> = (typeof KIND_TABLES)[K]['columns'][number];
/** The canonical columns of a kind that hold a whole value (the date/time halves excluded). */
export type ColumnOf<K extends Kind> = Exclude<Table<K>, { type: 'date' | 'time' }>['column'];
export type AnyColumn = ColumnOf<Kind>;
/** Every header column of a kind, the date/time halves included. */
export type HeaderColumnOf<K extends Kind> = Table<K>['column'];

/** The canonical values of a vocabulary column. */
type WordsOf<S> = S extends { values: infer V } ? keyof V & string : never;

/** The value type of a table line in a record. */
type ValueOf<S> = S extends { type: 'id' }
  ? string
  : S extends { type: 'instant'; required: true }
    ? Instant
    : S extends { type: 'instant' }
      ? Instant | null
      : S extends { type: 'vocabulary'; open: true }
        ? string | null
        : S extends { type: 'vocabulary'; fallback: string }
          ? WordsOf<S>
          : S extends { type: 'vocabulary' }
            ? WordsOf<S> | null
            : S extends { type: 'flag' }
              ? boolean | null
              : S extends { type: 'amount' | 'count' | 'seconds' }
                ? number | null
                : string | null;

/** The record fields of a kind, derived from its table. */
export type FieldsOf<K extends Kind> = {
  -readonly [S in Exclude<Table<K>, { type: 'date' | 'time' }> as S['field']]: ValueOf<S>;
};

/** The record fields of a kind that hold an instant. */
export type InstantFieldOf<K extends Kind> = Extract<Table<K>, { type: 'instant' }>['field'];

type VocabularyOf<K extends Kind, C extends string> = WordsOf<Extract<Table<K>, { column: C }>>;
export type Channel = VocabularyOf<'complaints', 'channel'>;
export type ComplaintType = VocabularyOf<'complaints', 'type'>;
export type Payer = VocabularyOf<'payments', 'payer'>;
/** `unit-price` 단가계약, `total` 총액계약; other contract types keep their normalised text. */
export type ContractType = string;
export type Category = VocabularyOf<'contracts', 'category'>;
export type Queue = VocabularyOf<'calls', 'queue'>;
export type Direction = VocabularyOf<'calls', 'direction'>;
export type Purpose = VocabularyOf<'calls', 'purpose'>;
export type ActivityType = VocabularyOf<'activities', 'type'>;
