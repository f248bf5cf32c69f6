/**
 * Allowance use and the `--due-within` watch list through the built CLI, on data worked out by
 * hand in test/e2e/data/README.md ("Allowance use and the watch list").
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './cli.js';

const data = (f: string) => join('test', 'e2e', 'data', f);
const WATCH = [data('watch-complaints.csv'), data('watch-payments.csv'), '--as-of', '2024-09-13 11:00', '--fail-on', 'none'];
const BANDS = [data('bands-payments.csv'), '--as-of', '2025-07-01 09:00', '--fail-on', 'none'];

type Item = Record<string, unknown>;
const brief = (w: Item) => [w.recordId, w.rule, w.remainingWorkingSeconds, w.deadline];

describe('audit --due-within (built CLI, hand-worked)', () => {
  it('3h: remaining 0 first, then 3 h left (inclusive), ties by input order then line', () => {
    const run = cli(['audit', ...WATCH, '--format', 'json', '--due-within', '3h']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.schemaVersion).toBe(1);
    expect(report.watch.dueWithinWorkingSeconds).toBe(10800);
    expect(report.watch.items.map(brief)).toEqual([
      ['WP-2', 'payment.four-hours', 0, '2024-09-13T11:00:00+09:00'],
      ['WQ-1', 'complaint.inquiry', 10800, '2024-09-13T15:00:00+09:00'],
      ['WP-1', 'payment.four-hours', 10800, '2024-09-13T15:00:00+09:00'],
      ['WP-6', 'payment.four-hours', 10800, '2024-09-13T15:00:00+09:00'],
    ]);
    expect(report.watch.items[2]).toEqual({
      rule: 'payment.four-hours',
      kind: 'payments',
      severity: 'error',
      file: data('watch-payments.csv'),
      line: 2,
      recordId: 'WP-1',
      start: '2024-09-13T10:00:00+09:00',
      deadline: '2024-09-13T15:00:00+09:00',
      basis: 'hours',
      allowedWorkingSeconds: 14400,
      elapsedWorkingSeconds: 3600,
      remainingWorkingSeconds: 10800,
      department: '대전지방조달청',
    });
  });

  it('1d is one working day (8 h): the remaining time of WQ-2 crosses lunch and 추석 to Thu 10:00', () => {
    const items = JSON.parse(cli(['audit', ...WATCH, '--format', 'json', '--due-within', '1d']).stdout).watch.items;
    expect(items.map((w: Item) => w.recordId)).toEqual(['WP-2', 'WQ-1', 'WP-1', 'WP-6', 'WP-3', 'WP-4', 'WQ-2']);
    expect(brief(items[6])).toEqual(['WQ-2', 'complaint.inquiry', 25200, '2024-09-19T10:00:00+09:00']);
    // 8h written another way gives the same list.
    const same = JSON.parse(cli(['audit', ...WATCH, '--format', 'json', '--due-within', '7h 60m']).stdout).watch;
    expect(same.items).toEqual(items);
  });

  it('3d adds the day-based statutory complaint due 18:00 on its 7th working day; open violations and stopped clocks never appear', () => {
    const items = JSON.parse(cli(['audit', ...WATCH, '--format', 'json', '--due-within', '3d']).stdout).watch.items;
    const last = items.at(-1);
    expect([last.recordId, last.basis, last.remainingWorkingSeconds, last.deadline, last.allowedWorkingSeconds]).toEqual([
      'WD-1',
      'days',
      79200,
      '2024-09-20T18:00:00+09:00',
      null,
    ]);
    const ids = items.map((w: Item) => w.recordId);
    expect(ids).not.toContain('WP-5');
    expect(ids).not.toContain('WQ-3');
  });

  it('a record received after as-of: the time left counts the working time until its receipt (9h, not 4h)', () => {
    const at = (within: string) =>
      JSON.parse(cli(['audit', ...WATCH, '--format', 'json', '--due-within', within]).stdout).watch.items.map(brief);
    expect(at('8h59m')).not.toContainEqual(expect.arrayContaining(['WP-7']));
    expect(at('9h').at(-1)).toEqual(['WP-7', 'payment.four-hours', 32400, '2024-09-19T12:00:00+09:00']);
  });

  it('NDJSON: the watch list after the violations as "type": "watch" lines, soonest first', () => {
    const lines = cli(['audit', ...WATCH, '--format', 'ndjson', '--due-within', '3h'])
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const watch = lines.filter((l) => l.type === 'watch');
    expect(watch.map((w) => w.recordId)).toEqual(['WP-2', 'WQ-1', 'WP-1', 'WP-6']);
    const firstWatch = lines.findIndex((l) => l.type === 'watch');
    expect(lines.slice(0, firstWatch).every((l) => l.type === undefined || l.type === 'aggregate')).toBe(true);
    expect(lines.slice(firstWatch).every((l) => l.type === 'watch')).toBe(true);
  });

  it('without --due-within the report has no watch list', () => {
    const report = JSON.parse(cli(['audit', ...WATCH, '--format', 'json']).stdout);
    expect(report).not.toHaveProperty('watch');
  });

  it('refuses a duration without a unit, with the accepted forms (exit 2)', () => {
    const run = cli(['audit', ...WATCH, '--format', 'json', '--due-within', '8']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--due-within "8" is not an amount of working time; accepted: .*8h.*1d/);
    expect(run.stdout).toBe('');
  });

  it('the table lists the watch list with the time left and the deadline with its weekday', () => {
    const out = cli(['audit', ...WATCH, '--format', 'table', '--due-within', '3h', '--lang', 'en']).stdout;
    expect(out).toContain('Due soon (deadline within 3h of working time after as-of)');
    expect(out).toMatch(/3h\s+2024-09-13 \(Fri\) 15:00\s+WQ-1\s+complaint\.inquiry/);
    const ko = cli(['audit', ...WATCH, '--format', 'table', '--due-within', '3h', '--lang', 'ko']).stdout;
    expect(ko).toContain('기한 임박 목록 (기준 시각부터 근무시간 3시간 이내에 기한 도래)');
    expect(ko).toMatch(/3시간\s+2024-09-13 \(금\) 15:00\s+WQ-1/);
  });
});

describe('allowance use per hours-based rule (built CLI, hand-worked)', () => {
  const report = JSON.parse(cli(['audit', ...BANDS, '--format', 'json']).stdout);
  const rule = (id: string) => report.rules.find((r: Item) => r.id === id);

  it('exactly 50%, 75%, 90% and 100% fall in the band they close; one second more moves up', () => {
    expect(rule('payment.four-hours').allowanceUse).toEqual({ upTo50: 1, upTo75: 2, upTo90: 2, upTo100: 2, over100: 2 });
    const r = rule('payment.four-hours');
    expect(r.passed + r.violations).toBe(9);
  });

  it('a rule that measures no working-time allowance has no bands', () => {
    expect(rule('payment.hold-notice')).not.toHaveProperty('allowanceUse');
  });

  it('the table shows each band with its share of the measured records', () => {
    const out = cli(['audit', ...BANDS, '--format', 'table', '--lang', 'en', '--limit', '0']).stdout;
    expect(out).toContain('Allowance used (decided records)');
    expect(out).toMatch(/payment\.four-hours\s+9\s+1 \(11\.1%\)\s+2 \(22\.2%\)\s+2 \(22\.2%\)\s+2 \(22\.2%\)\s+2 \(22\.2%\)/);
  });
});

describe('the watch list and the bands in every format (built CLI)', () => {
  const both = [data('watch-complaints.csv'), data('watch-payments.csv'), data('bands-payments.csv')];
  const args = [...both, '--as-of', '2024-09-13 11:00', '--fail-on', 'none', '--due-within', '3h'];

  it('Markdown: a watch table soonest first and a bands table', () => {
    const out = cli(['audit', ...args, '--format', 'md', '--lang', 'en']).stdout;
    expect(out).toContain('## Due soon (deadline within 3h of working time after as-of)');
    expect(out).toContain('| 0s | 2024-09-13 (Fri) 11:00 | WP-2 | `payment.four-hours` | 대전지방조달청 |');
    expect(out).toContain('## Allowance used (decided records)');
    // At Fri 11:00 the 8 closed B- records and WP-5 (open, already over) are decided; B-OPEN is not yet.
    expect(out).toContain('| `payment.four-hours` | 9 | 1 (11.1%) | 2 (22.2%) | 2 (22.2%) | 2 (22.2%) | 2 (22.2%) |');
  });

  it('CSV: after the violations, the watch list and then the bands as tables of their own', () => {
    const lines = cli(['audit', ...args, '--format', 'csv', '--lang', 'en']).stdout.split('\r\n');
    const watchAt = lines.indexOf(
      'rule,title,record_id,department,file,line,start_kst,deadline_kst,basis,allowed_working_seconds,elapsed_working_seconds,remaining_working_seconds,remaining',
    );
    expect(watchAt).toBeGreaterThan(0);
    expect(lines[watchAt - 1]).toBe('');
    expect(lines[watchAt + 1]).toBe(
      `payment.four-hours,PPS-paid claims paid within 4 working hours,WP-2,대전지방조달청,${data('watch-payments.csv')},3,2024-09-12 16:00:00,2024-09-13 11:00:00,working hours,14400,14400,0,0s`,
    );
    const bandsAt = lines.findIndex((l) => l.startsWith('rule,title,measured,up_to_50,'));
    expect(bandsAt).toBeGreaterThan(watchAt);
    expect(lines.find((l, i) => i > bandsAt && l.startsWith('payment.four-hours,'))).toBe(
      'payment.four-hours,PPS-paid claims paid within 4 working hours,9,1,2,2,2,2,0.111111,0.222222,0.222222,0.222222,0.222222',
    );
  });

  it('HTML: the watch table and a self-contained stacked bar per hours-based rule, each part its share', () => {
    const out = cli(['audit', ...args, '--format', 'html', '--lang', 'en']).stdout;
    expect(out).toContain('<section id="due-soon">');
    const svg = /<section id="allowance">.*?(<svg class="chart stacked".*?<\/svg>)/s.exec(out)?.[1] ?? '';
    // payment.four-hours: 1, 2, 2, 2, 2 of 9 over a 296-unit track (296 / 9 = 32.89).
    expect(svg).toMatch(/width="32\.89" height="16" fill="#1a7f37"><title>≤ 50%: 1 \(11\.1%\)/);
    expect(svg).toMatch(/width="65\.78" height="16" fill="#c62828"><title>&gt; 100%: 2 \(22\.2%\)/);
    expect(svg).not.toMatch(/https?:|<image|<script/);
  });

  it('the workbook: a due-soon sheet with date cells and an allowance sheet with counts and shares', async () => {
    const { join: joinPath } = await import('node:path');
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const ExcelJS = (await import('exceljs')).default;
    const dir = mkdtempSync(joinPath(tmpdir(), 'watch-'));
    const file = joinPath(dir, 'r.xlsx');
    const run = cli(['audit', ...args, '--lang', 'ko', '-o', file, '--quiet']);
    expect(run.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(0, 2)).toEqual(['규칙별 요약', '기한 임박']);
    expect(names).toContain('기한 사용률');
    const watch = wb.getWorksheet('기한 임박')!;
    expect(watch.getRow(2).getCell(3).value).toBe('WP-2');
    expect((watch.getRow(2).getCell(8).value as Date).toISOString()).toBe('2024-09-13T11:00:00.000Z');
    expect(watch.getRow(2).getCell(12).value).toBe(0);
    const bands = wb.getWorksheet('기한 사용률')!;
    const row = bands.getRows(2, bands.rowCount - 1)!.find((r) => r.getCell(1).value === 'payment.four-hours')!;
    expect((row.values as unknown[]).slice(3, 9)).toEqual([9, 1, 2, 2, 2, 2]);
    expect(row.getCell(13).value).toBeCloseTo(2 / 9, 12);
    expect(row.getCell(13).numFmt).toBe('0.0%');
  });
});
