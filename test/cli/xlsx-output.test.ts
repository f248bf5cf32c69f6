/**
 * Output for Excel through the CLI: `-o report.xlsx` (read back with exceljs), a workbook in and a
 * workbook out, and the CSV byte-order mark (on by default for `-o x.csv`, off on stdout).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { kstCell, writeWorkbook } from '../helpers/xlsx.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => join(root, 'fixtures', name);
const FIXTURES = ['complaints.csv', 'payments.csv', 'contracts.csv', 'calls.csv'].map(fixture);
const COMMON = ['--config', fixture('charter-audit.config.json'), '--as-of', '2025-09-01'];
const BOM = [0xef, 0xbb, 0xbf];

let dir: string;
const at = (name: string) => join(dir, name);

async function readBack(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'charter-audit-xlsx-out-'));
});

describe('-o report.xlsx', () => {
  it('writes the workbook whose cells match the JSON report', async () => {
    const r = await runCli(['audit', ...FIXTURES, ...COMMON, '--quarter', '2025Q2', '--lang', 'ko', '-o', at('report.xlsx')]);
    expect(r.code).toBe(1);
    const json = JSON.parse((await runCli(['audit', ...FIXTURES, ...COMMON, '--quarter', '2025Q2', '--format', 'json'])).stdout);
    const wb = await readBack(at('report.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '규칙별 요약',
      '위반 내역',
      '기간별 지표',
      '기한 사용률',
      '전 분기 대비',
      '처리하지 못한 행',
      '경고',
      '입력 파일',
      '점검 정보',
    ]);
    // The allowance-use sheet holds the JSON's bands, rule for rule.
    const bands = wb.getWorksheet('기한 사용률')!;
    const use = json.rules.filter((x: { allowanceUse?: unknown }) => x.allowanceUse);
    expect(bands.getColumn(1).values.slice(2)).toEqual(use.map((x: { id: string }) => x.id));
    expect((bands.getRow(2).values as unknown[]).slice(4, 9)).toEqual(Object.values(use[0].allowanceUse));
    const violations = wb.getWorksheet('위반 내역')!;
    expect(violations.rowCount - 1).toBe(json.violations.length);
    const first = violations.getRow(2);
    expect(first.getCell(1).value).toBe(json.violations[0].rule);
    expect(first.getCell(6).value).toBe(json.violations[0].line);
    // The JSON's start is an ISO time with +09:00; the date cell holds the same KST wall clock.
    expect((first.getCell(9).value as Date).toISOString().slice(0, 19)).toBe(json.violations[0].start.slice(0, 19));
    const summary = wb.getWorksheet('규칙별 요약')!;
    const rates = json.rules.map((x: { complianceRate: number | null }) => x.complianceRate);
    expect(summary.getColumn(9).values.slice(2)).toEqual(rates.map((x: number | null) => x ?? undefined));
    const inputs = wb.getWorksheet('입력 파일')!;
    expect(inputs.getColumn(4).values.slice(2)).toEqual(json.inputs.map((i: { rows: number }) => i.rows));
  });

  it('reads a workbook and writes one: sheet rows named in the rejected-rows sheet', async () => {
    await writeWorkbook(at('in.xlsx'), [
      {
        name: '대금지급',
        rows: [
          ['2025년 1분기 대금지급 현황'],
          ['청구번호', '청구일시', '지급일시', '금액'],
          ['P-1', kstCell('2025-03-04 14:05'), kstCell('2025-03-20 10:00'), 1000],
          ['P-2', 'not a time', kstCell('2025-03-05 09:00'), 1000],
        ],
      },
    ]);
    const r = await runCli(['audit', 'in.xlsx', '--as-of', '2025-09-01', '-o', 'out.xlsx', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    const wb = await readBack(at('out.xlsx'));
    const rejected = wb.getWorksheet('Rejected rows')!.getRow(2).values as unknown[];
    expect(rejected.slice(1, 4)).toEqual(['in.xlsx [대금지급]', 4, 'INVALID_TIMESTAMP']);
    const inputs = wb.getWorksheet('Inputs')!.getRow(2).values as unknown[];
    // rows 2 = evaluated 1 + out of period 0 + rejected 1 + total rows 0; header on row 2 below the title.
    expect(inputs.slice(1)).toEqual(['in.xlsx [대금지급]', 'payments', 'xlsx', 2, 1, 0, 1, 0, 2, '2025년 1분기 대금지급 현황']);
  });

  it('is refused on a terminal without -o, and goes to a pipe as bytes', async () => {
    const tty = await runCli(['audit', ...FIXTURES, ...COMMON, '--format', 'xlsx'], { stdoutIsTTY: true });
    expect(tty.code).toBe(2);
    expect(tty.stderr).toContain('--format xlsx writes a binary file');
    const piped = await runCli(['audit', ...FIXTURES, ...COMMON, '--format', 'xlsx']);
    expect([...piped.io.out().subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('gives byte-identical files on reruns', async () => {
    await runCli(['audit', ...FIXTURES, ...COMMON, '-o', at('a.xlsx')]);
    await new Promise((r) => setTimeout(r, 2100));
    await runCli(['audit', ...FIXTURES, ...COMMON, '-o', at('b.xlsx')]);
    expect(readFileSync(at('a.xlsx')).equals(readFileSync(at('b.xlsx')))).toBe(true);
  });
});

describe('the CSV byte-order mark', () => {
  it('starts a CSV file written with -o, so Korean Excel reads it as UTF-8', async () => {
    await runCli(['audit', ...FIXTURES, ...COMMON, '-o', at('v.csv')]);
    expect([...readFileSync(at('v.csv')).subarray(0, 3)]).toEqual(BOM);
  });

  it('is dropped with --no-bom', async () => {
    await runCli(['audit', ...FIXTURES, ...COMMON, '-o', at('plain.csv'), '--no-bom']);
    expect(readFileSync(at('plain.csv')).subarray(0, 4).toString()).toBe('rule');
  });

  it('never starts stdout unless --bom asks for it', async () => {
    const plain = await runCli(['audit', ...FIXTURES, ...COMMON, '--format', 'csv']);
    expect(plain.io.out().subarray(0, 4).toString()).toBe('rule');
    const bom = await runCli(['audit', ...FIXTURES, ...COMMON, '--format', 'csv', '--bom']);
    expect([...bom.io.out().subarray(0, 3)]).toEqual(BOM);
  });
});
