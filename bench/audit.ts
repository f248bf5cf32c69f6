/**
 * Scale benchmark for `charter-audit audit` (issue 6): a 1,000,000-call export audited to
 * JSON and NDJSON, against csv-parse alone reading the same file, with peak memory; and,
 * behind `memoryCheck`, the same NDJSON audit on 4,000,000 calls to show memory does not grow
 * with the number of rows.
 *
 * Every measurement is a child process (wall time around `spawn`, peak RSS from
 * `/usr/bin/time -f %M` when present, else from `process.resourceUsage().maxRSS` reported by a
 * preloaded hook), so the audit and the csv-parse baseline pay the same start-up cost.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { NO_GROWTH_TARGET } from './growth.js';
import { resolveSampleOptions, sampleLines, sampleWorkingDays, writeSample } from '../src/sample/index.js';

/** One line of the bench table. */
export interface Row {
  name: string;
  value: number;
  /** CPU seconds (user + system) beside a wall-time value. */
  cpu?: number;
  unit: string;
  /** The target as text (e.g. `≤ 1.5× (aim 1.2×)`), or `''` for context figures. */
  target: string;
}

export interface BenchAuditOptions {
  /** Calls in the main file. Default 1,000,000. */
  rows?: number;
  /** Also audit 4× the rows to NDJSON and report the RSS growth. Default false. */
  memoryCheck?: boolean;
  /** Rows of the memory-check file. Default 4 × rows. */
  memoryRows?: number;
  /**
   * Also audit the real-shaped calls with as many payments, two files, read one after the other
   * (`--jobs 1`) and each in a worker thread (`--jobs 2`). Default false.
   */
  parallel?: boolean;
  /** Runs per measurement; the fastest counts. Default 1. */
  repeat?: number;
  /** Generator seed. Default 1. */
  seed?: number;
  /** Where the generated files go (a fresh temp dir by default; removed afterwards unless `keep`). */
  dir?: string;
  keep?: boolean;
  /** The project root (holds `bin/charter-audit.js`); found from this file by default. */
  root?: string;
  /** Progress messages (stderr by default). */
  log?: (message: string) => void;
}

/** What one child run cost. */
export interface Measured {
  seconds: number;
  /** CPU time, user + system, of the child (all its threads). */
  cpuSeconds: number;
  /** Peak resident set size in MB. */
  peakMB: number;
  exitCode: number;
}

const TIME_BIN = '/usr/bin/time';
const RSS_MARK = 'charter-audit-bench-maxrss-kb=';
/** Preloaded in the child when /usr/bin/time is missing: reports peak RSS (KB) and CPU seconds on exit. */
const RSS_HOOK =
  'data:text/javascript,' +
  encodeURIComponent(
    `process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\n${RSS_MARK}'+u.maxRSS+' '+u.userCPUTime/1e6+' '+u.systemCPUTime/1e6+'\\n')})`,
  );

/** The directory holding `bin/charter-audit.js`, searched upwards from this module. */
export function findRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'bin', 'charter-audit.js'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`bench: cannot find bin/charter-audit.js above ${from}; pass { root }`);
    dir = up;
  }
}

/**
 * Runs `node args…` with stdout to /dev/null and measures wall time and peak RSS.
 * Exit codes 0 and 1 (violations found) are both a completed audit.
 */
