/**
 * `--format table`: the terminal view. A summary with one line per rule, the periodic measures
 * as a rule × period matrix, the worst violations (a box table), the breakdown, the
 * previous-quarter comparison and the rejected rows, all within `options.width` columns (Korean text measured at two columns per
 * character, as cli-table3 does). Colour only when `options.color`; every value from the input
 * is stripped of escape sequences and control characters.
 */
import { whatIfTable } from './whatif.js';
import { Chalk, type ChalkInstance } from 'chalk';
import { type BoxCell, type BoxLine, boxLines, cellText, displayWidth } from './box.js';
import { formatDay } from '../calendar/kst.js';
import stringWidth from 'string-width';
import type { Aggregate, AuditResult, BreakdownRow, RuleSummary, Violation } from '../model/result.js';
import { type Lang, findingText } from '../model/rule.js';
import { formatPercent, formatPointChange, formatWhen } from '../format/index.js';
import { failureCounts } from './counts.js';
import {
  formatAggregateValue,
  groupLabel,
  lateness,
  labels,
  notEvaluatedText,
  rejectionReason,
  unitOf,
  warningMessage,
} from './i18n.js';
import {
  wrapText,
  fitColumns,
  grid,
  n,
  ruleThreshold,
  ruleTitle,
  safe,
  selectViolations,
  verdict,
  verdictLabel,
  type GridCell,
  type GridColumn,
} from './layout.js';
import type { FormatOptions, Formatter, RenderFormat } from './types.js';
import { placeOf } from '../model/place.js';
import { allowanceTable, watchTable } from './watch-table.js';

/** A section heading, wrapped to the width, then styled. */
function heading(text: string, o: FormatOptions, style: (s: string) => string): string {
  return wrapText(text, o.width)
    .map((l) => style(l))
    .join('\n');
}

/** How many rejected rows the terminal lists before "and N more". */
const REJECTED_SHOWN = 5;

/** The boxed table of violations: columns fitted to the width over every cell, then drawn row by row. */
function box(
  head: readonly BoxCell[],
  rows: readonly (readonly BoxCell[])[],
  width: number,
  flexible: number[],
  minimum: number | number[] = 6,
): Iterable<string> {
  const texts: string[][] = [head.map(cellText)];
  for (const r of rows) texts.push(r.map(cellText));
  const colWidths = fitColumns(texts, width, flexible, minimum);
  return boxLines(head, rows, colWidths);
}

function periodText(result: AuditResult, lang: Lang): string {
  const t = labels(lang);
  const { from, to } = result.period;
  if (from === null && to === null) return t.periodOpen;
  return `${from === null ? '…' : formatDay(from)} ~ ${to === null ? '…' : formatDay(to)}`;
}

function header(result: AuditResult, o: FormatOptions, c: ChalkInstance): string[] {
  const t = labels(o.lang);
  const lines = [
    `charter-audit — ${t.reportSubtitle}`,
    `${t.period}: ${periodText(result, o.lang)}   ${t.asOf}: ${formatWhen(result.asOf)} KST`,
  ];
  for (const i of result.inputs) {
    // rows = evaluated + out of period + rejected; the zero terms are left out.
    const terms = [`${t.evaluated} ${n(i.evaluated)}`];
    if (i.outOfPeriod) terms.push(`${t.outOfPeriod} ${n(i.outOfPeriod)}`);
    if (i.rejected) terms.push(`${t.rejected} ${n(i.rejected)}`);
    if (i.summary) terms.push(`${t.summaryRows} ${n(i.summary)}`);
    lines.push(`${safe(i.file)} (${t.kinds[i.kind]}, ${safe(i.encoding)}) ${t.rows} ${n(i.rows)} = ${terms.join(' + ')}`);
  }
  const wrapped = lines.flatMap((l) => wrapText(l, o.width, '  '));
  return wrapped.map((l, i) => (i === 0 ? c.bold(l) : c.dim(l)));
}

function verdictCell(r: RuleSummary, lang: Lang, c: ChalkInstance): GridCell {
  const v = verdict(r);
  const text = v === 'none' ? labels(lang).short.notEvaluated : verdictLabel(v, lang);
  return { text, style: v === 'pass' ? c.green : v === 'fail' ? c.red.bold : c.yellow };
}

