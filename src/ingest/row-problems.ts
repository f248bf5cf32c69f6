/**
 * What can be wrong with a row: the stable rejection codes, an optional cell that could not be
 * read (the record keeps its other values), and the warnings those cells become.
 */
import type { RowSink } from '../model/input.js';
import type { AnyColumn } from '../model/records.js';
import type { Message } from '../model/messages.js';
import { say, warning } from './reasons.js';

/** Stable rejection codes of a row. */
export const REJECT = {
  INVALID_TIMESTAMP: 'INVALID_TIMESTAMP',
  MISSING_REQUIRED: 'MISSING_REQUIRED',
  UNKNOWN_VALUE: 'UNKNOWN_VALUE',
  INVALID_NUMBER: 'INVALID_NUMBER',
  END_BEFORE_START: 'END_BEFORE_START',
  FIELD_COUNT: 'FIELD_COUNT',
  BAD_ENCODING: 'BAD_ENCODING',
  NUL_BYTE: 'NUL_BYTE',
  UNTERMINATED_QUOTE: 'UNTERMINATED_QUOTE',
} as const;

/** An optional cell that could not be read: the record keeps its other values. */
export interface CellProblem {
  column: AnyColumn;
  /** The problem: a cell that cannot be read, a written wait the times contradict, or invisible characters dropped. */
  said: Message<'INVALID_TIMESTAMP' | 'UNKNOWN_VALUE' | 'INVALID_NUMBER' | 'WAIT_CONTRADICTS_TIMES' | 'INVISIBLE_IN_TEXT'>;
}

/** Warning code: a call's written wait contradicts its arrival and answer times. */
export const WAIT_CONTRADICTS_TIMES = 'WAIT_CONTRADICTS_TIMES' as const;

/**
 * One warning per optional cell of a row that could not be read, naming the rules that skip the
 * record (asked of the sink, which knows them).
 *
 * @example warnUnreadable(builder.problems!, sink, 'p.csv', 14)
 */
export function warnUnreadable(problems: readonly CellProblem[], sink: RowSink, file: string, line: number): void {
  for (const p of problems) {
    if (p.said.code === WAIT_CONTRADICTS_TIMES || p.said.code === 'INVISIBLE_IN_TEXT') {
      sink.warn(warning(file, line, p.said));
      continue;
    }
    const rules = sink.needs?.(p.column) ?? null;
    sink.warn(warning(file, line, say.unreadable(p.said, p.column, rules)));
  }
}
