/**
 * How a row's place is named for people: `file:line` for a text export, `file [sheet] row N` for
 * a row of a workbook's sheet (whose rows go by the name `file [sheet]`). Pure string functions.
 */

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
 * Where a row is, for people: `file:line` for a text export, `file [sheet] row N` for a sheet of
 * a workbook (the row number Excel shows at the left).
 *
 * @example placeOf('payments.csv', 14) // => 'payments.csv:14'
 * @example placeOf('payments.xlsx [대금지급]', 14) // => 'payments.xlsx [대금지급] row 14'
 * @example placeOf('payments.xlsx [대금지급]', null) // => 'payments.xlsx [대금지급]'
 */
export function placeOf(file: string, line: number | null | undefined): string {
  if (line === null || line === undefined) return file;
  return SHEET_FILE.test(file) ? `${file} row ${line}` : `${file}:${line}`;
}
