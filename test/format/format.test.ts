/** The one formatting module; every expected figure is worked out in test/format/README.md. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kstInstant } from '../../src/calendar/kst.js';
import {
  formatCount,
  formatDayWithWeekday,
  formatDuration,
  formatOneDecimal,
  formatPercent,
  formatPointChange,
  formatQuantity,
  formatWhen,
  formatWorkingDays,
  formatWorkingHours,
  percentTenths,
  roundHalfAway,
} from '../../src/format/index.js';

describe('percentages: one rounding, half away from zero, one decimal', () => {
  it('rounds the issue figures the same way everywhere', () => {
    expect(formatPercent(52 / 54)).toBe('96.3%');
    expect(formatPercent(8 / 58)).toBe('13.8%');
    expect(formatPercent(50 / 52)).toBe('96.2%');
    expect(formatPercent(1 / 80)).toBe('1.3%');
    expect(formatPercent(0.57)).toBe('57.0%');
    expect(formatPercent(1)).toBe('100.0%');
    expect(formatPercent(0)).toBe('0.0%');
    expect(formatPercent(null)).toBe('—');
  });

  it('never shows a shortfall as 100.0% nor a single violation-free share as 0.0%', () => {
    expect(formatPercent(0.9996)).toBe('99.9%');
    expect(formatPercent(0.00004)).toBe('0.1%');
  });

  it('is within half a tenth of the true rate, except at the two guarded ends', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), (den, k) => {
        const num = k % (den + 1);
        const rate = num / den;
        const t = percentTenths(rate)!;
        const exact = (num * 1000) / den;
        if (t === 999 && num < den) return exact >= 998.5;
        if (t === 1 && num > 0) return exact < 1.5;
        return Math.abs(t - exact) <= 0.5 + 1e-9 && (Math.abs(t - exact) < 0.5 - 1e-9 || t > exact);
      }),
    );
  });
});

describe('percentage-point changes come from the printed figures', () => {
  it('100.0% → 96.2% reads −3.8%p', () => {
    expect(formatPointChange(1, 50 / 52)).toBe('−3.8%p');
    expect(formatPointChange(0.5, 0.5)).toBe('±0.0%p');
    expect(formatPointChange(null, 0.5)).toBe('—');
    expect(formatPointChange(13 / 14, 149 / 150)).toBe('+6.4%p'); // 92.9% → 99.3%
  });

  it('always equals the difference of the two percentages shown beside it', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b) => {
        const shown = (r: number) => Number(formatPercent(r).slice(0, -1));
        const change = formatPointChange(a, b);
        const value = Number(change.slice(1, -2)) * (change[0] === '−' ? -1 : 1);
        return Math.abs(value - (shown(b) - shown(a))) < 1e-9;
      }),
    );
  });
});

describe('counts and decimals', () => {
  it('groups thousands without locale data', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(-1200)).toBe('-1,200');
  });

  it('reads back to the same integer', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (x) => Number(formatCount(x).replaceAll(',', '')) === x));
  });

  it('rounds halves away from zero', () => {
    expect(roundHalfAway(2.5)).toBe(3);
    expect(roundHalfAway(-2.5)).toBe(-3);
    expect(roundHalfAway(0.0125 * 1000)).toBe(13);
    expect(formatOneDecimal(18.25)).toBe('18.3');
    expect(formatOneDecimal(1234.5)).toBe('1,234.5');
  });
});

describe('durations and quantities', () => {
  it('words working time the same in every report and message', () => {
    expect(formatDuration(8100, 'en')).toBe('2h 15m');
    expect(formatDuration(8100, 'ko')).toBe('2시간 15분');
    expect(formatDuration(45, 'en')).toBe('45s');
    expect(formatDuration(0, 'ko')).toBe('0초');
    expect(formatDuration(5405, 'en')).toBe('1h 30m 5s');
    expect(formatDuration(1237 * 3600 + 20 * 60, 'ko')).toBe('1,237시간 20분');
  });

  it('agrees English nouns with their number', () => {
    expect(formatWorkingHours(1, 'en')).toBe('1 working hour');
    expect(formatWorkingHours(8, 'en')).toBe('8 working hours');
    expect(formatWorkingHours(1.5, 'en')).toBe('1.5 working hours');
    expect(formatWorkingHours(8, 'ko')).toBe('근무시간 8시간');
    expect(formatWorkingDays(1, 'en')).toBe('1 working day');
    expect(formatWorkingDays(81, 'en')).toBe('81 working days');
    expect(formatWorkingDays(81, 'ko')).toBe('81근무일');
    expect(formatQuantity(1200, { en: 'row', ko: '행' }, 'en')).toBe('1,200 rows');
    expect(formatQuantity(1, { en: 'row', ko: '행' }, 'en')).toBe('1 row');
  });
});

describe('instants', () => {
  it('shows KST wall time with seconds only when set, and weekdays in the language', () => {
    expect(formatWhen(kstInstant(2024, 9, 13, 17, 0))).toBe('2024-09-13 17:00');
    expect(formatWhen(kstInstant(2024, 9, 13, 17, 0, 5))).toBe('2024-09-13 17:00:05');
    expect(formatDayWithWeekday(19983, 'ko')).toBe('2024-09-17 (화)');
    expect(formatDayWithWeekday(19983, 'en')).toBe('2024-09-17 (Tue)');
  });
});
