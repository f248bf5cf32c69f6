import { describe, expect, it } from 'vitest';
import { detectKind } from '../../src/ingest/columns.js';
import { readText } from '../../src/ingest/reader.js';
import { parseTimestamp } from '../../src/ingest/timestamp.js';
import { COLUMNS, KINDS, KIND_TABLES, REQUIRED_COLUMN, columnsOf } from '../../src/model/records.js';
import { KOREAN_HEADERS } from '../../src/sample/render.js';
import { enOf } from '../helpers/messages.js';

describe('one table per kind', () => {
  it('every kind has exactly one required column, an instant, and it is the start', () => {
    for (const kind of KINDS) {
      const required = columnsOf(kind).filter((s) => s.required);
      expect(required.map((s) => s.column)).toEqual([REQUIRED_COLUMN[kind]]);
      expect(required[0]!.type).toBe('instant');
    }
  });

  it('columns, Korean labels and sample headers come from the same lines', () => {
    for (const kind of KINDS) {
      const whole = KIND_TABLES[kind].columns.filter((s) => s.type !== 'date' && s.type !== 'time');
      expect([...COLUMNS[kind]]).toEqual(whole.map((s) => s.column));
      for (const s of whole) expect(KOREAN_HEADERS[kind][s.column]).toBe(s.ko);
    }
  });

  it('every date/time half names an instant column of its kind, and each instant has both halves or none', () => {
    for (const kind of KINDS) {
      const table = columnsOf(kind);
      for (const s of table.filter((x) => x.of !== undefined)) {
        expect(table.find((x) => x.column === s.of)?.type).toBe('instant');
        const pair = table
          .filter((x) => x.of === s.of)
          .map((x) => x.type)
          .sort();
        expect(pair).toEqual(['date', 'time']);
      }
    }
  });

  it('no header is accepted for two different columns of one kind', () => {
    for (const kind of KINDS) {
      const seen = new Map<string, string>();
      for (const s of columnsOf(kind)) {
        for (const h of [s.column, s.ko, ...s.aliases]) {
          const prev = seen.get(h);
          expect(prev === undefined || prev === s.column, `${kind}: ${h} is ${prev} and ${s.column}`).toBe(true);
          seen.set(h, s.column);
        }
      }
    }
  });
});

describe('dates and times in two columns', () => {
  it('접수일자 + 접수시간 make the received instant; the file is a complaints export', () => {
    const m = detectKind(['민원번호', '접수일자', '접수시간'], {}, 'c.csv');
    expect(m.kind).toBe('complaints');
    expect(m.mapping.map((x) => [x.column, x.part])).toEqual([
      ['id', undefined],
      ['received_at', 'date'],
      ['received_at', 'time'],
    ]);
    const r = readText('민원번호,접수일자,접수시간\nC-1,2025-03-04,14:05\nC-2,2025.03.05,오후 2시 10분\n', 'c.csv');
    expect(r.rejections).toEqual([]);
    expect(r.records.map((x) => (x.kind === 'complaints' ? x.receivedAt : 0))).toEqual([
      parseTimestamp('2025-03-04 14:05'),
      parseTimestamp('2025-03-05 14:10'),
    ]);
  });

  it('지급일자 + 지급시각 make paid_at, checked against the claim', () => {
    const r = readText(
      '청구번호,청구일시,지급일자,지급시각\nP-1,2025-03-04 09:00,2025-03-04,13:00\nP-2,2025-03-04 09:00,2025-03-03,13:00\n',
      'p.csv',
    );
    expect(r.records.map((x) => (x.kind === 'payments' ? x.paidAt : 0))).toEqual([parseTimestamp('2025-03-04 13:00')]);
    expect(r.rejections.map((x) => [x.line, x.code])).toEqual([[3, 'END_BEFORE_START']]);
    expect(enOf(r.rejections[0])).toContain('지급일자+지급시각 "2025-03-03 13:00"');
  });

  it('a date column alone is the whole instant (it may hold the time too)', () => {
    const r = readText('청구번호,청구일자\nP-1,2025-03-04 09:00\n', 'p.csv');
    expect(r.header.mapping[1]).toEqual({ index: 1, header: '청구일자', column: 'claimed_at', via: 'alias' });
    expect(r.records).toHaveLength(1);
  });

  it('a whole column wins over halves, which are then ignored', () => {
    const m = detectKind(['청구번호', '청구일시', '청구일자', '청구시간'], {}, 'p.csv');
    expect(m.mapping.map((x) => x.column)).toEqual(['id', 'claimed_at', null, null]);
  });
});
