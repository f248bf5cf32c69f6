import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { kstInstant } from '../../src/calendar/kst.js';
import { readText } from '../../src/ingest/reader.js';
import type { CallRecord, ComplaintRecord, ContractRecord, PaymentRecord } from '../../src/model/records.js';
import { inputError } from '../helpers/errors.js';
import { enOf, koOf, worded, wordedWarning } from '../helpers/messages.js';

const at = kstInstant;

function read(text: string | Uint8Array, options = {}) {
  return readText(text, 'f.csv', options);
}

const PAYMENTS_KO =
  '청구번호,청구일시,지급일시,청구금액,지급주체\nP-1,2025-03-04 09:00,2025-03-04 11:30,"1,234,000원",조달청\nP-2,2025.03.05 14:05:00,,300000,수요기관\n';

describe('encodings', () => {
  it('reads UTF-8 without a BOM', () => {
    const r = read(PAYMENTS_KO);
    expect(r.header.encoding.name).toBe('utf-8');
    expect(r.records.map((x) => x.id)).toEqual(['P-1', 'P-2']);
  });

  it('reads UTF-8 with a BOM and does not let it into the first header', () => {
    const r = read(`\uFEFF${PAYMENTS_KO}`);
    expect(r.header.encoding.name).toBe('utf-8-bom');
    expect(r.header.mapping[0]).toEqual({ index: 0, header: '청구번호', column: 'id', via: 'alias' });
    expect(r.records).toHaveLength(2);
  });

  it('detects CP949 (Korean Excel) and decodes it to the same records as UTF-8', () => {
    const cp = iconv.encode(PAYMENTS_KO, 'cp949');
    const r = read(cp);
    expect(r.header.encoding.name).toBe('cp949');
    expect(r.records).toEqual(read(PAYMENTS_KO).records);
  });

  it('reads EUC-KR bytes and UTF-16LE with a BOM (Excel "유니코드 텍스트")', () => {
    const euc = iconv.encode(PAYMENTS_KO, 'euc-kr');
    expect(read(euc).records).toEqual(read(PAYMENTS_KO).records);
    const u16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      iconv.encode(PAYMENTS_KO.replaceAll(',', '\t').replace('"1\t234\t000원"', '1234000'), 'utf-16le'),
    ]);
    const r = read(u16);
    expect(r.header.encoding.name).toBe('utf-16le');
    expect(r.header.delimiter).toBe('\t');
    expect(r.records.map((x) => (x as PaymentRecord).amount)).toEqual([1_234_000, 300_000]);
  });

  it('--encoding overrides detection', () => {
    const cp = iconv.encode(PAYMENTS_KO, 'cp949');
    expect(read(cp, { encoding: 'euc-kr' }).header.encoding.name).toBe('euc-kr');
    const err = inputError(() => read(cp, { encoding: 'utf-8' }));
    expect(err.code).toBe('BAD_ENCODING');
    expect(err.message).toMatch(/^f\.csv:1: the header is not valid utf-8 text: pass --encoding/);
    expect(inputError(() => read(PAYMENTS_KO, { encoding: 'latin-9' })).code).toBe('UNKNOWN_ENCODING');
  });

  it('rejects a row with undecodable bytes instead of letting mojibake through', () => {
    const bytes = Buffer.concat([
      Buffer.from('id,claimed_at,hold_reason\nP-1,2025-03-04 09:00,ok\nP-2,2025-03-04 09:00,'),
      Buffer.from([0xff, 0xfe, 0x41]),
      Buffer.from('\nP-3,2025-03-04 09:00,\uFFFD\n'),
    ]);
    const r = read(bytes, { encoding: 'utf-8' });
    expect(r.records.map((x) => x.id)).toEqual(['P-1']);
    expect(r.rejections.map((x) => [x.line, x.code])).toEqual([
      [3, 'BAD_ENCODING'],
      [4, 'BAD_ENCODING'],
    ]);
    expect(enOf(r.rejections[0])).toMatch(/^hold_reason holds bytes that are not valid utf-8 .*--encoding cp949$/);
    expect(r.rows).toBe(3);
  });

  it('the header of a binary file is an input error', () => {
    expect(inputError(() => read(Buffer.from([0x00, 0x01, 0x02, 0x00, 0x0a, 0x41]))).code).toBe('NOT_TEXT');
  });
});

