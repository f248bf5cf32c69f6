import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { type DayNumber, type Instant, daysFromCivil, daysInMonth, dayStart, formatInstant } from '../../calendar/kst.js';
import { audit } from '../../engine/engine.js';
import { parseDate, parseTimestamp, timestampProblem, ACCEPTED_TIMESTAMPS } from '../../ingest/timestamp.js';
import type { OpenedInput } from '../../model/input.js';
import { KINDS, type Kind } from '../../model/records.js';
import type { AuditResult, GroupBy, Violation } from '../../model/result.js';
import type { Lang } from '../../model/rule.js';
import { EXIT_ERROR, EXIT_OK, EXIT_VIOLATIONS, UsageError } from '../exit-codes.js';
import type { Io } from '../io.js';
import { wrap, type RunState } from '../program.js';
import { OutputClosedError, openOutput, type Output } from '../output.js';
import { loadSetup, type Setup } from '../setup.js';
import { openInput } from '../../ingest/open.js';
import {
  FORMAT_NAMES,
  OUTPUT_EXTENSIONS,
  createProgress,
  explainViolation,
  formatByName,
  formatFromExtension,
  renderReport,
  type FormatOptions,
  type Progress,
} from '../../report/index.js';
import { inLang, labels, rejectionReason, warningMessage } from '../../report/i18n.js';
import { RULES } from '../../rules/index.js';

const RULE_METAS = new Map(RULES.map((r) => [r.meta.id, r.meta] as const));

const FAIL_ON = ['none', 'warning', 'error'] as const;
const GROUP_BY = ['month', 'quarter', 'department'] as const;

