/** The audit command's flags turned into the library's options and the report's choices. */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, resolve } from 'node:path';
import type { AuditOptions } from '../../api/types.js';
import { CONFIG_FILE_NAME } from '../../config/normalize.js';
import type { Kind } from '../../model/records.js';
import type { AuditResult, GroupBy } from '../../model/result.js';
import type { Lang } from '../../model/rule.js';
import { FORMAT_NAMES, OUTPUT_EXTENSIONS, defaultLang, formatByName, formatFromExtension } from '../../report/index.js';
import { usageError } from '../../messages/errors.js';
import { EXIT_OK, EXIT_VIOLATIONS } from '../exit-codes.js';
import type { ReadFile } from '../guards.js';
import type { Io } from '../io.js';
import { isSpecialFile } from '../output.js';
import { noticeText } from './summary.js';

export const FAIL_ON = ['none', 'warning', 'error'] as const;
/** The reports that show what-if alternatives beside the result. */
export const WHAT_IF_FORMATS: readonly string[] = ['table', 'json', 'md', 'html'];
export const GROUP_BY = ['month', 'quarter', 'department'] as const;

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
  dueWithin?: string;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw usageError('USAGE_NOT_ONE_OF', { option: what, value, allowed });
}

/** The exit code for a result: violations at or above `--fail-on` → 1. */
export function exitCodeFor(result: AuditResult, failOn: (typeof FAIL_ON)[number]): number {
  if (failOn === 'none') return EXIT_OK;
  const failing = result.rules.some((r) => r.violations > 0 && (failOn === 'warning' || r.severity === 'error'));
  return failing ? EXIT_VIOLATIONS : EXIT_OK;
}

export type FormatEntry = NonNullable<ReturnType<typeof formatByName>>;

/** The flags that are not the library's: how the report is written and what exits non-zero. */
export interface ReportChoice {
  entry: FormatEntry;
  failOn: (typeof FAIL_ON)[number];
  lang: Lang;
  limit: number | null;
}

export function reportChoice(opts: AuditCliOptions, io: Io): ReportChoice {
  let format: string | undefined = opts.format;
  if (!format && opts.output) {
    // A device or a FIFO (`-o /dev/null`, `-o /dev/full`, a named pipe) has no extension to
    // tell: it gets what a pipe gets, as the shell's `>` would.
    format = formatFromExtension(opts.output) ?? (isSpecialFile(resolve(io.cwd, opts.output)) ? 'json' : undefined);
    if (!format) {
      throw usageError('USAGE_FORMAT_FROM_NAME', { name: basename(opts.output), extensions: OUTPUT_EXTENSIONS });
    }
  }
  format ??= io.stdoutIsTTY ? 'table' : 'json';
  const failOn = oneOf(opts.failOn, FAIL_ON, '--fail-on');
  const lang: Lang = (opts.lang as Lang | undefined) ?? defaultLang(io.env);
  let limit: number | null = 20;
  if (opts.all) limit = null;
  else if (opts.limit !== undefined) {
    limit = Number(opts.limit);
    if (!Number.isInteger(limit) || limit < 0)
      throw usageError('USAGE_NOT_WHOLE', { option: '--limit', value: opts.limit, min: 0, what: 'count' });
  }
  const entry = formatByName(format);
  if (entry === null) throw usageError('USAGE_NOT_ONE_OF', { option: '--format', value: format, allowed: FORMAT_NAMES });
  if (entry.binary && !opts.output && io.stdoutIsTTY) {
    throw usageError('USAGE_BINARY_TO_TERMINAL', { format: entry.name, extension: entry.extensions[0] ?? '' });
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
export function auditOptions(opts: AuditCliOptions, io: Io, lang: Lang): AuditOptions {
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
    ...(opts.dueWithin === undefined ? {} : { dueWithin: opts.dueWithin }),
    stdin: io.stdin,
    onNotice: (n) => void io.stderr.write(`charter-audit: ${noticeText(n, lang)}\n`),
  };
}

/**
 * `--jobs N`: a whole number ≥ 1, or `auto`: one worker per core this process may use
 * (`os.availableParallelism()`, as ESLint's `--concurrency auto`).
 */
function jobsOption(text: string): number {
  if (text.trim().toLowerCase() === 'auto') return availableParallelism();
  const n = Number(text);
  if (text.trim() === '' || !Number.isInteger(n) || n < 1)
    throw usageError('USAGE_NOT_WHOLE', { option: '--jobs', value: text, min: 1, what: 'workers' });
  return n;
}

/** `--header-line N`: a line number ≥ 1. */
function headerLineOption(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw usageError('USAGE_NOT_WHOLE', { option: '--header-line', value: text, min: 1, what: 'line' });
  return n;
}

export function colorWanted(opts: AuditCliOptions, io: Io): boolean {
  // commander: --color → true, --no-color → false, neither → undefined.
  if (opts.color !== undefined) return opts.color;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  // A report written to a file is read later, not on this terminal.
  return io.stdoutIsTTY && opts.output === undefined;
}

export function terminalWidth(io: Io): number {
  const cols = Number(io.env.COLUMNS);
  const fromStream = (io.stdout as { columns?: number }).columns;
  const w = Number.isInteger(cols) && cols > 0 ? cols : (fromStream ?? 100);
  return Math.max(60, Math.min(w, 160));
}

/** Every file the run reads: the exports, the config file (given or found) and the holidays file. */
export function filesRead(
  files: readonly string[],
  opts: AuditCliOptions,
  configHolidays: string | null,
  cwd: string,
): ReadFile[] {
  const reads: ReadFile[] = files.filter((f) => f !== '-').map((path) => ({ path, role: 'input' }));
  const config = opts.config ?? (existsSync(resolve(cwd, CONFIG_FILE_NAME)) ? CONFIG_FILE_NAME : undefined);
  if (config !== undefined) reads.push({ path: config, role: 'config' });
  if (opts.holidays !== undefined) reads.push({ path: opts.holidays, role: 'holidays' });
  if (configHolidays) reads.push({ path: configHolidays, role: 'config-holidays' });
  for (const w of opts.whatIf ?? []) if (!w.startsWith('reading:')) reads.push({ path: w, role: 'what-if' });
  return reads;
}
