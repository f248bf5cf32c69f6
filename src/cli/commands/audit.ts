import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { prepareAudit } from '../../api/audit.js';
import { explain } from '../../api/explain.js';
import type { AuditOptions, Notice } from '../../api/types.js';
import { formatInstant } from '../../calendar/kst.js';
import { KINDS, type Kind } from '../../model/records.js';
import type { AuditResult, GroupBy, Violation } from '../../model/result.js';
import type { Lang } from '../../model/rule.js';
import { EXIT_ERROR, EXIT_OK, EXIT_VIOLATIONS, UsageError } from '../exit-codes.js';
import type { Io } from '../io.js';
import { wrap, type RunState } from '../action.js';
import { OutputClosedError, openOutput, outputProblem, type Output } from '../output.js';
import { type ReadFile, refuseDuplicateInputs, refuseOutputOverInputs } from '../guards.js';
import { CONFIG_FILE_NAME } from '../../config/normalize.js';
import {
  FORMAT_NAMES,
  OUTPUT_EXTENSIONS,
  createProgress,
  defaultLang,
  formatByName,
  formatFromExtension,
  renderReport,
  type FormatOptions,
  type Progress,
  type ProgressOptions,
} from '../../report/index.js';
import { inLang, labels, rejectionReason, warningMessage } from '../../report/i18n.js';
import { messageLine } from '../../report/sanitize.js';
import { RULES } from '../../rules/index.js';
import { placeOf } from '../../model/place.js';

const RULE_METAS = new Map(RULES.map((r) => [r.meta.id, r.meta] as const));

const FAIL_ON = ['none', 'warning', 'error'] as const;
/** The reports that show what-if alternatives beside the result. */
const WHAT_IF_FORMATS: readonly string[] = ['table', 'json', 'md', 'html'];
const GROUP_BY = ['month', 'quarter', 'department'] as const;

