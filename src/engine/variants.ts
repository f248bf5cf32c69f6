/**
 * What-if variants (issue 15): while the engine reads the rows once, every record it judges is
 * judged again by each variant's rules (another config, calendar or reading), and the records
 * whose violation status differs are kept as flips. Nothing is re-read or re-parsed: the cost of
 * a variant is the rules' `check` calls, not a second audit.
 *
 * The engine hands this module its evaluations through a factory, so the dependency runs one
 * way (engine → variants).
 */
import type { Instant } from '../calendar/kst.js';
import { CalendarRangeError, type WorkingCalendar } from '../model/calendar.js';
import type { OpenedInput } from '../model/input.js';
import type { AnyRecord, Kind } from '../model/records.js';
import type { Aggregate, RuleSummary } from '../model/result.js';
import { type Finding, PASS, PENDING, type Rule, type RuleInstance, type Severity } from '../model/rule.js';
import type { Label } from '../model/messages.js';
import type { AggregateFlip, Verdict, VerdictFlip, VariantOutcome, WhatIfResult } from '../model/whatif.js';
import { OUTCOME_PASS, OUTCOME_PENDING, OUTCOME_VIOLATION, type RuleTally } from './tally.js';

type Outcome = Finding | typeof PASS | typeof PENDING;

/** A rule as a variant's config leaves it (the engine's `ResolvedRule`). */
export interface VariantRule {
  rule: Rule;
  enabled: boolean;
  severity: Severity;
  options: Readonly<Record<string, unknown>>;
}

/** One alternative to judge the same rows by. */
export interface VariantSpec {
  /** `reading:rings-strict`, or the what-if file as the user named it. */
  name: string;
  label: Label;
  calendar: WorkingCalendar;
  /** Every rule, sorted by id, as the variant's config sets them. */
  rules: readonly VariantRule[];
  /**
   * The calendar a record is judged on, by its start (a temporary holiday announced after the
   * record's receipt left out): one of a few calendars, reused. Default: `calendar` for every record.
   */
  calendarFor?: (start: Instant) => WorkingCalendar;
}

/** What the engine's evaluation of one rule looks like from here. */
export interface ActiveLike {
  entry: { rule: Rule; severity: Severity };
  instance: RuleInstance;
  tally: RuleTally;
  aggregates: Aggregate[];
}

export interface EvaluationLike {
  readonly active: ReadonlyMap<string, ActiveLike>;
  plan(input: OpenedInput, skipped: ReadonlySet<string>): { checkers: ActiveLike[]; observers: ActiveLike[] };
  summaries(): RuleSummary[];
}

/** Builds an evaluation of `rules` on `calendar` over the audited period. */
export type EvaluationFactory = (rules: readonly VariantRule[], calendar: WorkingCalendar) => EvaluationLike;

type Plan = { checkers: ActiveLike[]; observers: ActiveLike[] };
/** A plan with, per checker, whether it judges exactly as the normal run does (same options, same calendar). */
type JudgePlan = Plan & { same: boolean[] };

/** The normal run's calendar and rules: a variant's rule that matches them is not re-run. */
export interface MainRun {
  calendar: WorkingCalendar;
  rules: readonly VariantRule[];
}

