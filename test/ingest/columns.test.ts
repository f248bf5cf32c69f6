import { describe, expect, it } from 'vitest';
import { detectKind, mapHeader } from '../../src/ingest/columns.js';
import { COLUMNS, type Kind, REQUIRED_COLUMN } from '../../src/model/records.js';
import { inputError } from '../helpers/errors.js';

/** SPEC §2, written out independently of the implementation's table. */
const SPEC_ALIASES: Record<Kind, [string, string[]][]> = {
  complaints: [
    ['id', ['민원번호', '접수번호']],
    ['channel', ['접수경로', '채널']],
    ['type', ['민원유형', '유형']],
    ['received_at', ['접수일시']],
    ['answered_at', ['처리일시', '회신일시']],
    ['department', ['처리부서', '부서']],
    ['delay_notified_at', ['지연안내일시']],
    ['supplement_requested_at', ['보완요구일시']],
    ['supplement_received_at', ['보완접수일시']],
    ['processing_days', ['처리기간']],
    ['reply_has_contact', ['담당자연락처기재']],
    ['surveyed_at', ['만족도조사일시']],
  ],
  payments: [
    ['id', ['청구번호']],
    ['claimed_at', ['청구일시']],
    ['paid_at', ['지급일시']],
    ['amount', ['청구금액', '금액']],
    ['supplier_id', ['사업자등록번호', '업체번호']],
    ['payer', ['지급주체']],
    ['hold_reason', ['보류사유']],
    ['hold_notified_at', ['사유안내일시']],
    ['department', ['부서', '지방청']],
  ],
  contracts: [
    ['id', ['계약번호']],
    ['contract_type', ['계약유형']],
    ['category', ['구분', '분야']],
    ['requested_at', ['조달요청접수일시', '요청접수일시']],
    ['delivery_requested_at', ['납품요구일시']],
    ['concluded_at', ['계약체결일시', '계약일시']],
    ['amount', ['계약금액']],
    ['agency_id', ['수요기관코드', '수요기관']],
    ['supplier_id', ['사업자등록번호', '업체번호']],
    ['happy_call_at', ['해피콜일시']],
    ['department', ['부서']],
  ],
  calls: [
    ['id', ['콜번호', '상담번호']],
    ['arrived_at', ['인입일시', '수신일시']],
    ['answered_at', ['응답일시']],
    ['wait_seconds', ['대기시간']],
    ['rings', ['벨횟수']],
    ['queue', ['큐', '구분']],
    ['direction', ['방향']],
    ['purpose', ['목적']],
    ['party_id', ['고객번호', '기관코드', '사업자등록번호']],
    ['contract_id', ['계약번호']],
    ['wait_announced', ['대기안내']],
    ['topic', ['상담분야']],
    ['agent_id', ['상담사']],
  ],
  // Issue 14: the periodic duties' export, as the issue names its headers.
  activities: [
    ['date', ['일자', '활동일', '실시일']],
    ['type', ['구분', '활동유형']],
    ['department', ['지역', '지방청', '부서']],
    ['published_at', ['공개일', '게시일']],
    ['note', ['비고', '내용']],
  ],
};

const REQUIRED_KO: Record<Kind, string> = {
  complaints: '접수일시',
  payments: '청구일시',
  contracts: '조달요청접수일시',
  calls: '인입일시',
  activities: '일자',
};

describe('SPEC §2 aliases', () => {
  for (const kind of Object.keys(SPEC_ALIASES) as Kind[]) {
    for (const [column, aliases] of SPEC_ALIASES[kind]) {
      for (const alias of aliases) {
        it(`${kind}: ${alias} → ${column}, and the kind is detected`, () => {
          const headers = column === REQUIRED_COLUMN[kind] ? [alias] : [REQUIRED_KO[kind], alias];
          const m = detectKind(headers, {}, 'f.csv');
          expect(m.kind).toBe(kind);
          const hit = m.mapping.find((x) => x.header === alias)!;
          expect(hit.column).toBe(column);
          expect(hit.via).toBe('alias');
        });
      }
    }
  }

  it('every canonical column maps to itself in its kind', () => {
    for (const kind of Object.keys(COLUMNS) as Kind[]) {
      const m = mapHeader(COLUMNS[kind], kind, {}, 'f.csv');
      expect(m.mapping.map((x) => x.column)).toEqual([...COLUMNS[kind]]);
      expect(m.mapping.every((x) => x.via === 'canonical')).toBe(true);
    }
  });
});

