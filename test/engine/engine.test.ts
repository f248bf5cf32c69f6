import { describe, expect, it } from 'vitest';
import { daysFromCivil, formatDay, kstDay, kstInstant, kstYear } from '../../src/calendar/kst.js';
import { audit, type AuditOptions, type ResolvedRule } from '../../src/engine/engine.js';
import type { WorkingCalendar } from '../../src/model/calendar.js';
import type { OpenedInput, RowSink } from '../../src/model/input.js';
import type { AnyColumn, CallRecord, ContractRecord, Kind } from '../../src/model/records.js';
import type { Violation } from '../../src/model/result.js';
import { PASS, PENDING, type Finding, type Rule } from '../../src/model/rule.js';
import { enOf, TEXT_MESSAGES, textFinding } from '../helpers/messages.js';
import { renderMessage } from '../../src/messages/catalog.js';

/** The engine only asks the calendar what it covers; working-time arithmetic is the rules'. */
const calendar = {
  timezone: 'Asia/Seoul',
  hours: ['09:00-12:00', '13:00-18:00'],
  holidayYears: [2024, 2025],
  covers: (t: number) => kstYear(t) === 2024 || kstYear(t) === 2025,
  coversEnd: (t: number) => kstYear(t) === 2024 || kstYear(t) === 2025 || t === kstInstant(2026, 1, 1),
} as unknown as WorkingCalendar;

const finding = (start: number, msg: string): Finding => ({
  start,
  end: null,
  deadline: null,
  allowedWorkingSeconds: 20,
  elapsedWorkingSeconds: 30,
  overWorkingSeconds: 10,
  open: false,
  ...textFinding({ ko: msg, en: msg }),
});

function call(line: number, arrivedAt: number, wait: number | null, extra: Partial<CallRecord> = {}): CallRecord {
  return {
    kind: 'calls',
    file: 'calls.csv',
    line,
    id: `C${line}`,
    department: line % 2 ? '콜센터' : null,
    arrivedAt,
    answeredAt: wait === null ? null : arrivedAt + wait,
    waitSeconds: wait,
    rings: null,
    queue: 'callcenter',
    direction: 'inbound',
    purpose: null,
    partyId: null,
    contractId: null,
    waitAnnounced: null,
    topic: null,
    agentId: null,
    callbackRequestedAt: null,
    callbackAt: null,
    complaintId: null,
    ...extra,
  };
}

function contract(line: number, requestedAt: number, agencyId: string): ContractRecord {
  return {
    kind: 'contracts',
    file: 'contracts.csv',
    line,
    id: `K${line}`,
    department: '구매사업국',
    contractType: 'total',
    category: 'goods',
    requestedAt,
    deliveryRequestedAt: null,
    concludedAt: requestedAt + 3600,
    amount: 1,
    agencyId,
    supplierId: null,
    happyCallAt: null,
  };
}

type Row = CallRecord | ContractRecord | { reject: string; line: number };

function input(file: string, kind: Kind, columns: AnyColumn[], rows: Row[]): OpenedInput {
  return {
    file,
    kind,
    encoding: 'utf-8',
    delimiter: ',',
    mapping: [],
    columns: new Set(columns),
    headerLine: 1,
    async pump(sink: RowSink) {
      for (const r of rows) {
        if ('reject' in r)
          sink.reject({
            file,
            line: r.line,
            code: 'INVALID_TIMESTAMP',
            data: { header: 'received_at', value: r.reject, problem: 'date' },
          });
        else sink.record(r);
      }
      return rows.length;
    },
  };
}

const meta = (id: string, kind: Kind, extra: Partial<Rule['meta']> = {}): Rule['meta'] => ({
  id,
  aliases: [],
  kind,
  reads: [],
  title: { ko: id, en: id },
  clause: '',
  basis: 'charter',
  severity: 'error',
  threshold: { ko: '', en: '' },
  scope: 'record',
  requires: [],
  messages: TEXT_MESSAGES,
  messageExamples: {},
  ...extra,
});

