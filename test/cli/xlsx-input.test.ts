/**
 * `audit report.xlsx`: real workbooks made with exceljs's writer the way offices make them, audited
 * through the CLI. Hand-worked case (test/e2e/data/README.md has the rules):
 *
 * - P-1 claimed Tue 2025-03-04 14:05 KST; payment.four-hours allows 4 working hours:
 *   14:05→18:00 is 3h55m, the last 5 minutes run from 09:00 on Wed 03-05, so it is due
 *   2025-03-05 09:05. Paid 2025-03-20 10:00: a violation.
 * - P-2 claimed Wed 2025-03-05 09:00, paid 11:00: 2 working hours, passes.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { csvAsSheetRows, kstCell, rewriteStoredZip, storedWorkbook, writeWorkbook } from '../helpers/xlsx.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => join(root, 'fixtures', name);
const KINDS = ['complaints', 'payments', 'contracts', 'calls'] as const;
const COMMON = ['--config', fixture('charter-audit.config.json'), '--as-of', '2025-09-01', '--format', 'json'];

let dir: string;
const at = (name: string) => join(dir, name);
const audit = (args: readonly string[], cwd = dir) => runCli(['audit', ...args], { cwd });
const json = (r: { stdout: string }) => JSON.parse(r.stdout);

/** A payments sheet as an office makes it: a title, a blank row, Korean headers, then rows. */
const officeRows = [
  ['2025년 1분기 대금지급 현황', null, null, null, null],
  [],
  ['청구번호', '청구일시', '지급일시', '금액', '지급기관'],
  ['P-1', kstCell('2025-03-04 14:05', 'yyyy-mm-dd hh:mm'), kstCell('2025-03-20 10:00', 'yyyy-mm-dd hh:mm'), 3_500_000, '조달청'],
  ['P-2', kstCell('2025-03-05 09:00'), '2025. 3. 5. 오전 11:00:00', 1_000, '조달청'],
  ...Array.from({ length: 8 }, (_, i) => [
    `P-${i + 3}`,
    kstCell(`2025-03-1${i} 09:00`),
    kstCell(`2025-03-1${i} 10:00`),
    1_000,
    '조달청',
  ]),
  ['P-11', kstCell('2025-03-21 09:00'), kstCell('2025-03-21 09:30'), '3,5OO,000', '조달청'],
  ['P-12', kstCell('2025-03-21 09:00'), kstCell('2025-03-21 09:30'), 2_000, '조달청'],
  // Row 16: there is no 30 February, and the claim time is the one cell a row needs: rejected.
  ['P-13', '2025-02-30 09:00', null, 1_000, '조달청'],
  // Row 17: the office's total line, counted as a summary row, never rejected.
  ['합계', null, null, 3_520_000, null],
];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'charter-audit-xlsx-'));
  // The four fixture exports as one workbook of four sheets, as Excel holds them once opened.
  await writeWorkbook(
    at('all.xlsx'),
    KINDS.map((k) => ({ name: k, rows: csvAsSheetRows(readFileSync(fixture(`${k}.csv`), 'utf8')) })),
  );
  await writeWorkbook(at('payments.xlsx'), [
    { name: '안내', rows: [['이 파일은 대금지급 현황입니다'], ['작성: 재정과']] },
    { name: '대금지급', rows: officeRows },
  ]);
  await writeWorkbook(at('mac.xlsx'), [{ name: '대금지급', rows: officeRows }], { date1904: true });
  // A Mac workbook (1904 system) whose claim times were left as plain numbers, and whose payment
  // time is split into a date cell and a time-only cell.
  await writeWorkbook(
    at('mac-split.xlsx'),
    [
      {
        name: '대금지급',
        rows: [
          ['청구번호', '청구일시', '지급일자', '지급시각', '금액'],
          // 44258.586805… is 2025-03-04 14:05 in the 1904 system (45720.586805… in 1900's).
          [
            'P-1',
            45720 + (14 * 60 + 5) / 1440 - 1462,
            kstCell('2025-03-20', 'yyyy-mm-dd'),
            kstCell('1904-01-01 10:00', 'hh:mm'),
            1000,
          ],
          ['P-2', 45721 + 9 / 24 - 1462, kstCell('2025-03-05', 'yyyy-mm-dd'), kstCell('1904-01-01 11:00', 'hh:mm'), 1000],
        ],
      },
    ],
    { date1904: true },
  );
  // openpyxl and Apache POI point the workbook at its sheets by absolute part names.
  const stored = await storedWorkbook([
    { name: '안내', rows: [['대금지급 현황']] },
    { name: '대금지급', rows: officeRows },
  ]);
  writeFileSync(
    at('poi.xlsx'),
    rewriteStoredZip(stored, 'xl/_rels/workbook.xml.rels', (xml) =>
      xml.replace(/Target="worksheets\//g, 'Target="/xl/worksheets/'),
    ),
  );
  writeFileSync(
    at('legacy.xls'),
    Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]),
  );
  writeFileSync(
    at('민원목록.xls'),
    '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8"></head><body>' +
      '<table><tr><td>민원번호</td><td>접수일시</td></tr><tr><td>1</td><td>2025-03-04 09:00</td></tr></table></body></html>',
  );
  writeFileSync(at('broken.xlsx'), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('not really a zip')]));
});

