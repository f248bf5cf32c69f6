/**
 * Server-side SVG charts for the HTML report: plain strings, no script, no external resource.
 * Every label passes through {@link escapeHtml}; numbers are rounded so the output is stable.
 */
import { escapeHtml as esc } from './sanitize.js';

export const COLORS = {
  pass: '#1a7f37',
  fail: '#c62828',
  neutral: '#8c959f',
  accent: '#0b4f9c',
  grid: '#d0d7de',
  text: '#24292f',
  muted: '#57606a',
  series: ['#0b4f9c', '#c2410c', '#15803d', '#7c3aed', '#b91c1c', '#0e7490', '#a16207', '#be185d'],
} as const;

/** A number for an SVG attribute: at most two decimals, no trailing zeros. @example num(1 / 3) // => '0.33' */
export const num = (x: number): string => String(Math.round(x * 100) / 100);

/** Cuts a label to `max` characters (Korean counted as two), with an ellipsis. */
export function shorten(text: string, max: number): string {
  let width = 0;
  let out = '';
  for (const ch of text) {
    const w = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
    if (width + w > max) return `${out}…`;
    width += w;
    out += ch;
  }
  return out;
}

function svgOpen(width: number, height: number, title: string, cls: string): string {
  return (
    `<svg class="chart ${cls}" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ` +
    `aria-label="${esc(title)}"><title>${esc(title)}</title>`
  );
}

export interface Bar {
  label: string;
  /** Value on the chart's scale; null draws no bar and says "—". */
  value: number | null;
  /** The text printed after the bar. */
  text: string;
  color: string;
  /** Extra hover text. */
  hint?: string;
}

/**
 * A horizontal bar chart: one labelled bar per item, scaled to `max`, with an optional
 * dashed target line.
 *
 * @example horizontalBars('Compliance', [{ label: 'a', value: 0.9, text: '90%', color: '#000' }], { max: 1 })
 */
export function horizontalBars(
  title: string,
  bars: readonly Bar[],
  opts: { max: number; target?: number; targetText?: string; labelWidth?: number },
): string {
  const width = 560;
  const labelWidth = opts.labelWidth ?? 200;
  const textWidth = 72;
  const row = 26;
  const top = opts.target === undefined ? 8 : 22;
  const height = top + bars.length * row + 8;
  const plot = width - labelWidth - textWidth;
  const x = (v: number) => labelWidth + (opts.max > 0 ? (Math.max(0, Math.min(v, opts.max)) / opts.max) * plot : 0);
  const parts = [svgOpen(width, height, title, 'bars')];
  parts.push(`<rect x="${labelWidth}" y="${top - 4}" width="${plot}" height="${bars.length * row}" fill="#f6f8fa"/>`);
  bars.forEach((b, i) => {
    const y = top + i * row;
    parts.push(
      `<text x="${labelWidth - 8}" y="${y + 13}" text-anchor="end" class="lbl">${esc(shorten(b.label, 30))}<title>${esc(b.hint ?? b.label)}</title></text>`,
    );
    if (b.value !== null) {
      parts.push(
        `<rect x="${labelWidth}" y="${y}" width="${num(Math.max(1, x(b.value) - labelWidth))}" height="${row - 10}" rx="2" fill="${b.color}"/>`,
      );
    }
    parts.push(
      `<text x="${num(b.value === null ? labelWidth + 4 : x(b.value) + 6)}" y="${y + 13}" class="val">${esc(b.text)}</text>`,
    );
  });
  if (opts.target !== undefined) {
    const tx = num(x(opts.target));
    parts.push(
      `<line x1="${tx}" x2="${tx}" y1="${top - 8}" y2="${top + bars.length * row - 4}" stroke="${COLORS.text}" stroke-dasharray="4 3"/>`,
    );
    parts.push(`<text x="${tx}" y="${top - 10}" text-anchor="middle" class="tgt">${esc(opts.targetText ?? '')}</text>`);
  }
  parts.push('</svg>');
  return parts.join('');
}

export interface Column {
  label: string;
  value: number | null;
  text: string;
  passed: boolean;
}

/**
 * A column chart per period against a dashed target line (answer rate, average wait).
 *
 * @example columnsWithTarget('Answer rate', [{ label: '2024-07', value: 0.96, text: '96%', passed: true }], { min: 0.8, max: 1, target: 0.95, targetText: '95%', axis: (v) => `${v * 100}%` })
 */
