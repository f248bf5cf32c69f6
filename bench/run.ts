/**
 * `npm run bench`: runs every benchmark section in turn, prints one table per section and the
 * section's checks, and exits 1 when a check fails. Add a section by exporting a
 * {@link BenchSection} from its own file and listing it in {@link SECTIONS}.
 */
import { pathToFileURL } from 'node:url';
import { calendarBench } from './calendar.js';

/** One measured case. */
export interface BenchResult {
  name: string;
  /** Calls (or items) per second, best round. */
  perSecond: number;
  /** Total calls measured in the best round. */
  calls: number;
  /** Anything worth showing beside the rate (e.g. the span). */
  note?: string;
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
 * Measures `fn(iterations)` (which must do `iterations` calls) in rounds of about `roundMs`
 * and returns the best rate, in calls per second.
 *
 * @example measure((n) => { for (let i = 0; i < n; i++) work(i); }, 200).perSecond
 */
export function measure(fn: (iterations: number) => void, roundMs = 250, rounds = 5): { perSecond: number; calls: number } {
  let iterations = 1000;
  for (;;) {
    const t0 = process.hrtime.bigint();
    fn(iterations);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (ms >= roundMs / 4) break;
    iterations *= 4;
  }
  let best = 0;
  let calls = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    fn(iterations);
    const rate = iterations / (Number(process.hrtime.bigint() - t0) / 1e9);
    if (rate > best) {
      best = rate;
      calls = iterations;
    }
  }
  return { perSecond: best, calls };
}

/** Formats a rate: `12.3 M/s`. @example formatRate(12_345_678) // => '12.35 M/s' */
export function formatRate(perSecond: number): string {
  return perSecond >= 1e6 ? `${(perSecond / 1e6).toFixed(2)} M/s` : `${(perSecond / 1e3).toFixed(1)} k/s`;
}

/** A plain-text table; cells that start with a digit are right-aligned. */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (/^\d/.test(c) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export async function main(sections: readonly BenchSection[] = SECTIONS): Promise<number> {
  let failed = 0;
  console.log(`charter-audit benchmark — Node ${process.version}, ${process.platform}/${process.arch}, one core\n`);
  for (const section of sections) {
    const results = await section.run();
    console.log(`## ${section.title}\n`);
    console.log(renderTable(['case', 'rate', 'calls (best round)', 'note'], results.map((r) => [r.name, formatRate(r.perSecond), String(r.calls), r.note ?? ''])));
    for (const check of section.checks?.(results) ?? []) {
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