/** One line per rule: id, short title (cut with `…`, dropped on a narrow terminal), counts, rate, target, verdict. */
function summary(result: AuditResult, o: FormatOptions, c: ChalkInstance): string[] {
  const t = labels(o.lang);
  const s = t.short;
  const columns: GridColumn[] = [
    { head: t.rule },
    { head: t.title, flex: true, min: 12, optional: true },
    { head: s.evaluated, align: 'right' },
    { head: s.violations, align: 'right' },
    { head: s.pending, align: 'right' },
    { head: s.compliance, align: 'right' },
    { head: t.target, flex: true, min: 14 },
    { head: t.result },
  ];
  const rows = result.rules.map((r): GridCell[] => [
    r.id,
    { text: safe(ruleTitle(o.rules, r.id, o.lang)), style: c.dim },
    n(r.evaluated),
    r.violations > 0 ? { text: n(r.violations), style: c.red } : n(r.violations),
    n(r.pending),
    formatPercent(r.complianceRate),
    safe(ruleThreshold(o.rules, r.id, o.lang)),
    verdictCell(r, o.lang, c),
  ]);
  const out = [heading(t.summary, o, c.bold), ...grid(columns, rows, o.width, c.bold)];
  const skipped = result.rules.filter((r) => r.notEvaluatedReason);
  if (skipped.length) {
    out.push('', heading(`${t.notEvaluatedReasons}:`, o, c.yellow));
    for (const r of skipped) out.push(...wrapText(`  ${r.id}: ${safe(notEvaluatedText(r, o.lang))}`, o.width, '    '));
  }
  return out;
}

/** An aggregate value, red with a `✗` when it misses its target. */
function aggregateCell(a: Aggregate, o: FormatOptions, c: ChalkInstance): GridCell {
  if (a.value === null) return { text: labels(o.lang).noData, style: c.yellow };
  const text = formatAggregateValue(unitOf(o.rules, a.rule), a.value, o.lang);
  return a.passed ? { text, style: c.green } : { text: `✗ ${text}`, style: c.red.bold };
}

/**
 * The periodic measures. As a matrix (one line per rule, one column per period, the target
 * beside the rule) when it fits the width and every rule keeps one target; otherwise one line
 * per rule × period.
 */
function aggregates(result: AuditResult, o: FormatOptions, c: ChalkInstance): string[] {
  if (!result.aggregates.length) return [];
  const t = labels(o.lang);
  const periods = [...new Set(result.aggregates.map((a) => a.period))].sort();
  const byRule = new Map<string, Aggregate[]>();
  for (const a of result.aggregates) byRule.set(a.rule, [...(byRule.get(a.rule) ?? []), a]);
  const oneTarget = [...byRule.values()].every((as) => new Set(as.map((a) => a.target)).size === 1);
  const { measures, measuresBelowTarget } = failureCounts(result);
  const title = `${t.aggregates} (${t.belowTarget(measuresBelowTarget, measures)})`;
  const ruleWidth = Math.max(stringWidth(t.rule), ...[...byRule.keys()].map((id) => stringWidth(id)));
  const cellWidth = Math.max(8, ...periods.map((p) => stringWidth(p)));
  const matrixWidth = ruleWidth + 2 + 8 + periods.length * (cellWidth + 2);
  if (oneTarget && matrixWidth <= o.width) {
    const columns: GridColumn[] = [
      { head: t.rule },
      { head: t.target, align: 'right' },
      ...periods.map((p): GridColumn => ({ head: safe(p), align: 'right' })),
    ];
    const rows = [...byRule].map(([rule, as]): GridCell[] => {
      const at = new Map(as.map((a) => [a.period, a]));
      return [
        rule,
        formatAggregateValue(unitOf(o.rules, rule), as[0]!.target, o.lang),
        ...periods.map((p): GridCell => {
          const a = at.get(p);
          return a ? aggregateCell(a, o, c) : '';
        }),
      ];
    });
    return [heading(title, o, c.bold), ...grid(columns, rows, o.width, c.bold)];
  }
  const columns: GridColumn[] = [
    { head: t.rule, flex: true, min: 12 },
    { head: t.aggregatePeriod },
    { head: t.value, align: 'right' },
    { head: t.target, align: 'right' },
  ];
  const rows = result.aggregates.map((a): GridCell[] => [
    a.rule,
    safe(a.period),
    aggregateCell(a, o, c),
    formatAggregateValue(unitOf(o.rules, a.rule), a.target, o.lang),
  ]);
  return [heading(title, o, c.bold), ...grid(columns, rows, o.width, c.bold)];
}

/** Date over time, so three timestamps fit beside the id and department. */
const stacked = (t: number): BoxCell => {
  const s = formatWhen(t);
  const at = s.indexOf(' ');
  return at < 0 ? [s] : [s.slice(0, at), s.slice(at + 1)];
};

/** Display width of the widest line of these texts, plus the cell padding. */
const widest = (texts: readonly string[]): number =>
  texts.reduce((w, s) => s.split('\n').reduce((m, l) => Math.max(m, displayWidth(l) + 2), w), 3);

