/**
 * `--format md`: the summary and findings as GitHub-flavoured Markdown tables, ready for a wiki
 * page or a pull-request comment. Every value from the input is escaped for a table cell
 * (`|`, backticks, emphasis, HTML, line breaks).
 */
import { whatIfMarkdown } from './whatif.js';
import { formatDay } from '../calendar/kst.js';
import type { AuditResult, Violation } from '../model/result.js';
import { findingText } from '../model/rule.js';
import { formatPercent, formatPointChange, formatWhen } from '../format/index.js';
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
import { n, ruleThreshold, ruleTitle, selectViolations, verdict, verdictLabel } from './layout.js';
import { coalesce, mapped } from './chunks.js';
import { escapeMarkdownCell as md } from './sanitize.js';
import { failureCounts } from './counts.js';
import type { FormatOptions, Formatter, RenderFormat } from './types.js';
import { placeOf } from '../model/place.js';
import { allowanceSection, watchLabels, watchSection } from './watch.js';

type Align = 'l' | 'r';

/** A Markdown table's lines, one row at a time (the findings may be every violation of the audit). */
function* mdTable(head: readonly string[], rows: Iterable<readonly string[]>, align: readonly Align[]): Generator<string> {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  yield line(head);
  yield line(head.map((_, i) => (align[i] === 'r' ? '---:' : '---')));
  for (const r of rows) yield line(r);
}

function periodText(result: AuditResult, o: FormatOptions): string {
  const { from, to } = result.period;
  if (from === null && to === null) return labels(o.lang).periodOpen;
  return `${from === null ? '…' : formatDay(from)} ~ ${to === null ? '…' : formatDay(to)}`;
}

function violationRow(v: Violation, o: FormatOptions, spd: number): string[] {
  const t = labels(o.lang);
  return [
    `\`${v.rule}\``,
    md(v.recordId),
    md(v.department ?? '—'),
    md(placeOf(v.file, v.line, o.lang)),
    formatWhen(v.start),
    v.deadline === null ? '—' : formatWhen(v.deadline),
    v.end === null ? `**${v.open ? t.open : t.notDone}**` : formatWhen(v.end),
    v.overWorkingSeconds === null ? '—' : t.lateBy(lateness(v, spd, o.lang)),
    md(findingText(v, o.lang)),
  ];
}

/**
 * The Markdown report.
 *
 * @example formatMarkdown(result, options).startsWith('# ') // => true
 */
export const formatMarkdown: Formatter = (result, o) => [...mdChunks(result, o)].join('');

/**
 * {@link formatMarkdown} in chunks of about 64 KiB: tables are written row by row, so a report
 * listing every violation is never one string.
 *
 * @example [...mdChunks(result, options)].join('') === formatMarkdown(result, options) // => true
 */
export function* mdChunks(result: AuditResult, o: FormatOptions): Generator<string> {
  yield* coalesce(mdParts(result, o), '\n');
}

