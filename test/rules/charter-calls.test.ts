import { describe, expect, it } from 'vitest';
import { PASS, PENDING, type Finding } from '../../src/model/rule.js';
import { callCallback, callbackDeadline } from '../../src/rules/call-callback.js';
import { at, calendar, call, check, type Worded } from './factory.js';

// Hand-worked in test/rules/README.md, "call.callback".
const finding = (o: unknown): Worded<Finding> => {
  expect(typeof o).toBe('object');
  return o as Worded<Finding>;
};
const H = 3600;

describe('call.callback deadline (day mode)', () => {
  it.each([
    ['CB1/CB2 Mon 10:00', '2024-09-02 10:00', '2024-09-02 18:00'],
    ['CB6 Mon 08:00, before work', '2024-09-02 08:00', '2024-09-02 18:00'],
    ['Mon 17:59', '2024-09-02 17:59', '2024-09-02 18:00'],
    ['CB3 Mon 18:30, after work', '2024-09-02 18:30', '2024-09-03 18:00'],
    ['CB9 Fri 18:00 exactly, before 추석', '2024-09-13 18:00', '2024-09-19 18:00'],
    ['CB4 Sat', '2024-09-07 11:00', '2024-09-09 18:00'],
    ['추석 Tue', '2024-09-17 10:00', '2024-09-19 18:00'],
  ])('%s → %s', (_name, requested, due) => {
    expect(callbackDeadline(calendar, at(requested), 1)).toBe(at(due));
  });

  it('days 2 counts the request day as day 1', () => {
    expect(callbackDeadline(calendar, at('2024-09-02 10:00'), 2)).toBe(at('2024-09-03 18:00'));
    expect(callbackDeadline(calendar, at('2024-09-02 19:00'), 2)).toBe(at('2024-09-04 18:00'));
  });
});

describe('call.callback (same working day)', () => {
  it('is not applicable without a request', () => {
    expect(check(callCallback, call({ callbackAt: '2024-09-10 10:00' }))).toBeUndefined();
  });

  it.each([
    ['CB1', '2024-09-02 10:00', '2024-09-02 17:30'],
    ['CB3', '2024-09-02 18:30', '2024-09-03 17:00'],
    ['CB4', '2024-09-07 11:00', '2024-09-09 10:00'],
    ['CB6', '2024-09-02 08:00', '2024-09-02 18:00'],
  ])('%s passes', (_n, requested, back) => {
    expect(check(callCallback, call({ callbackRequestedAt: requested, callbackAt: back }))).toBe(PASS);
  });

  it('CB2: called back Tue 09:30 for a Mon 10:00 request is 30 min late', () => {
    const f = finding(check(callCallback, call({ callbackRequestedAt: '2024-09-02 10:00', callbackAt: '2024-09-03 09:30' })));
    expect(f).toMatchObject({
      deadline: at('2024-09-02 18:00'),
      allowedWorkingSeconds: 7 * H,
      elapsedWorkingSeconds: 7 * H + 1800,
      overWorkingSeconds: 1800,
      open: false,
    });
    expect(f.message.en).toBe(
      'call-back requested 2024-09-02 10:00, called back 2024-09-03 09:30: 30m (working time) after 2024-09-02 18:00 (the same working day)',
    );
  });

  it('CB5: Fri 17:00 request called back Thu 09:30 after 추석 is 30 min late', () => {
    const f = finding(check(callCallback, call({ callbackRequestedAt: '2024-09-13 17:00', callbackAt: '2024-09-19 09:30' })));
    expect([f.deadline, f.overWorkingSeconds]).toEqual([at('2024-09-13 18:00'), 1800]);
  });

  it('CB7: an open request is pending until the deadline, then an open finding', () => {
    const r = call({ callbackRequestedAt: '2024-09-02 10:00' });
    expect(check(callCallback, r, { asOf: '2024-09-02 15:00' })).toBe(PENDING);
    const f = finding(check(callCallback, r, { asOf: '2024-09-03 10:00' }));
    expect([f.open, f.overWorkingSeconds]).toEqual([true, H]);
  });

  it('CB8: within "hours", 2 h from Mon 11:00 runs to 14:00 over lunch', () => {
    const options = { within: 'hours', hours: 2 };
    expect(
      check(callCallback, call({ callbackRequestedAt: '2024-09-02 11:00', callbackAt: '2024-09-02 14:00' }), { options }),
    ).toBe(PASS);
    const f = finding(
      check(callCallback, call({ callbackRequestedAt: '2024-09-02 11:00', callbackAt: '2024-09-02 14:30' }), { options }),
    );
    expect(f.overWorkingSeconds).toBe(1800);
  });
});
