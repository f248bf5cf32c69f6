/**
 * The audit's two kinds of failure, counted apart. A record-level rule's `violations` counts
 * records; a periodic measure's (call-centre answer rate, average wait, service level) counts the
 * periods below target. Added up they are not "violations": the report lists only the first
 * kind, so every summary says the two numbers with their own names.
 */
import type { AuditResult } from '../model/result.js';

export interface FailureCounts {
  /** Records that violate a rule (the report's violation list, whether or not it was kept). */
  violations: number;
  /** Periodic measures (rule × period) that were judged. */
  measures: number;
  /** Of those, the ones below target. */
  measuresBelowTarget: number;
}

/**
 * Counts from the per-rule tallies and the aggregates, so a streamed run (which keeps no
 * violation list) counts the same as a buffered one.
 *
 * @example failureCounts(result) // => { violations: 318, measures: 18, measuresBelowTarget: 4 } for `npm start`
 */
export function failureCounts(result: Pick<AuditResult, 'rules' | 'aggregates'>): FailureCounts {
  const measured = new Set(result.aggregates.map((a) => a.rule));
  const violations = result.rules.reduce((n, r) => (measured.has(r.id) ? n : n + r.violations), 0);
  const measuresBelowTarget = result.aggregates.reduce((n, a) => (a.passed ? n : n + 1), 0);
  return { violations, measures: result.aggregates.length, measuresBelowTarget };
}
