/**
 * Timestamp parsing for Korean exports, in integer arithmetic on char codes (no regex, no
 * `Date`, no allocation on success): this runs once per timestamp cell on the hot path.
 *
 * Accepted (SPEC §2 and what Korean Excel / 나라장터 write):
 * - ISO 8601 with or without offset: `2025-03-04T14:05:00`, `…T14:05:00.250+09:00`, `…Z`, `…+0900`
 * - `YYYY-MM-DD HH:mm[:ss]`, `YYYY.MM.DD HH:mm[:ss]`, `YYYY/MM/DD HH:mm[:ss]`
 *   (one-digit month/day/hour allowed; Excel's `2025. 3. 4. 14:05` too)
 * - `YYYYMMDDHHmm[ss]`
 * - `YYYY년 M월 D일 HH:mm[:ss]`
 * - any of these dates followed by its weekday in parentheses, as this tool prints it:
 *   `2024-09-13 (금) 17:00`, `2024.09.13(Fri) 17:00` (a weekday the date does not fall on is rejected)
 * - 12-hour times with `오전`/`오후` (or `AM`/`PM`) before or after the time:
 *   `2025. 3. 4. 오후 2:05:00`, `2025-03-04 2:05 PM`
 *
 * A timestamp without an offset is KST. Dates and times that do not exist (2월 30일, 25:00,
 * 12:60) are rejected, never rolled over.
 */
import { ACCEPTED_TIMESTAMPS, TIMESTAMP_PROBLEMS } from '../messages/rejections.js';
import type { TimestampProblem } from '../model/messages.js';
import {
  type DayNumber,
  type Instant,
  KST_OFFSET_SECONDS,
  SECONDS_PER_DAY,
  daysFromCivil,
  isValidCivil,
  weekday,
} from '../calendar/kst.js';
import { weekdayAt } from './weekday-name.js';

const enum Err {
  None = 0,
  Format = 1,
  Date = 2,
  Time = 3,
  NoTime = 4,
  Offset = 5,
  Empty = 6,
  Weekday = 7,
}

let lastError: Err = Err.None;
/** Set by the date part of the scan: where the time part starts. */
let pos = 0;

const C0 = 48; // '0'
const SPACE = 32;
const TAB = 9;
const NBSP = 0xa0;
const HAN_YEAR = 0xb144; // 년
const HAN_MONTH = 0xc6d4; // 월
const HAN_DAY = 0xc77c; // 일
const HAN_O = 0xc624; // 오
const HAN_JEON = 0xc804; // 전
const HAN_HU = 0xd6c4; // 후
const HAN_SI = 0xc2dc; // 시
const HAN_BUN = 0xbd84; // 분
const HAN_CHO = 0xcd08; // 초

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c === SPACE || c === TAB || c === NBSP;
}

