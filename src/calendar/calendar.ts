/**
 * The Korean government working calendar (SPEC §1), precomputed so that every query is O(1)
 * (or O(log days) for {@link WorkingCalendar.skippedDays}): a 300-day span costs what a 1-hour
 * span does.
 *
 * Model: `W(t)` = working seconds from the first loaded day's midnight up to `t`. Per-day
 * cumulative sums give `W` in two array reads; `elapsed(s, e) = W(e) - W(s)`. Every working day
 * holds exactly `secondsPerWorkingDay`, so the q-th working second (0-based) lies on working day
 * `⌊q / spd⌋` at the `q mod spd`-th second of the day's intervals: deadlines and clock starts
 * are an index into the list of working days plus a lookup table of the day's seconds.
 */
import { CalendarRangeError, type Holiday, type SkippedDay, type WorkingCalendar } from '../model/calendar.js';
import { InputError } from '../model/input.js';
import { GAZETTE_YEARS, gazetteHolidays } from './holidays.js';
import { HOLIDAY_FILE_ERRORS, type HolidayOverrides } from './overrides.js';
import { DEFAULT_HOURS, formatInterval, parseHours } from './hours.js';
import {
  type DayNumber,
  type Instant,
  KST_OFFSET_SECONDS,
  SECONDS_PER_DAY,
  civilFromDays,
  dayStart,
  daysFromCivil,
  formatDay,
  weekday,
} from './kst.js';

export interface CalendarOptions {
  /** Working intervals, `HH:MM-HH:MM`, sorted and non-overlapping. Default 09:00-12:00, 13:00-18:00. */
  hours?: readonly string[];
  /** A parsed holidays file: its additions and removals apply on top of the gazette. */
  overrides?: HolidayOverrides;
}

const WORKING = 1;
const COVERED = 2;

/**
 * Builds a working calendar: gazette holidays 2018–2027, plus the overrides' years (a year in
 * which the file adds at least one date becomes a loaded year), minus its removals.
 * Throws InputError `INVALID_HOURS` for bad hours and `HOLIDAY_FILE_REMOVE_NOT_HOLIDAY` when the
 * file removes a date that is not a holiday.
 *
 * @example createCalendar().elapsed(kstInstant(2024, 9, 13, 17), kstInstant(2024, 9, 19, 12)) // => 14400
 */
