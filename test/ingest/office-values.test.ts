import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  halfWidth,
  joinDateTime,
  parseDate,
  parseTimeOfDay,
  parseTimestamp,
  timestampProblem,
} from '../../src/ingest/timestamp.js';
import { parseAmount } from '../../src/ingest/values.js';

describe('amounts as offices write them', () => {
  it.each([
    ['-', 0],
    [' - ', 0],
    ['₩ -', 0],
    ['\\3,500,000', 3_500_000],
    ['(1,000)', -1000],
    ['₩ 1,000', 1000],
    ['￦1,000', 1000],
    ['3억원', 300_000_000],
    ['1억 2,000만원', 120_000_000],
    ['3,500만원', 35_000_000],
    ['5천만원', 50_000_000],
    ['1.5억', 150_000_000],
    ['３，０００원', 3000],
    ['-1,000', -1000],
    ['1,234,000원', 1_234_000],
  ])('%s → %d', (text, value) => {
    expect(parseAmount(text)).toBe(value);
  });

  it.each(['12a', '억', '--', '(-1)', '약 12만', '만원'])('%s is not an amount', (text) => {
    expect(parseAmount(text)).toBeNaN();
  });

  it('Korean units agree with the digits they stand for', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 9999 }),
        (eok, man, won) => {
          const text = `${eok > 0 ? `${eok}억 ` : ''}${man > 0 ? `${man.toLocaleString('en-US')}만 ` : ''}${won}원`;
          expect(parseAmount(text)).toBe(eok * 1e8 + man * 1e4 + won);
        },
      ),
    );
  });
});

describe('timestamps as offices write them', () => {
  const iso = (t: string) => parseTimestamp(t);
  it.each([
    ['45720.5', '2025-03-04 12:00'],
    ['45720.75', '2025-03-04 18:00'],
    ['２０２５－０３－０４　１４：０５', '2025-03-04 14:05'],
    ['2025년 3월 4일 14시 5분', '2025-03-04 14:05'],
    ['2025년 3월 4일 14시', '2025-03-04 14:00'],
    ['2025년 3월 4일 오후 2시 10분', '2025-03-04 14:10'],
    ['2025. 3. 4. 오후 2:10', '2025-03-04 14:10'],
    ['2025-03-04 14:05 KST', '2025-03-04 14:05'],
    ['2025-03-04 14:05 (KST)', '2025-03-04 14:05'],
    ['2025-03-04 14:05 +09:00', '2025-03-04 14:05'],
    ['2025-03-04T05:05:00 Z', '2025-03-04 14:05'],
    ['2025-03-04 24:00', '2025-03-05 00:00'],
    ['2025-03-04 오후 2:05 KST', '2025-03-04 14:05'],
  ])('%s = %s KST', (text, same) => {
    expect(iso(text)).toBe(iso(same));
    expect(Number.isNaN(iso(text))).toBe(false);
  });

  it.each([
    ['45720', 'has no time of day'],
    ['2025-03-04 24:01', 'is not a valid time of day'],
    ['2025-03-04 14:05 KSTX', 'is not a recognised timestamp'],
    ['2025년 3월 4일 25시', 'is not a valid time of day'],
  ])('%s %s', (text, problem) => {
    expect(iso(text)).toBeNaN();
    expect(timestampProblem(text)).toContain(problem);
  });

  it('a serial date and a time in two columns, or a date and a time of day', () => {
    expect(parseDate('45720')).toBe(parseDate('2025-03-04'));
    expect(joinDateTime('45720', '0.5')).toBe(iso('2025-03-04 12:00'));
    expect(joinDateTime('2025-03-04', '오후 2시 10분')).toBe(iso('2025-03-04 14:10'));
    expect(joinDateTime('2025-03-04', '24:00')).toBe(iso('2025-03-05 00:00'));
    expect(joinDateTime('2025-03-04 14:05', '')).toBe(iso('2025-03-04 14:05'));
    expect(joinDateTime('2025-03-04', '')).toBeNaN();
    expect(joinDateTime('2025-03-04', '25:00')).toBeNaN();
    // Spreadsheet cells: a date at midnight, a time on the epoch day.
    expect(joinDateTime('2025-03-04 00:00:00', '14:05')).toBe(iso('2025-03-04 14:05'));
    expect(joinDateTime('2025-03-04', '1899-12-30 14:05:00')).toBe(iso('2025-03-04 14:05'));
    expect(joinDateTime('2025-03-04 09:30', '14:05')).toBeNaN();
  });

  it.each([
    ['14:05', 50700],
    ['14:05:30', 50730],
    ['2:05 PM', 50700],
    ['오후 2:10', 51000],
    ['오후 2시 10분', 51000],
    ['14시 5분 7초', 50707],
    ['1405', 50700],
    ['0.5', 43200],
    ['24:00', 86400],
    ['１４：０５', 50700],
  ])('time of day %s = %d s', (text, seconds) => {
    expect(parseTimeOfDay(text)).toBe(seconds);
  });

  it('full-width text becomes ASCII, other text is returned as is', () => {
    expect(halfWidth('２０２５．３．４')).toBe('2025.3.4');
    const plain = '2025-03-04';
    expect(halfWidth(plain)).toBe(plain);
  });
});
