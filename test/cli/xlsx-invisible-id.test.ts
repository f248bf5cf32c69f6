/**
 * Issue 16 item 18 for workbooks: an id holding a zero-width character (U+200B, U+2060) looks like
 * another id but does not match it, so a sheet row is flagged `INVISIBLE_IN_ID` exactly as the
 * same row of a CSV export is, named by its sheet row.
 *
 * Hand-worked: P-1 claimed Tue 2025-03-04 14:05 KST, paid 2025-03-20 10:00 — far past its four
 * working hours, a violation; P-2 claimed Wed 2025-03-05 09:00, paid 11:00 — passes.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { kstCell, writeWorkbook } from '../helpers/xlsx.js';

const COMMON = ['--as-of', '2025-09-01', '--format', 'json', '--fail-on', 'none'];
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'charter-audit-xlsx-zw-'));
  await writeWorkbook(join(dir, 'p.xlsx'), [
    {
      name: '대금지급',
      rows: [
        ['청구번호', '청구일시', '지급일시', '금액', '지급기관'],
        ['2025\u200b0001', kstCell('2025-03-04 14:05'), kstCell('2025-03-20 10:00'), 1000, '조달청'],
        ['20250002', kstCell('2025-03-05 09:00'), kstCell('2025-03-05 11:00'), 1000, '조달청'],
        ['2025\u20600003', kstCell('2025-03-05 09:00'), kstCell('2025-03-05 11:00'), 1000, '조달청'],
      ],
    },
  ]);
  writeFileSync(
    join(dir, 'p.csv'),
    '청구번호,청구일시,지급일시,금액,지급기관\n' +
      '2025\u200b0001,2025-03-04 14:05,2025-03-20 10:00,1000,조달청\n' +
      '20250002,2025-03-05 09:00,2025-03-05 11:00,1000,조달청\n' +
      '2025\u20600003,2025-03-05 09:00,2025-03-05 11:00,1000,조달청\n',
  );
});

const warningsOf = async (file: string) => {
  const r = await runCli(['audit', file, ...COMMON], { cwd: dir });
  expect(r.code).toBe(0);
  return { report: JSON.parse(r.stdout), stderr: r.stderr };
};

describe('a workbook id holding a zero-width character', () => {
  it('is flagged INVISIBLE_IN_ID on its sheet row, and the clean id is not', async () => {
    const { report, stderr } = await warningsOf('p.xlsx');
    const flagged = report.warnings.filter((w: { code: string }) => w.code === 'INVISIBLE_IN_ID');
    expect(flagged.map((w: { file: string; line: number }) => [w.file, w.line])).toEqual([
      ['p.xlsx [대금지급]', 2],
      ['p.xlsx [대금지급]', 4],
    ]);
    expect(flagged[0].message).toMatch(/"2025\\u200b0001" holds an invisible character \(zero-width.*does not match "20250001"/);
    // The value stays as written in the JSON; the violation is on the flagged row.
    expect(report.violations.map((v: { recordId: string }) => v.recordId)).toEqual(['2025\u200b0001']);
    expect(stderr).toMatch(/warning: .*p\.xlsx \[대금지급\] row 2: id "2025\\u200b0001" holds an invisible/);
  });

  it('gets the same warnings as the same rows in a CSV export', async () => {
    const sheet = (await warningsOf('p.xlsx')).report.warnings;
    const csv = (await warningsOf('p.csv')).report.warnings;
    const shape = (ws: { code: string; line: number; message: string }[]) => ws.map((w) => [w.code, w.line, w.message]);
    expect(shape(sheet)).toEqual(shape(csv));
    expect(csv.length).toBe(2);
  });
});
