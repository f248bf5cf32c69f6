/**
 * The machine contract (SPEC §4): the JSON report, `schemaVersion: 1`. Keys are written in a
 * fixed order and arrays arrive ordered from the engine, so the same input and `--as-of`
 * give byte-identical output. NDJSON is the same violation objects, one per line, then one line per
 * per-period measure (`"type": "aggregate"`), with `--group-by` one per breakdown row
 * (`"type": "group"`) and, with `--due-within`, one per watched record (`"type": "watch"`).
 */
import { whatIfJson } from './whatif.js';
import { formatDay, formatInstant } from '../calendar/kst.js';
import type { Aggregate, AuditResult, BreakdownRow, RuleSummary, Violation, WatchItem } from '../model/result.js';
import { type Lang, findingText } from '../model/rule.js';
import { notEvaluatedText, rejectionReason, warningMessage } from './i18n.js';
import type { Message, NotEvaluatedCode } from '../model/messages.js';
import { LazyList, jsonChunks } from './json-stream.js';
import type { Chunk, FormatOptions, RenderFormat, StreamFormat } from './types.js';

const iso = (t: number | null): string | null => (t === null ? null : formatInstant(t));

/** One violation as JSON (SPEC §4 field order; `severity` added, `department` null when unknown). */
export function violationJson(v: Violation, lang: Lang): Record<string, unknown> {
  const o: Record<string, unknown> = {
    rule: v.rule,
    kind: v.kind,
    severity: v.severity,
    file: v.file,
    line: v.line,
    recordId: v.recordId,
    start: iso(v.start),
    end: iso(v.end),
    deadline: iso(v.deadline),
    allowedWorkingSeconds: v.allowedWorkingSeconds,
    elapsedWorkingSeconds: v.elapsedWorkingSeconds,
    overWorkingSeconds: v.overWorkingSeconds,
    open: v.open,
    department: v.department,
    message: findingText(v, lang),
    messageId: v.messageId,
    data: v.data,
  };
  return o;
}

/**
 * A rule's not-evaluated reason as JSON, beside its words: the code and its data (a
 * precondition's message id and data, not the rule's words themselves).
 *
 * @example notEvaluatedJson({ code: 'NOT_EVALUATED_NO_ROWS', data: { kind: 'calls' } }) // => { code: 'NOT_EVALUATED_NO_ROWS', data: { kind: 'calls' } }
 */
export function notEvaluatedJson(m: Message<NotEvaluatedCode>): { code: NotEvaluatedCode; data: unknown } {
  if (m.code !== 'NOT_EVALUATED_PRECONDITION') return { code: m.code, data: m.data };
  return { code: m.code, data: { messageId: m.data.messageId, data: m.data.data } };
}

function ruleJson(r: RuleSummary, lang: Lang): Record<string, unknown> {
  const o: Record<string, unknown> = {
    id: r.id,
    kind: r.kind,
    evaluated: r.evaluated,
    passed: r.passed,
    violations: r.violations,
    pending: r.pending,
    complianceRate: r.complianceRate,
  };
  if (r.allowanceUse) o.allowanceUse = { ...r.allowanceUse };
  if (r.notEvaluatedReason) {
    o.notEvaluatedReason = notEvaluatedText(r, lang);
    o.notEvaluated = notEvaluatedJson(r.notEvaluatedReason);
  }
  return o;
}

/** One watch-list item as JSON (instants ISO 8601, durations in working seconds). */
export function watchItemJson(w: WatchItem): Record<string, unknown> {
  return {
    rule: w.rule,
    kind: w.kind,
    severity: w.severity,
    file: w.file,
    line: w.line,
    recordId: w.recordId,
    start: iso(w.start),
    deadline: iso(w.deadline),
    basis: w.basis,
    allowedWorkingSeconds: w.allowedWorkingSeconds,
    elapsedWorkingSeconds: w.elapsedWorkingSeconds,
    remainingWorkingSeconds: w.remainingWorkingSeconds,
    department: w.department,
  };
}

const aggregateJson = (a: Aggregate): Record<string, unknown> => ({
  rule: a.rule,
  period: a.period,
  value: a.value,
  target: a.target,
  passed: a.passed,
  counts: a.counts,
});

const breakdownJson = (b: BreakdownRow): Record<string, unknown> => ({
  group: b.group,
  rule: b.rule,
  evaluated: b.evaluated,
  passed: b.passed,
  violations: b.violations,
  pending: b.pending,
  complianceRate: b.complianceRate,
});

/** A list as an array, or as a {@link LazyList} whose elements are made only when written. */
type ListOf = <T>(items: readonly T[], map: (item: T) => unknown) => unknown;
const eager: ListOf = (items, map) => items.map(map);
const lazy: ListOf = (items, map) => new LazyList(items, map);

/** The report object, keys in contract order. */
export function reportJson(result: AuditResult, lang: Lang): Record<string, unknown> {
  return reportValue(result, lang, eager);
}

