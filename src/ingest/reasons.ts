/**
 * The reader's rejections and warnings as data: one constructor per message, each returning the
 * code and the data its words need (the header as written, the cell's value …). The words are the
 * catalog's (`messages/`), rendered at the edge. Called only when a row fails, never on the hot
 * path.
 */
import type { Message } from '../model/messages.js';
import type { Kind } from '../model/records.js';
import { koreanColumn } from '../model/records.js';
import { timestampProblemOf } from './timestamp.js';

export { rejection, warning } from '../model/result.js';
export { delimiterNames } from '../messages/rejections.js';
export { koreanColumn };

/** The reasons and warnings of the reader, by message. */
export const say = {
  /**
   * MISSING_REQUIRED: the start column is blank.
   *
   * @example say.missingStart('청구일시', 'payments', 'claimed_at').code // => 'MISSING_REQUIRED'
   */
  missingStart(header: string, kind: Kind, column: string): Message<'MISSING_REQUIRED'> {
    return { code: 'MISSING_REQUIRED', data: { of: 'start', header, kind, column } };
  },

  /**
   * MISSING_REQUIRED: a 보완 receipt without its request (`requestedHeader` null: the file has no such column).
   *
   * @example say.supplementWithoutRequest('보완접수일시', '2025-03-05 10:00', null).data.requested // => null
   */
  supplementWithoutRequest(receivedHeader: string, value: string, requestedHeader: string | null): Message<'MISSING_REQUIRED'> {
    return {
      code: 'MISSING_REQUIRED',
      data: { of: 'supplement-request', header: receivedHeader, value, requested: requestedHeader },
    };
  },

  /**
   * INVALID_TIMESTAMP, with why the text is not one.
   *
   * @example say.invalidTimestamp('지급일시', '2025-02-30 09:00').data.problem // => 'date'
   */
  invalidTimestamp(header: string, value: string): Message<'INVALID_TIMESTAMP'> {
    return { code: 'INVALID_TIMESTAMP', data: { header, value, problem: timestampProblemOf(value) ?? 'format' } };
  },

  /** END_BEFORE_START. @example say.endBeforeStart('지급일시', 'a', '청구일시', 'b').code // => 'END_BEFORE_START' */
  endBeforeStart(header: string, value: string, startHeader: string, startValue: string): Message<'END_BEFORE_START'> {
    return { code: 'END_BEFORE_START', data: { header, value, startHeader, startValue } };
  },

  /** UNKNOWN_VALUE: not a word of a vocabulary. @example say.unknownWord('접수경로', '비둘기', 'channel', '인터넷/web').data.expected // => 'word' */
  unknownWord(header: string, value: string, vocabulary: string, accepted: string): Message<'UNKNOWN_VALUE'> {
    return { code: 'UNKNOWN_VALUE', data: { header, value, expected: 'word', vocabulary, accepted } };
  },

  /** UNKNOWN_VALUE: not a yes/no. @example say.notYesNo('대기안내', '글쎄').data.expected // => 'yes-no' */
  notYesNo(header: string, value: string): Message<'UNKNOWN_VALUE'> {
    return { code: 'UNKNOWN_VALUE', data: { header, value, expected: 'yes-no' } };
  },

  /** INVALID_NUMBER: not an amount. @example say.notAmount('청구금액', '12a').data.expected // => 'amount' */
  notAmount(header: string, value: string): Message<'INVALID_NUMBER'> {
    return { code: 'INVALID_NUMBER', data: { header, value, expected: 'amount' } };
  },

  /** INVALID_NUMBER: not a whole number. @example say.notCount('벨횟수', '2.5').data.expected // => 'count' */
  notCount(header: string, value: string): Message<'INVALID_NUMBER'> {
    return { code: 'INVALID_NUMBER', data: { header, value, expected: 'count' } };
  },

  /** INVALID_NUMBER: not a number of seconds. @example say.notSeconds('대기시간', '오래').data.expected // => 'seconds' */
  notSeconds(header: string, value: string): Message<'INVALID_NUMBER'> {
    return { code: 'INVALID_NUMBER', data: { header, value, expected: 'seconds' } };
  },

  /** FIELD_COUNT. @example say.fieldCount(2, 5, ',').data // => { fields: 2, width: 5, delimiter: ',' } */
  fieldCount(fields: number, width: number, delimiter: string): Message<'FIELD_COUNT'> {
    return { code: 'FIELD_COUNT', data: { fields, width, delimiter } };
  },

  /** BAD_ENCODING. @example say.badEncoding('처리부서', '\uFFFD', 'utf-8', true).code // => 'BAD_ENCODING' */
  badEncoding(header: string, value: string, encoding: string, readAsUtf8: boolean): Message<'BAD_ENCODING'> {
    return { code: 'BAD_ENCODING', data: { header, value, encoding, readAsUtf8 } };
  },

  /** NUL_BYTE. @example say.nulByte('처리부서').data // => { header: '처리부서' } */
  nulByte(header: string): Message<'NUL_BYTE'> {
    return { code: 'NUL_BYTE', data: { header } };
  },

  /** UNTERMINATED_QUOTE: never closed. @example say.unterminatedQuote(4, 9).data.shape // => 'open' */
  unterminatedQuote(line: number, last: number): Message<'UNTERMINATED_QUOTE'> {
    return { code: 'UNTERMINATED_QUOTE', data: { shape: 'open', line, last } };
  },

  /**
   * UNTERMINATED_QUOTE on the line where a stray quote opened and swallowed the lines after it
   * into one record (`fields`: the record's field count when that gave it away, else null).
   *
   * @example say.strayQuote(3, 4, 11, 5).data.shape // => 'stray'
   */
  strayQuote(line: number, last: number, fields: number | null, width: number): Message<'UNTERMINATED_QUOTE'> {
    return { code: 'UNTERMINATED_QUOTE', data: { shape: 'stray', line, last, fields, width } };
  },

  /** UNTERMINATED_QUOTE on a line swallowed by the quote opened on line `opened`. @example say.swallowedLine(3, 5).data.line // => 3 */
  swallowedLine(opened: number, last: number): Message<'UNTERMINATED_QUOTE'> {
    return { code: 'UNTERMINATED_QUOTE', data: { shape: 'swallowed', line: opened, last } };
  },

  /** Warning MULTILINE_RECORDS. @example say.multilineRecords(2, 10, 12, 5, 6).data.rows // => 10 */
  multilineRecords(records: number, rows: number, lines: number, first: number, firstEnd: number): Message<'MULTILINE_RECORDS'> {
    return { code: 'MULTILINE_RECORDS', data: { records, rows, lines, first, firstEnd } };
  },

  /** CSV_ERROR: any other parse failure (the parser's own words kept). @example say.csvError(12, 'x').data.last // => 12 */
  csvError(last: number, detail: string): Message<'CSV_ERROR'> {
    return { code: 'CSV_ERROR', data: { last, detail } };
  },

  /** Warning DUPLICATE_COLUMN. @example say.duplicateColumn(3, '부서', 'complaints', 'department').data.position // => 3 */
  duplicateColumn(position: number, header: string, kind: Kind, column: string): Message<'DUPLICATE_COLUMN'> {
    return { code: 'DUPLICATE_COLUMN', data: { position, header, kind, column } };
  },

  /** Warning INVISIBLE_IN_ID: the id holds a zero-width character. @example say.invisibleInId('청구번호', 'a\u200bb').code // => 'INVISIBLE_IN_ID' */
  invisibleInId(header: string, id: string): Message<'INVISIBLE_IN_ID'> {
    return { code: 'INVISIBLE_IN_ID', data: { header, id } };
  },

  /**
   * Warning INVISIBLE_IN_TEXT: a grouping value (department) held invisible characters, dropped.
   *
   * @example say.invisibleInText('부서', '구매사업국\u2060', '구매사업국').data.kept // => '구매사업국'
   */
  invisibleInText(header: string, value: string, kept: string): Message<'INVISIBLE_IN_TEXT'> {
    return { code: 'INVISIBLE_IN_TEXT', data: { header, value, kept } };
  },

  /** Warning DUPLICATE_ID. @example say.duplicateId('청구번호', 'P-1', 2).data.firstLine // => 2 */
  duplicateId(header: string, id: string, firstLine: number): Message<'DUPLICATE_ID'> {
    return { code: 'DUPLICATE_ID', data: { header, id, firstLine } };
  },

  /** Warning SUMMARY_ROW, for a reader that does not count total rows itself. @example say.summaryRow().code // => 'SUMMARY_ROW' */
  summaryRow(): Message<'SUMMARY_ROW'> {
    return { code: 'SUMMARY_ROW', data: {} };
  },

  /**
   * Warning WAIT_CONTRADICTS_TIMES: the written wait and the time between arrival and answer
   * disagree; the rules use the written wait.
   *
   * @example say.waitContradicts({ wait: 'wait_seconds', arrived: 'arrived_at', answered: 'answered_at' }, 10, 50).data.between // => 50
   */
  waitContradicts(
    h: { wait: string; arrived: string; answered: string },
    written: number,
    between: number,
  ): Message<'WAIT_CONTRADICTS_TIMES'> {
    return { code: 'WAIT_CONTRADICTS_TIMES', data: { ...h, written, between } };
  },

  /**
   * Warning UNREADABLE_VALUE: an optional cell that cannot be read; the record is kept and only
   * the rules needing the column skip it (`rules` null: not known here).
   *
   * @example say.unreadable(say.notAmount('청구금액', '12a'), 'amount', []).data.rules // => []
   */
  unreadable(
    problem: Message<'INVALID_TIMESTAMP' | 'UNKNOWN_VALUE' | 'INVALID_NUMBER'>,
    column: string,
    rules: readonly string[] | null,
  ): Message<'UNREADABLE_VALUE'> {
    return { code: 'UNREADABLE_VALUE', data: { problem, column, rules } };
  },
};
