/**
 * The one order of the findings: violations by (input order, line, rule id). A row's outcomes
 * are put in rule-id order as they are decided; a file whose findings wait for cross-record rules
 * is sorted once in its buffer.
 */
import type { Kind } from '../model/records.js';
import type { Violation } from '../model/result.js';
import type { Finding } from '../model/rule.js';
import type { Active } from './evaluation.js';

/**
 * Puts the first `n` outcomes back in rule-id order (the stateful checkers ran last), so
 * violations of one row stream in rule-id order. Insertion sort: `n` is a handful and is
 * almost always already in order.
 */
export function byRuleId(owners: Active[], outcomes: unknown[], n: number): void {
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

/** Violations of one input: by line, then rule id. */
export function compareViolations(a: Violation, b: Violation): number {
  return a.line - b.line || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/** A rule's finding on a record, as the report's violation. */
export function toViolation(
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
    messageId: f.messageId,
    data: f.data,
    messages: a.entry.rule.meta.messages,
  };
  if (f.pauses && f.pauses.length > 0) v.pauses = f.pauses;
  if (f.notes && f.notes.length > 0) v.notes = f.notes;
  return v;
}
