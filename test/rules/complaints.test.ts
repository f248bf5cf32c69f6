import { describe, expect, it } from 'vitest';
import { PASS, PENDING, type Finding } from '../../src/model/rule.js';
import { complaintDelayNotice } from '../../src/rules/complaint-delay-notice.js';
import { complaintImprovement } from '../../src/rules/complaint-improvement.js';
import { complaintInquiry } from '../../src/rules/complaint-inquiry.js';
import { complaintPetition } from '../../src/rules/complaint-petition.js';
import { complaintReplyContact } from '../../src/rules/complaint-reply-contact.js';
import { complaintStatutory } from '../../src/rules/complaint-statutory.js';
import { complaintSurvey } from '../../src/rules/complaint-survey.js';
import { at, check, complaint, type Worded } from './factory.js';

const H = 3600;

function finding(o: unknown): Worded<Finding> {
  expect(typeof o).toBe('object');
  return o as Worded<Finding>;
}

describe('complaint.inquiry (web inquiry, 8 working hours)', () => {
  // 2024 추석: Mon 16 – Wed 18 September.
  it.each([
    // received, answered, elapsed working seconds, passes
    ['2024-09-13 17:00', '2024-09-19 10:30', 1 * H + 1.5 * H, true], // Fri 1 h + Thu 1.5 h over 추석
    ['2024-09-13 17:00', '2024-09-19 17:00', 8 * H, true], // exactly at the deadline
    ['2024-09-02 09:00', '2024-09-02 18:30', 8 * H, true], // after hours never count
    ['2024-09-13 17:00', '2024-09-20 11:15', 11.25 * H, false], // Fri 1 + Thu 8 + Fri 2.25
    ['2024-09-02 11:30', '2024-09-03 12:45', 30 * 60 + 5 * H + 3 * H, false], // lunch 12–13 skipped both days
  ] as const)('received %s, answered %s → %i s', (received, answered, elapsed, passes) => {
    const o = check(complaintInquiry, complaint({ receivedAt: received, answeredAt: answered }));
    if (passes) return expect(o).toBe(PASS);
    const f = finding(o);
    expect(f.elapsedWorkingSeconds).toBe(elapsed);
    expect(f.allowedWorkingSeconds).toBe(8 * H);
    expect(f.overWorkingSeconds).toBe(elapsed - 8 * H);
    expect(f.open).toBe(false);
  });

  it('reports the deadline and an auditor-readable message', () => {
    const f = finding(check(complaintInquiry, complaint({ receivedAt: '2024-09-13 17:00', answeredAt: '2024-09-20 11:15' })));
    expect(f.start).toBe(at('2024-09-13 17:00'));
    expect(f.end).toBe(at('2024-09-20 11:15'));
    expect(f.deadline).toBe(at('2024-09-19 17:00'));
    expect(f.message.en).toBe('answered 3h 15m (working time) after the 8h deadline (due 2024-09-19 17:00)');
    expect(f.message.ko).toBe('회신: 기한(근무시간 8시간, 2024-09-19 17:00까지)보다 근무시간 3시간 15분 늦음');
  });

  it.each([
    ['visit', 'inquiry'],
    ['web', 'petition'],
    ['web', 'improvement'],
    [null, 'inquiry'],
  ] as const)('does not apply to channel %s type %s', (channel, type) => {
    expect(check(complaintInquiry, complaint({ channel, type, answeredAt: '2024-09-30 09:00' }))).toBeUndefined();
  });

  it('judges an open inquiry at asOf: pending within the deadline, open violation past it', () => {
    const r = complaint({ receivedAt: '2024-09-02 09:00', answeredAt: null });
    expect(check(complaintInquiry, r, { asOf: '2024-09-02 17:59' })).toBe(PENDING);
    expect(check(complaintInquiry, r, { asOf: '2024-09-02 23:00' })).toBe(PENDING);
    const f = finding(check(complaintInquiry, r, { asOf: '2024-09-03 10:00' }));
    expect(f).toMatchObject({
      open: true,
      end: null,
      elapsedWorkingSeconds: 9 * H,
      overWorkingSeconds: H,
      deadline: at('2024-09-02 18:00'),
    });
    expect(f.message.en).toBe(
      'still not answered at 2024-09-03 10:00: 1h (working time) past the 8h deadline (due 2024-09-02 18:00)',
    );
  });

  describe('supplement pause (보완)', () => {
    // Pause Mon 11:00 → Wed 14:00: Mon 6 h + Tue 8 h + Wed 4 h = 18 h of working time.
    const base = { receivedAt: '2024-09-02 09:00', supplementRequestedAt: '2024-09-02 11:00' } as const;

    it('subtracts the pause: 23 h gross − 18 h paused = 5 h, passes', () => {
      expect(
        check(complaintInquiry, complaint({ ...base, supplementReceivedAt: '2024-09-04 14:00', answeredAt: '2024-09-04 17:00' })),
      ).toBe(PASS);
    });

    it('the same answer without the pause is 23 h: a violation', () => {
      const f = finding(check(complaintInquiry, complaint({ receivedAt: base.receivedAt, answeredAt: '2024-09-04 17:00' })));
      expect(f.elapsedWorkingSeconds).toBe(23 * H);
    });

    it('extends the deadline past the pause and lists it', () => {
      const f = finding(
        check(complaintInquiry, complaint({ ...base, supplementReceivedAt: '2024-09-04 14:00', answeredAt: '2024-09-05 12:00' })),
      );
      // 27 h gross − 18 h paused = 9 h; 2 h used before the pause, 6 h after Wed 14:00 → Thu 11:00.
      expect(f.elapsedWorkingSeconds).toBe(9 * H);
      expect(f.overWorkingSeconds).toBe(H);
      expect(f.deadline).toBe(at('2024-09-05 11:00'));
      expect(f.pauses).toEqual([{ from: at('2024-09-02 11:00'), to: at('2024-09-04 14:00'), workingSeconds: 18 * H }]);
      expect(f.message.en).toContain('supplement pause of 18h not counted');
    });

    it('an open complaint whose supplement never arrived has its clock stopped until asOf', () => {
      expect(check(complaintInquiry, complaint({ ...base, answeredAt: null }), { asOf: '2024-09-30 09:00' })).toBe(PENDING);
    });

    it('a closed complaint with a request but no receipt has no pause (both instants needed)', () => {
      const f = finding(check(complaintInquiry, complaint({ ...base, answeredAt: '2024-09-04 17:00' })));
      expect(f.elapsedWorkingSeconds).toBe(23 * H);
      expect(f.pauses).toBeUndefined();
    });
  });

  it('takes the allowance from the options', () => {
    const r = complaint({ receivedAt: '2024-09-02 09:00', answeredAt: '2024-09-02 13:30' });
    expect(check(complaintInquiry, r)).toBe(PASS);
    expect(finding(check(complaintInquiry, r, { options: { hours: 3 } })).overWorkingSeconds).toBe(30 * 60);
  });
});

