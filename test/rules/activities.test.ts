import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/calendar.js';
import { parseHolidayFile } from '../../src/ingest/holiday-file.js';
import type { AnyRecord } from '../../src/model/records.js';
import type { DeferredFinding, FinishResult, RuleNote } from '../../src/model/rule.js';
import { type DutyPeriod, type DutySpan, periodOf, periodsBetween } from '../../src/rules/activity-periods.js';
import { periodName } from '../../src/messages/activities.js';
import { weekday } from '../../src/calendar/kst.js';
import { activityComplaintSurvey } from '../../src/rules/activity-complaint-survey.js';
import { activityCustomerSurvey } from '../../src/rules/activity-customer-survey.js';
import { activityRegionalMeeting } from '../../src/rules/activity-regional-meeting.js';
import { activitySelfEvaluation } from '../../src/rules/activity-self-evaluation.js';
import { activityWeeklyMeeting } from '../../src/rules/activity-weekly-meeting.js';
import type { RuleDefinition } from '../../src/rules/shared.js';
import { type ContextOptions, type Worded, activity, at, context, day, worded } from './factory.js';
import { enOf } from '../helpers/messages.js';

// Hand-worked in test/rules/README.md, "Periodic duties (activities)".
const INPUTS = [{ file: 'activities.csv', kind: 'activities' as const, headerLine: 3 }];

/** Runs a periodic-duty rule the way the engine does: observe every row, then finish and notes. */
function duty(
  rule: RuleDefinition<'activities'>,
  records: readonly AnyRecord[],
  o: ContextOptions & { holidays?: string } = {},
): { finish: Omit<FinishResult, 'findings'> & { findings?: Worded<DeferredFinding>[] }; notes: RuleNote[]; verdicts: string[] } {
  const ctx = { ...context(rule, { inputs: INPUTS, ...o }) };
  if (o.holidays !== undefined) ctx.calendar = createCalendar({ overrides: parseHolidayFile(o.holidays, 'h.csv') });
  const instance = rule.create(ctx);
  for (const r of records) instance.observe!(r);
  const finish = instance.finish!();
  const notes = instance.notes?.() ?? [];
  // One word per period (and region), in the order the periods come: what the README's tables say.
  const verdicts = [
    ...(finish.passes ?? []).map((p) => ({ at: p.start, d: p.department, v: 'pass' })),
    ...(finish.pending ?? []).map((p) => ({ at: p.start, d: p.department, v: 'pending' })),
    ...(finish.findings ?? []).map((f) => ({ at: f.start, d: f.department, v: 'violation' })),
  ]
    .sort((a, b) => a.at - b.at || String(a.d).localeCompare(String(b.d)))
    .map((x) => (x.d === null ? x.v : `${x.d} ${x.v}`));
  const findings = finish.findings?.map((f) => worded(rule, f));
  return { finish: { ...finish, findings }, notes, verdicts };
}

describe('duty periods', () => {
  it('years, halves, quarters and ISO weeks (Monday to Sunday, the week-year of its Thursday)', () => {
    expect(periodOf(day('2025-08-14'), 'year')).toMatchObject({ key: '2025', from: day('2025-01-01'), to: day('2025-12-31') });
    expect(periodOf(day('2025-08-14'), 'half')).toMatchObject({ key: '2025-H2', from: day('2025-07-01'), to: day('2025-12-31') });
    expect(periodOf(day('2025-06-30'), 'half')).toMatchObject({ key: '2025-H1', to: day('2025-06-30') });
    expect(periodOf(day('2024-02-29'), 'quarter')).toMatchObject({
      key: '2024-Q1',
      from: day('2024-01-01'),
      to: day('2024-03-31'),
    });
    expect(periodOf(day('2025-01-01'), 'week')).toMatchObject({
      key: '2025-W01',
      from: day('2024-12-30'),
      to: day('2025-01-05'),
    });
    expect(periodOf(day('2026-12-31'), 'week').key).toBe('2026-W53');
    expect(periodOf(day('2027-01-03'), 'week').key).toBe('2026-W53');
    const named = (p: DutyPeriod) => ({ en: periodName(p, 'en'), ko: periodName(p, 'ko') });
    expect(periodOf(day('2025-01-31'), 'week')).toMatchObject({ span: 'week', year: 2025, number: 5 });
    expect(named(periodOf(day('2025-01-31'), 'week'))).toEqual({
      en: 'week 2025-W05 (Mon 2025-01-27)',
      ko: '2025년 5주차(2025-01-27 주)',
    });
    expect(named(periodOf(day('2025-05-02'), 'half'))).toEqual({ en: '2025 H1 (Jan–Jun)', ko: '2025년 상반기' });
    expect(named(periodOf(day('2025-08-02'), 'half'))).toEqual({ en: '2025 H2 (Jul–Dec)', ko: '2025년 하반기' });
    expect(named(periodOf(day('2025-08-02'), 'quarter'))).toEqual({ en: '2025 Q3', ko: '2025년 3분기' });
    expect(named(periodOf(day('2025-08-02'), 'year'))).toEqual({ en: '2025', ko: '2025년' });
    expect(periodOf(day('2027-01-03'), 'week')).toMatchObject({ year: 2026, number: 53 });
    expect(periodsBetween(day('2024-11-15'), day('2025-02-01'), 'quarter').map((p) => p.key)).toEqual(['2024-Q4', '2025-Q1']);
  });
});

