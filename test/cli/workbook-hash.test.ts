/**
 * A workbook input carries the SHA-256 of its bytes in the JSON report's `inputs`, as a CSV
 * input does (read from a file or from stdin alike), so `diff` tells two reports of different
 * workbooks apart even when the name and the row count are the same. Built CLI.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvAsSheetRows, writeWorkbook } from '../helpers/xlsx.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'charter-audit.js');
let dir = '';

const CSV = (paid: string) => `청구번호,청구일시,지급일시\nP-1,2025-03-04 09:00,2025-03-04 11:30\nP-2,2025-03-04 09:00,${paid}\n`;

function cli(args: readonly string[], input?: Buffer) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', CI: '1', LANG: 'en_US.UTF-8' };
  delete env.LC_ALL;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env, input });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const AUDIT = ['--as-of', '2025-04-01', '--format', 'json', '--fail-on', 'none'];
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ca-workbook-hash-'));
  await writeWorkbook(join(dir, 'w.xlsx'), [{ name: '대금지급', rows: csvAsSheetRows(CSV('2025-03-05 10:00')) }]);
});

describe("a workbook's inputs carry the SHA-256 of the workbook's bytes", () => {
  it('read from a file', () => {
    const r = cli(['audit', 'w.xlsx', ...AUDIT]);
    expect(r.code).toBe(0);
    const inputs = JSON.parse(r.stdout).inputs as { file: string; sha256?: string }[];
    expect(inputs).toEqual([
      expect.objectContaining({ file: 'w.xlsx [대금지급]', sha256: sha256(readFileSync(join(dir, 'w.xlsx'))) }),
    ]);
  });

  it('read from stdin', () => {
    const bytes = readFileSync(join(dir, 'w.xlsx'));
    const r = cli(['audit', '-', ...AUDIT], bytes);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).inputs).toEqual([expect.objectContaining({ file: '<stdin> [대금지급]', sha256: sha256(bytes) })]);
  });

  it('diff refuses two reports of workbooks with the same name and rows but other bytes (matched by name before)', async () => {
    expect(cli(['audit', 'w.xlsx', ...AUDIT, '-o', 'a.json', '--quiet']).code).toBe(0);
    await writeWorkbook(join(dir, 'w.xlsx'), [{ name: '대금지급', rows: csvAsSheetRows(CSV('2025-03-20 10:00')) }]);
    expect(cli(['audit', 'w.xlsx', ...AUDIT, '-o', 'b.json', '--quiet']).code).toBe(0);
    const r = cli(['diff', 'a.json', 'b.json', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^charter-audit: .*w\.xlsx \[대금지급\].*\n$/);
  });
});