describe('delimiters, quotes and lines', () => {
  it.each([
    [',', ','],
    ['\t', '\t'],
    [';', ';'],
  ])('detects %j', (d) => {
    const r = read(`민원번호${d}접수일시${d}민원유형\n1${d}2025-03-04 09:00${d}질의\n`);
    expect(r.header.delimiter).toBe(d);
    expect((r.records[0] as ComplaintRecord).type).toBe('inquiry');
  });

  it('ignores delimiters inside quoted header cells', () => {
    expect(read('id;"received_at";"비고,메모"\n').header.delimiter).toBe(';');
  });

  it('gives each record the physical line it starts on, across quoted newlines, blank lines and CRLF', () => {
    const text =
      '\r\n' + // line 1: blank before the header
      'id,received_at,department\r\n' + // 2
      'C-1,2025-03-04 09:00,"조달\r\n총괄과"\r\n' + // 3-4
      '\r\n' + // 5
      'C-2,2025-03-04 10:00,"a\nb\nc"\n' + // 6-8
      'C-3,2025-03-04 11:00,x\r' + // 9 (old Mac line end)
      'C-4,2025-03-04 12:00,y'; // 10, no final line break
    const r = read(text);
    expect(r.header.headerLine).toBe(2);
    expect(r.records.map((x) => [x.id, x.line])).toEqual([
      ['C-1', 3],
      ['C-2', 6],
      ['C-3', 9],
      ['C-4', 10],
    ]);
    expect(r.records[0]!.department).toBe('조달\n총괄과');
    expect(r.rows).toBe(4);
  });

  it('skips blank lines and lines of empty cells (they are not rows)', () => {
    const r = read('id,received_at\n\n  \n,,\n,\n1,2025-03-04 09:00\n');
    expect(r.rows).toBe(1);
    expect(r.records[0]!.line).toBe(6);
  });

  it('a header-only file has 0 rows', () => {
    const r = read('청구번호,청구일시\n');
    expect([r.rows, r.records.length, r.rejections.length]).toEqual([0, 0, 0]);
    expect(read('청구번호,청구일시').rows).toBe(0);
  });

  it('rejects rows with too few or too many fields, but accepts trailing empty ones', () => {
    const r = read('id,claimed_at,amount\nP-1,2025-03-04 09:00\nP-2,2025-03-04 09:00,5,extra\nP-3,2025-03-04 09:00,5,,\n');
    expect(r.rejections.map(worded)).toEqual([
      {
        file: 'f.csv',
        line: 2,
        code: 'FIELD_COUNT',
        reason: 'the row has 2 fields but the header has 3 (check the comma delimiters and quotes on this line)',
        reasonKo: '행의 필드가 2개인데 머리글은 3개입니다 (이 줄의 쉼표 구분자와 따옴표를 확인하세요)',
      },
      {
        file: 'f.csv',
        line: 3,
        code: 'FIELD_COUNT',
        reason: 'the row has 4 fields but the header has 3 (check the comma delimiters and quotes on this line)',
        reasonKo: '행의 필드가 4개인데 머리글은 3개입니다 (이 줄의 쉼표 구분자와 따옴표를 확인하세요)',
      },
    ]);
    expect(r.records.map((x) => x.id)).toEqual(['P-3']);
  });

  it('an unterminated quote rejects the rest with its line, without throwing', () => {
    const r = read('id,claimed_at\nP-1,2025-03-04 09:00\nP-2,"2025-03-04 09:00\nP-3,2025-03-04 09:00\nP-4,2025-03-04 09:00\n');
    expect(r.records.map((x) => x.id)).toEqual(['P-1']);
    // Every line the open quote swallowed is a rejected row (issue 16 item 3): 4 data lines, 4 rows.
    expect(r.rejections.map((x) => [x.line, x.code])).toEqual([
      [3, 'UNTERMINATED_QUOTE'],
      [4, 'UNTERMINATED_QUOTE'],
      [5, 'UNTERMINATED_QUOTE'],
    ]);
    expect(enOf(r.rejections[0])).toContain('lines 3–5 could not be read');
    expect(enOf(r.rejections[2])).toContain('swallowed by the quote opened on line 3');
    expect(r.rows).toBe(4);
  });

  it('stray quotes inside a field are kept as text', () => {
    const r = read('id,claimed_at,hold_reason\nP-1,2025-03-04 09:00,5" 모니터\nP-2,2025-03-04 09:00,"a"b\n');
    expect(r.records.map((x) => (x as PaymentRecord).holdReason)).toEqual(['5" 모니터', '"a"b']);
  });

  it('rejects a row holding NUL bytes', () => {
    const r = read('id,claimed_at,hold_reason\nP-1,2025-03-04 09:00,a\0b\nP-2,2025-03-04 09:00,ok\n');
    expect(r.rejections.map((x) => [x.line, x.code, enOf(x)])).toEqual([
      [2, 'NUL_BYTE', 'hold_reason holds NUL bytes (binary data in a text export)'],
    ]);
    expect(r.records.map((x) => x.id)).toEqual(['P-2']);
  });

  it('reads a 5 MB field', () => {
    const big = 'x'.repeat(5 * 1024 * 1024);
    const r = read(`id,claimed_at,hold_reason\nP-1,2025-03-04 09:00,"${big}"\nP-2,2025-03-04 09:00,y\n`);
    expect((r.records[0] as PaymentRecord).holdReason!.length).toBe(big.length);
    expect(r.records[1]!.line).toBe(3);
  });
});

