/**
 * `npm run bench`: runs every benchmark section in turn, prints one table per section and the
 * section's checks, and exits 1 when a check fails. Add a section by exporting a
 * {@link BenchSection} from its own file and listing it in {@link SECTIONS}.
 */
import { pathToFileURL } from 'node:url';
import { benchAudit, formatRows, type Row } from './audit.js';
import { NO_GROWTH_TARGET, noGrowth } from './growth.js';
import { calendarBench } from './calendar.js';
import { memorySection } from './memory.js';
import { whatIfSection } from './whatif.js';

/** One measured case. */
export interface BenchResult {
  name: string;
  /** Calls (or items) per second, best round. */
  perSecond: number;
  /** Total calls measured in the best round. */
  calls: number;
  /** Anything worth showing beside the rate (e.g. the span). */
  note?: string;
  /** Rate relative to a baseline case, median over paired rounds (see {@link pairedRatio}). */
  relative?: number;
}

/** A pass/fail requirement on the results, e.g. "≥ 2 M calls/s". */
export interface BenchCheck {
  label: string;
  passed: boolean;
  detail: string;
}

export interface BenchSection {
  title: string;
  run(): Promise<BenchResult[]> | BenchResult[];
  checks?(results: readonly BenchResult[]): BenchCheck[];
}

/** The sections `npm run bench` runs, in order. */
export const SECTIONS: readonly BenchSection[] = [calendarBench];

/**
 * The audit at scale (issue 6): 1,000,000 generated calls (`BENCH_ROWS` to change), audited to
 * JSON and NDJSON against csv-parse alone on the same file, CPU seconds beside wall; the real-shaped
 * calls with as many payments read with `--jobs 1` and `--jobs 2` (`BENCH_PARALLEL=0` to skip);
 * plus NDJSON at 4× the rows for memory growth (`BENCH_MEMORY=0` to skip).
 */
export async function auditSection(env: NodeJS.ProcessEnv = process.env): Promise<{ table: string; checks: BenchCheck[] }> {
  const rows = Number(env.BENCH_ROWS ?? 1_000_000);
  const result = await benchAudit({
    rows,
    memoryCheck: env.BENCH_MEMORY !== '0',
    parallel: env.BENCH_PARALLEL !== '0',
    repeat: Number(env.BENCH_REPEAT ?? 1),
  });
  const value = (prefix: string): Row | undefined => result.find((r) => r.name.startsWith(prefix));
  const checks: BenchCheck[] = [];
  for (const r of result.filter((x) => x.unit === '×' && x.name.includes('÷ csv-parse'))) {
    const limit = Number(/≤ ([\d.]+)×/.exec(r.target)?.[1]);
    checks.push({ label: `${r.name} ${r.target}`, passed: r.value <= limit, detail: `${r.value}×` });
  }
  for (const r of result.filter((x) => x.unit === 'MB' && x.name.includes('peak RSS') && x.name.startsWith('audit'))) {
    checks.push({ label: `${r.name} < 300 MB`, passed: r.value < 300, detail: `${r.value} MB` });
  }
  const growth = value('ndjson RSS growth');
  const small = value('audit ndjson peak RSS (sample)');
  const big = result.find((r) => r.name.startsWith('audit ndjson peak RSS') && r.name.endsWith(' calls'));
  if (growth && small && big) {
    const g = noGrowth(small.value, big.value);
    checks.push({ label: `${growth.name} ${NO_GROWTH_TARGET}`, passed: g.passed, detail: `${g.ratio}× (+${g.addedMB} MB)` });
  }
  return { table: formatRows(result), checks };
}

/**
 * Measures several cases fairly: each `fn(iterations)` must make `iterations` calls. Rounds of
 * about `roundMs` are interleaved across the cases (so machine noise hits them alike) and each
 * case keeps its best round.
 *
 * @example measureAll([(n) => { for (let i = 0; i < n; i++) work(i); }])[0]?.perSecond
 */
