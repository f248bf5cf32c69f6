/**
 * [start, end) needs no data for the day `end` begins when `end` is 00:00 (issue 12 item 3).
 * Hand count for 2027 (see test/calendar/README.md): 261 weekdays − 15 weekday holidays = 246
 * working days × 8 h = 1,968 h = 7,084,800 s.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/calendar.js';
import { kstInstant } from '../../src/calendar/kst.js';
import { CalendarRangeError } from '../../src/model/calendar.js';
import { runCli } from '../helpers/cli.js';

const cal = createCalendar();
const Y2027 = kstInstant(2027, 1, 1);
const Y2028 = kstInstant(2028, 1, 1);

describe('end-exclusive spans at the edge of the holiday data', () => {
  it('counts all of 2027 up to 2028-01-01 00:00 without 2028 data', () => {
    expect(cal.covers(Y2028)).toBe(false);
    expect(cal.coversEnd(Y2028)).toBe(true);
    expect(cal.elapsed(Y2027, Y2028)).toBe(7_084_800);
    expect(cal.elapsed(kstInstant(2027, 12, 31, 17), Y2028)).toBe(3600);
  });

  it('still refuses an end one second into 2028', () => {
    expect(cal.coversEnd(Y2028 + 1)).toBe(false);
    expect(() => cal.elapsed(Y2027, Y2028 + 1)).toThrow(CalendarRangeError);
    expect(() => cal.assertCoversEnd(Y2028 + 1, 'END')).toThrow(/no holiday data for 2028/);
  });

  it('elapsed on the command line', async () => {
    const r = await runCli(['elapsed', '2027-01-01 00:00', '2028-01-01 00:00', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).workingSeconds).toBe(7_084_800);
    const text = await runCli(['elapsed', '2027-01-01 00:00', '2028-01-01 00:00']);
    expect(text.stdout).toContain('Working time  1,968h (7,084,800 s)');
    expect(text.stdout).toContain('95 weekend days');
  });

  it('an audit record completed at 2028-01-01 00:00 is judged, not rejected', async () => {
    const csv = 'id,claimed_at,paid_at,amount,supplier_id,payer\nP-Y,2027-12-31 17:00,2028-01-01 00:00,1000,123-45-67890,pps\n';
    const r = await runCli(['audit', '-', '--format', 'json', '--as-of', '2027-12-31 18:00'], { stdin: Readable.from([csv]) });
    const j = JSON.parse(r.stdout);
    expect(j.rejected).toEqual([]);
    expect(j.rules.find((x: { id: string }) => x.id === 'payment.four-hours')).toMatchObject({ evaluated: 1, passed: 1 });
  });
});
