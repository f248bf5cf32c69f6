/**
 * The engine: records × rules → ordered findings, tallies and aggregates.
 *
 * Order is decided here, once: violations by (input order, line, rule id), aggregates by
 * (rule id, period), rejections by (input order, line). Formatters never sort.
 *
 * Memory: per-record violations stream to `onViolation` as soon as the order allows, so an
 * NDJSON audit of a million calls holds no per-row state. A file whose kind has cross-record
 * rules (care-call, happy-call via the calls file) is complete only after every input is
 * read; its findings, and those of the files after it, wait in a buffer until then.
 */
import { type DayNumber, type Instant, formatInstant, kstDay, kstYear } from '../calendar/kst.js';
import { CalendarRangeError, type WorkingCalendar } from '../model/calendar.js';
import type { OpenedInput } from '../model/input.js';
import { type AnyColumn, type AnyRecord, INSTANT_FIELDS, type Kind, specOf, startOf } from '../model/records.js';
import {
  type Aggregate,
  type AuditResult,
  type BreakdownRow,
  type GroupBy,
  type InputSummary,
  type Rejection,
  type RuleSummary,
  type Explained,
  type Violation,
  type Warning,
  rejection,
  warning,
} from '../model/result.js';
import {
  type Finding,
  type Granularity,
  type Localized,
  PASS,
  PENDING,
  type Rule,
  type RuleInstance,
  type Severity,
} from '../model/rule.js';
import { explainRecord } from './explain-record.js';
import { NO_INPUT, OFF_REASON, notEvaluatedReasons, nothingInScope } from './not-evaluated.js';
import { SharedIds } from './shared-ids.js';
import { headerOf, say } from './reasons.js';
import { RuleTally, complianceRate, OUTCOME_PASS, OUTCOME_PENDING, OUTCOME_VIOLATION } from './tally.js';
import { type ActiveLike, type VariantSpec, Variants } from './variants.js';

/** A rule as the config leaves it: on or off, its severity and its validated options. */
export interface ResolvedRule {
  rule: Rule;
  enabled: boolean;
  severity: Severity;
  options: Readonly<Record<string, unknown>>;
}

export interface Period {
  from: DayNumber | null;
  to: DayNumber | null;
}

export interface AuditOptions {
  calendar: WorkingCalendar;
  asOf: Instant;
  period: Period;
  granularity: Granularity;
  /** Every rule, sorted by id. */
  rules: readonly ResolvedRule[];
  groupBy: GroupBy | null;
  /** With `--quarter`: the quarter before, to compare with (counted apart, never reported row by row). */
  previousPeriod: { from: DayNumber; to: DayNumber } | null;
  /**
   * Receives every violation in final order, as early as the order allows (NDJSON streaming).
   * A promise it returns is back-pressure: reading waits for it before the next chunk.
   */
  onViolation?: (violation: Violation) => unknown;
  /** Keep violations in the result (default true; NDJSON turns it off for constant memory). */
  keepViolations?: boolean;
  /** Called after each input has been read, with its summary. */
  onInputDone?: (summary: InputSummary) => void;
  /** Told the size of each chunk of raw input bytes as it is read (progress). */
  onBytesRead?: (bytes: number) => void;
  /** What-if alternatives: each judges the same records again (read once, judged many times). */
  variants?: readonly VariantSpec[];
  /** `--explain ID`: also say how the record(s) with this id passed or why they are pending (`explained`). */
  explainRecord?: string;
}

interface Active {
  entry: ResolvedRule;
  instance: RuleInstance;
  tally: RuleTally;
  aggregates: Aggregate[];
}

/** One evaluation of the rules over one period (the audited one, or the previous quarter). */
class Evaluation {
  readonly active = new Map<string, Active>();

  constructor(
    readonly rules: readonly ResolvedRule[],
    readonly reasons: ReadonlyMap<string, Localized>,
    options: AuditOptions,
    period: Period,
    inputs: readonly OpenedInput[] = [],
  ) {
    const files = inputs.map((i) => ({ file: i.file, kind: i.kind, headerLine: i.headerLine }));
    for (const entry of rules) {
      if (!entry.enabled || reasons.has(entry.rule.meta.id)) continue;
      const instance = entry.rule.create({
        calendar: options.calendar,
        asOf: options.asOf,
        options: entry.options,
        period,
        granularity: options.granularity,
        inputs: files,
      });
      this.active.set(entry.rule.meta.id, { entry, instance, tally: new RuleTally(), aggregates: [] });
    }
  }

