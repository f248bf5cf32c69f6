import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BOOLEANS,
  CATEGORIES,
  CHANNELS,
  COMPLAINT_TYPES,
  DIRECTIONS,
  PAYERS,
  PURPOSES,
  QUEUES,
  contractType,
  parseAmount,
  parseBoolean,
  parseCount,
  parseSeconds,
} from '../../src/ingest/values.js';
import { isBlank, normalizeKey, quoteValue, trimCell, withoutAnnotation } from '../../src/ingest/text.js';

describe('vocabularies', () => {
  it.each([
    [CHANNELS, '인터넷', 'web'],
    [CHANNELS, 'web', 'web'],
    [CHANNELS, ' WEB ', 'web'],
    [CHANNELS, '방문', 'visit'],
    [CHANNELS, '전화', 'phone'],
    [CHANNELS, '우편', 'mail'],
    [CHANNELS, '서면', 'mail'],
    [CHANNELS, '팩스', 'fax'],
    [CHANNELS, 'FAX', 'fax'],
    [COMPLAINT_TYPES, '질의', 'inquiry'],
    [COMPLAINT_TYPES, '진정', 'petition'],
    [COMPLAINT_TYPES, '건의', 'suggestion'],
    [COMPLAINT_TYPES, '개선의견', 'improvement'],
    [COMPLAINT_TYPES, '개선 의견', 'improvement'],
    [COMPLAINT_TYPES, '기타', 'other'],
    [COMPLAINT_TYPES, 'Inquiry', 'inquiry'],
    [PAYERS, '조달청', 'pps'],
    [PAYERS, 'PPS', 'pps'],
    [PAYERS, '수요기관', 'agency'],
    [PAYERS, 'agency', 'agency'],
    [CATEGORIES, '물품', 'goods'],
    [CATEGORIES, '공사', 'construction'],
    [CATEGORIES, '시설공사', 'construction'],
    [CATEGORIES, '전기공사', 'electrical'],
    [CATEGORIES, '통신공사', 'telecom'],
    [CATEGORIES, '정보통신공사', 'telecom'],
    [CATEGORIES, '용역', 'service'],
    [CATEGORIES, 'Goods', 'goods'],
    [QUEUES, '콜센터', 'callcenter'],
    [QUEUES, 'call center', 'callcenter'],
    [QUEUES, '부서전화', 'department'],
    [QUEUES, '부서', 'department'],
    [DIRECTIONS, '인바운드', 'inbound'],
    [DIRECTIONS, '수신', 'inbound'],
    [DIRECTIONS, '아웃바운드', 'outbound'],
    [DIRECTIONS, '발신', 'outbound'],
    [DIRECTIONS, 'OUTBOUND', 'outbound'],
    [PURPOSES, '케어콜', 'care'],
    [PURPOSES, 'care', 'care'],
    [PURPOSES, 'Care-Call', 'care'],
    [PURPOSES, '해피콜', 'happy'],
    [PURPOSES, 'happy call', 'happy'],
  ] as const)('%s: %j → %s', (vocab, text, expected) => {
    expect((vocab as { parse(t: string): string | undefined }).parse(text)).toBe(expected);
  });

  it('knows nothing else, and lists what it accepts', () => {
    expect(CHANNELS.parse('카카오톡')).toBeUndefined();
    expect(QUEUES.parse('')).toBeUndefined();
    expect(CHANNELS.accepted).toBe('인터넷/web, 방문/visit, 전화/phone, 우편/mail, 팩스/fax');
    expect(BOOLEANS.accepted).toContain('Y/true');
  });

  it('contract types: 단가계약 and 총액계약 named, others kept normalised', () => {
    expect(contractType('단가계약')).toBe('unit-price');
    expect(contractType(' 단가 계약 ')).toBe('unit-price');
    expect(contractType('Unit-Price')).toBe('unit-price');
    expect(contractType('총액계약')).toBe('total');
    expect(contractType('제3자단가계약')).toBe('제3자단가계약');
    expect(contractType(' 다수공급자  계약 ')).toBe('다수공급자 계약');
    expect(contractType('  Lump   SUM ')).toBe('lump sum');
  });
});

