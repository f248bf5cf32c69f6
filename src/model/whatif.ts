/**
 * What-if results (issue 15): the same rows judged again under another config, calendar or
 * reading of the charter, and the verdicts each alternative flips against the normal result.
 */
import type { Instant } from './time.js';
import type { Kind } from './records.js';
import type { RuleSummary } from './result.js';
import type { Label } from './messages.js';

/** A record's outcome under one rule. */
export type Verdict = 'pass' | 'pending' | 'violation' | 'not-applicable' | 'rejected';

/** A record whose violation status differs between the normal result and a variant. */
export interface VerdictFlip {
  rule: string;
  kind: Kind;
  file: string;
  line: number;
  recordId: string;
  department: string | null;
  start: Instant;
  before: Verdict;
  after: Verdict;
  /** The deadline in the normal result and in the variant, when the outcome had one. */
  beforeDeadline: Instant | null;
  afterDeadline: Instant | null;
}

/** An aggregate (rule × period) whose verdict differs. */
export interface AggregateFlip {
  rule: string;
  period: string;
  before: { value: number | null; passed: boolean } | null;
  after: { value: number | null; passed: boolean } | null;
}

/** One alternative, judged. */
export interface VariantOutcome {
  /** `reading:rings-strict`, or the what-if file as given. */
  name: string;
  /** What the alternative changes: fixed words, or a code and its data (render with `labelText`). */
  label: Label;
  /** Per-rule counts under the alternative. */
  rules: RuleSummary[];
  /** Sorted by input order, line, rule id. */
  flips: VerdictFlip[];
  /** Sorted by rule id, period. */
  aggregateFlips: AggregateFlip[];
}

/** Every alternative of one audit, and how many verdicts each rule gave under any of them. */
export interface WhatIfResult {
  variants: VariantOutcome[];
  /**
   * Per rule id: records (record rules) or periods (aggregate rules) with a verdict under the
   * normal result or any alternative — the denominator of "robust".
   */
  judged: Readonly<Record<string, number>>;
}