  /**
   * The rules that judge records of a file, and those that watch them, in id order — except
   * that checkers which keep state for `finish` (happy-call remembers the contracts it waits a
   * call for) come after the stateless ones: a row that a stateless check rejects (its working
   * time reaches a year without holiday data) is never seen by a stateful one, so a rejected
   * row produces no finding later (a row is in exactly one state).
   */
  plan(input: OpenedInput, skipped: ReadonlySet<string>): { checkers: Active[]; observers: Active[] } {
    const checkers: Active[] = [];
    const stateful: Active[] = [];
    const observers: Active[] = [];
    for (const a of this.active.values()) {
      const meta = a.entry.rule.meta;
      if (meta.kind === input.kind && !skipped.has(meta.id)) {
        if (a.instance.check) (a.instance.finish ? stateful : checkers).push(a);
        if (a.instance.observe) observers.push(a);
      } else if ((meta.reads.includes(input.kind) || a.entry.rule.optionalReads?.includes(input.kind)) && a.instance.observe) {
        observers.push(a);
      }
    }
    return { checkers: checkers.concat(stateful), observers };
  }

  /**
   * Each rule's summary. `evaluatedRows` (rows of each kind evaluated in the period), when given,
   * lets a rule that judged nothing say why (no row of its kind, or none in its scope).
   */
  summaries(evaluatedRows?: ReadonlyMap<Kind, number>): RuleSummary[] {
    const out: RuleSummary[] = [];
    for (const entry of this.rules) {
      const meta = entry.rule.meta;
      if (this.reasons.get(meta.id) === NO_INPUT) continue;
      const reason = entry.enabled ? this.reasons.get(meta.id) : OFF_REASON;
      const a = this.active.get(meta.id);
      if (!a || reason) {
        if (reason) {
          out.push({
            id: meta.id,
            kind: meta.kind,
            severity: entry.severity,
            evaluated: 0,
            passed: 0,
            violations: 0,
            pending: 0,
            complianceRate: null,
            notEvaluatedReason: reason,
          });
        }
        continue;
      }
      const c = { ...a.tally.total };
      if (meta.scope === 'aggregate') {
        c.passed = a.aggregates.filter((g) => g.passed).length;
        c.violations = a.aggregates.length - c.passed;
        c.pending = 0;
      }
      out.push({
        id: meta.id,
        kind: meta.kind,
        severity: entry.severity,
        evaluated: c.passed + c.violations + c.pending,
        passed: c.passed,
        violations: c.violations,
        pending: c.pending,
        complianceRate: complianceRate(c),
        ...(evaluatedRows && c.passed + c.violations + c.pending === 0
          ? { notEvaluatedReason: nothingInScope(meta, evaluatedRows.get(meta.kind) ?? 0) }
          : {}),
      });
    }
    return out;
  }
}

/**
 * The first timestamp of a record (in its kind's table order) that lies outside the calendar's
 * holiday data, with its column; undefined when all are covered. The fields come from the kind
 * table, so a new instant column is checked without a change here.
 */
function uncovered(r: AnyRecord, calendar: WorkingCalendar): { column: string; t: Instant } | undefined {
  const fields = INSTANT_FIELDS[r.kind];
  const values = r as unknown as Record<string, Instant | null>;
  for (let i = 0; i < fields.length; i++) {
    const t = values[fields[i]!.field];
    // coversEnd: a completion at 00:00 right after the data's last day ends [start, end) inside it.
    if (t !== null && t !== undefined && !calendar.coversEnd(t)) return { column: fields[i]!.column, t };
  }
  return undefined;
}

/**
 * True when a rule cannot judge or count a record of `kind` whose `columns` could not be read: it
 * requires one of them; or the column has a fallback value (payer, queue, direction: they decide
 * whether a rule applies at all); or the rule only reads records of that kind (care-call reading
 * calls), where any unread value could turn a match into a miss.
 */
function needsAny(a: Active, kind: Kind, columns: readonly AnyColumn[]): boolean {
  const meta = a.entry.rule.meta;
  if (meta.kind !== kind) return true;
  for (const c of columns) {
    if ((meta.requires as readonly string[]).includes(c) || specOf(kind, c)?.fallback !== undefined) return true;
  }
  return false;
}

function inPeriod(day: DayNumber, p: Period): boolean {
  return (p.from === null || day >= p.from) && (p.to === null || day <= p.to);
}

/**
 * Puts the first `n` outcomes back in rule-id order (the stateful checkers ran last), so
 * violations of one row stream in rule-id order. Insertion sort: `n` is a handful and is
 * almost always already in order.
 */
