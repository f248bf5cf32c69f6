/**
 * The counts a reader compares agree with what the report lists: a failed month of a periodic
 * call-centre measure is not a violation row, so the stderr line after `-o` and every human
 * format's totals name the two apart ("1 violation, 2 measures below target") instead of adding
 * them up into violations the report does not list. test/e2e/data/calls.csv (README there):
 * C-2 violates call.wait-announcement (the one violation); in 2025-03 the answer rate (0.75) and
 * the service level (0.5) are below target and the average wait (13.33 s) is not (3 measures, 2 below).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './cli.js';

const dir = mkdtempSync(join(tmpdir(), 'charter-counts-'));
const AUDIT = ['audit', 'test/e2e/data/calls.csv', '--as-of', '2025-07-01T09:00:00+09:00', '--fail-on', 'none'];

describe('the stderr line after -o counts violations and measures below target apart', () => {
  it('in English: 1 violation listed, 2 of the 3 measures failed', () => {
    const out = join(dir, 'calls.json');
    const r = cli([...AUDIT, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `charter-audit: wrote ${out} (json): 4 rows evaluated, 1 violation, 2 measures below target, 0 rejected rows\n`,
    );
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      violations: unknown[];
      aggregates: { passed: boolean }[];
    };
    expect(report.violations).toHaveLength(1);
    expect(report.aggregates.filter((a) => !a.passed)).toHaveLength(2);
  });

  it('in Korean', () => {
    const out = join(dir, 'calls.csv');
    const r = cli([...AUDIT, '-o', out, '--lang', 'ko']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `charter-audit: ${out}에 csv 보고서를 썼습니다: 평가한 행 4, 위반 1건, 미달 지표 2건, 처리하지 못한 행 0\n`,
    );
  });

  it('the same for a streamed format (NDJSON keeps no violation list)', () => {
    const out = join(dir, 'calls.ndjson');
    const r = cli([...AUDIT, '-o', out]);
    expect(r.stderr).toContain(': 4 rows evaluated, 1 violation, 2 measures below target, 0 rejected rows\n');
    const lines = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type?: string });
    expect(lines.filter((l) => l.type === undefined)).toHaveLength(1);
  });

  it('says nothing of measures when none was judged (no calls audited)', () => {
    const out = join(dir, 'payments.json');
    const r = cli([
      'audit',
      'test/e2e/data/payments.csv',
      '--as-of',
      '2025-07-01T09:00:00+09:00',
      '--fail-on',
      'none',
      '-o',
      out,
    ]);
    expect(r.stderr).toBe(`charter-audit: wrote ${out} (json): 5 rows evaluated, 3 violations, 0 rejected rows\n`);
  });
});

describe('every human format says how many measures are below target', () => {
  for (const lang of ['en', 'ko'] as const) {
    const below = lang === 'en' ? '2 of 3 below target' : '3개 중 2개 미달';
    const measures = lang === 'en' ? 'Measures per period' : '기간별 지표';
    const run = (format: string) => cli([...AUDIT, '--format', format, '--lang', lang]);

    it(`table (${lang})`, () => {
      const r = run('table');
      expect(r.stdout.split('\n')).toContain(`${measures} (${below})`);
      expect(r.stdout).toContain(lang === 'en' ? 'Worst violations (1 in total)' : '(전체 1건)');
    });

    it(`markdown (${lang})`, () => {
      expect(run('md').stdout).toContain(`## ${measures}\n\n_${below}_\n`);
    });

    it(`html (${lang})`, () => {
      const html = run('html').stdout;
      expect(html).toContain(`<h2>${measures} <span class="muted">(${below})</span></h2>`);
      const k = (label: string, value: string) => `<div class="k">${label}</div><div class="v">${value}</div>`;
      expect(html).toContain(k(lang === 'en' ? 'Violations' : '위반 건수', '1'));
      expect(html).toContain(k(lang === 'en' ? 'Measures below target / judged' : '미달 지표 / 판정한 지표', '2 / 3'));
    });
  }
});

describe('the stderr lines after the report echo file names on one line, inert', () => {
  it('an -o name with a newline and an escape sequence', () => {
    const out = join(dir, 'r\n\u001b[2J.json');
    const r = cli([
      'audit',
      'test/e2e/data/payments.csv',
      '--as-of',
      '2025-07-01T09:00:00+09:00',
      '--fail-on',
      'none',
      '-o',
      out,
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `charter-audit: wrote ${dir}/r\\n\\u001b[2J.json (json): 5 rows evaluated, 3 violations, 0 rejected rows\n`,
    );
    expect(JSON.parse(readFileSync(out, 'utf8')).violations).toHaveLength(3);
  });

  it('a header-only input whose name holds them', () => {
    const empty = join(dir, 'empty\u001b]0;x\u0007\n.csv');
    writeFileSync(empty, 'id,claimed_at,paid_at\n');
    const r = cli(['audit', empty, '--format', 'json', '--lang', 'ko']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`charter-audit: ${dir}/empty\\u001b]0;x\\u0007\\n.csv: 데이터 행이 없습니다 (머리글만 있음)\n`);
  });
});
