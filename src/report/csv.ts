/**
 * `--format csv`: one violation per row, for Excel. RFC 4180 (every line ends in CRLF, a field
 * with `"`, `,`, CR or LF is quoted and its quotes doubled), formula injection neutralised, and
 * an optional UTF-8 BOM so Excel detects the encoding. Times are `YYYY-MM-DD HH:mm:ss` KST,
 * which Excel reads as a date-time (the header says KST); durations are whole working seconds
 * plus a readable "late by". All violations, in engine order: the CSV is the complete list.
 * With `--group-by` the CSV is the breakdown (group × rule counts) instead. Either way, when the
 * audit measured call-centre periods, a blank line and the per-period measures table follow; with
 * `--due-within`, the watch list; and, when hours-based rules ran, their allowance-use bands.
 */
import { formatDay, kstDay, secondOfDay } from '../calendar/kst.js';
import type { Aggregate, AuditResult, Violation } from '../model/result.js';
import { type Lang, findingText } from '../model/rule.js';
import { formatDuration } from '../format/index.js';
import { labels } from './i18n.js';
import { ruleTitle } from './layout.js';
import { neutraliseFormula, stripControl } from './sanitize.js';
import type { FormatOptions, Formatter, RenderFormat } from './types.js';
import { allowanceRules } from './watch.js';
import { bandHeaders, bandValues, watchHeaders, watchValues } from './watch-cells.js';

const HEADERS: Record<Lang, readonly string[]> = {
  en: [
    'rule',
    'title',
    'clause',
    'severity',
    'file',
    'line',
    'record_id',
    'department',
    'start_kst',
    'deadline_kst',
    'end_kst',
    'open',
    'allowed_working_seconds',
    'elapsed_working_seconds',
    'over_working_seconds',
    'late_by',
    'message',
  ],
  ko: [
    '규칙',
    '규칙명',
    '헌장 조항',
    '심각도',
    '파일',
    '행',
    '레코드 번호',
    '부서',
    '시작일시(KST)',
    '처리기한(KST)',
    '완료일시(KST)',
    '미완료',
    '허용 근무시간(초)',
    '소요 근무시간(초)',
    '초과 근무시간(초)',
    '초과',
    '내용',
  ],
};

/** The CSV header row's names in `lang`. */
export function csvHeaders(lang: Lang): readonly string[] {
  return HEADERS[lang];
}

/**
 * One RFC 4180 field, safe for a spreadsheet: control characters removed (line breaks kept),
 * a leading formula character neutralised, quoted when needed.
 *
 * @example csvField('=1+2') // => "'=1+2"
 * @example csvField('a "b", c') // => '"a ""b"", c"'
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = neutraliseFormula(stripControl(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** `YYYY-MM-DD HH:mm:ss` in KST. @example excelTime(kstInstant(2024, 9, 13, 17, 0)) // => '2024-09-13 17:00:00' */
export function excelTime(t: number | null): string | null {
  if (t === null) return null;
  const s = secondOfDay(t);
  const p = (x: number) => String(x).padStart(2, '0');
  return `${formatDay(kstDay(t))} ${p(Math.floor(s / 3600))}:${p(Math.floor((s % 3600) / 60))}:${p(s % 60)}`;
}

function row(v: Violation, o: FormatOptions): (string | number | null)[] {
  const t = labels(o.lang);
  return [
    v.rule,
    ruleTitle(o.rules, v.rule, o.lang),
    o.rules.get(v.rule)?.clause ?? '',
    t.severities[v.severity],
    v.file,
    v.line,
    v.recordId,
    v.department,
    excelTime(v.start),
    excelTime(v.deadline),
    excelTime(v.end),
    v.open ? t.yes : t.no,
    v.allowedWorkingSeconds,
    v.elapsedWorkingSeconds,
    v.overWorkingSeconds,
    v.overWorkingSeconds === null ? null : formatDuration(v.overWorkingSeconds, o.lang),
    findingText(v, o.lang),
  ];
}

const BREAKDOWN_HEADERS: Record<Lang, readonly string[]> = {
  en: ['group_by', 'group', 'rule', 'title', 'evaluated', 'passed', 'violations', 'pending', 'compliance_rate'],
  ko: ['구분 기준', '구분', '규칙', '규칙명', '평가', '준수', '위반', '진행 중', '준수율'],
};

/** The `--group-by` CSV header row's names in `lang`. */
export function csvBreakdownHeaders(lang: Lang): readonly string[] {
  return BREAKDOWN_HEADERS[lang];
}

const MEASURE_HEADERS: Record<Lang, readonly string[]> = {
  en: ['rule', 'title', 'period', 'value', 'threshold', 'verdict', 'basis'],
  ko: ['규칙', '규칙명', '기간', '실적', '기준', '판정', '산출 근거'],
};

/** The per-period measures table's header names in `lang` (the CSV's second table and the xlsx sheet). */
export function csvMeasureHeaders(lang: Lang): readonly string[] {
  return MEASURE_HEADERS[lang];
}

