import type { DayNumber, Instant } from './time.js';
import type { WorkingCalendar } from './calendar.js';
import type { Message, WarningCode } from './messages.js';
import type { AnyColumn, AnyRecord, Kind, RecordOf } from './records.js';

export type Lang = 'ko' | 'en';
/** Text in both report languages. */
export interface Localized {
  ko: string;
  en: string;
}

export type Severity = 'error' | 'warning';
/** Granularity of periodic aggregates (SPEC §4: `YYYY-MM`, `YYYY-Qn`, `YYYY-MM-DD`). */
export type Granularity = 'month' | 'quarter' | 'day';

/** What a rule is (ESLint's `meta`): everything `charter-audit rules` prints. */
export interface RuleMeta {
  /** Stable id, `<kind>.<name>`, e.g. `payment.four-hours`. */
  id: string;
  /** Other names accepted in the config (markdownlint-style aliases). */
  aliases: readonly string[];
  /** The kind whose records the rule judges and whose rows its violations point at. */
  kind: Kind;
  /** Further kinds the rule reads (care-call reads calls too). */
  reads: readonly Kind[];
  title: Localized;
  /** The clause quoted from the charter (or the standard) in the original Korean. */
  clause: string;
  /** Where the clause comes from: the charter, the KS call-centre standard, or the law. */
  basis: 'charter' | 'KS' | 'law';
  severity: Severity;
  /** The default threshold, in words. */
  threshold: Localized;
  /** `record`: one outcome per record. `aggregate`: one outcome per period (answer rate, …). */
  scope: 'record' | 'aggregate';
  /** Columns of `kind` without which the rule cannot run (reported as not evaluated). */
  requires: readonly AnyColumn[];
  /** Aggregate rules: what their value measures — a fraction shown as a percentage, or seconds. */
  unit?: MeasureUnit;
  /** Aggregate rules the HTML report charts per period; `caption` replaces the title above the chart. */
  chart?: { caption?: Localized };
  /**
   * Record rules whose allowance is an amount of working time (hours-based, SPEC §1): the reports
   * show how much of it each decided record used, in bands (see `AllowanceUse`).
   */
  measure?: 'working-time';
  /** The words of the rule's findings by message id (ESLint's `meta.messages`), in both languages. */
  messages: FindingMessages;
  /** Sample data for each message id, so the registry test renders every message in both languages. */
  messageExamples: Readonly<Record<string, FindingData>>;
}

/**
 * A value a finding's data may hold: plain JSON (instants as epoch-second numbers), so a held
 * violation carries no rendered words.
 */
export type FindingValue = string | number | boolean | null | readonly FindingValue[] | { readonly [key: string]: FindingValue };

/** The data of one finding's message: what its words need, never the words. */
export type FindingData = { readonly [key: string]: FindingValue };

/** The two words of one finding message (ESLint's `meta.messages`): functions of its data. */
export interface FindingTemplate<D = never> {
  en(data: D): string;
  ko(data: D): string;
}

/** A rule's message templates by message id. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each template types its own data
export type FindingMessages = Readonly<Record<string, FindingTemplate<any>>>;

/** A finding's words as data: a message id of the rule's `meta.messages` and its data. */
export interface FindingMessage {
  messageId: string;
  data: FindingData;
}

/**
 * The one place a finding's message becomes text: the template `messageId` of `messages`,
 * applied to `data`, in `lang`. Formatters, `--explain` and the library call it at the edge.
 *
 * @example renderFinding({ late: { en: (d: { n: number }) => `${d.n} late`, ko: (d: { n: number }) => `${d.n}건 늦음` } }, 'late', { n: 2 }, 'ko') // => '2건 늦음'
 */
export function renderFinding(messages: FindingMessages, messageId: string, data: FindingData, lang: Lang): string {
  const template = messages[messageId];
  if (template === undefined) throw new Error(`no message ${JSON.stringify(messageId)} in the rule's meta.messages`);
  return template[lang](data);
}

/**
 * A violation's (or finding's) message in `lang`: {@link renderFinding} on its own messages.
 *
 * @example findingText(violation, 'ko') // => '지급: 기한(근무시간 4시간, 2024-09-02 13:00까지)보다 근무시간 1시간 늦음'
 */
export function findingText(v: { messages: FindingMessages } & FindingMessage, lang: Lang): string {
  return renderFinding(v.messages, v.messageId, v.data, lang);
}

/** The unit of an aggregate rule's value (and target). */
export type MeasureUnit = 'rate' | 'seconds';

/** A violation as a rule reports it; the engine adds rule, file, line, record id and department. */
export interface Finding {
  start: Instant;
  end: Instant | null;
  deadline: Instant | null;
  allowedWorkingSeconds: number | null;
  elapsedWorkingSeconds: number | null;
  overWorkingSeconds: number | null;
  /** Judged at `asOf` because the record has no completion yet. */
  open: boolean;
  /** The message of the rule's `meta.messages` that words this finding. */
  messageId: string;
  /** What the message's words need: plain JSON values, instants as numbers. */
  data: FindingData;
  /** For `--explain`: supplement pauses subtracted from the elapsed time. */
  pauses?: readonly { from: Instant; to: Instant; workingSeconds: number }[];
  /**
   * For `--explain`: further lines the rule wants shown, as messages of its `meta.messages` (the
   * original and the extended deadline, how pauses were counted, where the clock started after a transfer).
   */
  notes?: readonly FindingMessage[];
}

