import { describe, expect, it } from 'vitest';
import { PASS, PENDING, type Finding, renderFinding } from '../../src/model/rule.js';
import { contractCareCall } from '../../src/rules/contract-care-call.js';
import { contractDeliveryRequest } from '../../src/rules/contract-delivery-request.js';
import { contractHappyCall, formatWon } from '../../src/rules/contract-happy-call.js';
import { contractStandardDays, standardDaysFor } from '../../src/rules/contract-standard-days.js';
import { paymentFourHours } from '../../src/rules/payment-four-hours.js';
import { paymentHoldNotice } from '../../src/rules/payment-hold-notice.js';
import { at, call, check, contract, payment, run, type Worded } from './factory.js';

const H = 3600;
const finding = (o: unknown): Worded<Finding> => {
  expect(typeof o).toBe('object');
  return o as Worded<Finding>;
};

describe('payment.four-hours', () => {
  // Claimed Fri 13 Sep 16:00: Fri 2 h, then 추석 Mon–Wed, Thu 09–11 → deadline Thu 19 Sep 11:00.
  it.each([
    ['2024-09-19 11:00', 4 * H, true],
    ['2024-09-19 11:01', 4 * H + 60, false],
    ['2024-09-20 09:00', 2 * H + 8 * H, false],
  ] as const)('paid %s → %i working s', (paid, elapsed, passes) => {
    const o = check(paymentFourHours, payment({ claimedAt: '2024-09-13 16:00', paidAt: paid }));
    if (passes) return expect(o).toBe(PASS);
    expect(finding(o)).toMatchObject({
      elapsedWorkingSeconds: elapsed,
      overWorkingSeconds: elapsed - 4 * H,
      deadline: at('2024-09-19 11:00'),
    });
  });

  it('SPEC example: received Fri 17:00 + 4 h over 추석 → Thu 12:00', () => {
    expect(
      finding(check(paymentFourHours, payment({ claimedAt: '2024-09-13 17:00', paidAt: '2024-09-19 13:01' }))).deadline,
    ).toBe(at('2024-09-19 12:00'));
    // Paid during lunch right after the deadline: no working time passed, so it complies.
    expect(check(paymentFourHours, payment({ claimedAt: '2024-09-13 17:00', paidAt: '2024-09-19 12:59' }))).toBe(PASS);
  });

  it('does not apply to agency-paid claims', () => {
    expect(check(paymentFourHours, payment({ payer: 'agency', paidAt: '2024-12-31 09:00' }))).toBeUndefined();
  });

  it('judges unpaid claims at asOf', () => {
    const r = payment({ claimedAt: '2024-09-13 16:00', paidAt: null });
    expect(check(paymentFourHours, r, { asOf: '2024-09-19 10:00' })).toBe(PENDING);
    const f = finding(check(paymentFourHours, r, { asOf: '2024-09-19 13:30' }));
    expect(f).toMatchObject({ open: true, elapsedWorkingSeconds: 5.5 * H, overWorkingSeconds: 1.5 * H });
    expect(f.message.ko).toBe(
      '2024-09-19 13:30 현재 미지급: 기한(근무시간 4시간, 2024-09-19 11:00까지)을 근무시간 1시간 30분 초과',
    );
  });
});

describe('payment.hold-notice', () => {
  const late = { claimedAt: '2024-09-13 16:00', paidAt: '2024-09-19 15:00' } as const;

  it('passes a late payment notified by the payment deadline', () => {
    expect(check(paymentHoldNotice, payment({ ...late, holdNotifiedAt: '2024-09-19 10:00' }))).toBe(PASS);
  });

  it('flags a late or missing notice', () => {
    const f = finding(check(paymentHoldNotice, payment({ ...late, holdNotifiedAt: '2024-09-19 11:30' })));
    expect(f).toMatchObject({
      deadline: at('2024-09-19 11:00'),
      overWorkingSeconds: 1800,
      allowedWorkingSeconds: 4 * H,
      elapsedWorkingSeconds: 4.5 * H,
    });
    expect(finding(check(paymentHoldNotice, payment(late))).message.en).toBe(
      'paid late (2024-09-19 15:00); notice due within 4h (working time) of the claim, by 2024-09-19 11:00; no hold reason was notified',
    );
  });

  it('with noticeWithin "hours" the notice is due 3 working hours after the claim', () => {
    const o = { options: { noticeWithin: 'hours' } };
    expect(check(paymentHoldNotice, payment({ ...late, holdNotifiedAt: '2024-09-19 10:00' }), o)).toBe(PASS);
    expect(finding(check(paymentHoldNotice, payment({ ...late, holdNotifiedAt: '2024-09-19 10:30' }), o))).toMatchObject({
      deadline: at('2024-09-19 10:00'),
      overWorkingSeconds: 1800,
    });
  });

  it('does not apply to claims paid in time or paid by the agency; unpaid within the deadline is pending', () => {
    expect(check(paymentHoldNotice, payment({ claimedAt: '2024-09-13 16:00', paidAt: '2024-09-19 11:00' }))).toBeUndefined();
    expect(check(paymentHoldNotice, payment({ ...late, payer: 'agency' }))).toBeUndefined();
    const open = payment({ claimedAt: '2024-09-13 16:00', paidAt: null });
    expect(check(paymentHoldNotice, open, { asOf: '2024-09-19 10:59' })).toBe(PENDING);
    expect(finding(check(paymentHoldNotice, open, { asOf: '2024-09-20 10:00' })).open).toBe(true);
  });
});

