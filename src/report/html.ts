/**
 * `--format html`: one self-contained page — the quarterly self-evaluation (분기별 자체평가) a
 * manager reads and an auditor posts. No network: inline CSS, SVG charts drawn here as strings,
 * no script, no fonts or images from elsewhere (a Content-Security-Policy forbids them too).
 * Every value from the input is HTML-escaped. Prints on A4.
 */
import { allowanceHtml, watchHtml } from './watch-html.js';
import { whatIfHtml } from './whatif.js';
import { formatDay } from '../calendar/kst.js';
import type { AuditResult, RuleSummary, Violation } from '../model/result.js';
import { type Lang, findingText } from '../model/rule.js';
import { COLORS, columnsWithTarget, fillMonths, horizontalBars, trendLine, type Series } from './charts.js';
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
import { n, overallCompliance, ruleThreshold, ruleTitle, selectViolations, verdict, verdictLabel } from './layout.js';
import { coalesce, mapped } from './chunks.js';
import { failureCounts } from './counts.js';
import { escapeHtml as esc } from './sanitize.js';
import type { FormatOptions, Formatter, RenderFormat } from './types.js';
import { placeOf } from '../model/place.js';

const CSS = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#f3f5f8;color:#1f2328;font:14px/1.55 "Pretendard","Noto Sans KR","Noto Sans CJK KR","Apple SD Gothic Neo","Malgun Gothic","Segoe UI",system-ui,sans-serif}
main{max-width:1080px;margin:0 auto;padding:28px 28px 48px}
header.top{background:#0b2e59;color:#fff;padding:26px 28px 22px}
header.top .in{max-width:1024px;margin:0 auto}
header.top h1{margin:0;font-size:24px;font-weight:700;letter-spacing:-.01em}
header.top p.sub{margin:4px 0 16px;color:#c9d6ea;font-size:14px}
dl.meta{display:grid;grid-template-columns:repeat(auto-fit,minmax(210px,1fr));gap:6px 24px;margin:0}
dl.meta div{min-width:0}
dl.meta dt{color:#9fb4d3;font-size:12px}
dl.meta dd{margin:0;font-weight:600;overflow-wrap:anywhere}
section{background:#fff;border:1px solid #d8dee4;border-radius:8px;padding:20px 22px;margin:18px 0;break-inside:auto}
section h2{margin:0 0 12px;font-size:17px;color:#0b2e59;border-left:4px solid #0b4f9c;padding-left:10px}
section h3{margin:18px 0 6px;font-size:15px}
.kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(130px,1fr));gap:12px;margin:18px 0}
.kpi{background:#fff;border:1px solid #d8dee4;border-radius:8px;padding:14px 16px}
.kpi .k{color:#57606a;font-size:12px}
.kpi .v{font-size:26px;font-weight:700;font-variant-numeric:tabular-nums;line-height:1.25}
.kpi.bad .v{color:${COLORS.fail}} .kpi.good .v{color:${COLORS.pass}}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:18px}
.charts figure,.trends figure{margin:0;break-inside:avoid}
figure figcaption{font-weight:600;margin-bottom:6px;font-size:13px;color:#24292f}
.trends{display:grid;grid-template-columns:repeat(auto-fill,minmax(250px,1fr));gap:10px}
svg.chart{max-width:100%;height:auto;display:block}
svg .lbl,svg .val,svg .axis,svg .tgt,svg .ttl{font-size:12px;fill:#24292f}
svg .axis{fill:#57606a;font-size:11px} svg .tgt{font-weight:600;font-size:11px} svg .ttl{font-weight:600}
table{border-collapse:collapse;width:100%;font-size:13px;font-variant-numeric:tabular-nums}
th,td{border-bottom:1px solid #e3e8ee;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa;color:#3d4650;font-weight:600;white-space:nowrap}
td.num,th.num{text-align:right;white-space:nowrap}
td.t{white-space:nowrap}
td.id{overflow-wrap:anywhere;max-width:220px;font-family:ui-monospace,"D2Coding",Menlo,Consolas,monospace;font-size:12px}
thead{display:table-header-group}
tr{break-inside:avoid}
.badge{display:inline-block;border-radius:10px;padding:1px 9px;font-size:12px;font-weight:700;white-space:nowrap}
.pass{background:#dafbe1;color:#116329}.fail{background:#ffebe9;color:#a40e26}.none{background:#fff8c5;color:#7d4e00}
.up{color:${COLORS.pass};font-weight:600}.down{color:${COLORS.fail};font-weight:600}
.meter{display:inline-block;width:70px;height:7px;background:#eaeef2;border-radius:4px;vertical-align:middle;margin-left:6px;overflow:hidden}
.meter i{display:block;height:100%}
.rule-block{border-top:1px solid #e3e8ee;padding-top:6px;margin-top:14px}
.rule-block:first-of-type{border-top:0;margin-top:0}
blockquote.clause{margin:6px 0 10px;padding:8px 12px;background:#f4f7fb;border-left:3px solid #8fb0dc;color:#2f3b4a;font-size:13px}
blockquote.clause .src{display:block;color:#57606a;font-size:11px;margin-top:2px}
code{font-family:ui-monospace,"D2Coding",Menlo,Consolas,monospace;font-size:12px;background:#f1f3f5;padding:0 4px;border-radius:4px}
.muted{color:#57606a}.note{font-size:12px;color:#57606a}
footer{max-width:1080px;margin:0 auto;padding:0 28px 32px;color:#57606a;font-size:12px}
@media print{
 @page{size:A4;margin:14mm 12mm}
 body{background:#fff;font-size:11.5px}
 header.top{background:#fff;color:#000;border-bottom:2px solid #0b2e59;padding:0 0 10px}
 header.top p.sub,dl.meta dt{color:#444}
 main{padding:0;max-width:none}
 section,.kpi{border:0;padding:8px 0;margin:10px 0}
 section h2{break-after:avoid}
 .charts{grid-template-columns:1fr 1fr}
 *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}`;

const badge = (cls: string, text: string) => `<span class="badge ${cls}">${esc(text)}</span>`;

function periodText(result: AuditResult, lang: Lang): string {
  const { from, to } = result.period;
  if (from === null && to === null) return labels(lang).periodOpen;
  return `${from === null ? '…' : formatDay(from)} ~ ${to === null ? '…' : formatDay(to)}`;
}

function table(head: readonly (string | [string, 'num'])[], rows: readonly string[], cls = ''): string {
  return [...lazyTable(head, rows, cls)].join('');
}

/** {@link table} a row at a time (the findings, rejected rows and warnings may be very many). */
function* lazyTable(head: readonly (string | [string, 'num'])[], rows: Iterable<string>, cls = ''): Generator<string> {
  const th = head.map((h) => (Array.isArray(h) ? `<th class="num">${esc(h[0])}</th>` : `<th>${esc(h)}</th>`)).join('');
  yield `<table${cls ? ` class="${cls}"` : ''}><thead><tr>${th}</tr></thead><tbody>`;
  yield* rows;
  yield '</tbody></table>';
}

function meter(rate: number | null): string {
  if (rate === null) return '';
  const pct = Math.max(0, Math.min(100, Math.round(rate * 1000) / 10));
  return `<span class="meter"><i style="width:${pct}%;background:${rate >= 1 ? COLORS.pass : COLORS.fail}"></i></span>`;
}

function header(result: AuditResult, o: FormatOptions): string {
  const t = labels(o.lang);
  const files = result.inputs.map((i) => `${esc(i.file)} (${esc(t.kinds[i.kind])})`).join(', ');
  return (
    `<header class="top"><div class="in"><h1>${esc(t.reportTitle)}</h1><p class="sub">${esc(t.reportSubtitle)}</p><dl class="meta">` +
    `<div><dt>${esc(t.period)}</dt><dd>${esc(periodText(result, o.lang))}</dd></div>` +
    `<div><dt>${esc(t.asOf)}</dt><dd>${esc(formatWhen(result.asOf))} KST</dd></div>` +
    `<div><dt>${esc(t.workingHours)}</dt><dd>${esc(result.calendar.hours.join(', '))}</dd></div>` +
    `<div><dt>${esc(t.inputs)}</dt><dd>${files || '—'}</dd></div>` +
    `</dl></div></header>`
  );
}

function kpis(result: AuditResult, o: FormatOptions): string {
  const t = labels(o.lang);
  // Rows read and judged (as the inputs table counts them) and the checks made on them (each
  // rule on each row in its scope, plus each measured period): two numbers, each labelled.
  const rows = result.inputs.reduce((a, i) => a + i.evaluated, 0);
  const checks = result.rules.reduce((a, r) => a + r.evaluated, 0);
  // The violation rows as listed below; a failed month of a periodic measure is its own card.
  const violations = result.violations.length;
  const measured = failureCounts(result);
  const overall = overallCompliance(result);
  const failing = result.rules.filter((r) => verdict(r) === 'fail').length;
  const judged = result.rules.filter((r) => verdict(r) !== 'none').length;
  const card = (k: string, v: string, cls = '') =>
    `<div class="kpi ${cls}"><div class="k">${esc(k)}</div><div class="v">${esc(v)}</div></div>`;
  return (
    `<div class="kpis">` +
    card(t.rowsEvaluated, n(rows)) +
    card(t.checksMade, n(checks)) +
    card(t.totalViolations, n(violations), violations ? 'bad' : 'good') +
    card(t.overallCompliance, formatPercent(overall), overall !== null && overall < 1 ? 'bad' : 'good') +
    card(t.failingRules, `${failing} / ${judged}`, failing ? 'bad' : 'good') +
    (measured.measures > 0
      ? card(
          t.measuresBelowTarget,
          `${n(measured.measuresBelowTarget)} / ${n(measured.measures)}`,
          measured.measuresBelowTarget ? 'bad' : 'good',
        )
      : '') +
    card(t.rejectedRows, n(result.rejected.length), result.rejected.length ? 'bad' : '') +
    `</div>`
  );
}

const pctAxis = (v: number) => `${Math.round(v * 100)}%`;

function charts(result: AuditResult, o: FormatOptions): string {
  const t = labels(o.lang);
  const figs: string[] = [];
  const fig = (caption: string, svg: string) => `<figure><figcaption>${esc(caption)}</figcaption>${svg}</figure>`;
  const judged = result.rules.filter((r) => !r.notEvaluatedReason);
  figs.push(
    fig(
      t.chartCompliance,
      horizontalBars(
        t.chartCompliance,
        judged.map((r) => ({
          // A Korean report names rules in Korean (the id in the hint); English keeps the id.
          label: o.lang === 'ko' ? ruleTitle(o.rules, r.id, o.lang) : r.id,
          hint: o.lang === 'ko' ? r.id : ruleTitle(o.rules, r.id, o.lang),
          value: r.complianceRate,
          text: formatPercent(r.complianceRate),
          color: r.complianceRate === null ? COLORS.neutral : r.violations > 0 ? COLORS.fail : COLORS.pass,
        })),
        { max: 1, labelWidth: 190 },
      ),
    ),
  );
  // Violations by department: the sum over rules of each department's violations.
  const byDept = new Map<string, number>();
  for (const b of result.groups.department) byDept.set(b.group, (byDept.get(b.group) ?? 0) + b.violations);
  const depts = [...byDept].filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const maxDept = Math.max(1, ...depts.map(([, v]) => v));
  figs.push(
    fig(
      t.chartDepartments,
      depts.length
        ? horizontalBars(
            t.chartDepartments,
            depts.slice(0, 15).map(([d, v]) => ({ label: groupLabel(d, o.lang), value: v, text: n(v), color: COLORS.fail })),
            { max: maxDept, labelWidth: 200 },
          )
        : `<p class="muted">${esc(t.noViolations)}</p>`,
    ),
  );
  // The rules that declare a chart, in id order; each says its unit and, optionally, its caption.
  const charted = [...o.rules.values()]
    .filter((m) => m.chart !== undefined)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const meta of charted) {
    const rule = meta.id;
    const caption = meta.chart?.caption?.[o.lang] ?? null;
    const rows = result.aggregates.filter((a) => a.rule === rule);
    if (!rows.length) continue;
    const unit = unitOf(o.rules, rule);
    const rate = unit === 'rate';
    const values = rows.map((a) => a.value ?? 0);
    const target = rows[0]?.target ?? 0;
    const low = Math.min(target, ...values);
    const rateStep = [0.05, 0.1, 0.2, 0.25, 0.5].find((st) => (1 - Math.min(0.8, low)) / st <= 5) ?? 0.5;
    const min = rate ? Math.max(0, 1 - Math.ceil((1 - Math.min(0.8, low)) / rateStep - 1e-9) * rateStep) : 0;
    const top = Math.max(target, ...values) * 1.15;
    const step = [1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600].find((s) => top / s <= 5) ?? Math.ceil(top / 5);
    const max = rate ? 1 : Math.max(step, Math.ceil(top / step) * step);
    const title = caption ?? ruleTitle(o.rules, rule, o.lang);
    figs.push(
      fig(
        title,
        columnsWithTarget(
          title,
          fillMonths(rows.map((a) => a.period)).map((period) => {
            const a = rows.find((r) => r.period === period);
            return a
              ? { label: a.period, value: a.value, text: formatAggregateValue(unit, a.value, o.lang), passed: a.passed }
              : { label: period, value: null, text: '—', passed: true };
          }),
          {
            min,
            max,
            target,
            targetText: t.targetLine(formatAggregateValue(unit, target, o.lang)),
            axis: rate ? pctAxis : (v) => `${Math.round(v)}${t.seconds}`,
            ticks: rate ? Math.round((1 - min) / rateStep) : Math.round(max / step),
          },
        ),
      ),
    );
  }
  // Monthly trend, one small chart per record rule.
  const monthsSeen: string[] = [];
  const byRule = new Map<string, Map<string, number | null>>();
  for (const b of result.groups.month) {
    if (!monthsSeen.includes(b.group)) monthsSeen.push(b.group);
    if (!byRule.has(b.rule)) byRule.set(b.rule, new Map());
    byRule.get(b.rule)?.set(b.group, b.complianceRate);
  }
  const series: Series[] = [...byRule].map(([rule, m]) => ({
    label: `${rule} · ${ruleTitle(o.rules, rule, o.lang)}`,
    points: fillMonths(monthsSeen).map((x) => ({ x, value: m.get(x) ?? null })),
  }));
  // Each small chart gets its own floor (a rule near 100% would look flat beside one at 20%).
  const floorOf = (s: Series) => Math.min(0.9, Math.floor(Math.min(1, ...s.points.map((p) => p.value ?? 1)) * 10) / 10);
  const trends = series.length
    ? `<h3>${esc(t.chartTrend)}</h3><div class="trends">${series.map((s) => `<figure>${trendLine(s, floorOf(s), pctAxis)}</figure>`).join('')}</div>`
    : '';
  return `<section><h2>${esc(t.chartCompliance)} · ${esc(t.aggregates)}</h2><div class="charts">${figs.join('')}</div>${trends}</section>`;
}

function verdictBadge(r: RuleSummary, lang: Lang): string {
  const v = verdict(r);
  return badge(v, verdictLabel(v, lang));
}

function summary(result: AuditResult, o: FormatOptions): string {
  const t = labels(o.lang);
  const rows = result.rules.map((r) => {
    const meta = o.rules.get(r.id);
    return (
      `<tr><td><code>${esc(r.id)}</code><br>${esc(ruleTitle(o.rules, r.id, o.lang))}` +
      `${r.notEvaluatedReason ? `<br><span class="note">${esc(notEvaluatedText(r, o.lang)!)}</span>` : ''}</td>` +
      `<td class="t">${meta ? esc(t.bases[meta.basis]) : '—'}</td>` +
      `<td class="num">${n(r.evaluated)}</td><td class="num">${n(r.passed)}</td><td class="num">${n(r.violations)}</td><td class="num">${n(r.pending)}</td>` +
      `<td class="num">${formatPercent(r.complianceRate)}${meter(r.complianceRate)}</td>` +
      `<td>${esc(ruleThreshold(o.rules, r.id, o.lang))}</td><td>${verdictBadge(r, o.lang)}</td></tr>`
    );
  });
  return (
    `<section><h2>${esc(t.summary)}</h2>` +
    table(
      [
        t.rule,
        t.basis,
        [t.evaluated, 'num'],
        [t.passed, 'num'],
        [t.violations, 'num'],
        [t.pending, 'num'],
        [t.compliance, 'num'],
        t.target,
        t.result,
      ],
      rows,
    ) +
    `</section>`
  );
}

function aggregatesSection(result: AuditResult, o: FormatOptions): string {
  if (!result.aggregates.length) return '';
  const t = labels(o.lang);
  const rows = result.aggregates.map((a) => {
    const counts = Object.entries(a.counts)
      .map(([k, v]) => `${esc(k)} ${n(v)}`)
      .join(', ');
    return (
      `<tr><td><code>${esc(a.rule)}</code> ${esc(ruleTitle(o.rules, a.rule, o.lang))}</td><td class="t">${esc(a.period)}</td>` +
      `<td class="num">${esc(formatAggregateValue(unitOf(o.rules, a.rule), a.value, o.lang))}</td><td class="num">${esc(formatAggregateValue(unitOf(o.rules, a.rule), a.target, o.lang))}</td>` +
      `<td class="note">${counts}</td><td>${a.value === null ? badge('none', t.noData) : a.passed ? badge('pass', t.pass) : badge('fail', t.fail)}</td></tr>`
    );
  });
  const { measures, measuresBelowTarget } = failureCounts(result);
  const note = t.belowTarget(measuresBelowTarget, measures);
  return `<section><h2>${esc(t.aggregates)} <span class="muted">(${esc(note)})</span></h2>${table([t.rule, t.aggregatePeriod, [t.value, 'num'], [t.target, 'num'], t.counts, t.result], rows)}</section>`;
}

function comparison(result: AuditResult, o: FormatOptions): string {
  if (!result.previous) return '';
  const t = labels(o.lang);
  const prev = new Map(result.previous.rules.map((r) => [r.id, r]));
  const rows = result.rules.map((r) => {
    const p = prev.get(r.id);
    const change = formatPointChange(p?.complianceRate ?? null, r.complianceRate);
    const cls = change.startsWith('+') ? 'up' : change.startsWith('−') ? 'down' : '';
    return (
      `<tr><td><code>${esc(r.id)}</code> ${esc(ruleTitle(o.rules, r.id, o.lang))}</td>` +
      `<td class="num">${formatPercent(p?.complianceRate ?? null)}</td><td class="num">${formatPercent(r.complianceRate)}</td>` +
      `<td class="num"><span class="${cls}">${esc(change)}</span></td>` +
      `<td class="num">${p ? n(p.violations) : '—'}</td><td class="num">${n(r.violations)}</td></tr>`
    );
  });
  const range = `${formatDay(result.previous.period.from)} ~ ${formatDay(result.previous.period.to)}`;
  return (
    `<section><h2>${esc(t.comparison)}</h2><p class="note">${esc(t.previous)}: ${esc(range)} · ${esc(t.current)}: ${esc(periodText(result, o.lang))}</p>` +
    table(
      [
        t.rule,
        [`${t.previous} ${t.compliance}`, 'num'],
        [`${t.current} ${t.compliance}`, 'num'],
        [t.change, 'num'],
        [`${t.previous} ${t.violations}`, 'num'],
        [`${t.current} ${t.violations}`, 'num'],
      ],
      rows,
    ) +
    `</section>`
  );
}

function breakdown(result: AuditResult, o: FormatOptions): string {
  if (!result.groupBy) return '';
  const t = labels(o.lang);
  const rows = result.groups[result.groupBy].map(
    (b) =>
      `<tr><td>${esc(groupLabel(b.group, o.lang))}</td><td><code>${esc(b.rule)}</code></td><td class="num">${n(b.evaluated)}</td><td class="num">${n(b.violations)}</td>` +
      `<td class="num">${n(b.pending)}</td><td class="num">${formatPercent(b.complianceRate)}${meter(b.complianceRate)}</td></tr>`,
  );
  return (
    `<section><h2>${esc(t.breakdown)} (${esc(t.groupNames[result.groupBy])})</h2>` +
    table([t.group, t.rule, [t.evaluated, 'num'], [t.violations, 'num'], [t.pending, 'num'], [t.compliance, 'num']], rows) +
    `</section>`
  );
}

function findingRow(v: Violation, o: FormatOptions, spd: number): string {
  const t = labels(o.lang);
  return (
    `<tr><td class="id">${esc(v.recordId)}</td><td>${esc(v.department ?? '—')}</td><td class="t">${esc(placeOf(v.file, v.line, o.lang))}</td>` +
    `<td class="t">${esc(formatWhen(v.start))}</td><td class="t">${v.deadline === null ? '—' : esc(formatWhen(v.deadline))}</td>` +
    `<td class="t">${v.end === null ? badge('none', v.open ? t.open : t.notDone) : esc(formatWhen(v.end))}</td>` +
    `<td class="num">${v.overWorkingSeconds === null ? '—' : esc(lateness(v, spd, o.lang))}</td>` +
    `<td>${esc(findingText(v, o.lang))}</td></tr>`
  );
}

function* findings(result: AuditResult, o: FormatOptions): Generator<string> {
  const t = labels(o.lang);
  const total = result.violations.length;
  if (!total) {
    yield `<section id="findings"><h2>${esc(t.findings)}</h2><p>${esc(t.noViolations)}</p></section>`;
    return;
  }
  const shown = selectViolations(result.violations, o.limit);
  // Grouped under each rule (in the summary's order) so the clause sits beside its findings;
  // inside a group the violations keep the order they were selected in.
  const ruleOrder = [...result.rules.map((r) => r.id), ...shown.map((v) => v.rule)].filter((id, i, a) => a.indexOf(id) === i);
  const note = shown.length < total ? t.showing(shown.length, total) : t.allShown(total);
  yield `<section id="findings"><h2>${esc(o.limit === null ? t.findings : t.worst)} <span class="muted">(${esc(note)})</span></h2>`;
  for (const id of ruleOrder) {
    const mine = shown.filter((v) => v.rule === id);
    if (!mine.length) continue;
    const meta = o.rules.get(id);
    const clause = meta
      ? `<blockquote class="clause">“${esc(meta.clause)}”<span class="src">${esc(t.bases[meta.basis])} · ${esc(t.target)}: ${esc(meta.threshold[o.lang])}</span></blockquote>`
      : '';
    yield `<div class="rule-block"><h3><code>${esc(id)}</code> ${esc(ruleTitle(o.rules, id, o.lang))} <span class="muted">(${n(mine.length)})</span></h3>${clause}`;
    yield* lazyTable(
      [t.recordId, t.department, `${t.file}:${t.line}`, t.start, t.deadline, t.completion, [t.late, 'num'], t.message],
      mapped(mine, (v) => findingRow(v, o, result.calendar.secondsPerWorkingDay)),
    );
    yield `</div>`;
  }
  yield `</section>`;
}

function* rejected(result: AuditResult, o: FormatOptions): Generator<string> {
  if (!result.rejected.length) return;
  const t = labels(o.lang);
  const rows = mapped(
    result.rejected,
    (r) =>
      `<tr><td class="t">${esc(r.file)}</td><td class="num">${r.line}</td><td><code>${esc(r.code)}</code></td><td>${esc(rejectionReason(r, o.lang))}</td></tr>`,
  );
  yield `<section><h2>${esc(t.rejected)} <span class="muted">(${n(result.rejected.length)})</span></h2>`;
  yield* lazyTable([t.file, [t.line, 'num'], t.code, t.reason], rows);
  yield `</section>`;
}

function* warningsSection(result: AuditResult, o: FormatOptions): Generator<string> {
  if (!result.warnings.length) return;
  const t = labels(o.lang);
  const rows = mapped(
    result.warnings,
    (w) =>
      `<tr><td class="t">${esc(w.file)}</td><td class="num">${w.line ?? '—'}</td><td><code>${esc(w.code)}</code></td><td>${esc(warningMessage(w, o.lang))}</td></tr>`,
  );
  yield `<section><h2>${esc(t.warnings)} <span class="muted">(${n(result.warnings.length)})</span></h2>`;
  yield* lazyTable([t.file, [t.line, 'num'], t.code, t.message], rows);
  yield `</section>`;
}

function inputsSection(result: AuditResult, o: FormatOptions): string {
  const t = labels(o.lang);
  const rows = result.inputs.map(
    (i) =>
      `<tr><td>${esc(i.file)}</td><td>${esc(t.kinds[i.kind])}</td><td>${esc(i.encoding)}</td><td class="num">${n(i.rows)}</td>` +
      `<td class="num">${n(i.evaluated)}</td><td class="num">${n(i.outOfPeriod)}</td><td class="num">${n(i.rejected)}</td>` +
      `<td class="num">${n(i.summary ?? 0)}</td></tr>`,
  );
  const cal =
    `<p class="note">${esc(t.calendar)}: ${esc(t.timezone)} ${esc(result.calendar.timezone)} · ${esc(t.workingHours)} ${esc(result.calendar.hours.join(', '))}` +
    ` · ${esc(t.holidayYears)} ${esc(result.calendar.holidayYears.join(', '))}</p>`;
  return (
    `<section><h2>${esc(t.inputs)}</h2>` +
    table(
      [
        t.file,
        t.kind,
        t.encoding,
        [t.rows, 'num'],
        [t.evaluated, 'num'],
        [t.outOfPeriod, 'num'],
        [t.rejected, 'num'],
        [t.summaryRows, 'num'],
      ],
      rows,
    ) +
    cal +
    `</section>`
  );
}

/**
 * The HTML report.
 *
 * @example formatHtml(result, options).startsWith('<!doctype html>') // => true
 */
export const formatHtml: Formatter = (result, o) => [...htmlChunks(result, o)].join('');

/**
 * {@link formatHtml} in chunks of about 64 KiB: the findings, rejected rows and warnings are
 * written a row at a time, so a page listing every violation is never one string.
 *
 * @example [...htmlChunks(result, options)].join('') === formatHtml(result, options) // => true
 */
export function* htmlChunks(result: AuditResult, o: FormatOptions): Generator<string> {
  const t = labels(o.lang);
  const title = `${t.reportTitle} — ${periodText(result, o.lang)}`;
  const parts: (string | Iterable<string>)[] = [
    [
      `<!doctype html>\n<html lang="${o.lang}"><head><meta charset="utf-8">` +
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">` +
        `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="charter-audit">` +
        `<title>${esc(title)}</title><style>${CSS}</style></head><body>\n` +
        header(result, o) +
        `<main>` +
        kpis(result, o) +
        charts(result, o) +
        summary(result, o) +
        watchHtml(result, o) +
        allowanceHtml(result, o) +
        aggregatesSection(result, o) +
        whatIfHtml(result, o) +
        comparison(result, o) +
        breakdown(result, o),
    ],
    findings(result, o),
    rejected(result, o),
    warningsSection(result, o),
    [
      inputsSection(result, o) +
        `</main><footer>${esc(t.timesNote)} · ${esc(t.generatedBy)} · ${esc(t.asOf)} ${esc(formatWhen(result.asOf))} KST</footer>\n</body></html>\n`,
    ],
  ];
  yield* coalesce(parts);
}

/** `--format html`: one self-contained page with charts. */
export const htmlFormat: RenderFormat = {
  name: 'html',
  extensions: ['.html', '.htm'],
  description: 'one self-contained page with charts',
  render: htmlChunks,
};
