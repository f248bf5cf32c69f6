/**
 * One declarative table per kind of export: every column once, with its record field, its type,
 * its Korean label and the other headers accepted for it, whether a row can do without it, and
 * its value words. The header mapping, the row builder, the `values` map of the config, the
 * `columns` command, the Korean names in messages, the sample headers, the record types and the
 * engine's holiday-coverage check are all derived from these tables: adding a column is one line.
 *
 * Types:
 * - `id`, `text`: kept as written (trimmed); `id` falls back to `file:line`.
 * - `instant`: a date and time (KST unless an offset is written).
 * - `date`, `time`: the two halves of an instant written in two columns (`접수일자` + `접수시간`);
 *   `of` names the instant they make.
 * - `amount` (KRW), `count` (a whole number ≥ 0), `seconds` (a duration).
 * - `vocabulary`: one of `values` (canonical value → accepted words, the first one Korean);
 *   `open` keeps words outside the list as text; `fallback` is the value of a blank cell.
 * - `flag`: yes/no ({@link FLAG_WORDS}).
 */

export type Kind = 'complaints' | 'payments' | 'contracts' | 'calls' | 'activities';
export const KINDS: readonly Kind[] = ['complaints', 'payments', 'contracts', 'calls', 'activities'];

export type ColumnType = 'id' | 'text' | 'instant' | 'date' | 'time' | 'amount' | 'vocabulary' | 'flag' | 'count' | 'seconds';

/** One column of a kind. */
export interface ColumnSpec {
  /** Canonical (English) header, snake_case. */
  readonly column: string;
  /** The record's field. */
  readonly field: string;
  readonly type: ColumnType;
  /** Korean label: the header the sample writes and messages use. */
  readonly ko: string;
  /** Further headers accepted for the column (the Korean label and the canonical name always are). */
  readonly aliases: readonly string[];
  /** True for the one column a row cannot do without (the record's start). */
  readonly required?: true;
  /** For a vocabulary: canonical value → accepted words (the first is the Korean one). */
  readonly values?: Readonly<Record<string, readonly string[]>>;
  /** For a vocabulary: words outside `values` are kept as text (normalised) instead of refused. */
  readonly open?: true;
  /** For a vocabulary: the value of a blank cell or a missing column. */
  readonly fallback?: string;
  /** For `date`/`time`: the instant column the two halves make. */
  readonly of?: string;
  /** For an instant: the column it may not be earlier than (a reply before its receipt is refused). */
  readonly after?: string;
  /** For an instant: a date alone is accepted and means 00:00 KST of that day (activities are dated, not timed). */
  readonly dateOnly?: true;
}

/** Yes/no words of a `flag` column: `true` words first, then `false` ones. */
export const FLAG_WORDS = {
  true: ['Y', 'yes', '예', '네', 'O', '○', '1', '있음'],
  false: ['N', 'no', '아니오', '아니요', 'X', '×', '0', '없음'],
} as const;

const CHANNEL = {
  web: ['인터넷', 'internet', '온라인', 'online', '홈페이지'],
  visit: ['방문', '내방'],
  phone: ['전화', 'tel', 'telephone'],
  mail: ['우편', '서면', 'post', 'letter'],
  fax: ['팩스', '팩시밀리', 'facsimile'],
} as const;
const COMPLAINT_TYPE = {
  inquiry: ['질의', '문의'],
  petition: ['진정'],
  suggestion: ['건의'],
  improvement: ['개선의견', '개선'],
  other: ['기타'],
} as const;
const PAYER = { pps: ['조달청'], agency: ['수요기관'] } as const;
const CONTRACT_TYPE = { 'unit-price': ['단가계약'], total: ['총액계약'] } as const;
const CATEGORY = {
  goods: ['물품'],
  construction: ['시설공사', '공사'],
  electrical: ['전기공사'],
  telecom: ['통신공사', '정보통신공사'],
  service: ['용역', 'services'],
} as const;
const QUEUE = { callcenter: ['콜센터', 'call center', 'call-center'], department: ['부서전화', '부서', 'dept'] } as const;
const DIRECTION = { inbound: ['인바운드', '수신', 'in'], outbound: ['아웃바운드', '발신', 'out'] } as const;
/** The periodic duties of the charter's tab 4 (and the weekly meeting of tab 3). */
const ACTIVITY_TYPE = {
  'regional-meeting': ['지역간담회', '지역별간담회', '간담회', '고객간담회', 'regional meeting'],
  'customer-survey': ['고객만족도조사', '고객만족도', 'customer survey'],
  'complaint-survey': ['민원만족도조사', '민원만족도', 'complaint survey'],
  'self-evaluation': ['자체평가', '이행실태자체평가', '분기별자체평가', '조달서비스자체평가', 'self evaluation'],
  'weekly-meeting': ['주간고객만족회의', '고객만족회의', 'weekly meeting'],
  other: ['기타'],
} as const;
const PURPOSE = { care: ['케어콜', 'care call', 'carecall'], happy: ['해피콜', 'happy call', 'happycall'] } as const;