function byRuleId(owners: Active[], outcomes: unknown[], n: number): void {
  for (let i = 1; i < n; i++) {
    const a = owners[i]!;
    const o = outcomes[i];
    const id = a.entry.rule.meta.id;
    let j = i - 1;
    while (j >= 0 && owners[j]!.entry.rule.meta.id > id) {
      owners[j + 1] = owners[j]!;
      outcomes[j + 1] = outcomes[j];
      j--;
    }
    owners[j + 1] = a;
    outcomes[j + 1] = o;
  }
}

function compareViolations(a: Violation, b: Violation): number {
  return a.line - b.line || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

function toViolation(
  a: Active,
  r: { file: string; line: number; id: string; department: string | null; kind: Kind },
  f: Finding,
): Violation {
  const v: Violation = {
    rule: a.entry.rule.meta.id,
    kind: r.kind,
    severity: a.entry.severity,
    file: r.file,
    line: r.line,
    recordId: r.id,
    start: f.start,
    end: f.end,
    deadline: f.deadline,
    allowedWorkingSeconds: f.allowedWorkingSeconds,
    elapsedWorkingSeconds: f.elapsedWorkingSeconds,
    overWorkingSeconds: f.overWorkingSeconds,
    open: f.open,
    department: r.department,
    message: f.message,
  };
  if (f.pauses && f.pauses.length > 0) v.pauses = f.pauses;
  if (f.notes && f.notes.length > 0) v.notes = f.notes;
  return v;
}

/**
 * Audits opened inputs (read one after another, in the given order) against the rules.
 *
 * @example
 * const result = await audit([await openInput('calls.csv', {})], { calendar, asOf, rules, … });
 * result.rules.find((r) => r.id === 'call.answer-rate')?.violations;
 */
export async function audit(inputs: readonly OpenedInput[], options: AuditOptions): Promise<AuditResult> {
  const { calendar } = options;
  const keep = options.keepViolations ?? true;
  const reasons = notEvaluatedReasons(options.rules, inputs);
  const current = new Evaluation(options.rules, reasons, options, options.period, inputs);
  const previous = options.previousPeriod
    ? new Evaluation(options.rules, reasons, options, options.previousPeriod, inputs)
    : null;
  let previousSeen = 0;
  const variants = options.variants?.length
    ? new Variants(
        options.variants,
        (rules, cal) =>
          new Evaluation(rules, notEvaluatedReasons(rules, inputs), { ...options, calendar: cal }, options.period, inputs),
        options,
      )
    : null;

  const summaries: InputSummary[] = [];
  const rejected: Rejection[] = [];
  const warnings: Warning[] = [];
  const all: Violation[] = [];
  // Per input: violations waiting for their turn in the output order.
  const buffers: Violation[][] = inputs.map(() => []);
  let nextToEmit = 0;
  const hasDeferred = inputs.map((input) =>
    [...current.active.values()].some(
      (a) => a.entry.rule.meta.kind === input.kind && a.entry.rule.meta.scope === 'record' && a.instance.finish !== undefined,
    ),
  );
  const explainId = options.explainRecord;
  const explained: Explained[] = [];
  // Back-pressure: the last promise `onViolation` returned; the pump waits on it between chunks.
  let pending: Promise<void> | undefined;
  const emit = (v: Violation) => {
    if (keep) all.push(v);
    const p = options.onViolation?.(v);
    if (p instanceof Promise) pending = p as Promise<void>;
  };
  const ready = (): Promise<void> | undefined => {
    const p = pending;
    pending = undefined;
    return p;
  };

  const shared = new SharedIds(inputs);
  const pushWarning = (w: Warning) => void warnings.push(w);
  for (let index = 0; index < inputs.length; index++) {
    const input = inputs[index]!;
    // Rules whose columns this file lacks (while another file of the kind has them).
    const skipped = new Set<string>();
    for (const a of current.active.values()) {
      const meta = a.entry.rule.meta;
      if (meta.kind !== input.kind) continue;
      const missing = meta.requires.filter((c) => !input.columns.has(c));
      if (missing.length > 0) {
        skipped.add(meta.id);
        warnings.push(warning(input.file, null, 'RULE_SKIPPED', say.ruleSkipped(meta.id, meta.kind, missing)));
      }
    }
    const { checkers, observers } = current.plan(input, skipped);
    variants?.beginInput(input, skipped);
    const prevPlan = previous?.plan(input, skipped);
    const streaming = () => options.onViolation !== undefined && nextToEmit === index && !hasDeferred[index];
    const summary: InputSummary = {
      file: input.file,
      kind: input.kind,
      encoding: input.encoding,
      rows: 0,
      evaluated: 0,
      outOfPeriod: 0,
      rejected: 0,
      summary: 0,
    };
    const outcomes: (Finding | typeof PASS | typeof PENDING)[] = [];
    const owners: Active[] = [];
    const buffer = buffers[index]!;

    const reject = (line: number, code: string, said: Localized) => {
      summary.rejected++;
      rejected.push(rejection(input.file, line, code, said));
    };

    summary.rows = await input.pump({
      record(r) {
        if (!shared.idle) shared.note(r, pushWarning);
        const start = startOf(r);
        const day = kstDay(start);
        if (!inPeriod(day, options.period)) {
          summary.outOfPeriod++;
          if (previous && prevPlan && inPeriod(day, options.previousPeriod!) && !uncovered(r, calendar)) {
            previousSeen++;
            evaluateQuietly(r, prevPlan.checkers, prevPlan.observers);
          }
          return;
        }
        const gap = uncovered(r, calendar);
        if (gap) {
          const at = formatInstant(gap.t);
          const err = new CalendarRangeError(kstYear(gap.t), calendar.holidayYears, `${gap.column} ${at}`);
          const what = `${headerOf(input.mapping, gap.column)} ${at}`;
          reject(r.line, err.code, say.yearNotLoaded(err.message, what, err.year, err.loaded));
          rejected[rejected.length - 1]!.column = gap.column;
          rejected[rejected.length - 1]!.value = at;
          return;
        }
        const bad = r.unreadable;
        let n = 0;
        try {
          for (let i = 0; i < checkers.length; i++) {
            const a = checkers[i]!;
            if (bad !== undefined && needsAny(a, r.kind, bad)) continue;
            const o = a.instance.check!(r as never);
            if (o !== undefined) {
              outcomes[n] = o;
              owners[n] = a;
              n++;
            }
          }
        } catch (err) {
          if (err instanceof CalendarRangeError) {
            reject(r.line, err.code, say.spanNotLoaded(err.message, err.year, err.loaded));
            return;
          }
          throw err;
        }
        if (n > 1) byRuleId(owners, outcomes, n);
        for (let i = 0; i < n; i++) {
          const o = outcomes[i]!;
          const a = owners[i]!;
          if (o === PASS) a.tally.add(start, r.department, OUTCOME_PASS);
          else if (o === PENDING) a.tally.add(start, r.department, OUTCOME_PENDING);
          else {
            a.tally.add(start, r.department, OUTCOME_VIOLATION);
            const v = toViolation(a, r, o);
            if (streaming()) emit(v);
            else buffer.push(v);
          }
        }
        for (let i = 0; i < observers.length; i++) {
          if (bad === undefined || !needsAny(observers[i]!, r.kind, bad)) observers[i]!.instance.observe!(r);
        }
        if (variants) {
          const skip = bad === undefined ? undefined : (a: ActiveLike) => needsAny(a as Active, r.kind, bad);
          variants.record(r, start, owners, outcomes as Exclude<Finding | typeof PASS | typeof PENDING, undefined>[], n, skip);
        }
        summary.evaluated++;
        if (explainId !== undefined && r.id === explainId) {
          const context = { calendar, asOf: options.asOf, period: options.period, granularity: options.granularity };
          explained.push(...explainRecord(r, options.rules, context, (id) => skipped.has(id) || !current.active.has(id)));
        }
      },
      reject(rejection) {
        summary.rejected++;
        rejected.push(rejection);
      },
      warn(warning) {
        warnings.push(warning);
      },
      summary() {
        summary.summary = (summary.summary ?? 0) + 1;
      },
      needs(column) {
        return [...checkers, ...observers]
          .filter((a, i, all) => all.indexOf(a) === i && needsAny(a, input.kind, [column]))
          .map((a) => a.entry.rule.meta.id)
          .sort();
      },
      ready,
      read: options.onBytesRead,
    });
    if (input.headerLine > 1) summary.headerLine = input.headerLine;
    if (input.skipped !== undefined && input.skipped.length > 0) summary.skipped = [...input.skipped];
    if (summary.rows !== summary.evaluated + summary.outOfPeriod + summary.rejected + (summary.summary ?? 0)) {
      throw new Error(
        `${input.file}: rows do not reconcile (${summary.rows} ≠ ${summary.evaluated} + ${summary.outOfPeriod} + ${summary.rejected} + ${summary.summary ?? 0})`,
      );
    }
    if (input.sha256 !== undefined) summary.sha256 = input.sha256;
    summaries.push(summary);
    options.onInputDone?.(summary);
    if (streaming()) nextToEmit++;
  }

  for (const a of current.active.values()) {
    for (const n of a.instance.notes?.() ?? []) warnings.push(warning(n.file, n.line, n.code, n.message));
  }
  shared.finish(pushWarning);
  // Cross-record and periodic rules speak once everything is read.
  const fileIndex = new Map(inputs.map((input, i) => [input.file, i] as const));
  for (const a of current.active.values()) {
    const done = a.instance.finish?.();
    if (!done) continue;
    for (const g of done.aggregates ?? []) a.aggregates.push({ rule: a.entry.rule.meta.id, ...g });
    for (const p of done.passes ?? []) a.tally.add(p.start, p.department, OUTCOME_PASS);
    for (const p of done.pending ?? []) a.tally.add(p.start, p.department, OUTCOME_PENDING);
    for (const f of done.findings ?? []) {
      a.tally.add(f.start, f.department, OUTCOME_VIOLATION);
      variants?.addMainDeferred(a.entry.rule.meta.id, a.entry.rule.meta.kind, f);
      const i = fileIndex.get(f.file) ?? inputs.length - 1;
      buffers[i]!.push(toViolation(a, { ...f, id: f.recordId, kind: a.entry.rule.meta.kind }, f));
    }
  }
  for (let i = nextToEmit; i < inputs.length; i++) {
    const b = buffers[i]!;
    b.sort(compareViolations);
    for (const v of b) {
      emit(v);
      const wait = ready();
      if (wait !== undefined) await wait;
    }
    b.length = 0;
  }
  if (previous) {
    for (const a of previous.active.values()) {
      const done = a.instance.finish?.();
      if (!done) continue;
      for (const g of done.aggregates ?? []) a.aggregates.push({ rule: a.entry.rule.meta.id, ...g });
      for (const p of done.passes ?? []) a.tally.add(p.start, p.department, OUTCOME_PASS);
      for (const p of done.pending ?? []) a.tally.add(p.start, p.department, OUTCOME_PENDING);
      for (const f of done.findings ?? []) a.tally.add(f.start, f.department, OUTCOME_VIOLATION);
    }
  }

  const aggregates: Aggregate[] = [];
  for (const a of current.active.values())
    aggregates.push(...a.aggregates.sort((x, y) => (x.period < y.period ? -1 : x.period > y.period ? 1 : 0)));

  const groups: Record<GroupBy, BreakdownRow[]> = { month: [], quarter: [], department: [] };
  for (const by of ['month', 'quarter', 'department'] as const) {
    const rows: BreakdownRow[] = [];
    for (const a of current.active.values()) {
      if (a.entry.rule.meta.scope === 'record') rows.push(...a.tally.rows(a.entry.rule.meta.id, by));
    }
    // Stable sort: by group, rules already in id order within a group.
    groups[by] = rows.sort((x, y) => (x.group < y.group ? -1 : x.group > y.group ? 1 : 0));
  }

  const evaluatedRows = new Map<Kind, number>();
  for (const s of summaries) evaluatedRows.set(s.kind, (evaluatedRows.get(s.kind) ?? 0) + s.evaluated);
  const rules = current.summaries(evaluatedRows);
  const whatIf = variants?.finish({ aggregates, rules }, fileIndex);
  return {
    ...(whatIf ? { whatIf } : {}),
    asOf: options.asOf,
    period: { from: options.period.from, to: options.period.to },
    granularity: options.granularity,
    calendar,
    inputs: summaries,
    rules,
    violations: all,
    aggregates,
    rejected,
    warnings,
    groups,
    groupBy: options.groupBy,
    previous:
      previous && previousSeen > 0 && options.previousPeriod
        ? { period: { from: options.previousPeriod.from, to: options.previousPeriod.to }, rules: previous.summaries() }
        : null,
    ...(explainId !== undefined ? { explained } : {}),
  };

  function evaluateQuietly(r: AnyRecord, checkers: readonly Active[], observers: readonly Active[]): void {
    const start = startOf(r);
    try {
      for (const a of checkers) {
        if (r.unreadable !== undefined && needsAny(a, r.kind, r.unreadable)) continue;
        const o = a.instance.check!(r as never);
        if (o === undefined) continue;
        a.tally.add(start, r.department, o === PASS ? OUTCOME_PASS : o === PENDING ? OUTCOME_PENDING : OUTCOME_VIOLATION);
      }
      for (const a of observers) if (r.unreadable === undefined || !needsAny(a, r.kind, r.unreadable)) a.instance.observe!(r);
    } catch (err) {
      if (!(err instanceof CalendarRangeError)) throw err;
    }
  }
}
