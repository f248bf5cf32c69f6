/**
 * Several exports read at once in worker threads give the same result as reading them one after
 * another: the same records in the same order, the same rejections, warnings (unreadable cells,
 * duplicate and shared ids, total rows) and hashes, byte for byte in the JSON report.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/api/audit.js';
import { PARALLEL_MIN_BYTES, WorkerPool, parallelEligible } from '../../src/ingest/parallel.js';
import { formatJson } from '../../src/report/json.js';
import { runCli } from '../helpers/cli.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const data = (name: string) => join(root, 'test', 'e2e', 'data', name);
const fixture = (name: string) => join(root, 'fixtures', name);

/** A payments export with what a worker must pass on faithfully: bad rows, an unreadable amount, a total row, a duplicate id. */
function messyPayments(dir: string): string {
  const lines = ['청구번호,청구일시,지급일시,금액,부서'];
  for (let i = 1; i <= 3000; i++) {
    const day = String(1 + (i % 27)).padStart(2, '0');
    let amount = String(1000 * i);
    if (i % 97 === 0) amount = '"3,5OO,000"';
    let claimed = `2025-03-${day} 09:${String(i % 60).padStart(2, '0')}`;
    if (i % 101 === 0) claimed = '2025-02-30 09:00';
    lines.push(`P-${i % 1500 === 0 ? 1 : i},${claimed},2025-03-${day} 17:00,${amount},조달청 ${i % 3}과`);
  }
  lines.push('합계,,,999,');
  const path = join(dir, 'messy-payments.csv');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

describe('reading inputs in parallel (worker threads)', () => {
  it('gives a result identical to a sequential run, JSON byte for byte', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'charter-audit-parallel-'));
    const files = [
      data('complaints.csv'),
      data('payments.csv'),
      messyPayments(dir),
      data('contracts.csv'),
      data('calls.csv'),
      fixture('calls.csv'),
    ];
    const options = { asOf: '2025-09-01', cwd: root, config: fixture('charter-audit.config.json') };
    const sequential = await audit(files, { ...options, jobs: 1 });
    const parallel = await audit(files, { ...options, jobs: 3, parallelMinBytes: 0 });
    // (The results hold each run's own calendar, so they are compared part by part.)
    for (const part of ['inputs', 'rules', 'violations', 'aggregates', 'rejected', 'warnings', 'groups'] as const) {
      expect(parallel[part], part).toEqual(sequential[part]);
    }
    expect(formatJson(parallel, { lang: 'ko' })).toBe(formatJson(sequential, { lang: 'ko' }));
    // The run exercised every kind of event a worker passes on.
    const codes = new Set([...sequential.warnings.map((w) => w.code), ...sequential.rejected.map((r) => r.code)]);
    for (const code of ['UNREADABLE_VALUE', 'INVALID_TIMESTAMP', 'DUPLICATE_ID', 'SHARED_ID']) expect(codes).toContain(code);
    expect(sequential.inputs.every((i) => typeof i.sha256 === 'string' || i.sha256 === undefined)).toBe(true);
  }, 60_000);

  it('--jobs on the command line: the same report for 1, 4 and auto; 0 and words other than auto are usage errors', async () => {
    const args = [
      'audit',
      data('complaints.csv'),
      data('payments.csv'),
      data('calls.csv'),
      '--as-of',
      '2025-09-01',
      '--format',
      'json',
      '--fail-on',
      'none',
    ];
    const one = await runCli([...args, '--jobs', '1']);
    const four = await runCli([...args, '--jobs', '4']);
    expect(one.code).toBe(0);
    expect(four.stdout).toBe(one.stdout);
    const zero = await runCli([...args, '--jobs', '0']);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toMatch(/--jobs must be a whole number ≥ 1 or auto, not "0"/);
    const auto = await runCli([...args, '--jobs', 'auto']);
    expect(auto.code).toBe(0);
    expect(auto.stdout).toBe(one.stdout);
    const all = await runCli([...args, '--jobs', 'all', '--lang', 'ko']);
    expect(all.code).toBe(2);
    expect(all.stderr).toContain('--jobs "all": 1 이상의 정수나 auto여야 합니다');
  }, 60_000);

  it('reads in a worker only regular text files of at least the minimum size', () => {
    const input = { encoding: 'utf-8' } as Parameters<typeof parallelEligible>[1];
    expect(parallelEligible(data('calls.csv'), input, root, 0)).toBe(true);
    expect(parallelEligible(data('calls.csv'), input, root, PARALLEL_MIN_BYTES)).toBe(false);
    expect(parallelEligible('-', input, root, 0)).toBe(false);
    expect(parallelEligible(data('calls.csv'), { encoding: 'xlsx' } as typeof input, root, 0)).toBe(false);
  });

  it('the pool starts jobs in order, never more than its size at once', () => {
    const pool = new WorkerPool(2);
    const started: number[] = [];
    const releases: (() => void)[] = [];
    for (let i = 0; i < 5; i++) {
      pool.enqueue((release) => {
        started.push(i);
        releases.push(release);
      });
    }
    expect(started).toEqual([0, 1]);
    releases[1]!();
    expect(started).toEqual([0, 1, 2]);
    releases[1]!(); // a second release of the same job changes nothing
    expect(started).toEqual([0, 1, 2]);
    releases[0]!();
    releases[2]!();
    expect(started).toEqual([0, 1, 2, 3, 4]);
  });
});
