/**
 * Presentation of generated rows as CSV text: canonical English (headers, vocabulary,
 * `YYYY-MM-DD HH:mm:ss`) or a Korean export (SPEC §2 aliases, Korean vocabulary, `2025.03.04
 * 14:05:00` / `2025년 3월 4일 14:05` timestamps, `원` amounts). Both present the same data:
 * parsing either gives the same records.
 */
import { type Instant, KST_OFFSET_SECONDS, SECONDS_PER_DAY, civilFromDays } from '../calendar/kst.js';
import { COLUMNS, type Kind } from '../model/records.js';
import { type Cell, type Row, TIME_COLUMNS } from './generate.js';

/** Korean header per canonical column (the first unambiguous SPEC §2 alias). */
export const KOREAN_HEADERS: Readonly<Record<Kind, Readonly<Record<string, string>>>> = {
  complaints: {
    id: '민원번호', channel: '접수경로', type: '민원유형', received_at: '접수일시', answered_at: '처리일시', department: '처리부서',
    delay_notified_at: '지연안내일시', supplement_requested_at: '보완요구일시', supplement_received_at: '보완접수일시',
    processing_days: '처리기간', reply_has_contact: '담당자연락처기재', surveyed_at: '만족도조사일시',
  },
  payments: {
    id: '청구번호', claimed_at: '청구일시', paid_at: '지급일시', amount: '청구금액', supplier_id: '사업자등록번호', payer: '지급주체',
    hold_reason: '보류사유', hold_notified_at: '사유안내일시', department: '부서',
  },
  contracts: {
    id: '계약번호', contract_type: '계약유형', category: '구분', requested_at: '조달요청접수일시', delivery_requested_at: '납품요구일시',
    concluded_at: '계약체결일시', amount: '계약금액', agency_id: '수요기관코드', supplier_id: '사업자등록번호', happy_call_at: '해피콜일시',
    department: '부서',
  },
  calls: {
    id: '상담번호', arrived_at: '인입일시', answered_at: '응답일시', wait_seconds: '대기시간', rings: '벨횟수', queue: '큐', direction: '방향',
    purpose: '목적', party_id: '고객번호', contract_id: '계약번호', wait_announced: '대기안내', topic: '상담분야', agent_id: '상담사',
  },
};

/** Korean words for canonical vocabulary values, per column. */
export const KOREAN_VALUES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  channel: { web: '인터넷', visit: '방문', phone: '전화', mail: '우편', fax: '팩스' },
  type: { inquiry: '질의', petition: '진정', suggestion: '건의', improvement: '개선의견', other: '기타' },
  payer: { pps: '조달청', agency: '수요기관' },
  contract_type: { 'unit-price': '단가계약', total: '총액계약' },
  category: { goods: '물품', construction: '시설공사', electrical: '전기공사', telecom: '통신공사', service: '용역' },
  queue: { callcenter: '콜센터', department: '부서전화' },
  direction: { inbound: '인바운드', outbound: '아웃바운드' },
  purpose: { care: '케어콜', happy: '해피콜' },
};

/** Korean booleans differ by column, as they do between real systems. */
const KOREAN_BOOLEANS: Readonly<Record<string, readonly [string, string]>> = {
  reply_has_contact: ['Y', 'N'],
  wait_announced: ['예', '아니오'],
};

export type Language = 'en' | 'ko';

const AMOUNT_COLUMNS = new Set(['amount']);

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * Thousands separators. @example groupThousands(1234567) // => '1,234,567'
 */
export function groupThousands(n: number): string {
  const s = String(Math.trunc(Math.abs(n)));
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += ',';
    out += s[i];
  }
  return n < 0 ? `-${out}` : out;
}

/**
 * Quotes a CSV field when it holds a comma, quote or line break (RFC 4180).
 *
 * @example csvField('1,000') // => '"1,000"'
 */
export function csvField(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 34 || c === 10 || c === 13) return `"${s.replace(/"/g, '""')}"`;
  }
  return s;
}

/** Timestamp forms. `iso-space` `2025-03-04 14:05:00`, `dots` `2025.03.04 14:05:00`, `korean` `2025년 3월 4일 14:05`. */
export type TimestampForm = 'iso-space' | 'dots' | 'korean';

/**
 * Formats rows for one kind and language; remembers the last day's date text (rows come in
 * day order, so nearly every timestamp reuses it).
 */
export class RowFormatter {
  private readonly columns: readonly string[];
  private readonly form: TimestampForm;
  private cachedDay = Number.NaN;
  private cachedDate = '';

  constructor(
    readonly kind: Kind,
    readonly language: Language,
  ) {
    this.columns = COLUMNS[kind];
    // Complaint systems keep minutes and print Korean dates; the others print dotted dates with seconds.
    this.form = language === 'en' ? 'iso-space' : kind === 'complaints' ? 'korean' : 'dots';
  }

  /** The header line (no line break). */
  header(): string {
    const names = this.language === 'en' ? this.columns : this.columns.map((c) => KOREAN_HEADERS[this.kind][c] ?? c);
    return names.map(csvField).join(',');
  }

  /** One data line (no line break). */
  line(row: Row): string {
    let out = '';
    for (let i = 0; i < this.columns.length; i++) {
      if (i > 0) out += ',';
      out += csvField(this.cell(this.columns[i] as string, row[i] ?? null));
    }
    return out;
  }

  private cell(column: string, v: Cell): string {
    if (v === null) return '';
    if (typeof v === 'boolean') {
      if (this.language === 'en') return v ? 'true' : 'false';
      const words = KOREAN_BOOLEANS[column] ?? ['Y', 'N'];
      return v ? words[0] : words[1];
    }
    if (typeof v === 'number') {
      if (TIME_COLUMNS.has(column)) return this.timestamp(v);
      if (AMOUNT_COLUMNS.has(column)) return this.language === 'en' ? groupThousands(v) : `${groupThousands(v)}원`;
      return String(v);
    }
    if (this.language === 'ko') return KOREAN_VALUES[column]?.[v] ?? v;
    return v;
  }

  /**
   * A KST timestamp in this formatter's form. Never drops information: the minute-only Korean
   * form gains `:ss` when the seconds are not zero.
   */
  timestamp(t: Instant): string {
    const local = t + KST_OFFSET_SECONDS;
    const day = Math.floor(local / SECONDS_PER_DAY);
    const sod = local - day * SECONDS_PER_DAY;
    if (day !== this.cachedDay) {
      const c = civilFromDays(day);
      this.cachedDay = day;
      this.cachedDate =
        this.form === 'korean'
          ? `${c.year}년 ${c.month}월 ${c.day}일`
          : this.form === 'dots'
            ? `${c.year}.${pad2(c.month)}.${pad2(c.day)}`
            : `${c.year}-${pad2(c.month)}-${pad2(c.day)}`;
    }
    const h = Math.floor(sod / 3600);
    const m = Math.floor((sod % 3600) / 60);
    const s = sod % 60;
    if (this.form === 'korean' && s === 0) return `${this.cachedDate} ${pad2(h)}:${pad2(m)}`;
    return `${this.cachedDate} ${pad2(h)}:${pad2(m)}:${pad2(s)}`;
  }
}