export function measureAll(
  fns: readonly ((iterations: number) => void)[],
  roundMs = 50,
  rounds = 31,
): { perSecond: number; calls: number }[] {
  const time = (fn: (n: number) => void, n: number): number => {
    const t0 = process.hrtime.bigint();
    fn(n);
    return Number(process.hrtime.bigint() - t0) / 1e9;
  };
  // One round size for every case (the slowest case's), so they are compared like for like.
  let size = 1000;
  while (Math.min(...fns.map((fn) => time(fn, size))) < roundMs / 1000) size *= 2;
  const sizes = fns.map(() => size);
  const best = fns.map(() => 0);
  for (let r = 0; r < rounds; r++) {
    fns.forEach((fn, i) => {
      const rate = sizes[i]! / time(fn, sizes[i]!);
      if (rate > best[i]!) best[i] = rate;
    });
  }
  return best.map((perSecond, i) => ({ perSecond, calls: sizes[i]! }));
}

/**
 * Median over `rounds` of rate(b) / rate(a), with `a` and `b` timed back to back on `iterations`
 * calls each: load on a shared machine hits both halves of a pair alike, so the ratio stays
 * meaningful when absolute rates do not.
 *
 * @example pairedRatio(shortSpan, longSpan, 500_000) // => ~1 for O(1) code
 */
export function pairedRatio(a: (n: number) => void, b: (n: number) => void, iterations: number, rounds = 31): number {
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const first = r % 2 === 0;
    const t0 = process.hrtime.bigint();
    (first ? a : b)(iterations);
    const t1 = process.hrtime.bigint();
    (first ? b : a)(iterations);
    const t2 = process.hrtime.bigint();
    const [ta, tb] = first ? [t1 - t0, t2 - t1] : [t2 - t1, t1 - t0];
    ratios.push(Number(ta) / Number(tb));
  }
  ratios.sort((x, y) => x - y);
  return ratios[Math.floor(ratios.length / 2)]!;
}

/** Measures one case; see {@link measureAll}. */
export function measure(fn: (iterations: number) => void, roundMs = 200, rounds = 7): { perSecond: number; calls: number } {
  return measureAll([fn], roundMs, rounds)[0]!;
}

/** Formats a rate: `12.3 M/s`. @example formatRate(12_345_678) // => '12.35 M/s' */
export function formatRate(perSecond: number): string {
  return perSecond >= 1e6 ? `${(perSecond / 1e6).toFixed(2)} M/s` : `${(perSecond / 1e3).toFixed(1)} k/s`;
}

/** A plain-text table; cells that start with a digit are right-aligned. */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (/^\d/.test(c) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export async function main(sections: readonly BenchSection[] = SECTIONS): Promise<number> {
  let failed = 0;
  console.log(`charter-audit benchmark — Node ${process.version}, ${process.platform}/${process.arch}, one core\n`);
  for (const section of sections) {
    const results = await section.run();
    console.log(`## ${section.title}\n`);
    console.log(
      renderTable(
        ['case', 'rate (best round)', 'calls per round', 'relative (median)', 'note'],
        results.map((r) => [
          r.name,
          formatRate(r.perSecond),
          String(r.calls),
          r.relative === undefined ? '' : `${r.relative.toFixed(2)}×`,
          r.note ?? '',
        ]),
      ),
    );
    for (const check of section.checks?.(results) ?? []) {
      console.log(`${check.passed ? 'PASS' : 'FAIL'}  ${check.label}: ${check.detail}`);
      if (!check.passed) failed++;
    }
    console.log('');
  }
  if (process.env.BENCH_AUDIT !== '0') {
    console.log('## Audit at scale (calls)\n');
    const audit = await auditSection();
    console.log(audit.table);
    for (const check of audit.checks) {
      console.log(`${check.passed ? 'PASS' : 'FAIL'}  ${check.label}: ${check.detail}`);
      if (!check.passed) failed++;
    }
    console.log('');
  }
  if (process.env.BENCH_WHATIF !== '0') {
    console.log('## What-if variants: read once, judged many times\n');
    const whatIf = await whatIfSection();
    console.log(whatIf.table);
    for (const check of whatIf.checks) {
      console.log(`${check.passed ? 'PASS' : 'FAIL'}  ${check.label}: ${check.detail}`);
      if (!check.passed) failed++;
    }
    console.log('');
  }
  if (process.env.BENCH_MEM !== '0') {
    console.log('## Memory at scale (payments, half late)\n');
    const memory = await memorySection();
    console.log(memory.table);
    for (const check of memory.checks) {
      console.log(`${check.passed ? 'PASS' : 'FAIL'}  ${check.label}: ${check.detail}`);
      if (!check.passed) failed++;
    }
    console.log('');
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then((code) => {
    process.exitCode = code;
  });
}