function reportValue(result: AuditResult, lang: Lang, list: ListOf): Record<string, unknown> {
  const o: Record<string, unknown> = {
    schemaVersion: 1,
    asOf: formatInstant(result.asOf),
    period: {
      from: result.period.from === null ? null : formatDay(result.period.from),
      to: result.period.to === null ? null : formatDay(result.period.to),
    },
    calendar: {
      timezone: result.calendar.timezone,
      hours: [...result.calendar.hours],
      holidayYears: [...result.calendar.holidayYears],
    },
    inputs: result.inputs.map((i) => ({
      file: i.file,
      kind: i.kind,
      encoding: i.encoding,
      rows: i.rows,
      evaluated: i.evaluated,
      outOfPeriod: i.outOfPeriod,
      rejected: i.rejected,
      ...(i.summary ? { summary: i.summary } : {}),
      ...(i.headerLine === undefined ? {} : { headerLine: i.headerLine }),
      ...(i.skipped === undefined ? {} : { skipped: i.skipped }),
      ...(i.sha256 === undefined ? {} : { sha256: i.sha256 }),
    })),
    rules: result.rules.map((r) => ruleJson(r, lang)),
    violations: list(result.violations, (v) => violationJson(v, lang)),
    aggregates: list(result.aggregates, aggregateJson),
    rejected: list(result.rejected, (r) => ({
      file: r.file,
      line: r.line,
      code: r.code,
      column: r.column ?? null,
      value: r.value ?? null,
      reason: rejectionReason(r, lang),
      data: r.data,
    })),
    warnings: list(result.warnings, (w) => ({
      file: w.file,
      line: w.line,
      code: w.code,
      message: warningMessage(w, lang),
      data: w.data,
    })),
  };
  if (result.watch) {
    o.watch = {
      dueWithinWorkingSeconds: result.watch.dueWithinWorkingSeconds,
      items: list(result.watch.items, watchItemJson),
    };
  }
  if (result.groupBy) o.breakdown = { by: result.groupBy, rows: list(result.groups[result.groupBy], breakdownJson) };
  if (result.previous) {
    o.previous = {
      period: { from: formatDay(result.previous.period.from), to: formatDay(result.previous.period.to) },
      rules: result.previous.rules.map((r) => ruleJson(r, lang)),
    };
  }
  const whatIf = whatIfJson(result, lang);
  if (whatIf) o.whatIf = whatIf;
  return o;
}

/**
 * The JSON report in chunks of about 64 KiB: the same bytes as one `JSON.stringify(…, null, 2)`
 * plus a newline, but never one string, so a report bigger than a JavaScript string can hold (or
 * a single 300 MB field) is written all the same.
 *
 * @example [...jsonReportChunks(result, 'en')].join('') === formatJson(result, { lang: 'en' }) // => true
 */
export function* jsonReportChunks(result: AuditResult, lang: Lang): Generator<string> {
  yield* jsonChunks(reportValue(result, lang, lazy), 2);
  yield '\n';
}

/** `--format json` as one string (small reports and tests; the CLI streams {@link jsonFormat}). */
export function formatJson(result: AuditResult, options: { lang: Lang }): string {
  return [...jsonReportChunks(result, options.lang)].join('');
}

/** Above this many characters of text, a violation's NDJSON line is written in pieces. */
const LONG_LINE = 1 << 20;

/** One NDJSON line (with its newline) for a violation. */
export function ndjsonLine(v: Violation, lang: Lang): string {
  return `${JSON.stringify(violationJson(v, lang))}\n`;
}

/** The NDJSON line of a violation: one string, or pieces when its text is huge. */
function ndjsonChunk(v: Violation, lang: Lang): Chunk | readonly Chunk[] {
  const text = v.recordId.length + findingText(v, lang).length + v.file.length + (v.department?.length ?? 0);
  if (text < LONG_LINE) return ndjsonLine(v, lang);
  return [...jsonChunks(violationJson(v, lang), 0), '\n'];
}

/**
 * One NDJSON line (with its newline) for a per-period measure: the JSON report's aggregate with
 * `"type": "aggregate"` first, so a reader tells it from a violation line (which has no `type`).
 *
 * @example ndjsonAggregateLine({ rule: 'call.answer-rate', period: '2025-01', value: 0.9, target: 0.95, passed: false, counts: {} }) // => '{"type":"aggregate","rule":"call.answer-rate","period":"2025-01",…}\n'
 */
export function ndjsonAggregateLine(a: Aggregate): string {
  return `${JSON.stringify({ type: 'aggregate', ...aggregateJson(a) })}\n`;
}

/**
 * One NDJSON line (with its newline) for a row of the `--group-by` breakdown: the JSON report's
 * `breakdown.rows` entry with `"type": "group"` and `"by"` (month, quarter or department) first.
 *
 * @example ndjsonGroupLine('department', row) // => '{"type":"group","by":"department","group":"구매사업국","rule":"payment.four-hours",…}\n'
 */
export function ndjsonGroupLine(by: string, b: BreakdownRow): string {
  return `${JSON.stringify({ type: 'group', by, ...breakdownJson(b) })}\n`;
}

/**
 * One NDJSON line (with its newline) for a watch-list item (`--due-within`): `"type": "watch"`
 * first, after the per-period measures, soonest first.
 *
 * @example ndjsonWatchLine(item) // => '{"type":"watch","rule":"payment.four-hours",…,"remainingWorkingSeconds":3600,…}\n'
 */
export function ndjsonWatchLine(w: WatchItem): string {
  return `${JSON.stringify({ type: 'watch', ...watchItemJson(w) })}\n`;
}

/** `--format json`: the SPEC §4 report, `schemaVersion` 1. */
export const jsonFormat: RenderFormat = {
  name: 'json',
  extensions: ['.json'],
  description: 'the machine report (schemaVersion 1)',
  render: (result, options: FormatOptions) => jsonReportChunks(result, options.lang),
};

/** `--format ndjson`: one violation object per line, written while the audit runs. */
export const ndjsonFormat: StreamFormat = {
  name: 'ndjson',
  extensions: ['.ndjson', '.jsonl'],
  description: 'one violation per line, in constant memory, then the per-period measures, the breakdown and the watch list',
  stream: (violation, options) => ndjsonChunk(violation, options.lang),
  end: (result) => [
    ...result.aggregates.map(ndjsonAggregateLine),
    ...(result.groupBy ? result.groups[result.groupBy].map((b) => ndjsonGroupLine(result.groupBy!, b)) : []),
    ...(result.watch?.items ?? []).map(ndjsonWatchLine),
  ],
};
