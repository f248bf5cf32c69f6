/**
 * The what-if part of a report (issue 15): beside the normal result, each alternative with the
 * verdicts it flips, and the sensitivity table — per rule, how many verdicts hold under every
 * alternative and which records depend on a reading. One module for every format.
 */
import { formatInstant } from '../calendar/kst.js';
import type { Lang } from '../model/rule.js';
import type { AuditResult } from '../model/result.js';
import type { Verdict, VariantOutcome, VerdictFlip } from '../model/whatif.js';
import { formatCount, formatWhen } from '../format/index.js';
import { labelText } from '../messages/catalog.js';
import { grid, type GridColumn } from './layout.js';
import { escapeHtml, escapeMarkdownCell, oneLine } from './sanitize.js';

/** One rule of the sensitivity table. */
export interface SensitivityRow {
  rule: string;
  /** Records (or periods) with a verdict under the normal result or any alternative. */
  judged: number;
  robust: number;
  /** Records whose violation status differs under at least one alternative, in report order. */
  dependent: { recordId: string; file: string; line: number; variants: string[] }[];
  /** Periods of an aggregate rule whose verdict differs under an alternative. */
  periods: { period: string; variants: string[] }[];
}

/**
 * The sensitivity table: every rule that gave a verdict, in id order.
 *
 * @example sensitivity(result)[0] // => { rule: 'call.rings', judged: 3, robust: 2, dependent: [{ recordId: 'R-1', … }], periods: [] }
 */
