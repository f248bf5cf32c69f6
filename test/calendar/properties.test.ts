import fc from 'fast-check';
import * as gazette from '@hyunbinseo/holidays-kr/all';
import { describe, expect, it } from 'vitest';
import { createCalendar, kstInstant } from '../../src/calendar/index.js';

const H = 3600;
const FROM = kstInstant(2018, 1, 1, 0);
const TO = kstInstant(2026, 6, 1, 0); // leaves room (400+ days) for long spans inside the data

/**
 * Slow reference, independent of the calendar and of kst.ts: walks the span minute by minute
 * (working hours are minute-aligned, so a minute is all working or all not), reading the
 * package's raw tables with `Date` in UTC shifted by +9 h.
 */
function makeReference(intervals: readonly (readonly [number, number])[]) {
  const tables = gazette as unknown as Record<string, Record<string, readonly string[]>>;
  const isWorkingSecond = (t: number): boolean => {
    const d = new Date((t + 9 * H) * 1000);
    const wd = d.getUTCDay();
    if (wd === 0 || wd === 6) return false;
    const key = d.toISOString().slice(0, 10);
    if (tables[`y${key.slice(0, 4)}`]?.[key]) return false;
    const sod = d.getUTCHours() * H + d.getUTCMinutes() * 60 + d.getUTCSeconds();
    return intervals.some(([a, b]) => sod >= a && sod < b);
  };
  const nextMinute = (t: number): number => (Math.floor(t / 60) + 1) * 60;
  return {
    elapsed(s: number, e: number): number {
      let total = 0;
      for (let t = s; t < e;) {
        const step = Math.min(nextMinute(t), e);
        if (isWorkingSecond(t)) total += step - t;
        t = step;
      }
      return total;
    },
    deadline(s: number, n: number): number {
      let left = n;
      let t = s;
      while (left > 0) {
        const step = nextMinute(t);
        if (isWorkingSecond(t)) {
          if (step - t >= left) return t + left;
          left -= step - t;
        }
        t = step;
      }
      return t;
    },
  };
}

const HOURS_SETS: readonly (readonly string[])[] = [
  ['09:00-12:00', '13:00-18:00'],
  ['08:30-11:45', '12:30-17:15', '19:00-21:00'],
  ['00:00-24:00'],
];

const instant = (from = FROM, to = TO) => fc.integer({ min: from, max: to });

for (const hours of HOURS_SETS) {
  const cal = createCalendar({ hours });
  const ref = makeReference(cal.intervals);
  const spd = cal.secondsPerWorkingDay;

  describe(`properties with hours ${hours.join(',')}`, () => {
    it('elapsed(s, deadline(s, n)) == n, and the deadline is the earliest such instant', () => {
      fc.assert(
        fc.property(instant(), fc.integer({ min: 0, max: 200 * spd }), (s, n) => {
          const d = cal.deadline(s, n);
          expect(cal.elapsed(s, d)).toBe(n);
          if (n > 0) expect(cal.elapsed(s, d - 1)).toBe(n - 1);
        }),
        { numRuns: 2000 },
      );
    });

    it('elapsed is additive over any split point', () => {
      fc.assert(
        fc.property(
          instant(),
          fc.integer({ min: 0, max: 400 * 86_400 }),
          fc.double({ min: 0, max: 1, noNaN: true }),
          (s, len, f) => {
            const e = s + len;
            const m = s + Math.floor(len * f);
            expect(cal.elapsed(s, e)).toBe(cal.elapsed(s, m) + cal.elapsed(m, e));
          },
        ),
        { numRuns: 2000 },
      );
    });

    it('deadline is monotonic in n', () => {
      fc.assert(
        fc.property(instant(), fc.integer({ min: 0, max: 50 * spd }), fc.integer({ min: 0, max: 50 * spd }), (s, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(cal.deadline(s, lo)).toBeLessThanOrEqual(cal.deadline(s, hi));
        }),
        { numRuns: 2000 },
      );
    });

    it('clockStart is the first working instant at or after t', () => {
      fc.assert(
        fc.property(instant(), (t) => {
          const c = cal.clockStart(t);
          expect(c).toBeGreaterThanOrEqual(t);
          expect(cal.elapsed(t, c)).toBe(0);
          expect(cal.elapsed(c, c + 1)).toBe(1);
        }),
        { numRuns: 2000 },
      );
    });

    it('agrees with a minute-walking reference: nothing outside working intervals counts', () => {
      fc.assert(
        fc.property(instant(), fc.integer({ min: 0, max: 10 * 86_400 }), (s, len) => {
          expect(cal.elapsed(s, s + len)).toBe(ref.elapsed(s, s + len));
        }),
        { numRuns: 300 },
      );
      fc.assert(
        fc.property(instant(), fc.integer({ min: 0, max: 3 * spd }), (s, n) => {
          expect(cal.deadline(s, n)).toBe(ref.deadline(s, n));
        }),
        { numRuns: 300 },
      );
    });
  });
}

describe('day-based periods', () => {
  const cal = createCalendar();
  it('the n-th working day is a working day with n - 1 working days before it since the start day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 17_532, max: 17_532 + 3000 }), fc.integer({ min: 1, max: 300 }), (day, n) => {
        const nth = cal.nthWorkingDay(day, n);
        expect(cal.isWorkingDay(nth)).toBe(true);
        const full = cal.elapsed(kstInstant(1970, 1, 1 + day), kstInstant(1970, 1, 1 + nth));
        expect(full).toBe((n - 1) * cal.secondsPerWorkingDay);
      }),
      { numRuns: 1000 },
    );
  });
});
