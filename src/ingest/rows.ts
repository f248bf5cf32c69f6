/**
 * One CSV row (its field array) → one record of a kind, or the reason it is rejected.
 *
 * Built once per file with the column positions worked out from the header; per row it only
 * indexes the field array and parses the cells it needs (no regex, no closure, no map). A failed
 * cell leaves `code`, `reason` and `reasonKo` set and the build returns null.
 */
import type { Instant } from '../calendar/kst.js';
import type { ColumnMapping } from '../model/input.js';
import type {
  AnyColumn, AnyRecord, CallRecord, ComplaintRecord, ContractRecord, Kind, PaymentRecord,
} from '../model/records.js';
import { parseTimestamp } from './timestamp.js';
import { isBlank } from './text.js';
import { type Said, say } from './reasons.js';
import {
  CATEGORIES, CHANNELS, COMPLAINT_TYPES, DIRECTIONS, PAYERS, PURPOSES, QUEUES, type Vocabulary,
  contractType, parseAmount, parseBoolean, parseCount, parseSeconds,
} from './values.js';

/** Stable rejection codes of a row. */
export const REJECT = {
  INVALID_TIMESTAMP: 'INVALID_TIMESTAMP',
  MISSING_REQUIRED: 'MISSING_REQUIRED',
  UNKNOWN_VALUE: 'UNKNOWN_VALUE',
  INVALID_NUMBER: 'INVALID_NUMBER',
  END_BEFORE_START: 'END_BEFORE_START',
  FIELD_COUNT: 'FIELD_COUNT',
  BAD_ENCODING: 'BAD_ENCODING',
  NUL_BYTE: 'NUL_BYTE',
  UNTERMINATED_QUOTE: 'UNTERMINATED_QUOTE',
} as const;

/** Turns field arrays into records of one kind. */
export abstract class RowBuilder {
  /** Set when `build` returns null. */
  code = '';
  /** The reason in English … */
  reason = '';
  /** … and in Korean. */
  reasonKo = '';
  protected readonly headers: string[];
  private readonly positions: Partial<Record<AnyColumn, number>> = {};

  constructor(
    readonly file: string,
    readonly kind: Kind,
    mapping: readonly ColumnMapping[],
  ) {
    this.headers = mapping.map((m) => m.header);
    for (const m of mapping) if (m.column !== null) this.positions[m.column] = m.index;
  }

  /** Position of a canonical column in the row, -1 when the file lacks it. */
  protected at(column: AnyColumn): number {
    return this.positions[column] ?? -1;
  }

  /** The record of a row (`line`: where it starts), or null with `code`/`reason` set. */
  abstract build(f: readonly string[], line: number): AnyRecord | null;

  protected fail(code: string, said: Said): null {
    this.code = code;
    this.reason = said.en;
    this.reasonKo = said.ko;
    return null;
  }

  protected id(f: readonly string[], i: number, line: number): string {
    if (i >= 0) {
      const v = f[i]!;
      if (!isBlank(v)) return v.trim();
    }
    return `${this.file}:${line}`;
  }

  /** Trimmed text, null when the column is missing or the cell blank. */
  protected text(f: readonly string[], i: number): string | null {
    if (i < 0) return null;
    const v = f[i]!;
    return isBlank(v) ? null : v.trim();
  }

  /** The required start instant; NaN (with the reason set) when empty or invalid. */
  protected start(f: readonly string[], i: number, column: AnyColumn): Instant {
    const v = f[i]!;
    if (isBlank(v)) {
      this.fail(REJECT.MISSING_REQUIRED, say.missingStart(this.headers[i]!, this.kind, column));
      return NaN;
    }
    const t = parseTimestamp(v);
    if (Number.isNaN(t)) this.fail(REJECT.INVALID_TIMESTAMP, say.invalidTimestamp(this.headers[i]!, v));
    return t;
  }

  /** An optional instant: null when absent, NaN (reason set) when invalid. */
  protected instant(f: readonly string[], i: number): Instant | null {
    if (i < 0) return null;
    const v = f[i]!;
    if (v.length === 0 || isBlank(v)) return null;
    const t = parseTimestamp(v);
    if (Number.isNaN(t)) this.fail(REJECT.INVALID_TIMESTAMP, say.invalidTimestamp(this.headers[i]!, v));
    return t;
  }