describe('duty periods: laws', () => {
  const spans: DutySpan[] = ['year', 'half', 'quarter', 'week'];
  const days = fc.integer({ min: day('2018-01-01'), max: day('2027-12-31') });

  it('the periods between two days tile them: consecutive, no gap, each holding its own days', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: 0, max: 800 }), fc.constantFrom(...spans), (from, length, span) => {
        const ps = periodsBetween(from, from + length, span);
        expect(ps[0]!.from).toBeLessThanOrEqual(from);
        expect(ps[ps.length - 1]!.to).toBeGreaterThanOrEqual(from + length);
        for (let i = 1; i < ps.length; i++) expect(ps[i]!.from).toBe(ps[i - 1]!.to + 1);
        for (const p of ps) expect(periodOf(p.from, span)).toEqual(p);
        expect(new Set(ps.map((p) => p.key)).size).toBe(ps.length);
      }),
    );
  });

  it('a week runs Monday to Sunday; a quarter is 90–92 days; a half two quarters', () => {
    fc.assert(
      fc.property(days, (d) => {
        const w = periodOf(d, 'week');
        expect([weekday(w.from), w.to - w.from]).toEqual([1, 6]);
        const q = periodOf(d, 'quarter');
        expect(q.to - q.from + 1).toBeGreaterThanOrEqual(90);
        expect(q.to - q.from + 1).toBeLessThanOrEqual(92);
        const h = periodOf(d, 'half');
        expect(periodsBetween(h.from, h.to, 'quarter')).toHaveLength(2);
      }),
    );
  });
});

describe('activity.complaint-survey (연 2회, 상·하반기)', () => {
  const year2024 = { from: '2024-01-01', to: '2024-12-31' };

  it('S1: a half without a survey is a violation of that half, pointing at the header line', () => {
    const { finish, verdicts } = duty(activityComplaintSurvey, [activity('complaint-survey', '2024-05-16')], year2024);
    expect(verdicts).toEqual(['pass', 'violation']);
    expect(finish.findings).toEqual([
      expect.objectContaining({
        file: 'activities.csv',
        line: 3,
        recordId: '2024-H2',
        department: null,
        start: at('2024-07-01 00:00'),
        end: null,
        deadline: at('2025-01-01 00:00'),
        open: false,
        message: {
          en: 'no complaint-satisfaction survey in 2024 H2 (Jul–Dec): 0 held, 1 expected',
          ko: '2024년 하반기 민원만족도조사 미실시: 0회 실시, 1회 이상 필요',
        },
      }),
    ]);
  });

  it('S2: a half still open is pending; at 00:00 after its last day it is judged', () => {
    const rows = [activity('weekly-meeting', '2025-03-10')];
    const open = duty(activityComplaintSurvey, rows, { asOf: '2025-06-30 18:00' });
    expect(open.verdicts).toEqual(['pending']);
    expect(open.notes.map((n) => [n.code, n.data])).toEqual([
      [
        'DUTY_PERIOD_PENDING',
        {
          activity: 'complaint-survey',
          periods: [{ key: '2025-H1', region: null, until: 'period', day: '2025-06-30' }],
        },
      ],
    ]);
    expect(duty(activityComplaintSurvey, rows, { asOf: '2025-07-01 00:00' }).verdicts).toEqual(['violation']);
  });

  it('S3: a survey already held passes its half before the half ends', () => {
    const rows = [activity('complaint-survey', '2025-05-16')];
    expect(duty(activityComplaintSurvey, rows, { asOf: '2025-05-20 09:00' }).verdicts).toEqual(['pass']);
  });

  it('perHalf 2 wants two in each half', () => {
    const rows = [activity('complaint-survey', '2024-03-02'), activity('complaint-survey', '2024-05-16')];
    const { verdicts, finish } = duty(activityComplaintSurvey, [...rows, activity('complaint-survey', '2024-09-02')], {
      ...year2024,
      options: { perHalf: 2 },
    });
    expect(verdicts).toEqual(['pass', 'violation']);
    expect(finish.findings![0]!.message.en).toBe('no complaint-satisfaction survey in 2024 H2 (Jul–Dec): 1 held, 2 expected');
  });
});

