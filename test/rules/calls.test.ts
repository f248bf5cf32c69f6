import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../../src/model/records.js';
import { PASS, type Finding } from '../../src/model/rule.js';
import { callAnswerRate } from '../../src/rules/call-answer-rate.js';
import { callAverageWait } from '../../src/rules/call-average-wait.js';
import { callRings } from '../../src/rules/call-rings.js';
import { callServiceLevel } from '../../src/rules/call-service-level.js';
import { callWaitAnnouncement } from '../../src/rules/call-wait-announcement.js';
import { periodKey } from '../../src/rules/shared.js';
import { at, call, check, run, type Worded } from './factory.js';

const finding = (o: unknown): Worded<Finding> => {
  expect(typeof o).toBe('object');
  return o as Worded<Finding>;
};

/** `n` inbound call-centre calls arriving at `arrived`, the first `answered` of them answered after `wait` s. */
function calls(n: number, answered: number, arrived: string, wait = 10): CallRecord[] {
  return Array.from({ length: n }, (_, i) =>
    call({ arrivedAt: arrived, answeredAt: i < answered ? arrived : null, waitSeconds: i < answered ? wait : 30 }),
  );
}

describe('period keys are KST', () => {
  it('puts 2024-09-30 23:30 KST (14:30 UTC) in September and 2024-10-01 00:10 KST (Sep 30 UTC) in October', () => {
    expect(periodKey(at('2024-09-30 23:30'), 'month')).toBe('2024-09');
    expect(periodKey(at('2024-10-01 00:10'), 'month')).toBe('2024-10');
    expect(periodKey(at('2024-10-01 00:10'), 'quarter')).toBe('2024-Q4');
    expect(periodKey(at('2024-09-30 23:30'), 'quarter')).toBe('2024-Q3');
    expect(periodKey(at('2024-10-01 00:10'), 'day')).toBe('2024-10-01');
  });
});

describe('call.answer-rate (≥ 95% per period)', () => {
  const records = [
    ...calls(19, 19, '2024-09-02 10:00'),
    call({ arrivedAt: '2024-09-30 23:30', answeredAt: null }), // September in KST
    ...calls(9, 9, '2024-10-01 00:10'),
    call({ arrivedAt: '2024-10-02 10:00', answeredAt: null }),
    // Not offered to the call centre: outbound, department queue.
    call({ direction: 'outbound', purpose: 'care', arrivedAt: '2024-10-02 10:00', answeredAt: null }),
    call({ queue: 'department', arrivedAt: '2024-10-02 10:00', answeredAt: null }),
  ];

  it('counts answered ÷ offered inbound call-centre calls per month', () => {
    const { finish } = run(callAnswerRate, records);
    expect(finish.aggregates).toEqual([
      { period: '2024-09', value: 0.95, target: 0.95, passed: true, counts: { answered: 19, offered: 20 } },
      { period: '2024-10', value: 0.9, target: 0.95, passed: false, counts: { answered: 9, offered: 10 } },
    ]);
  });

  it('groups by quarter and day on request', () => {
    expect(run(callAnswerRate, records, { granularity: 'quarter' }).finish.aggregates!.map((a) => [a.period, a.counts])).toEqual([
      ['2024-Q3', { answered: 19, offered: 20 }],
      ['2024-Q4', { answered: 9, offered: 10 }],
    ]);
    expect(run(callAnswerRate, records, { granularity: 'day' }).finish.aggregates!.map((a) => a.period)).toEqual([
      '2024-09-02',
      '2024-09-30',
      '2024-10-01',
      '2024-10-02',
    ]);
  });
});

describe('call.average-wait (answered calls, ≤ 20 s)', () => {
  it.each([
    [[10, 20, 30], 20, true],
    [[10, 20, 31], 20.33, false],
  ] as const)('waits %j → mean %d', (waits, mean, passes) => {
    const records = [
      ...waits.map((w) => call({ arrivedAt: '2024-09-02 10:00', answeredAt: '2024-09-02 10:01', waitSeconds: w })),
      call({ arrivedAt: '2024-09-02 10:00', answeredAt: null, waitSeconds: 300 }), // abandoned: not in the mean
    ];
    const [agg] = run(callAverageWait, records).finish.aggregates!;
    expect(agg).toEqual({
      period: '2024-09',
      value: mean,
      target: 20,
      passed: passes,
      counts: { answered: 3, waitSeconds: waits[0] + waits[1] + waits[2] },
    });
  });
});