export function measureNode(args: readonly string[], cwd: string): Promise<Measured> {
  const useTime = existsSync(TIME_BIN);
  const command = useTime ? TIME_BIN : process.execPath;
  const argv = useTime ? ['-f', `${RSS_MARK}%M %U %S`, process.execPath, ...args] : ['--import', RSS_HOOK, ...args];
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s: string) => {
      stderr = (stderr + s).slice(-8192);
    });
    child.on('error', fail);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const at = stderr.lastIndexOf(RSS_MARK);
      const [kb, user, system] =
        at >= 0
          ? stderr
              .slice(at + RSS_MARK.length)
              .trim()
              .split(/\s+/)
              .map(Number)
          : [Number.NaN, Number.NaN, Number.NaN];
      const exitCode = code ?? -1;
      // /usr/bin/time reports the child's status as its own.
      if (exitCode !== 0 && exitCode !== 1) {
        fail(
          new Error(
            `bench: node ${args.join(' ')} exited ${exitCode}: ${stderr
              .replace(new RegExp(`${RSS_MARK}\\d+`), '')
              .trim()
              .split('\n')
              .slice(-3)
              .join(' | ')}`,
          ),
        );
        return;
      }
      done({ seconds, cpuSeconds: (user ?? Number.NaN) + (system ?? Number.NaN), peakMB: (kb ?? Number.NaN) / 1024, exitCode });
    });
  });
}

/**
 * The csv-parse baseline: the same file through the public streaming `parse()` with the
 * reader's options (columns off, `relax_quotes`, `relax_column_count`; no `info`, which would
 * wrap every record in an object the reader never builds), rows counted and dropped. With
 * `inPlace` (the project root), the parser's fields are decoded in place as the reader's are
 * (`ingest/csv-core.ts`): the same parser as the audit's, so the difference is the tool's own work.
 */
function csvParseScript(file: string, inPlace?: string): string[] {
  const core = inPlace === undefined ? null : pathToFileURL(join(inPlace, 'dist', 'src', 'ingest', 'csv-core.js')).href;
  const code = `
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
${core === null ? '' : `import { decodeFieldsInPlace } from ${JSON.stringify(core)};`}
let n = 0;
const parser = parse({ delimiter: ',', relax_quotes: true, relax_column_count: true });
${core === null ? '' : 'if (!decodeFieldsInPlace(parser.api.state.field)) throw new Error("csv-parse internals moved");'}
createReadStream(${JSON.stringify(file)})
  .pipe(parser)
  .on('data', () => void n++)
  .on('end', () => process.stderr.write('rows ' + n + '\\n'));
`;
  return ['--input-type=module', '-e', code];
}

async function best(times: number, f: () => Promise<Measured>): Promise<Measured> {
  let bestRun: Measured | undefined;
  for (let i = 0; i < Math.max(1, times); i++) {
    const m = await f();
    if (!bestRun || m.cpuSeconds < bestRun.cpuSeconds) bestRun = { ...m, peakMB: Math.max(m.peakMB, bestRun?.peakMB ?? 0) };
  }
  return bestRun as Measured;
}

/** Writes a calls export of `rows` rows for `seed` (2025, the real calendar) and returns its path. */
export async function generateCalls(file: string, rows: number, seed: number, kind = 'calls'): Promise<void> {
  const options = resolveSampleOptions({ kind, rows: String(rows), seed: String(seed), year: '2025' });
  const out = createWriteStream(file);
  await writeSample(options, out, sampleWorkingDays());
  await new Promise<void>((ok, fail) => {
    out.once('error', fail);
    out.end(() => ok());
  });
}

/**
 * The columns of a real call-centre export (9, in the order such systems write them): no rings,
 * purpose, party or contract columns, but the wait, the announcement flag and the Korean topic.
 */
export const REAL_CALL_COLUMNS = [
  'id',
  'arrived_at',
  'answered_at',
  'wait_seconds',
  'queue',
  'direction',
  'wait_announced',
  'topic',
  'agent_id',
] as const;

/**
 * Writes `rows` inbound calls shaped like a real export ({@link REAL_CALL_COLUMNS}): the sample's
 * rows with the other columns left out.
 */
