/**
 * `--explain ID` on the hand-checked e2e data (test/e2e/data/README.md, "--explain" section):
 * violations, passes and pending records are each explained; an hours-based deadline is never
 * called day-based.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const AS_OF = ['--as-of', '2025-07-01T09:00:00+09:00', '--fail-on', 'none'];
const explain = (file: string, id: string, ...more: string[]) =>
  runCli(['audit', `test/e2e/data/${file}`, ...AS_OF, '--explain', id, ...more]);

describe('--explain for a violation of an hours-based deadline (issue 12 item 2)', () => {
  it('complaint.delay-notice on Q-2 (web inquiry, 8 working hours) shows the hours, not a day-based period', async () => {
    const r = await explain('complaints.csv', 'Q-2');
    expect(r.code).toBe(0);
    const section = r.stdout.split('\n\n').find((s) => s.startsWith('Record Q-2 — complaint.delay-notice'))!;
    expect(section).toBeDefined();
    expect(section).not.toContain('day-based');
    expect(section).toContain('Allowed: 8h of working time = 1 working day');
    expect(section).toContain('Deadline: 2025-03-05 (Wed) 14:00');
  });

  it('keeps the day-based wording for a statutory day-based deadline', async () => {
    const csv =
      'id,channel,type,received_at,answered_at,processing_days,delay_notified_at\nS-1,visit,other,2024-09-09 15:00,2024-09-23 09:10,7,\n';
    const r = await runCli(['audit', '-', ...AS_OF, '--explain', 'S-1'], {
      stdin: (await import('node:stream')).Readable.from([csv]),
    });
    const section = r.stdout.split('\n\n').find((s) => s.startsWith('Record S-1 — complaint.delay-notice'))!;
    expect(section).toContain('day-based period');
  });
});

describe('--explain for a record that passed or is pending (issue 12 item 5)', () => {
  it('Q-1 passed complaint.inquiry: 2h 30m used of 8h, 5h 30m left, 추석 skipped', async () => {
    const r = await explain('complaints.csv', 'Q-1');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Record Q-1 — complaint.inquiry: passed');
    expect(r.stdout).toContain('Deadline: 2024-09-19 (Thu) 17:00');
    expect(r.stdout).toContain('Working time used: 2h 30m');
    expect(r.stdout).toContain('Working time left before the deadline: 5h 30m');
    expect(r.stdout).toMatch(/2024-09-17 \(Tue\) .*추석/);
    // A rule with no deadline to measure still says the record met it.
    expect(r.stdout).toContain('Record Q-1 — complaint.survey: passed');
  });

  it('P-4 is pending: 3h used at the as-of time, 1h left', async () => {
    const r = await explain('payments.csv', 'P-4');
    expect(r.stdout).toContain('Record P-4 — payment.four-hours: pending (deadline not reached)');
    expect(r.stdout).toContain('Deadline: 2025-07-01 (Tue) 10:00');
    expect(r.stdout).toContain('Working time left before the deadline: 1h');
  });

  it('speaks Korean with --lang ko', async () => {
    const r = await explain('complaints.csv', 'Q-1', '--lang', 'ko');
    expect(r.stdout).toContain('레코드 Q-1 — complaint.inquiry: 준수');
    expect(r.stdout).toContain('기한까지 남은 근무시간: 5시간 30분');
  });

  it('an id that matches no evaluated row is a usage error', async () => {
    const r = await explain('complaints.csv', 'NOPE');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no evaluated row has the record id "NOPE"');
  });
});
