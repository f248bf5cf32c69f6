/**
 * Cell values → typed values: vocabularies (Korean and English), amounts, integers, seconds and
 * booleans. Each parser returns the value, or `undefined` when the text is not one (the caller
 * turns that into a rejection naming the column and the accepted values). No regex, no
 * allocation on the common path: an exact-text lookup first, the normalised key only on a miss.
 */
import {
  type Category,
  type Channel,
  type ComplaintType,
  type Direction,
  FLAG_WORDS,
  type Kind,
  type Payer,
  type Purpose,
  type Queue,
  columnsOf,
} from '../model/records.js';
import { normalizeKey } from './text.js';

/** A vocabulary: accepted spellings → canonical value. */
export class Vocabulary<T extends string> {
  private readonly exact = new Map<string, T>();
  private readonly keyed = new Map<string, T>();
  /** The accepted values, for a rejection message: `인터넷/web, 방문/visit …`. */
  readonly accepted: string;

  constructor(
    readonly name: string,
    readonly table: Readonly<Record<T, readonly string[]>>,
    /** An office's own words (the config's `values` map): word → canonical value. */
    readonly extra: Readonly<Record<string, T>> = {},
  ) {
    const shown: string[] = [];
    for (const value of Object.keys(table) as T[]) {
      const spellings = table[value];
      shown.push(`${spellings[0]}/${value}`);
      for (const s of [value, ...spellings]) {
        this.exact.set(s, value);
        this.keyed.set(normalizeKey(s), value);
      }
    }
    for (const [word, value] of Object.entries(extra) as [string, T][]) {
      this.exact.set(word, value);
      this.keyed.set(normalizeKey(word), value);
      shown.push(`${word}/${value}`);
    }
    this.accepted = shown.join(', ');
  }

  /**
   * The canonical value of a cell, or undefined.
   *
   * @example CHANNELS.parse(' 인터넷 ') // => 'web'
   * @example CHANNELS.parse('WEB') // => 'web'
   */
  parse(text: string): T | undefined {
    // A column holds a handful of words, row after row: the last two asked for are kept, so most
    // cells cost a string comparison instead of hashing a fresh string for a map.
    if (text === this.lastText) return this.lastValue;
    if (text === this.otherText) return this.otherValue;
    const value = this.exact.get(text) ?? this.keyed.get(normalizeKey(text));
    this.otherText = this.lastText;
    this.otherValue = this.lastValue;
    this.lastText = text;
    this.lastValue = value;
    return value;
  }

  private lastText: string | null = null;
  private lastValue: T | undefined = undefined;
  private otherText: string | null = null;
  private otherValue: T | undefined = undefined;

  /** The same vocabulary with an office's own words added (itself when there are none). */
  with(extra: Readonly<Record<string, string>> | undefined): Vocabulary<T> {
    if (extra === undefined || Object.keys(extra).length === 0) return this;
    return new Vocabulary(this.name, this.table, { ...this.extra, ...(extra as Record<string, T>) });
  }
}

/**
 * The vocabulary of a column of a kind, from its table line.
 *
 * @example vocabularyOf('complaints', 'channel').parse('방문') // => 'visit'
 */
export function vocabularyOf(kind: Kind, column: string): Vocabulary<string> {
  const spec = columnsOf(kind).find((s) => s.column === column && (s.type === 'vocabulary' || s.type === 'flag'));
  if (spec?.type === 'flag') return new Vocabulary('boolean', FLAG_WORDS);
  if (!spec?.values) throw new Error(`${kind}.${column} is not a vocabulary column`);
  return new Vocabulary(column, spec.values);
}

export const CHANNELS = vocabularyOf('complaints', 'channel') as Vocabulary<Channel>;
export const COMPLAINT_TYPES = vocabularyOf('complaints', 'type') as Vocabulary<ComplaintType>;
export const PAYERS = vocabularyOf('payments', 'payer') as Vocabulary<Payer>;
export const CONTRACT_TYPES = vocabularyOf('contracts', 'contract_type');
export const CATEGORIES = vocabularyOf('contracts', 'category') as Vocabulary<Category>;
export const QUEUES = vocabularyOf('calls', 'queue') as Vocabulary<Queue>;
export const DIRECTIONS = vocabularyOf('calls', 'direction') as Vocabulary<Direction>;
export const PURPOSES = vocabularyOf('calls', 'purpose') as Vocabulary<Purpose>;

export const BOOLEANS = new Vocabulary<'true' | 'false'>('boolean', FLAG_WORDS);

/**
 * A contract type: `unit-price` for 단가계약, `total` for 총액계약, otherwise the text trimmed with
 * its inner whitespace collapsed (and lower-cased when it is ASCII), e.g. `제3자단가계약`.
 *
 * @example contractType('단가계약') // => 'unit-price'
 * @example contractType(' 다수공급자  계약 ') // => '다수공급자 계약'
 */
export function contractType(text: string, words: Vocabulary<string> = CONTRACT_TYPES): string {
  const known = words.parse(text);
  if (known !== undefined) return known;
  const collapsed = text.trim().split(/\s+/).join(' ');
  return /^[\x20-\x7e]*$/.test(collapsed) ? collapsed.toLowerCase() : collapsed;
}

/**
 * A boolean cell (`Y/N`, `예/아니오`, `O/X`, `1/0`, `true/false`).
 *
 * @example parseBoolean('예') // => true
 * @example parseBoolean('x') // => false
 * @example parseBoolean('maybe') // => undefined
 */
export function parseBoolean(text: string): boolean | undefined {
  const v = BOOLEANS.parse(text);
  return v === undefined ? undefined : v === 'true';
}

