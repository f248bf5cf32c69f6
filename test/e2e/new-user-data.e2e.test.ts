/**
 * A new user's trial (issue 16, items 15 and 18 and what they found beside them), through the
 * built CLI. Hand-worked values are written beside each case.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './cli.js';

const dir = mkdtempSync(join(tmpdir(), 'charter-audit-new-user-'));
const file = (name: string, content: string) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

describe('the timestamps the tool prints are read back', () => {
  // 2024-09-13 is a Friday. Received 17:00 + 4 working hours: 17–18 (1 h), Sat/Sun and 추석
  // Mon–Wed (9/16–18) skipped, Thu 9/19 09–12 (3 h) → deadline Thu 2024-09-19 12:00.
  it.each(['2024-09-13 (금) 17:00', '2024.09.13(금) 17:00', '2024-09-13 (Fri) 17:00', '2024년 9월 13일 (금) 오후 5시'])(
    'deadline %j --hours 4 is Thu 2024-09-19 12:00',
    (start) => {
      const r = cli(['deadline', start, '--hours', '4', '--json']);
      expect(r.stderr).toBe('');
      expect(JSON.parse(r.stdout)).toMatchObject({
        start: '2024-09-13T17:00:00+09:00',
        deadline: '2024-09-19T12:00:00+09:00',
      });
    },
  );

  it('deadline rejects a weekday the date does not fall on, in one line', () => {
    const r = cli(['deadline', '2024-09-13 (월) 17:00', '--hours', '4']);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('"2024-09-13 (월) 17:00" names a weekday its date does not fall on');
  });

  it('an audit rejects the row with problem "weekday", worded in Korean under --lang ko', () => {
    const p = file(
      'weekday.csv',
      'id,claimed_at,paid_at\nW-1,2024-09-13 (금) 17:00,2024-09-19 (목) 11:00\nW-2,2024-09-13 (월) 17:00,2024-09-19 11:00\n',
    );
    const r = cli(['audit', p, '--as-of', '2025-01-01', '--format', 'json', '--fail-on', 'none']);
    const report = JSON.parse(r.stdout) as {
      inputs: { rows: number; evaluated: number; rejected: number }[];
      rejected: { line: number; code: string; data: { problem: string } }[];
    };
    // W-1: 1 h Fri + 2 h Thu = 3 h ≤ 4 h, evaluated; W-2 names Monday for a Friday: rejected.
    expect(report.inputs[0]).toMatchObject({ rows: 2, evaluated: 1, rejected: 1 });
    expect(report.rejected).toMatchObject([{ line: 3, code: 'INVALID_TIMESTAMP', data: { problem: 'weekday' } }]);
    const ko = cli(['audit', p, '--as-of', '2025-01-01', '--format', 'md', '--fail-on', 'none', '--lang', 'ko']);
    expect(ko.stdout).toContain('괄호 안의 요일이 날짜의 요일과 다릅니다');
  });
});

describe('skipped title lines are listed as a spreadsheet shows them', () => {
  // Line 1: a quoted title with padding cells → its text without quotes; line 2: two text cells
  // → joined by a space; line 3: only commas → not listed; line 4 is the header.
  const p = file(
    'titles.csv',
    '"2025년 1월 대금지급 현황",,\n(단위: 원),,"작성: 재무과"\n,,\nid,claimed_at,paid_at\nP-1,2025-01-02 09:00,2025-01-02 10:00\n',
  );

  it('in the JSON inputs', () => {
    const r = cli(['audit', p, '--as-of', '2025-04-01', '--format', 'json']);
    const report = JSON.parse(r.stdout) as { inputs: { headerLine: number; skipped: string[] }[] };
    expect(report.inputs[0]).toMatchObject({ headerLine: 4, skipped: ['2025년 1월 대금지급 현황', '(단위: 원) 작성: 재무과'] });
  });

  it('in inspect, Korean too: no empty "건너뛴 제목 줄:" line', () => {
    const r = cli(['inspect', p, '--lang', 'ko']);
    const lines = r.stdout.split('\n').filter((l) => l.includes('건너뛴 제목 줄'));
    expect(lines).toEqual(['  건너뛴 제목 줄: 2025년 1월 대금지급 현황', '  건너뛴 제목 줄: (단위: 원) 작성: 재무과']);
  });
});

describe('invisible characters', () => {
  it('in an id: soft hyphen, direction marks, bidi embeddings and isolates are flagged INVISIBLE_IN_ID', () => {
    const ids = ['20250\u00ad01', '2025\u200e02', '2025\u200f03', '2025\u202b04', '2025\u206605', '2025\u200b06', '2025-07'];
    const rows = ids.map((id) => `${id},2025-01-02 09:00,2025-01-02 10:00`);
    const p = file('invisible-ids.csv', `id,claimed_at,paid_at\n${rows.join('\n')}\n`);
    const r = cli(['audit', p, '--as-of', '2025-09-01', '--format', 'json']);
    const report = JSON.parse(r.stdout) as { warnings: { code: string; line: number }[] };
    // Lines 2–7 hold one invisible character each; line 8 (2025-07) none.
    expect(report.warnings.filter((w) => w.code === 'INVISIBLE_IN_ID').map((w) => w.line)).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('in a department: dropped, so --group-by department shows one group, and each line is named', () => {
    // P-1 and P-3 paid after 1 working hour (pass); P-2 Thu 09:00 → Fri 10:00 = 8 h + 1 h = 9 h > 4 h (violation).
    const p = file(
      'invisible-department.csv',
      'id,claimed_at,paid_at,department\n' +
        'P-1,2025-01-02 09:00,2025-01-02 10:00,구매사업국\n' +
        'P-2,2025-01-02 09:00,2025-01-03 10:00,구매사업국\u2060\n' +
        'P-3,2025-01-02 09:00,2025-01-02 10:00,구매\u200e사업국\n',
    );
    const r = cli(['audit', p, '--as-of', '2025-09-01', '--format', 'json', '--group-by', 'department', '--fail-on', 'none']);
    const report = JSON.parse(r.stdout) as {
      breakdown: { rows: { group: string; evaluated: number; violations: number }[] };
      warnings: { code: string; line: number; message: string }[];
      violations: { recordId: string; department: string }[];
    };
    expect(report.breakdown.rows).toMatchObject([{ group: '구매사업국', evaluated: 3, violations: 1 }]);
    expect(report.violations).toMatchObject([{ recordId: 'P-2', department: '구매사업국' }]);
    const said = report.warnings.filter((w) => w.code === 'INVISIBLE_IN_TEXT');
    expect(said.map((w) => w.line)).toEqual([3, 4]);
    expect(said[0]!.message).toBe(
      'department "구매사업국\\u2060" holds an invisible character (zero-width, soft hyphen or direction mark): read as "구매사업국", so it groups with the value it looks like',
    );
    const table = cli([
      'audit',
      p,
      '--as-of',
      '2025-09-01',
      '--format',
      'table',
      '--group-by',
      'department',
      '--fail-on',
      'none',
    ]);
    expect(table.stdout.split('\n').filter((l) => l.startsWith('구매사업국'))).toHaveLength(1);
  });

  it('the table drops a soft hyphen and a direction mark from what it shows', () => {
    const p = file('shy-table.csv', 'id,claimed_at,paid_at\n20250\u00ad01,2025-01-02 09:00,2025-01-03 10:00\n');
    const r = cli(['audit', p, '--as-of', '2025-09-01', '--format', 'table', '--fail-on', 'none']);
    expect(r.stdout).toContain('2025001');
    expect(r.stdout).not.toContain('\u00ad');
  });
});

describe('--group-by in NDJSON', () => {
  it('adds one "type":"group" line per breakdown row after the measures, the JSON breakdown rows', () => {
    const calls = join(import.meta.dirname, 'data', 'calls.csv');
    const args = ['audit', calls, '--as-of', '2025-07-01T09:00:00+09:00', '--group-by', 'month', '--fail-on', 'none'];
    const lines = cli([...args, '--format', 'ndjson'])
      .stdout.trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    // calls.csv (test/e2e/data/README.md): C-2 waited 25 s unannounced (violation), C-4 was
    // announced (pass): call.wait-announcement in 2025-03 has 2 evaluated, 1 passed, 1 violation.
    expect(lines.map((l) => l.type ?? 'violation')).toEqual(['violation', 'aggregate', 'aggregate', 'aggregate', 'group']);
    expect(lines[4]).toEqual({
      type: 'group',
      by: 'month',
      group: '2025-03',
      rule: 'call.wait-announcement',
      evaluated: 2,
      passed: 1,
      violations: 1,
      pending: 0,
      complianceRate: 0.5,
    });
    const json = JSON.parse(cli([...args, '--format', 'json']).stdout) as { breakdown: { by: string; rows: object[] } };
    expect(lines.filter((l) => l.type === 'group')).toEqual(
      json.breakdown.rows.map((row) => ({ type: 'group', by: 'month', ...row })),
    );
  });
});

describe('--explain honours --format json and ndjson', () => {
  const complaints = join(import.meta.dirname, 'data', 'complaints.csv');
  const base = ['audit', complaints, '--as-of', '2025-07-01T09:00:00+09:00', '--explain', 'Q-1'];

  it('json: one document, an explanation per judged rule, its words the text output', () => {
    const r = cli([...base, '--format', 'json']);
    const doc = JSON.parse(r.stdout) as { schemaVersion: number; recordId: string; explanations: Record<string, unknown>[] };
    expect(doc).toMatchObject({ schemaVersion: 1, recordId: 'Q-1' });
    // test/e2e/data/README.md, --explain: Q-1 passed complaint.inquiry, 8 h allowed, due Thu 17:00,
    // 2 h 30 m used; Sat, Sun and 추석 (9/16–18) skipped; complaint.survey passed with no deadline.
    expect(doc.explanations.map((e) => [e.rule, e.outcome])).toEqual([
      ['complaint.inquiry', 'pass'],
      ['complaint.survey', 'pass'],
    ]);
    expect(doc.explanations[0]).toMatchObject({
      clockStart: '2024-09-13T17:00:00+09:00',
      deadline: '2024-09-19T17:00:00+09:00',
      allowedWorkingSeconds: 28800,
      elapsedWorkingSeconds: 9000,
      pauses: [],
    });
    expect((doc.explanations[0]!.skippedDays as { date: string; names: string[] }[]).map((d) => [d.date, d.names])).toEqual([
      ['2024-09-14', []],
      ['2024-09-15', []],
      ['2024-09-16', ['추석 전날']],
      ['2024-09-17', ['추석']],
      ['2024-09-18', ['추석 다음 날']],
    ]);
    // Without --format, to a pipe (where a report is JSON), the explanation stays in words.
    const text = cli(base).stdout;
    expect(cli([...base, '--format', 'table']).stdout).toBe(text);
    expect(text).toBe(doc.explanations.map((e) => `${e.text as string}\n`).join('\n'));
  });

  it('ndjson: the same objects, one "type":"explanation" line each', () => {
    const json = JSON.parse(cli([...base, '--format', 'json']).stdout) as { explanations: object[] };
    const lines = cli([...base, '--format', 'ndjson'])
      .stdout.trimEnd()
      .split('\n');
    expect(lines.map((l) => JSON.parse(l) as object)).toEqual(json.explanations.map((e) => ({ type: 'explanation', ...e })));
  });
});

describe('--explain in a format that is neither words nor data', () => {
  const complaints = join(import.meta.dirname, 'data', 'complaints.csv');
  it.each([
    ['--format', 'md'],
    ['--format', 'csv'],
    ['--format', 'html'],
    ['-o', join(dir, 'q1.xlsx')],
  ])('%s %s is refused in one line before reading, nothing written', (flag, value) => {
    const r = cli(['audit', complaints, '--as-of', '2025-07-01', '--explain', 'Q-1', flag, value]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(
      /^charter-audit: --explain is written as words \(table\) or data \(json, ndjson\), not as (md|csv|html|xlsx)/,
    );
    expect(existsSync(join(dir, 'q1.xlsx'))).toBe(false);
  });
});

describe('a vocabulary word or a header holding an invisible character is the word it looks like', () => {
  it('조달청\u2060 is pps, 수요기관\u200b is agency, a header 지급일시\u200e is paid_at', () => {
    // P-1 (pps) Thu 2025-01-02 09:00 → Fri 10:00 = 8 h + 1 h = 9 h > 4 h: a violation.
    // P-2 (agency) the same times: payment.four-hours does not apply to the agency's payments.
    const p = file(
      'invisible-words.csv',
      '청구번호,청구일시,지급일시\u200e,지급주체\n' +
        'P-1,2025-01-02 09:00,2025-01-03 10:00,조달청\u2060\n' +
        'P-2,2025-01-02 09:00,2025-01-03 10:00,수요기관\u200b\n',
    );
    const r = cli(['audit', p, '--as-of', '2025-09-01', '--format', 'json', '--fail-on', 'none']);
    const report = JSON.parse(r.stdout) as { violations: { recordId: string }[]; warnings: { code: string }[] };
    expect(report.violations.map((v) => v.recordId)).toEqual(['P-1']);
    expect(report.warnings).toEqual([]);
  });
});
