import { describe, expect, it } from 'vitest';
import {
  CalendarRangeError,
  createCalendar,
  dayStart,
  daysFromCivil,
  defaultCalendar,
  formatInstant,
  kstInstant,
} from '../../src/calendar/index.js';
import { parseHolidayFile } from '../../src/ingest/holiday-file.js';
import { InputError } from '../../src/model/input.js';
import { renderMessage } from '../../src/messages/catalog.js';

const cal = defaultCalendar();
const at = kstInstant;
const iso = formatInstant;
const H = 3600;
const day = daysFromCivil;

describe('clockStart and deadline around the working intervals', () => {
  it('start during lunch: the clock starts at 13:00', () => {
    const s = at(2024, 9, 13, 12, 30);
    expect(iso(cal.clockStart(s))).toBe('2024-09-13T13:00:00+09:00');
    expect(iso(cal.deadline(s, H))).toBe('2024-09-13T14:00:00+09:00');
    expect(cal.elapsed(s, at(2024, 9, 13, 14))).toBe(H);
  });

  it('start at 12:00: lunch has begun, nothing counts until 13:00', () => {
    const s = at(2024, 9, 13, 12, 0);
    expect(iso(cal.clockStart(s))).toBe('2024-09-13T13:00:00+09:00');
    expect(iso(cal.deadline(s, H))).toBe('2024-09-13T14:00:00+09:00');
    expect(cal.elapsed(at(2024, 9, 13, 11), s)).toBe(H);
    expect(cal.elapsed(at(2024, 9, 13, 11), at(2024, 9, 13, 13))).toBe(H);
  });

  it('start at 17:59:59 on a Friday: one second counts, the rest runs on Monday', () => {
    const s = at(2024, 9, 6, 17, 59, 59);
    expect(iso(cal.clockStart(s))).toBe('2024-09-06T17:59:59+09:00');
    expect(iso(cal.deadline(s, 1))).toBe('2024-09-06T18:00:00+09:00');
    expect(iso(cal.deadline(s, H))).toBe('2024-09-09T09:59:59+09:00');
  });

  it('start at 18:00: the clock starts on the next working morning', () => {
    const s = at(2024, 9, 6, 18, 0);
    expect(iso(cal.clockStart(s))).toBe('2024-09-09T09:00:00+09:00');
    expect(iso(cal.deadline(s, H))).toBe('2024-09-09T10:00:00+09:00');
    expect(cal.elapsed(s, at(2024, 9, 9, 9, 0))).toBe(0);
  });

  it('start at night: nothing counts before 09:00', () => {
    const s = at(2024, 9, 4, 23, 30);
    expect(iso(cal.clockStart(s))).toBe('2024-09-05T09:00:00+09:00');
    expect(iso(cal.deadline(s, 2 * H))).toBe('2024-09-05T11:00:00+09:00');
    expect(iso(cal.clockStart(at(2024, 9, 5, 3, 0)))).toBe('2024-09-05T09:00:00+09:00');
  });

  it('start on a Saturday: the weekend does not count', () => {
    const s = at(2024, 9, 7, 10, 0);
    expect(iso(cal.clockStart(s))).toBe('2024-09-09T09:00:00+09:00');
    expect(cal.elapsed(s, at(2024, 9, 8, 15, 0))).toBe(0);
    expect(iso(cal.deadline(s, 8 * H))).toBe('2024-09-09T18:00:00+09:00');
  });

  it('start on a holiday (개천절, Thu 2024-10-03): 8 h end exactly at Friday 18:00', () => {
    const s = at(2024, 10, 3, 10, 0);
    expect(cal.isWorkingDay(day(2024, 10, 3))).toBe(false);
    expect(iso(cal.clockStart(s))).toBe('2024-10-04T09:00:00+09:00');
    expect(iso(cal.deadline(s, 8 * H))).toBe('2024-10-04T18:00:00+09:00');
  });

  it('a deadline that uses up the morning lands on 12:00, not 13:00', () => {
    expect(iso(cal.deadline(at(2024, 9, 9, 9, 0), 3 * H))).toBe('2024-09-09T12:00:00+09:00');
    expect(iso(cal.deadline(at(2024, 9, 9, 10, 30), 90 * 60))).toBe('2024-09-09T12:00:00+09:00');
  });

  it('a deadline that uses up the day lands on 18:00, not the next 09:00', () => {
    expect(iso(cal.deadline(at(2024, 9, 9, 13, 0), 5 * H))).toBe('2024-09-09T18:00:00+09:00');
    expect(iso(cal.deadline(at(2024, 9, 9, 9, 0), 8 * H))).toBe('2024-09-09T18:00:00+09:00');
  });

  it('deadline(s, 0) is s itself, even outside working hours', () => {
    const night = at(2024, 9, 7, 2, 13, 7);
    expect(cal.deadline(night, 0)).toBe(night);
  });

  it('elapsed is 0 when end <= start', () => {
    expect(cal.elapsed(at(2024, 9, 9, 15), at(2024, 9, 9, 10))).toBe(0);
    expect(cal.elapsed(at(2024, 9, 9, 15), at(2024, 9, 9, 15))).toBe(0);
  });
});

