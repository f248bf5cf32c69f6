import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { prepareAudit } from '../../api/audit.js';
import { explain } from '../../api/explain.js';
import { KINDS } from '../../model/records.js';
import type { AuditResult, Violation } from '../../model/result.js';
import { FORMAT_NAMES, renderReport, type FormatOptions } from '../../report/index.js';
import { explainJsonDocument, explainNdjsonLines } from '../../report/explain-json.js';
import { RULES } from '../../rules/index.js';
import { inLang } from '../../messages/help.js';
import { AUDIT_HELP } from '../../messages/help-audit.js';
import { langOption } from '../lang.js';
import { usageError } from '../../messages/errors.js';
import { renderMessage } from '../../messages/catalog.js';
import { EXIT_ERROR, EXIT_OK } from '../exit-codes.js';
import type { Io } from '../io.js';
import { wrap, type RunState } from '../action.js';
import { OutputClosedError, batched, openOutput, refuseBadOutput, type Output } from '../output.js';
import { refuseDuplicateInputs, refuseOutputOverInputs } from '../guards.js';
import {
  type AuditCliOptions,
  FAIL_ON,
  GROUP_BY,
  WHAT_IF_FORMATS,
  auditOptions,
  colorWanted,
  csvBom,
  exitCodeFor,
  filesRead,
  reportChoice,
  terminalWidth,
} from '../audit/options.js';
import { startProgress } from '../audit/progress.js';
import { isRegularFile, writeSummary, wroteLine } from '../audit/summary.js';

export { type AuditCliOptions, csvBom, exitCodeFor } from '../audit/options.js';
export { PROGRESS_MIN_BYTES, progressAllowed, startProgress } from '../audit/progress.js';

const RULE_METAS = new Map(RULES.map((r) => [r.meta.id, r.meta] as const));

export function registerAudit(program: Command, io: Io, state: RunState): void {
  const h = inLang(AUDIT_HELP, state.lang);
  program
    .command('audit')
    .description(h.description)
    .argument('<files...>', h.arguments.files)
    .addOption(new Option('-f, --format <format>', h.options.format).choices(FORMAT_NAMES))
    .option('-o, --output <file>', h.options.output)
    .addOption(new Option('--kind <kind>', h.options.kind).choices(KINDS))
    .option('--sheet <name|n>', h.options.sheet)
    .option('--encoding <encoding>', h.options.encoding)
    .option('--header-line <n>', h.options.headerLine)
    .option('-c, --config <file>', h.options.config)
    .option('--holidays <file>', h.options.holidays)
    .option('--as-of <time>', h.options.asOf)
    .option('--from <date>', h.options.from)
    .option('--to <date>', h.options.to)
    .option('-q, --quarter <YYYYQn>', h.options.quarter)
    .addOption(new Option('--group-by <group>', h.options.groupBy).choices(GROUP_BY))
    .addOption(new Option('--fail-on <level>', h.options.failOn).choices(FAIL_ON).default('warning'))
    .addOption(langOption(h.options.lang))
    .option('--limit <n>', h.options.limit)
    // Contradictory: a usage error (exit 2), not a silent choice of one.
    .addOption(new Option('--all', h.options.all).conflicts('limit'))
    .option('--color', h.options.color)
    .option('--no-color', h.options.noColor)
    .option('--bom', h.options.bom)
    .option('--no-bom', h.options.noBom)
    .option('--explain <recordId>', h.options.explain)
    .option('--strict', h.options.strict)
    .option('--quiet', h.options.quiet)
    .option('--what-if <file>', h.options.whatIf, (value: string, previous: string[] | undefined) => [...(previous ?? []), value])
    .option('-j, --jobs <n>', h.options.jobs)
    .option('--sensitivity', h.options.sensitivity)
    .option('--due-within <time>', h.options.dueWithin)
    .action(wrap(io, state, (files: string[], opts: AuditCliOptions) => runAudit(files, opts, io)));
}

/** The formats `--explain` is written in: words (table), or data (json, ndjson). */
const EXPLAIN_FORMATS: readonly string[] = ['table', 'json', 'ndjson'];

/** flags → options → audit → format → write → exit code. */
async function runAudit(files: string[], opts: AuditCliOptions, io: Io): Promise<number> {
  if (files.filter((f) => f === '-').length > 1) throw usageError('USAGE_STDIN_TWICE', {});
  refuseBadOutput(opts.output, io.cwd);
  const { entry, failOn, lang, limit } = reportChoice(opts, io);
  await refuseDuplicateInputs(files, io.cwd);
  if ((opts.whatIf?.length || opts.sensitivity) && !WHAT_IF_FORMATS.includes(entry.name)) {
    throw usageError('USAGE_WHAT_IF_FORMAT', { format: entry.name, formats: WHAT_IF_FORMATS });
  }
  // --explain is words or data; a workbook, page or CSV of words would be neither (README: --explain).
  if (opts.explain !== undefined && !EXPLAIN_FORMATS.includes(entry.name)) {
    throw usageError('USAGE_EXPLAIN_FORMAT', { format: entry.name, formats: EXPLAIN_FORMATS });
  }
  const prepared = await prepareAudit(files, auditOptions(opts, io, lang));
  if (opts.output !== undefined)
    refuseOutputOverInputs(opts.output, filesRead(files, opts, prepared.setup.config.holidays, io.cwd), io.cwd);
  const { calendar } = prepared.setup;
  if (opts.sheet !== undefined && !prepared.inputs.some((i) => i.encoding === 'xlsx')) {
    // Not an error: the same command line may be run over exports and workbooks alike.
    const data = { option: '--sheet', value: opts.sheet, applies: 'workbooks' } as const;
    io.stderr.write(`charter-audit: ${renderMessage({ code: 'CLI_OPTION_UNUSED', data }, lang)}\n`);
  }

  const formatOptions: FormatOptions = {
    lang,
    color: entry.name === 'table' && colorWanted(opts, io),
    limit,
    width: terminalWidth(io),
    bom: csvBom(opts),
    rules: RULE_METAS,
  };
  const stream = 'stream' in entry && !opts.explain ? entry.stream.bind(entry) : null;
  // A streamed format writes a line per violation: gathered, they reach the output once per chunk read.
  const opened: Output = await openOutput(io, opts.output);
  const out: Output = stream === null ? opened : batched(opened);
  const progress = startProgress(io, opts.output, files);
  let result: AuditResult;
  try {
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
        throw usageError('USAGE_NOTHING_TO_EXPLAIN', { id: opts.explain });
      }
      // Asked for JSON or NDJSON (--format, or -o's extension), the explanation comes as data
      // (README: --explain); else in words, also to a pipe, where the report's default is JSON.
      const asData = opts.format !== undefined || opts.output !== undefined;
      if (asData && entry.name === 'json') await out.write(explainJsonDocument(opts.explain, mine, calendar, lang));
      else if (asData && entry.name === 'ndjson') await out.write(explainNdjsonLines(mine, calendar, lang));
      else await out.write(mine.map((v) => explain(v, { calendar, lang })).join('\n'));
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
    io.stderr.write(`charter-audit: ${wroteLine(result, opts.output, entry.name, lang)}\n`);
  }
  const rows = result.inputs.reduce((n, i) => n + i.rows, 0);
  if (rows > 0 && result.rejected.length === rows) return EXIT_ERROR;
  if (opts.strict && result.rejected.length > 0) return EXIT_ERROR;
  return exitCodeFor(result, failOn);
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
