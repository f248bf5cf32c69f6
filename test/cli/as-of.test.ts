import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('audit when the clock has run past the holiday data', () => {
  it('warns, audits what needs no as-of, and rejects the open records with the reason', async () => {
    const r = await runCli(['audit', 'test/e2e/data/payments.csv', '--format', 'json'], { now: Date.UTC(2030, 0, 2, 3) });
    expect(r.stderr).toMatch(/warning: today \(2030-01-02T12:00:00\+09:00\) is past the holiday data \(2027\)/);
    const report = JSON.parse(r.stdout);
    // P-4 and P-5 are unpaid: judging them needs 2030's calendar.
    expect(report.rejected.map((x: { line: number; code: string }) => [x.line, x.code])).toEqual([
      [5, 'CALENDAR_YEAR_NOT_LOADED'],
      [6, 'CALENDAR_YEAR_NOT_LOADED'],
    ]);
    expect(report.inputs[0]).toMatchObject({ rows: 5, evaluated: 3, rejected: 2 });
    expect(report.violations.map((v: { recordId: string }) => v.recordId)).toEqual(['P-2', 'P-2']);
    expect(r.code).toBe(1);
  });
});

describe('audit messages on stderr follow --lang', () => {
  it('says in Korean that the clock is past the data, and that nothing could be audited', async () => {
    const late = await runCli(['audit', 'test/e2e/data/payments.csv', '--format', 'json', '--lang', 'ko'], {
      now: Date.UTC(2030, 0, 2, 3),
    });
    expect(late.stderr).toContain('경고: 오늘(2030-01-02T12:00:00+09:00)은 공휴일 자료(2027년까지) 밖입니다');
    const dir = mkdtempSync(join(tmpdir(), 'charter-audit-ko-'));
    writeFileSync(join(dir, 'bad.csv'), 'id,claimed_at\nP1,2025-02-30 09:00\n');
    const none = await runCli(['audit', 'bad.csv', '--format', 'json', '--lang', 'ko', '--as-of', '2025-07-01'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('점검할 수 있는 행이 없습니다: 1행 모두 거부되었습니다');
  });
});