describe('complaint.petition (web 진정·건의, 40 working hours)', () => {
  // Fri 13 Sep 10:00: Fri 7 + Thu 8 + Fri 8 + Mon 8 + Tue 8 = 39 h, +1 h Wed 25 → deadline Wed 25 10:00.
  it.each([
    ['petition', '2024-09-25 10:00', 40 * H, true],
    ['suggestion', '2024-09-25 10:00', 40 * H, true],
    ['suggestion', '2024-09-27 10:00', 56 * H, false],
  ] as const)('web %s answered %s → %i s', (type, answered, elapsed, passes) => {
    const o = check(complaintPetition, complaint({ type, receivedAt: '2024-09-13 10:00', answeredAt: answered }));
    if (passes) return expect(o).toBe(PASS);
    expect(finding(o)).toMatchObject({
      elapsedWorkingSeconds: elapsed,
      overWorkingSeconds: elapsed - 40 * H,
      deadline: at('2024-09-25 10:00'),
    });
  });

  it('does not apply to web inquiries or to mailed petitions', () => {
    expect(check(complaintPetition, complaint({ type: 'inquiry', answeredAt: '2024-12-02 09:00' }))).toBeUndefined();
    expect(
      check(complaintPetition, complaint({ channel: 'mail', type: 'petition', answeredAt: '2024-12-02 09:00' })),
    ).toBeUndefined();
  });
});

