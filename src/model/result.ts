import type { DayNumber, Instant } from './time.js';
import type { WorkingCalendar } from './calendar.js';
import type { Kind } from './records.js';
import type { AggregateResult, FindingData, FindingMessage, FindingMessages, Granularity, Severity } from './rule.js';
import type { WhatIfResult } from './whatif.js';
import type { Message, NotEvaluatedCode, RejectionCode, WarningCode } from './messages.js';

/** Per input file (SPEC §4 `inputs`). `rows = evaluated + outOfPeriod + rejected + summary`, always. */
export interface InputSummary {
  file: string;
  kind: Kind;
  encoding: string;
  rows: number;
  evaluated: number;
  outOfPeriod: number;
  rejected: number;
  /** Total and subtotal rows (합계, 소계 …): counted, never checked, never rejected (0 when absent). */
  summary?: number;
  /** Line of the header (1 unless title or blank lines precede it). */
  headerLine?: number;
  /** Title lines skipped above the header, as written (padding cells dropped). */
  skipped?: string[];
  /** SHA-256 of the input's bytes (hex), when it was read from a file or stdin. */
  sha256?: string;
}

/** Per rule (SPEC §4 `rules`). */
export interface RuleSummary {
  id: string;
  kind: Kind;
  severity: Severity;
  evaluated: number;
  passed: number;
  violations: number;
  pending: number;
  /** passed ÷ (passed + violations); null when nothing was decided. */
  complianceRate: number | null;
  /** Why the rule judged nothing: a code and its data, worded by the catalog (`renderMessage`) at the edge. */
  notEvaluatedReason?: Message<NotEvaluatedCode>;
  /** Rules measured in working time: how much of the allowance the decided records used. */
  allowanceUse?: AllowanceUse;
}

/**
 * Decided records (passed, or violations — an open one past its deadline counts as over) of an
 * hours-based rule, by the share of the allowance they used (elapsed ÷ allowed working time):
 * `upTo50` ≤ 50%, `upTo75` (50%, 75%], `upTo90` (75%, 90%], `upTo100` (90%, 100%], `over100` > 100%.
 * Only records measured in working time count (a day-based statutory period does not).
 */
export interface AllowanceUse {
  upTo50: number;
  upTo75: number;
  upTo90: number;
  upTo100: number;
  over100: number;
}

/** The bands of {@link AllowanceUse} in order, with their upper bound in percent (null: none). */
export const ALLOWANCE_BANDS: readonly { key: keyof AllowanceUse; upTo: number | null }[] = [
  { key: 'upTo50', upTo: 50 },
  { key: 'upTo75', upTo: 75 },
  { key: 'upTo90', upTo: 90 },
  { key: 'upTo100', upTo: 100 },
  { key: 'over100', upTo: null },
];

/** An open record due within `--due-within` of `asOf` (the watch list). */
export interface WatchItem {
  rule: string;
  kind: Kind;
  severity: Severity;
  file: string;
  line: number;
  recordId: string;
  /** Start of the measured span. */
  start: Instant;
  /** When it breaches: the allowance used up (hours) or 18:00 of the last working day (days). */
  deadline: Instant;
  /** `hours`: the allowance is working time; `days`: a day-based deadline. */
  basis: 'hours' | 'days';
  allowedWorkingSeconds: number | null;
  elapsedWorkingSeconds: number | null;
  /** Working time from `asOf` to the deadline. */
  remainingWorkingSeconds: number;
  department: string | null;
}

/** `--due-within`: the open records that breach within that much working time, soonest first. */
export interface WatchList {
  dueWithinWorkingSeconds: number;
  /** By remaining working time, then deadline, input order, line, rule id. */
  items: WatchItem[];
}

/** One violation (SPEC §4 `violations`), instants still numeric. */
export interface Violation {
  rule: string;
  kind: Kind;
  severity: Severity;
  file: string;
  line: number;
  recordId: string;
  start: Instant;
  end: Instant | null;
  deadline: Instant | null;
  allowedWorkingSeconds: number | null;
  elapsedWorkingSeconds: number | null;
  overWorkingSeconds: number | null;
  open: boolean;
  department: string | null;
  /** The rule's message id and its data (see `Finding`); render with `renderFinding(v.messages, …)`. */
  messageId: string;
  data: FindingData;
  /** The rule's `meta.messages` (a reference, shared by all its violations): where the words are. */
  messages: FindingMessages;
  pauses?: readonly { from: Instant; to: Instant; workingSeconds: number }[];
  /** For `--explain`: the rule's further lines (see `Finding.notes`). */
  notes?: readonly FindingMessage[];
}

