/**
 * Cell values → typed values: vocabularies (Korean and English), amounts, integers, seconds and
 * booleans. Each parser returns the value, or `undefined` when the text is not one (the caller
 * turns that into a rejection naming the column and the accepted values). No regex, no
 * allocation on the common path: an exact-text lookup first, the normalised key only on a miss.
 */
import type { Category, Channel, ComplaintType, Direction, Payer, Purpose, Queue } from '../model/records.js';
import { normalizeKey } from './text.js';

/** A closed vocabulary: accepted spellings → canonical value. */
export class Vocabulary<T extends string> {
  private readonly exact = new Map<string, T>();
  private readonly keyed = new Map<string, T>();
  /** The accepted values, for a rejection message: `인터넷/web, 방문/visit …`. */
  readonly accepted: string;

  constructor(
    readonly name: string,
    table: Readonly<Record<T, readonly string[]>>,
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
    this.accepted = shown.join(', ');
  }

  /**
   * The canonical value of a cell, or undefined.
   *
   * @example CHANNELS.parse(' 인터넷 ') // => 'web'
   * @example CHANNELS.parse('WEB') // => 'web'
   */
  parse(text: string): T | undefined {
    return this.exact.get(text) ?? this.keyed.get(normalizeKey(text));
  }
}

export const CHANNELS = new Vocabulary<Channel>('channel', {
  web: ['인터넷', 'internet', '온라인', 'online', '홈페이지'],
  visit: ['방문', '내방'],
  phone: ['전화', 'tel', 'telephone'],
  mail: ['우편', '서면', 'post', 'letter'],
  fax: ['팩스', '팩시밀리', 'facsimile'],
});

export const COMPLAINT_TYPES = new Vocabulary<ComplaintType>('type', {
  inquiry: ['질의', '문의'],
  petition: ['진정'],
  suggestion: ['건의'],
  improvement: ['개선의견', '개선'],
  other: ['기타'],
});

export const PAYERS = new Vocabulary<Payer>('payer', {
  pps: ['조달청'],
  agency: ['수요기관'],
});

export const CATEGORIES = new Vocabulary<Category>('category', {
  goods: ['물품'],
  construction: ['공사', '시설공사'],
  electrical: ['전기공사'],
  telecom: ['통신공사', '정보통신공사'],
  service: ['용역', 'services'],
});

export const QUEUES = new Vocabulary<Queue>('queue', {
  callcenter: ['콜센터', 'call center', 'call-center'],
  department: ['부서전화', '부서', 'dept'],
});

export const DIRECTIONS = new Vocabulary<Direction>('direction', {
  inbound: ['인바운드', '수신', 'in'],
  outbound: ['아웃바운드', '발신', 'out'],
});

export const PURPOSES = new Vocabulary<Purpose>('purpose', {
  care: ['케어콜', 'care call', 'carecall'],
  happy: ['해피콜', 'happy call', 'happycall'],
});

export const BOOLEANS = new Vocabulary<'true' | 'false'>('boolean', {
  true: ['Y', 'yes', '예', '네', 'O', '○', '1', '있음'],
  false: ['N', 'no', '아니오', '아니요', 'X', '×', '0', '없음'],
});

/**
 * A contract type: `unit-price` for 단가계약, `total` for 총액계약, otherwise the text trimmed with
 * its inner whitespace collapsed (and lower-cased when it is ASCII), e.g. `제3자단가계약`.
 *
 * @example contractType('단가계약') // => 'unit-price'
 * @example contractType(' 다수공급자  계약 ') // => '다수공급자 계약'
 */
export function contractType(text: string): string {
  const key = normalizeKey(text);
  if (key === '단가계약' || key === 'unitprice') return 'unit-price';
  if (key === '총액계약' || key === 'total') return 'total';
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
 * An amount in KRW: digits with optional `,` separators, spaces, `원`/`₩` and a leading `-`;
 * one decimal point allowed. NaN when it is not one.
 *
 * @example parseAmount('1,234,000원') // => 1234000
 * @example parseAmount('₩ 300,000,000') // => 300000000
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
    } else if (c === 44 /* , */ || c === 32 || c === 0xa0 || c === 0xc6d0 /* 원 */ || c === 0x20a9 /* ₩ */ || c === 0xffe6 /* ￦ */) {
      if (c === 44 && (digits === 0 || scale > 0)) return NaN;
    } else if (c === 45 /* - */ && digits === 0 && !negative) {
      negative = true;
    } else if (c === 46 /* . */ && scale === 0 && digits > 0) {
      scale = 1;
    } else {
      return NaN;
    }
  }
  if (digits === 0) return NaN;
  const v = scale > 1 ? value / scale : value;
  return negative ? -v : v;
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
    } else if ((c === 0xd68c /* 회 */ || c === 0xc77c /* 일 */ || c === 0xcd08 /* 초 */ || c === 0xbc88 /* 번 */) && digits > 0) {
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
