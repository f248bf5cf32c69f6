/**
 * The tables of the auditor's workbook (`-o report.xlsx`), one per sheet — rule summary,
 * violations, per-period measures, the quarter comparison (with `--quarter`), the breakdown (with
 * `--group-by`), rejected rows, warnings, inputs and the audit's settings — as typed cells, in
 * `--lang`. Pure; ./xlsx.ts writes them. The violation rows are made as they are read, never all
 * at once.
 */
import { formatDay } from '../calendar/kst.js';
import { formatDuration } from '../format/index.js';
import type { AuditResult, Violation } from '../model/result.js';
import { type Lang, findingText } from '../model/rule.js';
import { csvBreakdownHeaders, csvHeaders, csvMeasureHeaders, measureCells } from './csv.js';
import { groupLabel, labels, notEvaluatedText, rejectionReason, unitOf, warningMessage } from './i18n.js';
import { ruleThreshold, ruleTitle, verdict, verdictLabel } from './layout.js';
import type { FormatOptions } from './types.js';
import { allowanceRules, watchLabels } from './watch.js';
import { bandHeaders, bandValues, watchHeaders, watchValues } from './watch-cells.js';

/** A cell value as written: text, a number (in its column's format), a KST instant, a number with its own format, or empty. */
export type XlsxCell = string | number | KstTime | FormattedNumber | null;

/** A KST instant to be written as a date cell. */
export interface KstTime {
  readonly kst: number;
}

/** A number whose format is its own, not its column's (a measure is a rate or seconds by rule). */
export interface FormattedNumber {
  readonly num: number;
  readonly numFmt: string;
}

/** A column of a table sheet: its header and the number format of its cells. */
export interface XlsxColumn {
  header: string;
  numFmt?: string;
}

/** One sheet: a header row, then rows (iterable again and again; the violations' are made as they are read). */
export interface XlsxTable {
  name: string;
  columns: XlsxColumn[];
  rows: Iterable<XlsxCell[]>;
}

export const TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';
export const PERCENT_FORMAT = '0.0%';
const COUNT_FORMAT = '#,##0';
const POINTS_FORMAT = '+0.0"%p";-0.0"%p";0.0"%p"';
/** Excel's rows per sheet, less the header: more violations continue on a second sheet. */
const ROWS_PER_SHEET = 1_048_575;

const SHEETS: Record<
  Lang,
  Record<
    'summary' | 'violations' | 'measures' | 'comparison' | 'breakdown' | 'rejected' | 'warnings' | 'inputs' | 'audit',
    string
  >
> = {
  en: {
    summary: 'Summary',
    violations: 'Violations',
    measures: 'Measures',
    comparison: 'Quarter comparison',
    breakdown: 'Breakdown',
    rejected: 'Rejected rows',
    warnings: 'Warnings',
    inputs: 'Inputs',
    audit: 'Audit',
  },
  ko: {
    summary: '규칙별 요약',
    violations: '위반 내역',
    measures: '기간별 지표',
    comparison: '전 분기 대비',
    breakdown: '구분별 집계',
    rejected: '처리하지 못한 행',
    warnings: '경고',
    inputs: '입력 파일',
    audit: '점검 정보',
  },
};

const at = (t: number | null): KstTime | null => (t === null ? null : { kst: t });

/** Whether a cell is a KST instant. */
export function isKstTime(v: XlsxCell): v is KstTime {
  return typeof v === 'object' && v !== null && 'kst' in v;
}

function summaryTable(result: AuditResult, o: FormatOptions): XlsxTable {
  const t = labels(o.lang);
  return {
    name: SHEETS[o.lang].summary,
    columns: [
      { header: t.rule },
      { header: t.title },
      { header: t.clause },
      { header: t.severity },
      { header: t.evaluated, numFmt: COUNT_FORMAT },
      { header: t.passed, numFmt: COUNT_FORMAT },
      { header: t.violations, numFmt: COUNT_FORMAT },
      { header: t.pending, numFmt: COUNT_FORMAT },
      { header: t.compliance, numFmt: PERCENT_FORMAT },
      { header: t.target },
      { header: t.result },
      { header: t.notEvaluatedReasons },
    ],
    rows: result.rules.map((r) => [
      r.id,
      ruleTitle(o.rules, r.id, o.lang),
      o.rules.get(r.id)?.clause ?? null,
      t.severities[r.severity],
      r.evaluated,
      r.passed,
      r.violations,
      r.pending,
      r.complianceRate,
      ruleThreshold(o.rules, r.id, o.lang),
      verdictLabel(verdict(r), o.lang),
      notEvaluatedText(r, o.lang),
    ]),
  };
}

/** The violation columns: the CSV report's, with times as date cells and seconds as numbers. */
function violationColumns(lang: Lang): XlsxColumn[] {
  return csvHeaders(lang).map((header, i) => {
    if (i === 5 || (i >= 12 && i <= 14)) return { header, numFmt: COUNT_FORMAT };
    if (i >= 8 && i <= 10) return { header, numFmt: TIME_FORMAT };
    return { header };
  });
}