describe('values to records', () => {
  it('complaints: Korean headers and vocabulary, every column', () => {
    const r = read(
      '민원번호,접수경로,민원유형,접수일시,처리일시,처리부서,지연안내일시,보완요구일시,보완접수일시,처리기간,담당자연락처기재,만족도조사일시\n' +
        'C-1,인터넷,질의,2025년 3월 4일 14:05,2025. 3. 5. 오전 10:00:00,구매총괄과,2025-03-05 09:00,20250304150000,2025/03/04 16:00,7일,예,2025-03-06T09:00:00+09:00\n' +
        'C-2,,,2025-03-04 09:00,,,,,,,,\n',
    );
    expect(r.rejections).toEqual([]);
    expect(r.records[0]).toEqual<ComplaintRecord>({
      kind: 'complaints',
      file: 'f.csv',
      line: 2,
      id: 'C-1',
      department: '구매총괄과',
      channel: 'web',
      type: 'inquiry',
      receivedAt: at(2025, 3, 4, 14, 5),
      answeredAt: at(2025, 3, 5, 10, 0),
      delayNotifiedAt: at(2025, 3, 5, 9, 0),
      supplementRequestedAt: at(2025, 3, 4, 15, 0),
      supplementReceivedAt: at(2025, 3, 4, 16, 0),
      processingDays: 7,
      replyHasContact: true,
      surveyedAt: at(2025, 3, 6, 9, 0),
      // The law's columns (issue 13) are absent from this file: every one is empty.
      supplementRequestedAt2: null,
      supplementReceivedAt2: null,
      supplementRequestedAt3: null,
      supplementReceivedAt3: null,
      extendedAt: null,
      extendedUntil: null,
      extensionDays: null,
      extensionNotifiedAt: null,
      extensionReason: null,
      extensionConsent: null,
      extendedAt2: null,
      extendedUntil2: null,
      extensionDays2: null,
      extensionNotifiedAt2: null,
      extensionReason2: null,
      extensionConsent2: null,
      transferredAt: null,
      transferredTo: null,
      transferNotifiedAt: null,
      progressNotifiedAt: null,
      partyId: null,
      board: null,
    });
    expect(r.records[1]).toMatchObject({
      channel: null,
      type: null,
      answeredAt: null,
      department: null,
      processingDays: null,
      replyHasContact: null,
    });
  });

  it('payments: amounts, payer default pps', () => {
    const r = read(
      '청구번호,청구일시,지급일시,금액,사업자등록번호,지급주체,보류사유,사유안내일시,지방청\nP-1,2025-03-04 09:00,,"1,000원",123-45-67890,,서류 미비,2025-03-04 10:00,서울\n',
    );
    expect(r.records[0]).toEqual<PaymentRecord>({
      kind: 'payments',
      file: 'f.csv',
      line: 2,
      id: 'P-1',
      department: '서울',
      claimedAt: at(2025, 3, 4, 9, 0),
      paidAt: null,
      amount: 1000,
      supplierId: '123-45-67890',
      payer: 'pps',
      holdReason: '서류 미비',
      holdNotifiedAt: at(2025, 3, 4, 10, 0),
    });
    expect((read('청구일시\n2025-03-04 09:00\n').records[0] as PaymentRecord).payer).toBe('pps');
  });

  it('contracts: category, contract type, amounts', () => {
    const r = read(
      '계약번호,계약유형,구분,조달요청접수일시,납품요구일시,계약체결일시,계약금액,수요기관코드,업체번호,해피콜일시,부서\n' +
        'K-1,단가계약,물품,2025-03-04 09:00,2025-03-04 09:40,2025-03-10 15:00,"300,000,000",1234567,9876543210,2025-03-11 10:00,구매총괄과\n' +
        'K-2,총액계약,시설공사,2025-03-04 09:00,,,10000000000원,,,,\n' +
        'K-3,제3자단가계약,통신공사,2025-03-04 09:00,,,,,,,\n',
    );
    expect(r.records[0]).toEqual<ContractRecord>({
      kind: 'contracts',
      file: 'f.csv',
      line: 2,
      id: 'K-1',
      department: '구매총괄과',
      contractType: 'unit-price',
      category: 'goods',
      requestedAt: at(2025, 3, 4, 9, 0),
      deliveryRequestedAt: at(2025, 3, 4, 9, 40),
      concludedAt: at(2025, 3, 10, 15, 0),
      amount: 300_000_000,
      agencyId: '1234567',
      supplierId: '9876543210',
      happyCallAt: at(2025, 3, 11, 10, 0),
    });
    expect(
      r.records
        .slice(1)
        .map((x) => [(x as ContractRecord).contractType, (x as ContractRecord).category, (x as ContractRecord).amount]),
    ).toEqual([
      ['total', 'construction', 10_000_000_000],
      ['제3자단가계약', 'telecom', null],
    ]);
  });

  it('calls: defaults, wait derived from the answer when the column is absent or empty', () => {
    const r = read(
      '상담번호,수신일시,응답일시,대기시간(초),벨횟수,큐,방향,목적,고객번호,계약번호,대기안내,상담분야,상담사\n' +
        'Q-1,2025-03-04 09:00:00,2025-03-04 09:00:25,,2,콜센터,인바운드,,,,Y,나라장터,A01\n' +
        'Q-2,2025-03-04 09:00:00,,30,,부서전화,,,,,N,,\n' +
        'Q-3,2025-03-04 10:00:00,2025-03-04 10:05:00,00:00:40,,,아웃바운드,케어콜,1234567,K-1,,,\n',
    );
    expect(r.rejections).toEqual([]);
    expect(r.records[0]).toEqual<CallRecord>({
      kind: 'calls',
      file: 'f.csv',
      line: 2,
      id: 'Q-1',
      department: null,
      arrivedAt: at(2025, 3, 4, 9, 0),
      answeredAt: at(2025, 3, 4, 9, 0, 25),
      waitSeconds: 25,
      rings: 2,
      queue: 'callcenter',
      direction: 'inbound',
      purpose: null,
      partyId: null,
      contractId: null,
      waitAnnounced: true,
      topic: '나라장터',
      agentId: 'A01',
      callbackRequestedAt: null,
      callbackAt: null,
      complaintId: null,
    });
    expect(r.records[1]).toMatchObject({
      answeredAt: null,
      waitSeconds: 30,
      queue: 'department',
      direction: 'inbound',
      waitAnnounced: false,
    });
    expect(r.records[2]).toMatchObject({
      waitSeconds: 40,
      queue: 'callcenter',
      direction: 'outbound',
      purpose: 'care',
      partyId: '1234567',
      contractId: 'K-1',
    });
    const noColumn = read('id,arrived_at,answered_at\n1,2025-03-04 09:00:00,2025-03-04 09:00:07\n2,2025-03-04 09:00:00,\n');
    expect(noColumn.records.map((x) => (x as CallRecord).waitSeconds)).toEqual([7, null]);
  });

  it('id: from the column, or file:line when the column is missing or empty', () => {
    expect(read('claimed_at\n2025-03-04 09:00\n\n2025-03-04 10:00\n').records.map((x) => x.id)).toEqual(['f.csv:2', 'f.csv:4']);
    expect(read('id,claimed_at\n ,2025-03-04 09:00\n').records[0]!.id).toBe('f.csv:2');
  });

  it('warns about duplicate ids and keeps both rows', () => {
    const r = read('id,claimed_at\nP-1,2025-03-04 09:00\nP-2,2025-03-04 09:00\nP-1,2025-03-05 09:00\n');
    expect(r.records.map((x) => [x.id, x.line])).toEqual([
      ['P-1', 2],
      ['P-2', 3],
      ['P-1', 4],
    ]);
    expect(r.warnings.map(wordedWarning)).toEqual([
      {
        file: 'f.csv',
        line: 4,
        code: 'DUPLICATE_ID',
        message: 'id "P-1" is also on line 2; both rows are kept',
        messageKo: 'id "P-1": 2행에도 같은 번호가 있습니다. 두 행 모두 점검합니다',
      },
    ]);
  });

  it('warns about a column given twice', () => {
    const r = read('접수일시,처리부서,부서\n2025-03-04 09:00,A,B\n');
    expect(r.warnings.map((w) => [w.code, w.line])).toEqual([['DUPLICATE_COLUMN', 1]]);
    expect(r.records[0]!.department).toBe('A');
  });
});

