/**
 * The engine's own rejections and warnings carry a Korean text naming the column as the file
 * writes it, the value and the fix, next to the unchanged English one.
 */
import { describe, expect, it } from 'vitest';
import { kstInstant, kstYear } from '../../src/calendar/kst.js';
import { audit, type AuditOptions, type ResolvedRule } from '../../src/engine/engine.js';
import { say } from '../../src/engine/reasons.js';
import { CalendarRangeError, type WorkingCalendar } from '../../src/model/calendar.js';
import type { ColumnMapping, OpenedInput, RowSink } from '../../src/model/input.js';
import type { AnyColumn, CallRecord } from '../../src/model/records.js';
import { PASS, PENDING, type Rule } from '../../src/model/rule.js';
import { enOf, koOf } from '../helpers/messages.js';

const LOADED = [2024, 2025];
const calendar = {
  timezone: 'Asia/Seoul',
  hours: ['09:00-12:00', '13:00-18:00'],
  holidayYears: LOADED,
  covers: (t: number) => LOADED.includes(kstYear(t)),
  coversEnd: (t: number) => LOADED.includes(kstYear(t)),
} as unknown as WorkingCalendar;

function call(line: number, arrivedAt: number, answeredAt: number | null): CallRecord {
  return {
    kind: 'calls',
    file: 'calls.csv',
    line,
    id: `C${line}`,
    department: null,
    arrivedAt,
    answeredAt,
    waitSeconds: answeredAt === null ? null : answeredAt - arrivedAt,
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
  };
}

function input(file: string, headers: [string, AnyColumn][], rows: CallRecord[]): OpenedInput {
  const mapping: ColumnMapping[] = headers.map(([header, column], index) => ({ index, header, column, via: 'alias' }));
  return {
    file,
    kind: 'calls',
    encoding: 'utf-8',
    delimiter: ',',
    mapping,
    columns: new Set(headers.map((h) => h[1])),
    headerLine: 1,
    async pump(sink: RowSink) {
      for (const r of rows) sink.record({ ...r, file });
      return rows.length;
    },
  };
}

/** Open calls are judged against a deadline one year on: past the loaded data for late-2025 calls. */
const deadlineRule: Rule = {
  meta: {
    id: 'call.deadline',
    aliases: [],
    kind: 'calls',
    reads: [],
    title: { ko: 't', en: 't' },
    clause: '',
    basis: 'charter',
    severity: 'error',
    threshold: { ko: '', en: '' },
    scope: 'record',
    requires: ['wait_seconds'],
    messages: {},
    messageExamples: {},
  },
  defaults: {},
  create: () => ({
    check: (r) => {
      const c = r as CallRecord;
      if (c.answeredAt !== null) return PASS;
      const due = c.arrivedAt + 366 * 86_400;
      if (!LOADED.includes(kstYear(due))) throw new CalendarRangeError(kstYear(due), LOADED, 'deadline');
      return PENDING;
    },
  }),
};
const rules: ResolvedRule[] = [{ rule: deadlineRule, enabled: true, severity: 'error', options: {} }];
const options: AuditOptions = {
  calendar,
  asOf: kstInstant(2025, 12, 31, 9, 0),
  period: { from: null, to: null },
  granularity: 'month',
  rules,
  groupBy: null,
  previousPeriod: null,
};

const FULL: [string, AnyColumn][] = [
  ['콜번호', 'id'],
  ['인입일시', 'arrived_at'],
  ['응답일시', 'answered_at'],
  ['대기시간', 'wait_seconds'],
];

describe('engine rejections and warnings in Korean', () => {
  it('CALENDAR_YEAR_NOT_LOADED names the column as written, the value, the year, the loaded range and the fix', async () => {
    const file = input('calls.csv', FULL, [
      call(2, kstInstant(2025, 3, 4, 9, 0), kstInstant(2025, 3, 4, 9, 1)),
      call(3, kstInstant(2025, 12, 31, 17, 0), kstInstant(2026, 1, 2, 9, 0)),
      call(4, kstInstant(2025, 6, 2, 9, 0), null),
    ]);
    const result = await audit([file], options);
    expect(result.rejected.map((r) => [r.line, r.code])).toEqual([
      [3, 'CALENDAR_YEAR_NOT_LOADED'],
      [4, 'CALENDAR_YEAR_NOT_LOADED'],
    ]);
    const [gap, span] = result.rejected;
    expect(koOf(gap)).toBe(
      '응답일시 2026-01-02T09:00:00+09:00: 2026년 공휴일 자료가 없습니다 (적재: 2024–2025). --holidays 파일로 그 해의 공휴일을 추가하세요',
    );
    expect(enOf(gap)).toBe(
      'answered_at 2026-01-02T09:00:00+09:00: no holiday data for 2026 (loaded: 2024–2025); add that year\'s holidays with --holidays FILE (CSV "date,name" or JSON)',
    );
    expect(koOf(span)).toBe(
      '처리기한 계산에 2026년 공휴일 자료가 필요한데 없습니다 (적재: 2024–2025). --holidays 파일로 그 해의 공휴일을 추가하세요',
    );
    expect(enOf(span)).toMatch(/^deadline: no holiday data for 2026 \(loaded: 2024–2025\)/);
  });

  it('RULE_SKIPPED names the missing column in Korean and the rule', async () => {
    const withWait = input('a.csv', FULL, [call(2, kstInstant(2025, 3, 4, 9, 0), kstInstant(2025, 3, 4, 9, 1))]);
    // Its own record id (C3): two calls files sharing an id would add a SHARED_ID warning.
    const without = input('b.csv', FULL.slice(0, 3), [call(3, kstInstant(2025, 3, 4, 9, 0), kstInstant(2025, 3, 4, 9, 1))]);
    const result = await audit([withWait, without], options);
    // Both files hold call C2, which is also said (SHARED_ID); this test is about the skipped rule.
    const skipped = result.warnings.filter((w) => w.code === 'RULE_SKIPPED');
    expect(skipped.map((w) => ({ file: w.file, line: w.line, code: w.code, message: enOf(w), messageKo: koOf(w) }))).toEqual([
      {
        file: 'b.csv',
        line: null,
        code: 'RULE_SKIPPED',
        message: 'call.deadline not evaluated for this file: missing column(s) wait_seconds',
        messageKo: '대기시간(wait_seconds) 열이 없어 이 파일에서는 call.deadline 규칙을 평가하지 않았습니다',
      },
    ]);
  });

  it.each([
    ['yearNotLoaded', koOf(say.yearNotLoaded('received_at', '접수일시', '2028-01-03T09:00:00+09:00', 2028, [])), '(적재: 없음)'],
    ['spanNotLoaded', koOf(say.spanNotLoaded('deadline', 2028, [2018, 2019, 2027])), '(적재: 2018–2027)'],
    [
      'ruleSkipped',
      koOf(say.ruleSkipped('complaint.x', 'complaints', ['answered_at', 'department'])),
      '처리일시(answered_at), 처리부서(department) 열이 없어',
    ],
  ])('%s wording', (_name, text, part) => {
    expect(text).toContain(part);
  });
});