export interface AuditCliOptions {
  format?: string;
  output?: string;
  kind?: string;
  encoding?: string;
  headerLine?: string;
  jobs?: string;
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
  quiet?: boolean;
  sheet?: string;
  whatIf?: string[];
  sensitivity?: boolean;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${what} "${value}" is not one of: ${allowed.join(', ')}`);
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
    .description('audit charter deadlines in CSV exports and Excel workbooks of complaints, payments, contracts and calls')
    .argument('<files...>', 'CSV exports or .xlsx workbooks (- for stdin); the kind is detected from the header')
    .addOption(
      new Option('-f, --format <format>', 'report format (default: table on a terminal, else json)').choices(FORMAT_NAMES),
    )
    .option('-o, --output <file>', 'write the report to a file (format from its extension), atomically')
    .addOption(new Option('--kind <kind>', 'treat every input as this kind').choices(KINDS))
    .option('--sheet <name|n>', 'in .xlsx inputs, audit only this sheet (its name or 1-based position)')
    .option(
      '--encoding <encoding>',
      'input encoding: utf-8, cp949 (ms949, uhc), euc-kr (ks_c_5601-1987), utf-16le/be (default: detected)',
    )
    .option(
      '--header-line <n>',
      'the 1-based line of the header, when title lines above it are not recognised (default: found in the first 20 lines)',
    )
    .option('-c, --config <file>', 'config file (default: ./charter-audit.config.json when present)')
    .option('--holidays <file>', 'extra or removed holidays (CSV "date,name[,action]" or JSON)')
    .option('--as-of <time>', 'judge open records at this time (default: now)')
    .option('--from <date>', 'first day of the audited period (KST, inclusive)')
    .option('--to <date>', 'last day of the audited period (KST, inclusive)')
    .option('-q, --quarter <YYYYQn>', 'audit one quarter (and compare with the one before), e.g. 2025Q2')
    .addOption(new Option('--group-by <group>', 'add a breakdown by month, quarter or department').choices(GROUP_BY))
    .addOption(
      new Option('--fail-on <level>', 'exit 1 on violations at or above this severity').choices(FAIL_ON).default('warning'),
    )
    .addOption(new Option('--lang <lang>', 'report language (default: from LANG)').choices(['ko', 'en']))
    .option('--limit <n>', 'violations listed in the table (default 20)')
    .option('--all', 'list every violation in the table')
    .option('--color', 'force colour in the table')
    .option('--no-color', 'no colour')
    .option('--bom', 'start CSV output with a UTF-8 BOM (the default for -o x.csv, so Korean Excel reads it; stdout has none)')
    .option('--no-bom', 'no BOM in a CSV file written with -o')
    .option('--explain <recordId>', 'explain how the deadlines of this record were computed')
    .option('--strict', 'exit 2 when any row is rejected')
    .option('--quiet', 'do not say on stderr what -o wrote')
    .option(
      '--what-if <file>',
      'judge the same rows again under a partial config (JSON) or a reading (reading:NAME), and list the verdicts it flips; repeat for several',
      (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
    )
    .option('-j, --jobs <n>', 'text files read at once, one worker thread each (default 1: one at a time)')
    .option('--sensitivity', 'run every built-in reading of the charter and list, per rule, the verdicts that depend on one')
    .action(wrap(io, state, (files: string[], opts: AuditCliOptions) => runAudit(files, opts, io)));
}

type FormatEntry = NonNullable<ReturnType<typeof formatByName>>;

/** The flags that are not the library's: how the report is written and what exits non-zero. */
interface ReportChoice {
  entry: FormatEntry;
  failOn: (typeof FAIL_ON)[number];
  lang: Lang;
  limit: number | null;
}

function reportChoice(opts: AuditCliOptions, io: Io): ReportChoice {
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
  let limit: number | null = 20;
  if (opts.all) limit = null;
  else if (opts.limit !== undefined) {
    limit = Number(opts.limit);
    if (!Number.isInteger(limit) || limit < 0) throw new UsageError(`--limit "${opts.limit}" is not a whole number ≥ 0`);
  }
  const entry = formatByName(format);
  if (entry === null) throw new UsageError(`--format "${format}" is not one of: ${FORMAT_NAMES.join(', ')}`);
  if (entry.binary && !opts.output && io.stdoutIsTTY) {
    throw new UsageError(
      `--format ${entry.name} writes a binary file, not text for a terminal: use -o report${entry.extensions[0] ?? ''} or redirect stdout`,
    );
  }
  return { entry, failOn, lang, limit };
}

/**
 * Whether a CSV report starts with a UTF-8 BOM: `--bom`/`--no-bom` when given, else yes for a
 * file (`-o x.csv`: Korean Excel reads a CSV without a BOM as CP949 and garbles it) and no on
 * stdout (a pipe's reader does not expect one).
 *
 * @example csvBom({ output: 'x.csv' } as AuditCliOptions) // => true
 * @example csvBom({} as AuditCliOptions) // => false
 */
export function csvBom(opts: Pick<AuditCliOptions, 'bom' | 'output'>): boolean {
  return opts.bom ?? opts.output !== undefined;
}

/** The library's options from the flags. */
function auditOptions(opts: AuditCliOptions, io: Io, lang: Lang): AuditOptions {
  return {
    config: opts.config,
    holidays: opts.holidays,
    cwd: io.cwd,
    asOf: opts.asOf || undefined,
    now: () => io.now(),
    from: opts.from || undefined,
    to: opts.to || undefined,
    quarter: opts.quarter || undefined,
    groupBy: (opts.groupBy as GroupBy | undefined) ?? null,
    kind: opts.kind as Kind | undefined,
    encoding: opts.encoding,
    ...(opts.headerLine === undefined ? {} : { headerLine: headerLineOption(opts.headerLine) }),
    sheet: opts.sheet,
    ...(opts.jobs === undefined ? {} : { jobs: jobsOption(opts.jobs) }),
    whatIf: opts.whatIf ?? [],
    sensitivity: Boolean(opts.sensitivity),
    stdin: io.stdin,
    onNotice: (n) => void io.stderr.write(`charter-audit: ${noticeText(n, lang)}\n`),
  };
}

/** `--jobs N`: a whole number ≥ 1. */
function jobsOption(text: string): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isInteger(n) || n < 1)
    throw new UsageError(`--jobs must be a whole number ≥ 1, not "${text}"`);
  return n;
}

/** `--header-line N`: a line number ≥ 1. */
function headerLineOption(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--header-line must be a line number (1, 2, …), not "${text}"`);
  return n;
}