describe('the gazette holidays', () => {
  it('Friday 2024-09-13 17:00 + 4 h before 추석 → Thursday 2024-09-19 12:00', () => {
    const s = at(2024, 9, 13, 17, 0);
    const d = cal.deadline(s, 4 * H);
    expect(iso(d)).toBe('2024-09-19T12:00:00+09:00');
    expect(cal.elapsed(s, d)).toBe(4 * H);
    expect(cal.skippedDays(s, d).map((x) => [x.day - day(2024, 9, 0), x.reason, x.names.join('/')])).toEqual([
      [14, 'weekend', ''],
      [15, 'weekend', ''],
      [16, 'holiday', '추석 전날'],
      [17, 'holiday', '추석'],
      [18, 'holiday', '추석 다음 날'],
    ]);
  });

  it('2024-12-31 17:00 + 4 h → 2025-01-02 12:00 (across the year, 1월 1일 skipped)', () => {
    expect(iso(cal.deadline(at(2024, 12, 31, 17), 4 * H))).toBe('2025-01-02T12:00:00+09:00');
    expect(cal.holiday(day(2025, 1, 1))?.names).toEqual(['1월 1일']);
  });

  it('2025-05-05 carries two names and 2025-05-06 is the substitute holiday', () => {
    expect(cal.holiday(day(2025, 5, 5))).toEqual({
      day: day(2025, 5, 5),
      names: ['어린이날', '부처님 오신 날'],
      source: 'gazette',
    });
    expect(cal.holiday(day(2025, 5, 6))?.names).toEqual(['대체공휴일(부처님 오신 날)']);
    expect(cal.isWorkingDay(day(2025, 5, 6))).toBe(false);
    // Fri 17:00 + 4 h: 1 h on Friday, then Sat, Sun, Mon 5/5, Tue 5/6 are skipped.
    expect(iso(cal.deadline(at(2025, 5, 2, 17), 4 * H))).toBe('2025-05-07T12:00:00+09:00');
  });

  it('2026 노동절 (Fri 5/1) and 제헌절 (Fri 7/17) are not working days', () => {
    expect(cal.holiday(day(2026, 5, 1))?.names).toEqual(['노동절']);
    expect(cal.holiday(day(2026, 7, 17))?.names).toEqual(['제헌절']);
    expect(iso(cal.deadline(at(2026, 4, 30, 17), 2 * H))).toBe('2026-05-04T10:00:00+09:00');
    expect(iso(cal.deadline(at(2026, 7, 16, 18), 8 * H))).toBe('2026-07-20T18:00:00+09:00');
  });

  it('a weekend is not a holiday unless the gazette says so', () => {
    expect(cal.holiday(day(2024, 9, 14))).toBeUndefined();
    expect(cal.holiday(day(2024, 2, 10))?.names).toEqual(['설날']); // a Saturday
  });

  it('holidaysOf lists one year in order', () => {
    const list = cal.holidaysOf(2024);
    expect(list).toHaveLength(19);
    expect(list[0]?.names).toEqual(['1월 1일']);
    expect(list.at(-1)?.names).toEqual(['기독탄신일']);
    expect(list.every((h, i) => i === 0 || list[i - 1]!.day < h.day)).toBe(true);
  });
});