describe('complaint.improvement (개선의견, any channel, 24 working hours)', () => {
  // Mon 30 Sep 2024: Tue 1 Oct (국군의 날, 임시공휴일) and Thu 3 Oct (개천절) are holidays → Mon, Wed, Fri.
  it('counts around the October 2024 holidays', () => {
    const r = (answered: string) =>
      complaint({ channel: 'phone', type: 'improvement', receivedAt: '2024-09-30 09:00', answeredAt: answered });
    expect(check(complaintImprovement, r('2024-10-04 18:00'))).toBe(PASS);
    const f = finding(check(complaintImprovement, r('2024-10-07 09:30')));
    expect(f).toMatchObject({ elapsedWorkingSeconds: 24.5 * H, overWorkingSeconds: 1800, deadline: at('2024-10-04 18:00') });
    expect(f.message.en).toBe('result notified 30m (working time) after the 24h deadline (due 2024-10-04 18:00)');
  });

  it('does not apply to other types', () => {
    expect(check(complaintImprovement, complaint({ type: 'other', answeredAt: '2024-12-02 09:00' }))).toBeUndefined();
  });
});

describe('complaint.statutory (processing_days)', () => {
  it('≤ 5 days is hours-based: 3 days = 24 working hours', () => {
    const r = complaint({
      channel: 'visit',
      type: 'other',
      processingDays: 3,
      receivedAt: '2024-09-30 09:00',
      answeredAt: '2024-10-07 09:30',
    });
    expect(finding(check(complaintStatutory, r))).toMatchObject({
      allowedWorkingSeconds: 24 * H,
      elapsedWorkingSeconds: 24.5 * H,
    });
  });

  // Mon 9 Sep 15:00, 7 days: 9,10,11,12,13 (5), 19 (6), 20 (7) → Fri 20 Sep 18:00.
  it('≥ 6 days is day-based: any time on the 7th working day passes', () => {
    const r = (answered: string) =>
      complaint({ type: 'other', processingDays: 7, receivedAt: '2024-09-09 15:00', answeredAt: answered });
    expect(check(complaintStatutory, r('2024-09-20 20:00'))).toBe(PASS);
    const f = finding(check(complaintStatutory, r('2024-09-23 09:10')));
    expect(f).toMatchObject({
      deadline: at('2024-09-20 18:00'),
      allowedWorkingSeconds: null,
      elapsedWorkingSeconds: 51 * H + 600,
      overWorkingSeconds: 600,
      open: false,
    });
    expect(f.message.en).toBe('answered on 2024-09-23, after the 7th working day 2024-09-20');
    expect(f.message.ko).toBe('2024-09-23에 회신: 기한 7번째 근무일 2024-09-20 이후');
  });

  it('a Saturday receipt counts from the next working day (Thu 19 Sep after 추석)', () => {
    // 6 days: 19, 20, 23, 24, 25, 26 → Thu 26 Sep.
    const r = complaint({ type: 'other', processingDays: 6, receivedAt: '2024-09-14 10:00', answeredAt: null });
    expect(check(complaintStatutory, r, { asOf: '2024-09-26 23:00' })).toBe(PENDING);
    const f = finding(check(complaintStatutory, r, { asOf: '2024-09-27 09:00' }));
    expect(f).toMatchObject({ open: true, end: null, deadline: at('2024-09-26 18:00') });
  });

  it('a pause extends a day-based period by its working time in whole days, rounded up', () => {
    // Pause Tue 10 09:00 → Wed 11 13:00 = 8 h + 3 h = 11 h → +2 days: 9th working day = Tue 24 Sep.
    const base = {
      type: 'other',
      processingDays: 7,
      receivedAt: '2024-09-09 09:00',
      supplementRequestedAt: '2024-09-10 09:00',
      supplementReceivedAt: '2024-09-11 13:00',
    } as const;
    expect(check(complaintStatutory, complaint({ ...base, answeredAt: '2024-09-24 15:00' }))).toBe(PASS);
    expect(
      check(
        complaintStatutory,
        complaint({ ...base, supplementRequestedAt: null, supplementReceivedAt: null, answeredAt: '2024-09-24 15:00' }),
      ),
    ).not.toBe(PASS);
    const f = finding(check(complaintStatutory, complaint({ ...base, answeredAt: '2024-09-25 09:00' })));
    expect(f.deadline).toBe(at('2024-09-24 18:00'));
    expect(f.message.en).toBe(
      'answered on 2024-09-25, after the 9th working day 2024-09-24 (7 days + 2 for the supplement pause)',
    );
  });

  it.each([null, 0, -3])('does not apply when processing_days is %s', (d) => {
    expect(check(complaintStatutory, complaint({ processingDays: d, answeredAt: '2024-09-30 09:00' }))).toBeUndefined();
  });
});