/** Option values equal (tables compared by content). @example sameOptions({ a: 1 }, { a: 1 }) // => true */
export function sameOptions(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => a[k] === b[k] || JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

const verdictOf = (o: Outcome | undefined): Verdict =>
  o === undefined ? 'not-applicable' : o === PASS ? 'pass' : o === PENDING ? 'pending' : 'violation';
const deadlineOf = (o: Outcome | undefined): Instant | null =>
  o === undefined || o === PASS || o === PENDING ? null : o.deadline;

class Judge {
  readonly primary: EvaluationLike;
  private readonly byCalendar = new Map<WorkingCalendar, EvaluationLike>();
  private readonly plans = new Map<EvaluationLike, JudgePlan>();
  readonly flips: VerdictFlip[] = [];
  readonly deferred = new Map<string, VerdictFlip>();

  constructor(
    readonly spec: VariantSpec,
    private readonly make: EvaluationFactory,
    private readonly main: MainRun,
  ) {
    this.primary = make(spec.rules, spec.calendar);
    this.byCalendar.set(spec.calendar, this.primary);
  }

  beginInput(input: OpenedInput, skipped: ReadonlySet<string>): void {
    this.plans.clear();
    this.input = input;
    this.skipped = skipped;
  }
  private input: OpenedInput | null = null;
  private skipped: ReadonlySet<string> = new Set();

  /** The evaluation and plan for a record starting at `start`. */
  planFor(start: Instant): { evaluation: EvaluationLike; plan: JudgePlan } {
    const calendar = this.spec.calendarFor ? this.spec.calendarFor(start) : this.spec.calendar;
    let evaluation = this.byCalendar.get(calendar);
    if (!evaluation) {
      evaluation = this.make(this.spec.rules, calendar);
      this.byCalendar.set(calendar, evaluation);
    }
    let plan = this.plans.get(evaluation);
    if (!plan) {
      plan = this.judgePlan(evaluation.plan(this.input!, this.skipped), calendar);
      this.plans.set(evaluation, plan);
    }
    return { evaluation, plan };
  }

  primaryPlan(): Plan {
    let plan = this.plans.get(this.primary);
    if (!plan) {
      plan = this.judgePlan(this.primary.plan(this.input!, this.skipped), this.spec.calendar);
      this.plans.set(this.primary, plan);
    }
    return plan;
  }

  /** Marks the checkers that would judge as the normal run does: their outcome is the main one. */
  private judgePlan(plan: Plan, calendar: WorkingCalendar): JudgePlan {
    const same = plan.checkers.map((a) => {
      // A rule that finishes after every input may keep state from `check` (happy-call's waiting list): always run it.
      if (calendar !== this.main.calendar || a.instance.finish !== undefined) return false;
      const m = this.main.rules.find((r) => r.rule.meta.id === a.entry.rule.meta.id);
      const v = this.spec.rules.find((r) => r.rule.meta.id === a.entry.rule.meta.id);
      return m !== undefined && v !== undefined && m.enabled && sameOptions(m.options, v.options);
    });
    return { ...plan, same };
  }
}

/**
 * Judges every record the engine judges once more per variant and collects the flips.
 *
 * @example
 * const v = new Variants([{ name: 'reading:rings-strict', … }], factory);
 * // engine: v.beginInput(…); per record v.record(…); at the end v.finish(…)
 */
export class Variants {
  private readonly judges: Judge[];
  private readonly slots = new Map<string, number>();
  private readonly judgedCount: number[] = [];
  /** Per slot: the main outcome of the current record, valid when `mainStamp[slot] === stamp`. */
  private readonly mainOut: (Outcome | undefined)[] = [];
  private readonly mainStamp: number[] = [];
  private readonly varOut: (Outcome | undefined)[] = [];
  private readonly varStamp: number[] = [];
  private readonly seenStamp: number[] = [];
  private stamp = 0;
  private readonly mainDeferred = new Map<string, VerdictFlip>();

  constructor(specs: readonly VariantSpec[], make: EvaluationFactory, main: MainRun) {
    this.judges = specs.map((s) => new Judge(s, make, main));
  }

  private slot(id: string): number {
    let s = this.slots.get(id);
    if (s === undefined) {
      s = this.slots.size;
      this.slots.set(id, s);
      this.judgedCount[s] = 0;
      this.mainStamp[s] = this.varStamp[s] = this.seenStamp[s] = 0;
    }
    return s;
  }

  beginInput(input: OpenedInput, skipped: ReadonlySet<string>): void {
    for (const j of this.judges) j.beginInput(input, skipped);
  }

  /**
   * One record, after the engine judged it: `outcomes[i]` is the main outcome of the rule of
   * `owners[i]` (only the rules that applied). Runs every variant's checkers and observers on it.
   */
  record(
    r: AnyRecord,
    start: Instant,
    owners: readonly ActiveLike[],
    outcomes: readonly Outcome[],
    n: number,
    /** Rules that cannot judge this record (a column it needs could not be read), as in the normal run. */
    skip?: (a: ActiveLike) => boolean,
  ): void {
    const stamp = ++this.stamp;
    for (let i = 0; i < n; i++) {
      const s = this.slot(owners[i]!.entry.rule.meta.id);
      this.mainOut[s] = outcomes[i];
      this.mainStamp[s] = stamp;
      this.seen(s, stamp);
    }
    for (const judge of this.judges) {
      const { evaluation, plan } = judge.planFor(start);
      const vstamp = ++this.stamp;
      let rejected = false;
      const applied: number[] = [];
      try {
        for (let i = 0; i < plan.checkers.length; i++) {
          const a = plan.checkers[i]!;
          if (skip?.(a)) continue;
          const s = this.slot(a.entry.rule.meta.id);
          // A rule judging as the normal run does gives the normal outcome: not re-run.
          const o = plan.same[i] ? (this.mainStamp[s] === stamp ? this.mainOut[s] : undefined) : a.instance.check!(r as never);
          if (o === undefined) continue;
          this.varOut[s] = o;
          this.varStamp[s] = vstamp;
          applied.push(s);
        }
      } catch (err) {
        if (!(err instanceof CalendarRangeError)) throw err;
        rejected = true;
      }
      // Counted in the variant's primary evaluation, whichever calendar judged the record.
      for (const s of applied) {
        const id = this.idOf(s);
        const o = this.varOut[s]!;
        (judge.primary.active.get(id) ?? evaluation.active.get(id))!.tally.add(
          start,
          r.department,
          o === PASS ? OUTCOME_PASS : o === PENDING ? OUTCOME_PENDING : OUTCOME_VIOLATION,
        );
        this.seen(s, stamp);
      }
      for (const a of judge.primaryPlan().observers) if (!skip?.(a)) a.instance.observe!(r);
      const flip = (id: string, kind: Kind, before: Outcome | undefined, after: Outcome | undefined, afterVerdict: Verdict) => {
        judge.flips.push({
          rule: id,
          kind,
          file: r.file,
          line: r.line,
          recordId: r.id,
          department: r.department,
          start,
          before: verdictOf(before),
          after: afterVerdict,
          beforeDeadline: deadlineOf(before),
          afterDeadline: deadlineOf(after),
        });
      };
      for (let i = 0; i < n; i++) {
        const id = owners[i]!.entry.rule.meta.id;
        const s = this.slots.get(id)!;
        const before = outcomes[i];
        const after = !rejected && this.varStamp[s] === vstamp ? this.varOut[s] : undefined;
        const wasViolation = verdictOf(before) === 'violation';
        if (wasViolation !== (verdictOf(after) === 'violation'))
          flip(id, r.kind, before, after, rejected ? 'rejected' : verdictOf(after));
      }
      for (const s of applied) {
        if (this.mainStamp[s] === stamp) continue;
        const after = this.varOut[s];
        if (verdictOf(after) === 'violation') flip(this.idOf(s), r.kind, undefined, after, 'violation');
      }
    }
  }

  private seen(s: number, stamp: number): void {
    if (this.seenStamp[s] !== stamp) {
      this.seenStamp[s] = stamp;
      this.judgedCount[s]!++;
    }
  }

  private ids: string[] = [];
  private idOf(s: number): string {
    if (this.ids.length !== this.slots.size) this.ids = [...this.slots.keys()];
    return this.ids[s]!;
  }

  /**
   * A cross-record violation of the normal result (care-call, happy-call, a periodic duty's
   * missing period). Keyed by rule, place and record id: the missing periods of a duty all point at
   * the activities file's header line and differ only by their record id (`2024-Q4`, `2025-W11`).
   */
  addMainDeferred(
    rule: string,
    kind: Kind,
    f: { file: string; line: number; recordId: string; department: string | null } & Finding,
  ): void {
    this.mainDeferred.set(`${rule}\u0000${f.file}\u0000${f.line}\u0000${f.recordId}`, {
      rule,
      kind,
      file: f.file,
      line: f.line,
      recordId: f.recordId,
      department: f.department,
      start: f.start,
      before: 'violation',
      after: 'pass',
      beforeDeadline: f.deadline,
      afterDeadline: null,
    });
  }

  /**
   * After every input: the variants' cross-record and periodic rules speak, and each variant is
   * compared with the normal result's aggregates and cross-record findings.
   */
  finish(
    main: { aggregates: readonly Aggregate[]; rules: readonly RuleSummary[] },
    fileOrder: ReadonlyMap<string, number>,
  ): WhatIfResult {
    const key = (g: { rule: string; period: string }) => `${g.rule}\u0000${g.period}`;
    const mainAgg = new Map(main.aggregates.map((g) => [key(g), g] as const));
    const periods = new Map<string, Set<string>>();
    const notePeriod = (g: Aggregate) => {
      const set = periods.get(g.rule) ?? new Set<string>();
      set.add(g.period);
      periods.set(g.rule, set);
    };
    main.aggregates.forEach(notePeriod);
    const variants: VariantOutcome[] = this.judges.map((judge) => {
      const aggregates: Aggregate[] = [];
      const deferred = new Map<string, VerdictFlip>();
      for (const a of judge.primary.active.values()) {
        const done = a.instance.finish?.();
        if (!done) continue;
        const id = a.entry.rule.meta.id;
        for (const g of done.aggregates ?? []) {
          const agg = { rule: id, ...g };
          a.aggregates.push(agg);
          aggregates.push(agg);
          notePeriod(agg);
        }
        for (const p of done.passes ?? []) a.tally.add(p.start, p.department, OUTCOME_PASS);
        for (const p of done.pending ?? []) a.tally.add(p.start, p.department, OUTCOME_PENDING);
        for (const f of done.findings ?? []) {
          a.tally.add(f.start, f.department, OUTCOME_VIOLATION);
          deferred.set(`${id}\u0000${f.file}\u0000${f.line}\u0000${f.recordId}`, {
            rule: id,
            kind: a.entry.rule.meta.kind,
            file: f.file,
            line: f.line,
            recordId: f.recordId,
            department: f.department,
            start: f.start,
            before: 'pass',
            after: 'violation',
            beforeDeadline: null,
            afterDeadline: f.deadline,
          });
        }
      }
      const flips = [...judge.flips];
      for (const [k, f] of deferred) if (!this.mainDeferred.has(k)) flips.push(f);
      for (const [k, f] of this.mainDeferred) if (!deferred.has(k)) flips.push(f);
      const order = (f: VerdictFlip) => fileOrder.get(f.file) ?? fileOrder.size;
      flips.sort((x, y) => order(x) - order(y) || x.line - y.line || (x.rule < y.rule ? -1 : x.rule > y.rule ? 1 : 0));
      const varAgg = new Map(aggregates.map((g) => [key(g), g] as const));
      const aggregateFlips: AggregateFlip[] = [...new Set([...mainAgg.keys(), ...varAgg.keys()])]
        .sort()
        .map((k) => ({ b: mainAgg.get(k), a: varAgg.get(k) }))
        .filter(({ b, a }) => b?.passed !== a?.passed)
        .map(({ b, a }) => ({
          rule: (a ?? b)!.rule,
          period: (a ?? b)!.period,
          before: b ? { value: b.value, passed: b.passed } : null,
          after: a ? { value: a.value, passed: a.passed } : null,
        }));
      return { name: judge.spec.name, label: judge.spec.label, rules: judge.primary.summaries(), flips, aggregateFlips };
    });
    const judged: Record<string, number> = {};
    for (const r of main.rules) {
      const s = this.slots.get(r.id);
      const p = periods.get(r.id);
      judged[r.id] = p ? p.size : s !== undefined ? this.judgedCount[s]! : r.evaluated;
    }
    return { variants, judged };
  }
}
