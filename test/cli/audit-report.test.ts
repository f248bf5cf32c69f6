/**
 * The audit command's human side, in-process (`run(argv, io)` with a fake Io): progress bar,
 * `--group-by` in every format, `--explain`, `--output`, the quarterly comparison and colour.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROGRESS_MIN_BYTES, progressAllowed } from '../../src/cli/commands/audit.js';
import { runCli, type FakeIoOptions } from '../helpers/cli.js';
import { formatPercent } from '../../src/format/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => join(root, 'fixtures', name);
const FIXTURES = ['complaints.csv', 'payments.csv', 'contracts.csv', 'calls.csv'].map(fixture);
const CONFIG = ['--config', fixture('charter-audit.config.json')];
const AS_OF = ['--as-of', '2025-09-01'];
const E2E = ['complaints.csv', 'payments.csv', 'contracts.csv', 'calls.csv'].map((f) => join(root, 'test', 'e2e', 'data', f));
const E2E_AS_OF = ['--as-of', '2025-07-01T09:00:00+09:00'];
const ESC = '\u001b';

const audit = (args: readonly string[], options: FakeIoOptions = {}) => runCli(['audit', ...args], options);
const onFixtures = (args: readonly string[], options: FakeIoOptions = {}) =>
  audit([...FIXTURES, ...CONFIG, ...AS_OF, ...args], options);

let dir: string;
let big: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'charter-audit-report-'));
  big = join(dir, 'big-payments.csv');
  const made = await runCli(['sample', '--kind', 'payments', '--rows', '12000', '--seed', '1', '--output', big]);
  expect(made.code).toBe(0);
  expect(readFileSync(big).length).toBeGreaterThan(PROGRESS_MIN_BYTES);
});

describe('progress bar', () => {
  const BAR = /\rcharter-audit \[[#·]+\]\s+\d+%/;
  const tty = { stdoutIsTTY: true, stderrIsTTY: true };

  it('draws on stderr on a terminal for a large input, reaches the end and clears its line', async () => {
    const r = await audit([big, ...AS_OF, '--format', 'json', '--fail-on', 'none'], { ...tty, env: {} });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(BAR);
    expect(r.stderr).toContain(' 0%');
    expect(r.stderr.endsWith('\r\u001b[2K')).toBe(true);
    expect(r.stdout).not.toContain('\r');
    expect(JSON.parse(r.stdout).schemaVersion).toBe(1);
  });

  it('draws when the report goes to a file and stdout is not a terminal', async () => {
    const r = await audit([big, ...AS_OF, '--fail-on', 'none', '-o', join(dir, 'big.json')], {
      stdoutIsTTY: false,
      stderrIsTTY: true,
    });
    expect(r.stderr).toMatch(BAR);
  });

  it.each([
    ['stderr is not a terminal', { stdoutIsTTY: true, stderrIsTTY: false, env: {} }],
    ['CI is set', { ...tty, env: { CI: 'true' } }],
    ['CI=1', { ...tty, env: { CI: '1' } }],
    ['the report is piped (stdout not a terminal, no --output)', { stdoutIsTTY: false, stderrIsTTY: true, env: {} }],
    ['TERM=dumb', { ...tty, env: { TERM: 'dumb' } }],
  ])('never appears when %s', async (_why, io) => {
    const r = await audit([big, ...AS_OF, '--format', 'json', '--fail-on', 'none'], io);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('\r');
    expect(r.stderr).not.toContain('charter-audit [');
    expect(r.stdout).not.toContain('\r');
  });

  it('does not appear for small inputs, which finish at once', async () => {
    const r = await onFixtures(['--format', 'json'], { ...tty, env: {} });
    expect(r.stderr).not.toContain('\r');
  });

  it('decides by TTY, CI and piping', () => {
    expect(progressAllowed({ stderrIsTTY: true, stdoutIsTTY: true, env: {} }, undefined)).toBe(true);
    expect(progressAllowed({ stderrIsTTY: true, stdoutIsTTY: true, env: { CI: 'false' } }, undefined)).toBe(true);
    expect(progressAllowed({ stderrIsTTY: true, stdoutIsTTY: true, env: { CI: 'true' } }, undefined)).toBe(false);
    expect(progressAllowed({ stderrIsTTY: true, stdoutIsTTY: false, env: {} }, undefined)).toBe(false);
    expect(progressAllowed({ stderrIsTTY: true, stdoutIsTTY: false, env: {} }, 'r.html')).toBe(true);
    expect(progressAllowed({ stderrIsTTY: true, stdoutIsTTY: false, env: {} }, '-')).toBe(false);
    expect(progressAllowed({ stderrIsTTY: false, stdoutIsTTY: true, env: {} }, 'r.html')).toBe(false);
  });
});

describe('--group-by in every format', () => {
  let json: { breakdown: { by: string; rows: { group: string; rule: string; evaluated: number; violations: number }[] } };
  beforeAll(async () => {
    json = JSON.parse((await onFixtures(['--format', 'json', '--group-by', 'department'])).stdout);
  });
  const departments = () => [...new Set(json.breakdown.rows.map((r) => r.group))];

  it('JSON carries the breakdown by department', () => {
    expect(json.breakdown.by).toBe('department');
    expect(departments().length).toBeGreaterThan(2);
  });

  it('table: a breakdown section, one line per group × rule', async () => {
    const { stdout } = await onFixtures(['--format', 'table', '--group-by', 'department', '--lang', 'en']);
    const section = stdout.slice(stdout.indexOf('Breakdown (by department)'));
    expect(section.length).toBeGreaterThan(0);
    const lines = section.split('\n\n')[0]!.trimEnd().split('\n').slice(3);
    expect(lines).toHaveLength(json.breakdown.rows.length);
    json.breakdown.rows.forEach((row, i) => {
      expect(lines[i]).toMatch(
        new RegExp(
          `^${row.group.replace(/[()]/g, '\\$&')}\\s+${row.rule.replace('.', '\\.')}\\s+${row.evaluated}\\s+${row.violations}\\s`,
        ),
      );
    });
  });

  it('Markdown: a breakdown table with every row', async () => {
    const { stdout } = await onFixtures(['--format', 'md', '--group-by', 'department', '--lang', 'ko']);
    expect(stdout).toContain('## 구분별 집계 (부서별)');
    // JSON keeps the key "(none)"; the Korean report says 부서 없음 (issue 12 item 12).
    const shown = (g: string) => (g === '(none)' ? '(부서 없음)' : g);
    for (const row of json.breakdown.rows)
      expect(stdout).toContain(`| ${shown(row.group)} | \`${row.rule}\` | ${row.evaluated} | ${row.violations} |`);
    expect(stdout).not.toContain('| (none) |');
  });

  it('HTML: a breakdown section with every group', async () => {
    const { stdout } = await onFixtures(['--format', 'html', '--group-by', 'department', '--lang', 'en']);
    expect(stdout).toContain('<h2>Breakdown (by department)</h2>');
    const section = stdout.slice(stdout.indexOf('<h2>Breakdown (by department)</h2>'));
    expect((section.split('</section>')[0]!.match(/<tr>/g) ?? []).length).toBe(json.breakdown.rows.length + 1);
    for (const g of departments()) expect(section).toContain(`<td>${g}</td>`);
  });

  it('CSV: the breakdown rows instead of the violations', async () => {
    const { stdout } = await onFixtures(['--format', 'csv', '--group-by', 'department', '--lang', 'en']);
    const lines = stdout.split('\r\n\r\n')[0]!.split('\r\n');
    expect(lines[0]).toBe('group_by,group,rule,title,evaluated,passed,violations,pending,compliance_rate');
    expect(lines).toHaveLength(1 + json.breakdown.rows.length);
    json.breakdown.rows.forEach((row, i) =>
      expect(lines[i + 1]).toMatch(new RegExp(`^by department,${row.group.replace(/[()]/g, '\\$&')},${row.rule},`)),
    );
  });

  it('without --group-by no format shows a breakdown', async () => {
    for (const format of ['table', 'md', 'html']) {
      const { stdout } = await onFixtures(['--format', format, '--lang', 'en']);
      expect(stdout).not.toContain('Breakdown (by');
    }
    expect((await onFixtures(['--format', 'csv', '--lang', 'en'])).stdout.split('\r\n')[0]).toMatch(/^rule,title,clause/);
  });
});

describe('--explain on the hand-checked e2e data', () => {
  it('explains P-2 in Korean: clock start, the 추석 days skipped by name, the deadline', async () => {
    const r = await audit([...E2E, ...E2E_AS_OF, '--explain', 'P-2', '--lang', 'ko']);
    expect(r.code).toBe(1);
    const block = r.stdout.split('\n\n')[0]!;
    expect(block.split('\n')).toEqual([
      '레코드 P-2 — payment.four-hours',
      `  출처: ${E2E[1]}:3 (부서 대전지방조달청)`,
      '  시작(접수) 시각: 2024-09-13 (금) 17:00',
      '  기산 시각(첫 근무시간): 2024-09-13 (금) 17:00 — 근무시간 중 접수, 접수 시각부터 계산',
      '  허용 처리기간: 4시간 (근무시간)',
      '  제외된 비근무일:',
      '    - 2024-09-14 (토) 주말',
      '    - 2024-09-15 (일) 주말',
      '    - 2024-09-16 (월) 추석 전날',
      '    - 2024-09-17 (화) 추석',
      '    - 2024-09-18 (수) 추석 다음 날',
      '  처리기한: 2024-09-19 (목) 12:00',
      '  완료 시각: 2024-09-19 (목) 13:30',
      '  소요 근무시간: 4시간 30분',
      '  기한 초과: 30분',
      expect.stringMatching(/^ {2}판정: /),
    ]);
  });

  it('explains P-2 in English, every violation of the record', async () => {
    const r = await audit([...E2E, ...E2E_AS_OF, '--explain', 'P-2', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Record P-2 — payment.four-hours');
    expect(r.stdout).toContain('Clock starts (first working instant): 2024-09-13 (Fri) 17:00');
    expect(r.stdout).toContain(
      '    - 2024-09-16 (Mon) 추석 전날\n    - 2024-09-17 (Tue) 추석\n    - 2024-09-18 (Wed) 추석 다음 날\n',
    );
    expect(r.stdout).toContain(
      '  Deadline: 2024-09-19 (Thu) 12:00\n  Completed: 2024-09-19 (Thu) 13:30\n  Working time used: 4h 30m\n  Over the deadline by: 30m\n',
    );
    expect(r.stdout.match(/^Record P-2 — /gm)?.length).toBeGreaterThanOrEqual(1);
    expect(r.stdout).not.toContain('\u001b');
  });

  it('explains a record with no violation as passed (issue 12 item 5)', async () => {
    const r = await audit([...E2E, ...E2E_AS_OF, '--explain', 'P-1', '--lang', 'en']);
    expect(r.stdout).toContain('Record P-1 — payment.four-hours: passed');
  });

  it('is a usage error (exit 2) for an id no evaluated row has, and writes no report', async () => {
    const r = await audit([...E2E, ...E2E_AS_OF, '--explain', 'NO-SUCH-ID', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('no evaluated row has the record id "NO-SUCH-ID"');
  });
});

describe('--output', () => {
  it.each([
    ['report.json', (t: string) => expect(JSON.parse(t).schemaVersion).toBe(1)],
    ['report.ndjson', (t: string) => expect(JSON.parse(t.split('\n')[0]!).rule).toMatch(/\./)],
    // A CSV file is for Excel: it starts with a UTF-8 BOM by default (issue 10).
    ['report.csv', (t: string) => expect(t.split('\r\n')[0]).toMatch(/^\uFEFFrule,title,clause/)],
    ['report.md', (t: string) => expect(t).toMatch(/^# /)],
    ['REPORT.HTML', (t: string) => expect(t).toMatch(/^<!doctype html>/i)],
    ['report.txt', (t: string) => expect(t).toContain('Summary by rule')],
  ])('%s: picks the format from the extension and writes only the file', async (name, check) => {
    const out = mkdtempSync(join(dir, 'out-'));
    const r = await onFixtures(['--lang', 'en', '-o', name], { cwd: out });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    check(readFileSync(join(out, name), 'utf8'));
    expect(readdirSync(out)).toEqual([name]);
  });

  it('--format wins over the extension', async () => {
    const out = mkdtempSync(join(dir, 'out-'));
    await onFixtures(['--format', 'json', '-o', 'report.txt'], { cwd: out });
    expect(JSON.parse(readFileSync(join(out, 'report.txt'), 'utf8')).schemaVersion).toBe(1);
  });

  it('an unknown extension without --format is a usage error (exit 2) and writes nothing', async () => {
    const out = mkdtempSync(join(dir, 'out-'));
    const r = await onFixtures(['-o', 'report.xyz'], { cwd: out });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot tell the format from "report\.xyz"; use --format/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(out)).toEqual([]);
  });

  it('refuses to overwrite an input, by any path to it, and leaves it intact', async () => {
    const work = mkdtempSync(join(dir, 'in-'));
    copyFileSync(fixture('payments.csv'), join(work, 'payments.csv'));
    const before = readFileSync(join(work, 'payments.csv'));
    for (const target of ['payments.csv', './payments.csv', join(work, 'payments.csv')]) {
      const r = await audit(['payments.csv', ...AS_OF, '--format', 'csv', '-o', target], { cwd: work });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('is one of the inputs; refusing to overwrite it');
    }
    expect(readFileSync(join(work, 'payments.csv')).equals(before)).toBe(true);
    expect(readdirSync(work)).toEqual(['payments.csv']);
  });

  it('is atomic: a run that fails leaves the existing report untouched and no temp file behind', async () => {
    const out = mkdtempSync(join(dir, 'out-'));
    writeFileSync(join(out, 'report.md'), 'the previous report\n');
    const r = await audit([...E2E, ...E2E_AS_OF, '--explain', 'NO-SUCH-ID', '-o', 'report.md'], { cwd: out });
    expect(r.code).toBe(2);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toBe('the previous report\n');
    expect(readdirSync(out)).toEqual(['report.md']);
    const ok = await onFixtures(['-o', 'report.md'], { cwd: out });
    expect(ok.code).toBe(1);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toMatch(/^# /);
    expect(readdirSync(out)).toEqual(['report.md']);
  });
});

describe('--quarter: the quarterly self-evaluation compares with the previous quarter', () => {
  type Rule = { id: string; violations: number; complianceRate: number | null };
  let q1: Rule[];
  let q2: Rule[];
  beforeAll(async () => {
    q1 = JSON.parse((await onFixtures(['--format', 'json', '--from', '2025-01-01', '--to', '2025-03-31'])).stdout).rules;
    q2 = JSON.parse((await onFixtures(['--format', 'json', '--quarter', '2025Q2'])).stdout).rules;
  });
  /** As the reports print a rate: floored to one decimal. */
  const pct = formatPercent;

  it('JSON previous equals an audit of Q1 on its own', async () => {
    const j = JSON.parse((await onFixtures(['--format', 'json', '--quarter', '2025Q2'])).stdout);
    expect(j.previous.period).toEqual({ from: '2025-01-01', to: '2025-03-31' });
    expect(j.previous.rules.map((r: Rule) => [r.id, r.violations, r.complianceRate])).toEqual(
      q1.map((r) => [r.id, r.violations, r.complianceRate]),
    );
  });

  it('the table shows each rule: previous (violations), this quarter (violations)', async () => {
    const { stdout } = await onFixtures(['--format', 'table', '--quarter', '2025Q2', '--lang', 'en']);
    const section = stdout.slice(
      stdout.indexOf('Compared with the previous quarter (Previous quarter: 2025-01-01 ~ 2025-03-31)'),
    );
    expect(section.length).toBeGreaterThan(0);
    const lines = section.split('\n').slice(4);
    q2.forEach((r, i) => {
      const p = q1[i]!;
      expect(p.id).toBe(r.id);
      const esc = (s: string) => s.replace(/[.()%]/g, '\\$&');
      expect(lines[i]).toMatch(
        new RegExp(
          `^${esc(r.id)}\\s+${esc(`${pct(p.complianceRate)} (${p.violations})`)}\\s+${esc(`${pct(r.complianceRate)} (${r.violations})`)}\\s+[+−±]`,
        ),
      );
    });
  });

  it('the HTML has the comparison section with both quarters per rule', async () => {
    const { stdout } = await onFixtures(['--format', 'html', '--quarter', '2025Q2', '--lang', 'ko']);
    const at = stdout.indexOf('<h2>전 분기 대비</h2>');
    expect(at).toBeGreaterThan(0);
    const section = stdout.slice(at, stdout.indexOf('</section>', at));
    expect(section).toContain('전 분기: 2025-01-01 ~ 2025-03-31 · 이번 분기: 2025-04-01 ~ 2025-06-30');
    for (const [i, r] of q2.entries()) {
      const p = q1[i]!;
      expect(section).toContain(`<code>${r.id}</code>`);
      expect(section).toMatch(
        new RegExp(
          `<code>${r.id.replace('.', '\\.')}</code>[^<]*</td><td class="num">${pct(p.complianceRate)}</td><td class="num">${pct(r.complianceRate)}</td>`,
        ),
      );
    }
  });

  it('has no comparison when the previous quarter has no data', async () => {
    const { stdout } = await onFixtures(['--format', 'table', '--quarter', '2024Q1', '--lang', 'en', '--fail-on', 'none']);
    expect(stdout).not.toContain('Compared with the previous quarter');
  });
});

