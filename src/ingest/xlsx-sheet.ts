/**
 * The pure core of reading one worksheet: finding its header among the first rows (title rows
 * above it are skipped) and feeding its data rows, as text fields, into the same row builder the
 * CSV reader uses, so every rule, rejection and reconciliation works the same on a sheet.
 */
import { InputError, type ColumnMapping, type ReadOptions, type RowSink } from '../model/input.js';
import type { AnyColumn, AnyRecord, Kind } from '../model/records.js';
import type { Warning } from '../model/result.js';
import { detectKind } from './columns.js';
import { INVISIBLE_IN_ID, IdLines } from './ids.js';
import { rejection, say, warning } from './reasons.js';
import { headerSearchError, inputError } from '../messages/errors.js';
import { type OwnWords, type RowBuilder, rowBuilder, warnUnreadable } from './rows.js';
import { isBlank } from './text.js';
import type { TimeColumn } from './xlsx-cells.js';
import { columnsOf } from '../model/kinds.js';

/** Non-blank rows of a sheet looked at for its header (the same window as for a CSV's lines). */
export const SHEET_HEADER_ROWS = 20;

/** One row of a sheet: its number as Excel shows it and its cells as text (column A first). */
export interface SheetRow {
  row: number;
  fields: string[];
}

/** What is known of a sheet once its header is found. */
export interface SheetHeader {
  /** `file [sheet]`: the name its rows go by. */
  file: string;
  kind: Kind;
  mapping: ColumnMapping[];
  columns: Set<AnyColumn>;
  /** Row number of the header. */
  headerRow: number;
  /** Title rows skipped above the header (their text). */
  skipped: string[];
  /** The office's own value words for this kind (the config's `values`). */
  words?: OwnWords;
  /** Warnings about the header (a column given twice). */
  warnings: Warning[];
  /** Per cell of the header: whether its column holds a time (a plain number there is a serial date). */
  times: (TimeColumn | undefined)[];
}

/**
 * Whether every cell of a row is blank.
 *
 * @example blankRow(['', '  ']) // => true
 */
export function blankRow(fields: readonly string[]): boolean {
  for (let i = 0; i < fields.length; i++) if (fields[i] !== undefined && !isBlank(fields[i]!)) return false;
  return true;
}

/** A title row as `inputs` reports it: its non-blank cells, joined by a space. */
function titleText(r: SheetRow): string {
  return r.fields
    .filter((f) => f !== undefined && !isBlank(f))
    .map((f) => f.trim())
    .join(' ');
}

function headerAt(r: SheetRow, skipped: string[], options: ReadOptions, file: string): SheetHeader {
  const m = detectKind(r.fields, options, file);
  const types = new Map(columnsOf(m.kind).map((c) => [c.column, c.type] as const));
  return {
    times: m.mapping.map((c) => {
      const type = c.column === null ? undefined : types.get(c.column);
      return type === 'instant' || type === 'date' || type === 'time' ? type : undefined;
    }),
    file,
    kind: m.kind,
    mapping: m.mapping,
    columns: m.columns,
    headerRow: r.row,
    skipped,
    ...(options.values?.[m.kind] ? { words: options.values[m.kind] } : {}),
    warnings: m.duplicates.map((d) => warning(file, r.row, say.duplicateColumn(d.index + 1, d.header, m.kind, d.column))),
  };
}

/**
 * The header of a sheet, as the CSV reader finds a file's: `--header-line N` (the row number)
 * when given, else the first of its first {@link SHEET_HEADER_ROWS} non-blank rows whose cells
 * map to a kind; the title rows above it are skipped and reported. Throws the reader's error for
 * the first non-blank row when none does (the likely header), an `EMPTY_SHEET` error for a sheet
 * with no cells.
 *
 * @example findSheetHeader([{ row: 1, fields: ['2025년 1분기 대금지급 현황'] }, { row: 2, fields: ['청구번호', '청구일시'] }], {}, 'p.xlsx [대금]').headerRow // => 2
 */
