/**
 * The law's complaint rules (issue 13) through the built CLI, on test/e2e/data/complaints-law.csv:
 * each record is a case worked out by hand in test/rules/README.md (the README beside the data
 * names them).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './cli.js';

const FILE = join('test', 'e2e', 'data', 'complaints-law.csv');
const AS_OF = ['--as-of', '2025-07-01T09:00:00+09:00'];

function config(body: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'law-e2e-'));
  const file = join(dir, 'charter-audit.config.json');
  writeFileSync(file, JSON.stringify(body));
  return file;
}

describe("the law's complaint rules (built CLI, hand-worked data)", () => {
  const run = cli(['audit', FILE, ...AS_OF, '--format', 'json']);
  const report = JSON.parse(run.stdout);

  it('finds exactly the violations worked out by hand', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(report.rejected).toEqual([]);
    const got = report.violations.map((v: Record<string, unknown>) => [
      v.line,
      v.rule,
      v.recordId,
      v.deadline,
      v.elapsedWorkingSeconds,
      v.overWorkingSeconds,
      v.open,
    ]);
    expect(got).toEqual([
      [3, 'complaint.extension', 'L-E2', '2024-09-02T18:00:00+09:00', null, null, false],
      [3, 'complaint.inquiry', 'L-E2', '2024-09-02T18:00:00+09:00', 15 * 3600, 7 * 3600, false],
      [4, 'complaint.extension', 'L-E7', '2024-09-02T18:00:00+09:00', null, null, false],
      [4, 'complaint.inquiry', 'L-E7', '2024-09-03T18:00:00+09:00', 23 * 3600, 7 * 3600, false],
      [7, 'complaint.transfer', 'L-T2', '2024-09-02T18:00:00+09:00', 9 * 3600, 3600, false],
      [8, 'complaint.transfer', 'L-T3', '2024-09-02T18:00:00+09:00', 6 * 3600, null, false],
      [9, 'complaint.transfer', 'L-T7', '2024-09-02T18:00:00+09:00', 9 * 3600, 3600, false],
      [10, 'complaint.progress-notice', 'L-P2', '2025-02-03T18:00:00+09:00', null, null, true],
      [12, 'complaint.progress-notice', 'L-P6', '2025-02-03T18:00:00+09:00', null, null, false],
      [13, 'complaint.inquiry', 'L-W1b', '2024-09-04T12:00:00+09:00', 9 * 3600, 3600, false],
    ]);
    const byId = (id: string, rule: string) =>
      report.violations.find((v: { recordId: string; rule: string }) => v.recordId === id && v.rule === rule).message;
    expect(byId('L-E2', 'complaint.inquiry')).toBe(
      'answered 7h (working time) after the 8h deadline (due 2024-09-02 18:00); extension 1 not applied: longer than the original period (11h > 8h)',
    );
    expect(byId('L-T3', 'complaint.transfer')).toBe(
      'transfer to 기획재정부: the applicant was not notified of the transfer (due 2024-09-03 16:00)',
    );
    expect(byId('L-P2', 'complaint.progress-notice')).toBe(
      'still open at 2025-07-01 09:00, 30 days after receipt (2025-02-02 00:00); notice due by 2025-02-03 18:00; no progress notice was sent',
    );
  });

  it('counts each rule as worked out by hand', () => {
    const counts = Object.fromEntries(
      report.rules
        .filter((r: { id: string }) =>
          [
            'complaint.extension',
            'complaint.inquiry',
            'complaint.statutory',
            'complaint.transfer',
            'complaint.progress-notice',
          ].includes(r.id),
        )
        .map((r: Record<string, number>) => [r.id, [r.evaluated, r.passed, r.violations, r.pending]]),
    );
    expect(counts).toEqual({
      'complaint.extension': [4, 2, 2, 0], // E1 and E9 valid; E2 too long, E7's second without consent
      'complaint.inquiry': [7, 4, 3, 0], // E1 (extended), T1 and T7 (clock from the transfer), W1 (two pauses) pass
      'complaint.statutory': [1, 1, 0, 0], // E9: day-based, extended to 09-27
      'complaint.transfer': [4, 1, 3, 0],
      'complaint.progress-notice': [3, 1, 2, 0], // P1 notified; P2 open, P6 answered late, neither notified
    });
  });

  it('pauseCounting "whole-days" and transferClock "receipt" from the config change exactly the cases they should', () => {
    const r = cli([
      'audit',
      FILE,
      ...AS_OF,
      '--format',
      'json',
      '--config',
      config({ pauseCounting: 'whole-days', transferClock: 'receipt' }),
    ]);
    const inquiry = JSON.parse(r.stdout).violations.filter((v: { rule: string }) => v.rule === 'complaint.inquiry');
    // W1b passes (Mon–Wed paused whole); T1 (9 h from Mon 09:00) and T7 (17 h) fail from the receipt.
    expect(inquiry.map((v: Record<string, unknown>) => [v.recordId, v.overWorkingSeconds])).toEqual([
      ['L-E2', 7 * 3600],
      ['L-E7', 7 * 3600],
      ['L-T1', 3600],
      ['L-T7', 9 * 3600],
    ]);
  });

  it('--explain shows both deadlines and how pauses were counted', () => {
    const e7 = cli(['audit', FILE, ...AS_OF, '--explain', 'L-E7', '--lang', 'en']);
    expect(e7.stdout).toContain(
      '  - original deadline: 2024-09-02 18:00\n  - deadline with valid extensions: 2024-09-03 18:00\n',
    );
    const p2 = cli(['audit', FILE, ...AS_OF, '--explain', 'L-P2', '--lang', 'en']);
    expect(p2.stdout).toContain(
      '  - 30 calendar days after the day of receipt (the day itself not counted) ran out 2025-02-02 00:00; the notice was due by the end of that working day, 2025-02-03 18:00\n',
    );
    const t3 = cli(['audit', FILE, ...AS_OF, '--explain', 'L-T3', '--lang', 'en']);
    expect(t3.stdout).toContain(
      '  - transfer due by 2024-09-02 18:00 (8h of working time after the receipt); notice to the applicant due by 2024-09-03 16:00 (8h after the transfer)\n',
    );
    const w = cli(['audit', FILE, ...AS_OF, '--explain', 'L-W1b', '--lang', 'ko']);
    expect(w.stdout).toContain('  - 보완기간을 근무시간으로 계산 (pauseCounting: working-time)\n');
  });

  it('the fixtures hold at least one violation of each of the three rules', () => {
    const fixtures = JSON.parse(
      cli(['audit', join('fixtures', 'complaints.csv'), '--as-of', '2025-09-01', '--format', 'json', '--fail-on', 'none']).stdout,
    );
    for (const id of ['complaint.extension', 'complaint.transfer', 'complaint.progress-notice']) {
      expect(fixtures.rules.find((r: { id: string }) => r.id === id).violations).toBeGreaterThan(0);
    }
  });

  it('the CSV report lists each new rule with its clause quoted from the law', () => {
    const csv = cli(['audit', FILE, ...AS_OF, '--format', 'csv', '--lang', 'en']).stdout;
    const lines = csv.split('\r\n');
    for (const [rule, article] of [
      ['complaint.extension', '시행령 제21조(처리기간의 연장)'],
      ['complaint.transfer', '법률 제16조(민원문서의 이송)'],
      ['complaint.progress-notice', '처리진행상황 등의 통지'],
    ] as const) {
      expect(lines.some((l) => l.startsWith(`${rule},`) && l.includes(article))).toBe(true);
    }
  });
});
