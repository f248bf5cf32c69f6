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
import type { Message, RejectionCode } from '../model/messages.js';
import { type AnyRecord, type Kind, startOf } from '../model/records.js';
import {
  type Aggregate,
  type AuditResult,
  type BreakdownRow,
  type GroupBy,
  type InputSummary,
  type Rejection,
  type Explained,
  type Violation,
  type Warning,
  rejection,
  warning,
} from '../model/result.js';
import { type Finding, type Granularity, PASS, PENDING } from '../model/rule.js';
import { Watch, countFinding, countUse } from './allowance.js';
import { type Active, Evaluation, type Period, type ResolvedRule } from './evaluation.js';
import { explainRecord } from './explain-record.js';
import { notEvaluatedReasons } from './not-evaluated.js';
import { byRuleId, compareViolations, toViolation } from './order.js';
import { SharedIds } from './shared-ids.js';
import { headerOf, say } from './reasons.js';
import { inPeriod, needsAny, uncovered } from './scope.js';
import { OUTCOME_PASS, OUTCOME_PENDING, OUTCOME_VIOLATION } from './tally.js';
import { type ActiveLike, type VariantSpec, Variants } from './variants.js';

export type { Period, ResolvedRule } from './evaluation.js';

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
  /** `--due-within`, in working seconds: list the open records due within it (`watch`). */
  dueWithin?: number;
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
  const dueWithin = options.dueWithin;
  const current = new Evaluation(options.rules, reasons, options, options.period, inputs, { allowanceUse: true, dueWithin });
  const watch = dueWithin === undefined ? null : new Watch(dueWithin);
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
        warnings.push(warning(input.file, null, say.ruleSkipped(meta.id, meta.kind, missing)));
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

    const reject = (line: number, said: Message<RejectionCode>) => {
      summary.rejected++;
      rejected.push(rejection(input.file, line, said));
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
          const header = headerOf(input.mapping, gap.column);
          reject(r.line, say.yearNotLoaded(gap.column, header, at, kstYear(gap.t), calendar.holidayYears));
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
            const p = a.probe;
            if (p !== null) p.allowed = p.deadline = -1;
            const o = a.instance.check!(r as never);
            if (o !== undefined) {
              outcomes[n] = o;
              owners[n] = a;
              n++;
            }
          }
        } catch (err) {
          if (err instanceof CalendarRangeError) {
            reject(r.line, say.spanNotLoaded(err.what, err.year, err.loaded));
            return;
          }
          throw err;
        }
        if (n > 1) byRuleId(owners, outcomes, n);
        for (let i = 0; i < n; i++) {
          const o = outcomes[i]!;
          const a = owners[i]!;
          if (o === PASS) {
            a.tally.add(start, r.department, OUTCOME_PASS);
            if (a.use !== null && a.probe!.allowed >= 0) countUse(a.use, a.probe!.elapsed, a.probe!.allowed);
          } else if (o === PENDING) {
            a.tally.add(start, r.department, OUTCOME_PENDING);
            if (watch !== null && a.probe !== null && a.probe.deadline >= 0) {
              watch.add(index, a.entry.rule.meta, a.entry.severity, r, a.probe);
            }
          } else {
            a.tally.add(start, r.department, OUTCOME_VIOLATION);
            if (a.use !== null) countFinding(a.use, o);
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
    for (const n of a.instance.notes?.() ?? []) warnings.push(warning(n.file, n.line, n));
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
      if (a.use !== null) countFinding(a.use, f);
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
    ...(watch ? { watch: watch.finish() } : {}),
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
