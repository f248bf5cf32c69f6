/**
 * `charter-audit inspect FILE`: how the reader understands an export — the detected encoding,
 * delimiter and kind, how each header cell was mapped (and which were ignored), the row count,
 * the rejected rows and three sample records. What a user runs when a file is not read the way
 * they expect. Exit 0 when the file could be read, 2 (one line on stderr) when it could not.
 */
import { displayWidth } from '../../report/box.js';
import { showControl } from '../../report/sanitize.js';
import type { Command } from 'commander';
import { formatInstant } from '../../calendar/kst.js';
import { delimiterName } from '../../ingest/index.js';
import { openInputs } from '../../ingest/inputs.js';
import { placeOf } from '../../model/place.js';
import { findConfig } from '../../api/setup.js';
import type { ColumnMapping, OpenedInput } from '../../model/input.js';
import { type AnyRecord, COLUMNS, KINDS, type Kind } from '../../model/records.js';
import type { Rejection, Warning } from '../../model/result.js';
import type { Lang } from '../../model/rule.js';
import { rejectionReason, warningMessage } from '../../report/i18n.js';
import { EXIT_OK, UsageError } from '../exit-codes.js';
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

/** What `inspect` found, as `--json` prints it. */
export interface InspectReport {
  file: string;
  kind: Kind;
  encoding: string;
  delimiter: string;
  headerLine: number;
  /** Title lines skipped above the header. */
  skipped: string[];
  columns: ColumnMapping[];
  /** Canonical columns of the kind the file lacks. */
  missing: string[];
  rows: number;
  records: number;
  rejected: number;
  /** Total and subtotal rows (합계, 소계 …). */
  summary: number;
  rejections: Rejection[];
  warnings: number;
  warningList: Warning[];
  samples: Record<string, string | number | boolean | null>[];
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
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--header-line must be a line number (1, 2, …), not "${text}"`);
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

/** Input text as the terminal shows it: control characters made visible (report/sanitize.ts). */
const clean = showControl;
const width = displayWidth;

function pad(s: string, to: number): string {
  return s + ' '.repeat(Math.max(0, to - width(s)));
}

/** The report as text for a terminal. */
export function formatInspect(r: InspectReport, lang: Lang = 'en'): string {
  const lines: string[] = [];
  lines.push(`file:       ${clean(r.file)}`);
  lines.push(`encoding:   ${r.encoding}`);
  if (r.delimiter !== '') lines.push(`delimiter:  ${delimiterName(r.delimiter)}`);
  lines.push(`kind:       ${r.kind}`);
  lines.push(`header:     ${r.delimiter === '' ? 'row' : 'line'} ${r.headerLine}, ${r.columns.length} columns`);
  for (const t of r.skipped) lines.push(`  skipped title line: ${clean(t)}`);
  const headers = r.columns.map((c) => clean(c.header === '' ? '(empty)' : c.header));
  const col = Math.max(...headers.map(width), 6);
  for (const [i, m] of r.columns.entries()) {
    const target = m.column === null ? '(ignored)' : `→ ${m.column} (${m.via})`;
    lines.push(`  ${String(m.index + 1).padStart(3)}  ${pad(headers[i]!, col)}  ${target}`);
  }
  if (r.missing.length > 0) lines.push(`not in the file: ${r.missing.join(', ')}`);
  lines.push(
    `rows:       ${r.rows} (${r.records} read, ${r.rejected} rejected${r.summary > 0 ? `, ${r.summary} total rows` : ''})`,
  );
  if (r.rejected > 0) {
    lines.push(`rejected${r.rejected > r.rejections.length ? ` (first ${r.rejections.length})` : ''}:`);
    for (const j of r.rejections)
      lines.push(`  ${clean(placeOf(j.file, j.line))}: ${j.code}: ${clean(rejectionReason(j, lang))}`);
  }
  if (r.warnings > 0) {
    lines.push(`warnings:   ${r.warnings}${r.warnings > r.warningList.length ? ` (first ${r.warningList.length})` : ''}`);
    for (const w of r.warningList)
      lines.push(`  ${clean(placeOf(w.file, w.line))}: ${w.code}: ${clean(warningMessage(w, lang))}`);
  }
  if (r.samples.length > 0) {
    lines.push(`sample rows:`);
    for (const s of r.samples) {
      lines.push(`  ${r.delimiter === '' ? 'row' : 'line'} ${s.line}:`);
      for (const [key, value] of Object.entries(s)) {
        if (key === 'file' || key === 'line' || key === 'kind') continue;
        lines.push(`    ${key.padEnd(22)} ${value === null ? '—' : clean(typeof value === 'string' ? value : String(value))}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

export function registerInspect(program: Command, io: Io, state: RunState): void {
  program
    .command('inspect')
    .description('Show how an export is read: encoding, delimiter, kind, column mapping, row count and sample rows.')
    .argument('<file>', 'CSV export or .xlsx workbook (- for stdin)')
    .option('--kind <kind>', `force the kind (${KINDS.join(' | ')})`)
    .option('--encoding <enc>', 'force the encoding (utf-8 | cp949 | euc-kr | utf-16le)')
    .option('--sheet <name|n>', 'in an .xlsx workbook, only this sheet (its name or 1-based position)')
    .option('--header-line <n>', 'the 1-based line of the header (default: found in the first 20 lines)')
    .option('--json', 'print the findings as JSON (an array for a workbook of several audited sheets)')
    .option(
      '-c, --config <file>',
      'config file whose "columns" map renames headers (default: ./charter-audit.config.json when present)',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  charter-audit inspect 대금지급.csv\n  charter-audit inspect calls.csv --encoding cp949 --json\n',
    )
    .action(
      wrap(io, state, async (file: string, opts: InspectOptions) => {
        if (opts.kind !== undefined && !(KINDS as readonly string[]).includes(opts.kind)) {
          throw new UsageError(`inspect: unknown --kind "${opts.kind}": use one of ${KINDS.join(', ')}`);
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
        io.stdout.write(opts.json ? `${JSON.stringify(json, null, 2)}\n` : reports.map((r) => formatInspect(r)).join('\n'));
        return EXIT_OK;
      }),
    );
}
