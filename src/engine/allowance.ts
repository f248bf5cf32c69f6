/**
 * Allowance use and the watch list (issue 14): how much of its working-time allowance each
 * decided record used, in bands, and the open records about to breach. The rules' shared checks
 * leave each pass's or pending record's measure in a probe (see `MeasureProbe`); violations
 * carry theirs in the finding.
 */
import type { Kind } from '../model/records.js';
import type { AllowanceUse, WatchItem, WatchList } from '../model/result.js';
import type { Finding, MeasureProbe, Severity } from '../model/rule.js';

/**
 * No record counted yet.
 *
 * @example newAllowanceUse().over100 // => 0
 */
export function newAllowanceUse(): AllowanceUse {
  return { upTo50: 0, upTo75: 0, upTo90: 0, upTo100: 0, over100: 0 };
}

/**
 * The band of `elapsed` working seconds out of `allowed` (both whole seconds, `allowed` > 0),
 * decided in integers so no rounding moves a record across a boundary: ≤ 50%, (50, 75],
 * (75, 90], (90, 100], over 100%.
 *
 * @example allowanceBand(7200, 14400) // => 'upTo50' (exactly 50%)
 * @example allowanceBand(7201, 14400) // => 'upTo75'
 * @example allowanceBand(14400, 14400) // => 'upTo100'
 * @example allowanceBand(14401, 14400) // => 'over100'
 */
export function allowanceBand(elapsed: number, allowed: number): keyof AllowanceUse {
  if (elapsed * 2 <= allowed) return 'upTo50';
  if (elapsed * 4 <= allowed * 3) return 'upTo75';
  if (elapsed * 10 <= allowed * 9) return 'upTo90';
  if (elapsed <= allowed) return 'upTo100';
  return 'over100';
}

/** Counts a measured pass (its probe) or a violation measured in working time. */
export function countUse(use: AllowanceUse, elapsed: number, allowed: number): void {
  if (allowed > 0) use[allowanceBand(elapsed, allowed)]++;
}

/** Counts a violation's use when it was measured in working time (day-based findings are not). */
export function countFinding(use: AllowanceUse, f: Finding): void {
  if (f.allowedWorkingSeconds !== null && f.elapsedWorkingSeconds !== null) {
    countUse(use, f.elapsedWorkingSeconds, f.allowedWorkingSeconds);
  }
}

/** The record a watched outcome belongs to. */
export interface WatchedRecord {
  file: string;
  line: number;
  id: string;
  department: string | null;
}

/** The watch list as it fills: items with their input's index, ordered once at the end. */
export class Watch {
  private readonly items: { input: number; item: WatchItem }[] = [];

  constructor(readonly dueWithin: number) {}

  /** Keeps a pending record whose probe says it is due within the window. */
  add(input: number, rule: { id: string; kind: Kind }, severity: Severity, r: WatchedRecord, p: MeasureProbe): void {
    const hours = p.basis === 'hours';
    this.items.push({
      input,
      item: {
        rule: rule.id,
        kind: rule.kind,
        severity,
        file: r.file,
        line: r.line,
        recordId: r.id,
        start: p.start,
        deadline: p.deadline,
        basis: p.basis,
        allowedWorkingSeconds: hours ? p.allowed : null,
        elapsedWorkingSeconds: hours ? p.elapsed : null,
        remainingWorkingSeconds: p.remaining,
        department: r.department,
      },
    });
  }

  /** Soonest first: remaining working time, then deadline, input order, line, rule id. */
  finish(): WatchList {
    const sorted = this.items.sort(
      (a, b) =>
        a.item.remainingWorkingSeconds - b.item.remainingWorkingSeconds ||
        a.item.deadline - b.item.deadline ||
        a.input - b.input ||
        a.item.line - b.item.line ||
        (a.item.rule < b.item.rule ? -1 : a.item.rule > b.item.rule ? 1 : 0),
    );
    return { dueWithinWorkingSeconds: this.dueWithin, items: sorted.map((x) => x.item) };
  }
}
