/**
 * `charter-audit diff`: two JSON reports of the same inputs compared record by record. Pure.
 *
 * A record's verdict under a rule is "violation" when the report lists it, otherwise whatever
 * else (passed, pending, not applicable): a violation that appears or disappears is a flipped
 * verdict, as is an aggregate (rule × period) whose `passed` differs. A violation present in
 * both whose deadline, lateness or open state moved is a change, not a flip.
 */
import { renderMessage } from '../messages/catalog.js';
import { diffReason } from '../messages/diff.js';
import type { DiffReason, Message } from '../model/messages.js';
import type { AuditReport, ReportAggregate, ReportInput, ReportRule, ReportViolation } from './report.js';

/** Stable error code: the two reports are not of the same inputs. */
export const NOT_COMPARABLE = 'DIFF_NOT_COMPARABLE';

/** Why two reports cannot be compared (one line each, naming the inputs). */
export class IncomparableError extends Error {
  readonly code = NOT_COMPARABLE;
  /** The code and data of the message, for the CLI to word in `--lang`. */
  readonly said: Message<'INPUT_DIFF'>;
  /** Each reason in English. */
  readonly reasons: readonly string[];
  constructor(problems: readonly DiffReason[]) {
    const said: Message<'INPUT_DIFF'> = { code: 'INPUT_DIFF', data: { problem: 'incomparable', reasons: problems } };
    super(renderMessage(said, 'en'));
    this.said = said;
    this.reasons = problems.map((r) => diffReason(r, 'en'));
    this.name = 'IncomparableError';
  }
}

export interface ChangedViolation {
  before: ReportViolation;
  after: ReportViolation;
}

export interface RuleChange {
  id: string;
  kind: string;
  before: ReportRule | null;
  after: ReportRule | null;
}

export interface AggregateChange {
  rule: string;
  period: string;
  before: ReportAggregate | null;
  after: ReportAggregate | null;
}

export interface ReportDiff {
  before: { name: string; asOf: string; period: AuditReport['period'] };
  after: { name: string; asOf: string; period: AuditReport['period'] };
  /** The inputs both reports read (as the AFTER report names them). */
  inputs: ReportInput[];
  /** Violations only in AFTER (in AFTER's order). */
  appeared: ReportViolation[];
  /** Violations only in BEFORE (in BEFORE's order). */
  disappeared: ReportViolation[];
  /** In both, with another deadline, lateness or open state (in AFTER's order). */
  changed: ChangedViolation[];
  /** Every rule of either report, in id order. */
  rules: RuleChange[];
  /** Aggregates whose verdict flipped (or that exist in one report only), by rule and period. */
  aggregates: AggregateChange[];
  /** appeared + disappeared + flipped aggregates: non-zero makes `diff` exit 1. */
  flipped: number;
}

/** Same input: the same bytes when both reports carry hashes, else the same name, kind and rows. */
function sameInput(a: ReportInput, b: ReportInput): boolean {
  if (a.kind !== b.kind) return false;
  if (a.sha256 && b.sha256) return a.sha256 === b.sha256;
  return a.file === b.file && a.rows === b.rows;
}

/**
 * Pairs each input of BEFORE with one of AFTER; throws {@link IncomparableError} naming every
 * input that has no partner.
 */
function pairInputs(before: AuditReport, after: AuditReport): Map<string, string> {
  const reasons: DiffReason[] = [];
  const afterToBefore = new Map<string, string>();
  const taken = new Set<number>();
  for (const b of before.inputs) {
    const j = after.inputs.findIndex((a, k) => !taken.has(k) && sameInput(b, a));
    if (j < 0) {
      const sameName = after.inputs.find((a) => a.file === b.file);
      reasons.push(
        sameName
          ? {
              shape: 'differs',
              file: b.file,
              before: { name: before.name, sha256: b.sha256, rows: b.rows },
              after: { name: after.name, sha256: sameName.sha256, rows: sameName.rows },
            }
          : { shape: 'only', input: b, in: before.name },
      );
      continue;
    }
    taken.add(j);
    afterToBefore.set(after.inputs[j]!.file, b.file);
  }
  after.inputs.forEach((a, k) => {
    if (!taken.has(k) && !before.inputs.some((b) => b.file === a.file)) reasons.push({ shape: 'only', input: a, in: after.name });
  });
  if (reasons.length > 0) throw new IncomparableError(reasons);
  return afterToBefore;
}

const key = (file: string, v: ReportViolation) => `${v.rule}\u0000${file}\u0000${v.line}\u0000${v.recordId}`;

/**
 * Compares two reports. Throws {@link IncomparableError} when they did not read the same inputs.
 *
 * @example compareReports(before, after).flipped // => 2 (one violation appeared, one aggregate flipped)
 */
export function compareReports(before: AuditReport, after: AuditReport): ReportDiff {
  const afterToBefore = pairInputs(before, after);
  const beforeByKey = new Map<string, ReportViolation>();
  for (const v of before.violations) beforeByKey.set(key(v.file, v), v);
  const appeared: ReportViolation[] = [];
  const changed: ChangedViolation[] = [];
  const seen = new Set<string>();
  for (const v of after.violations) {
    const k = key(afterToBefore.get(v.file) ?? v.file, v);
    const b = beforeByKey.get(k);
    if (!b) {
      appeared.push(v);
      continue;
    }
    seen.add(k);
    if (b.deadline !== v.deadline || b.overWorkingSeconds !== v.overWorkingSeconds || b.open !== v.open)
      changed.push({ before: b, after: v });
  }
  const disappeared = before.violations.filter((v) => !seen.has(key(v.file, v)));

  const ids = [...new Set([...before.rules.map((r) => r.id), ...after.rules.map((r) => r.id)])].sort();
  const rules: RuleChange[] = ids.map((id) => {
    const b = before.rules.find((r) => r.id === id) ?? null;
    const a = after.rules.find((r) => r.id === id) ?? null;
    return { id, kind: (a ?? b)!.kind, before: b, after: a };
  });

  const aggKey = (g: ReportAggregate) => `${g.rule}\u0000${g.period}`;
  const beforeAgg = new Map(before.aggregates.map((g) => [aggKey(g), g] as const));
  const afterAgg = new Map(after.aggregates.map((g) => [aggKey(g), g] as const));
  const aggregates: AggregateChange[] = [...new Set([...beforeAgg.keys(), ...afterAgg.keys()])]
    .sort()
    .map((k) => ({ b: beforeAgg.get(k) ?? null, a: afterAgg.get(k) ?? null }))
    .filter(({ b, a }) => b?.passed !== a?.passed)
    .map(({ b, a }) => ({ rule: (a ?? b)!.rule, period: (a ?? b)!.period, before: b, after: a }));

  return {
    before: { name: before.name, asOf: before.asOf, period: before.period },
    after: { name: after.name, asOf: after.asOf, period: after.period },
    inputs: after.inputs,
    appeared,
    disappeared,
    changed,
    rules,
    aggregates,
    flipped: appeared.length + disappeared.length + aggregates.length,
  };
}