/** The report's lines: single lines, and tables as lazy runs of lines. */
function mdParts(result: AuditResult, o: FormatOptions): (string | Iterable<string>)[] {
  const t = labels(o.lang);
  const out: (string | Iterable<string>)[] = [`# ${t.reportTitle}`, ''];
  out.push(`- **${t.period}**: ${periodText(result, o)}`);
  out.push(`- **${t.asOf}**: ${formatWhen(result.asOf)} KST`);
  for (const i of result.inputs) {
    out.push(
      `- **${t.file}**: ${md(i.file)} (${t.kinds[i.kind]}, ${md(i.encoding)}) — ${t.rows} ${n(i.rows)} = ` +
        `${t.evaluated} ${n(i.evaluated)} + ${t.outOfPeriod} ${n(i.outOfPeriod)} + ${t.rejected} ${n(i.rejected)}` +
        (i.summary ? ` + ${t.summaryRows} ${n(i.summary)}` : ''),
    );
  }
  out.push('', `## ${t.summary}`, '');
  out.push(
    mdTable(
      [t.rule, t.title, t.evaluated, t.violations, t.pending, t.compliance, t.target, t.result],
      result.rules.map((r) => {
        const v = verdict(r);
        const label = verdictLabel(v, o.lang);
        return [
          `\`${r.id}\``,
          md(ruleTitle(o.rules, r.id, o.lang)),
          n(r.evaluated),
          n(r.violations),
          n(r.pending),
          formatPercent(r.complianceRate),
          md(ruleThreshold(o.rules, r.id, o.lang)),
          v === 'fail' ? `**${label}**` : label,
        ];
      }),
      ['l', 'l', 'r', 'r', 'r', 'r', 'l', 'l'],
    ),
  );
  const skipped = result.rules.filter((r) => r.notEvaluatedReason);
  if (skipped.length) {
    out.push('', `${t.notEvaluatedReasons}:`, '');
    for (const r of skipped) out.push(`- \`${r.id}\`: ${md(notEvaluatedText(r, o.lang) ?? '')}`);
  }
  out.push(...watchMarkdown(result, o));
  if (result.aggregates.length) {
    const { measures, measuresBelowTarget } = failureCounts(result);
    out.push('', `## ${t.aggregates}`, '', `_${t.belowTarget(measuresBelowTarget, measures)}_`, '');
    out.push(
      mdTable(
        [t.rule, t.aggregatePeriod, t.value, t.target, t.result],
        result.aggregates.map((a) => [
          `\`${a.rule}\``,
          md(a.period),
          formatAggregateValue(unitOf(o.rules, a.rule), a.value, o.lang),
          formatAggregateValue(unitOf(o.rules, a.rule), a.target, o.lang),
          a.value === null ? t.noData : a.passed ? t.pass : `**${t.fail}**`,
        ]),
        ['l', 'l', 'r', 'r', 'l'],
      ),
    );
  }
  const shown = selectViolations(result.violations, o.limit);
  out.push('', `## ${o.limit === null ? t.findings : t.worst}`, '');
  if (!result.violations.length) out.push(t.noViolations);
  else {
    const total = result.violations.length;
    out.push(`_${shown.length < total ? t.showing(shown.length, total) : t.allShown(total)}_`, '');
    out.push(
      mdTable(
        [t.rule, t.recordId, t.department, `${t.file}:${t.line}`, t.start, t.deadline, t.completion, t.late, t.message],
        mapped(shown, (v) => violationRow(v, o, result.calendar.secondsPerWorkingDay)),
        ['l', 'l', 'l', 'l', 'l', 'l', 'l', 'r', 'l'],
      ),
    );
  }
  if (result.groupBy) {
    out.push('', `## ${t.breakdown} (${t.groupNames[result.groupBy]})`, '');
    out.push(
      mdTable(
        [t.group, t.rule, t.evaluated, t.violations, t.pending, t.compliance],
        result.groups[result.groupBy].map((b) => [
          md(groupLabel(b.group, o.lang)),
          `\`${b.rule}\``,
          n(b.evaluated),
          n(b.violations),
          n(b.pending),
          formatPercent(b.complianceRate),
        ]),
        ['l', 'l', 'r', 'r', 'r', 'r'],
      ),
    );
  }
  if (result.previous) {
    const prev = new Map(result.previous.rules.map((r) => [r.id, r]));
    const range = `${formatDay(result.previous.period.from)} ~ ${formatDay(result.previous.period.to)}`;
    out.push('', `## ${t.comparison}`, '', `${t.previous}: ${range}`, '');
    out.push(
      mdTable(
        [
          t.rule,
          `${t.previous} ${t.compliance}`,
          `${t.current} ${t.compliance}`,
          t.change,
          `${t.previous} ${t.violations}`,
          `${t.current} ${t.violations}`,
        ],
        result.rules.map((r) => {
          const p = prev.get(r.id);
          return [
            `\`${r.id}\``,
            formatPercent(p?.complianceRate ?? null),
            formatPercent(r.complianceRate),
            formatPointChange(p?.complianceRate ?? null, r.complianceRate),
            p ? n(p.violations) : '—',
            n(r.violations),
          ];
        }),
        ['l', 'r', 'r', 'r', 'r', 'r'],
      ),
    );
  }
  if (result.rejected.length) {
    out.push('', `## ${t.rejected} (${n(result.rejected.length)})`, '');
    out.push(
      mdTable(
        [t.file, t.line, t.code, t.reason],
        mapped(result.rejected, (r) => [md(r.file), String(r.line), md(r.code), md(rejectionReason(r, o.lang))]),
        ['l', 'r', 'l', 'l'],
      ),
    );
  }
  if (result.warnings.length) {
    out.push('', `## ${t.warnings} (${n(result.warnings.length)})`, '');
    for (const w of result.warnings)
      out.push(`- ${md(placeOf(w.file, w.line, o.lang))} ${md(w.code)} ${md(warningMessage(w, o.lang))}`);
  }
  const whatIf = whatIfMarkdown(result, o);
  if (whatIf) out.push(whatIf.trimEnd());
  out.push('', `_${t.timesNote}_`, '');
  return out;
}

/** The `--due-within` watch list and the allowance-use bands, as Markdown tables. */
function watchMarkdown(result: AuditResult, o: FormatOptions): (string | Iterable<string>)[] {
  const out: (string | Iterable<string>)[] = [];
  const watch = watchSection(result, o.lang, o.limit);
  if (watch) {
    out.push('', `## ${watch.title}`, '');
    if (watch.total === 0) out.push(watchLabels(o.lang).noneDue(watch.within));
    else {
      const t = labels(o.lang);
      out.push(`_${watch.rows.length < watch.total ? t.showing(watch.rows.length, watch.total) : t.allShown(watch.total)}_`, '');
      if (watch.rows.length > 0) {
        const rows = watch.rows.map((r) => [r[0]!, r[1]!, md(r[2]!), `\`${r[3]!}\``, md(r[4]!)]);
        out.push(mdTable(watch.head, rows, watch.align));
      }
    }
  }
  const bands = allowanceSection(result, o.lang);
  if (bands) {
    out.push('', `## ${bands.title}`, '', `_${watchLabels(o.lang).allowanceNote}_`, '');
    out.push(
      mdTable(
        bands.head,
        bands.rows.map((r) => [`\`${r[0]!}\``, ...r.slice(1)]),
        bands.align,
      ),
    );
  }
  return out;
}

/** `--format md`: GitHub-flavoured Markdown. */
export const mdFormat: RenderFormat = {
  name: 'md',
  extensions: ['.md', '.markdown'],
  description: 'GitHub-flavoured Markdown tables',
  render: mdChunks,
};
