/**
 * What the rules leave in the probe for the engine (allowance use, the `--due-within` watch
 * list), case by case as worked out in test/rules/README.md ("The measure a rule leaves").
 */
import { describe, expect, it } from 'vitest';
import { type MeasureProbe, type RuleContext, PASS, PENDING, newProbe } from '../../src/model/rule.js';
import { callCallback } from '../../src/rules/call-callback.js';
import { complaintProgressNotice } from '../../src/rules/complaint-progress-notice.js';
import { complaintTransfer } from '../../src/rules/complaint-transfer.js';
import { paymentFourHours } from '../../src/rules/payment-four-hours.js';
import type { RuleDefinition } from '../../src/rules/shared.js';
import { at, call, complaint, context, payment } from './factory.js';

/** Checks one record with a probe (and `dueWithin` when given), as the engine's audited period does. */
function probed<K extends 'calls' | 'complaints' | 'payments'>(
  rule: RuleDefinition<K>,
  record: Parameters<NonNullable<ReturnType<RuleDefinition<K>['create']>['check']>>[0],
  asOf: string,
  dueWithin?: number,
): { outcome: unknown; probe: MeasureProbe } {
  const probe = newProbe();
  const ctx: RuleContext = { ...context(rule, { asOf }), probe, ...(dueWithin === undefined ? {} : { dueWithin }) };
  return { outcome: rule.create(ctx).check!(record), probe };
}

const H = 3600;

describe('hours-based passes leave their use; open records inside the window their deadline', () => {
  it('a claim paid after 2 h across lunch: 7 200 of 14 400 s, no deadline (closed)', () => {
    const { outcome, probe } = probed(
      paymentFourHours,
      payment({ claimedAt: '2024-09-02 11:00', paidAt: '2024-09-02 14:00' }),
      '2025-06-30 18:00',
      8 * H,
    );
    expect(outcome).toBe(PASS);
    expect([probe.allowed, probe.elapsed, probe.deadline]).toEqual([14400, 7200, -1]);
  });

  it('an open claim outside the window leaves its use but no deadline', () => {
    const { outcome, probe } = probed(
      paymentFourHours,
      payment({ claimedAt: '2024-09-13 11:00', paidAt: null }),
      '2024-09-13 11:00',
      3 * H,
    );
    expect(outcome).toBe(PENDING);
    expect([probe.allowed, probe.elapsed, probe.deadline]).toEqual([14400, 0, -1]);
  });
});

describe('call.callback (day mode): the allowance is the working time from the request to 18:00', () => {
  it('requested Mon 10:00, called back 13:30: 9 000 of 25 200 s (35.7%)', () => {
    const { outcome, probe } = probed(
      callCallback,
      call({ callbackRequestedAt: '2024-09-02 10:00', callbackAt: '2024-09-02 13:30' }),
      '2025-06-30 18:00',
    );
    expect(outcome).toBe(PASS);
    expect([probe.allowed, probe.elapsed]).toEqual([25200, 9000]);
  });

  it('requested Mon 18:30, called back Tue 17:00: the next working day, 25 200 of 28 800 s (87.5%)', () => {
    const { probe } = probed(
      callCallback,
      call({ callbackRequestedAt: '2024-09-02 18:30', callbackAt: '2024-09-03 17:00' }),
      '2025-06-30 18:00',
    );
    expect([probe.allowed, probe.elapsed]).toEqual([28800, 25200]);
  });

  it('requested Mon 17:00, open at 17:30: due Mon 18:00 with 30 min left', () => {
    const { outcome, probe } = probed(
      callCallback,
      call({ callbackRequestedAt: '2024-09-02 17:00', callbackAt: null }),
      '2024-09-02 17:30',
      H,
    );
    expect(outcome).toBe(PENDING);
    expect([probe.deadline, probe.remaining, probe.basis]).toEqual([at('2024-09-02 18:00'), 1800, 'hours']);
  });
});

describe('notices with a due time of their own are watched', () => {
  it('complaint.transfer T4: transferred Mon 16:00, not yet notified at Tue 10:00 — notice due Tue 16:00, 5 h left', () => {
    const r = complaint({
      channel: 'visit',
      type: 'other',
      receivedAt: '2024-09-02 09:00',
      transferredAt: '2024-09-02 16:00',
      transferNotifiedAt: null,
      answeredAt: null,
    });
    const { outcome, probe } = probed(complaintTransfer, r, '2024-09-03 10:00', 8 * H);
    expect(outcome).toBe(PENDING);
    expect([probe.deadline, probe.remaining]).toEqual([at('2024-09-03 16:00'), 5 * H]);
    expect(probed(complaintTransfer, r, '2024-09-03 10:00', 4 * H).probe.deadline).toBe(-1);
  });

  it('complaint.progress-notice P3: due Mon 02-03 18:00, at 10:00 7 h left (day-based)', () => {
    const r = complaint({ channel: 'mail', type: 'petition', receivedAt: '2025-01-02 10:00', answeredAt: null });
    const { outcome, probe } = probed(complaintProgressNotice, r, '2025-02-03 10:00', 8 * H);
    expect(outcome).toBe(PENDING);
    expect([probe.deadline, probe.remaining, probe.basis]).toEqual([at('2025-02-03 18:00'), 7 * H, 'days']);
  });
});
