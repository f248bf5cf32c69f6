/**
 * A boxed terminal table, drawn line by line: the layout cli-table3 gives (`┌─┬─┐`, a rule under
 * the head and between rows, one space of padding, words wrapped at spaces, a line too long for
 * its column cut with `…`), in time linear in the cells. cli-table3 itself took ~1 ms a row and
 * grew faster than the rows (100,000 violations: 378 s), so `--all` on a big audit never ended.
 *
 * Cells are plain text with an optional style (colour) applied after fitting, so escape codes
 * never count towards a width; each cell is capped at {@link CELL_CAP} characters per line before
 * anything measures it.
 */
import stringWidth from 'string-width';

/** One line of a cell: text, and a style applied to it once it is cut to its column. */
export type BoxLine = string | { text: string; style: (s: string) => string };

/** A cell: its lines (each may wrap further). */
export type BoxCell = readonly BoxLine[];

/** Characters of one cell line kept before measuring: more never fits a terminal. */
export const CELL_CAP = 512;

const textOf = (l: BoxLine): string => (typeof l === 'string' ? l : l.text);

/**
 * Display width in terminal columns (Korean counts two): string-width's answer, worked out
 * directly for the characters reports are made of (ASCII, Latin-1, dashes and `…`, box drawing,
 * Hangul, CJK ideographs, full-width forms) and left to string-width for anything else (escape
 * codes, emoji, combining marks). string-width alone cost ~4 µs a cell, most of a 200,000-row table.
 *
 * @example displayWidth('abc') // => 3
 * @example displayWidth('조달청 구매') // => 11
 */
export function displayWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e) w += 1;
    else if (
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3131 && c <= 0x318e) ||
      (c >= 0xff01 && c <= 0xff60)
    )
      w += 2;
    else if (
      (c >= 0xa0 && c <= 0x2ff && c !== 0xa9 && c !== 0xae) ||
      (c >= 0x2010 && c <= 0x2027) ||
      (c >= 0x2500 && c <= 0x257f)
    )
      w += 1;
    else return stringWidth(text);
  }
  return w;
}

/**
 * A cell line cut to {@link CELL_CAP} characters (never inside a surrogate pair), `…` marking the cut.
 *
 * @example capCell('x'.repeat(600)).length // => 512
 */
export function capCell(text: string): string {
  if (text.length <= CELL_CAP) return text;
  let end = CELL_CAP - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** cli-table3's word wrap: words kept whole (an overlong one alone on its line), spaces kept between. */
function wordWrap(max: number, input: string): string[] {
  const lines: string[] = [];
  const split = input.split(/(\s+)/g);
  let line: string[] = [];
  let lineLength = 0;
  let whitespace: string | undefined;
  for (let i = 0; i < split.length; i += 2) {
    const word = split[i]!;
    let newLength = lineLength + displayWidth(word);
    if (lineLength > 0 && whitespace) newLength += whitespace.length;
    if (newLength > max) {
      if (lineLength !== 0) lines.push(line.join(''));
      line = [word];
      lineLength = displayWidth(word);
    } else {
      line.push(whitespace ?? '', word);
      lineLength = newLength;
    }
    whitespace = split[i + 1];
  }
  if (lineLength) lines.push(line.join(''));
  return lines;
}

/** Text cut to `width` columns, the last one `…` when cut. */
function cut(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = displayWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

/** A cell's lines fitted to `width` columns: wrapped, cut, padded, then styled. */
function fitCell(cell: BoxCell, width: number, right: boolean): string[] {
  const out: string[] = [];
  for (const l of cell) {
    const style = typeof l === 'string' ? null : l.style;
    for (const part of wordWrap(width, capCell(textOf(l)))) {
      const text = cut(part, width);
      const pad = ' '.repeat(Math.max(0, width - displayWidth(text)));
      const styled = style ? style(text) : text;
      out.push(right ? pad + styled : styled + pad);
    }
  }
  return out;
}

/** The plain text of a cell, capped, lines joined with `\n` (for measuring columns). */
export function cellText(cell: BoxCell): string {
  return cell.map((l) => capCell(textOf(l))).join('\n');
}

/**
 * The lines of a boxed table with these column widths (padding included, as cli-table3's
 * `colWidths`), one at a time.
 *
 * @example [...boxLines([['a'], ['b']], [[['1'], ['2']]], [3, 3])].join('\n')
 * // => '┌───┬───┐\n│ a │ b │\n├───┼───┤\n│ 1 │ 2 │\n└───┴───┘'
 */
export function* boxLines(
  head: readonly BoxCell[],
  rows: Iterable<readonly BoxCell[]>,
  widths: readonly number[],
  align: readonly ('left' | 'right')[] = [],
): Generator<string> {
  const rule = (l: string, m: string, r: string) => `${l}${widths.map((w) => '─'.repeat(w)).join(m)}${r}`;
  const row = function* (cells: readonly BoxCell[]): Generator<string> {
    const fitted = widths.map((w, i) => fitCell(cells[i] ?? [], Math.max(0, w - 2), align[i] === 'right'));
    let height = 0;
    for (const f of fitted) height = Math.max(height, f.length);
    for (let k = 0; k < height; k++) {
      yield `│${fitted.map((f, i) => ` ${f[k] ?? ' '.repeat(Math.max(0, widths[i]! - 2))} `).join('│')}│`;
    }
  };
  yield rule('┌', '┬', '┐');
  yield* row(head);
  for (const r of rows) {
    yield rule('├', '┼', '┤');
    yield* row(r);
  }
  yield rule('└', '┴', '┘');
}