/** Waits over 20 s are violations; open calls pending. */
const waitRule: Rule = {
  meta: meta('call.b-wait', 'calls', { requires: ['wait_seconds'] }),
  defaults: {},
  create: () => ({
    check: (r) => {
      const c = r as CallRecord;
      if (c.waitSeconds === null) return PENDING;
      return c.waitSeconds > 20 ? finding(c.arrivedAt, 'waited') : PASS;
    },
  }),
};
/** Every call with an odd line is a violation too: two findings on one record, ordered by id. */
const oddRule: Rule = {
  meta: meta('call.a-odd', 'calls'),
  defaults: {},
  create: () => ({ check: (r) => (r.line % 2 ? finding((r as CallRecord).arrivedAt, 'odd') : undefined) }),
};
/** Monthly count of calls, target ≥ 2. */
const monthly: Rule = {
  meta: meta('call.c-monthly', 'calls', { scope: 'aggregate' }),
  defaults: {},
  create: () => {
    const n = new Map<string, number>();
    return {
      observe: (r) => {
        const key = formatDay(kstDay((r as CallRecord).arrivedAt)).slice(0, 7);
        n.set(key, (n.get(key) ?? 0) + 1);
      },
      finish: () => ({
        aggregates: [...n].map(([period, v]) => ({ period, value: v, target: 2, passed: v >= 2, counts: { calls: v } })),
      }),
    };
  },
};
/** Cross-record: agencies with ≥ 2 contracts need a call with partyId = agency. */
const care: Rule = {
  meta: meta('contract.care', 'contracts', { reads: ['calls'] }),
  defaults: {},
  create: () => {
    const seen = new Map<string, ContractRecord[]>();
    const called = new Set<string>();
    return {
      observe: (r) => {
        if (r.kind === 'calls' && r.partyId) called.add(r.partyId);
        if (r.kind === 'contracts' && r.agencyId) seen.set(r.agencyId, [...(seen.get(r.agencyId) ?? []), r]);
      },
      finish: () => {
        const due = [...seen].filter(([, cs]) => cs.length >= 2);
        const late = due.filter(([id]) => !called.has(id));
        return {
          passes: due
            .filter(([id]) => called.has(id))
            .map(([, cs]) => ({ start: cs[1]!.requestedAt, department: cs[1]!.department })),
          findings: late.map(([, cs]) => ({
            ...finding(cs[1]!.requestedAt, 'no care call'),
            file: cs[1]!.file,
            line: cs[1]!.line,
            recordId: cs[1]!.id,
            department: cs[1]!.department,
          })),
        };
      },
    };
  },
};

const on = (rule: Rule): ResolvedRule => ({ rule, enabled: true, severity: 'error', options: {} });
const RULES = [on(oddRule), on(waitRule), on(monthly), on(care)].sort((a, b) => (a.rule.meta.id < b.rule.meta.id ? -1 : 1));

const t = (m: number, d: number, h = 10) => kstInstant(2025, m, d, h, 0);
const options = (extra: Partial<AuditOptions> = {}): AuditOptions => ({
  calendar,
  asOf: t(7, 1),
  period: { from: null, to: null },
  granularity: 'month',
  rules: RULES,
  groupBy: null,
  previousPeriod: null,
  ...extra,
});

const CALL_COLUMNS: AnyColumn[] = ['id', 'arrived_at', 'answered_at', 'wait_seconds'];
const callsInput = () =>
  input('calls.csv', 'calls', CALL_COLUMNS, [
    call(2, t(3, 3), 5),
    call(3, t(3, 4), 30),
    { reject: 'bad', line: 4 },
    call(5, t(4, 1), null),
    call(6, kstInstant(2026, 1, 5, 10, 0), 1),
    call(7, t(5, 2), 25, { partyId: 'A1' }),
  ]);
const contractsInput = () =>
  input(
    'contracts.csv',
    'contracts',
    ['id', 'requested_at', 'agency_id'],
    [contract(2, t(3, 3), 'A1'), contract(3, t(3, 4), 'B2'), contract(4, t(3, 5), 'A1'), contract(5, t(3, 6), 'B2')],
  );

const order = (vs: readonly Violation[]) => vs.map((v) => `${v.file}:${v.line}:${v.rule}`);

