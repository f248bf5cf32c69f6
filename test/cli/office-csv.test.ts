/**
 * CSV exports made the way a Korean office makes them — saved by Korean Excel in CP949, a title
 * and a unit line above the header, dates and times in two columns, accounting amounts, subtotal
 * and total rows — audited through the CLI. Hand-worked (default working hours 09:00–12:00 and
 * 13:00–18:00, Mon–Fri; payment.four-hours allows 4 working hours from the claim):
 *
 * - P-1 claimed Tue 2025-03-04 09:00 (`2025-03-04` + `09:00`), paid 13:00: 3h (lunch excluded), passes.
 * - P-2 claimed Wed 2025-03-05 14:10 (`2025. 3. 5.` + `오후 2시 10분`), paid Thu 03-06 10:10:
 *   14:10→18:00 is 3h50m, 09:00→10:10 is 1h10m: 5h; due 2025-03-06 09:10, a violation.
 * - P-3 claimed Wed 2025-03-05 09:00 (Excel serials `45721` + `0.375`), paid 10:00 written in
 *   full-width digits (`２０２５－０３－０５` + `１０：００`): 1h, passes.
 * - P-4 claimed Fri 2025-03-07 09:00, paid `24:00` (the end of that day, 03-08 00:00): 8h, due
 *   14:00, a violation. Its amount `약 12만` is unreadable: a warning, and the row is still checked
 *   (no rule needs the amount).
 * - `소계` and `합계` rows are counted as summary rows: rows 6 = evaluated 4 + summary 2.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

let dir: string;
const COMMON = ['--as-of', '2025-09-01', '--format', 'json'];
const audit = (args: readonly string[]) => runCli(['audit', ...args], { cwd: dir });

interface Report {
  inputs: {
    file: string;
    rows: number;
    evaluated: number;
    outOfPeriod: number;
    rejected: number;
    summary?: number;
    headerLine?: number;
    skipped?: string[];
  }[];
  rules: { id: string; evaluated: number; passed: number; violations: number }[];
  violations: { rule: string; recordId: string; line: number; deadline: string }[];
  rejected: { line: number; code: string }[];
  warnings: { code: string; line: number | null; message: string }[];
}
const json = (r: { stdout: string }) => JSON.parse(r.stdout) as Report;

/** Every input reconciles: rows = evaluated + outOfPeriod + rejected + summary. */
function reconciles(report: Report): void {
  for (const i of report.inputs) expect(i.rows).toBe(i.evaluated + i.outOfPeriod + i.rejected + (i.summary ?? 0));
}

const PAYMENTS = [
  '2025년 1분기 대금지급 현황,,,,,,',
  '(단위: 원),,,,,,',
  '청구번호,청구일자,청구시간,지급일자,지급시각,청구금액,지급주체',
  'P-1,2025-03-04,09:00,2025-03-04,13:00,"\\3,500,000",조달청',
  'P-2,2025. 3. 5.,오후 2시 10분,2025-03-06,10:10,(1000),조달청',
  'P-3,45721,0.375,２０２５－０３－０５,１０：００,-,조달청',
  '소계,,,,,"\\3,501,000",',
  'P-4,2025-03-07,09:00,2025-03-07,24:00,약 12만,조달청',
  '합계,,,,,"\\3,501,000",',
].join('\r\n');

const COMPLAINTS = [
  '2025년 1분기 민원 처리대장,,,,,',
  '민원번호,접수일자,접수시간,처리일시,접수경로,민원유형',
  'C-1,2025-03-04,09:00,2025-03-04 14:05 KST,전화,질의',
  'C-2,2025-03-04,오전 10시,2025-03-05T10:00:00 +09:00,방문,진정',
  'C-3,2025-03-05,13:30,2025년 3월 6일 14시 5분,우편,건의',
  '총계,,,,,',
].join('\r\n');
const COMPLAINTS_APRIL = [
  '민원번호,접수일시,처리일시',
  'C-3,2025-04-01 09:00,2025-04-01 10:00',
  'C-9,2025-04-02 09:00,2025-04-02 10:00',
].join('\n');