describe('contract.delivery-request (unit-price goods, 1 working hour)', () => {
  it.each([
    ['2024-09-03 09:30', 3600, true], // Mon 17:30–18:00 + Tue 09:00–09:30
    ['2024-09-03 09:31', 3660, false],
  ] as const)('requested Mon 17:30, delivery requested %s → %i s', (delivery, elapsed, passes) => {
    const o = check(
      contractDeliveryRequest,
      contract({ contractType: 'unit-price', requestedAt: '2024-09-02 17:30', deliveryRequestedAt: delivery }),
    );
    if (passes) return expect(o).toBe(PASS);
    expect(finding(o)).toMatchObject({
      elapsedWorkingSeconds: elapsed,
      overWorkingSeconds: 60,
      deadline: at('2024-09-03 09:30'),
    });
  });

  it('applies to unit-price goods (or no category) only', () => {
    const r = { contractType: 'unit-price', requestedAt: '2024-09-02 09:00', deliveryRequestedAt: '2024-09-02 11:00' } as const;
    expect(check(contractDeliveryRequest, contract({ ...r, category: null }))).not.toBeUndefined();
    expect(check(contractDeliveryRequest, contract({ ...r, category: 'service' }))).toBeUndefined();
    expect(check(contractDeliveryRequest, contract({ ...r, contractType: 'total' }))).toBeUndefined();
  });
});

describe('contract.standard-days', () => {
  const table = { total: 10, 'total/construction': 15 };

  it('is not evaluated without a table', () => {
    const pre = contractStandardDays.precondition?.(contractStandardDays.defaults);
    expect(pre).toEqual({ messageId: 'no-table', data: {} });
    expect(renderFinding(contractStandardDays.meta.messages, pre!.messageId, pre!.data, 'en')).toBe(
      'not evaluated: no standard-days table in the config (add "standardDays" to charter-audit.config.json)',
    );
    expect(renderFinding(contractStandardDays.meta.messages, pre!.messageId, pre!.data, 'ko')).toBe(
      '평가하지 않음: 설정 파일에 표준행정소요일수 표(standardDays)가 없음',
    );
    expect(contractStandardDays.precondition?.({ table })).toBeUndefined();
  });

  it('looks up type/category before type', () => {
    expect(standardDaysFor(table, 'total', 'construction')).toBe(15);
    expect(standardDaysFor(table, 'total', 'goods')).toBe(10);
    expect(standardDaysFor(table, 'unit-price', 'goods')).toBeUndefined();
  });

  // Mon 2 Sep: 10th working day = Fri 13 Sep; 15th = Wed 25 Sep (추석 16–18 skipped).
  it.each([
    ['goods', '2024-09-13 21:00', true, '2024-09-13 18:00'],
    ['goods', '2024-09-19 09:00', false, '2024-09-13 18:00'],
    ['construction', '2024-09-25 17:00', true, '2024-09-25 18:00'],
    ['construction', '2024-09-26 09:00', false, '2024-09-25 18:00'],
  ] as const)('%s concluded %s', (category, concluded, passes, deadline) => {
    const o = check(contractStandardDays, contract({ category, requestedAt: '2024-09-02 10:00', concludedAt: concluded }), {
      options: { table },
    });
    if (passes) return expect(o).toBe(PASS);
    expect(finding(o).deadline).toBe(at(deadline));
  });

  it('does not apply to a type missing from the table', () => {
    expect(
      check(contractStandardDays, contract({ contractType: 'unit-price', concludedAt: '2025-01-02 09:00' }), {
        options: { table },
      }),
    ).toBeUndefined();
  });
});

