/**
 * The law's complaint rules (issue 13). Every case is worked out by hand in test/rules/README.md
 * ("Complaints as the law counts them"); the tables there and the rows here are the same cases.
 */
import { describe, expect, it } from 'vitest';
import { PASS, PENDING, type Finding } from '../../src/model/rule.js';
import type { Violation } from '../../src/model/result.js';
import { explainViolation } from '../../src/report/explain.js';
import { wholeDays } from '../../src/rules/complaint-clock.js';
import { complaintDelayNotice } from '../../src/rules/complaint-delay-notice.js';
import { complaintExtension } from '../../src/rules/complaint-extension.js';
import { complaintImprovement } from '../../src/rules/complaint-improvement.js';
import { complaintInquiry } from '../../src/rules/complaint-inquiry.js';
import { complaintPetition } from '../../src/rules/complaint-petition.js';
import { complaintProgressNotice, progressTrigger } from '../../src/rules/complaint-progress-notice.js';
import { complaintStatutory } from '../../src/rules/complaint-statutory.js';
import { complaintTransfer } from '../../src/rules/complaint-transfer.js';
import { pauseList } from '../../src/rules/shared.js';
import { at, calendar, check, complaint, context, type Worded } from './factory.js';

const H = 3600;

function finding(o: unknown): Worded<Finding> {
  expect(typeof o).toBe('object');
  return o as Worded<Finding>;
}

/** A web inquiry received Mon 2024-09-02 09:00: its 8 working hours end Mon 18:00. */
const inquiry = (o: Parameters<typeof complaint>[0] = {}) => complaint({ receivedAt: '2024-09-02 09:00', ...o });

/** First extension to Tue 18:00 (8 h), made Mon 15:00, notified Mon 16:00: valid. */
const EXT1 = {
  extendedAt: '2024-09-02 15:00',
  extendedUntil: '2024-09-03 18:00',
  extensionNotifiedAt: '2024-09-02 16:00',
} as const;
/** Second extension to Wed 18:00 (8 h), made Tue 14:00, notified Tue 15:00. */
const EXT2 = {
  extendedAt2: '2024-09-03 14:00',
  extendedUntil2: '2024-09-04 18:00',
  extensionNotifiedAt2: '2024-09-03 15:00',
} as const;

describe('complaint.extension (처리기간의 연장, 시행령 제21조) — hours-based period', () => {
  it.each([
    // case, record fields, failures (empty = valid)
    ['E1 valid: +8 h, made and notified before Mon 18:00', { ...EXT1 }, []],
    [
      'E5 valid: extension_days 1 = 8 h',
      { extendedAt: EXT1.extendedAt, extensionDays: 1, extensionNotifiedAt: EXT1.extensionNotifiedAt },
      [],
    ],
    [
      'E2 too long: until Wed 12:00 = 8 + 3 = 11 h',
      { ...EXT1, extendedUntil: '2024-09-04 12:00' },
      ['longer than the original period (11h > 8h)'],
    ],
    [
      'E3 made late: Tue 09:30',
      { ...EXT1, extendedAt: '2024-09-03 09:30' },
      ['made 2024-09-03 09:30, after the deadline it extends (2024-09-02 18:00)'],
    ],
    ['E4 not notified', { ...EXT1, extensionNotifiedAt: null }, ['the applicant was not notified']],
    [
      'E4b notified late: Tue 09:00',
      { ...EXT1, extensionNotifiedAt: '2024-09-03 09:00' },
      ['notified 2024-09-03 09:00, after 2024-09-02 18:00'],
    ],
    [
      'E8 not after the deadline: until Mon 17:00',
      { ...EXT1, extendedUntil: '2024-09-02 17:00' },
      ['the new date is not after the deadline it extends (2024-09-02 18:00)'],
    ],
    [
      'E10 no new date',
      { extendedAt: EXT1.extendedAt, extensionNotifiedAt: EXT1.extensionNotifiedAt },
      ['no new date (extended_until or extension_days)'],
    ],
    ['E6 second with consent', { ...EXT1, ...EXT2, extensionConsent2: true }, []],
    ['E6b second with the one consent column', { ...EXT1, ...EXT2, extensionConsent: true }, []],
    ['E7 second without consent', { ...EXT1, ...EXT2 }, ["extension 2: a second extension without the applicant's consent"]],
    [
      'E11 second after an invalid first',
      { ...EXT1, extensionNotifiedAt: null, ...EXT2, extensionConsent2: true },
      ['the applicant was not notified', 'extension 2: the first extension was not valid'],
    ],
  ] as const)('%s', (_, fields, failures) => {
    const o = check(complaintExtension, inquiry({ answeredAt: '2024-09-03 17:00', ...fields }));
    if (failures.length === 0) return expect(o).toBe(PASS);
    const f = finding(o);
    expect(f.deadline).toBe(at('2024-09-02 18:00'));
    for (const text of failures) {
      const [, n, words] = /^(?:extension (\d): )?(.*)$/.exec(text)!;
      expect(f.message.en).toContain(`extension ${n ?? 1} (of the`);
      expect(f.message.en).toContain(words);
    }
    expect(f.message.ko).toMatch(/차 연장\(기존 기한 .*\) 부적법/);
  });

  it('does not apply without an extension, nor when no period governs the complaint', () => {
    expect(check(complaintExtension, inquiry({ answeredAt: '2024-09-03 17:00' }))).toBeUndefined();
    expect(check(complaintExtension, complaint({ channel: 'visit', type: 'other', ...EXT1 }))).toBeUndefined();
  });

  it('noticeWithin "hours": the notice is due 3 working hours (즉시) after the extension', () => {
    const late = inquiry({ ...EXT1, extensionNotifiedAt: '2024-09-02 17:30' }); // due Mon 15:00 + 3 h = Mon 18:00
    expect(check(complaintExtension, late, { options: { noticeWithin: 'hours' } })).toBe(PASS);
    const f = finding(check(complaintExtension, late, { options: { noticeWithin: 'hours', noticeHours: 1 } }));
    expect(f.message.en).toContain('notified 2024-09-02 17:30, after 2024-09-02 16:00');
  });
});