/** Keeps the literal types of a table line (so record types can be derived from it). */
function col<const S extends ColumnSpec>(spec: S): S {
  return spec;
}

export const COMPLAINT_COLUMNS = [
  col({ column: 'id', field: 'id', type: 'id', ko: '민원번호', aliases: ['접수번호'] }),
  col({
    column: 'channel',
    field: 'channel',
    type: 'vocabulary',
    ko: '접수경로',
    aliases: ['채널', '접수채널'],
    values: CHANNEL,
  }),
  col({ column: 'type', field: 'type', type: 'vocabulary', ko: '민원유형', aliases: ['유형'], values: COMPLAINT_TYPE }),
  col({ column: 'received_at', field: 'receivedAt', type: 'instant', ko: '접수일시', aliases: [], required: true }),
  col({ column: 'received_date', field: 'receivedAt', type: 'date', ko: '접수일자', aliases: ['접수일'], of: 'received_at' }),
  col({ column: 'received_time', field: 'receivedAt', type: 'time', ko: '접수시간', aliases: ['접수시각'], of: 'received_at' }),
  col({
    column: 'answered_at',
    field: 'answeredAt',
    type: 'instant',
    ko: '처리일시',
    aliases: ['회신일시', '답변일시'],
    after: 'received_at',
  }),
  col({
    column: 'answered_date',
    field: 'answeredAt',
    type: 'date',
    ko: '처리일자',
    aliases: ['회신일자', '답변일자'],
    of: 'answered_at',
  }),
  col({
    column: 'answered_time',
    field: 'answeredAt',
    type: 'time',
    ko: '처리시간',
    aliases: ['처리시각', '회신시간', '답변시간'],
    of: 'answered_at',
  }),
  col({ column: 'department', field: 'department', type: 'text', ko: '처리부서', aliases: ['부서', '담당부서'] }),
  col({ column: 'delay_notified_at', field: 'delayNotifiedAt', type: 'instant', ko: '지연안내일시', aliases: [] }),
  col({ column: 'supplement_requested_at', field: 'supplementRequestedAt', type: 'instant', ko: '보완요구일시', aliases: [] }),
  col({
    column: 'supplement_received_at',
    field: 'supplementReceivedAt',
    type: 'instant',
    ko: '보완접수일시',
    aliases: [],
    after: 'supplement_requested_at',
  }),
  col({ column: 'processing_days', field: 'processingDays', type: 'count', ko: '처리기간', aliases: [] }),
  col({ column: 'reply_has_contact', field: 'replyHasContact', type: 'flag', ko: '담당자연락처기재', aliases: [] }),
  col({ column: 'surveyed_at', field: 'surveyedAt', type: 'instant', ko: '만족도조사일시', aliases: [] }),
  // The law's columns (issue 13): further pauses, extensions (시행령 제21조), transfers (이송), the progress notice.
  col({
    column: 'supplement_requested_at_2',
    field: 'supplementRequestedAt2',
    type: 'instant',
    ko: '2차보완요구일시',
    aliases: [],
  }),
  col({
    column: 'supplement_received_at_2',
    field: 'supplementReceivedAt2',
    type: 'instant',
    ko: '2차보완접수일시',
    aliases: [],
    after: 'supplement_requested_at_2',
  }),
  col({
    column: 'supplement_requested_at_3',
    field: 'supplementRequestedAt3',
    type: 'instant',
    ko: '3차보완요구일시',
    aliases: [],
  }),
  col({
    column: 'supplement_received_at_3',
    field: 'supplementReceivedAt3',
    type: 'instant',
    ko: '3차보완접수일시',
    aliases: [],
    after: 'supplement_requested_at_3',
  }),
  col({ column: 'extended_at', field: 'extendedAt', type: 'instant', ko: '연장일시', aliases: ['처리기간연장일시'] }),
  col({ column: 'extended_until', field: 'extendedUntil', type: 'instant', ko: '연장처리기한', aliases: ['연장기한'] }),
  col({ column: 'extension_days', field: 'extensionDays', type: 'count', ko: '연장일수', aliases: ['연장기간'] }),
  col({ column: 'extension_notified_at', field: 'extensionNotifiedAt', type: 'instant', ko: '연장통지일시', aliases: [] }),
  col({ column: 'extension_reason', field: 'extensionReason', type: 'text', ko: '연장사유', aliases: [] }),
  col({ column: 'extension_consent', field: 'extensionConsent', type: 'flag', ko: '연장동의', aliases: [] }),
  col({ column: 'extended_at_2', field: 'extendedAt2', type: 'instant', ko: '2차연장일시', aliases: [] }),
  col({ column: 'extended_until_2', field: 'extendedUntil2', type: 'instant', ko: '2차연장처리기한', aliases: ['2차연장기한'] }),
  col({ column: 'extension_days_2', field: 'extensionDays2', type: 'count', ko: '2차연장일수', aliases: [] }),
  col({ column: 'extension_notified_at_2', field: 'extensionNotifiedAt2', type: 'instant', ko: '2차연장통지일시', aliases: [] }),
  col({ column: 'extension_reason_2', field: 'extensionReason2', type: 'text', ko: '2차연장사유', aliases: [] }),
  col({ column: 'extension_consent_2', field: 'extensionConsent2', type: 'flag', ko: '2차연장동의', aliases: [] }),
  col({ column: 'transferred_at', field: 'transferredAt', type: 'instant', ko: '이송일시', aliases: [], after: 'received_at' }),
  col({ column: 'transferred_to', field: 'transferredTo', type: 'text', ko: '이송기관', aliases: ['이송처'] }),
  col({ column: 'transfer_notified_at', field: 'transferNotifiedAt', type: 'instant', ko: '이송통지일시', aliases: [] }),
  col({
    column: 'progress_notified_at',
    field: 'progressNotifiedAt',
    type: 'instant',
    ko: '진행상황통지일시',
    aliases: ['처리진행상황통지일시'],
  }),
  // Care Call for complaint-makers (issue 14): who complained, and on which board (청장과의 대화방, 불친절 신고방).
  col({ column: 'party_id', field: 'partyId', type: 'text', ko: '민원인번호', aliases: ['민원인ID'] }),
  col({ column: 'board', field: 'board', type: 'text', ko: '접수게시판', aliases: ['게시판'] }),
] as const;