describe('a workbook of the four exports', () => {
  it('gives the same findings as the CSV exports, row for row', async () => {
    const csv = json(await audit([...KINDS.map((k) => fixture(`${k}.csv`)), ...COMMON]));
    const xlsx = json(await audit(['all.xlsx', ...COMMON]));
    expect(xlsx.inputs.map((i: { file: string; encoding: string }) => [i.file, i.encoding])).toEqual(
      KINDS.map((k) => [`all.xlsx [${k}]`, 'xlsx']),
    );
    const strip = (r: { violations: { file: string }[] }) => r.violations.map(({ file: _f, ...v }) => v);
    expect(csv.violations.length).toBeGreaterThan(100);
    expect(strip(xlsx)).toEqual(strip(csv));
    expect(xlsx.rules).toEqual(csv.rules);
    expect(xlsx.aggregates).toEqual(csv.aggregates);
    expect(xlsx.rejected).toEqual([]);
    for (const i of xlsx.inputs) expect(i.rows).toBe(i.evaluated + i.outOfPeriod + i.rejected);
    expect(xlsx.inputs.map((i: { rows: number }) => i.rows)).toEqual(csv.inputs.map((i: { rows: number }) => i.rows));
  });
});

describe('an office workbook: title row, Korean headers, a notes sheet', () => {
  it('audits the sheet whose header maps to a kind, below its title, and says which sheet it skipped', async () => {
    const r = await audit(['payments.xlsx', ...COMMON]);
    const report = json(r);
    expect(report.inputs).toEqual([
      {
        file: 'payments.xlsx [대금지급]',
        kind: 'payments',
        encoding: 'xlsx',
        rows: 14,
        evaluated: 12,
        outOfPeriod: 0,
        rejected: 1,
        summary: 1,
        headerLine: 3,
        skipped: ['2025년 1분기 대금지급 현황'],
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    ]);
    const v = report.violations.filter((x: { rule: string }) => x.rule === 'payment.four-hours');
    expect(v.map((x: { recordId: string; line: number; deadline: string }) => [x.recordId, x.line, x.deadline])).toEqual([
      ['P-1', 4, '2025-03-05T09:05:00+09:00'],
    ]);
    expect(report.warnings.map((w: { code: string; message: string }) => [w.code, w.message])).toEqual([
      ['SHEET_SKIPPED', 'sheet "안내" is not audited: none of its first 20 rows is a header that maps to a kind'],
      [
        'UNREADABLE_VALUE',
        '금액 "3,5OO,000" is not an amount (e.g. 1,234,000원); no rule needs amount, so the row is checked as usual',
      ],
    ]);
  });

  it('names a rejected row and an unreadable cell as `file [sheet] row N`, in the report and on stderr', async () => {
    const r = await audit(['payments.xlsx', ...COMMON]);
    expect(json(r).rejected).toEqual([
      {
        file: 'payments.xlsx [대금지급]',
        line: 16,
        code: 'INVALID_TIMESTAMP',
        column: 'claimed_at',
        value: '2025-02-30 09:00',
        reason: expect.stringContaining('"2025-02-30 09:00"'),
        data: { header: '청구일시', problem: 'date', value: '2025-02-30 09:00' },
      },
    ]);
    expect(r.stderr).toContain('first: payments.xlsx [대금지급] row 16: 청구일시 "2025-02-30 09:00"');
    expect(json(r).warnings).toContainEqual(
      expect.objectContaining({ file: 'payments.xlsx [대금지급]', line: 14, code: 'UNREADABLE_VALUE' }),
    );
    expect(r.stderr).toContain('warning: payments.xlsx [대금지급] row 14: 금액 "3,5OO,000"');
    const table = await audit([
      'payments.xlsx',
      '--config',
      fixture('charter-audit.config.json'),
      '--as-of',
      '2025-09-01',
      '--format',
      'table',
    ]);
    expect(table.stdout).toContain('payments.xlsx [대금지급] row 16 INVALID_TIMESTAMP');
    expect(table.stdout).toContain('payments.xlsx [대금지급] row 14 UNREADABLE_VALUE');
  });

  it('--header-line N takes row N as the header, as for a CSV', async () => {
    const r = json(await audit(['payments.xlsx', '--header-line', '3', ...COMMON]));
    expect(r.inputs[0]).toMatchObject({ headerLine: 3, rows: 14 });
    const wrong = await audit(['payments.xlsx', '--sheet', '대금지급', '--header-line', '2', ...COMMON]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe(
      'charter-audit: payments.xlsx [대금지급]: --header-line 2 is not a non-blank row among the first 20 (they are rows 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17)\n',
    );
  });

  it('names the place in --explain', async () => {
    const r = await audit([
      'payments.xlsx',
      '--config',
      fixture('charter-audit.config.json'),
      '--as-of',
      '2025-09-01',
      '--explain',
      'P-1',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('payments.xlsx [대금지급] row 4');
  });

  it('reads a date typed as text like a CSV value', async () => {
    const report = json(await audit(['payments.xlsx', ...COMMON, '--quarter', '2025Q1']));
    // P-2's paid time is the text `2025. 3. 5. 오전 11:00:00`: 2 working hours, so it passes.
    expect(report.violations.map((x: { recordId: string }) => x.recordId)).not.toContain('P-2');
    expect(report.rules.find((x: { id: string }) => x.id === 'payment.four-hours')).toMatchObject({
      evaluated: 12,
      violations: 1,
      passed: 11,
    });
  });

  it('--sheet picks a sheet by name or by position, and names the sheets when none matches', async () => {
    const byName = json(await audit(['payments.xlsx', '--sheet', '대금지급', ...COMMON]));
    const byPosition = json(await audit(['payments.xlsx', '--sheet', '2', ...COMMON]));
    expect(byName.inputs).toEqual(byPosition.inputs);
    // No SHEET_SKIPPED warning: only the unreadable amount of row 14 is left.
    expect(byName.warnings.map((w: { code: string }) => w.code)).toEqual(['UNREADABLE_VALUE']);
    const wrong = await audit(['payments.xlsx', '--sheet', '대금', ...COMMON]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr.trim()).toBe(
      'charter-audit: payments.xlsx: no sheet named "대금"; the sheets are: 안내, 대금지급 (pass --sheet with a name or a position 1–2)',
    );
    const notes = await audit(['payments.xlsx', '--sheet', '1', ...COMMON]);
    expect(notes.code).toBe(2);
    expect(notes.stderr).toContain('payments.xlsx [안내]: cannot tell the kind of file from its header');
  });
});

describe('a workbook written by another program', () => {
  it('names its sheets by their tabs when the workbook points at them by absolute part names', async () => {
    const r = await audit(['poi.xlsx', ...COMMON]);

    expect(json(r).inputs.map((i: { file: string; rows: number }) => [i.file, i.rows])).toEqual([['poi.xlsx [대금지급]', 14]]);
    const picked = await audit(['poi.xlsx', '--sheet', '대금지급', ...COMMON]);
    expect(json(picked).inputs).toHaveLength(1);
  });
});

describe('the 1904 date system', () => {
  it('gives the same instants as the 1900 one', async () => {
    const mac = json(await audit(['mac.xlsx', ...COMMON]));
    const pc = json(await audit(['payments.xlsx', ...COMMON]));
    expect(mac.violations.map(({ file: _f, ...v }: { file: string }) => v)).toEqual(
      pc.violations.map(({ file: _f, ...v }: { file: string }) => v),
    );
    expect(mac.violations[0]).toMatchObject({
      recordId: 'P-1',
      start: '2025-03-04T14:05:00+09:00',
      end: '2025-03-20T10:00:00+09:00',
    });
  });
});

describe('serial numbers and split date/time cells', () => {
  it("read a General-format serial in the workbook's date system, and join a date cell with a time cell", async () => {
    const report = json(await audit(['mac-split.xlsx', ...COMMON]));
    expect(report.rejected).toEqual([]);
    // P-1 as in the hand-worked case above: due 2025-03-05 09:05, paid 2025-03-20 10:00.
    expect(
      report.violations.map((v: { recordId: string; start: string; end: string; deadline: string }) => [
        v.recordId,
        v.start,
        v.end,
        v.deadline,
      ]),
    ).toEqual([['P-1', '2025-03-04T14:05:00+09:00', '2025-03-20T10:00:00+09:00', '2025-03-05T09:05:00+09:00']]);
    expect(report.rules.find((r: { id: string }) => r.id === 'payment.four-hours')).toMatchObject({
      evaluated: 2,
      passed: 1,
      violations: 1,
    });
  });
});

describe('a workbook on stdin', () => {
  it('is read like the file', async () => {
    const bytes = readFileSync(at('payments.xlsx'));
    const r = await runCli(['audit', '-', ...COMMON], {
      cwd: dir,
      stdin: Readable.from([bytes.subarray(0, 3), bytes.subarray(3)]),
    });
    expect(json(r).inputs[0]).toMatchObject({ file: '<stdin> [대금지급]', rows: 14, rejected: 1, evaluated: 12, summary: 1 });
    expect(r.stderr).toContain('<stdin> [대금지급] row 16');
  });
});

describe('spreadsheets that are not .xlsx', () => {
  it('a legacy BIFF .xls gets one line saying what it is and how to convert it', async () => {
    const r = await audit(['legacy.xls', ...COMMON]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'charter-audit: legacy.xls: this is a legacy Excel 97-2003 workbook (.xls, BIFF), which is not read; ' +
        'open it in Excel and save it as .xlsx (Excel Workbook) or CSV UTF-8, then audit that file\n',
    );
    expect(r.stderr).not.toMatch(/NUL/);
  });

  it('an HTML table saved as .xls gets one line too', async () => {
    const r = await audit(['민원목록.xls', ...COMMON]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'charter-audit: 민원목록.xls: this is an HTML page (a web table saved with an Excel name), not a workbook; ' +
        'open it in Excel and save it as .xlsx (Excel Workbook) or CSV UTF-8, then audit that file\n',
    );
  });

  it('a damaged .xlsx says it cannot be read, in one line, without a stack trace', async () => {
    const r = await audit(['broken.xlsx', ...COMMON]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^charter-audit: broken\.xlsx: the workbook cannot be read \(.*\); open it in Excel and save it again as \.xlsx or CSV UTF-8\n$/,
    );
  });
});

describe('inspect on a workbook', () => {
  it('shows each audited sheet: its header row, mapping and sample rows', async () => {
    const r = await runCli(['inspect', 'payments.xlsx'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'file:       payments.xlsx [대금지급]\nencoding:   xlsx\nkind:       payments\nheader:     row 3, 5 columns',
    );
    expect(r.stdout).toContain('payments.xlsx [대금지급] row 16: INVALID_TIMESTAMP');
    expect(r.stdout).toContain('  row 4:\n    id                     P-1');
    const all = JSON.parse((await runCli(['inspect', 'all.xlsx', '--json'], { cwd: dir })).stdout);
    expect(all.map((x: { file: string; rows: number }) => [x.file, x.rows])).toEqual([
      ['all.xlsx [complaints]', 300],
      ['all.xlsx [payments]', 300],
      ['all.xlsx [contracts]', 300],
      ['all.xlsx [calls]', 400],
    ]);
    const one = JSON.parse((await runCli(['inspect', 'all.xlsx', '--sheet', 'calls', '--json'], { cwd: dir })).stdout);
    expect([one.file, one.headerLine]).toEqual(['all.xlsx [calls]', 1]);
  });
});