export function createCalendar(options: CalendarOptions = {}): WorkingCalendar {
  const intervals = parseHours(options.hours ?? DEFAULT_HOURS);
  const hours = intervals.map(formatInterval);
  const lastEnd = intervals[intervals.length - 1]![1];

  // Per second of a working day: working seconds before it (within), and the inverse (startAt).
  const within = new Int32Array(SECONDS_PER_DAY + 1);
  let spd = 0;
  for (const [a, b] of intervals) spd += b - a;
  const startAt = new Int32Array(spd);
  {
    let r = 0;
    let k = 0;
    for (let sod = 0; sod <= SECONDS_PER_DAY; sod++) {
      within[sod] = r;
      const iv = intervals[k];
      if (iv && sod >= iv[0] && sod < iv[1]) {
        startAt[r++] = sod;
        if (sod + 1 === iv[1]) k++;
      }
    }
  }

  const holidays = buildHolidays(options.overrides);
  const yearSet = new Set<number>(GAZETTE_YEARS);
  for (const a of options.overrides?.add ?? []) yearSet.add(civilFromDays(a.day).year);
  const years = [...yearSet].sort((x, y) => x - y);
  const minYear = years[0]!;
  const maxYear = years[years.length - 1]!;
  const D0 = daysFromCivil(minYear, 1, 1);
  const N = daysFromCivil(maxYear + 1, 1, 1) - D0;

  const flags = new Uint8Array(N);
  for (const y of years) {
    const from = daysFromCivil(y, 1, 1) - D0;
    const to = daysFromCivil(y + 1, 1, 1) - D0;
    for (let i = from; i < to; i++) {
      const wd = weekday(D0 + i);
      flags[i] = COVERED | (wd >= 1 && wd <= 5 && !holidays.has(D0 + i) ? WORKING : 0);
    }
  }
  const cumSec = new Float64Array(N + 1);
  const cumDays = new Int32Array(N + 1);
  const cumUncovered = new Int32Array(N + 1);
  const working: number[] = [];
  const nonWorking: number[] = [];
  for (let i = 0; i < N; i++) {
    const f = flags[i]!;
    const w = f & WORKING;
    cumSec[i + 1] = cumSec[i]! + (w ? spd : 0);
    cumDays[i + 1] = cumDays[i]! + w;
    cumUncovered[i + 1] = cumUncovered[i]! + (f & COVERED ? 0 : 1);
    if (w) working.push(i);
    else if (f & COVERED) nonWorking.push(i);
  }
  const workingDays = Int32Array.from(working);
  const nonWorkingDays = Int32Array.from(nonWorking);
  const hasGaps = cumUncovered[N]! > 0;

  const byYear = new Map<number, Holiday[]>();
  for (const h of [...holidays.values()].sort((a, b) => a.day - b.day)) {
    const y = civilFromDays(h.day).year;
    if (!yearSet.has(y)) continue;
    const list = byYear.get(y) ?? [];
    list.push(h);
    byYear.set(y, list);
  }

  // ---- range errors (cold paths) ----
  const rangeErrorForDay = (day: DayNumber, what: string): CalendarRangeError =>
    new CalendarRangeError(civilFromDays(day).year, years, what);
  /** The first year without data after day index `i` (used when a result runs past the data). */
  const rangeErrorAfter = (i: number, what: string): CalendarRangeError => {
    let j = Math.max(i, 0);
    while (j < N && flags[j]! & COVERED) j++;
    return j >= N ? new CalendarRangeError(maxYear + 1, years, what) : rangeErrorForDay(D0 + j, what);
  };
  const checkNoGap = (i: number, j: number, what: string): void => {
    if (hasGaps && cumUncovered[j + 1]! - cumUncovered[i]! > 0) throw rangeErrorAfter(i, what);
  };
  const checkInstant = (t: Instant, what: string): void => {
    if (!Number.isInteger(t)) throw new RangeError(`${what}: ${t} is not an instant (integer epoch seconds)`);
  };

  /** Day index of the last `cum`/`dayIndex` call. */
  let lastIndex = 0;
  const dayIndex = (day: DayNumber, what: string): number => {
    const i = day - D0;
    if (!(i >= 0 && i < N) || (flags[i]! & COVERED) === 0) {
      throw Number.isInteger(day) ? rangeErrorForDay(day, what) : new RangeError(`${what}: ${day} is not a day number`);
    }
    lastIndex = i;
    return i;
  };
  /** W(t): working seconds from the first loaded midnight to `t`. */
  const cum = (t: Instant, what: string): number => {
    checkInstant(t, what);
    const local = t + KST_OFFSET_SECONDS;
    const day = Math.floor(local / SECONDS_PER_DAY);
    const i = dayIndex(day, what);
    return flags[i]! & WORKING ? cumSec[i]! + within[local - day * SECONDS_PER_DAY]! : cumSec[i]!;
  };
  /**
   * W(t) for the end of a half-open span: also 00:00 right after a covered day, whose W is the
   * total up to that midnight (no data for the day it begins is needed).
   */
  const cumEnd = (t: Instant): number => {
    const local = t + KST_OFFSET_SECONDS;
    const i = Math.floor(local / SECONDS_PER_DAY) - D0;
    if (Number.isInteger(t) && local % SECONDS_PER_DAY === 0 && i >= 1 && i <= N && (flags[i - 1]! & COVERED) !== 0) {
      lastIndex = i - 1;
      return cumSec[i]!;
    }
    return cum(t, 'end');
  };
  /** The instant at which the q-th working second (0-based) begins, or throws past the data. */
  const secondStart = (q: number, fromIndex: number, what: string): Instant => {
    const k = Math.floor(q / spd);
    if (k >= workingDays.length) throw rangeErrorAfter(fromIndex, what);
    const di = workingDays[k]!;
    checkNoGap(fromIndex, di, what);
    return (D0 + di) * SECONDS_PER_DAY - KST_OFFSET_SECONDS + startAt[q - k * spd]!;
  };
  const checkCount = (n: number, what: string, min: number): void => {
    if (!Number.isInteger(n) || n < min) throw new RangeError(`${what}: ${n} is not an integer ≥ ${min}`);
  };

  const nthWorkingDay = (day: DayNumber, n: number): DayNumber => {
    checkCount(n, 'working days', 1);
    const i = dayIndex(day, 'day');
    const k = cumDays[i]! + n - 1;
    if (k >= workingDays.length) throw rangeErrorAfter(i, `working day ${n} from ${formatDay(day)}`);
    const di = workingDays[k]!;
    checkNoGap(i, di, `working day ${n} from ${formatDay(day)}`);
    return D0 + di;
  };

  const calendar: WorkingCalendar = {
    timezone: 'Asia/Seoul',
    hours,
    intervals: intervals.map(([a, b]) => [a, b] as const),
    secondsPerWorkingDay: spd,
    holidayYears: years,
    covers(t) {
      if (!Number.isFinite(t)) return false;
      return calendar.coversDay(Math.floor((t + KST_OFFSET_SECONDS) / SECONDS_PER_DAY));
    },
    coversDay(day) {
      const i = day - D0;
      return i >= 0 && i < N && (flags[i]! & COVERED) !== 0;
    },
    assertCovers(t, what = 'instant') {
      checkInstant(t, what);
      dayIndex(Math.floor((t + KST_OFFSET_SECONDS) / SECONDS_PER_DAY), what);
    },
    coversEnd(t) {
      if (calendar.covers(t)) return true;
      const local = t + KST_OFFSET_SECONDS;
      return Number.isInteger(t) && local % SECONDS_PER_DAY === 0 && calendar.coversDay(local / SECONDS_PER_DAY - 1);
    },
    assertCoversEnd(t, what = 'instant') {
      if (!calendar.coversEnd(t)) calendar.assertCovers(t, what);
    },
    isWorkingDay(day) {
      return (flags[dayIndex(day, 'day')]! & WORKING) !== 0;
    },
    holiday(day) {
      dayIndex(day, 'day');
      return holidays.get(day);
    },
    holidaysOf(year) {
      if (!yearSet.has(year)) throw new CalendarRangeError(year, years, `holidays of ${year}`);
      return byYear.get(year) ?? [];
    },
    clockStart(t) {
      const w = cum(t, 'clock start');
      return secondStart(w, lastIndex, 'clock start');
    },
    elapsed(start, end) {
      const ws = cum(start, 'start');
      const is = lastIndex;
      const we = cumEnd(end);
      if (end <= start) return 0;
      checkNoGap(is, lastIndex, 'elapsed');
      return we - ws;
    },
    deadline(start, seconds) {
      checkCount(seconds, 'working seconds', 0);
      const ws = cum(start, 'start');
      if (seconds === 0) return start;
      const is = lastIndex;
      const t = secondStart(ws + seconds - 1, is, 'deadline') + 1;
      // With hours ending at 24:00 the deadline can be the next midnight: it must be covered too.
      const dj = Math.floor((t + KST_OFFSET_SECONDS) / SECONDS_PER_DAY) - D0;
      if (dj >= N || (flags[dj]! & COVERED) === 0) throw rangeErrorAfter(is, 'deadline');
      return t;
    },
    nthWorkingDay,
    dayBasedDeadline(start, days) {
      checkInstant(start, 'start');
      const day = Math.floor((start + KST_OFFSET_SECONDS) / SECONDS_PER_DAY);
      return dayStart(nthWorkingDay(day, days)) + lastEnd;
    },
    skippedDays(from, to) {
      calendar.assertCovers(from, 'from');
      calendar.assertCovers(to, 'to');
      let a = Math.floor((from + KST_OFFSET_SECONDS) / SECONDS_PER_DAY) - D0;
      let b = Math.floor((to + KST_OFFSET_SECONDS) / SECONDS_PER_DAY) - D0;
      if (b < a) [a, b] = [b, a];
      checkNoGap(a, b, 'skipped days');
      const out: SkippedDay[] = [];
      for (let k = lowerBound(nonWorkingDays, a); k < nonWorkingDays.length && nonWorkingDays[k]! <= b; k++) {
        const day = D0 + nonWorkingDays[k]!;
        const h = holidays.get(day);
        out.push(h ? { day, reason: 'holiday', names: h.names } : { day, reason: 'weekend', names: [] });
      }
      return out;
    },
  };
  return calendar;
}