describe('a valid extension moves the deadline the rules judge against; an invalid one does not', () => {
  it('E1: answered Tue 17:00 = 15 h passes with the extension (16 h), fails without it', () => {
    expect(check(complaintInquiry, inquiry({ answeredAt: '2024-09-03 17:00', ...EXT1 }))).toBe(PASS);
    const f = finding(check(complaintInquiry, inquiry({ answeredAt: '2024-09-03 17:00' })));
    expect(f).toMatchObject({ elapsedWorkingSeconds: 15 * H, overWorkingSeconds: 7 * H, deadline: at('2024-09-02 18:00') });
  });

  it('E2: an extension longer than the period is not applied, and the finding says why', () => {
    const f = finding(
      check(complaintInquiry, inquiry({ answeredAt: '2024-09-03 17:00', ...EXT1, extendedUntil: '2024-09-04 12:00' })),
    );
    expect(f).toMatchObject({
      elapsedWorkingSeconds: 15 * H,
      allowedWorkingSeconds: 8 * H,
      overWorkingSeconds: 7 * H,
      deadline: at('2024-09-02 18:00'),
    });
    expect(f.message.en).toBe(
      'answered 7h (working time) after the 8h deadline (due 2024-09-02 18:00); extension 1 not applied: longer than the original period (11h > 8h)',
    );
    expect(f.message.ko).toContain('1차 연장 불인정: 원래 처리기간보다 김(11시간 > 8시간)');
  });

  it('E6/E7: two valid extensions give 24 h; without consent the second is not applied', () => {
    expect(check(complaintInquiry, inquiry({ answeredAt: '2024-09-04 17:00', ...EXT1, ...EXT2, extensionConsent2: true }))).toBe(
      PASS,
    );
    const f = finding(check(complaintInquiry, inquiry({ answeredAt: '2024-09-04 17:00', ...EXT1, ...EXT2 })));
    expect(f).toMatchObject({
      elapsedWorkingSeconds: 23 * H,
      allowedWorkingSeconds: 16 * H,
      overWorkingSeconds: 7 * H,
      deadline: at('2024-09-03 18:00'),
    });
    expect(f.message.en).toContain(
      "extension 1 to 2024-09-03 18:00 (+8h) applied; extension 2 not applied: a second extension without the applicant's consent",
    );
  });

  it('E13: petition — Fri 09-13 10:00 + 40 h is Wed 09-25 10:00; +2 days (16 h) lets an answer at 56 h pass', () => {
    const r = complaint({ type: 'petition', receivedAt: '2024-09-13 10:00', answeredAt: '2024-09-27 10:00' });
    expect(finding(check(complaintPetition, r))).toMatchObject({ elapsedWorkingSeconds: 56 * H, overWorkingSeconds: 16 * H });
    const extended = { ...r, extendedAt: at('2024-09-24 10:00'), extensionDays: 2, extensionNotifiedAt: at('2024-09-24 11:00') };
    expect(check(complaintPetition, extended)).toBe(PASS);
    expect(check(complaintExtension, extended)).toBe(PASS);
  });

  it('E14: improvement — Mon 09-30 + 24 h is Fri 10-04 18:00 (10-01, 10-03 holidays); +1 day passes 10-07 09:30', () => {
    const r = complaint({
      channel: 'phone',
      type: 'improvement',
      receivedAt: '2024-09-30 09:00',
      answeredAt: '2024-10-07 09:30',
    });
    expect(finding(check(complaintImprovement, r)).overWorkingSeconds).toBe(1800);
    const extended = { ...r, extendedAt: at('2024-10-04 10:00'), extensionDays: 1, extensionNotifiedAt: at('2024-10-04 11:00') };
    expect(check(complaintImprovement, extended)).toBe(PASS);
  });

  it('--explain shows the original and the extended deadline', () => {
    const f = complaintInquiry.create(context(complaintInquiry)).check!(
      inquiry({ answeredAt: '2024-09-04 17:00', ...EXT1, ...EXT2 }),
    );
    if (typeof f !== 'object') throw new Error('expected a finding');
    const v: Violation = {
      ...f,
      messages: complaintInquiry.meta.messages,
      rule: 'complaint.inquiry',
      kind: 'complaints',
      severity: 'error',
      file: 'c.csv',
      line: 2,
      recordId: 'E7',
      department: null,
    };
    const en = explainViolation(v, calendar, 'en');
    expect(en).toContain('  - original deadline: 2024-09-02 18:00\n');
    expect(en).toContain('  - deadline with valid extensions: 2024-09-03 18:00\n');
    expect(explainViolation(v, calendar, 'ko')).toContain(
      '  - 원래 처리기한: 2024-09-02 18:00\n  - 연장 반영 처리기한: 2024-09-03 18:00\n',
    );
  });

  // Statutory 7 days from Mon 2024-09-09 15:00: 9–13, 19, 20 (추석 16–18) → Fri 09-20 18:00.
  const statutory = (o: Parameters<typeof complaint>[0]) =>
    complaint({
      channel: 'visit',
      type: 'other',
      processingDays: 7,
      receivedAt: '2024-09-09 15:00',
      extendedAt: '2024-09-19 10:00',
      extensionNotifiedAt: '2024-09-20 17:00',
      ...o,
    });

  it('E9: day-based — until 09-27 (5 working days) is valid; answered 09-26 passes', () => {
    const r = statutory({ extendedUntil: '2024-09-27 00:00', answeredAt: '2024-09-26 11:00' });
    expect(check(complaintExtension, r)).toBe(PASS);
    expect(check(complaintStatutory, r)).toBe(PASS);
    expect(finding(check(complaintStatutory, statutory({ answeredAt: '2024-09-26 11:00' })))).toMatchObject({
      deadline: at('2024-09-20 18:00'),
    });
  });

  it('E12: day-based — until 10-04 is 8 working days (10-01 and 10-03 are holidays) > 7: not applied', () => {
    const r = statutory({ extendedUntil: '2024-10-04 00:00', answeredAt: '2024-10-02 11:00' });
    expect(finding(check(complaintExtension, r)).message.en).toContain(
      'longer than the original period (8 working days > 7 working days)',
    );
    const f = finding(check(complaintStatutory, r));
    expect(f.deadline).toBe(at('2024-09-20 18:00'));
    expect(f.message.en).toContain('after the 7th working day 2024-09-20; extension 1 not applied');
  });

  it('a late complaint validly extended is not late for complaint.delay-notice either', () => {
    expect(check(complaintDelayNotice, inquiry({ answeredAt: '2024-09-03 17:00', ...EXT1 }))).toBeUndefined();
    expect(
      finding(check(complaintDelayNotice, inquiry({ answeredAt: '2024-09-03 17:00', ...EXT1, extensionNotifiedAt: null })))
        .deadline,
    ).toBe(at('2024-09-02 18:00'));
  });
});