/**
 * The worst violations as a box. Ids, rule ids, timestamps and lateness are never cut or split:
 * their columns keep their full width and the department (text) gives up the room. When the
 * lateness cannot keep its own column whole (an 80-column terminal), it moves under the rule id,
 * in the first column, and the department alone is narrowed (cut with `…`).
 */
function worst(result: AuditResult, o: FormatOptions, c: ChalkInstance): Iterable<string> {
  const t = labels(o.lang);
  const total = result.violations.length;
  if (!total) return [heading(t.noViolations, o, c.green)];
  const shown = selectViolations(result.violations, o.limit);
  const late = shown.map((v): BoxLine =>
    v.overWorkingSeconds === null
      ? safe(findingText(v, o.lang))
      : { text: t.lateBy(lateness(v, result.calendar.secondsPerWorkingDay, o.lang)), style: c.red },
  );
  const times = shown.map((v): BoxCell[] => [
    stacked(v.start),
    v.deadline === null ? ['—'] : stacked(v.deadline),
    v.end === null ? [{ text: v.open ? t.open : t.notDone, style: c.yellow }] : stacked(v.end),
  ]);
  const ids = shown.flatMap((v) => [safe(v.recordId), v.rule]);
  const lates = shown.flatMap((v, i) => (v.overWorkingSeconds === null ? [] : [cellText([late[i]!])]));
  const timeWidths = [0, 1, 2].map((k) =>
    widest(times.map((r) => cellText(r[k]!)).concat([t.start, t.deadline, t.completion][k]!.split(' '))),
  );
  const timeTotal = timeWidths.reduce((a, b) => a + b, 0);
  // The six-column layout only when the department keeps up to 16 columns beside them.
  const DEPT = Math.min(16, widest(shown.map((v) => safe(v.department) || '—').concat([t.department])));
  const first = widest(ids.concat(lates, [t.late]));
  const whole = widest(ids) + DEPT + timeTotal + widest(lates.concat([t.late])) + 7 <= o.width;
  const bold = (h: string): BoxLine => ({ text: h, style: c.bold });
  const idCell = (v: Violation): BoxLine[] => [safe(v.recordId), { text: v.rule, style: c.dim }];
  const dept = (v: Violation): BoxCell => [safe(v.department) || '—'];
  const [head, rows, minimum] = whole
    ? [
        [`${t.recordId} / ${t.rule}`, t.department, t.start, t.deadline, t.completion, t.late].map((h): BoxCell => [bold(h)]),
        shown.map((v, i): BoxCell[] => [idCell(v), dept(v), ...times[i]!, [late[i]!]]),
        [widest(ids), DEPT, ...timeWidths, widest(lates.concat([t.late]))],
      ]
    : [
        [
          [bold(`${t.recordId} / ${t.rule}`), bold(t.late)],
          ...[t.department, t.start, t.deadline, t.completion].map((h): BoxCell => [bold(h)]),
        ],
        shown.map((v, i): BoxCell[] => [[...idCell(v), late[i]!], dept(v), ...times[i]!]),
        [first, Math.max(6, Math.min(12, o.width - 6 - timeTotal - first)), ...timeWidths],
      ];
  const note = shown.length < total ? t.showing(shown.length, total) : t.allShown(total);
  const title = o.limit === null ? t.findings : t.worst;
  const lines = box(head, rows, o.width, whole ? [1, 5] : [0, 1], minimum);
  return (function* () {
    yield heading(`${title} (${note})`, o, c.bold);
    yield* lines;
  })();
}

/** `--group-by`: one line per group × rule. */
function breakdown(result: AuditResult, o: FormatOptions, c: ChalkInstance): string[] {
  if (!result.groupBy) return [];
  const t = labels(o.lang);
  const rowsIn: BreakdownRow[] = result.groups[result.groupBy];
  const columns: GridColumn[] = [
    { head: t.group, flex: true, min: 10 },
    { head: t.rule, flex: true, min: 14 },
    { head: t.short.evaluated, align: 'right' },
    { head: t.short.violations, align: 'right' },
    { head: t.short.pending, align: 'right' },
    { head: t.short.compliance, align: 'right' },
  ];
  const rows = rowsIn.map((b): GridCell[] => [
    safe(groupLabel(b.group, o.lang)),
    b.rule,
    n(b.evaluated),
    b.violations > 0 ? { text: n(b.violations), style: c.red } : n(b.violations),
    n(b.pending),
    formatPercent(b.complianceRate),
  ]);
  return [heading(`${t.breakdown} (${t.groupNames[result.groupBy]})`, o, c.bold), ...grid(columns, rows, o.width, c.bold)];
}

