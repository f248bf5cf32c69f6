/**
 * Test factory: records with every field, a context on the real Korean calendar, and a runner
 * that feeds records to a rule the way the engine does. No I/O.
 */
import { createCalendar } from '../../src/calendar/calendar.js';
import { type DayNumber, type Instant, daysFromCivil, kstInstant } from '../../src/calendar/kst.js';
import type { WorkingCalendar } from '../../src/model/calendar.js';
import {
  type ActivityRecord,
  type AnyRecord,
  type CallRecord,
  type ComplaintRecord,
  type ContractRecord,
  INSTANT_FIELDS,
  type InstantFieldOf,
  type Kind,
  type PaymentRecord,
  type RecordOf,
  blankRecord,
} from '../../src/model/records.js';
import {
  type DeferredFinding,
  type Finding,
  type FinishResult,
  type Granularity,
  type Localized,
  type Outcome,
  type Rule,
  type RuleContext,
  renderFinding,
} from '../../src/model/rule.js';
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

let line = 1;
const next = () => ++line;

/** A record's fields, with its instants given as KST wall time (`'2024-09-02 09:00'`, or null). */
type Given<K extends Kind> = Omit<Partial<RecordOf<K>>, InstantFieldOf<K>> & { [P in InstantFieldOf<K>]?: string | null };

/**
 * A record built from the kind table's blank (every field empty), then `defaults`, then the
 * fields given; instant fields given as text are read with {@link at}. A new column in the kind
 * table needs no change here.
 */
function make<K extends Kind>(kind: K, prefix: string, defaults: Given<K>, o: Given<K>): RecordOf<K> {
  const l = (o as { line?: number }).line ?? next();
  const r = blankRecord(kind, `${kind}.csv`, l) as unknown as Record<string, unknown>;
  r.id = `${prefix}-${l}`;
  const instants = new Set(INSTANT_FIELDS[kind].map((x) => x.field));
  for (const given of [defaults, o] as Record<string, unknown>[]) {
    for (const [k, v] of Object.entries(given)) {
      if (v === undefined) continue;
      r[k] = instants.has(k) && typeof v === 'string' ? at(v) : v;
    }
  }
  return r as unknown as RecordOf<K>;
}

export function complaint(o: Given<'complaints'> = {}): ComplaintRecord {
  return make('complaints', 'C', { channel: 'web', type: 'inquiry', receivedAt: '2024-09-02 09:00' }, o);
}

export function payment(o: Given<'payments'> = {}): PaymentRecord {
  return make('payments', 'P', { claimedAt: '2024-09-02 09:00', amount: 1_000_000, supplierId: '123-45-67890' }, o);
}

export function contract(o: Given<'contracts'> = {}): ContractRecord {
  return make(
    'contracts',
    'K',
    { contractType: 'total', category: 'goods', requestedAt: '2024-09-02 09:00', amount: 50_000_000 },
    o,
  );
}

export function call(o: Given<'calls'> = {}): CallRecord {
  return make('calls', 'T', { arrivedAt: '2024-09-02 10:00' }, o);
}

/** An activity (issue 14) held on `day` (`YYYY-MM-DD`, 00:00 KST), published on `published` when given. */
export function activity(
  type: ActivityRecord['type'],
  day: string,
  o: Omit<Given<'activities'>, 'type' | 'date'> & { published?: string } = {},
): ActivityRecord {
  const { published, ...rest } = o;
  return make(
    'activities',
    'A',
    { type, date: `${day} 00:00`, ...(published === undefined ? {} : { publishedAt: `${published} 00:00` }) },
    rest,
  );
}

/** `YYYY-MM-DD` as a KST day number. */
export function day(text: string): DayNumber {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  return daysFromCivil(y, m, d);
}

/** Any rule, whatever its kind (the factory feeds each the records it reads). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyRule = Rule<any>;

export interface ContextOptions {
  asOf?: string;
  options?: Record<string, unknown>;
  granularity?: Granularity;
  /** The audited period, `YYYY-MM-DD` (inclusive); open when absent. */
  from?: string;
  to?: string;
  inputs?: RuleContext['inputs'];
}

/** A rule context on the real calendar: the rule's defaults merged with `options`. */
export function context(rule: Pick<AnyRule, 'defaults'>, o: ContextOptions = {}): RuleContext {
  return {
    calendar,
    asOf: at(o.asOf ?? '2025-06-30 18:00'),
    options: { ...rule.defaults, ...o.options },
    period: { from: o.from === undefined ? null : day(o.from), to: o.to === undefined ? null : day(o.to) },
    granularity: o.granularity ?? 'month',
    ...(o.inputs ? { inputs: o.inputs } : {}),
  };
}

/** Checks one record with a fresh instance of the rule. */
export function check<K extends Kind>(
  rule: Rule<K>,
  record: Parameters<NonNullable<ReturnType<Rule<K>['create']>['check']>>[0],
  o: ContextOptions = {},
): WordedOutcome {
  const instance = rule.create(context(rule, o));
  if (!instance.check) throw new Error(`${rule.meta.id} has no check`);
  return wordedOutcome(rule, instance.check(record));
}

/** A finding with its message (and `--explain` notes) rendered in both languages, as the edge renders them. */
export type Worded<F extends Finding> = Omit<F, 'notes'> & { message: Localized; notes?: Localized[] };
/** An outcome whose finding is {@link Worded}. */
export type WordedOutcome = Exclude<Outcome, Finding> | Worded<Finding>;

/** Renders a finding's message id and data (and notes) through the rule's `meta.messages`, in both languages. */
export function worded<F extends Finding>(rule: Pick<Rule, 'meta'>, f: F): Worded<F> {
  const both = (id: string, data: Finding['data']): Localized => ({
    en: renderFinding(rule.meta.messages, id, data, 'en'),
    ko: renderFinding(rule.meta.messages, id, data, 'ko'),
  });
  const { notes, ...rest } = f;
  const out: Worded<F> = { ...rest, message: both(f.messageId, f.data) } as Worded<F>;
  if (notes) out.notes = notes.map((n) => both(n.messageId, n.data));
  return out;
}

function wordedOutcome(rule: Pick<Rule, 'meta'>, o: Outcome): WordedOutcome {
  return typeof o === 'object' ? worded(rule, o) : o;
}

/** Runs a rule over records as the engine does: check (own kind), observe, then finish. */
export function run(
  rule: AnyRule,
  records: readonly AnyRecord[],
  o: ContextOptions = {},
): { outcomes: WordedOutcome[]; finish: Omit<FinishResult, 'findings'> & { findings?: Worded<DeferredFinding>[] } } {
  const instance = rule.create(context(rule, o));
  const outcomes: WordedOutcome[] = [];
  for (const r of records) {
    if (r.kind === rule.meta.kind && instance.check) outcomes.push(wordedOutcome(rule, instance.check(r as never)));
    const reads = [rule.meta.kind, ...rule.meta.reads, ...((rule as RuleDefinition).optionalReads ?? [])];
    if (instance.observe && reads.includes(r.kind)) instance.observe(r);
  }
  const finish = instance.finish?.() ?? {};
  const findings = finish.findings?.map((f) => worded(rule, f));
  const { findings: _raw, ...others } = finish;
  return { outcomes, finish: findings ? { ...others, findings } : others };
}
