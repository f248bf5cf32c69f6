/**
 * The diff report as a terminal table, JSON or Markdown (HTML: ./html.ts). Pure: a
 * {@link ReportDiff} in, text out; every value from the reports is made safe for its medium.
 */
import type { Lang } from '../model/rule.js';
import { grid, type GridColumn } from '../report/layout.js';
import { escapeMarkdownCell as md, oneLine } from '../report/sanitize.js';
import type { ReportDiff } from './compare.js';
import { aggregateCells, arrow, diffLabels, overText, ruleCells, shortTime } from './labels.js';
import type { ReportViolation } from './report.js';

/** The diff formats' names (the entries are in ./index.ts). */
export const DIFF_FORMATS = ['table', 'json', 'md', 'html'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

const violationJson = (v: ReportViolation) => ({
  rule: v.rule,
  file: v.file,
  line: v.line,
  recordId: v.recordId,
  start: v.start,
  deadline: v.deadline,
  overWorkingSeconds: v.overWorkingSeconds,
  open: v.open,
  ...(v.department === null ? {} : { department: v.department }),
});

/**
 * `diff --format json`: keys in a fixed order, arrays in the reports' order.
 *
 * @example JSON.parse(formatDiffJson(d)).flipped // => 2
 */
export function formatDiffJson(d: ReportDiff): string {
  const o = {
    diffVersion: 1,
    before: d.before,
    after: d.after,
    flipped: d.flipped,
    inputs: d.inputs.map((i) => ({ file: i.file, kind: i.kind, rows: i.rows, sha256: i.sha256 })),
    rules: d.rules.map((r) => ({
      id: r.id,
      kind: r.kind,
      before: r.before && pick(r.before),
      after: r.after && pick(r.after),
    })),
    appeared: d.appeared.map(violationJson),
    disappeared: d.disappeared.map(violationJson),
    changed: d.changed.map((c) => ({
      rule: c.after.rule,
      file: c.after.file,
      line: c.after.line,
      recordId: c.after.recordId,
      before: { deadline: c.before.deadline, overWorkingSeconds: c.before.overWorkingSeconds, open: c.before.open },
      after: { deadline: c.after.deadline, overWorkingSeconds: c.after.overWorkingSeconds, open: c.after.open },
    })),
    aggregates: d.aggregates.map((g) => ({
      rule: g.rule,
      period: g.period,
      before: g.before && { value: g.before.value, passed: g.before.passed },
      after: g.after && { value: g.after.value, passed: g.after.passed },
    })),
  };
  return `${JSON.stringify(o, null, 2)}\n`;
}

function pick(r: { evaluated: number; passed: number; violations: number; pending: number; complianceRate: number | null }) {
  return {
    evaluated: r.evaluated,
    passed: r.passed,
    violations: r.violations,
    pending: r.pending,
    complianceRate: r.complianceRate,
  };
}

/** The sections every text format shows, as plain cells (escaped by the caller). */
export function diffSections(d: ReportDiff, lang: Lang) {
  const t = diffLabels(lang);
  const violationRows = (list: readonly ReportViolation[]) =>
    list.map((v) => [v.rule, v.recordId, String(v.line), v.file, v.department ?? '', shortTime(v.deadline), overText(v, lang)]);
  return {
    violationHead: [t.rule, t.record, t.line, t.file, t.department, t.deadline, t.over],
    appeared: violationRows(d.appeared),
    disappeared: violationRows(d.disappeared),
    changedHead: [t.rule, t.record, t.line, t.file, t.deadline, t.over],
    changed: d.changed.map((c) => [
      c.after.rule,
      c.after.recordId,
      String(c.after.line),
      c.after.file,
      arrow(shortTime(c.before.deadline), shortTime(c.after.deadline)),
      arrow(overText(c.before, lang), overText(c.after, lang)),
    ]),
    rulesHead: [t.rule, t.violations, t.pending, t.compliance],
    rules: d.rules.map((r) => {
      const c = ruleCells(r.before, r.after);
      return [r.id, c.violations, c.pending, c.compliance];
    }),
    aggregatesHead: [t.rule, `${t.value} (${t.before} → ${t.after})`, t.verdict],
    aggregates: d.aggregates.map((g) => {
      const b = aggregateCells(g.before, lang);
      const a = aggregateCells(g.after, lang);
      return [`${g.rule} ${g.period}`, arrow(b.value, a.value), arrow(b.verdict, a.verdict)];
    }),
  };
}

/** `diff --format table`: fits `width` columns; input-derived text made one-line and control-free. */
export function formatDiffTable(d: ReportDiff, options: { lang: Lang; width: number }): string {
  const { lang, width } = options;
  const t = diffLabels(lang);
  const s = diffSections(d, lang);
  const safe = (rows: string[][]) => rows.map((r) => r.map(oneLine));
  const out: string[] = [
    `${t.title}: ${oneLine(d.before.name)} → ${oneLine(d.after.name)}`,
    `${t.asOf}: ${arrow(d.before.asOf, d.after.asOf)}`,
    `${t.flipped(d.flipped)}: ${t.appeared} ${d.appeared.length}, ${t.disappeared} ${d.disappeared.length}, ${t.aggregates} ${d.aggregates.length}`,
    '',
    t.rules,
    ...grid(
      s.rulesHead.map((head, i): GridColumn => ({ head, align: i === 0 ? 'left' : 'right' })),
      s.rules,
      width,
    ),
  ];
  // Columns that give up width first: the file and department of a violation, the file of a change.
  const section = (title: string, head: string[], rows: string[][], flex: readonly number[], optional: readonly number[]) => {
    out.push('', `${title}: ${rows.length === 0 ? t.none : rows.length}`);
    const cols = head.map((h, i): GridColumn => ({ head: h, flex: flex.includes(i), optional: optional.includes(i) }));
    if (rows.length > 0) out.push(...grid(cols, safe(rows), width));
  };
  section(t.appeared, s.violationHead, s.appeared, [3, 4], [4]);
  section(t.disappeared, s.violationHead, s.disappeared, [3, 4], [4]);
  section(t.changed, s.changedHead, s.changed, [3], [3]);
  section(t.aggregates, s.aggregatesHead, s.aggregates, [], []);
  return `${out.join('\n')}\n`;
}

function mdTable(head: readonly string[], rows: readonly string[][]): string[] {
  return [
    `| ${head.map(md).join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(md).join(' | ')} |`),
  ];
}