interface AuditCliOptions {
  format?: string;
  output?: string;
  kind?: string;
  encoding?: string;
  config?: string;
  holidays?: string;
  asOf?: string;
  from?: string;
  to?: string;
  quarter?: string;
  groupBy?: string;
  failOn: string;
  lang?: string;
  limit?: string;
  all?: boolean;
  color?: boolean;
  bom?: boolean;
  explain?: string;
  strict?: boolean;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${what} "${value}" is not one of: ${allowed.join(', ')}`);
}

/** `2025Q2` → its first and last day. @example quarterRange('2025Q2') // 2025-04-01 … 2025-06-30 */
export function quarterRange(text: string): { from: DayNumber; to: DayNumber; year: number; quarter: number } {
  const m = /^(\d{4})-?Q([1-4])$/i.exec(text.trim());
  if (!m) throw new UsageError(`--quarter "${text}" is not a quarter; use YYYYQn, e.g. 2025Q2`);
  const year = Number(m[1]);
  const quarter = Number(m[2]);
  const firstMonth = (quarter - 1) * 3 + 1;
  return {
    year,
    quarter,
    from: daysFromCivil(year, firstMonth, 1),
    to: daysFromCivil(year, firstMonth + 2, daysInMonth(year, firstMonth + 2)),
  };
}

function parseDay(text: string, flag: string): DayNumber {
  const d = parseDate(text);
  if (Number.isNaN(d)) throw new UsageError(`${flag} "${text}" is not a date; use YYYY-MM-DD, e.g. 2025-04-01`);
  return d;
}

/** `--as-of`: a timestamp, or a date meaning 00:00 KST of that day. */
export function parseAsOf(text: string): Instant {
  const t = parseTimestamp(text);
  if (!Number.isNaN(t)) return t;
  const d = parseDate(text);
  if (!Number.isNaN(d)) return dayStart(d);
  const problem = timestampProblem(text);
  const accepted = problem.includes('accepted:') ? '' : `; accepted: ${ACCEPTED_TIMESTAMPS}`;
  throw new UsageError(`--as-of "${text}" ${problem}${accepted}, or a date such as 2025-07-01`);
}

export function defaultLang(env: NodeJS.ProcessEnv): Lang {
  const l = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return l.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/** The exit code for a result: violations at or above `--fail-on` → 1. */
export function exitCodeFor(result: AuditResult, failOn: (typeof FAIL_ON)[number]): number {
  if (failOn === 'none') return EXIT_OK;
  const failing = result.rules.some((r) => r.violations > 0 && (failOn === 'warning' || r.severity === 'error'));
  return failing ? EXIT_VIOLATIONS : EXIT_OK;
}

export function registerAudit(program: Command, io: Io, state: RunState): void {
  program
    .command('audit')
    .description('audit charter deadlines in CSV exports of complaints, payments, contracts and calls')
    .argument('<files...>', 'CSV exports (- for stdin); the kind is detected from the header')
    .addOption(new Option('-f, --format <format>', 'report format (default: table on a terminal, else json)').choices(FORMAT_NAMES))
    .option('-o, --output <file>', 'write the report to a file (format from its extension), atomically')
    .addOption(new Option('--kind <kind>', 'treat every input as this kind').choices(KINDS))
    .option('--encoding <encoding>', 'input encoding: utf-8 or cp949/euc-kr (default: detected)')
    .option('-c, --config <file>', 'config file (default: ./charter-audit.config.json when present)')
    .option('--holidays <file>', 'extra or removed holidays (CSV "date,name[,action]" or JSON)')
    .option('--as-of <time>', 'judge open records at this time (default: now)')
    .option('--from <date>', 'first day of the audited period (KST, inclusive)')
    .option('--to <date>', 'last day of the audited period (KST, inclusive)')
    .option('-q, --quarter <YYYYQn>', 'audit one quarter (and compare with the one before), e.g. 2025Q2')
    .addOption(new Option('--group-by <group>', 'add a breakdown by month, quarter or department').choices(GROUP_BY))
    .addOption(new Option('--fail-on <level>', 'exit 1 on violations at or above this severity').choices(FAIL_ON).default('warning'))
    .addOption(new Option('--lang <lang>', 'report language (default: from LANG)').choices(['ko', 'en']))
    .option('--limit <n>', 'violations listed in the table (default 20)')
    .option('--all', 'list every violation in the table')
    .option('--color', 'force colour in the table')
    .option('--no-color', 'no colour')
    .option('--bom', 'start CSV output with a UTF-8 BOM (for Excel)')
    .option('--explain <recordId>', 'explain how the deadlines of this record were computed')
    .option('--strict', 'exit 2 when any row is rejected')
    .action(wrap(io, state, (files: string[], opts: AuditCliOptions) => runAudit(files, opts, io)));
}

async function runAudit(files: string[], opts: AuditCliOptions, io: Io): Promise<number> {
  // --- arguments --------------------------------------------------------------------------
  if (files.filter((f) => f === '-').length > 1) throw new UsageError('stdin (-) can be read only once');
  let format: string | undefined = opts.format;
  if (!format && opts.output) {
    format = formatFromExtension(opts.output) ?? undefined;
    if (!format) {
      throw new UsageError(
        `cannot tell the format from "${basename(opts.output)}"; use --format or one of ${OUTPUT_EXTENSIONS.join(' ')}`,
      );
    }
  }
  format ??= io.stdoutIsTTY ? 'table' : 'json';
  const failOn = oneOf(opts.failOn, FAIL_ON, '--fail-on');
  const lang: Lang = (opts.lang as Lang | undefined) ?? defaultLang(io.env);
  const groupBy = (opts.groupBy as GroupBy | undefined) ?? null;
  let limit: number | null = 20;
  if (opts.all) limit = null;
  else if (opts.limit !== undefined) {
    limit = Number(opts.limit);
    if (!Number.isInteger(limit) || limit < 0) throw new UsageError(`--limit "${opts.limit}" is not a whole number ≥ 0`);
  }
  let period: { from: DayNumber | null; to: DayNumber | null } = { from: null, to: null };
  let previousPeriod: { from: DayNumber; to: DayNumber } | null = null;
  if (opts.quarter) {
    if (opts.from || opts.to) throw new UsageError('--quarter cannot be combined with --from/--to');
    const q = quarterRange(opts.quarter);
    period = { from: q.from, to: q.to };
    const prev = q.quarter === 1 ? quarterRange(`${q.year - 1}Q4`) : quarterRange(`${q.year}Q${q.quarter - 1}`);
    previousPeriod = { from: prev.from, to: prev.to };
  } else {
    period = {
      from: opts.from ? parseDay(opts.from, '--from') : null,
      to: opts.to ? parseDay(opts.to, '--to') : null,
    };
    if (period.from !== null && period.to !== null && period.to < period.from) {
      throw new UsageError(`--to ${opts.to} is before --from ${opts.from}`);
    }
  }
  const asOf = opts.asOf ? parseAsOf(opts.asOf) : Math.floor(io.now() / 1000);
  if (opts.output) refuseToOverwriteInput(opts.output, files, io.cwd);

  // --- setup: config, calendar, rules, inputs ---------------------------------------------
  const setup: Setup = await loadSetup({ config: opts.config, holidays: opts.holidays, cwd: io.cwd });
  if (!setup.calendar.covers(asOf)) {
    // An --as-of the user chose outside the holiday data is a mistake; the clock running past
    // the data is not: only open records need it, and those are rejected with the reason.
    if (opts.asOf) setup.calendar.assertCovers(asOf, `--as-of ${formatInstant(asOf)}`);
    const now = formatInstant(asOf);
    const last = setup.calendar.holidayYears.at(-1);
    io.stderr.write(
      `charter-audit: ${inLang(
        `warning: today (${now}) is past the holiday data (${last}); open records cannot be judged: pass --as-of or --holidays`,
        `경고: 오늘(${now})은 공휴일 자료(${last}년까지) 밖입니다. 미처리 건은 판단할 수 없으니 --as-of 또는 --holidays를 지정하세요`,
        lang,
      )}\n`,
    );
  }
  const inputs: OpenedInput[] = [];
  for (const file of files) {
    inputs.push(
      await openInput(
        file,
        { kind: opts.kind as Kind | undefined, encoding: opts.encoding, columns: setup.config.columns ?? undefined },
        io.stdin,
        io.cwd,
      ),
    );
  }

  // --- run ----------------------------------------------------------------------------------
  const entry = formatByName(format);
  if (entry === null) throw new UsageError(`--format "${format}" is not one of: ${FORMAT_NAMES.join(', ')}`);
  const formatOptions: FormatOptions = {
    lang,
    color: format === 'table' && colorWanted(opts, io),
    limit,
    width: terminalWidth(io),
    bom: Boolean(opts.bom),
    rules: RULE_METAS,
  };
  const out: Output = await openOutput(io, opts.output);
  const progress = startProgress(io, opts.output, files);
  let result: AuditResult;
  try {
    const stream = 'stream' in entry && !opts.explain ? entry.stream.bind(entry) : null;
    result = await audit(inputs, {
      calendar: setup.calendar,
      asOf,
      period,
      granularity: setup.granularity,
      rules: setup.rules,
      groupBy,
      previousPeriod,
      keepViolations: stream === null,
      onViolation: stream === null ? undefined : (v: Violation) => writeChunks(out, stream(v, formatOptions)),
      onInputDone: progress?.inputDone,
    });
    progress?.done();
    if (opts.explain) {
      const mine = result.violations.filter((v) => v.recordId === opts.explain);
      if (mine.length === 0) {
        await out.abort();
        throw new UsageError(`no violation has the record id "${opts.explain}"`);
      }
      await out.write(mine.map((v) => explainViolation(v, setup.calendar, lang)).join('\n'));
    } else if (stream === null) {
      for await (const chunk of renderReport(entry, result, formatOptions)) await out.write(chunk);
    }
    await out.close();
  } catch (err) {
    progress?.done();
    if (err instanceof OutputClosedError) return EXIT_OK;
    await out.abort();
    throw err;
  }

  // --- messages and exit code ---------------------------------------------------------------
  const rejected = result.rejected.length;
  const said = labels(lang).stderr;
  if (rejected > 0) {
    const first = result.rejected[0]!;
    io.stderr.write(
      `charter-audit: ${said.rowsRejected(rejected)}` +
        ('stream' in entry ? said.listWithJson : said.listedInReport) +
        `; ${said.first}: ${first.file}:${first.line}: ${rejectionReason(first, lang)}\n`,
    );
  }
  for (const w of result.warnings.slice(0, 5)) {
    io.stderr.write(`charter-audit: ${said.warning}: ${w.file}${w.line === null ? '' : `:${w.line}`}: ${warningMessage(w, lang)}\n`);
  }
  if (result.warnings.length > 5) io.stderr.write(`charter-audit: ${said.moreWarnings(result.warnings.length - 5)}\n`);
  const rows = result.inputs.reduce((n, i) => n + i.rows, 0);
  if (rows > 0 && rejected === rows) {
    io.stderr.write(
      `charter-audit: ${inLang(
        `nothing could be audited: all ${rows} rows were rejected`,
        `점검할 수 있는 행이 없습니다: ${rows}행 모두 거부되었습니다`,
        lang,
      )}\n`,
    );
    return EXIT_ERROR;
  }
  if (opts.strict && rejected > 0) return EXIT_ERROR;
  return exitCodeFor(result, failOn);
}

/** Writes a streamed format's text for one violation (one chunk, or pieces of a huge one). */
function writeChunks(out: Output, chunks: string | Uint8Array | readonly (string | Uint8Array)[]): void {
  if (typeof chunks === 'string' || chunks instanceof Uint8Array) void out.write(chunks);
  else for (const c of chunks) void out.write(c);
}

/** Inputs smaller than this together finish too fast for a progress bar to help. */
export const PROGRESS_MIN_BYTES = 1024 * 1024;

/**
 * Whether the run may draw a progress bar on stderr: only on a terminal (stderr a TTY, `TERM`
 * not `dumb`), never in CI (`CI` set to anything but empty, `0` or `false`), and never when the
 * report itself is piped (stdout not a TTY and no `--output` file), so a bar can never mix into
 * output another program reads.
 *
 * @example progressAllowed({ stderrIsTTY: true, stdoutIsTTY: true, env: {} } as Io, undefined) // => true
 * @example progressAllowed({ stderrIsTTY: true, stdoutIsTTY: true, env: { CI: 'true' } } as Io, undefined) // => false
 */
export function progressAllowed(io: Pick<Io, 'stderrIsTTY' | 'stdoutIsTTY' | 'env'>, output: string | undefined): boolean {
  if (!io.stderrIsTTY || io.env.TERM === 'dumb') return false;
  const ci = io.env.CI;
  if (ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false') return false;
  return io.stdoutIsTTY || (output !== undefined && output !== '-');
}

/**
 * A progress bar over the input files' sizes, advanced as each input is read (the readers have
 * no byte hook; stdin has no size and does not count). Null when not allowed or too small.
 */
function startProgress(io: Io, output: string | undefined, files: readonly string[]): { inputDone: () => void; done: () => void } | null {
  if (!progressAllowed(io, output)) return null;
  const sizes = files.map((f) => {
    if (f === '-') return 0;
    try {
      return statSync(resolve(io.cwd, f)).size;
    } catch {
      return 0;
    }
  });
  const total = sizes.reduce((a, b) => a + b, 0);
  if (total < PROGRESS_MIN_BYTES) return null;
  const bar: Progress = createProgress(io.stderr as NodeJS.WritableStream & { columns?: number }, total, { label: 'charter-audit' });
  let index = 0;
  let read = 0;
  bar.update(0);
  return {
    inputDone() {
      read += sizes[index++] ?? 0;
      bar.update(read);
    },
    done: () => bar.done(),
  };
}

function colorWanted(opts: AuditCliOptions, io: Io): boolean {
  // commander: --color → true, --no-color → false, neither → undefined.
  if (opts.color !== undefined) return opts.color;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  // A report written to a file is read later, not on this terminal.
  return io.stdoutIsTTY && opts.output === undefined;
}

function terminalWidth(io: Io): number {
  const cols = Number(io.env.COLUMNS);
  const fromStream = (io.stdout as { columns?: number }).columns;
  const w = Number.isInteger(cols) && cols > 0 ? cols : fromStream ?? 100;
  return Math.max(60, Math.min(w, 160));
}

function refuseToOverwriteInput(output: string, files: readonly string[], cwd: string): void {
  const target = resolve(cwd, output);
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return p;
    }
  };
  const t = existsSync(target) ? real(target) : join(real(dirname(target)), basename(target));
  for (const f of files) {
    if (f !== '-' && real(resolve(cwd, f)) === t) {
      throw new UsageError(`--output ${output} is one of the inputs; refusing to overwrite it`);
    }
  }
}
