/**
 * The HTML report's sections for the `--due-within` watch list (a table, soonest first) and the
 * allowance use of the hours-based rules (a stacked bar per rule, self-contained SVG, and the
 * counts as a table beneath it).
 */
import type { AuditResult } from '../model/result.js';
import { formatCount, formatPercent } from '../format/index.js';
import { labels } from './i18n.js';
import { ruleTitle } from './layout.js';
import { COLORS, stackedBars } from './charts.js';
import { escapeHtml as esc } from './sanitize.js';
import type { FormatOptions } from './types.js';
import { BAND_LABELS, allowanceRules, allowanceSection, bandCounts, watchLabels, watchSection } from './watch.js';

/** Band colours, from well within the allowance to over it. */
export const BAND_COLORS: readonly string[] = [COLORS.pass, '#6cbf84', '#d4a72c', '#e16f24', COLORS.fail];

function cells(head: readonly string[], align: readonly ('l' | 'r')[], rows: readonly string[][]): string {
  const th = head.map((h, i) => `<th${align[i] === 'r' ? ' class="num"' : ''}>${esc(h)}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${r.map((c, i) => `<td${align[i] === 'r' ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`)
    .join('');
  return `<table><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

/** The watch list, or '' without `--due-within`. */
export function watchHtml(result: AuditResult, o: FormatOptions): string {
  const section = watchSection(result, o.lang, o.limit);
  if (!section) return '';
  const t = labels(o.lang);
  const head = `<section id="due-soon"><h2>${esc(section.title)}</h2>`;
  if (section.total === 0) return `${head}<p>${esc(watchLabels(o.lang).noneDue(section.within))}</p></section>`;
  const note = section.rows.length < section.total ? t.showing(section.rows.length, section.total) : t.allShown(section.total);
  const rows = section.rows.map((r) => [
    `<strong>${esc(r[0]!)}</strong>`,
    esc(r[1]!),
    esc(r[2]!),
    `<code>${esc(r[3]!)}</code> ${esc(ruleTitle(o.rules, r[3]!, o.lang))}`,
    esc(r[4]!),
  ]);
  return `${head}<p class="note">${esc(note)}</p>${section.rows.length ? cells(section.head, section.align, rows) : ''}</section>`;
}

/** The allowance-use bands: a stacked bar per hours-based rule and the counts, or ''. */
export function allowanceHtml(result: AuditResult, o: FormatOptions): string {
  const section = allowanceSection(result, o.lang);
  if (!section) return '';
  const l = watchLabels(o.lang);
  const chart = stackedBars(
    section.title,
    allowanceRules(result).map((r) => {
      const { counts, total } = bandCounts(r.allowanceUse);
      return {
        label: r.id,
        hint: `${r.id} ${ruleTitle(o.rules, r.id, o.lang)}`,
        text: `n=${formatCount(total)}`,
        parts: counts.map((value, b) => ({
          value,
          color: BAND_COLORS[b]!,
          hint: `${BAND_LABELS[b]}: ${formatCount(value)} (${formatPercent(total === 0 ? null : value / total)})`,
        })),
      };
    }),
    BAND_LABELS.map((label, b) => ({ label, color: BAND_COLORS[b]! })),
  );
  const rows = section.rows.map((r) => [`<code>${esc(r[0]!)}</code>`, ...r.slice(1).map(esc)]);
  return (
    `<section id="allowance"><h2>${esc(section.title)}</h2><p class="note">${esc(l.allowanceNote)}</p>` +
    `<figure>${chart}</figure>${cells(section.head, section.align, rows)}</section>`
  );
}
