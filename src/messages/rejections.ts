/**
 * The words of every rejected row, by code, in English and Korean side by side. Each names the
 * column as the file's header writes it and the cell's value (quoted with {@link quoteValue}).
 */
import { quoteValue } from '../format/text.js';
import type { Localized } from '../model/rule.js';
import type { RejectionCode, TimestampProblem } from '../model/messages.js';
import { KIND_KO, koreanColumn } from '../model/records.js';
import { type Templates, lineSpan, yearRange } from './template.js';
import { yearNeededKo } from './calendar-words.js';

/** What the reader takes as a timestamp, for messages that list it. */
export const ACCEPTED_TIMESTAMPS =
  'ISO 8601 (2025-03-04T14:05:00+09:00), 2025-03-04 14:05[:00], 2025.03.04 14:05, 2025/03/04 14:05, ' +
  '20250304140500, 2025년 3월 4일 14:05, 2025년 3월 4일 14시 5분, 오전/오후 h:mm, 오후 2시 10분, 2025-03-04 14:05 KST, ' +
  '2025-03-04 (화) 14:05, Excel serial 45720.5';

/** {@link ACCEPTED_TIMESTAMPS} for a Korean message: the same forms, the Excel serial named in Korean. */
export const ACCEPTED_TIMESTAMPS_KO = ACCEPTED_TIMESTAMPS.replace('Excel serial', 'Excel 일련번호');

/** Why a cell is not a timestamp, in words. */
export const TIMESTAMP_PROBLEMS: Readonly<Record<TimestampProblem, Localized>> = {
  format: {
    en: `is not a recognised timestamp (accepted: ${ACCEPTED_TIMESTAMPS})`,
    ko: `인식할 수 없는 일시 형식입니다 (허용: ${ACCEPTED_TIMESTAMPS_KO})`,
  },
  date: { en: 'is not a valid date', ko: '존재하지 않는 날짜입니다' },
  time: { en: 'is not a valid time of day', ko: '존재하지 않는 시각입니다' },
  'no-time': {
    en: 'has no time of day (a date and a time are needed, e.g. 2025-03-04 14:05)',
    ko: '시각이 없습니다 (날짜와 시각이 모두 필요합니다. 예: 2025-03-04 14:05)',
  },
  offset: { en: 'has an invalid UTC offset (e.g. +09:00)', ko: 'UTC 오프셋이 올바르지 않습니다 (예: +09:00)' },
  empty: { en: 'is empty', ko: '비어 있습니다' },
  weekday: {
    en: 'names a weekday its date does not fall on (the date and the weekday in parentheses disagree: check which is wrong)',
    ko: '괄호 안의 요일이 날짜의 요일과 다릅니다 (날짜와 요일 중 어느 쪽이 틀렸는지 확인하세요)',
  },
};

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

const NUMBER_EXPECTED = {
  amount: { en: 'is not an amount (e.g. 1,234,000원)', ko: '금액이 아닙니다 (예: 1,234,000원)' },
  count: { en: 'is not a whole number', ko: '0 이상의 정수가 아닙니다' },
  seconds: { en: 'is not a number of seconds (e.g. 25 or 00:00:25)', ko: '초 단위 시간이 아닙니다 (예: 25 또는 00:00:25)' },
} as const;