export const PAYMENT_COLUMNS = [
  col({ column: 'id', field: 'id', type: 'id', ko: '청구번호', aliases: [] }),
  col({ column: 'claimed_at', field: 'claimedAt', type: 'instant', ko: '청구일시', aliases: [], required: true }),
  col({ column: 'claimed_date', field: 'claimedAt', type: 'date', ko: '청구일자', aliases: ['청구일'], of: 'claimed_at' }),
  col({ column: 'claimed_time', field: 'claimedAt', type: 'time', ko: '청구시간', aliases: ['청구시각'], of: 'claimed_at' }),
  col({ column: 'paid_at', field: 'paidAt', type: 'instant', ko: '지급일시', aliases: [], after: 'claimed_at' }),
  col({ column: 'paid_date', field: 'paidAt', type: 'date', ko: '지급일자', aliases: ['지급일'], of: 'paid_at' }),
  col({ column: 'paid_time', field: 'paidAt', type: 'time', ko: '지급시각', aliases: ['지급시간'], of: 'paid_at' }),
  col({ column: 'amount', field: 'amount', type: 'amount', ko: '청구금액', aliases: ['금액'] }),
  col({ column: 'supplier_id', field: 'supplierId', type: 'text', ko: '사업자등록번호', aliases: ['업체번호'] }),
  col({ column: 'payer', field: 'payer', type: 'vocabulary', ko: '지급주체', aliases: [], values: PAYER, fallback: 'pps' }),
  col({ column: 'hold_reason', field: 'holdReason', type: 'text', ko: '보류사유', aliases: [] }),
  col({ column: 'hold_notified_at', field: 'holdNotifiedAt', type: 'instant', ko: '사유안내일시', aliases: [] }),
  col({ column: 'department', field: 'department', type: 'text', ko: '부서', aliases: ['지방청'] }),
] as const;

