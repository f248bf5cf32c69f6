/**
 * Test factory: records with every field, a context on the real Korean calendar, and a runner
 * that feeds records to a rule the way the engine does. No I/O.
 */
import { createCalendar } from '../../src/calendar/calendar.js';
import { type Instant, kstInstant } from '../../src/calendar/kst.js';
import type { WorkingCalendar } from '../../src/model/calendar.js';
import type { AnyRecord, CallRecord, ComplaintRecord, ContractRecord, Kind, PaymentRecord } from '../../src/model/records.js';
import type { FinishResult, Granularity, Outcome, Rule, RuleContext } from '../../src/model/rule.js';
import type { RuleDefinition } from '../../src/rules/shared.js';

export const calendar: WorkingCalendar = createCalendar();

/**
 * KST wall time `YYYY-MM-DD HH:mm[:ss]` as an instant.
 *
 * @example at('2024-09-13 17:00') // => kstInstant(2024, 9, 13, 17, 0)
 */
export function at(text: string): Instant {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!m) throw new Error(`bad test time ${text}`);
  return kstInstant(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, m[6] ? +m[6] : 0);
}

const t = (v: string | null | undefined): Instant | null => (v == null ? null : at(v));

let line = 1;
const next = () => ++line;

type Times<T, K extends keyof T> = Omit<Partial<T>, K> & { [P in K]?: string | null };

/** The law's instant columns of a complaint (issue 13), given as KST wall time in tests. */
const LAW_TIMES = [
  'supplementRequestedAt2', 'supplementReceivedAt2', 'supplementRequestedAt3', 'supplementReceivedAt3',
  'extendedAt', 'extendedUntil', 'extensionNotifiedAt', 'extendedAt2', 'extendedUntil2', 'extensionNotifiedAt2',
  'transferredAt', 'transferNotifiedAt', 'progressNotifiedAt',
] as const;
type LawTime = (typeof LAW_TIMES)[number];

export function complaint(
  o: Times<
    ComplaintRecord,
    'receivedAt' | 'answeredAt' | 'delayNotifiedAt' | 'supplementRequestedAt' | 'supplementReceivedAt' | 'surveyedAt' | LawTime
  > = {},
): ComplaintRecord {
  const l = o.line ?? next();
  const law = {} as Record<LawTime, Instant | null>;
  for (const k of LAW_TIMES) law[k] = t(o[k]);
  return {
    extensionDays: o.extensionDays ?? null,
    extensionReason: o.extensionReason ?? null,
    extensionConsent: o.extensionConsent ?? null,
    extensionDays2: o.extensionDays2 ?? null,
    extensionReason2: o.extensionReason2 ?? null,
    extensionConsent2: o.extensionConsent2 ?? null,
    transferredTo: o.transferredTo ?? null,
    ...law,
    kind: 'complaints',
    file: o.file ?? 'complaints.csv',
    line: l,
    id: o.id ?? `C-${l}`,
    department: o.department ?? null,
    channel: o.channel === undefined ? 'web' : o.channel,
    type: o.type === undefined ? 'inquiry' : o.type,
    receivedAt: at(o.receivedAt ?? '2024-09-02 09:00'),
    answeredAt: t(o.answeredAt),
    delayNotifiedAt: t(o.delayNotifiedAt),
    supplementRequestedAt: t(o.supplementRequestedAt),
    supplementReceivedAt: t(o.supplementReceivedAt),
    processingDays: o.processingDays ?? null,
    replyHasContact: o.replyHasContact ?? null,
    surveyedAt: t(o.surveyedAt),
  };
}

export function payment(o: Times<PaymentRecord, 'claimedAt' | 'paidAt' | 'holdNotifiedAt'> = {}): PaymentRecord {
  const l = o.line ?? next();
  return {
    kind: 'payments',
    file: o.file ?? 'payments.csv',
    line: l,
    id: o.id ?? `P-${l}`,
    department: o.department ?? null,
    claimedAt: at(o.claimedAt ?? '2024-09-02 09:00'),
    paidAt: t(o.paidAt),
    amount: o.amount ?? 1_000_000,
    supplierId: o.supplierId ?? '123-45-67890',
    payer: o.payer ?? 'pps',
    holdReason: o.holdReason ?? null,
    holdNotifiedAt: t(o.holdNotifiedAt),
  };
}