export async function generateRealCalls(file: string, rows: number, seed: number): Promise<void> {
  const options = resolveSampleOptions({
    kind: 'calls',
    rows: String(rows),
    seed: String(seed),
    year: '2025',
    outboundShare: '0',
  });
  const lines = sampleLines(options, sampleWorkingDays());
  const out = createWriteStream(file);
  let keep: number[] | null = null;
  let buf = '';
  for (const line of lines) {
    const cells = line.replace(/\r?\n$/, '').split(',');
    keep ??= REAL_CALL_COLUMNS.map((c) => cells.indexOf(c));
    buf += `${keep.map((i) => cells[i] ?? '').join(',')}\n`;
    if (buf.length > 1 << 16) {
      if (!out.write(buf)) await new Promise<void>((ok) => out.once('drain', () => ok()));
      buf = '';
    }
  }
  out.write(buf);
  await new Promise<void>((ok, fail) => {
    out.once('error', fail);
    out.end(() => ok());
  });
}

const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Runs the benchmark and returns its table rows.
 *
 * @example const rows = await benchAudit({ rows: 100_000 }); // rows[0].name === 'generate 100,000 calls'
 */
export async function benchAudit(options: BenchAuditOptions = {}): Promise<Row[]> {
  const rows = options.rows ?? 1_000_000;
  const seed = options.seed ?? 1;
  const repeat = options.repeat ?? 1;
  const log = options.log ?? ((m: string) => void process.stderr.write(`${m}\n`));
  const root = resolve(options.root ?? findRoot());
  const bin = join(root, 'bin', 'charter-audit.js');
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'charter-audit-bench-'));
  const label = rows.toLocaleString('en-US');
  const out: Row[] = [];
  try {
    const file = join(dir, `calls-${rows}.csv`);
    log(`bench: generating ${label} calls → ${file}`);
    const g0 = process.hrtime.bigint();
    await generateCalls(file, rows, seed);
    const genSeconds = Number(process.hrtime.bigint() - g0) / 1e9;
    out.push({ name: `generate ${label} calls`, value: round(genSeconds, 2), unit: 's', target: '' });
    out.push({ name: 'file size', value: round(statSync(file).size / 1024 / 1024, 1), unit: 'MB', target: '' });

    const measureShape = async (shape: string, path: string, target: number): Promise<Measured> => {
      log(`bench: csv-parse alone (${shape})`);
      const baseline = await best(repeat, () => measureNode(csvParseScript(path), root));
      out.push({
        name: `csv-parse read (${shape})`,
        value: round(baseline.seconds, 2),
        cpu: round(baseline.cpuSeconds, 2),
        unit: 's',
        target: '',
      });
      out.push({ name: `csv-parse peak RSS (${shape})`, value: round(baseline.peakMB, 0), unit: 'MB', target: '' });
      log(`bench: csv-parse alone, fields decoded in place as the audit's (${shape})`);
      const same = await best(repeat, () => measureNode(csvParseScript(path, root), root));
      out.push({
        name: `csv-parse read, fields decoded in place (${shape})`,
        value: round(same.seconds, 2),
        cpu: round(same.cpuSeconds, 2),
        unit: 's',
        target: '',
      });
      let ndjson: Measured | undefined;
      for (const format of ['json', 'ndjson'] as const) {
        log(`bench: audit --format ${format} (${shape})`);
        const m = await best(repeat, () => measureNode([bin, 'audit', path, '--format', format], root));
        if (format === 'ndjson') ndjson = m;
        out.push({
          name: `audit ${format} (${shape})`,
          value: round(m.seconds, 2),
          cpu: round(m.cpuSeconds, 2),
          unit: 's',
          target: '',
        });
        out.push({
          name: `audit ${format} ÷ csv-parse CPU (${shape})`,
          value: round(m.cpuSeconds / baseline.cpuSeconds, 2),
          unit: '×',
          target: `≤ ${target}×`,
        });
        out.push({
          name: `audit ${format} ÷ the same parser CPU (${shape})`,
          value: round(m.cpuSeconds / same.cpuSeconds, 2),
          unit: '×',
          target: "the tool's own work on top of its parser",
        });
        out.push({ name: `audit ${format} peak RSS (${shape})`, value: round(m.peakMB, 0), unit: 'MB', target: '< 300 MB' });
      }
      return ndjson!;
    };
    const ndjson = await measureShape('sample', file, 1.5);

    const real = join(dir, `calls-real-${rows}.csv`);
    log(`bench: generating ${label} calls shaped like a real export → ${real}`);
    await generateRealCalls(real, rows, seed);
    out.push({ name: 'real-shape file size', value: round(statSync(real).size / 1024 / 1024, 1), unit: 'MB', target: '' });
    await measureShape('real', real, 1.25);
    if (options.parallel) {
      const payments = join(dir, `payments-${rows}.csv`);
      log(`bench: generating ${label} payments for the two-file run`);
      await generateCalls(payments, rows, seed, 'payments');
      const both = `${label} real-shaped calls + ${label} payments`;
      let one: Measured | undefined;
      for (const jobs of [1, 2]) {
        log(`bench: audit --format ndjson --jobs ${jobs} (${both})`);
        const m = await best(repeat, () =>
          measureNode([bin, 'audit', real, payments, '--format', 'ndjson', '--jobs', String(jobs)], root),
        );
        one ??= m;
        out.push({
          name: `--jobs ${jobs}, ${both}`,
          value: round(m.seconds, 2),
          cpu: round(m.cpuSeconds, 2),
          unit: 's',
          target: '',
        });
        out.push({ name: `--jobs ${jobs} peak RSS`, value: round(m.peakMB, 0), unit: 'MB', target: '' });
        if (jobs === 2) {
          out.push({
            name: '--jobs 2 ÷ --jobs 1 wall',
            value: round(m.seconds / one.seconds, 2),
            unit: '×',
            target: '< 1× would make 2 the default (it needs a free second core)',
          });
        }
      }
      if (!options.keep) rmSync(payments, { force: true });
    }
    if (!options.keep) rmSync(real, { force: true });

    if (options.memoryCheck) {
      const bigRows = options.memoryRows ?? rows * 4;
      const bigLabel = bigRows.toLocaleString('en-US');
      const big = join(dir, `calls-${bigRows}.csv`);
      log(`bench: generating ${bigLabel} calls for the memory check`);
      await generateCalls(big, bigRows, seed);
      if (!options.keep) rmSync(file, { force: true });
      log(`bench: audit --format ndjson on ${bigLabel} calls`);
      const large = await measureNode([bin, 'audit', big, '--format', 'ndjson'], root);
      out.push({ name: `audit ndjson ${bigLabel} calls`, value: round(large.seconds, 2), unit: 's', target: '' });
      out.push({
        name: `audit ndjson peak RSS ${bigLabel} calls`,
        value: round(large.peakMB, 0),
        unit: 'MB',
        target: '< 300 MB',
      });
      out.push({
        name: `ndjson RSS growth ${label} → ${bigLabel}`,
        value: round(large.peakMB / ndjson.peakMB, 2),
        unit: '×',
        target: `${NO_GROWTH_TARGET}: no growth with the rows`,
      });
    }
  } finally {
    if (!options.keep && options.dir === undefined) rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

/** The rows as an aligned plain-text table. */
export function formatRows(rows: readonly Row[]): string {
  const w = Math.max(...rows.map((r) => r.name.length), 4);
  const text = (r: Row) => `${r.value} ${r.unit}${r.cpu === undefined ? '' : ` (CPU ${r.cpu} s)`}`;
  const v = Math.max(...rows.map((r) => text(r).length), 5);
  return rows.map((r) => `${r.name.padEnd(w)}  ${text(r).padStart(v)}  ${r.target}`.trimEnd()).join('\n');
}

// `node dist/bench/audit.js [rows] [--memory] [--parallel]` runs it alone.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const n = args.find((a) => /^\d+$/.test(a));
  benchAudit({
    ...(n ? { rows: Number(n) } : {}),
    memoryCheck: args.includes('--memory'),
    parallel: args.includes('--parallel'),
  }).then(
    (rows) => process.stdout.write(`${formatRows(rows)}\n`),
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