describe('day-based periods', () => {
  it('a receipt on a working day counts as day 1', () => {
    expect(cal.nthWorkingDay(day(2024, 9, 9), 1)).toBe(day(2024, 9, 9));
    // 9/9–9/13 are days 1–5; 추석 and the weekend are skipped; day 6 is Thursday 9/19.
    expect(cal.nthWorkingDay(day(2024, 9, 9), 6)).toBe(day(2024, 9, 19));
    expect(iso(cal.dayBasedDeadline(at(2024, 9, 9, 15, 0), 6))).toBe('2024-09-19T18:00:00+09:00');
  });

  it('a receipt on a non-working day: the next working day is day 1', () => {
    expect(cal.nthWorkingDay(day(2024, 9, 14), 1)).toBe(day(2024, 9, 19));
    expect(cal.nthWorkingDay(day(2024, 9, 14), 2)).toBe(day(2024, 9, 20));
    expect(iso(cal.dayBasedDeadline(at(2024, 9, 14, 11, 0), 6))).toBe('2024-09-26T18:00:00+09:00');
  });

  it('nthWorkingDay rejects n < 1', () => {
    expect(() => cal.nthWorkingDay(day(2024, 9, 9), 0)).toThrow(RangeError);
  });
});

describe('years without holiday data', () => {
  const rangeError = (fn: () => unknown): CalendarRangeError => {
    try {
      fn();
    } catch (err) {
      if (err instanceof CalendarRangeError) return err;
      throw err;
    }
    throw new Error('expected a CalendarRangeError');
  };

  it('2017 is rejected with the year and the fix', () => {
    const err = rangeError(() => cal.elapsed(at(2017, 12, 29, 9), at(2018, 1, 2, 9)));
    expect(err.code).toBe('CALENDAR_YEAR_NOT_LOADED');
    expect(err.year).toBe(2017);
    expect(err.message).toBe(
      'start: no holiday data for 2017 (loaded: 2018–2027); add that year\'s holidays with --holidays FILE (CSV "date,name" or JSON)',
    );
  });

  it('2028 is rejected for an instant, a day and a deadline that runs into it', () => {
    expect(rangeError(() => cal.clockStart(at(2028, 1, 3, 9))).year).toBe(2028);
    expect(rangeError(() => cal.isWorkingDay(day(2028, 1, 3))).year).toBe(2028);
    expect(rangeError(() => cal.holidaysOf(2028)).year).toBe(2028);
    const err = rangeError(() => cal.deadline(at(2027, 12, 31, 17), 4 * H));
    expect(err.year).toBe(2028);
    expect(err.message).toMatch(
      /^deadline: no holiday data for 2028 \(loaded: 2018–2027\); add that year's holidays with --holidays FILE/,
    );
    expect(rangeError(() => cal.nthWorkingDay(day(2027, 12, 30), 5)).year).toBe(2028);
    expect(cal.covers(at(2027, 12, 31, 23, 59, 59))).toBe(true);
    expect(cal.covers(at(2028, 1, 1, 0, 0, 0))).toBe(false);
  });

  it('a holidays file that adds a 2028 date makes 2028 a loaded year', () => {
    const file = parseHolidayFile('2028-01-03,임시공휴일\n', 'h2028.csv');
    const c = createCalendar({ overrides: file });
    expect(c.holidayYears).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028]);
    // Fri 2027-12-31 17:00 + 4 h: Sat, Sun, Mon (file holiday) skipped → Tue 2028-01-04 12:00.
    expect(iso(c.deadline(at(2027, 12, 31, 17), 4 * H))).toBe('2028-01-04T12:00:00+09:00');
    expect(c.holiday(day(2028, 1, 3))).toEqual({ day: day(2028, 1, 3), names: ['임시공휴일'], source: 'file' });
  });

  it('a loaded year beyond a gap does not open the gap', () => {
    const c = createCalendar({ overrides: parseHolidayFile('2030-01-01,1월 1일', 'h.csv') });
    expect(c.covers(at(2030, 6, 3, 10))).toBe(true);
    expect(c.covers(at(2028, 6, 5, 10))).toBe(false);
    expect(rangeError(() => c.elapsed(at(2027, 12, 1, 9), at(2030, 2, 1, 9))).year).toBe(2028);
    expect(rangeError(() => c.deadline(at(2027, 12, 31, 9), 16 * H)).year).toBe(2028);
    expect(c.elapsed(at(2030, 1, 1, 0), at(2030, 1, 3, 0))).toBe(8 * H);
  });
});