function skipSpaces(s: string, i: number): number {
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** Reads 1–`max` digits at `pos`; returns the value or -1. Advances `pos`. */
function digits(s: string, min: number, max: number): number {
  let v = 0;
  let n = 0;
  while (n < max && pos < s.length) {
    const c = s.charCodeAt(pos);
    if (!isDigit(c)) break;
    v = v * 10 + (c - C0);
    pos++;
    n++;
  }
  return n >= min ? v : -1;
}

/**
 * Scans the date part; on success returns the day number and leaves `pos` after it,
 * else returns NaN with `lastError` set.
 */
function scanDate(s: string, start: number): number {
  pos = start;
  const year = digits(s, 4, 4);
  if (year < 0) return fail(Err.Format);
  if (pos >= s.length) return fail(Err.Format);
  let c = s.charCodeAt(pos);
  let month: number;
  let day: number;
  if (c === HAN_YEAR) {
    // 2025년 3월 4일
    pos = skipSpaces(s, pos + 1);
    month = digits(s, 1, 2);
    if (month < 0 || s.charCodeAt(pos) !== HAN_MONTH) return fail(Err.Format);
    pos = skipSpaces(s, pos + 1);
    day = digits(s, 1, 2);
    if (day < 0 || s.charCodeAt(pos) !== HAN_DAY) return fail(Err.Format);
    pos++;
  } else if (c === 45 /* - */ || c === 46 /* . */ || c === 47 /* / */) {
    const sep = c;
    pos++;
    if (sep === 46) pos = skipSpaces(s, pos);
    month = digits(s, 1, 2);
    if (month < 0 || s.charCodeAt(pos) !== sep) return fail(Err.Format);
    pos++;
    if (sep === 46) pos = skipSpaces(s, pos);
    day = digits(s, 1, 2);
    if (day < 0) return fail(Err.Format);
    // Excel's Korean short date ends in a dot: `2025. 3. 4.`
    if (sep === 46 && s.charCodeAt(pos) === 46) pos++;
  } else if (isDigit(c)) {
    // Compact: YYYYMMDD[HHmm[ss]]
    month = digits(s, 2, 2);
    day = digits(s, 2, 2);
    if (month < 0 || day < 0) return fail(Err.Format);
    c = s.charCodeAt(pos);
    if (pos < s.length && !isDigit(c) && c !== 84 /* T */ && !isSpace(c)) return fail(Err.Format);
  } else {
    return fail(Err.Format);
  }
  if (!isValidCivil(year, month, day)) return fail(Err.Date);
  const dayNumber = daysFromCivil(year, month, day);
  // A weekday in parentheses (`2024-09-13 (금)`, as offices and this tool write it) must be the date's.
  c = s.charCodeAt(pos);
  if (c === 40 || isSpace(c)) {
    const w = weekdayAt(s, pos);
    if (w >= 0) {
      if ((w & 7) !== weekday(dayNumber)) return fail(Err.Weekday);
      pos = w >> 3;
    }
  }
  return dayNumber;
}

function fail(e: Err): number {
  lastError = e;
  return Number.NaN;
}

/** Reads `오전`/`오후`/`AM`/`PM` at `pos`: 1 = AM, 2 = PM, 0 = none. Advances `pos`. */
function meridiem(s: string): number {
  const c = s.charCodeAt(pos);
  if (c === HAN_O) {
    const d = s.charCodeAt(pos + 1);
    if (d === HAN_JEON) {
      pos += 2;
      return 1;
    }
    if (d === HAN_HU) {
      pos += 2;
      return 2;
    }
    return 0;
  }
  if (c === 65 || c === 97 || c === 80 || c === 112) {
    const d = s.charCodeAt(pos + 1);
    if (d === 77 || d === 109) {
      pos += 2;
      return c === 65 || c === 97 ? 1 : 2;
    }
  }
  return 0;
}

/**
 * Parses a timestamp into an {@link Instant}; `NaN` when it is not one (see
 * {@link timestampProblem} for why).
 *
 * @example parseTimestamp('2024-09-13 17:00') // => 1726214400
 * @example parseTimestamp('2025년 3월 4일 14:05') === parseTimestamp('2025-03-04T05:05:00Z') // => true
 * @example parseTimestamp('2025-02-30 09:00') // => NaN
 */
export function parseTimestamp(text: string): Instant {
  lastError = Err.None;
  if (text.length === 19 || text.length === 16) {
    const t = fixedIso(text);
    if (t === t) return t; // not NaN
  }
  text = halfWidth(text);
  let i = 0;
  let end = text.length;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  while (end > i && isSpace(text.charCodeAt(end - 1))) end--;
  if (i === end) return fail(Err.Empty);
  const s = end === text.length ? text : text.slice(0, end);
  const serial = excelSerial(s, i);
  if (serial === serial) return serial === Math.floor(serial) ? fail(Err.NoTime) : serialInstant(serial);
  const day = scanDate(s, i);
  if (Number.isNaN(day)) return day;
  // Compact form continues with digits directly.
  let hour: number;
  let minute: number;
  let second = 0;
  let mer = 0;
  if (pos < s.length && isDigit(s.charCodeAt(pos)) && s.charCodeAt(i + 4) !== 45 && isDigit(s.charCodeAt(i + 4))) {
    hour = digits(s, 2, 2);
    minute = digits(s, 2, 2);
    if (hour < 0 || minute < 0) return fail(Err.Format);
    if (pos < s.length && isDigit(s.charCodeAt(pos))) {
      second = digits(s, 2, 2);
      if (second < 0) return fail(Err.Format);
    }
  } else {
    if (pos >= s.length) return fail(Err.NoTime);
    const c = s.charCodeAt(pos);
    if (c === 84 /* T */ || c === 116) pos++;
    else if (isSpace(c)) pos = skipSpaces(s, pos);
    else return fail(Err.Format);
    mer = meridiem(s);
    if (mer !== 0) pos = skipSpaces(s, pos);
    hour = digits(s, 1, 2);
    if (hour < 0) return fail(pos >= s.length ? Err.NoTime : Err.Format);
    if (s.charCodeAt(pos) === HAN_SI) {
      // 14시 5분 [7초]
      minute = 0;
      pos = skipSpaces(s, pos + 1);
      if (pos < s.length && isDigit(s.charCodeAt(pos))) {
        minute = digits(s, 1, 2);
        if (minute < 0 || s.charCodeAt(pos) !== HAN_BUN) return fail(Err.Format);
        pos = skipSpaces(s, pos + 1);
        if (pos < s.length && isDigit(s.charCodeAt(pos))) {
          second = digits(s, 1, 2);
          if (second < 0 || s.charCodeAt(pos) !== HAN_CHO) return fail(Err.Format);
          pos++;
        }
      }
    } else if (s.charCodeAt(pos) !== 58 /* : */) return fail(Err.Format);
    else {
      pos++;
      minute = digits(s, 2, 2);
      if (minute < 0) return fail(Err.Format);
    }
    if (s.charCodeAt(pos) === 58) {
      pos++;
      second = digits(s, 2, 2);
      if (second < 0) return fail(Err.Format);
      if (s.charCodeAt(pos) === 46 /* . */ || s.charCodeAt(pos) === 44 /* , */) {
        // Fraction of a second: truncated to whole seconds.
        pos++;
        if (digits(s, 1, 9) < 0) return fail(Err.Format);
      }
    }
  }
  let offset = KST_OFFSET_SECONDS;
  if (pos < s.length) {
    pos = skipSpaces(s, pos);
    const c = s.charCodeAt(pos);
    if (isKst(s, pos)) {
      pos += s.charCodeAt(pos) === 40 ? 5 : 3;
    } else if (c === 90 /* Z */ || c === 122) {
      offset = 0;
      pos++;
    } else if (c === 43 /* + */ || c === 45 /* - */) {
      pos++;
      const oh = digits(s, 2, 2);
      if (oh < 0) return fail(Err.Offset);
      let om = 0;
      if (s.charCodeAt(pos) === 58) pos++;
      if (pos < s.length && isDigit(s.charCodeAt(pos))) {
        om = digits(s, 2, 2);
        if (om < 0) return fail(Err.Offset);
      }
      if (oh > 14 || om > 59) return fail(Err.Offset);
      offset = (c === 45 ? -1 : 1) * (oh * 3600 + om * 60);
    } else if (mer === 0) {
      mer = meridiem(s);
      if (mer === 0) return fail(Err.Format);
      pos = skipSpaces(s, pos);
      if (isKst(s, pos)) pos += s.charCodeAt(pos) === 40 ? 5 : 3;
    }
    if (pos !== s.length) return fail(Err.Format);
  }
  if (mer !== 0) {
    if (hour < 1 || hour > 12) return fail(Err.Time);
    if (mer === 1) hour = hour === 12 ? 0 : hour;
    else hour = hour === 12 ? 12 : hour + 12;
  }
  // 24:00 is the end of that day (the next day's 00:00), as some systems write a deadline.
  if (hour === 24 && minute === 0 && second === 0 && mer === 0) return (day + 1) * SECONDS_PER_DAY - offset;
  if (hour > 23 || minute > 59 || second > 59) return fail(Err.Time);
  return day * SECONDS_PER_DAY + hour * 3600 + minute * 60 + second - offset;
}

/** True when `KST` or `(KST)` is written at `i` (the zone name some systems append). */
function isKst(s: string, i: number): boolean {
  if (s.charCodeAt(i) === 40 /* ( */) return isKst(s, i + 1) && s.charCodeAt(i + 4) === 41;
  return (s.charCodeAt(i) | 32) === 107 && (s.charCodeAt(i + 1) | 32) === 115 && (s.charCodeAt(i + 2) | 32) === 116;
}

/**
 * Full-width digits and punctuation (what Korean input methods type: `２０２５－０３－０４`) and
 * the ideographic space turned into ASCII; the text itself when it has none.
 *
 * @example halfWidth('２０２５．３．４') // => '2025.3.4'
 */
export function halfWidth(text: string): string {
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000) break;
  }
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : c === 0x3000 ? ' ' : text[i];
  }
  return out;
}