describe('header matching', () => {
  it('ignores case, spaces, _, -, parentheses and a BOM', () => {
    const m = mapHeader(
      ['\uFEFFID', 'Claimed At', 'PAID-AT', 'supplier_ID', ' 지급 주체 ', '(보류)사유'],
      'payments',
      {},
      'p.csv',
    );
    expect(m.mapping.map((x) => x.column)).toEqual(['id', 'claimed_at', 'paid_at', 'supplier_id', 'payer', 'hold_reason']);
    expect(m.mapping[0]!.header).toBe('ID');
  });

  it('drops a unit annotation, but not one that changes the unit of a wait', () => {
    expect(mapHeader(['청구금액(원)'], 'payments', {}, 'p.csv').mapping[0]!.column).toBe('amount');
    expect(mapHeader(['대기시간(초)'], 'calls', {}, 'c.csv').mapping[0]!.column).toBe('wait_seconds');
    expect(mapHeader(['대기시간(분)'], 'calls', {}, 'c.csv').mapping[0]).toMatchObject({ column: null, via: 'ignored' });
  });

  it('reports unknown headers as ignored', () => {
    const m = detectKind(['청구번호', '청구일시', '비고', ''], {}, 'p.csv');
    expect(m.mapping.slice(2)).toEqual([
      { index: 2, header: '비고', column: null, via: 'ignored' },
      { index: 3, header: '', column: null, via: 'ignored' },
    ]);
    expect([...m.columns]).toEqual(['id', 'claimed_at']);
  });

  it('keeps the first of two cells naming the same column', () => {
    const m = detectKind(['접수일시', '처리부서', '부서'], {}, 'c.csv');
    expect(m.mapping.map((x) => x.column)).toEqual(['received_at', 'department', null]);
    expect(m.duplicates).toEqual([{ index: 2, header: '부서', column: 'department' }]);
  });

  it('renames anything through the config columns map, per kind or for all', () => {
    const m = detectKind(
      ['등록일시', '민원 담당', '비고'],
      { columns: { complaints: { '등록 일시': 'received_at' }, '*': { 민원담당: 'department' } } },
      'c.csv',
    );
    expect(m.kind).toBe('complaints');
    expect(m.mapping.map((x) => [x.column, x.via])).toEqual([
      ['received_at', 'config'],
      ['department', 'config'],
      [null, 'ignored'],
    ]);
  });

  it('rejects a config rename to a column the kind does not have', () => {
    expect(() => mapHeader(['x'], 'payments', { columns: { payments: { x: 'rings' } } }, 'p.csv')).toThrow(
      /not a payments column/,
    );
  });
});

describe('kind detection', () => {
  it('tells each kind from its required column', () => {
    for (const kind of Object.keys(REQUIRED_COLUMN) as Kind[]) {
      expect(detectKind(['id', REQUIRED_COLUMN[kind]], {}, 'f.csv').kind).toBe(kind);
    }
  });

  it('uses distinctive columns when two required columns are present', () => {
    expect(detectKind(['received_at', 'claimed_at', 'paid_at', 'payer'], {}, 'f.csv').kind).toBe('payments');
  });

  it('fails listing what each kind needs when nothing fits', () => {
    // (`번호, 일자` was this example until 일자 became the activities' date, issue 14.)
    const err = inputError(() => detectKind(['번호', '날짜'], {}, 'x.csv'));
    expect(err.code).toBe('UNKNOWN_KIND');
    expect(err.message).toContain('x.csv: cannot tell the kind');
    expect(err.message).toContain('complaints need received_at (접수일시');
    expect(err.message).toContain('calls need arrived_at (인입일시, 수신일시)');
    expect(err.message).toContain('activities need date (일자, 활동일, 실시일');
    expect(err.message).not.toContain('\n');
  });

  it('fails on a tie', () => {
    const err = inputError(() => detectKind(['received_at', 'claimed_at'], {}, 'x.csv'));
    expect(err.code).toBe('AMBIGUOUS_KIND');
    expect(err.message).toMatch(/fits both complaints and payments.*--kind/);
  });

  it('with --kind, names the missing required column and its aliases', () => {
    const err = inputError(() => detectKind(['청구번호', '지급일시'], { kind: 'payments' }, 'p.csv'));
    expect(err.code).toBe('MISSING_COLUMN');
    expect(err.message).toContain('needs the column claimed_at (청구일시');
    expect(detectKind(['received_at', 'claimed_at'], { kind: 'complaints' }, 'x.csv').kind).toBe('complaints');
  });
});