export function contract(o: Times<ContractRecord, 'requestedAt' | 'deliveryRequestedAt' | 'concludedAt' | 'happyCallAt'> = {}): ContractRecord {
  const l = o.line ?? next();
  return {
    kind: 'contracts',
    file: o.file ?? 'contracts.csv',
    line: l,
    id: o.id ?? `K-${l}`,
    department: o.department ?? null,
    contractType: o.contractType === undefined ? 'total' : o.contractType,
    category: o.category === undefined ? 'goods' : o.category,
    requestedAt: at(o.requestedAt ?? '2024-09-02 09:00'),
    deliveryRequestedAt: t(o.deliveryRequestedAt),
    concludedAt: t(o.concludedAt),
    amount: o.amount === undefined ? 50_000_000 : o.amount,
    agencyId: o.agencyId ?? null,
    supplierId: o.supplierId ?? null,
    happyCallAt: t(o.happyCallAt),
  };
}

export function call(o: Times<CallRecord, 'arrivedAt' | 'answeredAt'> = {}): CallRecord {
  const l = o.line ?? next();
  return {
    kind: 'calls',
    file: o.file ?? 'calls.csv',
    line: l,
    id: o.id ?? `T-${l}`,
    department: o.department ?? null,
    arrivedAt: at(o.arrivedAt ?? '2024-09-02 10:00'),
    answeredAt: t(o.answeredAt),
    waitSeconds: o.waitSeconds === undefined ? null : o.waitSeconds,
    rings: o.rings ?? null,
    queue: o.queue ?? 'callcenter',
    direction: o.direction ?? 'inbound',
    purpose: o.purpose ?? null,
    partyId: o.partyId ?? null,
    contractId: o.contractId ?? null,
    waitAnnounced: o.waitAnnounced === undefined ? null : o.waitAnnounced,
    topic: o.topic ?? null,
    agentId: o.agentId ?? null,
  };
}

/** Any rule, whatever its kind (the factory feeds each the records it reads). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyRule = Rule<any>;

export interface ContextOptions {
  asOf?: string;
  options?: Record<string, unknown>;
  granularity?: Granularity;
}

/** A rule context on the real calendar: the rule's defaults merged with `options`. */
export function context(rule: Pick<AnyRule, 'defaults'>, o: ContextOptions = {}): RuleContext {
  return {
    calendar,
    asOf: at(o.asOf ?? '2025-06-30 18:00'),
    options: { ...rule.defaults, ...o.options },
    period: { from: null, to: null },
    granularity: o.granularity ?? 'month',
  };
}

/** Checks one record with a fresh instance of the rule. */
export function check<K extends Kind>(rule: Rule<K>, record: Parameters<NonNullable<ReturnType<Rule<K>['create']>['check']>>[0], o: ContextOptions = {}): Outcome {
  const instance = rule.create(context(rule, o));
  if (!instance.check) throw new Error(`${rule.meta.id} has no check`);
  return instance.check(record);
}

/** Runs a rule over records as the engine does: check (own kind), observe, then finish. */
export function run(rule: AnyRule, records: readonly AnyRecord[], o: ContextOptions = {}): { outcomes: Outcome[]; finish: FinishResult } {
  const instance = rule.create(context(rule, o));
  const outcomes: Outcome[] = [];
  for (const r of records) {
    if (r.kind === rule.meta.kind && instance.check) outcomes.push(instance.check(r as never));
    const reads = [rule.meta.kind, ...rule.meta.reads, ...((rule as RuleDefinition).optionalReads ?? [])];
    if (instance.observe && reads.includes(r.kind)) instance.observe(r);
  }
  return { outcomes, finish: instance.finish?.() ?? {} };
}