export function columnsWithTarget(
  title: string,
  columns: readonly Column[],
  opts: { min: number; max: number; target: number; targetText: string; axis: (v: number) => string; ticks?: number },
): string {
  const width = 360;
  const height = 220;
  const left = 46;
  const right = 12;
  const top = 30;
  const bottom = 30;
  const plotH = height - top - bottom;
  const plotW = width - left - right;
  const span = opts.max - opts.min || 1;
  const y = (v: number) => top + plotH - ((Math.max(opts.min, Math.min(opts.max, v)) - opts.min) / span) * plotH;
  const parts = [svgOpen(width, height, title, 'columns')];
  const ticks = opts.ticks ?? 4;
  for (let i = 0; i <= ticks; i++) {
    const v = opts.min + (span * i) / ticks;
    parts.push(
      `<line x1="${left}" x2="${width - right}" y1="${num(y(v))}" y2="${num(y(v))}" stroke="${COLORS.grid}" stroke-width="1"/>`,
    );
    parts.push(`<text x="${left - 6}" y="${num(y(v) + 4)}" text-anchor="end" class="axis">${esc(opts.axis(v))}</text>`);
  }
  const slot = plotW / Math.max(1, columns.length);
  const barW = Math.min(48, slot * 0.6);
  columns.forEach((c, i) => {
    const cx = left + slot * i + slot / 2;
    if (c.value !== null) {
      const top0 = y(c.value);
      parts.push(
        `<rect x="${num(cx - barW / 2)}" y="${num(top0)}" width="${num(barW)}" height="${num(Math.max(1, top + plotH - top0))}" rx="2" fill="${c.passed ? COLORS.pass : COLORS.fail}"/>`,
      );
    }
    parts.push(
      `<text x="${num(cx)}" y="${num((c.value === null ? top + plotH : y(c.value)) - 5)}" text-anchor="middle" class="val">${esc(c.text)}</text>`,
    );
    parts.push(`<text x="${num(cx)}" y="${height - bottom + 16}" text-anchor="middle" class="axis">${esc(c.label)}</text>`);
  });
  const ty = num(y(opts.target));
  parts.push(
    `<line x1="${left}" x2="${width - right}" y1="${ty}" y2="${ty}" stroke="${COLORS.text}" stroke-width="1.5" stroke-dasharray="5 4"/>`,
  );
  // The legend for the target line sits above the plot, clear of the value labels.
  parts.push(
    `<line x1="${width - right - 150}" x2="${width - right - 126}" y1="10" y2="10" stroke="${COLORS.text}" stroke-width="1.5" stroke-dasharray="5 4"/>`,
  );
  parts.push(`<text x="${width - right - 120}" y="14" class="tgt">${esc(opts.targetText)}</text>`);
  parts.push('</svg>');
  return parts.join('');
}

export interface Series {
  label: string;
  points: readonly { x: string; value: number | null }[];
}

/**
 * A small line chart (one of the small multiples of the monthly trend): compliance per period
 * on a shared scale from `min` to 100%.
 *
 * @example trendLine({ label: 'complaint.inquiry', points: [{ x: '2024-07', value: 1 }] }, 0.8, (v) => `${v * 100}%`)
 */