export function findSheetHeader(rows: readonly SheetRow[], options: ReadOptions, file: string): SheetHeader {
  const candidates = rows.filter((r) => !blankRow(r.fields)).slice(0, SHEET_HEADER_ROWS);
  const titles = (index: number) => candidates.slice(0, index).map(titleText);
  if (options.headerLine !== undefined) {
    const index = candidates.findIndex((c) => c.row === options.headerLine);
    if (index < 0) {
      throw inputError(
        'HEADER_LINE',
        'INPUT_WORKBOOK',
        {
          file,
          problem: 'header-line',
          headerLine: options.headerLine,
          search: SHEET_HEADER_ROWS,
          rows: candidates.map((c) => c.row),
        },
        file,
      );
    }
    return headerAt(candidates[index]!, titles(index), options, file);
  }
  let firstError: InputError | null = null;
  for (let i = 0; i < candidates.length; i++) {
    try {
      return headerAt(candidates[i]!, titles(i), options, file);
    } catch (err) {
      if (!(err instanceof InputError) || (err.code !== 'UNKNOWN_KIND' && err.code !== 'MISSING_COLUMN')) throw err;
      firstError ??= err;
    }
  }
  if (firstError !== null && candidates.length > 1) {
    throw headerSearchError(firstError, candidates.length, 'rows', file);
  }
  if (firstError !== null) throw firstError;
  throw inputError('EMPTY_SHEET', 'INPUT_WORKBOOK', { file, problem: 'empty-sheet' }, file);
}

/**
 * Feeds the data rows of one sheet (the rows after its header) into a sink: each non-blank row
 * becomes exactly one record or one rejection, as in the CSV reader. Cells right of the header's
 * last column are notes in the margin and are not read.
 */
export class SheetRows {
  /** Data rows seen (blank rows are not rows). */
  rows = 0;
  private readonly builder: RowBuilder;
  private readonly width: number;
  private readonly ids: IdLines | null;
  private readonly syntheticId: string;
  private readonly idHeader: string;

  constructor(
    private readonly header: SheetHeader,
    private readonly sink: RowSink,
  ) {
    this.builder = rowBuilder(header.file, header.kind, header.mapping, header.words);
    this.width = header.mapping.length;
    this.ids = header.columns.has('id') ? new IdLines() : null;
    this.syntheticId = `${header.file}:`;
    this.idHeader = header.mapping.find((m) => m.column === 'id')?.header ?? 'id';
    for (const w of header.warnings) sink.warn(w);
  }

  /** One row of the sheet, in order (rows up to the header are passed over). */
  row(fields: string[], row: number): void {
    if (row <= this.header.headerRow || blankRow(fields)) return;
    this.rows++;
    while (fields.length < this.width) fields.push('');
    const record = this.builder.build(fields, row);
    if (record === null) {
      const b = this.builder;
      if (b.isSummary(fields)) {
        if (this.sink.summary) this.sink.summary(row);
        else this.sink.warn(warning(this.header.file, row, say.summaryRow()));
        return;
      }
      this.sink.reject({ ...rejection(this.header.file, row, b.said!), column: b.column, value: b.value });
      return;
    }
    if (this.builder.problems !== null) warnUnreadable(this.builder.problems, this.sink, this.header.file, row);
    if (this.ids !== null && !record.id.startsWith(this.syntheticId)) this.checkId(record, row);
    this.sink.record(record);
  }

  private checkId(record: AnyRecord, row: number): void {
    if (INVISIBLE_IN_ID.test(record.id)) {
      this.sink.warn(warning(this.header.file, row, say.invisibleInId(this.idHeader, record.id)));
    }
    const first = this.ids!.firstOrAdd(record.id, row);
    if (first === 0) return;
    this.sink.warn(warning(this.header.file, row, say.duplicateId(this.idHeader, record.id, first)));
  }
}