/** The record complied. */
export const PASS = 1 as const;
/** Open, and its deadline has not passed at `asOf`. */
export const PENDING = 2 as const;
/** `undefined`: the rule does not apply to this record (e.g. a visit complaint for the web-inquiry rule). */
export type Outcome = Finding | typeof PASS | typeof PENDING | undefined;

/** A cross-record finding (care-call) that points at one record. */
export interface DeferredFinding extends Finding {
  file: string;
  line: number;
  recordId: string;
  department: string | null;
}

/** One period of an aggregate rule. */
export interface AggregateResult {
  /** `YYYY-MM`, `YYYY-Qn` or `YYYY-MM-DD`. */
  period: string;
  /** Rate as a fraction 0–1, or seconds; null when the period had nothing to measure. */
  value: number | null;
  target: number;
  passed: boolean;
  /** What the value was computed from, e.g. `{ answered: 3580, offered: 3770 }`. */
  counts: Readonly<Record<string, number>>;
}

/** A record that passed a cross-record rule, placed for the month and department breakdowns. */
export interface Pass {
  start: Instant;
  department: string | null;
}

export interface FinishResult {
  aggregates?: AggregateResult[];
  /** Cross-record violations (care-call, happy-call via the calls export). */
  findings?: DeferredFinding[];
  /** Cross-record passes, each placed by its record's start and department. */
  passes?: Pass[];
  /** Periods not yet decided at `asOf` (a periodic duty whose period is still open), placed the same way. */
  pending?: Pass[];
}

/** A warning a rule gives about the run as a whole (e.g. a config table that matched nothing). */
export type RuleNote = Message<WarningCode> & {
  file: string;
  line: number | null;
};

/** Everything a rule may know. Rules are pure: no I/O, no clock; all of this comes in here. */
export interface RuleContext {
  calendar: WorkingCalendar;
  /** Open records are judged at this instant. */
  asOf: Instant;
  /** The rule's options: its defaults merged with the config, already validated. */
  options: Readonly<Record<string, unknown>>;
  /** The audited period (inclusive KST days), null = open-ended. */
  period: { from: DayNumber | null; to: DayNumber | null };
  granularity: Granularity;
  /**
   * The inputs of the run, in order, with the line of their header: where a finding about a
   * record that does not exist (a periodic duty never held) points. Absent outside an audit.
   */
  inputs?: readonly { file: string; kind: Kind; headerLine: number }[];
  /**
   * Only for `--explain` of a record that passed or is pending: the shared deadline checks
   * describe the measurement here (deadline, allowance, working time used) before returning
   * PASS or PENDING. Absent in an ordinary audit.
   */
  describe?: (detail: Finding) => void;
  /**
   * Where the shared checks leave the measure of a record that passed or is pending (the engine
   * resets it before each check and reads it after), so a pass costs no allocation. Absent in
   * evaluations that do not report allowance use or a watch list.
   */
  probe?: MeasureProbe;
  /** `--due-within`: an open record this much working time (or less) from its deadline is watched. */
  dueWithin?: number;
}

/**
 * The measure of the last record a rule judged, when it passed or is pending. `allowed` is -1
 * unless the record was measured in working time; `deadline` is -1 unless it is open and due
 * within {@link RuleContext.dueWithin}.
 */
export interface MeasureProbe {
  /** Working seconds allowed, or -1. */
  allowed: number;
  /** Working seconds used (at `asOf` for an open record). */
  elapsed: number;
  /** An open record's deadline when it is due within `dueWithin`, or -1. */
  deadline: number;
  /** The working time left until `deadline`. */
  remaining: number;
  /** The start of the measured span (the record's receipt, a call-back request …). */
  start: Instant;
  /** `hours`: `allowed` is working time; `days`: the deadline is 18:00 of a working day (allowed -1). */
  basis: 'hours' | 'days';
}

/**
 * A fresh probe for one rule's evaluation.
 *
 * @example newProbe().allowed // => -1
 */
export function newProbe(): MeasureProbe {
  return { allowed: -1, elapsed: 0, deadline: -1, remaining: 0, start: 0, basis: 'hours' };
}

/** One run of a rule over the inputs. */
export interface RuleInstance<K extends Kind = Kind> {
  /** Judge one record of `meta.kind`. */
  check?(record: RecordOf<K>): Outcome;
  /** See every record of the kinds in `meta.reads` (and of `meta.kind` for aggregate rules). */
  observe?(record: AnyRecord): void;
  /** After all inputs. */
  finish?(): FinishResult;
  /**
   * After all inputs: warnings about the run (they go to the report's `warnings`). Unlike
   * `finish`, a rule with only `notes` keeps no state the engine must order its checks around.
   */
  notes?(): RuleNote[];
}

/** A rule (ESLint's shape): `meta`, validated option defaults, and `create`. */
export interface Rule<K extends Kind = Kind> {
  meta: RuleMeta & { kind: K };
  /** Default options (thresholds); the config may override each key with a value of the same type. */
  defaults: Readonly<Record<string, unknown>>;
  /**
   * Kinds the rule also reads when such an export is given, without needing one (happy-call
   * reads outbound `happy` calls from the calls export when there is one).
   */
  optionalReads?: readonly Kind[];
  /**
   * Why the rule cannot run with these options (e.g. standard-days without its table), or
   * undefined: a message of its `meta.messages` and its data. The engine then reports it "not
   * evaluated" with this reason (`NOT_EVALUATED_PRECONDITION`).
   */
  precondition?(options: Readonly<Record<string, unknown>>): FindingMessage | undefined;
  create(context: RuleContext): RuleInstance<K>;
}