/** Saved as Excel's "CSV UTF-8": a BOM, amounts as the contract register writes them. */
const CONTRACTS = [
  '계약번호,계약유형,구분,조달요청접수일시,계약체결일시,계약금액,해피콜일시',
  'K-1,총액계약,물품,2025-03-04 09:00,2025-03-10 10:00,3억원,',
  'K-2,총액계약,물품,2025-03-04 09:00,2025-03-10 10:00,"1억 2,000만원",',
  'K-3,총액계약,물품,2025-03-04 09:00,2025-03-10 10:00,"₩ 300,000,000",2025-03-11 10:00',
  'K-4,총액계약,물품,2025-03-04 09:00,2025-03-10 10:00,삼억,',
].join('\r\n');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'charter-audit-office-'));
  writeFileSync(join(dir, '대금지급.csv'), iconv.encode(`${PAYMENTS}\r\n`, 'cp949'));
  writeFileSync(join(dir, 'payments-utf16.csv'), iconv.encode(`${PAYMENTS}\r\n`, 'utf-16le'));
  writeFileSync(join(dir, '민원.csv'), iconv.encode(`${COMPLAINTS}\r\n`, 'cp949'));
  writeFileSync(join(dir, '민원-4월.csv'), `${COMPLAINTS_APRIL}\n`);
  writeFileSync(join(dir, '계약.csv'), `\uFEFF${CONTRACTS}\r\n`);
});

