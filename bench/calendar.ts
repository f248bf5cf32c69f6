/**
 * Calendar throughput: `elapsed` and `deadline` over 1-hour and 1-year spans. The calendar is
 * O(1) per call, so both spans must run at the same rate (SPEC §1: "a claim paid 300 days late
 * costs the same as one paid on time").
 */
import { createCalendar, kstInstant } from '../src/calendar/index.js';
import type { BenchCheck, BenchResult, BenchSection } from './run.js';
import { measureAll, pairedRatio } from './run.js';

const MIN_RATE = 2_000_000;
const MAX_SLOWDOWN = 0.2;
const HOUR = 3600;
const YEAR = 365 * 86_400;
const YEAR_OF_WORK = 245 * 8 * HOUR;

/** Deterministic pseudo-random instants (xorshift), spread over 2019–2025 at second resolution. */
function starts(count: number): Int32Array {
  const from = kstInstant(2019, 1, 1);
  const range = kstInstant(2026, 1, 1) - from;
  const out = new Int32Array(count);
  let x = 0x9e3779b9;
  for (let i = 0; i < count; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = from + ((x >>> 0) % range);
  }
  return out;
}

function run(): BenchResult[] {
  const cal = createCalendar();
  const s = starts(4096);
  const mask = s.length - 1;
  let sink = 0;
  const elapsed = (span: number) => (n: number) => {
    for (let i = 0; i < n; i++) {
      const t = s[i & mask]!;
      sink += cal.elapsed(t, t + span);
    }
  };
  const deadline = (work: number) => (n: number) => {
    for (let i = 0; i < n; i++) sink += cal.deadline(s[i & mask]!, work);
  };
  const cases: [string, (n: number) => void, string][] = [
    ['elapsed, 1-hour span', elapsed(HOUR), 'end = start + 1 h'],
    ['elapsed, 1-year span', elapsed(YEAR), 'end = start + 365 d'],
    ['deadline, 1 working hour', deadline(HOUR), 'n = 3 600 s'],
    ['deadline, 1 year of working time', deadline(YEAR_OF_WORK), 'n = 245 × 8 h'],
  ];
  // Warm up every case first so the JIT has seen them all before any round is timed.
  for (const [, fn] of cases) fn(200_000);
  const measured = measureAll(cases.map(([, fn]) => fn));
  const results: BenchResult[] = cases.map(([name, , note], i) => ({ name, ...measured[i]!, note }));
  // Long spans against short ones, paired round by round.
  for (const [short, long] of [
    [0, 1],
    [2, 3],
  ] as const) {
    results[short]!.relative = 1;
    results[long]!.relative = pairedRatio(cases[short]![1], cases[long]![1], results[short]!.calls);
  }
  if (sink === 42) console.log(''); // keeps `sink` observable
  return results;
}

function checks(results: readonly BenchResult[]): BenchCheck[] {
  const rate = (name: string) => results.find((r) => r.name === name)?.perSecond ?? 0;
  const out: BenchCheck[] = results.map((r) => ({
    label: `${r.name} ≥ 2 M calls/s`,
    passed: r.perSecond >= MIN_RATE,
    detail: `${(r.perSecond / 1e6).toFixed(2)} M/s`,
  }));
  for (const [short, long] of [
    ['elapsed, 1-hour span', 'elapsed, 1-year span'],
    ['deadline, 1 working hour', 'deadline, 1 year of working time'],
  ] as const) {
    const relative = results.find((r) => r.name === long)?.relative ?? 0;
    const slowdown = 1 - relative;
    out.push({
      label: `${long} no more than 20% slower than ${short.split(', ')[1]}`,
      passed: slowdown <= MAX_SLOWDOWN,
      detail: `${slowdown <= 0 ? 'not slower' : `${(slowdown * 100).toFixed(1)}% slower`} (median of paired rounds: ${relative.toFixed(2)}× the rate; best rounds ${(rate(long) / 1e6).toFixed(2)} vs ${(rate(short) / 1e6).toFixed(2)} M/s)`,
    });
  }
  return out;
}

/** The calendar section of `npm run bench`. */
export const calendarBench: BenchSection = { title: 'Working-time calendar (elapsed / deadline)', run, checks };
