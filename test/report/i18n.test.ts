import { describe, expect, it } from 'vitest';
import { kstInstant } from '../../src/calendar/kst.js';
import { formatDuration, formatPercent, formatWhen as formatShort } from '../../src/format/index.js';
import { defaultLang, labels } from '../../src/report/i18n.js';
import { oneLine, stripControl } from '../../src/report/sanitize.js';

describe('i18n', () => {
  it('picks Korean from a Korean locale, POSIX precedence, English otherwise', () => {
    expect(defaultLang({ LANG: 'ko_KR.UTF-8' })).toBe('ko');
    expect(defaultLang({ LC_ALL: 'ko_KR.eucKR' })).toBe('ko');
    expect(defaultLang({ LANG: 'ko' })).toBe('ko');
    expect(defaultLang({ LC_ALL: 'en_US.UTF-8', LANG: 'ko_KR.UTF-8' })).toBe('en');
    expect(defaultLang({ LANG: 'kok_IN' })).toBe('en');
    expect(defaultLang({})).toBe('en');
  });

  it('words working-time durations', () => {
    expect(formatDuration(2 * 3600 + 15 * 60, 'en')).toBe('2h 15m');
    expect(formatDuration(2 * 3600 + 15 * 60, 'ko')).toBe('2시간 15분');
    expect(formatDuration(3600, 'ko')).toBe('1시간');
    expect(formatDuration(900, 'en')).toBe('15m');
    expect(formatDuration(45, 'ko')).toBe('45초');
    expect(formatDuration(2400 * 3600, 'en')).toBe('2,400h');
  });

  it('never rounds a shortfall up to 100%', () => {
    expect(formatPercent(0.9996)).toBe('99.9%');
    expect(formatPercent(1)).toBe('100.0%');
    expect(formatPercent(0.57)).toBe('57.0%');
    expect(formatPercent(null)).toBe('—');
  });

  it('has the same label keys in both languages', () => {
    expect(Object.keys(labels('ko')).sort()).toEqual(Object.keys(labels('en')).sort());
    expect(formatShort(kstInstant(2024, 9, 13, 17, 0))).toBe('2024-09-13 17:00');
  });

  it('strips escape sequences and controls', () => {
    expect(stripControl('a\u001b[1;31mb\u001b[0m\u001b]8;;http://x\u0007c\u0000d\u009b1me')).toBe('abcde');
    expect(stripControl('x\u202ey')).toBe('xy');
    expect(oneLine('a\tb\r\nc')).toBe('a b c');
  });
});