/** The quarterly self-evaluation: each rule's compliance (violations) this quarter against the previous one. */
function comparison(result: AuditResult, o: FormatOptions, c: ChalkInstance): string[] {
  if (!result.previous) return [];
  const t = labels(o.lang);
  const prev = new Map(result.previous.rules.map((r) => [r.id, r]));
  const rows = result.rules.map((r): GridCell[] => {
    const p = prev.get(r.id);
    const change = formatPointChange(p?.complianceRate ?? null, r.complianceRate);
    return [
      r.id,
      `${formatPercent(p?.complianceRate ?? null)} (${p ? n(p.violations) : '—'})`,
      `${formatPercent(r.complianceRate)} (${n(r.violations)})`,
      change.startsWith('+')
        ? { text: change, style: c.green }
        : change.startsWith('−')
          ? { text: change, style: c.red }
          : change,
    ];
  });
  const range = `${formatDay(result.previous.period.from)} ~ ${formatDay(result.previous.period.to)}`;
  const columns: GridColumn[] = [
    { head: t.rule, flex: true, min: 14 },
    { head: t.short.previous, align: 'right' },
    { head: t.short.current, align: 'right' },
    { head: t.change, align: 'right' },
  ];
  return [
    heading(`${t.comparison} (${t.previous}: ${range})`, o, c.bold),
    heading(`${t.compliance} (${t.violations})`, o, c.dim),
    ...grid(columns, rows, o.width, c.bold),
  ];
}

function rejected(result: AuditResult, o: FormatOptions, c: ChalkInstance): string[] {
  const count = result.rejected.length;
  if (!count) return [];
  const t = labels(o.lang);
  const out = [heading(t.rejectedCount(count), o, c.yellow.bold)];
  for (const r of result.rejected.slice(0, REJECTED_SHOWN)) {
    out.push(
      ...wrapText(
        `  ${safe(placeOf(r.file, r.line, o.lang))} ${safe(r.code)} ${safe(rejectionReason(r, o.lang))}`,
        o.width,
        '    ',
      ),
    );
  }
  if (count > REJECTED_SHOWN) out.push(heading(`  … ${t.andMore(count - REJECTED_SHOWN)}`, o, c.dim));
  return out;
}

function warnings(result: AuditResult, o: FormatOptions, c: ChalkInstance): string[] {
  const count = result.warnings.length;
  if (!count) return [];
  const t = labels(o.lang);
  const out = [heading(`${t.warnings} (${n(count)})`, o, c.yellow.bold)];
  for (const w of result.warnings.slice(0, REJECTED_SHOWN)) {
    out.push(
      ...wrapText(
        `  ${safe(placeOf(w.file, w.line, o.lang))} ${safe(w.code)} ${safe(warningMessage(w, o.lang))}`,
        o.width,
        '    ',
      ),
    );
  }
  if (count > REJECTED_SHOWN) out.push(heading(`  … ${t.andMore(count - REJECTED_SHOWN)}`, o, c.dim));
  return out;
}

/**
 * The terminal report.
 *
 * @example formatTable(result, { lang: 'en', color: false, limit: 20, width: 100, bom: false, rules })
 */
export const formatTable: Formatter = (result, options) => [...tableChunks(result, options)].join('');

/**
 * {@link formatTable} in chunks of about 64 KiB: the violations' box is drawn row by row as it
 * is written, so `--all` over a big audit never builds the table as one string.
 *
 * @example [...tableChunks(result, options)].join('') === formatTable(result, options) // => true
 */
export function* tableChunks(result: AuditResult, options: FormatOptions): Generator<string> {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const o = { ...options, width: options.width > 0 ? options.width : 100 };
  const sections: Iterable<string>[] = [
    header(result, o, c),
    summary(result, o, c),
    watchTable(result, o, c),
    allowanceTable(result, o, c),
    aggregates(result, o, c),
    worst(result, o, c),
    breakdown(result, o, c),
    comparison(result, o, c),
    rejected(result, o, c),
    warnings(result, o, c),
  ].filter((s) => !Array.isArray(s) || s.length > 0);
  let buf = '';
  let first = true;
  for (const section of sections) {
    if (!first) buf += '\n';
    first = false;
    for (const line of section) {
      buf += `${line}\n`;
      if (buf.length >= 64 * 1024) {
        yield buf;
        buf = '';
      }
    }
  }
  yield `${buf}${whatIfTable(result, o)}`;
}

/** `--format table`: the terminal view (`.txt` as a file). */
export const tableFormat: RenderFormat = {
  name: 'table',
  extensions: ['.txt'],
  description: 'the terminal view',
  render: tableChunks,
};