describe('complaint.transfer (이송)', () => {
  const base = { receivedAt: '2024-09-02 09:00', transferredTo: '국민권익위원회' } as const;
  it.each([
    // case, transferred, notified, asOf, outcome
    ['T1 6 h, notified Tue 09:30 (due Tue 16:00)', '2024-09-02 16:00', '2024-09-03 09:30', undefined, 'pass'],
    ['T4 not notified yet, notice not due at as-of', '2024-09-02 16:00', null, '2024-09-03 10:00', 'pending'],
    [
      'T2 transferred after 9 h',
      '2024-09-03 10:00',
      '2024-09-03 11:00',
      undefined,
      'transferred 2024-09-03 10:00, 1h (working time) after the 8h limit (due 2024-09-02 18:00)',
    ],
    [
      'T3 never notified',
      '2024-09-02 16:00',
      null,
      undefined,
      'the applicant was not notified of the transfer (due 2024-09-03 16:00)',
    ],
    [
      'T5 notified late',
      '2024-09-02 16:00',
      '2024-09-04 09:00',
      undefined,
      'the transfer was notified 2024-09-04 09:00, after 2024-09-03 16:00',
    ],
  ] as const)('%s', (_, transferredAt, transferNotifiedAt, asOf, expected) => {
    const o = check(complaintTransfer, complaint({ ...base, transferredAt, transferNotifiedAt }), asOf ? { asOf } : {});
    if (expected === 'pass') return expect(o).toBe(PASS);
    if (expected === 'pending') return expect(o).toBe(PENDING);
    const f = finding(o);
    expect(f.message.en).toBe(`transfer to 국민권익위원회: ${expected}`);
    expect(f.deadline).toBe(at('2024-09-02 18:00'));
  });

  it('T6 across 추석: Fri 14:00 → Thu 11:00 is 4 h + 2 h = 6 h', () => {
    const r = complaint({
      receivedAt: '2024-09-13 14:00',
      transferredAt: '2024-09-19 11:00',
      transferNotifiedAt: '2024-09-19 14:00',
    });
    expect(check(complaintTransfer, r)).toBe(PASS);
    expect(finding(check(complaintTransfer, r, { options: { hours: 5 } }))).toMatchObject({
      elapsedWorkingSeconds: 6 * H,
      overWorkingSeconds: H,
    });
  });

  it('does not apply to a complaint that was not transferred', () => {
    expect(check(complaintTransfer, complaint({ answeredAt: '2024-09-03 10:00' }))).toBeUndefined();
  });

  it('T7: the handling clock runs from the transfer by default, from the receipt with transferClock "receipt"', () => {
    const r = inquiry({ transferredAt: '2024-09-03 10:00', answeredAt: '2024-09-04 10:00' });
    expect(check(complaintInquiry, r)).toBe(PASS); // Tue 10–12, 13–18, Wed 9–10 = 8 h
    const f = finding(check(complaintInquiry, r, { options: { transferClock: 'receipt' } }));
    expect(f).toMatchObject({ elapsedWorkingSeconds: 17 * H, overWorkingSeconds: 9 * H, start: at('2024-09-02 09:00') });
    const late = finding(check(complaintInquiry, { ...r, answeredAt: at('2024-09-04 11:00') }));
    expect(late).toMatchObject({ start: at('2024-09-03 10:00'), elapsedWorkingSeconds: 9 * H, deadline: at('2024-09-04 10:00') });
    expect(late.notes?.[0]?.en).toBe('clock starts at the transfer (이송) 2024-09-03 10:00, not at the receipt 2024-09-02 09:00');
  });
});

