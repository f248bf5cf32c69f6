import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kstInstant } from '../../src/calendar/kst.js';
import { formatInstantWithWeekday, formatWhen } from '../../src/format/instant.js';
import { parseDate, parseTimestamp, timestampProblemOf } from '../../src/ingest/timestamp.js';

// 2024-09-13 is a Friday (금): 2024-09-17 was 추석, a Tuesday, four days later.
const friday1700 = kstInstant(2024, 9, 13, 17, 0);

describe('a weekday in parentheses after the date', () => {
  it.each([
    '2024-09-13 (금) 17:00',
    '2024.09.13(금) 17:00',
    '2024. 9. 13. (금) 17:00',
    '2024/09/13 (금요일) 17:00',
    '2024-09-13 (Fri) 17:00',
    '2024-09-13 (friday) 17:00',
    '2024년 9월 13일 (금) 17:00',
    '2024년 9월 13일 (금) 오후 5시',
    '2024-09-13 (금) 오후 5:00',
    '2024-09-13 (금) 17:00 KST',
  ])('%s is Friday 13 September 2024, 17:00 KST', (text) => {
    expect(parseTimestamp(text)).toBe(friday1700);
  });

  it('is read in a date alone too', () => {
    expect(parseDate('2024-09-13 (금)')).toBe(parseDate('2024-09-13'));
  });

  it.each(['2024-09-13 (월) 17:00', '2024.09.13(Mon) 17:00', '2024년 9월 13일 (목요일) 오후 5시'])(
    'rejects %s: the date is a Friday (problem "weekday")',
    (text) => {
      expect(parseTimestamp(text)).toBeNaN();
      expect(timestampProblemOf(text)).toBe('weekday');
    },
  );

  it('rejects what is not a weekday in the parentheses as a format problem', () => {
    expect(timestampProblemOf('2024-09-13 (xx) 17:00')).toBe('format');
    expect(timestampProblemOf('2024-09-13 (금 17:00')).toBe('format');
  });

  it('reads back every instant as the tool prints it (with a weekday in either language, or without)', () => {
    fc.assert(
      fc.property(fc.integer({ min: kstInstant(2018, 1, 1), max: kstInstant(2027, 12, 31, 23, 59, 59) }), (t) => {
        expect(parseTimestamp(formatWhen(t))).toBe(t);
        expect(parseTimestamp(formatInstantWithWeekday(t, 'ko'))).toBe(t);
        expect(parseTimestamp(formatInstantWithWeekday(t, 'en'))).toBe(t);
      }),
      { numRuns: 3000 },
    );
  });
});
