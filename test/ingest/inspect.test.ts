import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const cli = async (args: string[], cwd: string, stdin?: NodeJS.ReadableStream) => {
  const { code, stdout, stderr } = await runCli(args, { cwd, ...(stdin ? { stdin } : {}) });
  return { code, stdout, stderr };
};

let dir: string;
const PAYMENTS =
  '청구번호,청구일시,지급일시,청구금액(원),비고\r\n' +
  'P-1,2025-03-04 09:00,2025-03-04 11:30,"1,234,000",\r\n' +
  'P-2,2025-02-30 09:00,,5000,\r\n' +
  'P-3,2025. 3. 5. 오후 2:05:00,,7000,메모\r\n' +
  'P-4,2025-03-06 09:00,,8000,\r\n' +
  'P-1,2025-03-07 09:00,,9000,\r\n';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'charter-audit-inspect-'));
  writeFileSync(join(dir, 'payments.csv'), iconv.encode(PAYMENTS, 'cp949'));
  writeFileSync(join(dir, 'nokind.csv'), 'a,b\n1,2\n');
});

describe('charter-audit inspect', () => {
  it('shows encoding, delimiter, kind, mapping, counts, rejections and three samples', async () => {
    const r = await cli(['inspect', 'payments.csv'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const t = r.stdout;
    expect(t).toContain('file:       payments.csv\n');
    expect(t).toContain('encoding:   cp949\n');
    expect(t).toContain('delimiter:  comma\n');
    expect(t).toContain('kind:       payments\n');
    expect(t).toMatch(/ 1 {2}청구번호 +→ id \(alias\)/);
    expect(t).toMatch(/ 4 {2}청구금액\(원\) +→ amount \(alias\)/);
    expect(t).toMatch(/ 5 {2}비고 +\(ignored\)/);
    expect(t).toContain('not in the file: supplier_id, payer, hold_reason, hold_notified_at, department');
    expect(t).toContain('rows:       5 (4 read, 1 rejected)');
    expect(t).toContain('payments.csv:3: INVALID_TIMESTAMP: 청구일시 "2025-02-30 09:00" is not a valid date');
    expect(t).toContain('payments.csv:6: DUPLICATE_ID: id "P-1" is also on line 2; both rows are kept');
    expect(t).toContain('  line 2:\n');
    expect(t).toContain('claimedAt              2025-03-04T09:00:00+09:00');
    expect(t).toContain('claimedAt              2025-03-05T14:05:00+09:00');
    expect(t).toContain('amount                 1234000');
    expect(t).toContain('  line 5:\n');
    expect(t).not.toContain('  line 6:');
  });

  it('--json gives the same findings as data', async () => {
    const r = await cli(['inspect', 'payments.csv', '--json'], dir);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({
      file: 'payments.csv',
      kind: 'payments',
      encoding: 'cp949',
      delimiter: ',',
      headerLine: 1,
      rows: 5,
      records: 4,
      rejected: 1,
    });
    expect(j.columns[4]).toEqual({ index: 4, header: '비고', column: null, via: 'ignored' });
    expect(j.samples).toHaveLength(3);
    expect(j.samples[0]).toMatchObject({
      id: 'P-1',
      claimedAt: '2025-03-04T09:00:00+09:00',
      paidAt: '2025-03-04T11:30:00+09:00',
      payer: 'pps',
    });
    expect(j.rejections[0]).toEqual({
      file: 'payments.csv',
      line: 3,
      code: 'INVALID_TIMESTAMP',
      reason: '청구일시 "2025-02-30 09:00" is not a valid date',
      reasonKo: '청구일시 "2025-02-30 09:00": 존재하지 않는 날짜입니다',
      column: 'claimed_at',
      value: '2025-02-30 09:00',
      data: { header: '청구일시', value: '2025-02-30 09:00', problem: 'date' },
    });
  });

  it('--kind and --encoding override detection', async () => {
    const r = await cli(['inspect', 'payments.csv', '--encoding', 'euc-kr', '--kind', 'payments', '--json'], dir);
    expect(JSON.parse(r.stdout)).toMatchObject({ encoding: 'euc-kr', kind: 'payments' });
    const wrong = await cli(['inspect', 'payments.csv', '--kind', 'calls'], dir);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(
      /^charter-audit: payments\.csv: a calls file needs the column arrived_at \(인입일시, 수신일시\)[^\n]*\n$/,
    );
  });

  it('reads stdin with -', async () => {
    const r = await cli(['inspect', '-', '--json'], dir, Readable.from([Buffer.from('id\treceived_at\n1\t2025-03-04 09:00\n')]));
    expect(JSON.parse(r.stdout)).toMatchObject({ file: '<stdin>', kind: 'complaints', delimiter: '\t', rows: 1 });
  });

  it.each([
    [['inspect', 'missing.csv'], /^charter-audit: missing\.csv: no such file; check the path\n$/],
    [['inspect', '.'], /^charter-audit: \.: is a directory, not a CSV file[^\n]*\n$/],
    [['inspect', 'nokind.csv'], /^charter-audit: nokind\.csv: cannot tell the kind of file from its header \(a, b\)[^\n]*\n$/],
    [
      ['inspect', 'payments.csv', '--kind', 'invoices'],
      /^charter-audit: inspect: unknown --kind "invoices": use one of complaints, payments, contracts, calls, activities\n$/,
    ],
    [['inspect', 'payments.csv', '--encoding', 'klingon'], /^charter-audit: unknown encoding "klingon": use one of [^\n]*\n$/],
  ])('%j → exit 2 with one line', async (args, message) => {
    const r = await cli(args, dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('never lets control characters from the file reach the terminal', async () => {
    writeFileSync(join(dir, 'evil.csv'), 'id,claimed_at,"\u001b[31mred"\nP\u001b[2J,2025-03-04 09:00,x\n');
    const r = await cli(['inspect', 'evil.csv'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toContain('\\u001b[31mred');
  });
});