function noticeText(n: Notice, lang: Lang): string {
  const now = formatInstant(n.asOf);
  return inLang(
    `warning: today (${now}) is past the holiday data (${n.lastYear}); open records cannot be judged: pass --as-of or --holidays`,
    `경고: 오늘(${now})은 공휴일 자료(${n.lastYear}년까지) 밖입니다. 미처리 건은 판단할 수 없으니 --as-of 또는 --holidays를 지정하세요`,
    lang,
  );
}

/** flags → options → audit → format → write → exit code. */
async function runAudit(files: string[], opts: AuditCliOptions, io: Io): Promise<number> {
  if (files.filter((f) => f === '-').length > 1) throw new UsageError('stdin (-) can be read only once');
  if (opts.output !== undefined) {
    const problem = outputProblem(opts.output, io.cwd);
    if (problem !== null) throw new UsageError(`--output ${opts.output === '' ? '""' : opts.output} ${problem}`);
  }
  const { entry, failOn, lang, limit } = reportChoice(opts, io);
  await refuseDuplicateInputs(files, io.cwd);
  if ((opts.whatIf?.length || opts.sensitivity) && !WHAT_IF_FORMATS.includes(entry.name)) {
    throw new UsageError(
      `--what-if and --sensitivity are shown in the ${WHAT_IF_FORMATS.join(', ')} reports, not in ${entry.name}`,
    );
  }
  const prepared = await prepareAudit(files, auditOptions(opts, io, lang));
  if (opts.output !== undefined)
    refuseOutputOverInputs(opts.output, filesRead(files, opts, prepared.setup.config.holidays, io.cwd), io.cwd);
  const { calendar } = prepared.setup;

  const formatOptions: FormatOptions = {
    lang,
    color: entry.name === 'table' && colorWanted(opts, io),
    limit,
    width: terminalWidth(io),
    bom: csvBom(opts),
    rules: RULE_METAS,
  };
  const out: Output = await openOutput(io, opts.output);
  const progress = startProgress(io, opts.output, files);
  let result: AuditResult;
  try {
    const stream = 'stream' in entry && !opts.explain ? entry.stream.bind(entry) : null;
    result = await prepared.run({
      keepViolations: stream === null,
      onViolation: stream === null ? undefined : (v: Violation) => writeChunks(out, stream(v, formatOptions)),
      onInputDone: progress?.inputDone,
      onBytesRead: progress?.bytesRead,
      explainRecord: opts.explain,
    });
    progress?.done();
    if (opts.explain) {
      // Violations, passes and pending outcomes of the record, by line then rule.
      const mine = [...result.violations.filter((v) => v.recordId === opts.explain), ...(result.explained ?? [])].sort(
        (a, b) =>
          a.line - b.line || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
      );
      if (mine.length === 0) {
        await out.abort();
        throw new UsageError(labels(lang).explain.nothingFor(opts.explain));
      }
      await out.write(mine.map((v) => explain(v, { calendar, lang })).join('\n'));
    } else if (stream === null) {
      for await (const chunk of renderReport(entry, result, formatOptions)) await out.write(chunk);
    } else if ('stream' in entry && entry.end) {
      for (const chunk of entry.end(result, formatOptions)) await out.write(chunk);
    }
    await out.close();
  } catch (err) {
    progress?.done();
    if (err instanceof OutputClosedError) return EXIT_OK;
    await out.abort();
    throw err;
  }
  writeSummary(io, result, 'stream' in entry, lang);
  if (opts.output !== undefined && !opts.quiet && !opts.explain && isRegularFile(resolve(io.cwd, opts.output))) {
    const evaluated = result.inputs.reduce((n, i) => n + i.evaluated, 0);
    const violations = result.rules.reduce((n, r) => n + r.violations, 0);
    const said = labels(lang).stderr.wrote(opts.output, entry.name, evaluated, violations, result.rejected.length);
    io.stderr.write(`charter-audit: ${said}\n`);
  }
  const rows = result.inputs.reduce((n, i) => n + i.rows, 0);
  if (rows > 0 && result.rejected.length === rows) return EXIT_ERROR;
  if (opts.strict && result.rejected.length > 0) return EXIT_ERROR;
  return exitCodeFor(result, failOn);
}

