/**
 * The header of an export, from its first bytes: the encoding, the header line (title lines above
 * it skipped), the delimiter, the column mapping and the kind — or an {@link InputError} saying why
 * the file cannot be read as an export. The rows after it are the row reader's (reader.ts).
 */
import iconv from 'iconv-lite';
import { type ColumnMapping, InputError, type ReadOptions } from '../model/input.js';
import type { AnyColumn, Kind } from '../model/records.js';
import type { Warning } from '../model/result.js';
import { type HeaderMapping, detectKind } from './columns.js';
import { type EncodingChoice, detectEncoding } from './encoding.js';
import { HEADER_SEARCH_LINES, type HeaderLine, detectDelimiter, findHeaderLine, headerCandidates } from './header.js';
import type { OwnWords } from './rows.js';
import { delimiterNames, say, warning } from './reasons.js';
import { headerSearchError, inputError } from '../messages/errors.js';
import { titleTexts } from './title-lines.js';
import { containerOf, unreadableSpreadsheet } from './xlsx-sniff.js';
import { lineCells } from './csv-core.js';

/** Everything known about a file once its header has been read. */
export interface HeaderInfo {
  file: string;
  kind: Kind;
  encoding: EncodingChoice;
  delimiter: string;
  mapping: ColumnMapping[];
  columns: Set<AnyColumn>;
  headerLine: number;
  /** The office's own value words for this kind (the config's `values`). */
  words?: OwnWords;
  /** Title lines above the header that were skipped (their text, padding cells dropped). */
  skipped: string[];
  /** Warnings about the header (a column given twice). */
  warnings: Warning[];
}

/** Bytes read before giving up on finding a header line: a file without one is not a CSV export. */
export const MAX_HEADER_BYTES = 1 << 20;
/** Bytes looked at to tell the encoding. */
export const DETECT_BYTES = 64 * 1024;

/**
 * Reads the header from the first bytes of a file. Returns null when more bytes are needed
 * (`eof` false and the header line is not complete); throws an {@link InputError} for a file
 * that cannot be read as an export (empty, not text, no known kind).
 *
 * @example readHeader(Buffer.from('청구번호,청구일시\n'), true, 'p.csv', {})?.kind // => 'payments'
 */
export function readHeader(prefix: Buffer, eof: boolean, file: string, options: ReadOptions): HeaderInfo | null {
  if (!eof && prefix.length < DETECT_BYTES) return null;
  if (prefix.length === 0) {
    throw inputError('EMPTY_FILE', 'INPUT_READ', { file, problem: 'empty' }, file);
  }
  const container = containerOf(prefix);
  if (container !== 'text') {
    throw unreadableSpreadsheet(container, file) ?? inputError('WORKBOOK', 'INPUT_READ', { file, problem: 'zip' }, file);
  }
  const encoding = detectEncoding(prefix, eof, options.encoding);
  const body = prefix.subarray(encoding.bomLength);
  const text = encoding.codec === null ? body.toString('utf8') : iconv.decode(body, encoding.codec);
  const found = findHeaderLine(text, eof);
  if (found === null) {
    if (!eof && prefix.length < MAX_HEADER_BYTES) return null;
    if (eof) {
      throw inputError('EMPTY_FILE', 'INPUT_READ', { file, problem: 'blank' }, file);
    }
    throw inputError('NOT_CSV', 'INPUT_READ', { file, problem: 'not-csv', bytes: MAX_HEADER_BYTES }, file);
  }
  checkHeaderText(found, file, encoding.name);
  const chosen = chooseHeader(headerCandidates(text, eof), found, file, options);
  const { line: header, m } = chosen;
  const warnings: Warning[] = m.duplicates.map((d) =>
    warning(file, header.line, say.duplicateColumn(d.index + 1, d.header, m.kind, d.column)),
  );
  return {
    file,
    kind: m.kind,
    encoding,
    mapping: m.mapping,
    columns: m.columns,
    headerLine: header.line,
    skipped: chosen.skipped,
    ...(options.values?.[m.kind] ? { words: options.values[m.kind] } : {}),
    delimiter: chosen.delimiter,
    warnings,
  };
}

/** Refuses a header line holding NUL bytes or undecodable text, with what to do. */
function checkHeaderText(found: HeaderLine, file: string, encoding: string): void {
  if (found.text.indexOf('\0') >= 0) {
    throw inputError('NOT_TEXT', 'INPUT_READ', { file, problem: 'nul-header', line: found.line }, file, found.line);
  }
  if (found.text.indexOf('\uFFFD') >= 0) {
    throw inputError(
      'BAD_ENCODING',
      'INPUT_READ',
      { file, problem: 'header-encoding', line: found.line, encoding },
      file,
      found.line,
    );
  }
}

function headerCells(line: HeaderLine, delimiter: string, file: string): string[] {
  const cells = lineCells(line.text, delimiter);
  if (cells === null) {
    throw inputError('BAD_HEADER', 'INPUT_READ', { file, problem: 'header-csv', line: line.line }, file, line.line);
  }
  return cells;
}

/**
 * The header among the first non-blank lines: `--header-line N` when given, else the first line
 * whose cells name a kind's columns (title lines above it are skipped and reported). When none
 * does, the first line's error stands, with a word about title lines and `--header-line`.
 */
function chooseHeader(
  candidates: readonly HeaderLine[],
  first: HeaderLine,
  file: string,
  options: ReadOptions,
): { line: HeaderLine; m: HeaderMapping; delimiter: string; skipped: string[] } {
  const pick = (line: HeaderLine, index: number) => {
    const delimiter = detectDelimiter(line.text);
    const m = detectKind(headerCells(line, delimiter, file), options, file);
    return { line, m, delimiter, skipped: titleTexts(candidates.slice(0, index), delimiter) };
  };
  if (options.headerLine !== undefined) {
    const index = candidates.findIndex((c) => c.line === options.headerLine);
    if (index < 0) {
      throw inputError(
        'HEADER_LINE',
        'INPUT_READ',
        {
          file,
          problem: 'header-line',
          headerLine: options.headerLine,
          search: HEADER_SEARCH_LINES,
          lines: candidates.map((c) => c.line),
        },
        file,
      );
    }
    return pick(candidates[index]!, index);
  }
  let firstError: unknown = null;
  for (let i = 0; i < candidates.length; i++) {
    try {
      return pick(candidates[i]!, i);
    } catch (err) {
      if (!(err instanceof InputError) || (err.code !== 'UNKNOWN_KIND' && err.code !== 'MISSING_COLUMN')) throw err;
      firstError ??= err;
    }
  }
  if (firstError instanceof InputError && candidates.length > 1) {
    throw headerSearchError(firstError, candidates.length, 'lines', file, first.line);
  }
  throw firstError ?? pick(first, 0);
}

/** A human name of a delimiter. @example delimiterName('\t') // => 'tab' */
export function delimiterName(d: string): string {
  return delimiterNames(d).en;
}