/**
 * One per-period measure as cells (rule, title, period, value, threshold, verdict, basis): value
 * and threshold raw (a rate as a fraction, a wait in seconds), the verdict in `lang`, the basis
 * as the counts it was computed from.
 *
 * @example measureCells({ rule: 'call.answer-rate', period: '2025-01', value: 0.9, target: 0.95, passed: false, counts: { answered: 9, offered: 10 } }, o).slice(2) // => ['2025-01', 0.9, 0.95, 'FAIL', 'answered 9, offered 10']
 */
export function measureCells(
  a: Aggregate,
  o: FormatOptions,
): [string, string, string, number | null, number, string, string | null] {
  const t = labels(o.lang);
  return [
    a.rule,
    ruleTitle(o.rules, a.rule, o.lang),
    a.period,
    a.value,
    a.target,
    a.value === null ? t.noData : a.passed ? t.pass : t.fail,
    Object.entries(a.counts)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ') || null,
  ];
}

/** A rate as a plain fraction Excel can format as a percentage; empty when undecided. @example rateCell(2 / 3) // => 0.666667 */
function rateCell(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 1e6) / 1e6;
}

/**
 * The violations as CSV; with `--group-by`, the breakdown instead: one row per group × rule
 * (a CSV holds one table, and a sheet of counts per month or department is what the grouping
 * is for — the violations stay one `--format csv` away without it).
 *
 * @example formatCsv(result, { ...options, lang: 'en' }).split('\r\n')[0] // => 'rule,title,clause,…'
 * @example formatCsv({ ...result, groupBy: 'month' }, options).split('\r\n')[0] // => 'group_by,group,rule,…'
 */
export const formatCsv: Formatter = (result, options) => [...csvChunks(result, options)].join('');

/** Rows of text joined into chunks of about this many characters. */
const CHUNK = 64 * 1024;

/**
 * {@link formatCsv} in chunks of about 64 KiB: rows are joined a few at a time, and a row
 * holding a huge field is passed on field by field, so no string grows with the report.
 *
 * @example [...csvChunks(result, options)].join('') === formatCsv(result, options) // => true
 */
export function* csvChunks(result: AuditResult, options: FormatOptions): Generator<string> {
  let buf = options.bom ? '\uFEFF' : '';
  const line = function* (cells: readonly (string | number | null)[]): Generator<string> {
    const fields = cells.map(csvField);
    let size = 0;
    for (const f of fields) size += f.length + 1;
    if (size < CHUNK) {
      buf += `${fields.join(',')}\r\n`;
      if (buf.length >= CHUNK) {
        yield buf;
        buf = '';
      }
      return;
    }
    if (buf !== '') yield buf;
    buf = '';
    for (let i = 0; i < fields.length; i++) yield i === 0 ? fields[i]! : `,${fields[i]!}`;
    yield '\r\n';
  };
  if (result.groupBy) {
    const by = labels(options.lang).groupNames[result.groupBy];
    yield* line(BREAKDOWN_HEADERS[options.lang]);
    for (const b of result.groups[result.groupBy]) {
      yield* line([
        by,
        b.group,
        b.rule,
        ruleTitle(options.rules, b.rule, options.lang),
        b.evaluated,
        b.passed,
        b.violations,
        b.pending,
        rateCell(b.complianceRate),
      ]);
    }
  } else {
    yield* line(HEADERS[options.lang]);
    for (const v of result.violations) yield* line(row(v, options));
  }
  if (result.aggregates.length > 0) {
    // A second table: the measures a failed month shows up in, after one empty line.
    yield* line([]);
    yield* line(MEASURE_HEADERS[options.lang]);
    for (const a of result.aggregates) {
      const cells = measureCells(a, options);
      yield* line([...cells.slice(0, 3), rateCell(a.value), rateCell(a.target), ...cells.slice(5)]);
    }
  }
  if (result.watch) {
    // With --due-within: the watch list, soonest first.
    yield* line([]);
    yield* line(watchHeaders(options.lang));
    for (const w of result.watch.items) {
      const cells = watchValues(w, options);
      yield* line([...cells.slice(0, 6), excelTime(w.start), excelTime(w.deadline), ...cells.slice(8)]);
    }
  }
  const bands = allowanceRules(result);
  if (bands.length > 0) {
    // The allowance-use bands of the hours-based rules: counts, then shares as fractions.
    yield* line([]);
    yield* line(bandHeaders(options.lang));
    for (const r of bands) {
      const v = bandValues(r, options);
      yield* line([...v.head, ...v.counts, ...v.shares.map(rateCell)]);
    }
  }
  if (buf !== '') yield buf;
}

/** `--format csv`: every violation (or the breakdown) for Excel. */
export const csvFormat: RenderFormat = {
  name: 'csv',
  extensions: ['.csv'],
  description: 'every violation, for Excel (RFC 4180)',
  render: csvChunks,
};