describe('call.service-level (KS: ≥ 80% of offered answered within 20 s)', () => {
  it('counts abandoned calls as offered and not in time', () => {
    const records = [
      ...[5, 20, 21].map((w) => call({ arrivedAt: '2024-09-02 10:00', answeredAt: '2024-09-02 10:01', waitSeconds: w })),
      call({ arrivedAt: '2024-09-03 10:00', answeredAt: null, waitSeconds: 3 }),
      call({ arrivedAt: '2024-09-03 10:00', answeredAt: null }),
      ...calls(5, 4, '2024-10-07 10:00', 12),
    ];
    expect(run(callServiceLevel, records).finish.aggregates).toEqual([
      { period: '2024-09', value: 0.4, target: 0.8, passed: false, counts: { withinTarget: 2, offered: 5 } },
      { period: '2024-10', value: 0.8, target: 0.8, passed: true, counts: { withinTarget: 4, offered: 5 } },
    ]);
    expect(callServiceLevel.meta.basis).toBe('KS');
  });
});

describe('call.wait-announcement (waited ≥ 20 s, 「20초 이상」)', () => {
  it.each([
    [21, false, '2024-09-02 10:01', 'finding'],
    [20, false, '2024-09-02 10:01', 'finding'], // exactly 20 s is 「20초 이상」
    [19, false, '2024-09-02 10:01', 'n/a'],
    [20, true, '2024-09-02 10:01', 'pass'],
    [25, true, '2024-09-02 10:01', 'pass'],
    [40, null, null, 'finding'], // abandoned, not recorded
    [null, false, null, 'n/a'], // no wait known
  ] as const)('wait %s, announced %s, answered %s → %s', (wait, announced, answered, expected) => {
    const o = check(callWaitAnnouncement, call({ waitSeconds: wait, waitAnnounced: announced, answeredAt: answered }));
    if (expected === 'pass') expect(o).toBe(PASS);
    else if (expected === 'n/a') expect(o).toBeUndefined();
    else expect(finding(o).overWorkingSeconds).toBe(wait! - 20);
  });

  it('words the finding for an abandoned call', () => {
    const f = finding(check(callWaitAnnouncement, call({ waitSeconds: 40, waitAnnounced: false, answeredAt: null })));
    expect(f.message.en).toBe('abandoned call waited 40 s (20 s or more) without the expected-wait announcement');
    expect(f.message.ko).toBe('포기 호 대기 40초(20초 이상), 예상상담 가능시간 안내 없음');
  });

  it('keeps the threshold configurable: afterSeconds 30 takes 30 s and over', () => {
    const o = { options: { afterSeconds: 30 } };
    expect(check(callWaitAnnouncement, call({ waitSeconds: 29, waitAnnounced: false }), o)).toBeUndefined();
    expect(finding(check(callWaitAnnouncement, call({ waitSeconds: 30, waitAnnounced: false }), o)).overWorkingSeconds).toBe(0);
    expect(callWaitAnnouncement.defaults.afterSeconds).toBe(20);
  });

  it('does not apply to department phones or outbound calls', () => {
    expect(check(callWaitAnnouncement, call({ queue: 'department', waitSeconds: 60, waitAnnounced: false }))).toBeUndefined();
    expect(check(callWaitAnnouncement, call({ direction: 'outbound', waitSeconds: 60, waitAnnounced: false }))).toBeUndefined();
  });
});

describe('call.rings (department phones, ≤ 3 rings)', () => {
  it.each([
    [3, '2024-09-02 10:00', 'pass'],
    [4, '2024-09-02 10:00', 'finding'],
    [5, null, 'finding'], // rang out: nobody answered in time
    [2, null, 'n/a'], // the caller hung up first
  ] as const)('%i rings, answered %s → %s', (rings, answered, expected) => {
    const o = check(callRings, call({ queue: 'department', rings, answeredAt: answered }));
    if (expected === 'pass') expect(o).toBe(PASS);
    else if (expected === 'n/a') expect(o).toBeUndefined();
    else expect(finding(o).open).toBe(false);
  });

  it('does not apply to the call centre or to calls without a ring count', () => {
    expect(check(callRings, call({ queue: 'callcenter', rings: 9, answeredAt: '2024-09-02 10:00' }))).toBeUndefined();
    expect(check(callRings, call({ queue: 'department', rings: null, answeredAt: '2024-09-02 10:00' }))).toBeUndefined();
  });
});