/** `diff --format md`: headings and pipe tables, every cell escaped. */
export function formatDiffMarkdown(d: ReportDiff, options: { lang: Lang }): string {
  const { lang } = options;
  const t = diffLabels(lang);
  const s = diffSections(d, lang);
  const out: string[] = [
    `# ${t.title}`,
    '',
    `- ${t.before}: \`${oneLine(d.before.name).replace(/`/g, "'")}\` (${t.asOf} ${d.before.asOf})`,
    `- ${t.after}: \`${oneLine(d.after.name).replace(/`/g, "'")}\` (${t.asOf} ${d.after.asOf})`,
    `- **${t.flipped(d.flipped)}**`,
    '',
    `## ${t.rules}`,
    '',
    ...mdTable(s.rulesHead, s.rules),
  ];
  const section = (title: string, head: string[], rows: string[][]) => {
    out.push('', `## ${title} (${rows.length})`, '');
    out.push(...(rows.length === 0 ? [t.none] : mdTable(head, rows)));
  };
  section(t.appeared, s.violationHead, s.appeared);
  section(t.disappeared, s.violationHead, s.disappeared);
  section(t.changed, s.changedHead, s.changed);
  section(t.aggregates, s.aggregatesHead, s.aggregates);
  return `${out.join('\n')}\n`;
}