describe('complaint.progress-notice (접수 후 30일 경과 시 처리진행상황 통지)', () => {
  // Received Thu 2025-01-02: 30 days pass at 00:00 Sun 02-02; the notice is due Mon 02-03 18:00.
  const r = (o: Parameters<typeof complaint>[0] = {}) =>
    complaint({ channel: 'mail', type: 'petition', receivedAt: '2025-01-02 10:00', ...o });

  it('counts 30 days after the day of receipt', () => {
    expect(progressTrigger(at('2025-01-02 10:00'), 30)).toBe(at('2025-02-02 00:00'));
    expect(progressTrigger(at('2025-01-02 23:59'), 30)).toBe(at('2025-02-02 00:00'));
  });

  it.each([
    // case, fields, asOf, expected
    ['P1 notified 01-31, still open', { progressNotifiedAt: '2025-01-31 10:00' }, '2025-03-01 09:00', 'pass'],
    [
      'P1b notified on the due day',
      { progressNotifiedAt: '2025-02-03 17:00', answeredAt: '2025-02-10 10:00' },
      '2025-03-01 09:00',
      'pass',
    ],
    ['P3 open, notice not yet due', {}, '2025-02-03 12:00', 'pending'],
    ['P4 answered before the 30 days', { answeredAt: '2025-01-30 10:00' }, '2025-03-01 09:00', 'n/a'],
    ['P7 open, not 30 days old at as-of', {}, '2025-01-20 10:00', 'n/a'],
    [
      'P2 open at as-of, never notified',
      {},
      '2025-02-04 10:00',
      'still open at 2025-02-04 10:00, 30 days after receipt (2025-02-02 00:00); notice due by 2025-02-03 18:00; no progress notice was sent',
    ],
    [
      'P5 notified late',
      { progressNotifiedAt: '2025-02-04 10:00', answeredAt: '2025-02-10 10:00' },
      '2025-03-01 09:00',
      'answered 2025-02-10 10:00, 30 days after receipt (2025-02-02 00:00); notice due by 2025-02-03 18:00; the progress notice was sent 2025-02-04 10:00, late',
    ],
    [
      'P6 answered after 30 days, never notified',
      { answeredAt: '2025-02-10 10:00' },
      '2025-03-01 09:00',
      'answered 2025-02-10 10:00, 30 days after receipt (2025-02-02 00:00); notice due by 2025-02-03 18:00; no progress notice was sent',
    ],
  ] as const)('%s', (_, fields, asOf, expected) => {
    const o = check(complaintProgressNotice, r(fields), { asOf });
    if (expected === 'pass') return expect(o).toBe(PASS);
    if (expected === 'pending') return expect(o).toBe(PENDING);
    if (expected === 'n/a') return expect(o).toBeUndefined();
    const f = finding(o);
    expect(f.message.en).toBe(expected);
    expect(f.deadline).toBe(at('2025-02-03 18:00'));
    expect(f.open).toBe(!('answeredAt' in fields));
  });

  it('P5 is 1 working hour late', () => {
    const o = check(complaintProgressNotice, r({ progressNotifiedAt: '2025-02-04 10:00', answeredAt: '2025-02-10 10:00' }));
    expect(finding(o).overWorkingSeconds).toBe(H);
  });
});

