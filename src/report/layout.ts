/**
 * Shared presentation helpers for the text formats: choosing the violations to show, column
 * fitting for terminal tables, and the small lookups every format needs.
 */
import stringWidth from 'string-width';
import type { AuditResult, RuleSummary, Violation } from '../model/result.js';
import type { Lang, RuleMeta } from '../model/rule.js';
import { formatCount, formatPercent } from '../format/index.js';
import { labels } from './i18n.js';
import { oneLine } from './sanitize.js';
import { capCell, displayWidth } from './box.js';

/**
 * The violations a bounded view shows. With a limit: the worst first (most working time over the
 * deadline; ties and unmeasured ones keep engine order). Without: all, in engine order.
 *
 * @example selectViolations(vs, 20).length // => Math.min(20, vs.length)
 */
export function selectViolations(violations: readonly Violation[], limit: number | null): Violation[] {
  if (limit === null) return [...violations];
  const indexed = violations.map((v, i) => ({ v, i }));
  indexed.sort((a, b) => {
    const oa = a.v.overWorkingSeconds ?? -1;
    const ob = b.v.overWorkingSeconds ?? -1;
    return ob - oa || a.i - b.i;
  });
  return indexed.slice(0, Math.max(0, limit)).map((x) => x.v);
}

/** The rule's title in `lang`, or its id when the registry does not know it. */
export function ruleTitle(rules: ReadonlyMap<string, RuleMeta>, id: string, lang: Lang): string {
  return rules.get(id)?.title[lang] ?? id;
}

/** The rule's threshold in words, or `—`. */
export function ruleThreshold(rules: ReadonlyMap<string, RuleMeta>, id: string, lang: Lang): string {
  return rules.get(id)?.threshold[lang] ?? '—';
}

/** Pass, fail or not evaluated for one rule summary. */
export type Verdict = 'pass' | 'fail' | 'none';

/**
 * A rule passes when it was evaluated and has no violations.
 *
 * @example verdict({ evaluated: 10, violations: 0 } as RuleSummary) // => 'pass'
 */
export function verdict(r: RuleSummary): Verdict {
  if (r.notEvaluatedReason || (r.evaluated === 0 && r.violations === 0)) return 'none';
  return r.violations > 0 ? 'fail' : 'pass';
}

/** The words for a verdict. */
export function verdictLabel(v: Verdict, lang: Lang): string {
  const t = labels(lang);
  return v === 'pass' ? t.pass : v === 'fail' ? t.fail : t.notEvaluated;
}

/**
 * Thousands separators. @example n(12345) // => '12,345'
 */
export function n(value: number): string {
  return formatCount(value);
}

/** Overall compliance of record rules: passed ÷ (passed + violations) over every rule. */
export function overallCompliance(result: AuditResult): number | null {
  let passed = 0;
  let violations = 0;
  for (const r of result.rules) {
    passed += r.passed;
    violations += r.violations;
  }
  return passed + violations === 0 ? null : passed / (passed + violations);
}

/** The compliance rate of one rule, as text. */
export function complianceText(r: RuleSummary): string {
  return formatPercent(r.complianceRate);
}

/** Display width of the widest line of a cell. */
function cellWidth(text: string): number {
  let w = 0;
  let from = 0;
  for (;;) {
    const nl = text.indexOf('\n', from);
    w = Math.max(w, displayWidth(nl < 0 ? text.slice(from) : text.slice(from, nl)));
    if (nl < 0) return w;
    from = nl + 1;
  }
}

/**
 * Column widths (cli-table3 `colWidths`, padding included) that make a table with these cells
 * fit in `width` terminal columns. Columns listed in `flexible` give up width first, in
 * proportion to their room above `minimum` (one number, or one per column); the others keep
 * their natural width unless even that does not fit.
 *
 * @example fitColumns([['id', 'title']], 20, [1]) // => [4, 7]
 */
export function fitColumns(
  rows: readonly (readonly string[])[],
  width: number,
  flexible: readonly number[],
  minimum: number | readonly number[] = 6,
): number[] {
  // Loops, not spreads: a column of 200,000 cells spread into Math.max overflows the stack.
  let cols = 0;
  for (const r of rows) cols = Math.max(cols, r.length);
  const natural = Array.from({ length: cols }, () => 3);
  for (const r of rows) for (let c = 0; c < r.length; c++) natural[c] = Math.max(natural[c]!, 2 + cellWidth(r[c] ?? ''));
  const minOf = (c: number): number => Math.min(natural[c] ?? 0, typeof minimum === 'number' ? minimum : (minimum[c] ?? 6));
  const budget = Math.max(cols * 4, width - (cols + 1));
  const total = natural.reduce((a, b) => a + b, 0);
  if (total <= budget) return natural;
  const widths = [...natural];
  const flex = flexible.filter((c) => c < cols);
  const shrinkable = (set: readonly number[]) => set.reduce((a, c) => a + Math.max(0, (widths[c] ?? 0) - minOf(c)), 0);
  let excess = total - budget;
  for (const set of [flex, natural.map((_, c) => c).filter((c) => !flex.includes(c))]) {
    if (excess <= 0) break;
    const room = shrinkable(set);
    if (room === 0) continue;
    const take = Math.min(excess, room);
    let taken = 0;
    for (const c of set) {
      const share = Math.floor((take * Math.max(0, (widths[c] ?? 0) - minOf(c))) / room);
      widths[c] = (widths[c] ?? 0) - share;
      taken += share;
    }
    // Rounding leftovers come off the widest columns of the set, one at a time.
    for (let left = take - taken; left > 0; left--) {
      let widest = set[0] ?? 0;
      for (const c of set) if ((widths[c] ?? 0) > (widths[widest] ?? 0)) widest = c;
      if ((widths[widest] ?? 0) <= minOf(widest)) break;
      widths[widest] = (widths[widest] ?? 0) - 1;
    }
    excess -= take;
  }
  // A very narrow terminal: take the rest from the widest columns, down to 4 each.
  for (; excess > 0; excess--) {
    let widest = 0;
    for (let c = 1; c < cols; c++) if ((widths[c] ?? 0) > (widths[widest] ?? 0)) widest = c;
    if ((widths[widest] ?? 0) <= 4) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
  }
  return widths;
}

