/**
 * How a row's place is named for people: `file:line` for a text export, `file [sheet] row N` for
 * a row of a workbook's sheet (whose rows go by the name `file [sheet]`). Pure string functions.
 */
import type { Lang } from './rule.js';

/**
 * The name a sheet's rows go by in rejections, warnings and violations: `file [sheet]`. With
 * {@link placeOf} a row of it reads `payments.xlsx [대금지급] row 14`.
 *
 * @example sheetFile('payments.xlsx', '대금지급') // => 'payments.xlsx [대금지급]'
 */
export function sheetFile(file: string, sheet: string): string {
  return `${file} [${sheet}]`;
}

const SHEET_FILE = /(\.xls[xm]|<stdin>) \[[^\]]*\]$/i;

/**
 * Where a row is, for people, in `lang`: `file:line` for a text export, `file [sheet] row N`
 * (Korean `file [sheet] N행`) for a sheet of a workbook (the row number Excel shows at the left).
 *
 * @example placeOf('payments.csv', 14) // => 'payments.csv:14'
 * @example placeOf('payments.xlsx [대금지급]', 14) // => 'payments.xlsx [대금지급] row 14'
 * @example placeOf('payments.xlsx [대금지급]', 14, 'ko') // => 'payments.xlsx [대금지급] 14행'
 * @example placeOf('payments.xlsx [대금지급]', null) // => 'payments.xlsx [대금지급]'
 */
export function placeOf(file: string, line: number | null | undefined, lang: Lang = 'en'): string {
  if (line === null || line === undefined) return file;
  if (!SHEET_FILE.test(file)) return `${file}:${line}`;
  return lang === 'ko' ? `${file} ${line}행` : `${file} row ${line}`;
}
