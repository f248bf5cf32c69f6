/**
 * The formatter contract (ESLint's model): a formatter turns an {@link AuditResult} into a
 * string and nothing else — no I/O, no clock, no re-ordering of violations (the engine decides
 * the order once). Choosing the worst N for a bounded view is a presentation selection.
 */
import type { AuditResult } from '../model/result.js';
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

export type Formatter = (result: AuditResult, options: FormatOptions) => string;