  /** True (reason set) when `end` is before `start`. */
  protected endsBefore(f: readonly string[], start: Instant, si: number, end: Instant | null, ei: number): boolean {
    if (end === null || end >= start) return false;
    this.fail(REJECT.END_BEFORE_START, say.endBeforeStart(this.headers[ei]!, f[ei]!, this.headers[si]!, f[si]!));
    return true;
  }

  /** A vocabulary value: null when absent, undefined (reason set) when unknown. */
  protected word<T extends string>(f: readonly string[], i: number, vocab: Vocabulary<T>): T | null | undefined {
    if (i < 0) return null;
    const v = f[i]!;
    if (isBlank(v)) return null;
    const w = vocab.parse(v);
    if (w === undefined) {
      this.fail(REJECT.UNKNOWN_VALUE, say.unknownWord(this.headers[i]!, v, vocab.name, vocab.accepted));
    }
    return w;
  }

  /** A yes/no cell: null when absent, undefined (reason set) when unknown. */
  protected flag(f: readonly string[], i: number): boolean | null | undefined {
    if (i < 0) return null;
    const v = f[i]!;
    if (isBlank(v)) return null;
    const b = parseBoolean(v);
    if (b === undefined) {
      this.fail(REJECT.UNKNOWN_VALUE, say.notYesNo(this.headers[i]!, v));
    }
    return b;
  }

  /** An amount: null when absent, NaN (reason set) when not a number. */
  protected amount(f: readonly string[], i: number): number | null {
    if (i < 0) return null;
    const v = f[i]!;
    if (isBlank(v)) return null;
    const n = parseAmount(v);
    if (Number.isNaN(n)) this.fail(REJECT.INVALID_NUMBER, say.notAmount(this.headers[i]!, v));
    return n;
  }

  /** A whole number ≥ 0: null when absent, NaN (reason set) when not one. */
  protected count(f: readonly string[], i: number): number | null {
    if (i < 0) return null;
    const v = f[i]!;
    if (isBlank(v)) return null;
    const n = parseCount(v);
    if (Number.isNaN(n)) this.fail(REJECT.INVALID_NUMBER, say.notCount(this.headers[i]!, v));
    return n;
  }

  /** Seconds ≥ 0: null when absent, NaN (reason set) when not a number of seconds. */
  protected seconds(f: readonly string[], i: number): number | null {
    if (i < 0) return null;
    const v = f[i]!;
    if (isBlank(v)) return null;
    const n = parseSeconds(v);
    if (Number.isNaN(n)) this.fail(REJECT.INVALID_NUMBER, say.notSeconds(this.headers[i]!, v));
    return n;
  }
}

class ComplaintBuilder extends RowBuilder {
  private readonly iId = this.at('id');
  private readonly iChannel = this.at('channel');
  private readonly iType = this.at('type');
  private readonly iReceived = this.at('received_at');
  private readonly iAnswered = this.at('answered_at');
  private readonly iDept = this.at('department');
  private readonly iDelay = this.at('delay_notified_at');
  private readonly iSupReq = this.at('supplement_requested_at');
  private readonly iSupRec = this.at('supplement_received_at');
  private readonly iDays = this.at('processing_days');
  private readonly iContact = this.at('reply_has_contact');
  private readonly iSurvey = this.at('surveyed_at');

