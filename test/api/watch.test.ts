/**
 * The watch list and allowance use through the library (src/index.ts): typed results, the same
 * items the CLI's JSON lists, and `dueWithin` given as working seconds or as text.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ALLOWANCE_BANDS,
  UsageError,
  audit,
  formatJson,
  parseWorkingDuration,
  type AllowanceUse,
  type WatchList,
} from '../../src/index.js';

const DATA = resolve(import.meta.dirname, '../e2e/data');
const FILES = ['watch-complaints.csv', 'watch-payments.csv'];
const OPTIONS = { cwd: DATA, asOf: '2024-09-13 11:00' };

describe('audit(…, { dueWithin })', () => {
  it('fills result.watch, soonest first (test/e2e/data/README.md)', async () => {
    const result = await audit(FILES, { ...OPTIONS, dueWithin: '3h' });
    const watch: WatchList = result.watch!;
    expect(watch.dueWithinWorkingSeconds).toBe(10800);
    expect(watch.items.map((w) => [w.recordId, w.remainingWorkingSeconds, w.basis])).toEqual([
      ['WP-2', 0, 'hours'],
      ['WQ-1', 10800, 'hours'],
      ['WP-1', 10800, 'hours'],
      ['WP-6', 10800, 'hours'],
    ]);
    expect(JSON.parse(formatJson(result, { lang: 'en' })).watch.items.map((w: { recordId: string }) => w.recordId)).toEqual(
      watch.items.map((w) => w.recordId),
    );
  });

  it('takes working seconds as well as text, and refuses a bare number in text', async () => {
    const bySeconds = await audit(FILES, { ...OPTIONS, dueWithin: parseWorkingDuration('1d')! });
    const byText = await audit(FILES, { ...OPTIONS, dueWithin: '8h' });
    expect(bySeconds.watch).toEqual(byText.watch);
    await expect(audit(FILES, { ...OPTIONS, dueWithin: '8' })).rejects.toThrow(UsageError);
  });

  it('leaves result.watch out without dueWithin; allowanceUse is on every hours-based rule that judged a record', async () => {
    const result = await audit(FILES, OPTIONS);
    expect(result.watch).toBeUndefined();
    const use: AllowanceUse = result.rules.find((r) => r.id === 'payment.four-hours')!.allowanceUse!;
    // At Fri 11:00 only WP-5 is decided: open and already over its 4 h.
    expect(ALLOWANCE_BANDS.map((b) => use[b.key])).toEqual([0, 0, 0, 0, 1]);
    expect(result.rules.find((r) => r.id === 'payment.hold-notice')?.allowanceUse).toBeUndefined();
  });
});