describe('rejections: one per bad row, naming the column as written, the value and why', () => {
  const cases: [string, string, string, string, string, string, string][] = [
    [
      '청구번호,청구일시\nP-1,2025-03-04 25:00\n',
      'INVALID_TIMESTAMP',
      '청구일시 "2025-03-04 25:00" is not a valid time of day',
      '청구일시 "2025-03-04 25:00": 존재하지 않는 시각입니다',
      'an hour that does not exist',
      'claimed_at',
      '2025-03-04 25:00',
    ],
    [
      '청구번호,청구일시\nP-1,\n',
      'MISSING_REQUIRED',
      '청구일시 is empty: every payments row needs it (claimed_at)',
      '청구일시 값이 비어 있습니다: 대금지급 자료의 모든 행에 필요한 열입니다 (claimed_at)',
      'an empty start',
      'claimed_at',
      '',
    ],
    [
      '청구번호,청구일시,지급일시\nP-1,2025-03-04 09:00,2025-03-03 17:00\n',
      'END_BEFORE_START',
      '지급일시 "2025-03-03 17:00" is before 청구일시 "2025-03-04 09:00"',
      '지급일시 "2025-03-03 17:00": 청구일시 "2025-03-04 09:00"보다 앞선 시각입니다',
      'paid before claimed',
      'paid_at',
      '2025-03-03 17:00',
    ],
    [
      '민원번호,접수일시,처리일시\nC-1,2025-03-04 09:00,2025-03-04 08:59\n',
      'END_BEFORE_START',
      '처리일시 "2025-03-04 08:59" is before 접수일시 "2025-03-04 09:00"',
      '처리일시 "2025-03-04 08:59": 접수일시 "2025-03-04 09:00"보다 앞선 시각입니다',
      'answered before received',
      'answered_at',
      '2025-03-04 08:59',
    ],
    [
      '민원번호,접수일시,보완요구일시,보완접수일시\nC-1,2025-03-04 09:00,2025-03-05 09:00,2025-03-04 18:00\n',
      'END_BEFORE_START',
      '보완접수일시 "2025-03-04 18:00" is before 보완요구일시 "2025-03-05 09:00"',
      '보완접수일시 "2025-03-04 18:00": 보완요구일시 "2025-03-05 09:00"보다 앞선 시각입니다',
      'supplement before request',
      'supplement_received_at',
      '2025-03-04 18:00',
    ],
    [
      '민원번호,접수일시,보완접수일시\nC-1,2025-03-04 09:00,2025-03-04 18:00\n',
      'MISSING_REQUIRED',
      '보완접수일시 "2025-03-04 18:00" is given but supplement_requested_at is empty: a 보완 pause needs the request too',
      '보완접수일시 "2025-03-04 18:00": 보완요구일시(supplement_requested_at) 값이 비어 있습니다. 보완 기간을 처리기간에서 빼려면 보완 요구 일시도 있어야 합니다',
      'supplement without request',
      'supplement_received_at',
      '2025-03-04 18:00',
    ],
    [
      '계약번호,요청접수일시,계약체결일시\nK-1,2025-03-04 09:00,2025-03-01 09:00\n',
      'END_BEFORE_START',
      '계약체결일시 "2025-03-01 09:00" is before 요청접수일시 "2025-03-04 09:00"',
      '계약체결일시 "2025-03-01 09:00": 요청접수일시 "2025-03-04 09:00"보다 앞선 시각입니다',
      'concluded before requested',
      'concluded_at',
      '2025-03-01 09:00',
    ],
    [
      '계약번호,요청접수일시,납품요구일시\nK-1,2025-03-04 09:00,2025-03-04 08:00\n',
      'END_BEFORE_START',
      '납품요구일시 "2025-03-04 08:00" is before 요청접수일시 "2025-03-04 09:00"',
      '납품요구일시 "2025-03-04 08:00": 요청접수일시 "2025-03-04 09:00"보다 앞선 시각입니다',
      'delivery before requested',
      'delivery_requested_at',
      '2025-03-04 08:00',
    ],
    [
      '콜번호,인입일시,응답일시\nQ-1,2025-03-04 09:00:10,2025-03-04 09:00:00\n',
      'END_BEFORE_START',
      '응답일시 "2025-03-04 09:00:00" is before 인입일시 "2025-03-04 09:00:10"',
      '응답일시 "2025-03-04 09:00:00": 인입일시 "2025-03-04 09:00:10"보다 앞선 시각입니다',
      'answered before arrived',
      'answered_at',
      '2025-03-04 09:00:00',
    ],
  ];
  it.each(cases)('%#: %s → %s (%s)', (text, code, reason, reasonKo, _what, column, value) => {
    const r = read(text);
    expect(r.records).toEqual([]);
    // column and value: the JSON report's rejected[].column / .value (issue 12 item 13).
    expect(r.rejections.map(worded)).toEqual([{ file: 'f.csv', line: 2, code, reason, reasonKo, column, value }]);
    expect(r.rows).toBe(1);
  });

  it('an empty or unreadable start is the only unreadable cell that rejects the row', () => {
    for (const [text] of cases) expect(read(text).warnings).toEqual([]);
  });

  it('a value with control characters is escaped in the reason', () => {
    const r = read('청구번호,청구일시\nP-1,"\u001b[2J2025"\n');
    expect(enOf(r.rejections[0])).toContain('"\\u001b[2J2025"');
    expect(enOf(r.rejections[0])).not.toContain('\u001b');
  });
});