export function sensitivity(result: AuditResult): SensitivityRow[] {
  const w = result.whatIf;
  if (!w) return [];
  return result.rules
    .filter((r) => !r.notEvaluatedReason && (w.judged[r.id] ?? r.evaluated) > 0)
    .map((r) => {
      const records = new Map<string, SensitivityRow['dependent'][number]>();
      const periods = new Map<string, SensitivityRow['periods'][number]>();
      for (const v of w.variants) {
        for (const f of v.flips) {
          if (f.rule !== r.id) continue;
          const key = `${f.file}\u0000${f.line}\u0000${f.recordId}`;
          const d = records.get(key) ?? { recordId: f.recordId, file: f.file, line: f.line, variants: [] };
          if (!d.variants.includes(v.name)) d.variants.push(v.name);
          records.set(key, d);
        }
        for (const g of v.aggregateFlips) {
          if (g.rule !== r.id) continue;
          const p = periods.get(g.period) ?? { period: g.period, variants: [] };
          if (!p.variants.includes(v.name)) p.variants.push(v.name);
          periods.set(g.period, p);
        }
      }
      const judged = w.judged[r.id] ?? r.evaluated;
      const order = new Map(result.inputs.map((i, k) => [i.file, k] as const));
      const dependent = [...records.values()].sort(
        (a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.line - b.line,
      );
      const ps = [...periods.values()].sort((a, b) => (a.period < b.period ? -1 : 1));
      return { rule: r.id, judged, robust: Math.max(0, judged - dependent.length - ps.length), dependent, periods: ps };
    });
}

interface WhatIfLabels {
  title: string;
  intro: (n: number) => string;
  flipped: (n: number) => string;
  sensitivity: string;
  sensitivityIntro: string;
  rule: string;
  record: string;
  line: string;
  file: string;
  start: string;
  verdict: string;
  deadline: string;
  judged: string;
  robust: string;
  dependent: string;
  which: string;
  more: (n: number) => string;
  verdicts: Record<Verdict, string>;
}

const LABELS: Record<Lang, WhatIfLabels> = {
  en: {
    title: 'What if…',
    intro: (n) => `${n} alternative${n === 1 ? '' : 's'}, judged on the same rows as the result above`,
    flipped: (n) => (n === 0 ? 'no verdict flips' : `${formatCount(n)} verdict${n === 1 ? '' : 's'} flip`),
    sensitivity: 'Sensitivity: verdicts that depend on a reading or an alternative',
    sensitivityIntro: 'Per rule: verdicts given, those that hold under every alternative, and the records that change with one.',
    rule: 'Rule',
    record: 'Record',
    line: 'Line',
    file: 'File',
    start: 'Start',
    verdict: 'Verdict (now → alternative)',
    deadline: 'Deadline (now → alternative)',
    judged: 'Verdicts',
    robust: 'Robust',
    dependent: 'Change',
    which: 'Records that depend on one',
    more: (n) => `… and ${formatCount(n)} more (all of them in --format json)`,
    verdicts: { pass: 'pass', pending: 'pending', violation: 'violation', 'not-applicable': 'n/a', rejected: 'rejected' },
  },
  ko: {
    title: '가정에 따른 판정 변화 (what-if)',
    intro: (n) => `위 결과와 같은 행을 다른 가정 ${n}가지로 다시 판정`,
    flipped: (n) => (n === 0 ? '바뀐 판정 없음' : `판정 ${formatCount(n)}건이 바뀜`),
    sensitivity: '판정 민감도: 해석이나 가정에 따라 달라지는 판정',
    sensitivityIntro: '규칙별로 내린 판정 수, 모든 해석에서 그대로인 판정 수, 해석에 따라 바뀌는 건.',
    rule: '규칙',
    record: '건',
    line: '행',
    file: '파일',
    start: '시작',
    verdict: '판정 (현재 → 가정)',
    deadline: '기한 (현재 → 가정)',
    judged: '판정 수',
    robust: '불변',
    dependent: '바뀜',
    which: '그에 따라 바뀌는 건',
    more: (n) => `… 외 ${formatCount(n)}건 (전체는 --format json)`,
    verdicts: { pass: '준수', pending: '대기', violation: '위반', 'not-applicable': '해당 없음', rejected: '거부' },
  },
};

const arrow = (a: string, b: string) => (a === b ? a : `${a} → ${b}`);
const time = (t: number | null) => (t === null ? '—' : formatWhen(t));

function flipCells(f: VerdictFlip, t: WhatIfLabels): string[] {
  return [
    f.rule,
    f.recordId,
    String(f.line),
    f.file,
    `${t.verdicts[f.before]} → ${t.verdicts[f.after]}`,
    arrow(time(f.beforeDeadline), time(f.afterDeadline)),
  ];
}

function dependsText(row: SensitivityRow, max: number): string {
  const items = [
    ...row.dependent.map((d) => `${d.recordId} (${d.variants.map(short).join(', ')})`),
    ...row.periods.map((p) => `${p.period} (${p.variants.map(short).join(', ')})`),
  ];
  if (items.length === 0) return '—';
  return items.length > max ? `${items.slice(0, max).join('; ')}; +${items.length - max}` : items.join('; ');
}

/** `reading:rings-strict` → `rings-strict`, a file name unchanged. */
const short = (name: string) => name.replace(/^reading:/, '');

const countFlips = (v: VariantOutcome) => v.flips.length + v.aggregateFlips.length;

/** The what-if part of the JSON report (`whatIf`), keys in a fixed order. */
export function whatIfJson(result: AuditResult, lang: Lang): Record<string, unknown> | undefined {
  const w = result.whatIf;
  if (!w) return undefined;
  const iso = (t: number | null) => (t === null ? null : formatInstant(t));
  return {
    variants: w.variants.map((v) => ({
      name: v.name,
      label: labelText(v.label, lang),
      flipped: countFlips(v),
      flips: v.flips.map((f) => ({
        rule: f.rule,
        file: f.file,
        line: f.line,
        recordId: f.recordId,
        before: f.before,
        after: f.after,
        beforeDeadline: iso(f.beforeDeadline),
        afterDeadline: iso(f.afterDeadline),
      })),
      aggregates: v.aggregateFlips,
      rules: v.rules.map((r) => ({
        id: r.id,
        evaluated: r.evaluated,
        passed: r.passed,
        violations: r.violations,
        pending: r.pending,
        complianceRate: r.complianceRate,
      })),
    })),
    sensitivity: sensitivity(result).map((s) => ({
      rule: s.rule,
      judged: s.judged,
      robust: s.robust,
      dependent: s.dependent,
      periods: s.periods,
    })),
  };
}

/** The what-if part of the terminal table, or '' without alternatives. */
export function whatIfTable(result: AuditResult, options: { lang: Lang; width: number; limit: number | null }): string {
  const w = result.whatIf;
  if (!w) return '';
  const t = LABELS[options.lang];
  const out: string[] = ['', `${t.title} — ${t.intro(w.variants.length)}`];
  const head = [t.rule, t.record, t.line, t.file, t.verdict, t.deadline];
  for (const v of w.variants) {
    out.push('', `${oneLine(v.name)}: ${oneLine(labelText(v.label, options.lang))} — ${t.flipped(countFlips(v))}`);
    const shown = options.limit === null ? v.flips : v.flips.slice(0, options.limit);
    if (shown.length > 0) {
      const cols = head.map((h, i): GridColumn => ({ head: h, flex: i === 3, optional: i === 3 }));
      out.push(
        ...grid(
          cols,
          shown.map((f) => flipCells(f, t).map(oneLine)),
          options.width,
        ).map((l) => `  ${l}`),
      );
    }
    if (shown.length < v.flips.length) out.push(`  ${t.more(v.flips.length - shown.length)}`);
    for (const g of v.aggregateFlips)
      out.push(
        `  ${g.rule} ${g.period}: ${g.before?.passed ? t.verdicts.pass : t.verdicts.violation} → ${g.after?.passed ? t.verdicts.pass : t.verdicts.violation}`,
      );
  }
  const rows = sensitivity(result);
  out.push('', t.sensitivity);
  const cols: GridColumn[] = [
    { head: t.rule },
    { head: t.judged, align: 'right' },
    { head: t.robust, align: 'right' },
    { head: t.dependent, align: 'right' },
    { head: t.which, flex: true, min: 12 },
  ];
  out.push(
    ...grid(
      cols,
      rows.map((r) => [
        r.rule,
        formatCount(r.judged),
        formatCount(r.robust),
        formatCount(r.dependent.length + r.periods.length),
        oneLine(dependsText(r, 8)),
      ]),
      options.width,
    ),
  );
  return `${out.join('\n')}\n`;
}

const MAX_LISTED = 200;

function mdRow(cells: readonly string[]): string {
  return `| ${cells.map(escapeMarkdownCell).join(' | ')} |`;
}

/** The what-if part of the Markdown report, or ''. */
export function whatIfMarkdown(result: AuditResult, options: { lang: Lang }): string {
  const w = result.whatIf;
  if (!w) return '';
  const t = LABELS[options.lang];
  const head = [t.rule, t.record, t.line, t.file, t.verdict, t.deadline];
  const out: string[] = ['', `## ${t.title}`, '', t.intro(w.variants.length)];
  for (const v of w.variants) {
    out.push(
      '',
      `### ${escapeMarkdownCell(v.name)} — ${t.flipped(countFlips(v))}`,
      '',
      escapeMarkdownCell(labelText(v.label, options.lang)),
    );
    if (v.flips.length > 0) {
      out.push(
        '',
        mdRow(head),
        `|${head.map(() => '---').join('|')}|`,
        ...v.flips.slice(0, MAX_LISTED).map((f) => mdRow(flipCells(f, t))),
      );
      if (v.flips.length > MAX_LISTED) out.push('', t.more(v.flips.length - MAX_LISTED));
    }
  }
  const sHead = [t.rule, t.judged, t.robust, t.dependent, t.which];
  out.push('', `## ${t.sensitivity}`, '', t.sensitivityIntro, '', mdRow(sHead), `|---|--:|--:|--:|---|`);
  for (const r of sensitivity(result)) {
    out.push(
      mdRow([
        r.rule,
        formatCount(r.judged),
        formatCount(r.robust),
        formatCount(r.dependent.length + r.periods.length),
        dependsText(r, 20),
      ]),
    );
  }
  return `${out.join('\n')}\n`;
}

/** The what-if section of the HTML report, or ''. Every value escaped. */
export function whatIfHtml(result: AuditResult, options: { lang: Lang }): string {
  const w = result.whatIf;
  if (!w) return '';
  const t = LABELS[options.lang];
  const esc = escapeHtml;
  const table = (head: readonly string[], rows: readonly (readonly string[])[], numeric: readonly number[] = []) =>
    `<table><thead><tr>${head.map((h, i) => `<th${numeric.includes(i) ? ' class="num"' : ''}>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
      .map((r) => `<tr>${r.map((c, i) => `<td${numeric.includes(i) ? ' class="num"' : ''}>${esc(c)}</td>`).join('')}</tr>`)
      .join('')}</tbody></table>`;
  const parts: string[] = [];
  parts.push(`<section id="sensitivity"><h2>${esc(t.sensitivity)}</h2><p class="note">${esc(t.sensitivityIntro)}</p>`);
  parts.push(
    table(
      [t.rule, t.judged, t.robust, t.dependent, t.which],
      sensitivity(result).map((r) => [
        r.rule,
        formatCount(r.judged),
        formatCount(r.robust),
        formatCount(r.dependent.length + r.periods.length),
        dependsText(r, 30),
      ]),
      [1, 2, 3],
    ),
  );
  parts.push('</section>');
  parts.push(`<section id="what-if"><h2>${esc(t.title)}</h2><p class="note">${esc(t.intro(w.variants.length))}</p>`);
  for (const v of w.variants) {
    parts.push(
      `<h3><code>${esc(v.name)}</code> — ${esc(t.flipped(countFlips(v)))}</h3><p>${esc(labelText(v.label, options.lang))}</p>`,
    );
    if (v.flips.length > 0)
      parts.push(
        table(
          [t.rule, t.record, t.line, t.file, t.verdict, t.deadline],
          v.flips.slice(0, MAX_LISTED).map((f) => flipCells(f, t)),
          [2],
        ),
      );
    if (v.flips.length > MAX_LISTED) parts.push(`<p class="note">${esc(t.more(v.flips.length - MAX_LISTED))}</p>`);
  }
  parts.push('</section>');
  return parts.join('\n');
}