/** Day number of 1899-12-30, day 0 of Excel's (1900) serial dates. */
const EXCEL_EPOCH = daysFromCivil(1899, 12, 30);

/**
 * An Excel serial date-time written as text in a CSV (`45720.5` = 2025-03-04 12:00): exactly five
 * digits, optionally a fraction of a day. NaN when the text is not one.
 */
function excelSerial(s: string, i: number): number {
  let n = 0;
  for (let k = i; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (isDigit(c)) n++;
    else if (c === 46 /* . */ && n === 5 && k === i + 5 && k + 1 < s.length) continue;
    else return Number.NaN;
  }
  if (n < 5 || !isDigit(s.charCodeAt(i + 4)) || (s.length - i > 5 && s.charCodeAt(i + 5) !== 46)) return Number.NaN;
  return Number(s.slice(i));
}

/** The KST instant of an Excel serial date-time, to the nearest second. */
function serialInstant(serial: number): Instant {
  const days = Math.floor(serial);
  const seconds = Math.round((serial - days) * SECONDS_PER_DAY);
  return (EXCEL_EPOCH + days) * SECONDS_PER_DAY + seconds - KST_OFFSET_SECONDS;
}

/** The date of the last {@link fixedIso} hit (`yyyymmdd`) and its day number: rows come in time order. */
let cachedDate = -1;
let cachedDay = 0;