describe('an unreadable optional cell: a warning naming line, column and value; the row is kept', () => {
  const cases: [string, string, string, string, string][] = [
    [
      '청구번호,청구일시,지급일시\nP-1,2025-03-04 09:00,2025-02-30 09:00\n',
      'INVALID_TIMESTAMP',
      '지급일시 "2025-02-30 09:00" is not a valid date',
      '지급일시 "2025-02-30 09:00": 존재하지 않는 날짜입니다',
      'a date that does not exist',
    ],
    [
      '민원번호,접수일시,접수경로\nC-1,2025-03-04 09:00,카톡\n',
      'UNKNOWN_VALUE',
      '접수경로 "카톡" is not a known channel (accepted: 인터넷/web, 방문/visit, 전화/phone, 우편/mail, 팩스/fax)',
      '접수경로 "카톡": 알 수 없는 값입니다 (허용: 인터넷/web, 방문/visit, 전화/phone, 우편/mail, 팩스/fax)',
      'an unknown channel',
    ],
    [
      '민원번호,접수일시,담당자연락처기재\nC-1,2025-03-04 09:00,몰라\n',
      'UNKNOWN_VALUE',
      '담당자연락처기재 "몰라" is not a yes/no value (accepted: Y/N, 예/아니오, O/X, 1/0, true/false)',
      '담당자연락처기재 "몰라": 예/아니오 값이 아닙니다 (허용: Y/N, 예/아니오, O/X, 1/0, true/false)',
      'an unknown boolean',
    ],
    [
      '청구번호,청구일시,청구금액\nP-1,2025-03-04 09:00,약 12만\n',
      'INVALID_NUMBER',
      '청구금액 "약 12만" is not an amount (e.g. 1,234,000원)',
      '청구금액 "약 12만": 금액이 아닙니다 (예: 1,234,000원)',
      'a bad amount',
    ],
    [
      '콜번호,인입일시,벨횟수\nQ-1,2025-03-04 09:00,2.5\n',
      'INVALID_NUMBER',
      '벨횟수 "2.5" is not a whole number',
      '벨횟수 "2.5": 0 이상의 정수가 아닙니다',
      'fractional rings',
    ],
    [
      '콜번호,인입일시,대기시간\nQ-1,2025-03-04 09:00,오래\n',
      'INVALID_NUMBER',
      '대기시간 "오래" is not a number of seconds (e.g. 25 or 00:00:25)',
      '대기시간 "오래": 초 단위 시간이 아닙니다 (예: 25 또는 00:00:25)',
      'a bad wait',
    ],
    [
      '계약번호,요청접수일시,분야\nK-1,2025-03-04 09:00,우주\n',
      'UNKNOWN_VALUE',
      '분야 "우주" is not a known category (accepted: 물품/goods, 시설공사/construction, 전기공사/electrical, 통신공사/telecom, 용역/service)',
      '분야 "우주": 알 수 없는 값입니다 (허용: 물품/goods, 시설공사/construction, 전기공사/electrical, 통신공사/telecom, 용역/service)',
      'an unknown category',
    ],
    [
      '콜번호,인입일시,방향\nQ-1,2025-03-04 09:00,옆으로\n',
      'UNKNOWN_VALUE',
      '방향 "옆으로" is not a known direction (accepted: 인바운드/inbound, 아웃바운드/outbound)',
      '방향 "옆으로": 알 수 없는 값입니다 (허용: 인바운드/inbound, 아웃바운드/outbound)',
      'an unknown direction',
    ],
    [
      '콜번호,인입일시,큐\nQ-1,2025-03-04 09:00,ARS\n',
      'UNKNOWN_VALUE',
      '큐 "ARS" is not a known queue (accepted: 콜센터/callcenter, 부서전화/department)',
      '큐 "ARS": 알 수 없는 값입니다 (허용: 콜센터/callcenter, 부서전화/department)',
      'an unknown queue',
    ],
    [
      '콜번호,인입일시,목적\nQ-1,2025-03-04 09:00,홍보\n',
      'UNKNOWN_VALUE',
      '목적 "홍보" is not a known purpose (accepted: 케어콜/care, 해피콜/happy)',
      '목적 "홍보": 알 수 없는 값입니다 (허용: 케어콜/care, 해피콜/happy)',
      'an unknown purpose',
    ],
    [
      '청구번호,청구일시,지급주체\nP-1,2025-03-04 09:00,은행\n',
      'UNKNOWN_VALUE',
      '지급주체 "은행" is not a known payer (accepted: 조달청/pps, 수요기관/agency)',
      '지급주체 "은행": 알 수 없는 값입니다 (허용: 조달청/pps, 수요기관/agency)',
      'an unknown payer',
    ],
    [
      '민원번호,접수일시,민원유형\nC-1,2025-03-04 09:00,칭찬\n',
      'UNKNOWN_VALUE',
      '민원유형 "칭찬" is not a known type (accepted: 질의/inquiry, 진정/petition, 건의/suggestion, 개선의견/improvement, 기타/other)',
      '민원유형 "칭찬": 알 수 없는 값입니다 (허용: 질의/inquiry, 진정/petition, 건의/suggestion, 개선의견/improvement, 기타/other)',
      'an unknown type',
    ],
  ];
  it.each(cases)('%#: %s → %s (%s)', (text, code, reason, reasonKo) => {
    const r = read(text);
    expect(r.rejections).toEqual([]);
    expect(r.records).toHaveLength(1);
    expect(r.warnings).toHaveLength(1);
    const w = r.warnings[0]!;
    expect(w).toMatchObject({ file: 'f.csv', line: 2, code: 'UNREADABLE_VALUE' });
    expect(enOf(w)).toContain(reason);
    expect(koOf(w)).toContain(reasonKo);
    expect(code).toMatch(/^(UNKNOWN_VALUE|INVALID_NUMBER|INVALID_TIMESTAMP)$/);
    const column = r.header.mapping[2]!.column;
    expect(r.records[0]!.unreadable).toEqual([column]);
    expect(enOf(w)).toContain(`the rules needing ${column} skip it`);
  });
});

