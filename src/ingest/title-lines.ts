/**
 * Title lines above the header (`2025년 1월 대금지급 현황,,,`) as `inputs.skipped` and inspect
 * report them: read as CSV cells, as a spreadsheet shows them.
 */
import type { HeaderLine } from './header.js';
import { lineCells } from './csv-core.js';

/**
 * A title line as `inputs` reports it: its cells read as CSV (quotes removed) and the non-empty
 * ones joined with a space, so Excel's padding cells and quotes do not show; '' when it holds no
 * text (a row of only delimiters). A line that is not valid CSV (a stray quote) is kept as written.
 *
 * @example titleText({ text: '"2025년 1월 현황",,(단위: 원),', line: 1 }, ',') // => '2025년 1월 현황 (단위: 원)'
 */
export function titleText(line: HeaderLine, delimiter: string): string {
  const cells = lineCells(line.text, delimiter);
  if (cells === null) return line.text.trim();
  return cells
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '')
    .join(' ');
}

/**
 * The skipped title lines' texts, lines with no text left out.
 *
 * @example titleTexts([{ text: '"2025년 1월 현황",,', line: 1 }, { text: ',,,', line: 2 }], ',') // => ['2025년 1월 현황']
 */
export function titleTexts(lines: readonly HeaderLine[], delimiter: string): string[] {
  return lines.map((c) => titleText(c, delimiter)).filter((t) => t !== '');
}
