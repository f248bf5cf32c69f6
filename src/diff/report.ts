/**
 * A JSON audit report (SPEC §4, `schemaVersion: 1`) read back for `charter-audit diff`: only
 * the fields the comparison needs, checked for shape. Pure: the text comes in, the CLI reads it.
 */
import { inputError } from '../messages/errors.js';
import type { DiffFieldProblem } from '../model/messages.js';

/** Stable error code: the file is not a JSON audit report (or not one this version reads). */
export const NOT_A_REPORT = 'DIFF_NOT_A_REPORT';

export interface ReportInput {
  file: string;
  kind: string;
  rows: number;
  /** SHA-256 of the input's bytes (hex), when the report carries it. */
  sha256: string | null;
}

export interface ReportRule {
  id: string;
  kind: string;
  evaluated: number;
  passed: number;
  violations: number;
  pending: number;
  complianceRate: number | null;
  notEvaluatedReason: string | null;
}

export interface ReportViolation {
  rule: string;
  file: string;
  line: number;
  recordId: string;
  start: string;
  deadline: string | null;
  overWorkingSeconds: number | null;
  open: boolean;
  department: string | null;
}

export interface ReportAggregate {
  rule: string;
  period: string;
  value: number | null;
  target: number | null;
  passed: boolean;
}

/** The parts of a report `diff` compares. */
export interface AuditReport {
  /** The report's name as the user gave it. */
  name: string;
  asOf: string;
  period: { from: string | null; to: string | null };
  inputs: ReportInput[];
  rules: ReportRule[];
  violations: ReportViolation[];
  aggregates: ReportAggregate[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

class Reader {
  constructor(readonly name: string) {}
  fail(path: string, what: DiffFieldProblem, detail: string | null = null): never {
    throw inputError(NOT_A_REPORT, 'INPUT_DIFF', { problem: 'field', file: this.name, path, what, detail }, this.name);
  }
  array(o: Obj, key: string, path = key): unknown[] {
    const v = o[key];
    if (!Array.isArray(v)) this.fail(path, 'array');
    return v;
  }
  obj(v: unknown, path: string): Obj {
    if (!isObj(v)) this.fail(path, 'object');
    return v;
  }
  str(o: Obj, key: string, path: string): string {
    const v = o[key];
    if (typeof v !== 'string') this.fail(`${path}.${key}`, 'string');
    return v;
  }
  num(o: Obj, key: string, path: string): number {
    const v = o[key];
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(`${path}.${key}`, 'number');
    return v;
  }
  numOrNull(o: Obj, key: string, path: string): number | null {
    const v = o[key];
    if (v === null || v === undefined) return null;
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(`${path}.${key}`, 'maybe-number');
    return v;
  }
  strOrNull(o: Obj, key: string, path: string): string | null {
    const v = o[key];
    if (v === null || v === undefined) return null;
    if (typeof v !== 'string') this.fail(`${path}.${key}`, 'maybe-string');
    return v;
  }
}

/**
 * Parses the text of a JSON audit report. Throws an `InputError` `DIFF_NOT_A_REPORT` naming
 * the file and the field when it is not one.
 *
 * @example parseReport('{"schemaVersion":1,"asOf":"…","inputs":[],…}', 'before.json').inputs // => []
 */
export function parseReport(text: string, name: string): AuditReport {
  const r = new Reader(name);
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    r.fail('', 'json', err instanceof Error ? err.message : String(err));
  }
  const top = r.obj(raw, '');
  if (top.schemaVersion !== 1) {
    r.fail('schemaVersion', 'schema', JSON.stringify(top.schemaVersion) ?? null);
  }
  const period = isObj(top.period) ? top.period : {};
  return {
    name,
    asOf: r.str(top, 'asOf', ''),
    period: { from: r.strOrNull(period, 'from', 'period'), to: r.strOrNull(period, 'to', 'period') },
    inputs: r.array(top, 'inputs').map((v, i) => {
      const p = `inputs[${i}]`;
      const o = r.obj(v, p);
      return {
        file: r.str(o, 'file', p),
        kind: r.str(o, 'kind', p),
        rows: r.num(o, 'rows', p),
        sha256: r.strOrNull(o, 'sha256', p),
      };
    }),
    rules: r.array(top, 'rules').map((v, i) => {
      const p = `rules[${i}]`;
      const o = r.obj(v, p);
      return {
        id: r.str(o, 'id', p),
        kind: r.str(o, 'kind', p),
        evaluated: r.num(o, 'evaluated', p),
        passed: r.num(o, 'passed', p),
        violations: r.num(o, 'violations', p),
        pending: r.num(o, 'pending', p),
        complianceRate: r.numOrNull(o, 'complianceRate', p),
        notEvaluatedReason: r.strOrNull(o, 'notEvaluatedReason', p),
      };
    }),
    violations: r.array(top, 'violations').map((v, i) => {
      const p = `violations[${i}]`;
      const o = r.obj(v, p);
      return {
        rule: r.str(o, 'rule', p),
        file: r.str(o, 'file', p),
        line: r.num(o, 'line', p),
        recordId: r.str(o, 'recordId', p),
        start: r.str(o, 'start', p),
        deadline: r.strOrNull(o, 'deadline', p),
        overWorkingSeconds: r.numOrNull(o, 'overWorkingSeconds', p),
        open: o.open === true,
        department: r.strOrNull(o, 'department', p),
      };
    }),
    aggregates: r.array(top, 'aggregates').map((v, i) => {
      const p = `aggregates[${i}]`;
      const o = r.obj(v, p);
      if (typeof o.passed !== 'boolean') r.fail(`${p}.passed`, 'boolean');
      return {
        rule: r.str(o, 'rule', p),
        period: r.str(o, 'period', p),
        value: r.numOrNull(o, 'value', p),
        target: r.numOrNull(o, 'target', p),
        passed: o.passed === true,
      };
    }),
  };
}
