/**
 * `diff --format html`: one self-contained page (inline CSS, no script, no network), every value
 * from the reports HTML-escaped.
 */
import type { Lang } from '../model/rule.js';
import { escapeHtml as esc } from '../report/sanitize.js';
import type { ReportDiff } from './compare.js';
import { diffLabels } from './labels.js';
import { diffSections } from './render.js';

/** The page's style, shared with the what-if section of the audit page. */
export const DIFF_CSS = `body{margin:0;background:#f3f5f8;color:#1f2328;font:14px/1.55 "Noto Sans KR","Apple SD Gothic Neo","Malgun Gothic",system-ui,sans-serif}
main{max-width:1080px;margin:0 auto;padding:24px}
h1{font-size:22px;color:#0b2e59}h2{font-size:17px;color:#0b2e59;border-left:4px solid #0b4f9c;padding-left:10px}
section{background:#fff;border:1px solid #d8dee4;border-radius:8px;padding:16px 20px;margin:16px 0}
table{border-collapse:collapse;width:100%;font-size:13px;font-variant-numeric:tabular-nums}
th,td{border-bottom:1px solid #e3e8ee;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa}.flip{color:#a40e26;font-weight:700}.ok{color:#116329;font-weight:700}.muted{color:#57606a}`;

/** A table with escaped cells, or a muted "none". */
export function htmlTable(head: readonly string[], rows: readonly (readonly string[])[], none: string): string {
  if (rows.length === 0) return `<p class="muted">${esc(none)}</p>`;
  const th = head.map((h) => `<th>${esc(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** The diff page. */
export function formatDiffHtml(d: ReportDiff, options: { lang: Lang }): string {
  const { lang } = options;
  const t = diffLabels(lang);
  const s = diffSections(d, lang);
  const section = (title: string, head: string[], rows: string[][]) =>
    `<section><h2>${esc(title)} (${rows.length})</h2>\n${htmlTable(head, rows, t.none)}</section>`;
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(t.title)}</title><style>${DIFF_CSS}</style></head>
<body><main>
<h1>${esc(t.title)}</h1>
<p>${esc(t.before)}: <code>${esc(d.before.name)}</code> (${esc(d.before.asOf)}) → ${esc(t.after)}: <code>${esc(d.after.name)}</code> (${esc(d.after.asOf)})</p>
<p class="${d.flipped > 0 ? 'flip' : 'ok'}">${esc(t.flipped(d.flipped))}</p>
<section><h2>${esc(t.rules)}</h2>
${htmlTable(s.rulesHead, s.rules, t.none)}</section>
${section(t.appeared, s.violationHead, s.appeared)}
${section(t.disappeared, s.violationHead, s.disappeared)}
${section(t.changed, s.changedHead, s.changed)}
${section(t.aggregates, s.aggregatesHead, s.aggregates)}
</main></body></html>
`;
}