describe('input errors', () => {
  it('an empty file or one with only blank lines', () => {
    expect(inputError(() => read('')).code).toBe('EMPTY_FILE');
    expect(inputError(() => read('\r\n \n')).message).toMatch(/^f\.csv: the file has only blank lines/);
  });

  it('a header without any kind’s required column', () => {
    const err = inputError(() => read('이름,전화\n홍길동,010\n'));
    expect(err.code).toBe('UNKNOWN_KIND');
  });
});

describe('a forced encoding that misreads the header', () => {
  const CP949 = iconv.encode(PAYMENTS_KO, 'cp949');

  it('is one short line naming the encoding, not the garbled header and every kind', () => {
    const err = inputError(() => read(CP949, { encoding: 'utf-16' }));
    expect(err.code).toBe('UNKNOWN_KIND');
    expect(err.message).toContain('the header does not read as utf-16');
    expect(err.message).not.toContain('complaints need');
    expect(err.message.length).toBeLessThan(200);
  });

  it('still skips a long title line above a header the encoding reads', () => {
    const title = '2025년 2분기 대금지급 현황 (조달청 재정관리과 작성, 단위: 원, 기준일 2025-06-30)\n';
    const r = read(iconv.encode(title + PAYMENTS_KO, 'cp949'), { encoding: 'cp949' });
    expect(r.records.map((x) => x.id)).toEqual(['P-1', 'P-2']);
  });
});