describe('activity.customer-survey (연 1회 이상, 결과 공표)', () => {
  const year2024 = { from: '2024-01-01', to: '2024-12-31' };
  const held = (published?: string) => [activity('customer-survey', '2024-10-15', published ? { published } : {})];

  it('C1, C2: published in the year, or on the last day of the 90-day grace (2025-03-31), passes', () => {
    expect(duty(activityCustomerSurvey, held('2024-12-10'), year2024).verdicts).toEqual(['pass']);
    expect(duty(activityCustomerSurvey, held('2025-03-31'), year2024).verdicts).toEqual(['pass']);
  });

  it('C3: published the day after the grace is a violation on the survey row', () => {
    const rows = held('2025-04-01');
    const { finish, verdicts } = duty(activityCustomerSurvey, rows, year2024);
    expect(verdicts).toEqual(['violation']);
    expect(finish.findings![0]).toMatchObject({
      file: 'activities.csv',
      line: rows[0]!.line,
      recordId: rows[0]!.id,
      end: at('2025-04-01 00:00'),
      deadline: at('2025-04-01 00:00'),
      message: {
        en: 'customer-satisfaction survey of 2024 held on 2024-10-15, results published on 2025-04-01, after 2025-03-31',
        ko: '2024년 고객만족도조사(2024-10-15 실시) 결과 공개 2025-04-01, 기한 2025-03-31 경과',
      },
    });
  });

  it('C4: never published — pending until the grace ends, then a violation', () => {
    const early = duty(activityCustomerSurvey, held(), { ...year2024, asOf: '2025-03-15 09:00' });
    expect(early.verdicts).toEqual(['pending']);
    expect(early.notes).toEqual([
      expect.objectContaining({
        code: 'DUTY_PERIOD_PENDING',
        data: expect.objectContaining({ periods: [{ key: '2024', region: null, until: 'publish', day: '2025-03-31' }] }),
      }),
    ]);
    expect(enOf(early.notes[0])).toBe(
      'customer-satisfaction survey: pending at --as-of — 2024 (results due by 2025-03-31); judged once that day is over',
    );
    const { finish, notes } = duty(activityCustomerSurvey, held(), year2024);
    expect(notes).toEqual([]);
    expect(finish.findings![0]!.message.en).toBe(
      'customer-satisfaction survey of 2024 held on 2024-10-15, results not published by 2025-03-31 (no published_at)',
    );
  });

  it('C5: no survey in the year; publishGraceDays 0 wants the results inside the year', () => {
    expect(duty(activityCustomerSurvey, [activity('weekly-meeting', '2024-03-04')], year2024).verdicts).toEqual(['violation']);
    const late = duty(activityCustomerSurvey, held('2025-01-01'), { ...year2024, options: { publishGraceDays: 0 } });
    expect(late.verdicts).toEqual(['violation']);
  });
});

describe('activity.self-evaluation (분기별 자체평가, 공표)', () => {
  it('Q1–Q3: an open audit runs from the quarter of the first row to the quarter of the last', () => {
    const rows = [
      activity('weekly-meeting', '2024-10-02'),
      activity('self-evaluation', '2025-03-14', { published: '2025-04-10' }),
      activity('self-evaluation', '2025-06-13'),
    ];
    const { verdicts, finish } = duty(activitySelfEvaluation, rows);
    // 2024-Q4: none held; 2025-Q1: published 04-10 < 05-01; 2025-Q2: not published, due 07-31.
    expect(verdicts).toEqual(['violation', 'pass', 'pending']);
    expect(finish.findings![0]).toMatchObject({ recordId: '2024-Q4', deadline: at('2025-01-01 00:00') });
  });

  it('Q4: a quarter partly inside the audit passes on what is seen, else is not judged (a note says so)', () => {
    const partly = { from: '2025-05-01', to: '2025-06-30', asOf: '2025-09-01 09:00' };
    const seen = duty(activitySelfEvaluation, [activity('self-evaluation', '2025-06-13', { published: '2025-06-20' })], partly);
    expect(seen.verdicts).toEqual(['pass']);
    expect(seen.notes).toEqual([]);
    const unseen = duty(activitySelfEvaluation, [activity('weekly-meeting', '2025-05-12')], partly);
    expect(unseen.verdicts).toEqual([]);
    expect(unseen.notes).toEqual([
      expect.objectContaining({ file: 'activities.csv', line: null, code: 'DUTY_PERIOD_NOT_JUDGED' }),
    ]);
    expect(enOf(unseen.notes[0])).toContain('self-evaluation: 2025-Q2 not judged');
  });
});

