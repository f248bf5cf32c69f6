import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectKind } from '../../src/ingest/columns.js';
import { parseTimestamp } from '../../src/ingest/timestamp.js';
import {
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
} from '../../src/ingest/values.js';
import { COLUMNS, KINDS, type Kind } from '../../src/model/records.js';
import { RowFormatter, csvField, encodeText, groupThousands } from '../../src/sample/index.js';
import { sampleText } from './helpers.js';

const TIME = /_at(_\d)?$|^extended_until/;
const VOCAB: Record<string, (s: string) => string | undefined> = {
  channel: (s) => CHANNELS.parse(s),
  type: (s) => COMPLAINT_TYPES.parse(s),
  payer: (s) => PAYERS.parse(s),
  category: (s) => CATEGORIES.parse(s),
  queue: (s) => QUEUES.parse(s),
  direction: (s) => DIRECTIONS.parse(s),
  purpose: (s) => PURPOSES.parse(s),
  contract_type: (s) => contractType(s),
};

/** A cell as the auditor's reader understands it, so both languages can be compared. */
function canonical(column: string, text: string): unknown {
  if (text === '') return null;
  if (TIME.test(column)) return parseTimestamp(text);
  if (column === 'amount') return parseAmount(text);
  if (column === 'wait_announced' || column === 'reply_has_contact' || column.startsWith('extension_consent'))
    return parseBoolean(text);
  const vocab = VOCAB[column];
  return vocab ? vocab(text) : text;
}

/** Rows of canonical values keyed by canonical column, whatever the header language. */
function canonicalRows(text: string, kind: Kind): Record<string, unknown>[] {
  const [header, ...rows] = parse(text, { relax_column_count: false }) as string[][];
  const mapping = detectKind(header as string[], {}, 'x.csv');
  expect(mapping.kind).toBe(kind);
  expect([...mapping.columns].sort()).toEqual([...COLUMNS[kind]].sort());
  return rows.map((cells) => {
    const out: Record<string, unknown> = {};
    mapping.mapping.forEach((m, i) => {
      if (m.column) out[m.column] = canonical(m.column, cells[i] as string);
    });
    return out;
  });
}

describe('Korean presentation', () => {
  // Activities: test/sample/activities.test.ts (a calendar of duties, not 1500 rows).
  for (const kind of KINDS.filter((k) => k !== 'activities')) {
    it(`${kind}: Korean CP949 and English carry the same data`, () => {
      const base = { kind, rows: '1500', seed: '77', lateShare: '0.2' };
      const en = sampleText(base);
      const koText = sampleText({ ...base, korean: true });
      expect(koText).not.toBe(en);
      const ko = iconv.decode(encodeText(koText, 'cp949'), 'cp949');
      expect(ko).toBe(koText);
      const a = canonicalRows(en, kind);
      const b = canonicalRows(ko, kind);
      expect(a.length).toBe(1500);
      expect(b).toEqual(a);
      for (const row of a) for (const v of Object.values(row)) expect(Number.isNaN(v)).toBe(false);
    });
  }

  it('writes Korean vocabulary, 원 amounts and both Korean timestamp forms', () => {
    const complaints = sampleText({ kind: 'complaints', rows: '300', seed: '5', korean: true });
    expect(complaints.split('\n')[0]).toBe(
      '민원번호,접수경로,민원유형,접수일시,처리일시,처리부서,지연안내일시,보완요구일시,보완접수일시,처리기간,담당자연락처기재,만족도조사일시,' +
        '2차보완요구일시,2차보완접수일시,3차보완요구일시,3차보완접수일시,연장일시,연장처리기한,연장일수,연장통지일시,연장사유,연장동의,' +
        '2차연장일시,2차연장처리기한,2차연장일수,2차연장통지일시,2차연장사유,2차연장동의,이송일시,이송기관,이송통지일시,진행상황통지일시,민원인번호,접수게시판',
    );
    expect(complaints).toMatch(/,인터넷,질의,2025년 \d{1,2}월 \d{1,2}일 \d\d:\d\d,/);
    const payments = sampleText({ kind: 'payments', rows: '300', seed: '5', korean: true });
    expect(payments).toMatch(/,2025\.\d\d\.\d\d \d\d:\d\d:\d\d,/);
    expect(payments).toMatch(/"\d{1,3}(,\d{3})*원",\d{3}-\d{2}-\d{5},조달청,/);
    const calls = sampleText({ kind: 'calls', rows: '3000', seed: '5', korean: true });
    expect(calls).toMatch(/,콜센터,인바운드,,,,예,/);
    expect(calls).toMatch(/,부서전화,인바운드,/);
    const contracts = sampleText({ kind: 'contracts', rows: '300', seed: '5', korean: true });
    expect(contracts).toMatch(/,단가계약,물품,/);
  });

  it('encodes Korean text as two-byte CP949 and survives the round trip', () => {
    const text = '계약번호,구분\nR25TA00000001,시설공사\n';
    const bytes = encodeText(text, 'cp949');
    const hangul = [...text].filter((c) => c >= '가' && c <= '힣').length;
    expect(hangul).toBe(10);
    expect(bytes.length).toBe(text.length + hangul);
    expect(iconv.decode(bytes, 'cp949')).toBe(text);
    expect(bytes.includes(Buffer.from('계', 'utf8'))).toBe(false);
  });

  it('never drops seconds from a minute-form Korean timestamp', () => {
    const f = new RowFormatter('complaints', 'ko');
    expect(f.timestamp(parseTimestamp('2025-03-04 14:05:00'))).toBe('2025년 3월 4일 14:05');
    expect(f.timestamp(parseTimestamp('2025-03-04 14:05:09'))).toBe('2025년 3월 4일 14:05:09');
    expect(new RowFormatter('calls', 'ko').timestamp(parseTimestamp('2025-03-04 09:00:00'))).toBe('2025.03.04 09:00:00');
    expect(new RowFormatter('calls', 'en').timestamp(parseTimestamp('2025-12-31 23:59:59'))).toBe('2025-12-31 23:59:59');
  });

  it('formats amounts and quotes CSV fields', () => {
    expect(groupThousands(0)).toBe('0');
    expect(groupThousands(999)).toBe('999');
    expect(groupThousands(1000)).toBe('1,000');
    expect(groupThousands(12_345_678_900)).toBe('12,345,678,900');
    expect(csvField('a"b')).toBe('"a""b"');
    expect(csvField('plain')).toBe('plain');
  });
});