describe('contract.happy-call', () => {
  const big = { concludedAt: '2024-09-10 10:00', requestedAt: '2024-09-02 10:00' } as const;

  it.each([
    ['goods', 300_000_000, true],
    ['goods', 299_999_999, false],
    ['electrical', 300_000_000, true],
    ['telecom', 300_000_000, true],
    ['construction', 9_999_999_999, false],
    ['construction', 10_000_000_000, true],
    ['service', 90_000_000_000, false],
  ] as const)('%s of %i won is a target: %s (이상 = at least)', (category, amount, target) => {
    const withCall = check(contractHappyCall, contract({ ...big, category, amount, happyCallAt: '2024-09-11 10:00' }));
    expect(withCall).toBe(target ? PASS : undefined);
    const { finish } = run(contractHappyCall, [contract({ ...big, category, amount })]);
    expect(finish.findings?.length ?? 0).toBe(target ? 1 : 0);
  });

  it('does not apply before conclusion or without an amount', () => {
    expect(check(contractHappyCall, contract({ amount: 900_000_000, concludedAt: null }))).toBeUndefined();
    expect(check(contractHappyCall, contract({ ...big, amount: null }))).toBeUndefined();
  });

  it('accepts an outbound happy call from the calls file', () => {
    const k1 = contract({ ...big, id: '2024-001', amount: 500_000_000 });
    const k2 = contract({ ...big, id: '2024-002', amount: 500_000_000 });
    const { outcomes, finish } = run(contractHappyCall, [
      k1,
      k2,
      call({ direction: 'outbound', purpose: 'happy', contractId: '2024-001' }),
      call({ direction: 'inbound', purpose: 'happy', contractId: '2024-002' }),
    ]);
    expect(outcomes).toEqual([undefined, undefined]);
    expect(finish.passes).toEqual([{ start: k1.requestedAt, department: k1.department }]);
    expect(finish.findings).toHaveLength(1);
    expect(finish.findings![0]).toMatchObject({ recordId: '2024-002', line: k2.line, file: 'contracts.csv', open: false });
    expect(finish.findings![0]!.message.ko).toBe('2024-09-10 10:00 계약체결(500,000,000원), 해피콜 기록 없음');
  });

  it('formats won', () => {
    expect(formatWon(10_000_000_000)).toBe('10,000,000,000원');
  });
});

describe('contract.care-call (agencies and suppliers with ≥ 2 contracts)', () => {
  it('finds parties without an outbound care call and points at their 2nd contract', () => {
    const a1late = contract({ agencyId: 'A1', supplierId: 'S1', concludedAt: '2024-09-05 10:00' });
    const a1early = contract({ agencyId: 'A1', supplierId: 'S1', concludedAt: '2024-09-03 10:00' });
    const a2 = [1, 2, 3].map((d) => contract({ agencyId: 'A2', supplierId: `S9${d}`, concludedAt: `2024-09-1${d} 10:00` }));
    const unconcluded = contract({ agencyId: 'A3', concludedAt: null });
    const a3 = contract({ agencyId: 'A3', concludedAt: '2024-09-20 10:00' });
    const { finish } = run(contractCareCall, [
      a1late,
      a1early,
      ...a2,
      unconcluded,
      a3,
      call({ direction: 'outbound', purpose: 'care', partyId: 'S1' }),
      call({ direction: 'inbound', purpose: 'care', partyId: 'A1' }),
      call({ direction: 'outbound', purpose: 'happy', partyId: 'A2' }),
    ]);
    // Targets: agency A1 (2), agency A2 (3), supplier S1 (2); A3 has one concluded contract.
    // S1 got its care call: one pass, placed at its 2nd contract (a1late, by conclusion time).
    expect(finish.passes).toEqual([{ start: a1late.requestedAt, department: a1late.department }]);
    expect(finish.findings!.map((f) => [f.recordId, f.line])).toEqual([
      [a1late.id, a1late.line],
      [a2[1]!.id, a2[1]!.line],
    ]);
    expect(finish.findings![0]!.message.en).toBe(
      'agency A1 concluded 2 contracts (the 2nd on 2024-09-05 10:00) but got no outbound Care Call',
    );
  });

  it('reads the calls kind', () => {
    expect(contractCareCall.meta.reads).toEqual(['calls']);
  });
});
