/**
 * `deadline --hours/--minutes/--days` keeps what was asked as data (unit and amount); the words
 * are made where the deadline is rendered, in the run's language.
 */
import { describe, expect, it } from 'vitest';
import { askedText } from '../../src/cli/calendar/render.js';
import { parsePeriod } from '../../src/cli/commands/calendar.js';

describe('a period request', () => {
  it('is data: the unit and the amount asked (days below the day-based split also in working hours)', () => {
    expect(parsePeriod({ hours: '4' })).toEqual({ kind: 'seconds', seconds: 14400, asked: { unit: 'hours', value: 4 } });
    expect(parsePeriod({ minutes: '90' })).toEqual({ kind: 'seconds', seconds: 5400, asked: { unit: 'minutes', value: 90 } });
    expect(parsePeriod({ days: '3' })).toEqual({ kind: 'seconds', seconds: 86400, asked: { unit: 'days', value: 3, hours: 24 } });
    expect(parsePeriod({ days: '7' })).toEqual({ kind: 'days', days: 7 });
  });

  it('is worded in the language asked for', () => {
    expect([askedText({ unit: 'hours', value: 1.5 }, 'en'), askedText({ unit: 'hours', value: 4 }, 'ko')]).toEqual([
      '1.5 working hours',
      '근무시간 4시간',
    ]);
    expect(askedText({ unit: 'minutes', value: 90 }, 'ko')).toBe('90근무분');
    expect(askedText({ unit: 'days', value: 3, hours: 24 }, 'en')).toBe('3 days = 24 working hours');
    expect(askedText({ unit: 'days', value: 3, hours: 24 }, 'ko')).toBe('3일 = 근무시간 24시간');
  });
});