export const REJECTIONS: Templates<RejectionCode> = {
  MISSING_REQUIRED: {
    en: (d) =>
      d.of === 'start'
        ? `${d.header} is empty: every ${d.kind} row needs it (${d.column})`
        : `${d.header} ${quoteValue(d.value)} is given but ${d.requested ?? 'supplement_requested_at'} is empty: a 보완 pause needs the request too`,
    ko: (d) =>
      d.of === 'start'
        ? `${d.header} 값이 비어 있습니다: ${KIND_KO[d.kind]} 자료의 모든 행에 필요한 열입니다 (${d.column})`
        : `${d.header} ${quoteValue(d.value)}: ${d.requested ?? koreanColumn('complaints', 'supplement_requested_at')} 값이 비어 있습니다. ` +
          `보완 기간을 처리기간에서 빼려면 보완 요구 일시도 있어야 합니다`,
  },
  INVALID_TIMESTAMP: {
    en: (d) => `${d.header} ${quoteValue(d.value)} ${TIMESTAMP_PROBLEMS[d.problem].en}`,
    ko: (d) => `${d.header} ${quoteValue(d.value)}: ${TIMESTAMP_PROBLEMS[d.problem].ko}`,
  },
  END_BEFORE_START: {
    en: (d) => `${d.header} ${quoteValue(d.value)} is before ${d.startHeader} ${quoteValue(d.startValue)}`,
    ko: (d) => `${d.header} ${quoteValue(d.value)}: ${d.startHeader} ${quoteValue(d.startValue)}보다 앞선 시각입니다`,
  },
  UNKNOWN_VALUE: {
    en: (d) =>
      d.expected === 'word'
        ? `${d.header} ${quoteValue(d.value)} is not a known ${d.vocabulary} (accepted: ${d.accepted})`
        : `${d.header} ${quoteValue(d.value)} is not a yes/no value (accepted: ${BOOLEAN_ACCEPTED})`,
    ko: (d) =>
      d.expected === 'word'
        ? `${d.header} ${quoteValue(d.value)}: 알 수 없는 값입니다 (허용: ${d.accepted})`
        : `${d.header} ${quoteValue(d.value)}: 예/아니오 값이 아닙니다 (허용: ${BOOLEAN_ACCEPTED})`,
  },
  INVALID_NUMBER: {
    en: (d) => `${d.header} ${quoteValue(d.value)} ${NUMBER_EXPECTED[d.expected].en}`,
    ko: (d) => `${d.header} ${quoteValue(d.value)}: ${NUMBER_EXPECTED[d.expected].ko}`,
  },
  FIELD_COUNT: {
    en: (d) =>
      `the row has ${d.fields} fields but the header has ${d.width} (check the ${delimiterNames(d.delimiter).en} delimiters and quotes on this line)`,
    ko: (d) =>
      `행의 필드가 ${d.fields}개인데 머리글은 ${d.width}개입니다 (이 줄의 ${delimiterNames(d.delimiter).ko} 구분자와 따옴표를 확인하세요)`,
  },
  BAD_ENCODING: {
    en: (d) =>
      `${d.header} holds bytes that are not valid ${d.encoding} (read as ${quoteValue(d.value)}); ` +
      (d.readAsUtf8
        ? 'if the file is a Korean Excel export, pass --encoding cp949'
        : 'pass --encoding utf-8 if the file is UTF-8'),
    ko: (d) =>
      `${d.header} 값에 ${d.encoding}로 읽을 수 없는 바이트가 있습니다 (${quoteValue(d.value)}로 읽힘). ` +
      (d.readAsUtf8
        ? '한글 엑셀에서 내보낸 파일이면 --encoding cp949를 지정하세요'
        : 'UTF-8 파일이면 --encoding utf-8을 지정하세요'),
  },
  NUL_BYTE: {
    en: (d) => `${d.header} holds NUL bytes (binary data in a text export)`,
    ko: (d) => `${d.header} 값에 NUL 바이트가 있습니다 (텍스트 파일 안의 바이너리 자료)`,
  },
  UNTERMINATED_QUOTE: {
    en(d) {
      switch (d.shape) {
        case 'open':
          return (
            `a quoted field opened on this line is never closed, so ${d.line === d.last ? `line ${d.line} could not be read as a row` : `lines ${d.line}–${d.last} could not be read as rows`}; ` +
            `close the quote (a " inside a quoted field is written "")`
          );
        case 'stray': {
          const why =
            d.fields === null ? 'a line inside it is a row of its own' : `${d.fields} fields where the header has ${d.width}`;
          return (
            `a quote opened on this line is not closed at its end, so ${lineSpan(d.line, d.last, 'en')} were read as one row (${why}); ` +
            `close or remove the quote (a " inside a quoted field is written "")`
          );
        }
        case 'swallowed':
          return `swallowed by the quote opened on line ${d.line} and not closed there (${lineSpan(d.line, d.last, 'en')} were read as one); fix line ${d.line}`;
      }
    },
    ko(d) {
      switch (d.shape) {
        case 'open':
          return `이 줄에서 연 따옴표가 닫히지 않아 ${lineSpan(d.line, d.last, 'ko')}을 읽지 못했습니다. 따옴표를 닫으세요 (따옴표 안의 "는 ""로 씁니다)`;
        case 'stray': {
          const why = d.fields === null ? '그 안의 줄이 따로 한 행임' : `필드 ${d.fields}개, 머리글은 ${d.width}개`;
          return `이 줄에서 연 따옴표가 줄 끝에서 닫히지 않아 ${lineSpan(d.line, d.last, 'ko')}이 한 행으로 읽혔습니다(${why}). 따옴표를 닫거나 지우세요 (따옴표 안의 "는 ""로 씁니다)`;
        }
        case 'swallowed':
          return `${d.line}행에서 연 따옴표가 닫히지 않아 이 줄이 그 행에 합쳐졌습니다(${lineSpan(d.line, d.last, 'ko')}). ${d.line}행을 고치세요`;
      }
    },
  },
  CSV_ERROR: {
    en: (d) => `the rest of the file from this line (to line ${d.last}) could not be read as CSV: ${d.detail}`,
    ko: (d) => `이 줄부터 ${d.last}행까지 CSV로 읽지 못했습니다: ${d.detail}`,
  },
  CALENDAR_YEAR_NOT_LOADED: {
    en: (d) => {
      const what = d.span ? d.what : `${d.column} ${d.at}`;
      return (
        `${what ? `${what}: ` : ''}no holiday data for ${d.year} (loaded: ${yearRange(d.loaded, 'en')}); ` +
        `add that year's holidays with --holidays FILE (CSV "date,name" or JSON)`
      );
    },
    ko: (d) =>
      `${d.span ? yearNeededKo(d.what, d.year) : `${d.header} ${d.at}: ${d.year}년 공휴일 자료가 없습니다`} ` +
      `(적재: ${yearRange(d.loaded, 'ko')}). --holidays 파일로 그 해의 공휴일을 추가하세요`,
  },
};
