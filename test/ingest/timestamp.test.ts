import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInstant, kstInstant } from '../../src/calendar/kst.js';
import { parseDate, parseTimestamp, timestampProblem } from '../../src/ingest/timestamp.js';

const at = (y: number, mo: number, d: number, h: number, mi: number, s = 0) => kstInstant(y, mo, d, h, mi, s);

describe('parseTimestamp', () => {
  it.each([
    ['2025-03-04T14:05:00', at(2025, 3, 4, 14, 5)],
    ['2025-03-04T14:05:00+09:00', at(2025, 3, 4, 14, 5)],
    ['2025-03-04T05:05:00Z', at(2025, 3, 4, 14, 5)],
    ['2025-03-04T05:05:00.999Z', at(2025, 3, 4, 14, 5)],
    ['2025-03-04T14:05:00+0900', at(2025, 3, 4, 14, 5)],
    ['2025-03-04T00:05:00-05:00', at(2025, 3, 4, 14, 5)],
    ['2025-03-04 14:05', at(2025, 3, 4, 14, 5)],
    ['2025-03-04 14:05:07', at(2025, 3, 4, 14, 5, 7)],
    ['2025.03.04 14:05:00', at(2025, 3, 4, 14, 5)],
    ['2025. 3. 4. 14:05', at(2025, 3, 4, 14, 5)],
    ['2025/03/04 14:05', at(2025, 3, 4, 14, 5)],
    ['2025/3/4 9:05', at(2025, 3, 4, 9, 5)],
    ['20250304140500', at(2025, 3, 4, 14, 5)],
    ['202503041405', at(2025, 3, 4, 14, 5)],
    ['2025년 3월 4일 14:05', at(2025, 3, 4, 14, 5)],
    ['2025년3월4일 14:05:30', at(2025, 3, 4, 14, 5, 30)],
    ['2025. 3. 4. 오후 2:05:00', at(2025, 3, 4, 14, 5)],
    ['2025-03-04 오전 12:30', at(2025, 3, 4, 0, 30)],
    ['2025-03-04 오후 12:30', at(2025, 3, 4, 12, 30)],
    ['2025-03-04 2:05 PM', at(2025, 3, 4, 14, 5)],
    ['2025-03-04 2:05 오후', at(2025, 3, 4, 14, 5)],
    ['  2025-03-04 14:05  ', at(2025, 3, 4, 14, 5)],
    ['2024-02-29 09:00', at(2024, 2, 29, 9, 0)],
  ])('%s', (text, expected) => {
    expect(parseTimestamp(text)).toBe(expected);
  });

  it.each([
    ['2025-02-30 09:00', 'is not a valid date'],
    ['2025-02-29 09:00', 'is not a valid date'],
    ['2025-13-01 09:00', 'is not a valid date'],
    ['2025-03-04 25:00', 'is not a valid time of day'],
    ['2025-03-04 24:01', 'is not a valid time of day'],
    ['2025-03-04 12:60', 'is not a valid time of day'],
    ['2025-03-04 오후 13:00', 'is not a valid time of day'],
    ['2025-03-04', 'has no time of day'],
    ['', 'is empty'],
    ['2025-03-04 14:05+25:00', 'has an invalid UTC offset'],
    ['yesterday', 'is not a recognised timestamp'],
    ['2025-03/04 14:05', 'is not a recognised timestamp'],
    ['2025-03-04 14:05 nonsense', 'is not a recognised timestamp'],
    ['25-03-04 14:05', 'is not a recognised timestamp'],
  ])('rejects %j: %s', (text, why) => {
    expect(parseTimestamp(text)).toBeNaN();
    expect(timestampProblem(text)).toContain(why);
  });

  it('round-trips every second of a random instant through its ISO form, whatever the TZ', () => {
    fc.assert(
      fc.property(fc.integer({ min: at(2018, 1, 1, 0, 0), max: at(2027, 12, 31, 23, 59, 59) }), (t) => {
        expect(parseTimestamp(formatInstant(t))).toBe(t);
      }),
    );
  });

  it('reads YYYY-MM-DD HH:mm[:ss] (its fast path) exactly as the general forms', () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 2018, max: 2027 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 0, max: 61 }),
        fc.option(fc.integer({ min: 0, max: 61 })),
        (y, mo, d, h, mi, s) => {
          const time = `${pad(h)}:${pad(mi)}${s === null ? '' : `:${pad(s)}`}`;
          const fast = parseTimestamp(`${y}-${pad(mo)}-${pad(d)} ${time}`);
          const general = parseTimestamp(`${y}.${pad(mo)}.${pad(d)} ${time}`);
          expect(Object.is(fast, general)).toBe(true);
          expect(timestampProblem(`${y}-${pad(mo)}-${pad(d)} ${time}`)).toBe(
            timestampProblem(`${y}.${pad(mo)}.${pad(d)} ${time}`),
          );
        },
      ),
      { numRuns: 2000 },
    );
    // The cached day of the previous date must not leak into the next one.
    expect(parseTimestamp('2025-03-04 09:00')).toBe(at(2025, 3, 4, 9, 0));
    expect(parseTimestamp('2025-03-05 09:00')).toBe(at(2025, 3, 5, 9, 0));
    expect(parseTimestamp('2025-02-30 09:00')).toBeNaN();
    expect(parseTimestamp('2025-03-05 09:00')).toBe(at(2025, 3, 5, 9, 0));
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const v = parseTimestamp(s);
        expect(Number.isNaN(v) || Number.isInteger(v)).toBe(true);
        expect(typeof timestampProblem(s)).toBe('string');
      }),
    );
  });
});

describe('parseDate', () => {
  it('reads the date forms', () => {
    const d = parseDate('2025-04-01');
    expect(parseDate('2025.04.01')).toBe(d);
    expect(parseDate('2025/4/1')).toBe(d);
    expect(parseDate('20250401')).toBe(d);
    expect(parseDate('2025년 4월 1일')).toBe(d);
    expect(parseDate('2025-04-31')).toBeNaN();
    expect(parseDate('2025-04-01 09:00')).toBeNaN();
  });
});
