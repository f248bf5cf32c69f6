/**
 * What -o wrote is said on stderr unless --quiet; a header-only file says it has no data rows
 * (issue 12 item 14). test/e2e/data/payments.csv: 5 rows, all evaluated at 2025-07-01 09:00;
 * P-2 and P-5 violate payment.four-hours and P-2 payment.hold-notice → 3 violations (README there).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'charter-note-'));
const AS_OF = ['--as-of', '2025-07-01T09:00:00+09:00', '--fail-on', 'none'];

describe('-o says what it wrote', () => {
  it('names the file, the format and the counts', async () => {
    const out = join(dir, 'r.json');
    const r = await runCli(['audit', 'test/e2e/data/payments.csv', ...AS_OF, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`charter-audit: wrote ${out} (json): 5 rows evaluated, 3 violations, 0 rejected rows\n`);
    expect(JSON.parse(readFileSync(out, 'utf8')).violations).toHaveLength(3);
  });

  it('in Korean with --lang ko, and not at all with --quiet', async () => {
    const out = join(dir, 'r.csv');
    const ko = await runCli(['audit', 'test/e2e/data/payments.csv', ...AS_OF, '-o', out, '--lang', 'ko']);
    expect(ko.stderr).toBe(`charter-audit: ${out}에 csv 보고서를 썼습니다: 평가한 행 5, 위반 3건, 처리하지 못한 행 0\n`);
    const quiet = await runCli(['audit', 'test/e2e/data/payments.csv', ...AS_OF, '-o', out, '--quiet']);
    expect(quiet.stderr).toBe('');
  });

  it('says nothing of the kind when the report goes to stdout', async () => {
    const r = await runCli(['audit', 'test/e2e/data/payments.csv', ...AS_OF, '--format', 'json']);
    expect(r.stderr).toBe('');
  });
});

describe('a header-only file', () => {
  it('exits 0 and says it has no data rows', async () => {
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, 'id,claimed_at,paid_at\n');
    const r = await runCli(['audit', empty, ...AS_OF, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`charter-audit: ${empty}: no data rows (only a header)\n`);
  });
});