/**
 * Wraps free text to `width` display columns (Korean counts two), breaking at spaces and, for a
 * word longer than the line, inside the word.
 *
 * @example wrapText('alpha beta gamma', 10) // => ['alpha beta', 'gamma']
 */
export function wrapText(text: string, width: number, indent = ''): string[] {
  const max = Math.max(8, width);
  const lines: string[] = [];
  const lead = /^ */.exec(text)?.[0] ?? '';
  let line = lead;
  const push = () => {
    lines.push(line);
    line = indent;
  };
  for (const word of text.slice(lead.length).split(' ')) {
    const sep = line.trim() === '' ? '' : ' ';
    if (stringWidth(line + sep + word) <= max) {
      line += sep + word;
      continue;
    }
    if (line.trim() !== '') push();
    for (const ch of word) {
      if (stringWidth(line + ch) > max) push();
      line += ch;
    }
  }
  if (line.trim() !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/** Terminal-safe one-line text from the input (escape sequences and controls removed). */
export const safe = (text: string | null | undefined): string => (text == null ? '' : oneLine(text).trim());

/**
 * Cuts text to at most `width` display columns (Korean counts two), ending in `…` when cut.
 *
 * @example truncate('Call-centre answer rate', 10) // => 'Call-cent…'
 * @example truncate('콜센터 응대율', 7) // => '콜센터…'
 */
export function truncate(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  if (width <= 0) return '';
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = stringWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

/** One column of a {@link grid}. */
export interface GridColumn {
  head: string;
  align?: 'left' | 'right';
  /** Gives up width first when the grid is too wide (its cells are cut with `…`). */
  flex?: boolean;
  /** Narrowest a flexible column may become (default 8). */
  min?: number;
  /** Left out entirely when it would be narrower than `min`. */
  optional?: boolean;
}

/** A grid cell: plain text, or text with a style applied after fitting (colour). */
export type GridCell = string | { text: string; style: (s: string) => string };

const GAP = 2;

/**
 * A compact borderless table: one line per row, columns two spaces apart, a `─` rule under the
 * head, no line longer than `width` display columns. Flexible columns shrink first (cells cut
 * with `…`); an optional column that would be too narrow is dropped; styles (colour) are applied
 * after measuring, so escape codes never count towards the width.
 *
 * @example grid([{ head: 'Rule' }, { head: 'N', align: 'right' }], [['a', '1']], 80)
 * // => ['Rule  N', '───────', 'a     1']
 */
export function grid(
  columns: readonly GridColumn[],
  rows: readonly (readonly GridCell[])[],
  width: number,
  headStyle: (s: string) => string = (s) => s,
): string[] {
  const text = (c: GridCell | undefined): string => capCell(c === undefined ? '' : typeof c === 'string' ? c : c.text);
  const natural = (i: number, head: string): number => {
    let w = displayWidth(head);
    for (const r of rows) w = Math.max(w, displayWidth(text(r[i])));
    return w;
  };
  let cols = columns.map((col, i) => ({ col, i, w: natural(i, col.head) }));
  const total = () => cols.reduce((a, c) => a + c.w, 0) + GAP * Math.max(0, cols.length - 1);
  const minOf = (c: (typeof cols)[number]) => Math.min(c.w, c.col.min ?? 8);
  const shrinkFlex = () => {
    let excess = total() - width;
    const flex = cols.filter((c) => c.col.flex);
    while (excess > 0) {
      const widest = flex.filter((c) => c.w > minOf(c)).sort((a, b) => b.w - a.w)[0];
      if (!widest) break;
      widest.w--;
      excess--;
    }
  };
  shrinkFlex();
  while (total() > width) {
    const drop = cols.find((c) => c.col.optional);
    if (!drop) break;
    cols = cols.filter((c) => c !== drop);
    // Restore the others to their natural width and fit again without the dropped column.
    for (const c of cols) c.w = natural(c.i, c.col.head);
    shrinkFlex();
  }
  // Still too wide (a very narrow terminal): cut the widest columns, down to 3 each.
  for (let excess = total() - width; excess > 0; excess--) {
    const widest = [...cols].sort((a, b) => b.w - a.w)[0];
    if (!widest || widest.w <= 3) break;
    widest.w--;
  }
  const line = (cells: readonly GridCell[], styleAll?: (s: string) => string): string =>
    cols
      .map((c, k) => {
        const cell = cells[c.i];
        const cut = truncate(text(cell), c.w);
        const pad = ' '.repeat(Math.max(0, c.w - stringWidth(cut)));
        const styled = styleAll ? styleAll(cut) : typeof cell === 'object' ? cell.style(cut) : cut;
        const last = k === cols.length - 1;
        return c.col.align === 'right' ? pad + styled : last ? styled : styled + pad;
      })
      .join(' '.repeat(GAP))
      .replace(/ +$/, '');
  return [
    line(
      columns.map((c) => c.head),
      headStyle,
    ),
    '─'.repeat(total()),
    ...rows.map((r) => line(r)),
  ];
}