describe('booleans', () => {
  it.each([
    ['Y', true],
    ['y', true],
    ['N', false],
    ['예', true],
    ['아니오', false],
    ['아니요', false],
    ['O', true],
    ['X', false],
    ['o', true],
    ['x', false],
    ['1', true],
    ['0', false],
    ['true', true],
    ['FALSE', false],
    [' Yes ', true],
  ])('%j → %s', (text, expected) => {
    expect(parseBoolean(text)).toBe(expected);
  });
  it.each(['maybe', '2', '', '예아니오'])('%j is not a boolean', (text) => {
    expect(parseBoolean(text)).toBeUndefined();
  });
});

describe('numbers', () => {
  it.each([
    ['1234', 1234],
    ['1,234,000', 1_234_000],
    ['1,234,000원', 1_234_000],
    [' 300,000,000 원 ', 300_000_000],
    ['₩5,000', 5000],
    ['-1,000', -1000],
    ['12.5', 12.5],
    ['0', 0],
  ])('amount %j → %d', (text, expected) => {
    expect(parseAmount(text)).toBe(expected);
  });
  it.each(['', '원', '12a', '1.2.3', ',100', '1.000,5', '--1', '1-0'])('amount %j is not a number', (text) => {
    expect(parseAmount(text)).toBeNaN();
  });
  it.each([
    ['3', 3],
    [' 3 ', 3],
    ['7일', 7],
    ['2회', 2],
    ['10 초', 10],
    ['0', 0],
  ])('count %j → %d', (text, expected) => {
    expect(parseCount(text)).toBe(expected);
  });
  it.each(['2.5', '-1', 'three', '', '일', '1 2'])('count %j is not a whole number', (text) => {
    expect(parseCount(text)).toBeNaN();
  });
  it.each([
    ['25', 25],
    ['12.5', 12.5],
    ['12.5초', 12.5],
    ['30s', 30],
    ['1:05', 65],
    ['00:01:05', 65],
    ['1:00:00', 3600],
  ])('seconds %j → %d', (text, expected) => {
    expect(parseSeconds(text)).toBe(expected);
  });
  it.each(['', 'abc', '1:5', '1:60', '1:70:00', ':30', '1:2:3:4', '-5'])('seconds %j is not a number of seconds', (text) => {
    expect(parseSeconds(text)).toBeNaN();
  });
});

describe('text helpers', () => {
  it('normalises header keys', () => {
    expect(normalizeKey('\uFEFFReceived_At')).toBe('receivedat');
    expect(normalizeKey(' 지급 일시 ')).toBe('지급일시');
    expect(normalizeKey('Supplier-ID')).toBe('supplierid');
    expect(normalizeKey('(청구)금액')).toBe('청구금액');
  });
  it('splits an annotation off', () => {
    expect(withoutAnnotation('청구금액(원)')).toEqual({ base: '청구금액', note: '원' });
    expect(withoutAnnotation('대기시간（초）')).toEqual({ base: '대기시간', note: '초' });
    expect(withoutAnnotation('(원)')).toBeNull();
  });
  it('tells blank cells', () => {
    expect(isBlank('')).toBe(true);
    expect(isBlank(' \t\u3000')).toBe(true);
    expect(isBlank(' a')).toBe(false);
  });
  it('quotes values safely and briefly', () => {
    expect(quoteValue('2025-02-30 09:00')).toBe('"2025-02-30 09:00"');
    expect(quoteValue('a\u001b[31mb\u009b')).toBe('"a\\u001b[31mb\\u009b"');
    expect(quoteValue('x'.repeat(100))).toBe(`"${'x'.repeat(60)}…"`);
  });
});

describe('trimCell', () => {
  it('is String.prototype.trim for any text (white space of every kind at either end)', () => {
    const spaces = fc.constantFrom(
      ' ',
      '\t',
      '\n',
      '\r',
      '\u00a0',
      '\u1680',
      '\u2003',
      '\u2028',
      '\u202f',
      '\u3000',
      '\ufeff',
      '\u0001',
      '\u200b',
    );
    const text = fc.tuple(
      fc.array(spaces, { maxLength: 3 }),
      fc.string({ unit: 'grapheme' }),
      fc.array(spaces, { maxLength: 3 }),
    );
    fc.assert(
      fc.property(text, ([a, s, b]) => {
        const t = `${a.join('')}${s}${b.join('')}`;
        expect(trimCell(t)).toBe(t.trim());
      }),
      { numRuns: 2000 },
    );
    expect(trimCell('나라장터')).toBe('나라장터');
    expect(trimCell(' 2500000001\u3000')).toBe('2500000001');
  });
});
