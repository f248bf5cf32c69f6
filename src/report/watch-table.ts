/**
 * The terminal table's sections for allowance use and the `--due-within` watch list (see
 * ./watch.ts for their cells). Numbers are never cut: when a band's count and share do not fit the
 * width, the bands show the share alone beside the measured count.
 */
import type { ChalkInstance } from 'chalk';
import type { AuditResult } from '../model/result.js';
import { displayWidth } from './box.js';
import { labels } from './i18n.js';
import { type GridCell, type GridColumn, grid, safe, wrapText } from './layout.js';
import type { FormatOptions } from './types.js';
import { allowanceRules, allowanceSection, bandCounts, watchLabels, watchSection } from './watch.js';
import { formatPercent } from '../format/index.js';

/** The allowance-use bands, one line per hours-based rule; over 100% in red, 90–100% in yellow. */
export function allowanceTable(result: AuditResult, o: FormatOptions, c: ChalkInstance): string[] {
  const section = allowanceSection(result, o.lang);
  if (!section) return [];
  const natural =
    section.head.reduce((sum, h, i) => sum + Math.max(displayWidth(h), ...section.rows.map((r) => displayWidth(r[i]!))), 0) +
    2 * (section.head.length - 1);
  // Per rule: the band counts (for colour) and the shares alone (for a narrow terminal).
  const bands = allowanceRules(result).map((r) => bandCounts(r.allowanceUse));
  const wide = natural <= o.width;
  const rows = section.rows.map((row, k): GridCell[] => {
    const { counts, total } = bands[k]!;
    const texts = wide ? row.slice(2) : counts.map((n) => (total === 0 ? '—' : formatPercent(n / total)));
    const styled = texts.map((text, b): GridCell => {
      if (counts[b] === 0) return text;
      return b === 4 ? { text, style: c.red } : b === 3 ? { text, style: c.yellow } : text;
    });
    return [row[0]!, row[1]!, ...styled];
  });
  const columns: GridColumn[] = section.head.map((head, i) =>
    i === 0 ? { head, flex: true, min: 14 } : { head, align: 'right' },
  );
  const note = wrapText(watchLabels(o.lang).allowanceNote, o.width).map((l) => c.dim(l));
  return [...wrapText(section.title, o.width).map((l) => c.bold(l)), ...note, ...grid(columns, rows, o.width, c.bold)];
}

/** The watch list: soonest first, within `--limit`. */
export function watchTable(result: AuditResult, o: FormatOptions, c: ChalkInstance): string[] {
  const section = watchSection(result, o.lang, o.limit);
  if (!section) return [];
  const t = labels(o.lang);
  const title = wrapText(section.title, o.width).map((l) => c.bold(l));
  if (section.total === 0) return [...title, c.green(watchLabels(o.lang).noneDue(section.within))];
  const note = section.rows.length < section.total ? t.showing(section.rows.length, section.total) : t.allShown(section.total);
  if (section.rows.length === 0) return [...title, c.dim(note)];
  const columns: GridColumn[] = section.head.map((head, i) =>
    i === 4 ? { head, flex: true, min: 8, optional: true } : { head, align: section.align[i] === 'r' ? 'right' : 'left' },
  );
  const rows = section.rows.map((r): GridCell[] => [{ text: r[0]!, style: c.yellow }, r[1]!, safe(r[2]), r[3]!, safe(r[4])]);
  return [...title, c.dim(note), ...grid(columns, rows, o.width, c.bold)];
}
