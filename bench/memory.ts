/**
 * Memory at scale (issue 16): peak RSS of the CLI on generated payments exports with half the
 * claims late, each audit a child process (see `measureNode`):
 *
 * - NDJSON at N rows and at N/4: memory must not grow with the rows (the report holds nothing);
 * - JSON and the xlsx workbook written with `-o` at N/4 rows: they must hold every violation
 *   (the report lists them after the summary), and the workbook, streamed, stays within twice what
 *   the JSON costs instead of a workbook model in memory (was 9× before it was streamed);
 * - optionally one field of `BENCH_MEM_FIELD_MB` MB (a department) in JSON, NDJSON and the table.
 *
 * N is `BENCH_MEM_ROWS` (default 250,000 so `npm run bench` stays short; the README's figures
 * are for 4,000,000). `BENCH_MEM=0` skips the section (`BENCH_MEMORY=0` is the audit section's own 4× check).
 */
import { NO_GROWTH_TARGET, noGrowth } from './growth.js';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolveSampleOptions, sampleWorkingDays, writeSample } from '../src/sample/index.js';
import { findRoot, formatRows, measureNode, type Measured, type Row } from './audit.js';
import type { BenchCheck } from './run.js';

async function closed(out: NodeJS.WritableStream & { once: (e: string, f: (err: Error) => void) => unknown }): Promise<void> {
  await new Promise<void>((ok, fail) => {
    out.once('error', fail);
    out.end(() => ok());
  });
}

/** Writes `rows` payments of 2025, `lateShare` of them late, and returns the file's size in MB. */
export async function generatePayments(file: string, rows: number, lateShare = 0.5): Promise<number> {
  const options = resolveSampleOptions({
    kind: 'payments',
    rows: String(rows),
    seed: '16',
    year: '2025',
    lateShare: String(lateShare),
  });
  const out = createWriteStream(file);
  await writeSample(options, out, sampleWorkingDays());
  await closed(out);
  return statSync(file).size / 1e6;
}

/** Writes a payments export of three rows whose second (late) row has a department of `mb` MB. */
export async function generateBigField(file: string, mb: number): Promise<void> {
  const out = createWriteStream(file);
  out.write('id,claimed_at,paid_at,amount,supplier_id,payer,hold_reason,hold_notified_at,department\n');
  out.write('202500000001,2025-03-04 09:00:00,2025-03-04 10:00:00,1000,1,pps,,,서울청\n');
  out.write('202500000002,2025-03-04 09:00:00,2025-03-20 10:00:00,1000,1,pps,,,');
  const piece = '가나다라마바사아자차'.repeat(33_334); // ~1 MB of UTF-8
  const bytes = Buffer.byteLength(piece);
  for (let written = 0; written < mb * 1e6; written += bytes) {
    if (!out.write(piece)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  out.write('\n202500000003,2025-03-04 09:00:00,2025-03-20 10:00:00,1000,1,pps,,,부산청\n');
  await closed(out);
}

const row = (name: string, m: Measured): Row[] => [
  { name: `${name}: wall`, value: round(m.seconds), cpu: round(m.cpuSeconds), unit: 's', target: '' },
  { name: `${name}: peak RSS`, value: Math.round(m.peakMB), unit: 'MB', target: '' },
];
const round = (x: number) => Math.round(x * 100) / 100;

/** The memory section of `npm run bench`: a table and its checks. */
export async function memorySection(env: NodeJS.ProcessEnv = process.env): Promise<{ table: string; checks: BenchCheck[] }> {
  const rows = Number(env.BENCH_MEM_ROWS ?? 250_000);
  const fieldMB = Number(env.BENCH_MEM_FIELD_MB ?? 0);
  const root = findRoot();
  const bin = resolve(root, 'bin', 'charter-audit.js');
  const dir = mkdtempSync(join(tmpdir(), 'charter-audit-bench-memory-'));
  const log = (s: string) => process.stderr.write(`bench: ${s}\n`);
  const audit = (file: string, ...args: string[]) =>
    measureNode([bin, 'audit', file, '--as-of', '2026-01-01', '--fail-on', 'none', ...args], dir);
  try {
    const big = join(dir, 'big.csv');
    const small = join(dir, 'small.csv');
    log(`generating ${rows.toLocaleString('en-US')} and ${(rows / 4).toLocaleString('en-US')} payments, half late`);
    const bigMB = await generatePayments(big, rows);
    const smallMB = await generatePayments(small, Math.round(rows / 4));
    const result: Row[] = [];
    log('NDJSON');
    const ndBig = await audit(big, '--format', 'ndjson');
    const ndSmall = await audit(small, '--format', 'ndjson');
    result.push(...row(`ndjson, ${rows.toLocaleString('en-US')} payments (${Math.round(bigMB)} MB)`, ndBig));
    result.push(...row(`ndjson, ${(rows / 4).toLocaleString('en-US')} payments`, ndSmall));
    const growth = noGrowth(ndSmall.peakMB, ndBig.peakMB);
    result.push({ name: 'ndjson RSS at 4× the rows', value: growth.ratio, unit: '×', target: NO_GROWTH_TARGET });
    log('JSON and xlsx (-o)');
    const json = await audit(small, '--format', 'json', '-o', join(dir, 'r.json'));
    const xlsx = await audit(small, '-o', join(dir, 'r.xlsx'));
    result.push(...row(`json -o, ${(rows / 4).toLocaleString('en-US')} payments (${Math.round(smallMB)} MB)`, json));
    result.push(...row(`xlsx -o, the same`, xlsx));
    const ratio = round(xlsx.peakMB / json.peakMB);
    result.push({ name: 'xlsx peak ÷ json peak', value: ratio, unit: '×', target: '≤ 2×' });
    const checks: BenchCheck[] = [
      {
        label: `ndjson RSS at 4× the rows ${NO_GROWTH_TARGET}`,
        passed: growth.passed,
        detail: `${growth.ratio}× (+${growth.addedMB} MB)`,
      },
      { label: 'xlsx peak ≤ 2× json peak (streamed workbook)', passed: ratio <= 2, detail: `${ratio}×` },
    ];
    if (fieldMB > 0) {
      const field = join(dir, 'field.csv');
      log(`one field of ${fieldMB} MB`);
      await generateBigField(field, fieldMB);
      for (const format of ['json', 'ndjson', 'table']) {
        result.push(
          ...row(`${format}, one ${fieldMB} MB field`, await audit(field, '--format', format, '-o', join(dir, `f.${format}`))),
        );
      }
    }
    return { table: formatRows(result), checks };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// `node dist/bench/memory.js` runs it alone (BENCH_MEM_ROWS, BENCH_MEM_FIELD_MB as above).
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  memorySection().then(
    ({ table, checks }) => {
      process.stdout.write(`${table}\n`);
      for (const c of checks) process.stdout.write(`${c.passed ? 'PASS' : 'FAIL'}  ${c.label}: ${c.detail}\n`);
    },
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