/** Two ASCII digits at `i` as a number, or -1. */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - C0;
  const b = s.charCodeAt(i + 1) - C0;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * The fast path for what nearly every export writes, `YYYY-MM-DD HH:mm[:ss]` (or `T` between),
 * KST: fixed positions, the day number of the last date reused. NaN for anything else (the
 * general scanner then decides, and says why).
 *
 * @example fixedIso('2024-09-13 17:00') // => 1726214400
 */
function fixedIso(s: string): Instant {
  const sep = s.charCodeAt(10);
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || (sep !== SPACE && sep !== 84) || s.charCodeAt(13) !== 58)
    return Number.NaN;
  const y1 = two(s, 0);
  const y2 = two(s, 2);
  const month = two(s, 5);
  const day = two(s, 8);
  const hour = two(s, 11);
  const minute = two(s, 14);
  let second = 0;
  if (s.length === 19) {
    if (s.charCodeAt(16) !== 58) return Number.NaN;
    second = two(s, 17);
  }
  if (
    y1 < 0 ||
    y2 < 0 ||
    month < 0 ||
    day < 0 ||
    hour < 0 ||
    hour > 23 ||
    minute < 0 ||
    minute > 59 ||
    second < 0 ||
    second > 59
  ) {
    return Number.NaN;
  }
  const year = y1 * 100 + y2;
  const key = year * 10000 + month * 100 + day;
  if (key !== cachedDate) {
    if (!isValidCivil(year, month, day)) return Number.NaN;
    cachedDay = daysFromCivil(year, month, day);
    cachedDate = key;
  }
  return cachedDay * SECONDS_PER_DAY + hour * 3600 + minute * 60 + second - KST_OFFSET_SECONDS;
}