export const CONTRACT_COLUMNS = [
  col({ column: 'id', field: 'id', type: 'id', ko: '계약번호', aliases: [] }),
  col({
    column: 'contract_type',
    field: 'contractType',
    type: 'vocabulary',
    ko: '계약유형',
    aliases: [],
    values: CONTRACT_TYPE,
    open: true,
  }),
  col({ column: 'category', field: 'category', type: 'vocabulary', ko: '구분', aliases: ['분야'], values: CATEGORY }),
  col({
    column: 'requested_at',
    field: 'requestedAt',
    type: 'instant',
    ko: '조달요청접수일시',
    aliases: ['요청접수일시'],
    required: true,
  }),
  col({
    column: 'requested_date',
    field: 'requestedAt',
    type: 'date',
    ko: '조달요청접수일자',
    aliases: ['요청접수일자', '요청일자'],
    of: 'requested_at',
  }),
  col({
    column: 'requested_time',
    field: 'requestedAt',
    type: 'time',
    ko: '조달요청접수시간',
    aliases: ['요청접수시간', '요청시간'],
    of: 'requested_at',
  }),
  col({
    column: 'delivery_requested_at',
    field: 'deliveryRequestedAt',
    type: 'instant',
    ko: '납품요구일시',
    aliases: [],
    after: 'requested_at',
  }),
  col({
    column: 'concluded_at',
    field: 'concludedAt',
    type: 'instant',
    ko: '계약체결일시',
    aliases: ['계약일시'],
    after: 'requested_at',
  }),
  col({ column: 'amount', field: 'amount', type: 'amount', ko: '계약금액', aliases: [] }),
  col({ column: 'agency_id', field: 'agencyId', type: 'text', ko: '수요기관코드', aliases: ['수요기관'] }),
  col({ column: 'supplier_id', field: 'supplierId', type: 'text', ko: '사업자등록번호', aliases: ['업체번호'] }),
  col({ column: 'happy_call_at', field: 'happyCallAt', type: 'instant', ko: '해피콜일시', aliases: [] }),
  col({ column: 'department', field: 'department', type: 'text', ko: '부서', aliases: [] }),
] as const;

export const CALL_COLUMNS = [
  col({ column: 'id', field: 'id', type: 'id', ko: '상담번호', aliases: ['콜번호'] }),
  col({ column: 'arrived_at', field: 'arrivedAt', type: 'instant', ko: '인입일시', aliases: ['수신일시'], required: true }),
  col({ column: 'arrived_date', field: 'arrivedAt', type: 'date', ko: '인입일자', aliases: ['수신일자'], of: 'arrived_at' }),
  col({
    column: 'arrived_time',
    field: 'arrivedAt',
    type: 'time',
    ko: '인입시간',
    aliases: ['인입시각', '수신시간', '수신시각'],
    of: 'arrived_at',
  }),
  col({ column: 'answered_at', field: 'answeredAt', type: 'instant', ko: '응답일시', aliases: [], after: 'arrived_at' }),
  col({ column: 'wait_seconds', field: 'waitSeconds', type: 'seconds', ko: '대기시간', aliases: [] }),
  col({ column: 'rings', field: 'rings', type: 'count', ko: '벨횟수', aliases: [] }),
  col({
    column: 'queue',
    field: 'queue',
    type: 'vocabulary',
    ko: '큐',
    aliases: ['구분'],
    values: QUEUE,
    fallback: 'callcenter',
  }),
  col({
    column: 'direction',
    field: 'direction',
    type: 'vocabulary',
    ko: '방향',
    aliases: [],
    values: DIRECTION,
    fallback: 'inbound',
  }),
  col({ column: 'purpose', field: 'purpose', type: 'vocabulary', ko: '목적', aliases: [], values: PURPOSE }),
  col({ column: 'party_id', field: 'partyId', type: 'text', ko: '고객번호', aliases: ['기관코드', '사업자등록번호'] }),
  col({ column: 'contract_id', field: 'contractId', type: 'text', ko: '계약번호', aliases: [] }),
  col({ column: 'wait_announced', field: 'waitAnnounced', type: 'flag', ko: '대기안내', aliases: [] }),
  col({ column: 'topic', field: 'topic', type: 'text', ko: '상담분야', aliases: [] }),
  col({ column: 'agent_id', field: 'agentId', type: 'text', ko: '상담사', aliases: [] }),
  // Call-backs (issue 14): the customer asked to be called back (담당자 부재 메모), and when the handler called.
  col({
    column: 'callback_requested_at',
    field: 'callbackRequestedAt',
    type: 'instant',
    ko: '회신요청일시',
    aliases: ['콜백요청일시', '메모전달일시'],
  }),
  col({
    column: 'callback_at',
    field: 'callbackAt',
    type: 'instant',
    ko: '회신전화일시',
    aliases: ['콜백일시', '회신연락일시'],
    after: 'callback_requested_at',
  }),
  // Care Calls for complaint-makers (issue 14): the complaint an outbound care call is about.
  col({ column: 'complaint_id', field: 'complaintId', type: 'text', ko: '관련민원번호', aliases: [] }),
] as const;

