/**
 * Every rejection and warning the reader gives has a Korean text next to the English one, naming
 * the column as the file writes it and the value (the per-cell reasons are checked word for word
 * in reader.test.ts; these are the row-level and file-level ones).
 */
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/ingest/reader.js';
import { REJECT } from '../../src/ingest/rows.js';
import { delimiterNames, koreanColumn, say } from '../../src/ingest/reasons.js';
import { enOf, koOf } from '../helpers/messages.js';

const HANGUL = /[가-힣]/;

function read(text: string | Uint8Array) {
  return readText(text, 'f.csv', { encoding: 'utf-8' });
}

describe('the Korean reason of each rejection code the reader gives', () => {
  // [input, code, line, words the Korean reason must hold, words the English one must hold]
  const cases: [string | Uint8Array, string, number, string[], string[]][] = [
    [
      '청구번호,청구일시\nP-1,2025-02-30 09:00\n',
      REJECT.INVALID_TIMESTAMP,
      2,
      ['청구일시', '"2025-02-30 09:00"', '존재하지 않는 날짜'],
      ['is not a valid date'],
    ],
    [
      '청구번호,청구일시\nP-1,2025-03-04\n',
      REJECT.INVALID_TIMESTAMP,
      2,
      ['청구일시', '"2025-03-04"', '시각이 없습니다'],
      ['has no time of day'],
    ],
    [
      '청구번호,청구일시\nP-1,어제\n',
      REJECT.INVALID_TIMESTAMP,
      2,
      ['청구일시', '"어제"', '인식할 수 없는 일시 형식'],
      ['not a recognised timestamp'],
    ],
    [
      '청구번호,청구일시\nP-1,2025-03-04T09:00+99:00\n',
      REJECT.INVALID_TIMESTAMP,
      2,
      ['청구일시', '"2025-03-04T09:00+99:00"', 'UTC 오프셋'],
      ['invalid UTC offset'],
    ],
    ['청구번호,청구일시\nP-1, \n', REJECT.MISSING_REQUIRED, 2, ['청구일시', '비어 있습니다', '대금지급'], ['is empty']],
    [
      '콜번호,인입일시,대기안내\nQ-1,2025-03-04 09:00,글쎄\n',
      REJECT.UNKNOWN_VALUE,
      2,
      ['대기안내', '"글쎄"', '예/아니오'],
      ['not a yes/no value'],
    ],
    [
      '청구번호,청구일시,청구금액\nP-1,2025-03-04 09:00,12a\n',
      REJECT.INVALID_NUMBER,
      2,
      ['청구금액', '"12a"', '금액이 아닙니다'],
      ['not an amount'],
    ],
    [
      '청구번호,청구일시,지급일시\nP-1,2025-03-04 09:00,2025-03-03 09:00\n',
      REJECT.END_BEFORE_START,
      2,
      ['지급일시', '"2025-03-03 09:00"', '청구일시', '"2025-03-04 09:00"', '앞선'],
      ['is before'],
    ],
    [
      '청구번호;청구일시;청구금액\nP-1;2025-03-04 09:00\n',
      REJECT.FIELD_COUNT,
      2,
      ['필드가 2개', '머리글은 3개', '세미콜론'],
      ['2 fields', 'semicolon'],
    ],
    [
      Buffer.concat([
        Buffer.from('청구번호,청구일시,보류사유\nP-1,2025-03-04 09:00,'),
        Buffer.from([0xbf, 0xb9]),
        Buffer.from('\n'),
      ]),
      REJECT.BAD_ENCODING,
      2,
      ['보류사유', 'utf-8', '--encoding cp949'],
      ['not valid utf-8'],
    ],
    ['청구번호,청구일시,보류사유\nP-1,2025-03-04 09:00,a\0b\n', REJECT.NUL_BYTE, 2, ['보류사유', 'NUL 바이트'], ['NUL bytes']],
    [
      '청구번호,청구일시\nP-1,2025-03-04 09:00\nP-2,"2025-03-04 09:00\nP-3,2025-03-04 09:00\n',
      REJECT.UNTERMINATED_QUOTE,
      3,
      ['따옴표가 닫히지 않아', '3–4행'],
      ['never closed', 'lines 3–4'],
    ],
  ];

  it.each(cases)('%#: %s', (input, code, line, ko, en) => {
    const r = read(input);
    // An unreadable optional cell is a warning (UNREADABLE_VALUE) carrying the same reason.
    const unread = r.warnings
      .filter((w) => w.code === 'UNREADABLE_VALUE')
      .map((w) => ({ line: w.line, reason: enOf(w), reasonKo: koOf(w) }));
    const j = r.rejections.find((j) => j.code === code);
    const x = j === undefined ? unread[0] : { line: j.line, reason: enOf(j), reasonKo: koOf(j) };
    expect(x, `no ${code} among ${JSON.stringify(r.rejections)}`).toBeDefined();
    expect(x!.line).toBe(line);
    expect(x!.reasonKo).toMatch(HANGUL);
    for (const w of ko) expect(x!.reasonKo).toContain(w);
    for (const w of en) expect(x!.reason).toContain(w);
    expect(x!.reason).not.toMatch(/[가-힣]{2,}(?:입니다|습니다)/);
  });

  it('covers every code the reader can give', () => {
    const covered = new Set(cases.map((c) => c[1]));
    for (const code of Object.values(REJECT)) expect(covered, code).toContain(code);
  });

  it('a parse failure other than a quote keeps the parser’s words after the Korean', () => {
    const s = say.csvError(12, 'Invalid Record Length: expect 3, got 4');
    expect(koOf(s)).toBe('이 줄부터 12행까지 CSV로 읽지 못했습니다: Invalid Record Length: expect 3, got 4');
    expect(enOf(s)).toBe(
      'the rest of the file from this line (to line 12) could not be read as CSV: Invalid Record Length: expect 3, got 4',
    );
  });

  it('escapes control characters in the Korean reason as in the English', () => {
    const r = read('청구번호,청구일시\nP-1,"\u001b[2J2025"\n');
    expect(koOf(r.rejections[0])).toContain('"\\u001b[2J2025"');
    expect(koOf(r.rejections[0])).not.toContain('\u001b');
  });
});