/**
 * Parses a calendar date (`2025-03-04`, `2025.03.04`, `2025/3/4`, `20250304`, `2025년 3월 4일`)
 * into a KST {@link DayNumber}; `NaN` when it is not one.
 *
 * @example parseDate('2025-04-01') // => 20179
 */
export function parseDate(text: string): DayNumber {
  lastError = Err.None;
  const s = halfWidth(text).trim();
  if (s === '') return fail(Err.Empty);
  const serial = excelSerial(s, 0);
  if (serial === serial && serial === Math.floor(serial)) return EXCEL_EPOCH + serial;
  const day = scanDate(s, 0);
  if (Number.isNaN(day)) return day;
  if (pos !== s.length) return fail(Err.Format);
  return day;
}

/**
 * A timestamp, or a date alone meaning 00:00 KST of that day (a column whose table line says
 * `dateOnly`); `NaN` when it is neither.
 *
 * @example parseTimestampOrDate('2025-04-01') === parseTimestamp('2025-04-01 00:00') // => true
 */
export function parseTimestampOrDate(text: string): Instant {
  const t = parseTimestamp(text);
  if (t === t) return t;
  const day = parseDate(text);
  return day === day ? day * SECONDS_PER_DAY - KST_OFFSET_SECONDS : parseTimestamp(text);
}

export { ACCEPTED_TIMESTAMPS };

/** Why the last {@link parseTimestamp} failed, as the catalog's problem. */
const PROBLEMS: Record<Err, TimestampProblem | null> = {
  [Err.None]: null,
  [Err.Format]: 'format',
  [Err.Date]: 'date',
  [Err.Time]: 'time',
  [Err.NoTime]: 'no-time',
  [Err.Offset]: 'offset',
  [Err.Empty]: 'empty',
  [Err.Weekday]: 'weekday',
};

/**
 * Why `text` is not a timestamp (null when it is one): the problem a rejection carries as data.
 *
 * @example timestampProblemOf('2025-02-30 09:00') // => 'date'
 * @example timestampProblemOf('2025-03-04 09:00') // => null
 */
export function timestampProblemOf(text: string): TimestampProblem | null {
  if (!Number.isNaN(parseTimestamp(text))) return null;
  return PROBLEMS[lastError] ?? 'format';
}

/**
 * Why `text` is not a timestamp, in English words (`is not a valid date`); empty string when it
 * is one.
 *
 * @example timestampProblem('2025-02-30 09:00') // => 'is not a valid date'
 */
export function timestampProblem(text: string): string {
  const p = timestampProblemOf(text);
  return p === null ? '' : TIMESTAMP_PROBLEMS[p].en;
}

/**
 * A time of day in seconds after midnight: `14:05`, `14:05:30`, `2:05 PM`, `오후 2:10`, `14시 5분`,
 * `오후 2시 10분`, `1405`; `24:00` is the end of the day (86400). NaN when it is not one.
 *
 * @example parseTimeOfDay('오후 2시 10분') // => 51000
 * @example parseTimeOfDay('24:00') // => 86400
 */
