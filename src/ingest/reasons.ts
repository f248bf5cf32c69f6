/**
 * The words of every rejection and warning the reader gives, in English and Korean side by side:
 * one function per code, so the two texts of a reason are written in one place. Each names the
 * column as written in the file's header and the cell's value (quoted with {@link quoteValue}).
 * Called only when a row fails, never on the hot path.
 */
import { KIND_KO, type Kind, koreanColumn } from '../model/records.js';
import type { Localized } from '../model/rule.js';
import { quoteValue } from './text.js';
import { timestampProblems } from './timestamp.js';

export { rejection, warning } from '../model/result.js';

const BOOLEAN_ACCEPTED = 'Y/N, 예/아니오, O/X, 1/0, true/false';
const DELIMITER_NAMES: Record<string, Localized> = {
  ',': { en: 'comma', ko: '쉼표' },
  '\t': { en: 'tab', ko: '탭' },
  ';': { en: 'semicolon', ko: '세미콜론' },
};

/**
 * A human name of a delimiter in both languages.
 *
 * @example delimiterNames('\t') // => { en: 'tab', ko: '탭' }
 */
export function delimiterNames(d: string): Localized {
  return DELIMITER_NAMES[d] ?? { en: JSON.stringify(d), ko: JSON.stringify(d) };
}

export { koreanColumn };