function violationRow(v: Violation, o: FormatOptions): XlsxCell[] {
  const t = labels(o.lang);
  return [
    v.rule,
    ruleTitle(o.rules, v.rule, o.lang),
    o.rules.get(v.rule)?.clause ?? null,
    t.severities[v.severity],
    v.file,
    v.line,
    v.recordId,
    v.department,
    at(v.start),
    at(v.deadline),
    at(v.end),
    v.open ? t.yes : t.no,
    v.allowedWorkingSeconds,
    v.elapsedWorkingSeconds,
    v.overWorkingSeconds,
    v.overWorkingSeconds === null ? null : formatDuration(v.overWorkingSeconds, o.lang),
    findingText(v, o.lang),
  ];
}

function violationTables(result: AuditResult, o: FormatOptions): XlsxTable[] {
  const name = SHEETS[o.lang].violations;
  const tables: XlsxTable[] = [];
  for (let start = 0; start === 0 || start < result.violations.length; start += ROWS_PER_SHEET) {
    const from = start;
    const to = Math.min(result.violations.length, start + ROWS_PER_SHEET);
    tables.push({
      name: start === 0 ? name : `${name} (${tables.length + 1})`,
      columns: violationColumns(o.lang),
      rows: {
        *[Symbol.iterator]() {
          for (let i = from; i < to; i++) yield violationRow(result.violations[i]!, o);
        },
      },
    });
  }
  return tables;
}

function measuresTable(result: AuditResult, o: FormatOptions): XlsxTable {
  const unit = o.lang === 'ko' ? '초' : 's';
  // Rates are fractions shown as percentages, waits seconds with one decimal.
  const measure = (rule: string, v: number | null): FormattedNumber | null =>
    v === null ? null : { num: v, numFmt: unitOf(o.rules, rule) === 'rate' ? PERCENT_FORMAT : `0.0"${unit}"` };
  return {
    name: SHEETS[o.lang].measures,
    // The CSV report's second table, column for column.
    columns: csvMeasureHeaders(o.lang).map((header) => ({ header })),
    rows: result.aggregates.map((a) => {
      const [rule, title, period, , , verdictText, basis] = measureCells(a, o);
      return [rule, title, period, measure(a.rule, a.value), measure(a.rule, a.target), verdictText, basis];
    }),
  };
}

/** With `--due-within`: the watch list, the CSV's table with times as date cells. */
function watchTable(result: AuditResult, o: FormatOptions): XlsxTable | null {
  if (!result.watch) return null;
  return {
    name: watchLabels(o.lang).sheetWatch,
    columns: watchHeaders(o.lang).map((header, i) =>
      i === 6 || i === 7
        ? { header, numFmt: TIME_FORMAT }
        : i === 5 || (i >= 9 && i <= 11)
          ? { header, numFmt: COUNT_FORMAT }
          : { header },
    ),
    rows: result.watch.items.map((w) => {
      const cells: XlsxCell[] = watchValues(w, o);
      cells[6] = at(w.start);
      cells[7] = at(w.deadline);
      return cells;
    }),
  };
}

/** The allowance-use bands of the hours-based rules: counts, then shares as percentages. */
function bandsTable(result: AuditResult, o: FormatOptions): XlsxTable | null {
  const rules = allowanceRules(result);
  if (rules.length === 0) return null;
  return {
    name: watchLabels(o.lang).sheetAllowance,
    columns: bandHeaders(o.lang).map((header, i) =>
      i >= 8 ? { header, numFmt: PERCENT_FORMAT } : i >= 2 ? { header, numFmt: COUNT_FORMAT } : { header },
    ),
    rows: rules.map((r) => {
      const v = bandValues(r, o);
      return [...v.head, ...v.counts, ...v.shares];
    }),
  };
}

function comparisonTable(result: AuditResult, o: FormatOptions): XlsxTable | null {
  if (result.previous === null) return null;
  const t = labels(o.lang);
  const prev = new Map(result.previous.rules.map((r) => [r.id, r]));
  const range = `${formatDay(result.previous.period.from)} ~ ${formatDay(result.previous.period.to)}`;
  return {
    name: SHEETS[o.lang].comparison,
    columns: [
      { header: t.rule },
      { header: t.title },
      { header: `${t.previous} ${t.compliance} (${range})`, numFmt: PERCENT_FORMAT },
      { header: `${t.current} ${t.compliance}`, numFmt: PERCENT_FORMAT },
      { header: `${t.change} (%p)`, numFmt: POINTS_FORMAT },
      { header: `${t.previous} ${t.violations}`, numFmt: COUNT_FORMAT },
      { header: `${t.current} ${t.violations}`, numFmt: COUNT_FORMAT },
    ],
    rows: result.rules.map((r) => {
      const p = prev.get(r.id);
      const before = p?.complianceRate ?? null;
      const change = before === null || r.complianceRate === null ? null : Math.round((r.complianceRate - before) * 10000) / 100;
      return [r.id, ruleTitle(o.rules, r.id, o.lang), before, r.complianceRate, change, p ? p.violations : null, r.violations];
    }),
  };
}

