import type { Message } from './messages.js';
import type { DayNumber, Instant } from './time.js';

/** One non-working weekday (a public holiday) with its official Korean name(s). */
export interface Holiday {
  day: DayNumber;
  /** e.g. `['추석']`, `['어린이날', '부처님 오신 날']` */
  names: readonly string[];
  /** Where the entry came from. */
  source: 'gazette' | 'file';
}

/** A day the clock skipped between two instants, for explanations. */
export interface SkippedDay {
  day: DayNumber;
  /** `weekend` or the holiday's names. */
  reason: 'weekend' | 'holiday';
  names: readonly string[];
}

/**
 * The Korean government working calendar. All methods are pure and O(1) or O(log days):
 * their cost never grows with the length of the span (SPEC §1).
 *
 * Every method that is given an instant or day outside the loaded holiday years throws a
 * {@link CalendarRangeError} (code `CALENDAR_YEAR_NOT_LOADED`) naming the year and the fix.
 */
export interface WorkingCalendar {
  readonly timezone: 'Asia/Seoul';
  /** Working intervals as `HH:MM-HH:MM`, e.g. `['09:00-12:00', '13:00-18:00']`. */
  readonly hours: readonly string[];
  /** Working intervals in seconds of the day, sorted, non-overlapping, e.g. `[[32400, 43200], [46800, 64800]]`. */
  readonly intervals: readonly (readonly [number, number])[];
  /** Working seconds in one full working day (28 800 by default). */
  readonly secondsPerWorkingDay: number;
  /** Years with holiday data, ascending. */
  readonly holidayYears: readonly number[];
  /** True when the instant's (or day's) year has holiday data. */
  covers(t: Instant): boolean;
  coversDay(day: DayNumber): boolean;
  /** Throws CalendarRangeError when `t` is not covered; `what` names the value in the message. */
  assertCovers(t: Instant, what?: string): void;
  /**
   * True when `t` may end a half-open span `[start, t)`: it is covered, or it is 00:00 right
   * after a covered day (2028-01-01 00:00 ends a span of 2027 without any 2028 data).
   */
  coversEnd(t: Instant): boolean;
  /** Throws CalendarRangeError unless {@link WorkingCalendar.coversEnd}. */
  assertCoversEnd(t: Instant, what?: string): void;
  isWorkingDay(day: DayNumber): boolean;
  /** The holiday on that day, if any (weekends are not holidays unless the gazette says so). */
  holiday(day: DayNumber): Holiday | undefined;
  /** Holidays of one year, ascending; throws CalendarRangeError when the year is not loaded. */
  holidaysOf(year: number): readonly Holiday[];
  /** First working instant at or after `t`. */
  clockStart(t: Instant): Instant;
  /** Working seconds inside `[start, end)`; 0 when `end <= start`. */
  elapsed(start: Instant, end: Instant): number;
  /** Earliest instant at which `seconds` of working time since `start` are used up. `deadline(s, 0) = s`. */
  deadline(start: Instant, seconds: number): Instant;
  /** The n-th working day (n ≥ 1) counting `day` as day 1 when it is a working day. */
  nthWorkingDay(day: DayNumber, n: number): DayNumber;
  /** End of the last working interval (18:00) on the n-th working day from the day of `start`. */
  dayBasedDeadline(start: Instant, days: number): Instant;
  /** Non-working days (weekends, holidays) strictly between the days of `from` and `to`, plus those days themselves when non-working. */
  skippedDays(from: Instant, to: Instant): SkippedDay[];
}

export class CalendarRangeError extends Error {
  readonly code = 'CALENDAR_YEAR_NOT_LOADED';
  constructor(
    readonly year: number,
    readonly loaded: readonly number[],
    /** What needed the year (`deadline`, `received_at 2028-01-03 09:00`), named first in the message. */
    readonly what?: string,
    /** The catalog code and data when a flag the user gave needs the year (`--as-of`): worded in `--lang` by the CLI. */
    readonly said?: Message<'INPUT_FLAG_YEAR_NOT_LOADED'>,
  ) {
    const range = loaded.length ? `${loaded[0]}–${loaded[loaded.length - 1]}` : 'none';
    super(
      `${what ? `${what}: ` : ''}no holiday data for ${year} (loaded: ${range}); ` +
        `add that year's holidays with --holidays FILE (CSV "date,name" or JSON)`,
    );
    this.name = 'CalendarRangeError';
  }
}
