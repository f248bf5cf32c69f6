/**
 * What-if cost (issue 15): the rows are read once and every variant only re-runs the rules'
 * checks, so N variants must cost far less than N audits. Measured in process through the
 * library on generated complaints, payments and calls: one audit; the same audit with the
 * `--sensitivity` readings as variants; and as many separate audits as there are readings (what
 * a user would otherwise run). Each figure is the best of `BENCH_WHATIF_REPEAT` rounds (default 5).
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { audit } from '../src/api/audit.js';
import { resolveSampleOptions, sampleWorkingDays, writeSample } from '../src/sample/index.js';
import { readings, sensitivityReadings } from '../src/whatif/readings.js';
import { defaultConfig } from '../src/config/normalize.js';
import { DEFAULT_HOURS } from '../src/calendar/hours.js';
import type { BenchCheck } from './run.js';

async function generate(file: string, kind: string, rows: number): Promise<void> {
  const options = resolveSampleOptions({ kind, rows: String(rows), seed: '7', year: '2025' });
  const out = createWriteStream(file);
  await writeSample(options, out, sampleWorkingDays());
  await new Promise<void>((ok, fail) => {
    out.once('error', fail);
    out.end(() => ok());
  });
}

async function seconds(times: number, f: () => Promise<unknown>): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i++) {
    const t0 = process.hrtime.bigint();
    await f();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return best;
}

/** The what-if section of `npm run bench`: a table and its check. */
export async function whatIfSection(env: NodeJS.ProcessEnv = process.env): Promise<{ table: string; checks: BenchCheck[] }> {
  const rows = Number(env.BENCH_WHATIF_ROWS ?? 100_000);
  const repeat = Number(env.BENCH_WHATIF_REPEAT ?? 5);
  const dir = mkdtempSync(join(tmpdir(), 'charter-audit-whatif-'));
  try {
    const files: string[] = [];
    for (const kind of ['complaints', 'payments', 'calls']) {
      const file = join(dir, `${kind}.csv`);
      await generate(file, kind, rows);
      files.push(file);
    }
    const base = { asOf: '2026-01-01', cwd: dir };
    const picked = sensitivityReadings(defaultConfig(), DEFAULT_HOURS);
    const n = picked.length;
    // Rounds interleave the three cases, so load on a shared machine hits them alike; each keeps its best.
    let one = Number.POSITIVE_INFINITY;
    let withVariants = Number.POSITIVE_INFINITY;
    let nAudits = Number.POSITIVE_INFINITY;
    for (let round = 0; round < repeat; round++) {
      one = Math.min(one, await seconds(1, () => audit(files, base)));
      withVariants = Math.min(withVariants, await seconds(1, () => audit(files, { ...base, sensitivity: true })));
      nAudits = Math.min(
        nAudits,
        await seconds(1, async () => {
          for (let i = 0; i < n; i++) await audit(files, base);
        }),
      );
    }
    const extra = withVariants - one;
    const lines = [
      `rows                                  ${(3 * rows).toLocaleString('en-US')} (${rows.toLocaleString('en-US')} complaints, payments, calls)`,
      `readings (--sensitivity)              ${n}: ${picked.map((r) => r.name).join(', ')} (of ${readings().length} built in)`,
      `one audit                             ${one.toFixed(2)} s`,
      `audit + ${n} variants (read once)        ${withVariants.toFixed(2)} s  (+${extra.toFixed(2)} s, ${((extra / n / one) * 100).toFixed(0)}% of an audit per variant)`,
      `${n} audits (rows read ${n} times)         ${nAudits.toFixed(2)} s`,
    ];
    const ratio = extra / nAudits;
    return {
      table: lines.join('\n'),
      checks: [{ label: `${n} variants cost ≤ 0.5 × ${n} audits`, passed: ratio <= 0.5, detail: `${ratio.toFixed(2)}×` }],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