/** The reasons and warnings of the reader, by code. */
export const say = {
  /**
   * MISSING_REQUIRED: the start column is blank.
   *
   * @example say.missingStart('청구일시', 'payments', 'claimed_at').ko // => '청구일시 값이 비어 있습니다: 대금지급 자료의 모든 행에 필요한 열입니다 (claimed_at)'
   */
  missingStart(header: string, kind: Kind, column: string): Localized {
    return {
      en: `${header} is empty: every ${kind} row needs it (${column})`,
      ko: `${header} 값이 비어 있습니다: ${KIND_KO[kind]} 자료의 모든 행에 필요한 열입니다 (${column})`,
    };
  },

  /**
   * MISSING_REQUIRED: a 보완 receipt without its request (`requestedHeader` null: the file has no such column).
   *
   * @example say.supplementWithoutRequest('보완접수일시', '2025-03-05 10:00', '보완요구일시').ko
   * // => '보완접수일시 "2025-03-05 10:00": 보완요구일시 값이 비어 있습니다. 보완 기간을 처리기간에서 빼려면 보완 요구 일시도 있어야 합니다'
   */
  supplementWithoutRequest(receivedHeader: string, value: string, requestedHeader: string | null): Localized {
    const requested = requestedHeader ?? 'supplement_requested_at';
    const requestedKo = requestedHeader ?? koreanColumn('complaints', 'supplement_requested_at');
    return {
      en: `${receivedHeader} ${quoteValue(value)} is given but ${requested} is empty: a 보완 pause needs the request too`,
      ko:
        `${receivedHeader} ${quoteValue(value)}: ${requestedKo} 값이 비어 있습니다. ` +
        `보완 기간을 처리기간에서 빼려면 보완 요구 일시도 있어야 합니다`,
    };
  },

  /**
   * INVALID_TIMESTAMP.
   *
   * @example say.invalidTimestamp('지급일시', '2025-02-30 09:00').ko // => '지급일시 "2025-02-30 09:00": 존재하지 않는 날짜입니다'
   */
  invalidTimestamp(header: string, value: string): Localized {
    const why = timestampProblems(value);
    return { en: `${header} ${quoteValue(value)} ${why.en}`, ko: `${header} ${quoteValue(value)}: ${why.ko}` };
  },

  /**
   * END_BEFORE_START.
   *
   * @example say.endBeforeStart('지급일시', '2025-03-03 09:00', '청구일시', '2025-03-04 09:00').ko
   * // => '지급일시 "2025-03-03 09:00": 청구일시 "2025-03-04 09:00"보다 앞선 시각입니다'
   */
  endBeforeStart(endHeader: string, endValue: string, startHeader: string, startValue: string): Localized {
    return {
      en: `${endHeader} ${quoteValue(endValue)} is before ${startHeader} ${quoteValue(startValue)}`,
      ko: `${endHeader} ${quoteValue(endValue)}: ${startHeader} ${quoteValue(startValue)}보다 앞선 시각입니다`,
    };
  },

  /**
   * UNKNOWN_VALUE: not a word of a vocabulary.
   *
   * @example say.unknownWord('접수경로', '비둘기', 'channel', '인터넷/web').ko // => '접수경로 "비둘기": 알 수 없는 값입니다 (허용: 인터넷/web)'
   */
  unknownWord(header: string, value: string, vocabulary: string, accepted: string): Localized {
    return {
      en: `${header} ${quoteValue(value)} is not a known ${vocabulary} (accepted: ${accepted})`,
      ko: `${header} ${quoteValue(value)}: 알 수 없는 값입니다 (허용: ${accepted})`,
    };
  },

  /**
   * UNKNOWN_VALUE: not a yes/no.
   *
   * @example say.notYesNo('대기안내', '글쎄').ko // => '대기안내 "글쎄": 예/아니오 값이 아닙니다 (허용: Y/N, 예/아니오, O/X, 1/0, true/false)'
   */
  notYesNo(header: string, value: string): Localized {
    return {
      en: `${header} ${quoteValue(value)} is not a yes/no value (accepted: ${BOOLEAN_ACCEPTED})`,
      ko: `${header} ${quoteValue(value)}: 예/아니오 값이 아닙니다 (허용: ${BOOLEAN_ACCEPTED})`,
    };
  },

  /**
   * INVALID_NUMBER: not an amount.
   *
   * @example say.notAmount('청구금액', '12a').ko // => '청구금액 "12a": 금액이 아닙니다 (예: 1,234,000원)'
   */
  notAmount(header: string, value: string): Localized {
    return {
      en: `${header} ${quoteValue(value)} is not an amount (e.g. 1,234,000원)`,
      ko: `${header} ${quoteValue(value)}: 금액이 아닙니다 (예: 1,234,000원)`,
    };
  },

  /**
   * INVALID_NUMBER: not a whole number.
   *
   * @example say.notCount('벨횟수', '2.5').ko // => '벨횟수 "2.5": 0 이상의 정수가 아닙니다'
   */
  notCount(header: string, value: string): Localized {
    return {
      en: `${header} ${quoteValue(value)} is not a whole number`,
      ko: `${header} ${quoteValue(value)}: 0 이상의 정수가 아닙니다`,
    };
  },

  /**
   * INVALID_NUMBER: not a number of seconds.
   *
   * @example say.notSeconds('대기시간', '오래').ko // => '대기시간 "오래": 초 단위 시간이 아닙니다 (예: 25 또는 00:00:25)'
   */
  notSeconds(header: string, value: string): Localized {
    return {
      en: `${header} ${quoteValue(value)} is not a number of seconds (e.g. 25 or 00:00:25)`,
      ko: `${header} ${quoteValue(value)}: 초 단위 시간이 아닙니다 (예: 25 또는 00:00:25)`,
    };
  },

  /**
   * FIELD_COUNT.
   *
   * @example say.fieldCount(2, 5, ',').ko // => '행의 필드가 2개인데 머리글은 5개입니다 (이 줄의 쉼표 구분자와 따옴표를 확인하세요)'
   */
  fieldCount(fields: number, width: number, delimiter: string): Localized {
    const d = delimiterNames(delimiter);
    return {
      en: `the row has ${fields} fields but the header has ${width} (check the ${d.en} delimiters and quotes on this line)`,
      ko: `행의 필드가 ${fields}개인데 머리글은 ${width}개입니다 (이 줄의 ${d.ko} 구분자와 따옴표를 확인하세요)`,
    };
  },

  /**
   * BAD_ENCODING.
   *
   * @example say.badEncoding('처리부서', '\uFFFD', 'utf-8', true).ko
   * // => '처리부서 값에 utf-8로 읽을 수 없는 바이트가 있습니다 ("\uFFFD"로 읽힘). 한글 엑셀에서 내보낸 파일이면 --encoding cp949를 지정하세요'
   */
  badEncoding(header: string, value: string, encoding: string, readAsUtf8: boolean): Localized {
    return {
      en:
        `${header} holds bytes that are not valid ${encoding} (read as ${quoteValue(value)}); ` +
        (readAsUtf8
          ? 'if the file is a Korean Excel export, pass --encoding cp949'
          : 'pass --encoding utf-8 if the file is UTF-8'),
      ko:
        `${header} 값에 ${encoding}로 읽을 수 없는 바이트가 있습니다 (${quoteValue(value)}로 읽힘). ` +
        (readAsUtf8
          ? '한글 엑셀에서 내보낸 파일이면 --encoding cp949를 지정하세요'
          : 'UTF-8 파일이면 --encoding utf-8을 지정하세요'),
    };
  },

  /**
   * NUL_BYTE.
   *
   * @example say.nulByte('처리부서').ko // => '처리부서 값에 NUL 바이트가 있습니다 (텍스트 파일 안의 바이너리 자료)'
   */
  nulByte(header: string): Localized {
    return {
      en: `${header} holds NUL bytes (binary data in a text export)`,
      ko: `${header} 값에 NUL 바이트가 있습니다 (텍스트 파일 안의 바이너리 자료)`,
    };
  },

  /**
   * UNTERMINATED_QUOTE.
   *
   * @example say.unterminatedQuote(4, 9).ko
   * // => '이 줄에서 연 따옴표가 닫히지 않아 4–9행을 읽지 못했습니다. 따옴표를 닫으세요 (따옴표 안의 "는 ""로 씁니다)'
   */
  unterminatedQuote(line: number, last: number): Localized {
    return {
      en:
        `a quoted field opened on this line is never closed, so lines ${line}–${last} could not be read as rows; ` +
        `close the quote (a " inside a quoted field is written "")`,
      ko: `이 줄에서 연 따옴표가 닫히지 않아 ${line}–${last}행을 읽지 못했습니다. 따옴표를 닫으세요 (따옴표 안의 "는 ""로 씁니다)`,
    };
  },

  /**
   * UNTERMINATED_QUOTE on the line where a stray quote opened and swallowed the lines after it
   * into one record (`why`: what gave it away).
   *
   * @example say.strayQuote(3, 4, { en: 'it has 11 fields', ko: '필드가 11개' }).ko
   * // => '이 줄에서 연 따옴표가 줄 끝에서 닫히지 않아 3–4행이 한 행으로 읽혔습니다(필드가 11개). 따옴표를 닫거나 지우세요 (따옴표 안의 "는 ""로 씁니다)'
   */
  strayQuote(line: number, last: number, why: Localized): Localized {
    return {
      en:
        `a quote opened on this line is not closed at its end, so lines ${line}–${last} were read as one row (${why.en}); ` +
        `close or remove the quote (a " inside a quoted field is written "")`,
      ko: `이 줄에서 연 따옴표가 줄 끝에서 닫히지 않아 ${line}–${last}행이 한 행으로 읽혔습니다(${why.ko}). 따옴표를 닫거나 지우세요 (따옴표 안의 "는 ""로 씁니다)`,
    };
  },

  /**
   * UNTERMINATED_QUOTE on a line swallowed by the quote opened on line `opened`.
   *
   * @example say.swallowedLine(3, 5).en
   * // => 'swallowed by the quote opened on line 3 and not closed there (lines 3–5 were read as one); fix line 3'
   */
  swallowedLine(opened: number, last: number): Localized {
    return {
      en: `swallowed by the quote opened on line ${opened} and not closed there (lines ${opened}–${last} were read as one); fix line ${opened}`,
      ko: `${opened}행에서 연 따옴표가 닫히지 않아 이 줄이 그 행에 합쳐졌습니다(${opened}–${last}행). ${opened}행을 고치세요`,
    };
  },

  /**
   * Warning MULTILINE_RECORDS: quoted values hold line breaks, so rows ≠ data lines.
   *
   * @example say.multilineRecords(2, 10, 12, 5, 6).en
   * // => '2 rows hold a quoted line break, so the file\'s 12 data lines are 10 rows (first: lines 5–6)'
   */
  multilineRecords(records: number, rows: number, lines: number, first: number, firstEnd: number): Localized {
    return {
      en: `${records} ${records === 1 ? 'row holds' : 'rows hold'} a quoted line break, so the file's ${lines} data lines are ${rows} rows (first: lines ${first}–${firstEnd})`,
      ko: `따옴표 안에 줄바꿈이 있는 행이 ${records}개라서 데이터 ${lines}줄이 ${rows}행입니다 (처음: ${first}–${firstEnd}행)`,
    };
  },

  /**
   * CSV_ERROR: any other parse failure (the parser's own words kept).
   *
   * @example say.csvError(12, 'Invalid Record Length').ko // => '이 줄부터 12행까지 CSV로 읽지 못했습니다: Invalid Record Length'
   */
  csvError(last: number, detail: string): Localized {
    return {
      en: `the rest of the file from this line (to line ${last}) could not be read as CSV: ${detail}`,
      ko: `이 줄부터 ${last}행까지 CSV로 읽지 못했습니다: ${detail}`,
    };
  },

  /**
   * Warning DUPLICATE_COLUMN.
   *
   * @example say.duplicateColumn(3, '부서', 'complaints', 'department').ko
   * // => '3번째 열 "부서"도 처리부서(department) 열입니다. 앞에 나온 열을 쓰고 이 열은 무시합니다'
   */
  duplicateColumn(position: number, header: string, kind: Kind, column: string): Localized {
    return {
      en: `column ${position} "${header}" is another ${column} column; the first one is used and this one ignored`,
      ko: `${position}번째 열 "${header}"도 ${koreanColumn(kind, column)} 열입니다. 앞에 나온 열을 쓰고 이 열은 무시합니다`,
    };
  },

  /**
   * Warning DUPLICATE_ID.
   *
   * @example say.duplicateId('청구번호', 'P-1', 2).ko // => '청구번호 "P-1": 2행에도 같은 번호가 있습니다. 두 행 모두 점검합니다'
   */
  /**
   * Warning INVISIBLE_IN_ID: the id holds a zero-width character.
   *
   * @example say.invisibleInId('청구번호', '2025\u200b0001').en
   * // => 'id "2025\\u200b0001" holds an invisible zero-width character: it is kept as written, so it does not match "20250001"; remove the character in the source'
   */
  invisibleInId(header: string, id: string): Localized {
    const shown = `"${id.replace(/[\u200b-\u200d\u2060-\u2064\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
    const looks = JSON.stringify(id.replace(/[\u200b-\u200d\u2060-\u2064\ufeff]/g, ''));
    return {
      en: `id ${shown} holds an invisible zero-width character: it is kept as written, so it does not match ${looks}; remove the character in the source`,
      ko: `${header} ${shown}에 보이지 않는 문자(폭 없는 공백)가 있습니다. 적힌 그대로 두므로 ${looks}와 같은 번호로 보지 않습니다. 원본에서 그 문자를 지우세요`,
    };
  },

  duplicateId(header: string, id: string, firstLine: number): Localized {
    return {
      en: `id ${quoteValue(id)} is also on line ${firstLine}; both rows are kept`,
      ko: `${header} ${quoteValue(id)}: ${firstLine}행에도 같은 번호가 있습니다. 두 행 모두 점검합니다`,
    };
  },

  /**
   * Warning SUMMARY_ROW, for a reader that does not count total rows itself.
   *
   * @example say.summaryRow().ko // => '합계/소계 행입니다: 기록이 아니므로 점검하지 않습니다'
   */
  summaryRow(): Localized {
    return { en: 'a total/subtotal row: not a record, not checked', ko: '합계/소계 행입니다: 기록이 아니므로 점검하지 않습니다' };
  },

  /**
   * Warning WAIT_CONTRADICTS_TIMES: the written wait and the time between arrival and answer
   * disagree; the rules use the written wait.
   *
   * @example say.waitContradicts({ wait: 'wait_seconds', arrived: 'arrived_at', answered: 'answered_at' }, 10, 50).en
   * // => 'wait_seconds 10 s contradicts arrived_at → answered_at (50 s); the rules used wait_seconds (10 s)'
   */
  waitContradicts(h: { wait: string; arrived: string; answered: string }, written: number, between: number): Localized {
    return {
      en: `${h.wait} ${written} s contradicts ${h.arrived} → ${h.answered} (${between} s); the rules used ${h.wait} (${written} s)`,
      ko: `${h.wait} ${written}초가 ${h.arrived}~${h.answered} 간격(${between}초)과 다릅니다. 규칙은 ${h.wait} 값(${written}초)을 썼습니다`,
    };
  },

  /**
   * Warning UNREADABLE_VALUE: an optional cell that cannot be read; the record is kept and only
   * the rules needing the column skip it (`rules` null: not known here).
   *
   * @example say.unreadable({ en: '청구금액 "12a" is not an amount', ko: '청구금액 "12a": 금액이 아닙니다' }, 'amount', []).ko
   * // => '청구금액 "12a": 금액이 아닙니다. 이 값이 필요한 규칙이 없어 행은 그대로 점검합니다'
   */
  unreadable(problem: Localized, column: string, rules: readonly string[] | null): Localized {
    if (rules === null) {
      return {
        en: `${problem.en}; the row is kept, and the rules needing ${column} skip it`,
        ko: `${problem.ko}. 행은 유지하고 ${column} 값이 필요한 규칙만 이 행을 건너뜁니다`,
      };
    }
    if (rules.length === 0) {
      return {
        en: `${problem.en}; no rule needs ${column}, so the row is checked as usual`,
        ko: `${problem.ko}. 이 값이 필요한 규칙이 없어 행은 그대로 점검합니다`,
      };
    }
    return {
      en: `${problem.en}; the row is kept, but ${rules.join(', ')} skip it (they need ${column})`,
      ko: `${problem.ko}. 행은 유지하지만 ${column} 값이 필요한 ${rules.join(', ')} 규칙은 이 행을 건너뜁니다`,
    };
  },
};