describe('several pauses (보완 more than once) and pauseCounting', () => {
  // W1: pause 1 Mon 11:00 → Tue 10:00 = 1 + 5 + 1 = 7 h; pause 2 Tue 14:00 → Wed 09:00 = 4 h.
  const twoPauses = {
    supplementRequestedAt: '2024-09-02 11:00',
    supplementReceivedAt: '2024-09-03 10:00',
    supplementRequestedAt2: '2024-09-03 14:00',
    supplementReceivedAt2: '2024-09-04 09:00',
  } as const;

  it('W1: 19 h gross − 11 h paused = 8 h: passes at the limit', () => {
    expect(check(complaintInquiry, inquiry({ ...twoPauses, answeredAt: '2024-09-04 12:00' }))).toBe(PASS);
  });

  it('W1b: answered Wed 14:00 is 9 h net; the deadline Wed 12:00 comes after both pauses', () => {
    const f = finding(check(complaintInquiry, inquiry({ ...twoPauses, answeredAt: '2024-09-04 14:00' })));
    expect(f).toMatchObject({ elapsedWorkingSeconds: 9 * H, overWorkingSeconds: H, deadline: at('2024-09-04 12:00') });
    expect(f.pauses).toEqual([
      { from: at('2024-09-02 11:00'), to: at('2024-09-03 10:00'), workingSeconds: 7 * H },
      { from: at('2024-09-03 14:00'), to: at('2024-09-04 09:00'), workingSeconds: 4 * H },
    ]);
    expect(f.message.en).toContain('supplement pauses of 11h not counted');
    expect(f.notes).toEqual([
      {
        en: 'pauses counted in working time (pauseCounting: working-time)',
        ko: '보완기간을 근무시간으로 계산 (pauseCounting: working-time)',
      },
    ]);
  });

  it('W1c: the same answer with only the first pause is 12 h net', () => {
    const f = finding(
      check(
        complaintInquiry,
        inquiry({ ...twoPauses, supplementRequestedAt2: null, supplementReceivedAt2: null, answeredAt: '2024-09-04 12:00' }),
      ),
    );
    expect(f.elapsedWorkingSeconds).toBe(12 * H);
  });

  it('W3: an open complaint whose second supplement never arrived is pending (clock stopped)', () => {
    const r = inquiry({
      supplementRequestedAt: '2024-09-02 10:00',
      supplementReceivedAt: '2024-09-02 15:00',
      supplementRequestedAt2: '2024-09-03 10:00',
    });
    expect(check(complaintInquiry, r, { asOf: '2024-09-06 12:00' })).toBe(PENDING); // 1 + 3 + 1 = 5 h
  });

  it('W2: one pause Mon 17:00 → Tue 10:00 is 2 h of working time but two whole days', () => {
    const r = inquiry({
      supplementRequestedAt: '2024-09-02 17:00',
      supplementReceivedAt: '2024-09-03 10:00',
      answeredAt: '2024-09-04 09:30',
    });
    const f = finding(check(complaintInquiry, r));
    expect(f).toMatchObject({ elapsedWorkingSeconds: 14.5 * H, overWorkingSeconds: 6.5 * H });
    expect(check(complaintInquiry, r, { options: { pauseCounting: 'whole-days' } })).toBe(PASS); // 16.5 − 16 = 0.5 h
    const g = finding(
      check(complaintInquiry, { ...r, answeredAt: at('2024-09-05 10:00') }, { options: { pauseCounting: 'whole-days' } }),
    );
    expect(g.elapsedWorkingSeconds).toBe(25 * H - 16 * H);
    expect(g.notes?.at(-1)?.en).toBe('pauses counted in whole days (pauseCounting: whole-days)');
  });

  it('W4: whole days on a day-based period add whole working days', () => {
    // 7 days from Mon 09-09 → Fri 09-20; a pause Thu 09-19 17:00 → Fri 09-20 09:30 is 2 whole days → Tue 09-24.
    const r = complaint({
      channel: 'visit',
      type: 'other',
      processingDays: 7,
      receivedAt: '2024-09-09 15:00',
      supplementRequestedAt: '2024-09-19 17:00',
      supplementReceivedAt: '2024-09-20 09:30',
      answeredAt: '2024-09-24 10:00',
    });
    expect(finding(check(complaintStatutory, r)).deadline).toBe(at('2024-09-23 18:00')); // 1.5 h → 1 extra day
    expect(check(complaintStatutory, r, { options: { pauseCounting: 'whole-days' } })).toBe(PASS);
  });

  it('wholeDays widens a pause to the days it touches; pauseList merges overlaps', () => {
    expect(wholeDays({ from: at('2024-09-02 17:00'), to: at('2024-09-03 10:00') })).toEqual({
      from: at('2024-09-02 00:00'),
      to: at('2024-09-04 00:00'),
    });
    expect(wholeDays({ from: at('2024-09-02 17:00'), to: at('2024-09-04 00:00') })).toEqual({
      from: at('2024-09-02 00:00'),
      to: at('2024-09-04 00:00'),
    });
    expect(
      pauseList([
        { from: 5, to: 9 },
        { from: 1, to: 6 },
        { from: 12, to: 12 },
        { from: 9, to: 10 },
      ]),
    ).toEqual([{ from: 1, to: 10 }]);
  });

  it('improvement: whole-days counting also applies to the charter rules of any channel', () => {
    const r = complaint({
      channel: 'phone',
      type: 'improvement',
      receivedAt: '2024-09-02 09:00',
      supplementRequestedAt: '2024-09-02 17:00',
      supplementReceivedAt: '2024-09-03 10:00',
      answeredAt: '2024-09-05 12:00',
    });
    // gross Mon 8 + Tue 8 + Wed 8 + Thu 3 = 27 h; working-time 27 − 2 = 25 h > 24; whole days 27 − 16 = 11 h.
    expect(finding(check(complaintImprovement, r)).elapsedWorkingSeconds).toBe(25 * H);
    expect(check(complaintImprovement, r, { options: { pauseCounting: 'whole-days' } })).toBe(PASS);
  });
});
