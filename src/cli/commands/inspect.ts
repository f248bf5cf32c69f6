/**
 * `charter-audit inspect FILE`: how the reader understands an export — the detected encoding,
 * delimiter and kind, how each header cell was mapped (and which were ignored), the row count,
 * the rejected rows and three sample records. What a user runs when a file is not read the way
 * they expect. Exit 0 when the file could be read, 2 (one line on stderr) when it could not.
 */
import type { Command } from 'commander';
import { formatInstant } from '../../calendar/kst.js';
import { openInputs } from '../../ingest/inputs.js';
import { findConfig } from '../../api/setup.js';
import type { OpenedInput } from '../../model/input.js';
import { type AnyRecord, COLUMNS, KINDS, type Kind } from '../../model/records.js';
import type { Rejection, Warning } from '../../model/result.js';
import { rejectionReason, warningMessage } from '../../report/i18n.js';
import { type InspectReport, formatInspect } from '../inspect/format.js';
import { langOption } from '../lang.js';
import { inLang } from '../../messages/help.js';
import { INSPECT_HELP } from '../../messages/help-commands.js';

export { type InspectReport, formatInspect } from '../inspect/format.js';
import { usageError } from '../../messages/errors.js';
import { EXIT_OK } from '../exit-codes.js';
import type { Io } from '../io.js';
import { type RunState, wrap } from '../action.js';

/** Sample records shown. */
export const SAMPLE_ROWS = 3;
/** Rejections and warnings listed (all are counted). */
export const LISTED = 5;

interface InspectOptions {
  kind?: string;
  encoding?: string;
  headerLine?: string;
  json?: boolean;
  config?: string;
  sheet?: string;
}

/**
 * A record with its instants as ISO 8601 KST text (fields named `…At`).
 *
 * @example sampleOf(readText('청구번호,청구일시\nP-1,2025-03-04 09:00\n', 'p.csv').records[0]!).claimedAt
 * // => '2025-03-04T09:00:00+09:00'
 */
export function sampleOf(record: AnyRecord): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = {};
  for (const [key, value] of Object.entries(record) as [string, string | number | boolean | null][]) {
    if (Array.isArray(value)) out[key] = value.join(', ');
    else out[key] = typeof value === 'number' && key.endsWith('At') ? formatInstant(value) : value;
  }
  return out;
}

/** `--header-line N`: a line number ≥ 1. */
function lineNumber(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw usageError('USAGE_NOT_WHOLE', { option: '--header-line', value: text, min: 1, what: 'line' });
  return n;
}

/** Reads the whole input and gathers the report. */
export async function inspectInput(input: OpenedInput, allColumns: readonly string[]): Promise<InspectReport> {
  const samples: InspectReport['samples'] = [];
  const rejections: Rejection[] = [];
  const warningList: Warning[] = [];
  let records = 0;
  let rejected = 0;
  let summary = 0;
  let warnings = 0;
  const rows = await input.pump({
    record(r) {
      records++;
      if (samples.length < SAMPLE_ROWS) samples.push(sampleOf(r));
    },
    reject(r) {
      rejected++;
      if (rejections.length < LISTED) rejections.push(r);
    },
    warn(w) {
      warnings++;
      if (warningList.length < LISTED) warningList.push(w);
    },
    summary() {
      summary++;
    },
  });
  return {
    file: input.file,
    kind: input.kind,
    encoding: input.encoding,
    delimiter: input.delimiter,
    headerLine: input.headerLine,
    skipped: [...(input.skipped ?? [])],
    columns: [...input.mapping],
    missing: allColumns.filter((c) => !input.columns.has(c as never)),
    rows,
    records,
    rejected,
    summary,
    rejections,
    warnings,
    warningList,
    samples,
  };
}

/**
 * The report as `--json` prints it: each rejection and warning with its words in both languages
 * (`reason`/`reasonKo`, `message`/`messageKo`, as before) beside its code and data.
 */
export function inspectJson(r: InspectReport): unknown {
  return {
    ...r,
    rejections: r.rejections.map((j) => ({
      file: j.file,
      line: j.line,
      code: j.code,
      reason: rejectionReason(j, 'en'),
      reasonKo: rejectionReason(j, 'ko'),
      column: j.column,
      value: j.value,
      data: j.data,
    })),
    warningList: r.warningList.map((w) => ({
      file: w.file,
      line: w.line,
      code: w.code,
      message: warningMessage(w, 'en'),
      messageKo: warningMessage(w, 'ko'),
      data: w.data,
    })),
  };
}

export function registerInspect(program: Command, io: Io, state: RunState): void {
  const h = inLang(INSPECT_HELP, state.lang);
  program
    .command('inspect')
    .description(h.description)
    .argument('<file>', h.arguments.file)
    .option('--kind <kind>', h.options.kind)
    .option('--encoding <enc>', h.options.encoding)
    .option('--sheet <name|n>', h.options.sheet)
    .option('--header-line <n>', h.options.headerLine)
    .option('--json', h.options.json)
    .addOption(langOption(h.options.lang))
    .option('-c, --config <file>', h.options.config)
    .addHelpText('after', h.examples)
    .action(
      wrap(io, state, async (file: string, opts: InspectOptions) => {
        if (opts.kind !== undefined && !(KINDS as readonly string[]).includes(opts.kind)) {
          throw usageError('USAGE_UNKNOWN_KIND', { command: 'inspect', value: opts.kind, kinds: KINDS });
        }
        const config = await findConfig(opts.config, io.cwd);
        const options = {
          ...(config.columns ? { columns: config.columns } : {}),
          ...(config.values ? { values: config.values } : {}),
          ...(opts.kind !== undefined ? { kind: opts.kind as Kind } : {}),
          ...(opts.encoding !== undefined ? { encoding: opts.encoding } : {}),
          ...(opts.headerLine !== undefined ? { headerLine: lineNumber(opts.headerLine) } : {}),
        };
        // A workbook holds one export per audited sheet: each is inspected in turn.
        const inputs = await openInputs(
          file,
          { ...options, ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}) },
          io.stdin,
          io.cwd,
        );
        const reports: InspectReport[] = [];
        for (const input of inputs) reports.push(await inspectInput(input, COLUMNS[input.kind]));
        const asJson = reports.map(inspectJson);
        const json = asJson.length === 1 ? asJson[0] : asJson;
        io.stdout.write(
          opts.json ? `${JSON.stringify(json, null, 2)}\n` : reports.map((r) => formatInspect(r, state.lang)).join('\n'),
        );
        return EXIT_OK;
      }),
    );
}
