/**
 * The sample generator's law columns (issue 13): produced at the documented rates, consistent with
 * the rest of the row, and with the faulty cases at exact shares (every n-th), so small fixtures
 * still hold a violation of each new rule.
 */
import { describe, expect, it } from 'vitest';
import { dayStart, kstDay } from '../../src/calendar/kst.js';
import { parseTimestamp } from '../../src/ingest/timestamp.js';
import { EXTENSION_SHARE, TRANSFER_SHARE } from '../../src/sample/law.js';
import { records, sampleText } from './helpers.js';

const rows = records(
  sampleText({ kind: 'complaints', rows: '4000', seed: '13', lateShare: '0.1', from: '2025-01-01', to: '2025-06-30' }),
);
const t = (s: string | undefined) => (s ? parseTimestamp(s) : null);

describe('sample complaints: the law columns', () => {
  it('extends about EXTENSION_SHARE of the answered late complaints, before they are answered', () => {
    const extended = rows.filter((r) => r.extended_at);
    expect(extended.length).toBeGreaterThan(0);
    for (const r of extended) expect(r.answered_at).not.toBe('');
    // 10% of 4000 are late; about 40% of those are extended.
    expect(extended.length / 400).toBeGreaterThan(EXTENSION_SHARE - 0.1);
    expect(extended.length / 400).toBeLessThan(EXTENSION_SHARE + 0.1);
    expect(extended.every((r) => r.extension_days !== '' && r.extension_reason !== '')).toBe(true);
    // Every 4th extension is faulty; the third faulty kind in turn is "never notified".
    const unnotified = extended.filter((r) => !r.extension_notified_at).length;
    expect(unnotified).toBe(Math.floor((Math.floor(extended.length / 4) + 1) / 4));
  });

  it('gives second extensions only after a first, every 3rd without consent', () => {
    const second = rows.filter((r) => r.extended_at_2);
    expect(second.length).toBeGreaterThan(0);
    for (const r of second) {
      expect(r.extended_at).not.toBe('');
      expect(t(r.extended_at_2)!).toBeGreaterThan(t(r.extended_at)!);
    }
    expect(second.filter((r) => r.extension_consent_2 === 'false').length).toBe(Math.floor(second.length / 3));
  });

  it('transfers about TRANSFER_SHARE of the complaints, after receipt and before the answer', () => {
    const moved = rows.filter((r) => r.transferred_at);
    expect(moved.length / rows.length).toBeGreaterThan(TRANSFER_SHARE * 0.6);
    expect(moved.length / rows.length).toBeLessThan(TRANSFER_SHARE * 1.2);
    for (const r of moved) {
      expect(t(r.transferred_at)!).toBeGreaterThan(t(r.received_at)!);
      if (r.answered_at) expect(t(r.transferred_at)!).toBeLessThan(t(r.answered_at)!);
      expect(r.transferred_to).not.toBe('');
    }
    expect(moved.filter((r) => !r.transfer_notified_at).length).toBeGreaterThan(0);
  });

  it('writes a second supplement only after the first one arrived', () => {
    const twice = rows.filter((r) => r.supplement_requested_at_2);
    expect(twice.length).toBeGreaterThan(0);
    for (const r of twice) expect(t(r.supplement_requested_at_2)!).toBeGreaterThan(t(r.supplement_received_at)!);
  });

  it('writes progress notices only for complaints open 30 days after receipt, and misses some', () => {
    // 30 days after the day of receipt have passed at 00:00 of day 31.
    const trigger = (r: Record<string, string>) => dayStart(kstDay(t(r.received_at)!) + 31);
    const long = rows.filter((r) => !r.answered_at || t(r.answered_at)! >= trigger(r));
    expect(long.length).toBeGreaterThan(0);
    for (const r of rows.filter((x) => x.progress_notified_at)) expect(long).toContain(r);
    // Every 4th is faulty, alternately notified a week late and never notified.
    expect(long.filter((r) => !r.progress_notified_at).length).toBe(Math.floor(Math.floor(long.length / 4) / 2));
  });
});