/** First index in a sorted array whose value is ≥ x. @example lowerBound(Int32Array.of(1, 3, 5), 4) // => 2 */
export function lowerBound(sorted: Int32Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function buildHolidays(overrides: HolidayOverrides | undefined): Map<DayNumber, Holiday> {
  const map = new Map<DayNumber, Holiday>();
  for (const [day, names] of gazetteHolidays()) map.set(day, { day, names, source: 'gazette' });
  if (!overrides) return map;
  for (const r of overrides.remove) {
    if (!map.has(r.day)) {
      // The calendar is below the catalog: it says the English itself (the same words as the
      // catalog's INPUT_HOLIDAYS 'not-holiday', checked by a test) and the data for `--lang`.
      const at = r.line === undefined ? overrides.file : `${overrides.file}:${r.line}`;
      const date = formatDay(r.day);
      throw new InputError(
        HOLIDAY_FILE_ERRORS.notHoliday,
        `${at}: ${date} is not a holiday, so it cannot be removed; remove accepts only dates that are gazette holidays`,
        overrides.file,
        r.line,
        {
          code: 'INPUT_HOLIDAYS',
          data: { file: overrides.file, line: r.line ?? null, problem: 'not-holiday', date },
        },
      );
    }
    map.delete(r.day);
  }
  for (const a of overrides.add) {
    const existing = map.get(a.day);
    if (!existing) map.set(a.day, { day: a.day, names: [a.name], source: 'file' });
    else if (!existing.names.includes(a.name)) map.set(a.day, { ...existing, names: [...existing.names, a.name] });
  }
  return map;
}

let shared: WorkingCalendar | undefined;

/**
 * The default calendar (gazette holidays, 09:00-12:00 and 13:00-18:00), built once and shared.
 *
 * @example defaultCalendar().secondsPerWorkingDay // => 28800
 */
export function defaultCalendar(): WorkingCalendar {
  shared ??= createCalendar();
  return shared;
}