describe('colour', () => {
  const table = (extra: string[], io: FakeIoOptions) => onFixtures(['--format', 'table', '--limit', '3', ...extra], io);

  it('is on for a terminal', async () => {
    expect((await table([], { stdoutIsTTY: true, env: {} })).stdout).toContain(`${ESC}[31m`);
  });
  it('is off when stdout is not a terminal', async () => {
    expect((await table([], { stdoutIsTTY: false, env: {} })).stdout).not.toContain(ESC);
  });
  it('is off with NO_COLOR on a terminal', async () => {
    expect((await table([], { stdoutIsTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
  });
  it('is off with --no-color on a terminal', async () => {
    expect((await table(['--no-color'], { stdoutIsTTY: true, env: {} })).stdout).not.toContain(ESC);
  });
  it('--color forces it, through a pipe and over NO_COLOR', async () => {
    expect((await table(['--color'], { stdoutIsTTY: false, env: {} })).stdout).toContain(`${ESC}[31m`);
    expect((await table(['--color'], { stdoutIsTTY: false, env: { NO_COLOR: '1' } })).stdout).toContain(`${ESC}[31m`);
  });
  it('never colours the file formats, even with --color', async () => {
    for (const format of ['md', 'csv', 'html', 'json']) {
      expect((await onFixtures(['--format', format, '--color'], { stdoutIsTTY: true, env: {} })).stdout).not.toContain(ESC);
    }
  });
  it('a --output file gets no colour even from a terminal', async () => {
    const out = mkdtempSync(join(dir, 'out-'));
    await table(['-o', 'r.txt'], { stdoutIsTTY: true, env: {}, cwd: out });
    expect(existsSync(join(out, 'r.txt'))).toBe(true);
    expect(readFileSync(join(out, 'r.txt'), 'utf8')).not.toContain(ESC);
  });
});