describe('the Korean message of each warning code the reader gives', () => {
  it('DUPLICATE_COLUMN names the position, the header cell and the column', () => {
    const [w] = read('접수일시,처리부서,부서\n2025-03-04 09:00,A,B\n').warnings;
    expect(w).toMatchObject({ code: 'DUPLICATE_COLUMN', line: 1 });
    expect(koOf(w)).toBe('3번째 열 "부서"도 처리부서(department) 열입니다. 앞에 나온 열을 쓰고 이 열은 무시합니다');
    expect(enOf(w)).toBe('column 3 "부서" is another department column; the first one is used and this one ignored');
  });

  it('DUPLICATE_ID names the id column as written, the id and the first line', () => {
    const r = read('청구번호,청구일시\nP-7,2025-03-04 09:00\nP-8,2025-03-04 09:00\nP-7,2025-03-05 09:00\n');
    expect(r.warnings).toHaveLength(1);
    expect(koOf(r.warnings[0])).toBe('청구번호 "P-7": 2행에도 같은 번호가 있습니다. 두 행 모두 점검합니다');
    expect(enOf(r.warnings[0])).toBe('id "P-7" is also on line 2; both rows are kept');
  });
});

describe('helpers', () => {
  it.each([
    [',', '쉼표', 'comma'],
    ['\t', '탭', 'tab'],
    [';', '세미콜론', 'semicolon'],
    ['|', '"|"', '"|"'],
  ])('delimiterNames(%j)', (d, ko, en) => {
    expect(delimiterNames(d)).toEqual({ ko, en });
  });

  it('koreanColumn gives the first Korean alias with the canonical name, or the name alone', () => {
    expect(koreanColumn('calls', 'rings')).toBe('벨횟수(rings)');
    expect(koreanColumn('payments', 'claimed_at')).toBe('청구일시(claimed_at)');
    expect(koreanColumn('calls', 'no_such_column')).toBe('no_such_column');
  });

  it('a 보완 receipt without a request column names the column in Korean', () => {
    const r = read('민원번호,접수일시,보완접수일시\nC-1,2025-03-04 09:00,2025-03-04 18:00\n');
    expect(koOf(r.rejections[0])).toContain('보완요구일시(supplement_requested_at) 값이 비어 있습니다');
    const withColumn = read('민원번호,접수일시,보완요구일시,보완접수일시\nC-1,2025-03-04 09:00, ,2025-03-04 18:00\n');
    expect(koOf(withColumn.rejections[0])).toBe(
      '보완접수일시 "2025-03-04 18:00": 보완요구일시 값이 비어 있습니다. 보완 기간을 처리기간에서 빼려면 보완 요구 일시도 있어야 합니다',
    );
  });
});