export function trendLine(series: Series, min: number, format: (v: number) => string): string {
  const width = 260;
  const height = 150;
  const left = 52;
  const right = 28;
  const top = 26;
  // Room under the lowest y label so it never crowds the first month's label.
  const bottom = 30;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const n = series.points.length;
  const x = (i: number) => left + (n <= 1 ? plotW / 2 : (plotW * i) / (n - 1));
  const y = (v: number) => top + plotH - ((Math.max(min, Math.min(1, v)) - min) / (1 - min || 1)) * plotH;
  const parts = [svgOpen(width, height, series.label, 'trend')];
  parts.push(`<text x="4" y="14" class="ttl">${esc(shorten(series.label, 38))}</text>`);
  for (const v of [min, (min + 1) / 2, 1]) {
    parts.push(`<line x1="${left}" x2="${width - right}" y1="${num(y(v))}" y2="${num(y(v))}" stroke="${COLORS.grid}"/>`);
    parts.push(`<text x="${left - 4}" y="${num(y(v) + 4)}" text-anchor="end" class="axis">${esc(format(v))}</text>`);
  }
  const pts = series.points.map((p, i) => ({ ...p, i })).filter((p) => p.value !== null) as {
    x: string;
    value: number;
    i: number;
  }[];
  // One line per run of consecutive months with data: a month without data is a gap, not a join.
  let run: typeof pts = [];
  const flush = () => {
    if (run.length > 1)
      parts.push(
        `<polyline fill="none" stroke="${COLORS.accent}" stroke-width="2" points="${run.map((p) => `${num(x(p.i))},${num(y(p.value))}`).join(' ')}"/>`,
      );
    run = [];
  };
  for (const p of pts) {
    if (run.length > 0 && p.i !== run[run.length - 1]!.i + 1) flush();
    run.push(p);
  }
  flush();
  for (const p of pts) {
    parts.push(
      `<circle cx="${num(x(p.i))}" cy="${num(y(p.value))}" r="3.5" fill="${p.value >= 1 ? COLORS.pass : COLORS.fail}"><title>${esc(`${p.x}: ${format(p.value)}`)}</title></circle>`,
    );
  }
  series.points.forEach((p, i) => {
    parts.push(`<text x="${num(x(i))}" y="${height - 4}" text-anchor="middle" class="axis">${esc(p.x)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('');
}

/**
 * Every month from the first to the last of `keys` (`YYYY-MM`), so a month without data keeps
 * its place on an axis; other keys (quarters, days) are returned as given.
 *
 * @example fillMonths(['2025-01', '2025-04']) // => ['2025-01', '2025-02', '2025-03', '2025-04']
 */
export function fillMonths(keys: readonly string[]): string[] {
  if (keys.length === 0 || !keys.every((k) => /^\d{4}-\d{2}$/.test(k))) return [...keys];
  const sorted = [...keys].sort();
  const index = (k: string) => Number(k.slice(0, 4)) * 12 + Number(k.slice(5, 7)) - 1;
  const out: string[] = [];
  for (let i = index(sorted[0]!); i <= index(sorted[sorted.length - 1]!); i++) {
    out.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}

/** One row of a {@link stackedBars} chart: its label and the parts of its whole, in order. */
export interface StackedRow {
  label: string;
  hint?: string;
  parts: readonly { value: number; color: string; hint: string }[];
  /** Printed after the bar (e.g. the count the parts add up to). */
  text: string;
}

/**
 * A horizontal stacked bar per row, each part its share of the row's total (a row whose parts
 * add up to 0 draws an empty track), with a legend above.
 *
 * @example stackedBars('Allowance used', [{ label: 'payment.four-hours', text: '9', parts: [{ value: 1, color: '#1a7f37', hint: '≤ 50%: 1' }] }], [{ label: '≤ 50%', color: '#1a7f37' }])
 */
export function stackedBars(
  title: string,
  rows: readonly StackedRow[],
  legend: readonly { label: string; color: string }[],
): string {
  const width = 560;
  const labelWidth = 200;
  const textWidth = 64;
  const row = 26;
  const top = 30;
  const plot = width - labelWidth - textWidth;
  const height = top + rows.length * row + 8;
  const parts = [svgOpen(width, height, title, 'stacked')];
  const step = (width - labelWidth) / Math.max(1, legend.length);
  legend.forEach((l, i) => {
    const x = labelWidth + i * step;
    parts.push(`<rect x="${num(x)}" y="6" width="10" height="10" fill="${l.color}"/>`);
    parts.push(`<text x="${num(x + 14)}" y="15" class="lbl">${esc(l.label)}</text>`);
  });
  rows.forEach((r, i) => {
    const y = top + i * row;
    parts.push(
      `<text x="${labelWidth - 8}" y="${y + 13}" text-anchor="end" class="lbl">${esc(shorten(r.label, 30))}<title>${esc(r.hint ?? r.label)}</title></text>`,
    );
    parts.push(`<rect x="${labelWidth}" y="${y}" width="${plot}" height="${row - 10}" fill="#f6f8fa"/>`);
    const total = r.parts.reduce((a, p) => a + p.value, 0);
    let x = labelWidth;
    for (const p of r.parts) {
      if (total === 0 || p.value === 0) continue;
      const w = (p.value / total) * plot;
      parts.push(
        `<rect x="${num(x)}" y="${y}" width="${num(w)}" height="${row - 10}" fill="${p.color}"><title>${esc(p.hint)}</title></rect>`,
      );
      x += w;
    }
    parts.push(`<text x="${labelWidth + plot + 6}" y="${y + 13}" class="val">${esc(r.text)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('');
}
