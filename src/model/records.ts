import type { Instant } from '../calendar/kst.js';

export type Kind = 'complaints' | 'payments' | 'contracts' | 'calls';
export const KINDS: readonly Kind[] = ['complaints', 'payments', 'contracts', 'calls'];

export type Channel = 'web' | 'visit' | 'phone' | 'mail' | 'fax';
export type ComplaintType = 'inquiry' | 'petition' | 'suggestion' | 'improvement' | 'other';
export type Payer = 'pps' | 'agency';
/** `unit-price` 단가계약, `total` 총액계약; other contract types keep their normalised text. */
export type ContractType = string;
export type Category = 'goods' | 'construction' | 'electrical' | 'telecom' | 'service';
export type Queue = 'callcenter' | 'department';
export type Direction = 'inbound' | 'outbound';
export type Purpose = 'care' | 'happy';

/** Where a record came from. `line` is the 1-based physical line on which the record starts. */
export interface Origin {
  file: string;
  line: number;
}

interface Base extends Origin {
  /** Record id from the export; when the column is missing, `${file}:${line}`. */
  id: string;
  department: string | null;
}

export interface ComplaintRecord extends Base {
  kind: 'complaints';
  channel: Channel | null;
  type: ComplaintType | null;
  receivedAt: Instant;
  answeredAt: Instant | null;
  delayNotifiedAt: Instant | null;
  supplementRequestedAt: Instant | null;
  supplementReceivedAt: Instant | null;
  processingDays: number | null;
  replyHasContact: boolean | null;
  surveyedAt: Instant | null;
}

export interface PaymentRecord extends Base {
  kind: 'payments';
  claimedAt: Instant;
  paidAt: Instant | null;
  amount: number | null;
  supplierId: string | null;
  /** `pps` when the column is missing or empty (SPEC default). */
  payer: Payer;
  holdReason: string | null;
  holdNotifiedAt: Instant | null;
}

export interface ContractRecord extends Base {
  kind: 'contracts';
  contractType: ContractType | null;
  category: Category | null;
  requestedAt: Instant;
  deliveryRequestedAt: Instant | null;
  concludedAt: Instant | null;
  amount: number | null;
  agencyId: string | null;
  supplierId: string | null;
  happyCallAt: Instant | null;
}

export interface CallRecord extends Base {
  kind: 'calls';
  arrivedAt: Instant;
  answeredAt: Instant | null;
  /** Given, or derived from answeredAt − arrivedAt; null for an abandoned call without the column. */
  waitSeconds: number | null;
  rings: number | null;
  queue: Queue;
  direction: Direction;
  purpose: Purpose | null;
  partyId: string | null;
  contractId: string | null;
  waitAnnounced: boolean | null;
  topic: string | null;
  agentId: string | null;
}

export type AnyRecord = ComplaintRecord | PaymentRecord | ContractRecord | CallRecord;
export type RecordOf<K extends Kind> = Extract<AnyRecord, { kind: K }>;

/** The start instant of a record: what the period filter and the monthly grouping use. */
export function startOf(r: AnyRecord): Instant {
  switch (r.kind) {
    case 'complaints':
      return r.receivedAt;
    case 'payments':
      return r.claimedAt;
    case 'contracts':
      return r.requestedAt;
    case 'calls':
      return r.arrivedAt;
  }
}

/** Canonical column names per kind (SPEC §2), in the SPEC's order. */
export const COLUMNS = {
  complaints: [
    'id', 'channel', 'type', 'received_at', 'answered_at', 'department', 'delay_notified_at',
    'supplement_requested_at', 'supplement_received_at', 'processing_days', 'reply_has_contact', 'surveyed_at',
  ],
  payments: ['id', 'claimed_at', 'paid_at', 'amount', 'supplier_id', 'payer', 'hold_reason', 'hold_notified_at', 'department'],
  contracts: [
    'id', 'contract_type', 'category', 'requested_at', 'delivery_requested_at', 'concluded_at', 'amount',
    'agency_id', 'supplier_id', 'happy_call_at', 'department',
  ],
  calls: [
    'id', 'arrived_at', 'answered_at', 'wait_seconds', 'rings', 'queue', 'direction', 'purpose', 'party_id',
    'contract_id', 'wait_announced', 'topic', 'agent_id',
  ],
} as const satisfies Record<Kind, readonly string[]>;

export type ColumnOf<K extends Kind> = (typeof COLUMNS)[K][number];
export type AnyColumn = ColumnOf<Kind>;

/** The one required column of each kind (the record's start). */
export const REQUIRED_COLUMN: Record<Kind, AnyColumn> = {
  complaints: 'received_at',
  payments: 'claimed_at',
  contracts: 'requested_at',
  calls: 'arrived_at',
};