/** The stderr summary: rejected rows, the first warnings, and a run where nothing could be audited. */
function writeSummary(io: Io, result: AuditResult, streamed: boolean, lang: Lang): void {
  const rejected = result.rejected.length;
  const said = labels(lang).stderr;
  if (rejected > 0) {
    const first = result.rejected[0]!;
    io.stderr.write(
      `charter-audit: ${said.rowsRejected(rejected)}` +
        (streamed ? said.listWithJson : said.listedInReport) +
        `; ${said.first}: ${messageLine(`${placeOf(first.file, first.line)}: ${rejectionReason(first, lang)}`)}\n`,
    );
  }
  for (const w of result.warnings.slice(0, 5)) {
    io.stderr.write(`charter-audit: ${said.warning}: ${messageLine(`${placeOf(w.file, w.line)}: ${warningMessage(w, lang)}`)}\n`);
  }
  if (result.warnings.length > 5) io.stderr.write(`charter-audit: ${said.moreWarnings(result.warnings.length - 5)}\n`);
  for (const input of result.inputs) if (input.rows === 0) io.stderr.write(`charter-audit: ${said.noDataRows(input.file)}\n`);
  const rows = result.inputs.reduce((n, i) => n + i.rows, 0);
  if (rows > 0 && rejected === rows) {
    io.stderr.write(
      `charter-audit: ${inLang(
        `nothing could be audited: all ${rows} rows were rejected`,
        `점검할 수 있는 행이 없습니다: ${rows}행 모두 거부되었습니다`,
        lang,
      )}\n`,
    );
  }
}

/** Whether -o wrote a regular file (not /dev/null or a pipe, whose writing is not news). */
function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Writes a streamed format's text for one violation (one chunk, or pieces of a huge one).
 * Returns the last write's promise: the engine waits on it before reading on (back-pressure).
 */
function writeChunks(out: Output, chunks: string | Uint8Array | readonly (string | Uint8Array)[]): Promise<void> | undefined {
  if (typeof chunks === 'string' || chunks instanceof Uint8Array) return out.write(chunks);
  let last: Promise<void> | undefined;
  for (const c of chunks) last = out.write(c);
  return last;
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
 * A progress bar over the input files' sizes, moved by the bytes read as they are read, and set
 * to each file's full size when it is done (a workbook's bytes are not streamed the same way).
 * stdin has no size and does not count. Null when not allowed or too small.
 */
export function startProgress(
  io: Io,
  output: string | undefined,
  files: readonly string[],
  options: ProgressOptions = {},
): { inputDone: () => void; bytesRead: (n: number) => void; done: () => void } | null {
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
  const bar: Progress = createProgress(io.stderr as NodeJS.WritableStream & { columns?: number }, total, {
    label: 'charter-audit',
    ...options,
  });
  let index = 0;
  let read = 0;
  let inFile = 0;
  bar.update(0);
  return {
    bytesRead(n) {
      // Never past this file's size: the header bytes may be read twice.
      inFile = Math.min(inFile + n, sizes[index] ?? 0);
      bar.update(read + inFile);
    },
    inputDone() {
      read += sizes[index++] ?? 0;
      inFile = 0;
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
  const w = Number.isInteger(cols) && cols > 0 ? cols : (fromStream ?? 100);
  return Math.max(60, Math.min(w, 160));
}

/** Every file the run reads: the exports, the config file (given or found) and the holidays file. */
function filesRead(files: readonly string[], opts: AuditCliOptions, configHolidays: string | null, cwd: string): ReadFile[] {
  const reads: ReadFile[] = files.filter((f) => f !== '-').map((path) => ({ path, role: 'one of the inputs' }));
  const config = opts.config ?? (existsSync(resolve(cwd, CONFIG_FILE_NAME)) ? CONFIG_FILE_NAME : undefined);
  if (config !== undefined) reads.push({ path: config, role: 'the config file' });
  if (opts.holidays !== undefined) reads.push({ path: opts.holidays, role: 'the holidays file' });
  if (configHolidays) reads.push({ path: configHolidays, role: "the config's holidays file" });
  for (const w of opts.whatIf ?? []) if (!w.startsWith('reading:')) reads.push({ path: w, role: 'a what-if file' });
  return reads;
}