describe('audit engine', () => {
  it('orders violations by input, line and rule id, and reconciles every row', async () => {
    const result = await audit([contractsInput(), callsInput()], options());
    expect(order(result.violations)).toEqual([
      'contracts.csv:5:contract.care',
      'calls.csv:3:call.a-odd',
      'calls.csv:3:call.b-wait',
      'calls.csv:5:call.a-odd',
      'calls.csv:7:call.a-odd',
      'calls.csv:7:call.b-wait',
    ]);
    const calls = result.inputs[1]!;
    expect(calls).toMatchObject({ rows: 6, evaluated: 4, outOfPeriod: 0, rejected: 2 });
    expect(calls.rows).toBe(calls.evaluated + calls.outOfPeriod + calls.rejected);
    // 2026 is not loaded: that call is rejected with the year and the fix, not computed.
    expect(result.rejected.map((r) => [r.line, r.code])).toEqual([
      [4, 'INVALID_TIMESTAMP'],
      [6, 'CALENDAR_YEAR_NOT_LOADED'],
    ]);
    expect(enOf(result.rejected[1])).toMatch(/2026.*--holidays/);
  });

  it('counts outcomes per rule, with aggregates sorted by period', async () => {
    const result = await audit([contractsInput(), callsInput()], options());
    const byId = Object.fromEntries(result.rules.map((r) => [r.id, r]));
    expect(byId['call.b-wait']).toMatchObject({ evaluated: 4, passed: 1, violations: 2, pending: 1, complianceRate: 1 / 3 });
    expect(byId['contract.care']).toMatchObject({ evaluated: 2, passed: 1, violations: 1 });
    expect(byId['call.c-monthly']).toMatchObject({ evaluated: 3, passed: 1, violations: 2 });
    expect(result.aggregates.map((a) => `${a.period}:${a.value}`)).toEqual(['2025-03:2', '2025-04:1', '2025-05:1']);
    expect(result.groups.month.filter((g) => g.rule === 'call.b-wait').map((g) => [g.group, g.violations])).toEqual([
      ['2025-03', 1],
      ['2025-04', 0],
      ['2025-05', 1],
    ]);
    expect(result.groups.department.find((g) => g.rule === 'call.a-odd')).toMatchObject({ group: '콜센터', violations: 3 });
    // Cross-record passes land in their month too, not only in the total.
    expect(result.groups.month.filter((g) => g.rule === 'contract.care')).toEqual([
      { group: '2025-03', rule: 'contract.care', evaluated: 2, passed: 1, violations: 1, pending: 0, complianceRate: 0.5 },
    ]);
  });

  it('streams violations in the same order as it reports them', async () => {
    const streamed: Violation[] = [];
    const result = await audit([callsInput(), contractsInput()], options({ onViolation: (v) => streamed.push(v) }));
    expect(order(streamed)).toEqual(order(result.violations));
    expect(order(streamed)[0]).toBe('calls.csv:3:call.a-odd');
    expect(order(streamed).at(-1)).toBe('contracts.csv:5:contract.care');
  });

  it('emits the rows of a streamable file while it is read', async () => {
    const seenDuringRead: number[] = [];
    let emitted = 0;
    const base = callsInput();
    const spy: OpenedInput = {
      ...base,
      pump: async (sink) => {
        const n = await base.pump(sink);
        seenDuringRead.push(emitted);
        return n;
      },
    };
    await audit([spy], options({ rules: [on(oddRule), on(waitRule)], onViolation: () => emitted++, keepViolations: false }));
    expect(seenDuringRead).toEqual([5]);
  });

  it('filters by period and compares with the previous one', async () => {
    const april = { from: daysFromCivil(2025, 4, 1), to: daysFromCivil(2025, 6, 30) };
    const q1 = { from: daysFromCivil(2025, 1, 1), to: daysFromCivil(2025, 3, 31) };
    const result = await audit([callsInput()], options({ period: april, previousPeriod: q1 }));
    expect(result.inputs[0]).toMatchObject({ rows: 6, evaluated: 2, outOfPeriod: 3, rejected: 1 });
    expect(order(result.violations)).toEqual(['calls.csv:5:call.a-odd', 'calls.csv:7:call.a-odd', 'calls.csv:7:call.b-wait']);
    const prev = Object.fromEntries(result.previous!.rules.map((r) => [r.id, r]));
    expect(prev['call.b-wait']).toMatchObject({ evaluated: 2, passed: 1, violations: 1 });
  });

  it('says why a rule was not evaluated instead of passing it', async () => {
    const result = await audit([input('calls.csv', 'calls', ['id', 'arrived_at'], [call(2, t(3, 3), 5)])], options());
    const byId = Object.fromEntries(result.rules.map((r) => [r.id, r]));
    expect(renderMessage(byId['call.b-wait']!.notEvaluatedReason!, 'en')).toBe('missing column(s): wait_seconds');
    expect(byId['call.b-wait']!.evaluated).toBe(0);
    // No contracts input: its rules are not listed at all.
    expect(byId['contract.care']).toBeUndefined();
    const careOnly = await audit([contractsInput()], options());
    expect(renderMessage(careOnly.rules.find((r) => r.id === 'contract.care')!.notEvaluatedReason!, 'en')).toBe(
      'needs a calls export too',
    );
  });

  it('reports a rule turned off in the config', async () => {
    const result = await audit([callsInput()], options({ rules: [{ ...on(oddRule), enabled: false }, on(waitRule)] }));
    expect(result.rules.map((r) => [r.id, r.notEvaluatedReason ? renderMessage(r.notEvaluatedReason, 'en') : null])).toEqual([
      ['call.a-odd', 'turned off in the config'],
      ['call.b-wait', null],
    ]);
    expect(result.violations.every((v) => v.rule === 'call.b-wait')).toBe(true);
  });

  it('lets a rule read an optional kind when that export is given, without needing it', async () => {
    const seen: string[] = [];
    const happy: Rule = {
      meta: meta('contract.happy', 'contracts'),
      optionalReads: ['calls'],
      defaults: {},
      create: () => ({ check: () => PASS, observe: (r) => void seen.push(`${r.kind}:${r.line}`) }),
    };
    const withCalls = await audit([contractsInput(), callsInput()], options({ rules: [on(happy)] }));
    expect(seen.filter((s) => s.startsWith('calls:'))).toEqual(['calls:2', 'calls:3', 'calls:5', 'calls:7']);
    expect(withCalls.rules[0]!.notEvaluatedReason).toBeUndefined();
    seen.length = 0;
    const alone = await audit([contractsInput()], options({ rules: [on(happy)] }));
    expect(seen).toEqual(['contracts:2', 'contracts:3', 'contracts:4', 'contracts:5']);
    expect(alone.rules[0]).toMatchObject({ evaluated: 4, passed: 4 });
  });
});