  build(f: readonly string[], line: number): ComplaintRecord | null {
    const receivedAt = this.start(f, this.iReceived, 'received_at');
    if (Number.isNaN(receivedAt)) return null;
    const answeredAt = this.instant(f, this.iAnswered);
    if (Number.isNaN(answeredAt)) return null;
    if (this.endsBefore(f, receivedAt, this.iReceived, answeredAt, this.iAnswered)) return null;
    const channel = this.word(f, this.iChannel, CHANNELS);
    if (channel === undefined) return null;
    const type = this.word(f, this.iType, COMPLAINT_TYPES);
    if (type === undefined) return null;
    const delayNotifiedAt = this.instant(f, this.iDelay);
    if (Number.isNaN(delayNotifiedAt)) return null;
    const supplementRequestedAt = this.instant(f, this.iSupReq);
    if (Number.isNaN(supplementRequestedAt)) return null;
    const supplementReceivedAt = this.instant(f, this.iSupRec);
    if (Number.isNaN(supplementReceivedAt)) return null;
    if (supplementReceivedAt !== null) {
      if (supplementRequestedAt === null) {
        return this.fail(
          REJECT.MISSING_REQUIRED,
          say.supplementWithoutRequest(
            this.headers[this.iSupRec]!,
            f[this.iSupRec]!,
            this.iSupReq >= 0 ? this.headers[this.iSupReq]! : null,
          ),
        );
      }
      if (this.endsBefore(f, supplementRequestedAt, this.iSupReq, supplementReceivedAt, this.iSupRec)) return null;
    }
    const processingDays = this.count(f, this.iDays);
    if (Number.isNaN(processingDays)) return null;
    const replyHasContact = this.flag(f, this.iContact);
    if (replyHasContact === undefined) return null;
    const surveyedAt = this.instant(f, this.iSurvey);
    if (Number.isNaN(surveyedAt)) return null;
    return {
      kind: 'complaints',
      file: this.file,
      line,
      id: this.id(f, this.iId, line),
      department: this.text(f, this.iDept),
      channel,
      type,
      receivedAt,
      answeredAt,
      delayNotifiedAt,
      supplementRequestedAt,
      supplementReceivedAt,
      processingDays,
      replyHasContact,
      surveyedAt,
    };
  }
}

class PaymentBuilder extends RowBuilder {
  private readonly iId = this.at('id');
  private readonly iClaimed = this.at('claimed_at');
  private readonly iPaid = this.at('paid_at');
  private readonly iAmount = this.at('amount');
  private readonly iSupplier = this.at('supplier_id');
  private readonly iPayer = this.at('payer');
  private readonly iHold = this.at('hold_reason');
  private readonly iHoldAt = this.at('hold_notified_at');
  private readonly iDept = this.at('department');

  build(f: readonly string[], line: number): PaymentRecord | null {
    const claimedAt = this.start(f, this.iClaimed, 'claimed_at');
    if (Number.isNaN(claimedAt)) return null;
    const paidAt = this.instant(f, this.iPaid);
    if (Number.isNaN(paidAt)) return null;
    if (this.endsBefore(f, claimedAt, this.iClaimed, paidAt, this.iPaid)) return null;
    const amount = this.amount(f, this.iAmount);
    if (Number.isNaN(amount)) return null;
    const payer = this.word(f, this.iPayer, PAYERS);
    if (payer === undefined) return null;
    const holdNotifiedAt = this.instant(f, this.iHoldAt);
    if (Number.isNaN(holdNotifiedAt)) return null;
    return {
      kind: 'payments',
      file: this.file,
      line,
      id: this.id(f, this.iId, line),
      department: this.text(f, this.iDept),
      claimedAt,
      paidAt,
      amount,
      supplierId: this.text(f, this.iSupplier),
      payer: payer ?? 'pps',
      holdReason: this.text(f, this.iHold),
      holdNotifiedAt,
    };
  }
}

class ContractBuilder extends RowBuilder {
  private readonly iId = this.at('id');
  private readonly iType = this.at('contract_type');
  private readonly iCategory = this.at('category');
  private readonly iRequested = this.at('requested_at');
  private readonly iDelivery = this.at('delivery_requested_at');
  private readonly iConcluded = this.at('concluded_at');
  private readonly iAmount = this.at('amount');
  private readonly iAgency = this.at('agency_id');
  private readonly iSupplier = this.at('supplier_id');
  private readonly iHappy = this.at('happy_call_at');
  private readonly iDept = this.at('department');