/** `--explain` of a record that did not violate a rule: how it passed, or why it is pending. */
export interface Explained extends Violation {
  outcome: 'pass' | 'pending';
  /** False when the rule has no deadline to describe (e.g. an announcement that was made). */
  described: boolean;
}

export interface Aggregate extends AggregateResult {
  rule: string;
}

/**
 * A row that could not be evaluated (SPEC §4 `rejected`): a stable `code` (`INVALID_TIMESTAMP`,
 * `MISSING_REQUIRED`, `END_BEFORE_START` …) and the `data` its words need. The words are the
 * catalog's (`messages/`), rendered by the formatter in the report's language.
 */
export type Rejection = Message<RejectionCode> & {
  file: string;
  line: number;
  /** The column at fault (its canonical name, e.g. `paid_at`), when the rejection is about one cell. */
  column?: string | null;
  /** That cell's text as written. */
  value?: string | null;
};

/** Something worth saying that is not a rejection (duplicate ids, ignored columns …): a code and its data. */
export type Warning = Message<WarningCode> & {
  file: string;
  line: number | null;
};

/** The group name of records without a department (JSON keeps it; the human reports translate it). */
export const NO_DEPARTMENT = '(none)';

/** Rule outcomes counted inside one group (a month, a quarter or a department). */
export interface BreakdownRow {
  /** `YYYY-MM`, `YYYY-Qn`, or the department name (`(none)` when the record has none). */
  group: string;
  rule: string;
  evaluated: number;
  passed: number;
  violations: number;
  pending: number;
  complianceRate: number | null;
}

export type GroupBy = 'month' | 'quarter' | 'department';

/** Everything one audit found. Formatters turn this into text and nothing else. */
export interface AuditResult {
  asOf: Instant;
  period: { from: DayNumber | null; to: DayNumber | null };
  granularity: Granularity;
  calendar: WorkingCalendar;
  inputs: InputSummary[];
  rules: RuleSummary[];
  /** Sorted by file (input order), line, rule id — decided once, in the engine. */
  violations: Violation[];
  /** Sorted by rule id, then period. */
  aggregates: Aggregate[];
  /** Sorted by file (input order), line. */
  rejected: Rejection[];
  warnings: Warning[];
  /**
   * Record-rule outcomes per month, quarter and department (the record's start decides the
   * month; sorted by group, then rule id). Always computed: the HTML charts use them.
   */
  groups: Record<GroupBy, BreakdownRow[]>;
  /** `--group-by`: the breakdown the text formats show and the JSON report includes. */
  groupBy: GroupBy | null;
  /**
   * With `--quarter`: the same rules over the previous quarter, when the inputs hold records
   * from it (the quarterly self-evaluation compares the two).
   */
  previous: { period: { from: DayNumber; to: DayNumber }; rules: RuleSummary[] } | null;
  /** With `--what-if` / `--sensitivity`: the alternatives and the verdicts each one flips. */
  whatIf?: WhatIfResult;
  /** With `explainRecord`: the rules that record passed or is pending under, in rule order. */
  explained?: Explained[];
  /** With `dueWithin` (`--due-within`): the open records about to breach. */
  watch?: WatchList;
}

/**
 * A rejection of `file:line` with its code and data.
 *
 * @example rejection('p.csv', 3, { code: 'NUL_BYTE', data: { header: '처리부서' } }) // => { file: 'p.csv', line: 3, code: 'NUL_BYTE', data: { header: '처리부서' } }
 */
export function rejection(file: string, line: number, said: Message<RejectionCode>): Rejection {
  return { file, line, code: said.code, data: said.data } as Rejection;
}

/**
 * A warning about `file` (and `line`, when it is about one) with its code and data.
 *
 * @example warning('p.csv', null, { code: 'SUMMARY_ROW', data: {} }).code // => 'SUMMARY_ROW'
 */
export function warning(file: string, line: number | null, said: Message<WarningCode>): Warning {
  return { file, line, code: said.code, data: said.data } as Warning;
}