// The periodic duties (issue 14): one row per activity held — a regional meeting, a survey, a
// self-evaluation, a weekly customer-satisfaction meeting — with the day its results were published.
export const ACTIVITY_COLUMNS = [
  col({ column: 'id', field: 'id', type: 'id', ko: '활동번호', aliases: ['관리번호', '번호'] }),
  col({
    column: 'date',
    field: 'date',
    type: 'instant',
    ko: '일자',
    aliases: ['활동일', '실시일', '개최일', '시행일', '활동일자', '실시일자', '개최일자', '일시', '활동일시', '실시일시'],
    required: true,
    dateOnly: true,
  }),
  col({
    column: 'type',
    field: 'type',
    type: 'vocabulary',
    ko: '구분',
    aliases: ['활동유형', '활동구분', '유형', '종류'],
    values: ACTIVITY_TYPE,
  }),
  col({
    column: 'department',
    field: 'department',
    type: 'text',
    ko: '지역',
    aliases: ['지방청', '부서', '지방조달청', '담당부서', '주관부서', 'region'],
  }),
  col({
    column: 'published_at',
    field: 'publishedAt',
    type: 'instant',
    ko: '공개일',
    aliases: ['게시일', '공표일', '공개일자', '게시일자', '공표일자', '결과공개일', '공개일시', '게시일시'],
    after: 'date',
    dateOnly: true,
  }),
  col({ column: 'note', field: 'note', type: 'text', ko: '비고', aliases: ['내용', '메모', '안건', '주요내용'] }),
] as const;

/** What each kind is called, and its table. */
export const KIND_TABLES = {
  complaints: { ko: '민원', en: 'complaints', columns: COMPLAINT_COLUMNS },
  payments: { ko: '대금지급', en: 'payments', columns: PAYMENT_COLUMNS },
  contracts: { ko: '계약', en: 'contracts', columns: CONTRACT_COLUMNS },
  calls: { ko: '콜센터', en: 'calls', columns: CALL_COLUMNS },
  activities: { ko: '정기활동', en: 'activities', columns: ACTIVITY_COLUMNS },
} as const satisfies Record<Kind, { ko: string; en: string; columns: readonly ColumnSpec[] }>;

/**
 * The table of a kind, typed loosely (for code that walks any kind).
 *
 * @example columnsOf('calls')[0]?.ko // => '상담번호'
 */
export function columnsOf(kind: Kind): readonly ColumnSpec[] {
  return KIND_TABLES[kind].columns;
}

// The record types derived from the tables live beside them, in kind-types.ts.
export type {
  ColumnOf,
  AnyColumn,
  HeaderColumnOf,
  FieldsOf,
  InstantFieldOf,
  Channel,
  ComplaintType,
  Payer,
  ContractType,
  Category,
  Queue,
  Direction,
  Purpose,
  ActivityType,
} from './kind-types.js';
