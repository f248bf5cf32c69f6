/**
 * Time primitives on the Korean clock, in integer arithmetic.
 *
 * An {@link Instant} is a whole number of seconds since 1970-01-01T00:00:00Z. Korea Standard
 * Time is UTC+09:00 with no daylight saving since 1988, so the KST wall clock is the instant
 * shifted by a constant: nothing here consults the machine's `TZ` or the `Date` object.
 * A {@link DayNumber} counts KST calendar days since 1970-01-01 (day 0).
 */

import type { DayNumber, Instant } from '../model/time.js';

export type { DayNumber, Instant };

export const KST_OFFSET_SECONDS = 9 * 3600;
export const SECONDS_PER_DAY = 86_400;

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
 *
 * @example daysFromCivil(2024, 9, 17) // => 19983
 */
export function daysFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** A calendar date. `month` is 1–12. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/**
 * The calendar date of a day number (inverse of {@link daysFromCivil}).
 *
 * @example civilFromDays(19983) // => { year: 2024, month: 9, day: 17 }
 */
export function civilFromDays(days: DayNumber): CivilDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** True for a real Gregorian date (rejects 2월 30일, month 13, day 0). */
export function isValidCivil(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** @example daysInMonth(2024, 2) // => 29 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The instant of a KST wall-clock time.
 *
 * @example kstInstant(2024, 9, 13, 17, 0, 0) // => 1726214400 (2024-09-13T17:00:00+09:00)
 */
export function kstInstant(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Instant {
  return daysFromCivil(year, month, day) * SECONDS_PER_DAY + hour * 3600 + minute * 60 + second - KST_OFFSET_SECONDS;
}

/** The KST day an instant falls on. @example kstDay(kstInstant(2025, 1, 1, 0, 0)) // => 20089 */
export function kstDay(t: Instant): DayNumber {
  return Math.floor((t + KST_OFFSET_SECONDS) / SECONDS_PER_DAY);
}

/** Seconds since KST midnight, 0–86399. @example secondOfDay(kstInstant(2025, 1, 1, 9, 30)) // => 34200 */
export function secondOfDay(t: Instant): number {
  const s = (t + KST_OFFSET_SECONDS) % SECONDS_PER_DAY;
  return s < 0 ? s + SECONDS_PER_DAY : s;
}

/** The instant of KST midnight that starts a day. */
export function dayStart(day: DayNumber): Instant {
  return day * SECONDS_PER_DAY - KST_OFFSET_SECONDS;
}

/** Day of the week of a day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(day: DayNumber): number {
  const w = (day + 4) % 7;
  return w < 0 ? w + 7 : w;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const pad4 = (n: number): string => (n >= 0 && n < 10_000 ? String(n).padStart(4, '0') : String(n));

/** `YYYY-MM-DD` of a day number. @example formatDay(19983) // => '2024-09-17' */
export function formatDay(day: DayNumber): string {
  const c = civilFromDays(day);
  return `${pad4(c.year)}-${pad2(c.month)}-${pad2(c.day)}`;
}

/**
 * ISO 8601 in KST with an explicit offset, whole seconds.
 *
 * @example formatInstant(kstInstant(2024, 9, 19, 12, 0)) // => '2024-09-19T12:00:00+09:00'
 */
export function formatInstant(t: Instant): string {
  const day = kstDay(t);
  const s = secondOfDay(t);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${formatDay(day)}T${pad2(h)}:${pad2(m)}:${pad2(s % 60)}+09:00`;
}

/** `HH:mm` (or `HH:mm:ss` when seconds are not zero) of a second of the day. */
export function formatClock(secondOfDayValue: number): string {
  const h = Math.floor(secondOfDayValue / 3600);
  const m = Math.floor((secondOfDayValue % 3600) / 60);
  const s = secondOfDayValue % 60;
  return s === 0 ? `${pad2(h)}:${pad2(m)}` : `${pad2(h)}:${pad2(m)}:${pad2(s)}`;
}

/** The KST year an instant falls in. */
export function kstYear(t: Instant): number {
  return civilFromDays(kstDay(t)).year;
}

export const WEEKDAY_KO = ['일', '월', '화', '수', '목', '금', '토'] as const;
export const WEEKDAY_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
