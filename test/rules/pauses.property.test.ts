/**
 * Laws of several pauses (issue 13), checked on random spans of the real calendar: the deadline
 * uses up exactly the allowance net of the pauses; merging pauses never subtracts time twice;
 * whole-day counting pauses at least as much as working-time counting.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kstInstant } from '../../src/calendar/kst.js';
import { wholeDays } from '../../src/rules/complaint-clock.js';
import { type Pause, hoursDeadline, measure, pauseList } from '../../src/rules/pauses.js';
import { calendar } from './factory.js';

const FROM = kstInstant(2024, 1, 1, 0);
const SPAN = 200 * 86_400;
const minute = fc.integer({ min: 0, max: SPAN / 60 }).map((m) => FROM + m * 60);
const pause = fc
  .tuple(minute, fc.integer({ min: 1, max: 20 * 24 * 60 }))
  .map(([from, m]): Pause => ({ from, to: from + m * 60 }));
const pauses = fc.array(pause, { maxLength: 3 });

describe('several pauses: laws', () => {
  it('the deadline uses up exactly the allowance, the pauses not counted', () => {
    fc.assert(
      fc.property(minute, fc.integer({ min: 1, max: 80 * 60 }), pauses, (start, allowedMinutes, ps) => {
        const allowed = allowedMinutes * 60;
        const deadline = hoursDeadline(calendar, start, allowed, ps);
        expect(measure(calendar, start, deadline, ps).elapsed).toBe(allowed);
        // One second earlier (inside working time, not paused) is not yet the deadline.
        expect(measure(calendar, start, deadline - 1, ps).elapsed).toBeLessThan(allowed);
      }),
      { numRuns: 300 },
    );
  });

  it('merging is idempotent and order-free; the paused time is at most the gross time', () => {
    fc.assert(
      fc.property(minute, minute, pauses, (a, b, ps) => {
        const [start, stop] = a <= b ? [a, b] : [b, a];
        const merged = pauseList(ps);
        expect(pauseList(merged)).toEqual(merged);
        expect(pauseList([...ps].reverse())).toEqual(merged);
        for (let i = 1; i < merged.length; i++) expect(merged[i]!.from).toBeGreaterThan(merged[i - 1]!.to);
        const m = measure(calendar, start, stop, ps);
        expect(m.paused).toBeLessThanOrEqual(calendar.elapsed(start, stop));
        expect(m.elapsed).toBe(calendar.elapsed(start, stop) - m.pauses.reduce((s, p) => s + p.workingSeconds, 0));
      }),
      { numRuns: 300 },
    );
  });

  it('whole days pause at least as much working time as the working time itself', () => {
    fc.assert(
      fc.property(minute, minute, pauses, (a, b, ps) => {
        const [start, stop] = a <= b ? [a, b] : [b, a];
        expect(measure(calendar, start, stop, ps.map(wholeDays)).paused).toBeGreaterThanOrEqual(
          measure(calendar, start, stop, ps).paused,
        );
      }),
      { numRuns: 300 },
    );
  });
});
