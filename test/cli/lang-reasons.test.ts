/**
 * `audit --lang ko` shows rejected rows and warnings in Korean in the JSON `reason`, the terminal
 * table and the stderr summary; `--lang en` keeps the English words.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const KO = '청구일시 "2025-02-30 09:00": 존재하지 않는 날짜입니다';
const EN = '청구일시 "2025-02-30 09:00" is not a valid date';
const DUP_KO = '청구번호 "P-1": 2행에도 같은 번호가 있습니다. 두 행 모두 점검합니다';
const DUP_EN = 'id "P-1" is also on line 2; both rows are kept';

let file: string;
beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'charter-audit-lang-'));
  file = join(dir, 'payments.csv');
  writeFileSync(
    file,
    '청구번호,청구일시,지급일시,청구금액\n' +
      'P-1,2025-03-04 09:00,2025-03-04 11:00,"1,000원"\n' +
      'P-2,2025-02-30 09:00,2025-03-05 11:00,"2,000원"\n' +
      'P-1,2025-03-06 09:00,2025-03-06 10:00,"3,000원"\n',
  );
});

const audit = (...args: string[]) => runCli(['audit', file, '--as-of', '2025-04-01', ...args]);

describe('rejected rows and warnings follow --lang', () => {
  it('--lang ko --format json: rejected[].reason and warnings[].message are the Korean texts', async () => {
    const r = await audit('--lang', 'ko', '--format', 'json');
    const report = JSON.parse(r.stdout);
    expect(report.rejected).toEqual([
      {
        file,
        line: 3,
        code: 'INVALID_TIMESTAMP',
        column: 'claimed_at',
        value: '2025-02-30 09:00',
        reason: KO,
        data: { header: '청구일시', problem: 'date', value: '2025-02-30 09:00' },
      },
    ]);
    expect(report.warnings).toEqual([
      { file, line: 4, code: 'DUPLICATE_ID', message: DUP_KO, data: { firstLine: 2, header: '청구번호', id: 'P-1' } },
    ]);
    expect(r.stderr).toContain(`charter-audit: 처리하지 못한 행 1건 (보고서에 목록이 있습니다); 첫 행: ${file}:3: ${KO}\n`);
    expect(r.stderr).toContain(`charter-audit: 경고: ${file}:4: ${DUP_KO}\n`);
  });

  it('--lang en --format json: the English texts, unchanged', async () => {
    const r = await audit('--lang', 'en', '--format', 'json');
    const report = JSON.parse(r.stdout);
    expect(report.rejected).toEqual([
      {
        file,
        line: 3,
        code: 'INVALID_TIMESTAMP',
        column: 'claimed_at',
        value: '2025-02-30 09:00',
        reason: EN,
        data: { header: '청구일시', problem: 'date', value: '2025-02-30 09:00' },
      },
    ]);
    expect(report.warnings).toEqual([
      { file, line: 4, code: 'DUPLICATE_ID', message: DUP_EN, data: { firstLine: 2, header: '청구번호', id: 'P-1' } },
    ]);
    expect(r.stderr).toContain(`charter-audit: 1 row rejected (listed in the report); first: ${file}:3: ${EN}\n`);
    expect(r.stderr).toContain(`charter-audit: warning: ${file}:4: ${DUP_EN}\n`);
  });

  it('--lang ko --format table lists the Korean reason and warning', async () => {
    const r = await audit('--lang', 'ko', '--format', 'table');
    const text = r.stdout.replace(/\s+/g, ' ');
    expect(text).toContain('처리하지 못한 행 1건');
    expect(text).toContain(`:3 INVALID_TIMESTAMP ${KO}`);
    expect(text).toContain(`:4 DUPLICATE_ID ${DUP_KO}`);
    expect(text).not.toContain('is not a valid date');
  });

  it('--lang en --format table keeps the English reason', async () => {
    const r = await audit('--lang', 'en', '--format', 'table');
    const text = r.stdout.replace(/\s+/g, ' ');
    expect(text).toContain(`:3 INVALID_TIMESTAMP ${EN}`);
    expect(text).not.toContain('존재하지 않는 날짜');
  });

  it('--format ndjson points to --format json in the language chosen', async () => {
    const r = await audit('--lang', 'ko', '--format', 'ndjson');
    expect(r.stderr).toContain(`처리하지 못한 행 1건; 목록은 --format json으로 실행해 확인하세요; 첫 행: ${file}:3: ${KO}`);
  });
});
