import { civilFromDays, kstDay, type Instant } from '../calendar/kst.js';
import type { BreakdownRow, GroupBy } from '../model/result.js';
import { NO_DEPARTMENT } from '../model/result.js';

/** Outcome counters: evaluated is their sum. */
export interface Counts {
  passed: number;
  violations: number;
  pending: number;
}

const newCounts = (): Counts => ({ passed: 0, violations: 0, pending: 0 });

export const OUTCOME_PASS = 0;
export const OUTCOME_VIOLATION = 1;
export const OUTCOME_PENDING = 2;
export type OutcomeKind = typeof OUTCOME_PASS | typeof OUTCOME_VIOLATION | typeof OUTCOME_PENDING;

function bump(c: Counts, o: OutcomeKind): void {
  if (o === OUTCOME_PASS) c.passed++;
  else if (o === OUTCOME_VIOLATION) c.violations++;
  else c.pending++;
}

/**
 * Outcome counts of one rule, overall and per month and department. Months are integer keys
 * (`year * 12 + month - 1`) so the hot path builds no strings; a one-entry cache serves the
 * common case of rows sorted by time.
 */
export class RuleTally {
  readonly total: Counts = newCounts();
  private readonly months = new Map<number, Counts>();
  private readonly departments = new Map<string, Counts>();
  private lastDay = Number.NaN;
  private lastMonth: Counts = newCounts();

  add(start: Instant, department: string | null, outcome: OutcomeKind): void {
    bump(this.total, outcome);
    const day = kstDay(start);
    if (day !== this.lastDay) {
      const c = civilFromDays(day);
      const key = c.year * 12 + c.month - 1;
      let m = this.months.get(key);
      if (m === undefined) {
        m = newCounts();
        this.months.set(key, m);
      }
      this.lastDay = day;
      this.lastMonth = m;
    }
    bump(this.lastMonth, outcome);
    const dept = department ?? '';
    let d = this.departments.get(dept);
    if (d === undefined) {
      d = newCounts();
      this.departments.set(dept, d);
    }
    bump(d, outcome);
  }

  /** Rows of one breakdown, sorted by group. */
  rows(rule: string, by: GroupBy): BreakdownRow[] {
    const out: BreakdownRow[] = [];
    if (by === 'department') {
      for (const [dept, c] of this.departments) out.push(row(dept === '' ? NO_DEPARTMENT : dept, rule, c));
    } else {
      const merged = new Map<string, Counts>();
      for (const [key, c] of this.months) {
        const year = Math.floor(key / 12);
        const month = (key % 12) + 1;
        const group = by === 'month' ? `${year}-${String(month).padStart(2, '0')}` : `${year}-Q${Math.ceil(month / 3)}`;
        const m = merged.get(group) ?? newCounts();
        m.passed += c.passed;
        m.violations += c.violations;
        m.pending += c.pending;
        merged.set(group, m);
      }
      for (const [group, c] of merged) out.push(row(group, rule, c));
    }
    return out.sort((a, b) => compareText(a.group, b.group));
  }
}

/** Code-point order: deterministic whatever the locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** passed ÷ (passed + violations), null when nothing was decided. */
export function complianceRate(c: Counts): number | null {
  const decided = c.passed + c.violations;
  return decided === 0 ? null : c.passed / decided;
}

function row(group: string, rule: string, c: Counts): BreakdownRow {
  return {
    group,
    rule,
    evaluated: c.passed + c.violations + c.pending,
    passed: c.passed,
    violations: c.violations,
    pending: c.pending,
    complianceRate: complianceRate(c),
  };
}
