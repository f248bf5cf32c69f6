import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Watch, allowanceBand, countFinding, countUse, newAllowanceUse } from '../../src/engine/allowance.js';
import { ALLOWANCE_BANDS, type AllowanceUse } from '../../src/model/result.js';
import { newProbe } from '../../src/model/rule.js';
import { parseWorkingDuration } from '../../src/format/index.js';
import { resolveDueWithin } from '../../src/api/prepare.js';
import { textFinding } from '../helpers/messages.js';

const order = ALLOWANCE_BANDS.map((b) => b.key);

describe('allowanceBand: ≤ 50%, (50, 75], (75, 90], (90, 100], over', () => {
  it('puts a boundary in the band it closes and one second more in the next (4 h allowance)', () => {
    const allowed = 14400;
    expect(allowanceBand(7200, allowed)).toBe('upTo50');
    expect(allowanceBand(7201, allowed)).toBe('upTo75');
    expect(allowanceBand(10800, allowed)).toBe('upTo75');
    expect(allowanceBand(10801, allowed)).toBe('upTo90');
    expect(allowanceBand(12960, allowed)).toBe('upTo90');
    expect(allowanceBand(12961, allowed)).toBe('upTo100');
    expect(allowanceBand(14400, allowed)).toBe('upTo100');
    expect(allowanceBand(14401, allowed)).toBe('over100');
    expect(allowanceBand(0, allowed)).toBe('upTo50');
  });

  it('decides boundaries in integers where a float would round (1 h 40 m at 90% of 6 001 s)', () => {
    // 0.9 × 6001 = 5400.9: 5400 s is within 90%, 5401 s is not.
    expect(allowanceBand(5400, 6001)).toBe('upTo90');
    expect(allowanceBand(5401, 6001)).toBe('upTo100');
  });

  it('never moves down as more working time is used (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.nat(20_000_000), fc.nat(1000), (allowed, e, more) => {
        expect(order.indexOf(allowanceBand(e + more, allowed))).toBeGreaterThanOrEqual(order.indexOf(allowanceBand(e, allowed)));
      }),
    );
  });

  it('is over 100% exactly when the record violates the hours rule (elapsed > allowed)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.nat(2_000_000), (allowed, e) => {
        expect(allowanceBand(e, allowed) === 'over100').toBe(e > allowed);
      }),
    );
  });
});

describe('counting use', () => {
  it('counts passes by their probe and violations by their finding; day-based findings are not measured', () => {
    const use: AllowanceUse = newAllowanceUse();
    countUse(use, 3600, 14400);
    const base = { start: 0, end: 1, deadline: 1, overWorkingSeconds: 1, open: false, ...textFinding({ en: '', ko: '' }) };
    countFinding(use, { ...base, allowedWorkingSeconds: 14400, elapsedWorkingSeconds: 20000 });
    countFinding(use, { ...base, allowedWorkingSeconds: null, elapsedWorkingSeconds: 20000 });
    expect(use).toEqual({ upTo50: 1, upTo75: 0, upTo90: 0, upTo100: 0, over100: 1 });
  });
});

describe('Watch', () => {
  it('orders by remaining time, then deadline, input, line, rule id', () => {
    const w = new Watch(28800);
    const probe = (remaining: number, deadline: number) => ({ ...newProbe(), remaining, deadline, allowed: 14400, elapsed: 0 });
    const rec = (line: number) => ({ file: 'f', line, id: `R${line}`, department: null });
    w.add(1, { id: 'b.rule', kind: 'payments' }, 'error', rec(2), probe(100, 50));
    w.add(1, { id: 'a.rule', kind: 'payments' }, 'error', rec(2), probe(100, 50));
    w.add(0, { id: 'z.rule', kind: 'payments' }, 'error', rec(9), probe(100, 50));
    w.add(0, { id: 'z.rule', kind: 'payments' }, 'error', rec(1), probe(100, 60));
    w.add(2, { id: 'z.rule', kind: 'payments' }, 'error', rec(1), probe(0, 70));
    const got = w.finish().items.map((i) => `${i.remainingWorkingSeconds}/${i.deadline}/${i.line}/${i.rule}`);
    expect(got).toEqual(['0/70/1/z.rule', '100/50/9/z.rule', '100/50/2/a.rule', '100/50/2/b.rule', '100/60/1/z.rule']);
  });
});

describe('--due-within durations', () => {
  it('reads the units reports write, in English and Korean; a day is the working day given', () => {
    expect(parseWorkingDuration('8h')).toBe(28800);
    expect(parseWorkingDuration('30m')).toBe(1800);
    expect(parseWorkingDuration('1d')).toBe(28800);
    expect(parseWorkingDuration('1d', 7 * 3600)).toBe(25200);
    expect(parseWorkingDuration('1h30m')).toBe(5400);
    expect(parseWorkingDuration(' 2h 15m ')).toBe(8100);
    expect(parseWorkingDuration('1.5h')).toBe(5400);
    expect(parseWorkingDuration('2시간 15분')).toBe(8100);
    expect(parseWorkingDuration('1일')).toBe(28800);
    expect(parseWorkingDuration('90s')).toBe(90);
  });

  it('refuses what is not a duration (no unit, unknown unit, a fraction of a second)', () => {
    for (const bad of ['8', '', 'h', '8x', '8h foo', '-1h', '0.5s', '1h-30m']) expect(parseWorkingDuration(bad)).toBeNull();
  });

  it('the library takes working seconds or text, and explains a bad value', () => {
    expect(resolveDueWithin(3600, 28800)).toBe(3600);
    expect(resolveDueWithin('1d 4h', 28800)).toBe(43200);
    expect(resolveDueWithin(undefined, 28800)).toBeUndefined();
    expect(() => resolveDueWithin('soon', 28800)).toThrow(/--due-within "soon" is not an amount of working time/);
    expect(() => resolveDueWithin(-5, 28800)).toThrow(/not an amount of working time/);
  });
});
