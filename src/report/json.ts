/**
 * The machine contract (SPEC §4): the JSON report, `schemaVersion: 1`. Keys are written in a
 * fixed order and arrays arrive ordered from the engine, so the same input and `--as-of`
 * give byte-identical output. NDJSON is the same violation objects, one per line.
 */
import { formatDay, formatInstant } from '../calendar/kst.js';
import type { AuditResult, BreakdownRow, RuleSummary, Violation } from '../model/result.js';
import type { Lang } from '../model/rule.js';
import { rejectionReason, warningMessage } from './i18n.js';

const iso = (t: number | null): string | null => (t === null ? null : formatInstant(t));

/** One violation as JSON (SPEC §4 field order; `department` only when known). */
export function violationJson(v: Violation, lang: Lang): Record<string, unknown> {
  const o: Record<string, unknown> = {
    rule: v.rule,
    kind: v.kind,
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
  };
  if (v.department !== null) o.department = v.department;
  o.message = v.message[lang];
  return o;
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
  if (r.notEvaluatedReason) o.notEvaluatedReason = r.notEvaluatedReason[lang];
  return o;
}

const breakdownJson = (b: BreakdownRow): Record<string, unknown> => ({
  group: b.group,
  rule: b.rule,
  evaluated: b.evaluated,
  passed: b.passed,
  violations: b.violations,
  pending: b.pending,
  complianceRate: b.complianceRate,
});

/** The report object, keys in contract order. */
export function reportJson(result: AuditResult, lang: Lang): Record<string, unknown> {
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
    })),
    rules: result.rules.map((r) => ruleJson(r, lang)),
    violations: result.violations.map((v) => violationJson(v, lang)),
    aggregates: result.aggregates.map((a) => ({
      rule: a.rule,
      period: a.period,
      value: a.value,
      target: a.target,
      passed: a.passed,
      counts: a.counts,
    })),
    rejected: result.rejected.map((r) => ({ file: r.file, line: r.line, code: r.code, reason: rejectionReason(r, lang) })),
    warnings: result.warnings.map((w) => ({ file: w.file, line: w.line, code: w.code, message: warningMessage(w, lang) })),
  };
  if (result.groupBy) o.breakdown = { by: result.groupBy, rows: result.groups[result.groupBy].map(breakdownJson) };
  if (result.previous) {
    o.previous = {
      period: { from: formatDay(result.previous.period.from), to: formatDay(result.previous.period.to) },
      rules: result.previous.rules.map((r) => ruleJson(r, lang)),
    };
  }
  return o;
}

/** `--format json`. */
export function formatJson(result: AuditResult, options: { lang: Lang }): string {
  return `${JSON.stringify(reportJson(result, options.lang), null, 2)}\n`;
}

/** One NDJSON line (with its newline) for a violation. */
export function ndjsonLine(v: Violation, lang: Lang): string {
  return `${JSON.stringify(violationJson(v, lang))}\n`;
}
