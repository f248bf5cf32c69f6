/**
 * Issue 16 item 4: a row is in exactly one state. A contract rejected because a rule's working
 * time reaches a year without holiday data must not show up later as a finding of a
 * cross-record rule that saw it first (contract.happy-call on a CALENDAR_YEAR_NOT_LOADED row).
 */
import { describe, expect, it } from 'vitest';
import { kstInstant, kstYear } from '../../src/calendar/kst.js';
import { audit, type ResolvedRule } from '../../src/engine/engine.js';
import { CalendarRangeError, type WorkingCalendar } from '../../src/model/calendar.js';
import type { OpenedInput, RowSink } from '../../src/model/input.js';
import type { ContractRecord } from '../../src/model/records.js';
import { PASS, type Finding, type Rule } from '../../src/model/rule.js';
import { TEXT_MESSAGES, textFinding } from '../helpers/messages.js';

const calendar = {
  timezone: 'Asia/Seoul',
  hours: ['09:00-12:00', '13:00-18:00'],
  holidayYears: [2027],
  covers: (t: number) => kstYear(t) === 2027,
  coversEnd: (t: number) => kstYear(t) === 2027,
} as unknown as WorkingCalendar;

const meta = (id: string): Rule['meta'] => ({
  id,
  aliases: [],
  kind: 'contracts',
  reads: [],
  title: { ko: id, en: id },
  clause: '',
  basis: 'charter',
  severity: 'warning',
  threshold: { ko: '', en: '' },
  scope: 'record',
  requires: [],
  messages: TEXT_MESSAGES,
  messageExamples: {},
});

const finding = (start: number, msg: string): Finding => ({
  start,
  end: null,
  deadline: null,
  allowedWorkingSeconds: null,
  elapsedWorkingSeconds: null,
  overWorkingSeconds: null,
  open: false,
  ...textFinding({ ko: msg, en: msg }),
});

/** Like contract.happy-call: remembers every contract it checks, reports them all at the end. */
const remembering: Rule = {
  meta: meta('contract.a-remembers'),
  defaults: {},
  create: () => {
    const waiting: ContractRecord[] = [];
    return {
      check: (r) => {
        waiting.push(r as ContractRecord);
        return undefined;
      },
      finish: () => ({
        findings: waiting.map((r) => ({
          ...finding(r.requestedAt, 'no call'),
          file: r.file,
          line: r.line,
          recordId: r.id,
          department: null,
        })),
      }),
    };
  },
};
/** Like contract.standard-days near a year end: the deadline needs next year's holidays. */
const spanning: Rule = {
  meta: meta('contract.b-spans'),
  defaults: {},
  create: () => ({
    check: (r) => {
      if ((r as ContractRecord).contractType === 'late') throw new CalendarRangeError(2028, [2027], 'deadline');
      return PASS;
    },
  }),
};
/** A stateless rule with a finding on every row, to check the order of one row's findings. */
const everyRow: Rule = {
  meta: meta('contract.c-every'),
  defaults: {},
  create: () => ({ check: (r) => finding((r as ContractRecord).requestedAt, 'every') }),
};

const on = (rule: Rule): ResolvedRule => ({ rule, enabled: true, severity: 'warning', options: {} });

function contract(line: number, contractType: string): ContractRecord {
  const at = kstInstant(2027, 12, 20, 10, 0);
  return {
    kind: 'contracts',
    file: 'contracts.csv',
    line,
    id: `K${line}`,
    department: null,
    contractType,
    category: 'goods',
    requestedAt: at,
    deliveryRequestedAt: null,
    concludedAt: at + 3600,
    amount: 1,
    agencyId: null,
    supplierId: null,
    happyCallAt: null,
  };
}

function contracts(rows: ContractRecord[]): OpenedInput {
  return {
    file: 'contracts.csv',
    kind: 'contracts',
    encoding: 'utf-8',
    delimiter: ',',
    mapping: [],
    columns: new Set(['id', 'requested_at', 'concluded_at']),
    headerLine: 1,
    async pump(sink: RowSink) {
      for (const r of rows) sink.record(r);
      return rows.length;
    },
  };
}

const run = (onViolation?: (v: { line: number; rule: string }) => void) =>
  audit([contracts([contract(2, 'ok'), contract(3, 'late')])], {
    calendar,
    asOf: kstInstant(2027, 12, 31, 10, 0),
    period: { from: null, to: null },
    granularity: 'month',
    rules: [on(remembering), on(spanning), on(everyRow)],
    groupBy: null,
    previousPeriod: null,
    onViolation,
  });

describe('a row is in exactly one state (issue 16 item 4)', () => {
  it('a row rejected by one rule is never reported by a cross-record rule that saw it', async () => {
    const result = await run();
    expect(result.rejected.map((r) => [r.line, r.code])).toEqual([[3, 'CALENDAR_YEAR_NOT_LOADED']]);
    expect(result.inputs[0]).toMatchObject({ rows: 2, evaluated: 1, rejected: 1 });
    const lines = (rule: string) => result.violations.filter((v) => v.rule === rule).map((v) => v.line);
    expect(lines('contract.a-remembers')).toEqual([2]);
    expect(lines('contract.c-every')).toEqual([2]);
    // No rejected row anywhere among the findings.
    const rejectedLines = new Set(result.rejected.map((r) => r.line));
    expect(result.violations.filter((v) => rejectedLines.has(v.line))).toEqual([]);
  });

  it("one row's findings stay in rule-id order, streamed or not", async () => {
    const streamed: string[] = [];
    const result = await run((v) => streamed.push(`${v.line}:${v.rule}`));
    expect(result.violations.map((v) => `${v.line}:${v.rule}`)).toEqual(['2:contract.a-remembers', '2:contract.c-every']);
    expect(streamed).toEqual(['2:contract.a-remembers', '2:contract.c-every']);
  });
});
