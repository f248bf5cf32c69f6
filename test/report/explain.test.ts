import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/calendar.js';
import { kstInstant } from '../../src/calendar/kst.js';
import type { Violation } from '../../src/model/result.js';
import { explainViolation } from '../../src/report/explain.js';
import { CHUSEOK_VIOLATION } from './factory.js';

describe('explainViolation', () => {
  const calendar = createCalendar();
  // Received Fri 2024-09-13 17:00, allowed 8 working hours; 추석 is Mon 16 – Wed 18 Sep.
  const start = kstInstant(2024, 9, 13, 17, 0);
  const deadline = calendar.deadline(calendar.clockStart(start), 8 * 3600);
  const end = kstInstant(2024, 9, 20, 10, 15);
  const v: Violation = {
    ...CHUSEOK_VIOLATION,
    start,
    deadline,
    end,
    elapsedWorkingSeconds: calendar.elapsed(start, end),
    overWorkingSeconds: calendar.elapsed(start, end) - 8 * 3600,
  };

  it('walks through a 추석 deadline in Korean', () => {
    expect(deadline).toBe(kstInstant(2024, 9, 19, 17, 0));
    const text = explainViolation(v, calendar, 'ko');
    expect(text).toContain('레코드 Q-2024-0913 — complaint.inquiry');
    expect(text).toContain('시작(접수) 시각: 2024-09-13 (금) 17:00');
    expect(text).toContain('기산 시각(첫 근무시간): 2024-09-13 (금) 17:00 — 근무시간 중 접수, 접수 시각부터 계산');
    expect(text).toContain('허용 처리기간: 8시간 (근무시간) = 1일');
    expect(text).toContain('2024-09-14 (토) 주말');
    expect(text).toContain('2024-09-15 (일)');
    expect(text).toMatch(/2024-09-16 \(월\) .*추석/);
    expect(text).toMatch(/2024-09-17 \(화\) .*추석/);
    expect(text).toMatch(/2024-09-18 \(수\) .*추석/);
    expect(text).not.toContain('2024-09-19 (목) 추석');
    expect(text).toContain('처리기한: 2024-09-19 (목) 17:00');
    expect(text).toContain('완료 시각: 2024-09-20 (금) 10:15');
    expect(text).toContain('소요 근무시간: 10시간 15분');
    expect(text).toContain('기한 초과: 2시간 15분');
  });

  it('explains in English, with the clock start moved to the next working morning', () => {
    const sat = kstInstant(2024, 9, 14, 10, 0);
    const text = explainViolation(
      { ...v, start: sat, deadline: calendar.deadline(calendar.clockStart(sat), 8 * 3600) },
      calendar,
      'en',
    );
    expect(text).toContain('Clock starts (first working instant): 2024-09-19 (Thu) 09:00');
    expect(text).toContain('Allowed: 8h of working time = 1 working day');
    expect(text).toContain('Deadline: 2024-09-19 (Thu) 18:00');
  });

  it('lists supplement pauses and says when the record is still open', () => {
    const text = explainViolation(
      {
        ...v,
        end: null,
        open: true,
        pauses: [{ from: kstInstant(2024, 9, 19, 9, 0), to: kstInstant(2024, 9, 19, 13, 0), workingSeconds: 3 * 3600 }],
      },
      calendar,
      'ko',
    );
    expect(text).toContain('보완 기간(처리기간에 산입하지 않음):');
    expect(text).toContain('2024-09-19 (목) 09:00 ~ 2024-09-19 (목) 13:00 (3시간)');
    expect(text).toContain('완료 시각: 미완료');
  });

  it('strips control characters from the record id', () => {
    expect(explainViolation({ ...v, recordId: 'X\u001b[2JY' }, calendar, 'en')).toContain('Record XY —');
  });
});
