/**
 * One evaluation of the rules over one period (the audited one, the quarter before, or a what-if
 * variant): each enabled rule's instance with its tally, its aggregates and, in the audited
 * period, the probe its measured outcomes are read from (allowance use, the watch list).
 */
import type { DayNumber, Instant } from '../calendar/kst.js';
import type { WorkingCalendar } from '../model/calendar.js';
import type { OpenedInput } from '../model/input.js';
import type { Kind } from '../model/records.js';
import type { Aggregate, AllowanceUse, RuleSummary } from '../model/result.js';
import { type Granularity, type MeasureProbe, type Rule, type RuleInstance, type Severity, newProbe } from '../model/rule.js';
import { newAllowanceUse } from './allowance.js';
import { NO_INPUT, type NotEvaluated, OFF_REASON, nothingInScope } from './not-evaluated.js';
import { RuleTally, complianceRate } from './tally.js';

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

/** What an evaluation needs from the audit's options. */
export interface EvaluationContext {
  calendar: WorkingCalendar;
  asOf: Instant;
  granularity: Granularity;
}

/** What the audited period's evaluation measures beyond the verdicts. */
export interface Measuring {
  /** Count allowance use of the rules measured in working time. */
  allowanceUse: boolean;
  /** `--due-within`, in working seconds: watch open records this close to their deadline. */
  dueWithin?: number;
}

export interface Active {
  entry: ResolvedRule;
  instance: RuleInstance;
  tally: RuleTally;
  aggregates: Aggregate[];
  /** Where the rule's checks leave the measure of a pass or a pending record; null when not read. */
  probe: MeasureProbe | null;
  /** Allowance use of the decided records (rules measured in working time, audited period only). */
  use: AllowanceUse | null;
}

/** One evaluation of the rules over one period (the audited one, or the previous quarter). */
export class Evaluation {
  readonly active = new Map<string, Active>();

  constructor(
    readonly rules: readonly ResolvedRule[],
    readonly reasons: ReadonlyMap<string, NotEvaluated>,
    options: EvaluationContext,
    period: Period,
    inputs: readonly OpenedInput[] = [],
    measuring?: Measuring,
  ) {
    const files = inputs.map((i) => ({ file: i.file, kind: i.kind, headerLine: i.headerLine }));
    for (const entry of rules) {
      if (!entry.enabled || reasons.has(entry.rule.meta.id)) continue;
      const meta = entry.rule.meta;
      const counted = measuring?.allowanceUse === true && meta.measure === 'working-time';
      const watched = measuring?.dueWithin !== undefined && meta.scope === 'record';
      const probe = counted || watched ? newProbe() : null;
      const instance = entry.rule.create({
        calendar: options.calendar,
        asOf: options.asOf,
        options: entry.options,
        period,
        granularity: options.granularity,
        inputs: files,
        ...(probe ? { probe } : {}),
        ...(watched ? { dueWithin: measuring.dueWithin } : {}),
      });
      this.active.set(meta.id, {
        entry,
        instance,
        tally: new RuleTally(),
        aggregates: [],
        probe,
        use: counted ? newAllowanceUse() : null,
      });
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
      const judged = c.passed + c.violations + c.pending;
      out.push({
        id: meta.id,
        kind: meta.kind,
        severity: entry.severity,
        evaluated: judged,
        passed: c.passed,
        violations: c.violations,
        pending: c.pending,
        complianceRate: complianceRate(c),
        ...(evaluatedRows && judged === 0 ? { notEvaluatedReason: nothingInScope(meta, evaluatedRows.get(meta.kind) ?? 0) } : {}),
        // A rule that judged nothing has no use to show (its reason says why).
        ...(a.use && judged > 0 ? { allowanceUse: { ...a.use } } : {}),
      });
    }
    return out;
  }
}