describe('activity.regional-meeting (지역별 간담회 연 1회 이상)', () => {
  const rows = () => [
    activity('regional-meeting', '2024-03-11', { department: '서울지방조달청' }),
    activity('regional-meeting', '2024-05-10', { department: '부산지방조달청' }),
    activity('regional-meeting', '2025-03-10', { department: '서울지방조달청' }),
    activity('weekly-meeting', '2025-03-10', { department: '고객지원센터' }),
  ];
  const twoYears = { from: '2024-01-01', to: '2025-12-31', asOf: '2026-01-05 09:00' };

  it('R1: by default every region named on a meeting row is expected every year', () => {
    const { verdicts, finish } = duty(activityRegionalMeeting, rows(), twoYears);
    expect(verdicts).toEqual(['부산지방조달청 pass', '서울지방조달청 pass', '부산지방조달청 violation', '서울지방조달청 pass']);
    expect(finish.findings![0]).toMatchObject({
      recordId: '2025 부산지방조달청',
      department: '부산지방조달청',
      message: {
        en: 'no regional meeting in 부산지방조달청 in 2025: 0 held, 1 expected',
        ko: '2025년 부산지방조달청 지역간담회 미실시: 0회 실시, 1회 이상 필요',
      },
    });
  });

  it('R2: the regions option names a region that never held one', () => {
    const { verdicts } = duty(activityRegionalMeeting, rows(), {
      ...twoYears,
      options: { regions: ['서울지방조달청', '광주지방조달청'] },
    });
    expect(verdicts).toEqual([
      '광주지방조달청 violation',
      '서울지방조달청 pass',
      '광주지방조달청 violation',
      '서울지방조달청 pass',
    ]);
  });

  it('R3: perYear 2, and a meeting without a region counts for none (a note says so)', () => {
    const { verdicts, notes } = duty(activityRegionalMeeting, [...rows(), activity('regional-meeting', '2024-06-03')], {
      ...twoYears,
      options: { perYear: 2 },
    });
    expect(verdicts).toEqual([
      '부산지방조달청 violation',
      '서울지방조달청 violation',
      '부산지방조달청 violation',
      '서울지방조달청 violation',
    ]);
    expect(notes.map((n) => n.code)).toEqual(['DUTY_WITHOUT_REGION']);
  });
});

describe('activity.weekly-meeting (주간고객만족회의)', () => {
  const weeks = { from: '2025-01-20', to: '2025-02-09' };
  const rows = () => [activity('weekly-meeting', '2025-01-20'), activity('weekly-meeting', '2025-02-03')];

  it('W1: a working week without a meeting is a violation (W05 has one working day, Fri 01-31, after 설날)', () => {
    const { verdicts, finish } = duty(activityWeeklyMeeting, rows(), weeks);
    expect(verdicts).toEqual(['pass', 'violation', 'pass']);
    expect(finish.findings![0]).toMatchObject({
      recordId: '2025-W05',
      start: at('2025-01-27 00:00'),
      deadline: at('2025-02-03 00:00'),
    });
  });

  it('W2: a week without a working day needs none, unless weeks is "every"', () => {
    const holidays = '2025-01-31,임시공휴일';
    expect(duty(activityWeeklyMeeting, rows(), { ...weeks, holidays }).verdicts).toEqual(['pass', 'pass']);
    expect(duty(activityWeeklyMeeting, rows(), { ...weeks, holidays, options: { weeks: 'every' } }).verdicts).toEqual([
      'pass',
      'violation',
      'pass',
    ]);
  });

  it('W3: a week cut by the start of the audit is not judged when its meeting is outside', () => {
    const { verdicts, notes } = duty(activityWeeklyMeeting, [activity('weekly-meeting', '2025-02-03')], {
      ...weeks,
      from: '2025-01-22',
    });
    expect(verdicts).toEqual(['violation', 'pass']);
    expect(enOf(notes[0])).toContain('weekly customer-satisfaction meeting: 2025-W04 not judged');
  });
});