describe('a CP949 payments export with title lines, two-column dates and total rows', () => {
  it('finds the header below the title lines and reports them in inputs', async () => {
    const r = await audit(['대금지급.csv', ...COMMON]);
    expect(r.code).toBe(1);
    const report = json(r);
    expect(report.inputs).toEqual([
      {
        file: '대금지급.csv',
        kind: 'payments',
        encoding: 'cp949',
        rows: 6,
        evaluated: 4,
        outOfPeriod: 0,
        rejected: 0,
        summary: 2,
        headerLine: 3,
        skipped: ['2025년 1분기 대금지급 현황', '(단위: 원)'],
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    ]);
    reconciles(report);
  });

  it('reads every office way of writing a date, a time and an amount; only the unreadable amount warns', async () => {
    const report = json(await audit(['대금지급.csv', ...COMMON]));
    expect(report.rejected).toEqual([]);
    expect(report.rules.find((x) => x.id === 'payment.four-hours')).toMatchObject({ evaluated: 4, passed: 2, violations: 2 });
    expect(report.violations.filter((v) => v.rule === 'payment.four-hours').map((v) => [v.recordId, v.line, v.deadline])).toEqual(
      [
        ['P-2', 5, '2025-03-06T09:10:00+09:00'],
        ['P-4', 8, '2025-03-07T14:00:00+09:00'],
      ],
    );
    const unread = report.warnings.filter((w) => w.code === 'UNREADABLE_VALUE');
    expect(unread.map((w) => [w.line, w.message])).toEqual([
      [8, '청구금액 "약 12만" is not an amount (e.g. 1,234,000원); no rule needs amount, so the row is checked as usual'],
    ]);
  });

  it('--strict does not fail on total rows', async () => {
    const r = await audit(['대금지급.csv', ...COMMON, '--strict', '--fail-on', 'none']);
    expect(r.code).toBe(0);
  });

  it('--header-line forces the header; a line that is not one says so in one line', async () => {
    const forced = json(await audit(['대금지급.csv', '--header-line', '3', ...COMMON]));
    expect(forced.inputs[0]).toMatchObject({ headerLine: 3, rows: 6, summary: 2 });
    const wrong = await audit(['대금지급.csv', '--header-line', '1', ...COMMON]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(
      /^charter-audit: 대금지급\.csv: cannot tell the kind of file from its header \(2025년 1분기 대금지급 현황/,
    );
    expect(wrong.stderr.trimEnd().split('\n')).toHaveLength(1);
    const notThere = await audit(['대금지급.csv', '--header-line', '40', ...COMMON]);
    expect(notThere.code).toBe(2);
    expect(notThere.stderr).toContain('--header-line 40 is not a non-blank line among the first 20');
    const bad = await audit(['대금지급.csv', '--header-line', 'x', ...COMMON]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--header-line must be a line number');
  });

  it('inspect shows the skipped title lines and the total rows', async () => {
    const r = await runCli(['inspect', '대금지급.csv'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('header:     line 3, 7 columns');
    expect(r.stdout).toContain('  skipped title line: 2025년 1분기 대금지급 현황');
    expect(r.stdout).toContain('rows:       6 (4 read, 0 rejected, 2 total rows)');
    expect(r.stdout).toMatch(/청구일자\s+→ claimed_at \(alias\)/);
  });
});

describe('--encoding takes the names people use', () => {
  it.each(['cp949', 'CP949', 'ms949', 'uhc', 'euc-kr', 'EUC-KR', 'ks_c_5601-1987', 'windows-949'])(
    '%s reads the CP949 export',
    async (name) => {
      const report = json(await audit(['대금지급.csv', '--encoding', name, ...COMMON]));
      expect(report.inputs[0]).toMatchObject({ rows: 6, evaluated: 4, summary: 2 });
    },
  );

  it.each(['utf-16', 'utf-16le', 'UTF16LE'])('%s reads a UTF-16 export without a BOM', async (name) => {
    const report = json(await audit(['payments-utf16.csv', '--encoding', name, ...COMMON]));
    expect(report.inputs[0]).toMatchObject({ encoding: 'utf-16le', rows: 6, evaluated: 4, summary: 2 });
  });

  it('an unknown name is one line listing the accepted ones', async () => {
    const r = await audit(['대금지급.csv', '--encoding', 'latin-9', ...COMMON]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('unknown encoding "latin-9"');
    expect(r.stderr).toContain('ks_c_5601-1987');
  });

  it('a wrong one gives one short line, not the garbled file', async () => {
    const r = await audit(['대금지급.csv', '--encoding', 'utf-16', ...COMMON]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr.length).toBeLessThan(250);
    expect(r.stderr).toContain('the header does not read as utf-16');
    expect(r.stderr).toContain('leave out --encoding');
  });
});

describe('a CP949 complaints register: times in their own column, zone and offset written out', () => {
  it('reads 오전 10시, 14:05 KST, a space before +09:00 and 14시 5분 as the same instants ISO would', async () => {
    const r = await runCli(['inspect', '민원.csv', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as {
      rows: number;
      summary: number;
      rejected: number;
      samples: Record<string, unknown>[];
    };
    expect(report).toMatchObject({ rows: 4, summary: 1, rejected: 0 });
    expect(report.samples.map((x) => [x.id, x.receivedAt, x.answeredAt])).toEqual([
      ['C-1', '2025-03-04T09:00:00+09:00', '2025-03-04T14:05:00+09:00'],
      ['C-2', '2025-03-04T10:00:00+09:00', '2025-03-05T10:00:00+09:00'],
      ['C-3', '2025-03-05T13:30:00+09:00', '2025-03-06T14:05:00+09:00'],
    ]);
  });

  it('two files of one kind sharing a record id: said with the file and line of both, both counted', async () => {
    const r = await audit(['민원.csv', '민원-4월.csv', ...COMMON, '--fail-on', 'none']);
    expect(r.code).toBe(0);
    const report = json(r);
    reconciles(report);
    expect(report.inputs.map((i) => [i.file, i.rows, i.evaluated, i.summary ?? 0])).toEqual([
      ['민원.csv', 4, 3, 1],
      ['민원-4월.csv', 2, 2, 0],
    ]);
    const shared = report.warnings.filter((w) => w.code === 'SHARED_ID');
    expect(shared.map((w) => [w.line, w.message])).toEqual([
      [
        2,
        'id "C-3" is also in 민원.csv line 5: two complaints files hold the same record; both are counted (if one export overlaps the other, audit each period once)',
      ],
    ]);
    expect((shared[0] as unknown as { file: string }).file).toBe('민원-4월.csv');
  });
});

describe('a contract register in CSV UTF-8: Korean amount units decide the Happy Call', () => {
  // contract.happy-call: goods of 3억원 or more need a Happy Call. K-1 (3억원) has none: a
  // violation; K-2 (1억 2,000만원) is below; K-3 (₩ 300,000,000) was called: a pass; K-4's amount
  // 삼억 cannot be read: a warning naming the rule, which skips the row — the row is still evaluated.
  it('reads 3억원, 1억 2,000만원 and ₩ 300,000,000; an unreadable amount skips only the rule that needs it', async () => {
    const r = await audit(['계약.csv', ...COMMON, '--fail-on', 'none']);
    const report = json(r);
    reconciles(report);
    expect(report.inputs[0]).toMatchObject({ encoding: 'utf-8-bom', rows: 4, evaluated: 4, rejected: 0 });
    expect(report.rules.find((x) => x.id === 'contract.happy-call')).toMatchObject({ evaluated: 2, passed: 1, violations: 1 });
    expect(report.violations.filter((v) => v.rule === 'contract.happy-call').map((v) => v.recordId)).toEqual(['K-1']);
    expect(report.warnings.filter((w) => w.code === 'UNREADABLE_VALUE').map((w) => [w.line, w.message])).toEqual([
      [
        5,
        '계약금액 "삼억" is not an amount (e.g. 1,234,000원); the row is kept, but contract.happy-call skip it (they need amount)',
      ],
    ]);
  });
});