describe('holiday overrides', () => {
  it('removing a gazette holiday makes it a working day again', () => {
    const c = createCalendar({ overrides: parseHolidayFile('2024-10-01,임시공휴일,remove', 'h.csv') });
    expect(cal.elapsed(at(2024, 9, 30, 9), at(2024, 10, 2, 9))).toBe(8 * H);
    expect(c.elapsed(at(2024, 9, 30, 9), at(2024, 10, 2, 9))).toBe(16 * H);
    expect(c.holiday(day(2024, 10, 1))).toBeUndefined();
  });

  it('adding a name to a gazette holiday keeps both names', () => {
    const c = createCalendar({ overrides: parseHolidayFile('[{"date":"2024-10-03","name":"기념일"}]', 'h.json') });
    expect(c.holiday(day(2024, 10, 3))?.names).toEqual(['개천절', '기념일']);
  });

  it('removing a date that is not a holiday is an input error naming file and line', () => {
    const overrides = parseHolidayFile('# extra\n2024-10-02,,remove\n', 'h.csv');
    expect(() => createCalendar({ overrides })).toThrow(InputError);
    expect(() => createCalendar({ overrides })).toThrow(
      'h.csv:2: 2024-10-02 is not a holiday, so it cannot be removed; remove accepts only dates that are gazette holidays',
    );
  });
});

describe('working hours', () => {
  it('are configurable', () => {
    const c = createCalendar({ hours: ['08:30-11:45', '12:30-17:15'] });
    expect(c.secondsPerWorkingDay).toBe(8 * H);
    expect(c.intervals).toEqual([
      [8.5 * H, 11.75 * H],
      [12.5 * H, 17.25 * H],
    ]);
    // 11:00–11:45 then 12:30–12:45.
    expect(iso(c.deadline(at(2024, 9, 9, 11, 0), H))).toBe('2024-09-09T12:45:00+09:00');
    expect(iso(c.clockStart(at(2024, 9, 9, 8, 0)))).toBe('2024-09-09T08:30:00+09:00');
  });

  it('may run to midnight', () => {
    const c = createCalendar({ hours: ['00:00-24:00'] });
    expect(c.secondsPerWorkingDay).toBe(24 * H);
    expect(c.deadline(at(2024, 9, 9, 0), 24 * H)).toBe(dayStart(day(2024, 9, 10)));
    // Friday noon to midnight, then Monday midnight to noon.
    expect(c.elapsed(at(2024, 9, 6, 12), at(2024, 9, 9, 12))).toBe(12 * H + 12 * H);
  });

  it.each([
    [['09:00-12:00', '11:00-18:00'], /overlaps/],
    [['13:00-18:00', '09:00-12:00'], /overlaps or precedes/],
    [['09:00-09:00'], /ends before it starts/],
    [['9-18'], /is not HH:MM-HH:MM/],
    [['09:00-24:30'], /is not HH:MM-HH:MM/],
    [[], /no working interval/],
  ])('rejects %j', (hours, message) => {
    let err: unknown;
    try {
      createCalendar({ hours });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe('INVALID_HOURS');
    expect((err as InputError).message).toMatch(message);
    expect((err as InputError).message).toMatch(/accepted: sorted, non-overlapping HH:MM-HH:MM ranges/);
    // The calendar says its English itself (it is below the catalog) and carries the code and data for --lang.
    const said = (err as InputError).said!;
    expect(said).toMatchObject({ code: 'INPUT_HOURS', data: { hours } });
    expect(renderMessage(said, 'en')).toBe((err as InputError).message);
    expect(renderMessage(said, 'ko')).toMatch(new RegExp(`^근무시간 "${hours.join(',')}": .*[가-힣]`));
  });
});
