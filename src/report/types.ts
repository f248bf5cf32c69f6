/**
 * The formatter contract (ESLint's model): a formatter turns an {@link AuditResult} into text
 * and nothing else — no I/O, no clock, no re-ordering of violations (the engine decides the
 * order once). Choosing the worst N for a bounded view is a presentation selection.
 *
 * Every format is a {@link ReportFormat} entry in one registry (`./formats.ts`): the CLI derives
 * `--format` choices, the `--output` extensions and its dispatch from that list. A format yields
 * its report as a sequence of chunks, so no report is ever one giant string; the CLI writes the
 * chunks with back-pressure.
 */
import type { AuditResult, Violation } from '../model/result.js';
import type { Lang, RuleMeta } from '../model/rule.js';

export interface FormatOptions {
  /** Labels, messages and rule titles in this language. */
  lang: Lang;
  /** Emit ANSI colour (terminal table only). */
  color: boolean;
  /** Show at most this many violations (the worst first); null = all, in engine order. */
  limit: number | null;
  /** Terminal columns for the table format (default 100). */
  width: number;
  /** Prefix a UTF-8 byte-order mark (CSV, for Excel). */
  bom: boolean;
  /** Rule metadata by rule id: titles, clauses and thresholds. */
  rules: ReadonlyMap<string, RuleMeta>;
}

/** One piece of a report: text (written as UTF-8) or bytes (a binary format such as xlsx). */
export type Chunk = string | Uint8Array;

/** A report as it is produced: chunks in order, synchronously or not. */
export type Chunks = Iterable<Chunk> | AsyncIterable<Chunk>;

/** A whole-report formatter returning one string (kept for the string-returning helpers). */
export type Formatter = (result: AuditResult, options: FormatOptions) => string;

interface FormatBase {
  /** The `--format` value, e.g. `csv`. */
  readonly name: string;
  /** Lower-case output-file extensions with their dot, the first the usual one, e.g. `['.md', '.markdown']`. */
  readonly extensions: readonly string[];
  /** One line for `--help`. */
  readonly description: string;
  /** Bytes, not text: never written to a terminal. */
  readonly binary?: boolean;
}

/** A format that needs the finished result (summaries come first, or the layout needs every row). */
export interface RenderFormat extends FormatBase {
  render(result: AuditResult, options: FormatOptions): Chunks;
}

/**
 * A format written while the audit runs: the text of each violation, in engine order, nothing
 * before them, and what `end` gives after them (NDJSON). Memory stays constant because violations are never kept. A huge
 * violation may come as several chunks.
 */
export interface StreamFormat extends FormatBase {
  stream(violation: Violation, options: FormatOptions): Chunk | readonly Chunk[];
  /** What follows the last violation, once the audit is done (NDJSON: the per-period measures). */
  end?(result: AuditResult, options: FormatOptions): readonly Chunk[];
}

/** A registry entry: `{ name, extensions, render | stream }`. */
export type ReportFormat = RenderFormat | StreamFormat;