function breakdownTable(result: AuditResult, o: FormatOptions): XlsxTable | null {
  if (result.groupBy === null) return null;
  const by = labels(o.lang).groupNames[result.groupBy];
  return {
    name: SHEETS[o.lang].breakdown,
    columns: csvBreakdownHeaders(o.lang).map((header, i) => ({
      header,
      numFmt: i === 8 ? PERCENT_FORMAT : i >= 4 ? COUNT_FORMAT : undefined,
    })),
    rows: result.groups[result.groupBy].map((b) => [
      by,
      groupLabel(b.group, o.lang),
      b.rule,
      ruleTitle(o.rules, b.rule, o.lang),
      b.evaluated,
      b.passed,
      b.violations,
      b.pending,
      b.complianceRate,
    ]),
  };
}

function rejectedTable(result: AuditResult, o: FormatOptions): XlsxTable {
  const t = labels(o.lang);
  return {
    name: SHEETS[o.lang].rejected,
    columns: [{ header: t.file }, { header: t.line, numFmt: COUNT_FORMAT }, { header: t.code }, { header: t.reason }],
    rows: result.rejected.map((r) => [r.file, r.line, r.code, rejectionReason(r, o.lang)]),
  };
}

function warningsTable(result: AuditResult, o: FormatOptions): XlsxTable {
  const t = labels(o.lang);
  return {
    name: SHEETS[o.lang].warnings,
    columns: [{ header: t.file }, { header: t.line, numFmt: COUNT_FORMAT }, { header: t.code }, { header: t.message }],
    rows: result.warnings.map((w) => [w.file, w.line, w.code, warningMessage(w, o.lang)]),
  };
}

function inputsTable(result: AuditResult, o: FormatOptions): XlsxTable {
  const t = labels(o.lang);
  return {
    name: SHEETS[o.lang].inputs,
    columns: [
      { header: t.file },
      { header: t.kind },
      { header: t.encoding },
      { header: t.rows, numFmt: COUNT_FORMAT },
      { header: t.evaluated, numFmt: COUNT_FORMAT },
      { header: t.outOfPeriod, numFmt: COUNT_FORMAT },
      { header: t.rejected, numFmt: COUNT_FORMAT },
      { header: t.summaryRows, numFmt: COUNT_FORMAT },
      { header: o.lang === 'ko' ? '머리글 행' : 'Header line', numFmt: COUNT_FORMAT },
      { header: o.lang === 'ko' ? '건너뛴 제목 행' : 'Title lines skipped' },
    ],
    // rows = evaluated + out of period + rejected + total rows, as in every report.
    rows: result.inputs.map((i) => [
      i.file,
      t.kinds[i.kind],
      i.encoding,
      i.rows,
      i.evaluated,
      i.outOfPeriod,
      i.rejected,
      i.summary ?? 0,
      i.headerLine ?? 1,
      i.skipped === undefined || i.skipped.length === 0 ? null : i.skipped.join(' / '),
    ]),
  };
}

function auditTable(result: AuditResult, o: FormatOptions): XlsxTable {
  const t = labels(o.lang);
  const { from, to } = result.period;
  const period =
    from === null && to === null ? t.periodOpen : `${from === null ? '' : formatDay(from)} ~ ${to === null ? '' : formatDay(to)}`;
  return {
    name: SHEETS[o.lang].audit,
    columns: [{ header: t.reportTitle }, { header: t.value, numFmt: TIME_FORMAT }],
    rows: [
      [t.asOf, at(result.asOf)],
      [t.period, period],
      [t.timezone, result.calendar.timezone],
      [t.workingHours, result.calendar.hours.join(', ')],
      [t.holidayYears, result.calendar.holidayYears.join(', ')],
      [t.generatedBy, 'charter-audit'],
    ],
  };
}

/**
 * The sheets of the auditor's workbook, in order (no I/O): summary, the watch list (with
 * `--due-within`), violations, measures, allowance use (hours-based rules), the quarter
 * comparison and the breakdown when there are any, rejected rows, warnings, inputs, settings.
 *
 * @example xlsxTables(result, options).map((t) => t.name) // => ['Summary', 'Violations', 'Measures', …]
 */
export function xlsxTables(result: AuditResult, o: FormatOptions): XlsxTable[] {
  const tables: (XlsxTable | null)[] = [
    summaryTable(result, o),
    watchTable(result, o),
    ...violationTables(result, o),
    measuresTable(result, o),
    bandsTable(result, o),
    comparisonTable(result, o),
    breakdownTable(result, o),
    rejectedTable(result, o),
    warningsTable(result, o),
    inputsTable(result, o),
    auditTable(result, o),
  ];
  return tables.filter((x): x is XlsxTable => x !== null);
}