/**
 * An amount in KRW: digits with optional `,` separators, spaces, `원`/`₩`/`\\` (CP949's won sign)
 * and a leading `-`; one decimal point allowed. Accounting forms are read too: `-` alone is zero
 * (Excel's accounting format), `(1,000)` is negative, and Korean units `3억원`, `1억 2,000만원`,
 * `5천만원`. NaN when it is not one.
 *
 * @example parseAmount('1,234,000원') // => 1234000
 * @example parseAmount('₩ 300,000,000') // => 300000000
 * @example parseAmount('1억 2,000만원') // => 120000000
 * @example parseAmount('(1,000)') // => -1000
 * @example parseAmount('12a') // => NaN
 */
export function parseAmount(text: string): number {
  let value = 0;
  let digits = 0;
  let negative = false;
  let scale = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits++;
      if (scale > 0) scale *= 10;
    } else if (
      c === 44 /* , */ ||
      c === 32 ||
      c === 0xa0 ||
      c === 0xc6d0 /* 원 */ ||
      c === 0x20a9 /* ₩ */ ||
      c === 0xffe6 /* ￦ */ ||
      c === 92 /* \\ */
    ) {
      if (c === 44 && (digits === 0 || scale > 0)) return NaN;
    } else if (c === 45 /* - */ && digits === 0 && !negative) {
      negative = true;
    } else if (c === 46 /* . */ && scale === 0 && digits > 0) {
      scale = 1;
    } else {
      return accountingAmount(text);
    }
  }
  if (digits === 0) return negative && isDash(text) ? 0 : NaN;
  const v = scale > 1 ? value / scale : value;
  return negative ? -v : v;
}

/** True for a cell that is only a dash (and spaces, a won sign): Excel's accounting zero. */
function isDash(text: string): boolean {
  return text.replace(/[\s₩￦\\원]/g, '') === '-';
}

const BIG_UNITS: Readonly<Record<string, number>> = { 만: 1e4, 억: 1e8, 조: 1e12 };
const SMALL_UNITS: Readonly<Record<string, number>> = { 십: 10, 백: 100, 천: 1000 };

/**
 * The slow path of {@link parseAmount}: full-width digits, `(1,000)` negatives and Korean units.
 */
function accountingAmount(raw: string): number {
  let text = raw.trim().replace(/[\uff10-\uff19\uff08\uff09\uff0c\uff0d]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  let negative = false;
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1);
  }
  text = text.replace(/[\s,₩￦\\]/g, '').replace(/원$/, '');
  if (text.startsWith('-')) {
    if (negative) return NaN;
    negative = true;
    text = text.slice(1);
  }
  if (!/[0-9]/.test(text)) return NaN;
  let total = 0;
  let group = 0;
  let number = NaN;
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 46) {
      let j = i;
      while (j < text.length && ((text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) || text.charCodeAt(j) === 46)) j++;
      if (number === number) return NaN;
      number = Number(text.slice(i, j));
      if (number !== number) return NaN;
      i = j;
      continue;
    }
    const ch = text[i]!;
    const small = SMALL_UNITS[ch];
    const big = BIG_UNITS[ch];
    if (small !== undefined) {
      group += (number === number ? number : 1) * small;
    } else if (big !== undefined) {
      group += number === number ? number : 0;
      total += (group === 0 ? 1 : group) * big;
      group = 0;
    } else {
      return NaN;
    }
    number = NaN;
    i++;
  }
  total += group + (number === number ? number : 0);
  return negative ? -total : total;
}

/**
 * A non-negative whole number (spaces and a trailing unit such as `회`, `일`, `초` allowed).
 * NaN when it is not one.
 *
 * @example parseCount(' 3 ') // => 3
 * @example parseCount('7일') // => 7
 * @example parseCount('2.5') // => NaN
 */
export function parseCount(text: string): number {
  let value = 0;
  let digits = 0;
  let unit = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57 && !unit) {
      value = value * 10 + (c - 48);
      digits++;
    } else if (c === 32 || c === 0xa0 || c === 9) {
      if (digits > 0) unit = true;
    } else if ((c === 0xd68c /* 회 */ || c === 0xc77c /* 일 */ || c === 0xcd08 /* 초 */ || c === 0xbc88) /* 번 */ && digits > 0) {
      unit = true;
    } else {
      return NaN;
    }
  }
  return digits === 0 || digits > 15 ? NaN : value;
}

/**
 * A wait in seconds: a number (decimals allowed, a trailing `초` or `s`), or a clock duration
 * `m:ss` / `h:mm:ss` as call-centre systems write it. NaN when it is not one.
 *
 * @example parseSeconds('25') // => 25
 * @example parseSeconds('00:01:05') // => 65
 * @example parseSeconds('12.5초') // => 12.5
 */
export function parseSeconds(text: string): number {
  let total = 0;
  let part = 0;
  let digits = 0;
  let colons = 0;
  let scale = 0;
  let end = text.length;
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (c === 32 || c === 9 || c === 0xa0 || c === 0xcd08 /* 초 */ || c === 115 /* s */) end--;
    else break;
  }
  let i = 0;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      part = part * 10 + (c - 48);
      digits++;
      if (scale > 0) scale *= 10;
    } else if (c === 58 /* : */ && digits > 0 && scale === 0 && colons < 2) {
      total = (total + part) * 60;
      colons++;
      if (colons > 1 && part > 59) return NaN;
      part = 0;
      digits = 0;
    } else if (c === 46 /* . */ && digits > 0 && scale === 0) {
      scale = 1;
    } else {
      return NaN;
    }
  }
  if (digits === 0) return NaN;
  if (colons > 0 && (part > 59 || digits !== 2)) return NaN;
  return total + (scale > 1 ? part / scale : part);
}