export function parseTimeOfDay(text: string): number {
  const s = halfWidth(text).trim();
  if (s.charCodeAt(0) === 48 && s.charCodeAt(1) === 46) {
    // An Excel time serial: a fraction of a day (`0.5` = 12:00).
    const f = Number(s);
    return f >= 0 && f < 1 ? Math.round(f * SECONDS_PER_DAY) : Number.NaN;
  }
  pos = 0;
  let mer = meridiem(s);
  if (mer !== 0) pos = skipSpaces(s, pos);
  const start = pos;
  let hour = digits(s, 1, 2);
  if (hour < 0) return Number.NaN;
  let minute = 0;
  let second = 0;
  const c = s.charCodeAt(pos);
  if (c === 58 /* : */) {
    pos++;
    minute = digits(s, 2, 2);
    if (minute < 0) return Number.NaN;
    if (s.charCodeAt(pos) === 58) {
      pos++;
      second = digits(s, 2, 2);
      if (second < 0) return Number.NaN;
    }
  } else if (c === HAN_SI) {
    pos = skipSpaces(s, pos + 1);
    if (pos < s.length && isDigit(s.charCodeAt(pos))) {
      minute = digits(s, 1, 2);
      if (minute < 0 || s.charCodeAt(pos) !== HAN_BUN) return Number.NaN;
      pos = skipSpaces(s, pos + 1);
      if (pos < s.length && isDigit(s.charCodeAt(pos))) {
        second = digits(s, 1, 2);
        if (second < 0 || s.charCodeAt(pos) !== HAN_CHO) return Number.NaN;
        pos++;
      }
    }
  } else if (pos - start === 2 && isDigit(c)) {
    // Compact HHmm[ss].
    minute = digits(s, 2, 2);
    if (minute < 0) return Number.NaN;
    if (pos < s.length && isDigit(s.charCodeAt(pos))) {
      second = digits(s, 2, 2);
      if (second < 0) return Number.NaN;
    }
  }
  pos = skipSpaces(s, pos);
  if (mer === 0 && pos < s.length) {
    mer = meridiem(s);
    pos = skipSpaces(s, pos);
  }
  if (pos !== s.length) return Number.NaN;
  if (mer !== 0) {
    if (hour < 1 || hour > 12) return Number.NaN;
    if (mer === 1) hour = hour === 12 ? 0 : hour;
    else hour = hour === 12 ? 12 : hour + 12;
  }
  if (hour === 24 && minute === 0 && second === 0) return SECONDS_PER_DAY;
  if (hour > 23 || minute > 59 || second > 59) return Number.NaN;
  return hour * 3600 + minute * 60 + second;
}

/**
 * An instant written in two cells, a date and a time of day (`접수일자` + `접수시간`), KST. A date
 * cell that holds a whole timestamp is taken as is when the time cell is blank. NaN when not one.
 *
 * @example joinDateTime('2025-03-04', '14:05') === parseTimestamp('2025-03-04 14:05') // => true
 */
export function joinDateTime(date: string, time: string): Instant {
  let day = parseDate(date);
  const blankTime = time.trim() === '';
  if (day !== day) {
    // A whole timestamp in the date cell: taken as is without a time, or for its day at midnight
    // (a spreadsheet's date cell often carries 00:00:00).
    const whole = parseTimestamp(date);
    if (blankTime || whole !== whole) return whole;
    const local = whole + KST_OFFSET_SECONDS;
    if (local % SECONDS_PER_DAY !== 0) return fail(Err.Format);
    day = local / SECONDS_PER_DAY;
  }
  if (blankTime) return fail(Err.NoTime);
  let seconds = parseTimeOfDay(time);
  if (seconds !== seconds) {
    // A time cell written as a whole timestamp (a spreadsheet time on its epoch day): its time of day.
    const whole = parseTimestamp(time);
    if (whole !== whole) return fail(Err.Time);
    seconds = (((whole + KST_OFFSET_SECONDS) % SECONDS_PER_DAY) + SECONDS_PER_DAY) % SECONDS_PER_DAY;
  }
  return day * SECONDS_PER_DAY + seconds - KST_OFFSET_SECONDS;
}