  build(f: readonly string[], line: number): ContractRecord | null {
    const requestedAt = this.start(f, this.iRequested, 'requested_at');
    if (Number.isNaN(requestedAt)) return null;
    const deliveryRequestedAt = this.instant(f, this.iDelivery);
    if (Number.isNaN(deliveryRequestedAt)) return null;
    if (this.endsBefore(f, requestedAt, this.iRequested, deliveryRequestedAt, this.iDelivery)) return null;
    const concludedAt = this.instant(f, this.iConcluded);
    if (Number.isNaN(concludedAt)) return null;
    if (this.endsBefore(f, requestedAt, this.iRequested, concludedAt, this.iConcluded)) return null;
    const category = this.word(f, this.iCategory, CATEGORIES);
    if (category === undefined) return null;
    const amount = this.amount(f, this.iAmount);
    if (Number.isNaN(amount)) return null;
    const happyCallAt = this.instant(f, this.iHappy);
    if (Number.isNaN(happyCallAt)) return null;
    const typeText = this.text(f, this.iType);
    return {
      kind: 'contracts',
      file: this.file,
      line,
      id: this.id(f, this.iId, line),
      department: this.text(f, this.iDept),
      contractType: typeText === null ? null : contractType(typeText),
      category,
      requestedAt,
      deliveryRequestedAt,
      concludedAt,
      amount,
      agencyId: this.text(f, this.iAgency),
      supplierId: this.text(f, this.iSupplier),
      happyCallAt,
    };
  }
}

class CallBuilder extends RowBuilder {
  private readonly iId = this.at('id');
  private readonly iArrived = this.at('arrived_at');
  private readonly iAnswered = this.at('answered_at');
  private readonly iWait = this.at('wait_seconds');
  private readonly iRings = this.at('rings');
  private readonly iQueue = this.at('queue');
  private readonly iDirection = this.at('direction');
  private readonly iPurpose = this.at('purpose');
  private readonly iParty = this.at('party_id');
  private readonly iContract = this.at('contract_id');
  private readonly iAnnounced = this.at('wait_announced');
  private readonly iTopic = this.at('topic');
  private readonly iAgent = this.at('agent_id');
  private readonly iDept = this.at('department');

  build(f: readonly string[], line: number): CallRecord | null {
    const arrivedAt = this.start(f, this.iArrived, 'arrived_at');
    if (Number.isNaN(arrivedAt)) return null;
    const answeredAt = this.instant(f, this.iAnswered);
    if (Number.isNaN(answeredAt)) return null;
    if (this.endsBefore(f, arrivedAt, this.iArrived, answeredAt, this.iAnswered)) return null;
    let waitSeconds = this.seconds(f, this.iWait);
    if (Number.isNaN(waitSeconds)) return null;
    if (waitSeconds === null && answeredAt !== null) waitSeconds = answeredAt - arrivedAt;
    const rings = this.count(f, this.iRings);
    if (Number.isNaN(rings)) return null;
    const queue = this.word(f, this.iQueue, QUEUES);
    if (queue === undefined) return null;
    const direction = this.word(f, this.iDirection, DIRECTIONS);
    if (direction === undefined) return null;
    const purpose = this.word(f, this.iPurpose, PURPOSES);
    if (purpose === undefined) return null;
    const waitAnnounced = this.flag(f, this.iAnnounced);
    if (waitAnnounced === undefined) return null;
    return {
      kind: 'calls',
      file: this.file,
      line,
      id: this.id(f, this.iId, line),
      department: this.text(f, this.iDept),
      arrivedAt,
      answeredAt,
      waitSeconds,
      rings,
      queue: queue ?? 'callcenter',
      direction: direction ?? 'inbound',
      purpose,
      partyId: this.text(f, this.iParty),
      contractId: this.text(f, this.iContract),
      waitAnnounced,
      topic: this.text(f, this.iTopic),
      agentId: this.text(f, this.iAgent),
    };
  }
}

/**
 * The row builder of a kind for a mapped header.
 *
 * @example rowBuilder('p.csv', 'payments', mapping).build(['P-1', '2025-03-04 09:00'], 2)?.claimedAt
 */
export function rowBuilder(file: string, kind: Kind, mapping: readonly ColumnMapping[]): RowBuilder {
  switch (kind) {
    case 'complaints':
      return new ComplaintBuilder(file, kind, mapping);
    case 'payments':
      return new PaymentBuilder(file, kind, mapping);
    case 'contracts':
      return new ContractBuilder(file, kind, mapping);
    case 'calls':
      return new CallBuilder(file, kind, mapping);
  }
}