describe('complaint.delay-notice', () => {
  // A web inquiry received Fri 13 Sep 17:00 is due Thu 19 Sep 17:00.
  const late = { receivedAt: '2024-09-13 17:00', answeredAt: '2024-09-20 11:15' } as const;

  it('passes a late answer whose notice came by the deadline', () => {
    expect(check(complaintDelayNotice, complaint({ ...late, delayNotifiedAt: '2024-09-19 16:00' }))).toBe(PASS);
    expect(check(complaintDelayNotice, complaint({ ...late, delayNotifiedAt: '2024-09-19 17:00' }))).toBe(PASS);
  });

  it('flags a notice after the deadline with its lateness in working time', () => {
    const f = finding(check(complaintDelayNotice, complaint({ ...late, delayNotifiedAt: '2024-09-20 10:00' })));
    expect(f).toMatchObject({
      deadline: at('2024-09-19 17:00'),
      end: at('2024-09-20 10:00'),
      overWorkingSeconds: 2 * H,
      open: false,
    });
    expect(f.message.en).toBe(
      'answered late (2024-09-20 11:15) past the complaint.inquiry deadline (due 2024-09-19 17:00); the expected completion date was sent 2024-09-20 10:00, 2h (working time) after the deadline',
    );
  });

  it('flags a late answer without any notice', () => {
    const f = finding(check(complaintDelayNotice, complaint(late)));
    expect(f).toMatchObject({ end: null, overWorkingSeconds: null });
    expect(f.message.ko).toBe(
      '지연 회신(2024-09-20 11:15), complaint.inquiry 기한(2024-09-19 17:00) 경과; 처리 예정기한 안내 없음',
    );
  });

  it('does not apply to complaints answered in time; open ones within the deadline are pending', () => {
    expect(
      check(complaintDelayNotice, complaint({ receivedAt: '2024-09-13 17:00', answeredAt: '2024-09-19 10:30' })),
    ).toBeUndefined();
    const open = complaint({ receivedAt: '2024-09-13 17:00', answeredAt: null });
    expect(check(complaintDelayNotice, open, { asOf: '2024-09-19 16:00' })).toBe(PENDING);
    expect(finding(check(complaintDelayNotice, open, { asOf: '2024-09-19 17:30' })).open).toBe(true);
  });

  it('uses the statutory day-based deadline when no charter deadline applies', () => {
    const r = { type: 'other', processingDays: 7, receivedAt: '2024-09-09 15:00', answeredAt: '2024-09-23 09:10' } as const;
    expect(check(complaintDelayNotice, complaint({ ...r, delayNotifiedAt: '2024-09-20 17:59' }))).toBe(PASS);
    expect(finding(check(complaintDelayNotice, complaint({ ...r, delayNotifiedAt: '2024-09-23 09:00' }))).deadline).toBe(
      at('2024-09-20 18:00'),
    );
    expect(check(complaintDelayNotice, complaint({ type: 'other', answeredAt: '2025-01-02 09:00' }))).toBeUndefined();
  });
});

describe('complaint.reply-contact (mail/fax replies)', () => {
  it.each([
    ['mail', true, 'pass'],
    ['fax', true, 'pass'],
    ['mail', false, 'finding'],
    ['fax', null, 'finding'],
    ['web', false, 'n/a'],
    ['visit', null, 'n/a'],
  ] as const)('%s reply with contact %s → %s', (channel, has, expected) => {
    const o = check(complaintReplyContact, complaint({ channel, replyHasContact: has, answeredAt: '2024-09-03 10:00' }));
    if (expected === 'pass') expect(o).toBe(PASS);
    else if (expected === 'n/a') expect(o).toBeUndefined();
    else expect(finding(o).open).toBe(false);
  });

  it('does not judge a written complaint before it is answered', () => {
    expect(
      check(complaintReplyContact, complaint({ channel: 'mail', replyHasContact: false, answeredAt: null })),
    ).toBeUndefined();
  });
});

describe('complaint.survey', () => {
  it('passes answered complaints with a survey, flags those without, skips open ones', () => {
    expect(check(complaintSurvey, complaint({ answeredAt: '2024-09-03 10:00', surveyedAt: '2024-09-04 10:00' }))).toBe(PASS);
    const f = finding(check(complaintSurvey, complaint({ answeredAt: '2024-09-03 10:00' })));
    expect(f.message.en).toBe('answered 2024-09-03 10:00 but no satisfaction survey was recorded');
    expect(check(complaintSurvey, complaint({ answeredAt: null }))).toBeUndefined();
  });
});
