import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../../src/calendar/calendar.js';
import { kstDay, secondOfDay } from '../../src/calendar/kst.js';
import { parseTimestamp } from '../../src/ingest/timestamp.js';
import { KINDS, REQUIRED_COLUMN } from '../../src/model/records.js';
import { CALLS_PER_DAY, TOPICS, TOPIC_WEIGHTS, spread } from '../../src/sample/index.js';
import { records, sampleText } from './helpers.js';

const calendar = defaultCalendar();
/** The kinds whose sample is a volume of records (`--rows` exactly); activities are a calendar of duties (test/sample/activities.test.ts). */
const VOLUME_KINDS = KINDS.filter((k) => k !== 'activities');

describe('sample generator', () => {
  it('is byte-identical for the same seed and options', () => {
    for (const kind of VOLUME_KINDS) {
      const a = sampleText({ kind, rows: '500', seed: '42' });
      const b = sampleText({ kind, rows: '500', seed: '42' });
      expect(a).toBe(b);
      expect(a.length).toBeGreaterThan(500 * 40);
    }
  });

  it('differs between seeds', () => {
    for (const kind of KINDS) {
      expect(sampleText({ kind, rows: '200', seed: '1' })).not.toBe(sampleText({ kind, rows: '200', seed: '2' }));
    }
  });

  it('writes exactly the requested number of rows, header first', () => {
    for (const kind of VOLUME_KINDS) {
      for (const n of [0, 1, 7, 1234]) {
        const lines = sampleText({ kind, rows: String(n), seed: '3' }).split('\n');
        expect(lines.pop()).toBe('');
        expect(lines.length).toBe(n + 1);
        expect(lines[0]?.startsWith('id,')).toBe(true);
      }
    }
  });

  it('starts every record on a working day at a plausible working time', () => {
    for (const kind of VOLUME_KINDS) {
      const rows = records(sampleText({ kind, rows: '3000', seed: '9', year: '2025' }));
      for (const r of rows) {
        const t = parseTimestamp(r[REQUIRED_COLUMN[kind]] as string);
        expect(calendar.isWorkingDay(kstDay(t)), `${kind} ${r.id} ${r[REQUIRED_COLUMN[kind]]}`).toBe(true);
        const s = secondOfDay(t);
        if (kind === 'calls') {
          // The call centre takes calls through lunch; 09:00–18:00.
          expect(s >= 9 * 3600 && s < 18 * 3600).toBe(true);
        } else {
          expect((s >= 9 * 3600 && s < 12 * 3600) || (s >= 13 * 3600 && s < 18 * 3600), `${kind} ${r.id}`).toBe(true);
        }
      }
    }
  });

  it('never starts a call on a public holiday (임시공휴일 2025-01-27, 설날 2025-01-28…30, 삼일절 대체공휴일 2025-03-03)', () => {
    const rows = records(sampleText({ kind: 'calls', rows: '5000', seed: '5', from: '2025-01-27', to: '2025-03-07' }));
    const days = new Set(rows.map((r) => (r.arrived_at as string).slice(0, 10)));
    for (const holiday of ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-03-03'])
      expect(days.has(holiday)).toBe(false);
    expect(days.has('2025-01-31')).toBe(true);
    expect(days.has('2025-03-04')).toBe(true);
  });

  it("follows the seed's topic mix and abandons 4–6% of call-centre calls (20,000 rows)", () => {
    const rows = records(sampleText({ kind: 'calls', rows: '20000', seed: '11' }));
    const total = TOPIC_WEIGHTS.reduce((a, b) => a + b, 0);
    const inbound = rows.filter((r) => r.direction === 'inbound' && r.queue === 'callcenter');
    TOPICS.forEach((topic, i) => {
      const share = inbound.filter((r) => r.topic === topic).length / inbound.length;
      expect(share).toBeGreaterThan((TOPIC_WEIGHTS[i] as number) / total - 0.015);
      expect(share).toBeLessThan((TOPIC_WEIGHTS[i] as number) / total + 0.015);
    });
    const abandoned = inbound.filter((r) => r.answered_at === '').length / inbound.length;
    expect(abandoned).toBeGreaterThan(0.04);
    expect(abandoned).toBeLessThan(0.06);
    const answered = inbound.filter((r) => r.answered_at !== '');
    const meanWait = answered.reduce((a, r) => a + Number(r.wait_seconds), 0) / answered.length;
    expect(meanWait).toBeGreaterThan(11);
    expect(meanWait).toBeLessThan(16);
    // Waits are consistent with the two timestamps.
    for (const r of answered.slice(0, 500)) {
      expect(parseTimestamp(r.answered_at as string) - parseTimestamp(r.arrived_at as string)).toBe(Number(r.wait_seconds));
    }
    // Announcements: mostly played after 20 s, never before.
    const long = inbound.filter((r) => Number(r.wait_seconds) > 20);
    const played = long.filter((r) => r.wait_announced === 'true').length / long.length;
    expect(played).toBeGreaterThan(0.9);
    expect(played).toBeLessThan(1);
    expect(inbound.filter((r) => Number(r.wait_seconds) <= 20 && r.wait_announced === 'true')).toEqual([]);
  });

  it('spreads rows evenly over the working days: two days of the seed’s 3,770 calls', () => {
    const rows = records(
      sampleText({ kind: 'calls', rows: String(CALLS_PER_DAY * 2), seed: '1', from: '2025-03-01', to: '2025-03-05' }),
    );
    // 03-01 Sat, 03-02 Sun, 03-03 대체공휴일: only the 4th and 5th are working days.
    expect(rows.filter((r) => (r.arrived_at as string).startsWith('2025-03-04')).length).toBe(CALLS_PER_DAY);
    expect(rows.filter((r) => (r.arrived_at as string).startsWith('2025-03-05')).length).toBe(CALLS_PER_DAY);
  });

  it('makes the requested share of PPS payments late (past 4 working hours)', () => {
    for (const share of [0, 0.2]) {
      const rows = records(sampleText({ kind: 'payments', rows: '2000', seed: '4', lateShare: String(share) }));
      const pps = rows.filter((r) => r.payer === 'pps');
      const late = pps.filter(
        (r) =>
          r.paid_at !== '' &&
          calendar.elapsed(parseTimestamp(r.claimed_at as string), parseTimestamp(r.paid_at as string)) > 4 * 3600,
      );
      expect(late.length / pps.length).toBeGreaterThan(share - 0.03);
      expect(late.length / pps.length).toBeLessThan(share + 0.03);
      // Amounts look like 조달물자대금: grouped digits.
      expect(rows.every((r) => /^\d{1,3}(,\d{3})*$/.test(r.amount as string))).toBe(true);
    }
  });

  it('gives unit-price goods a delivery request mostly within 1 working hour', () => {
    const rows = records(sampleText({ kind: 'contracts', rows: '2000', seed: '8' }));
    const unit = rows.filter((r) => r.contract_type === 'unit-price');
    expect(unit.every((r) => r.category === 'goods' && r.delivery_requested_at !== '')).toBe(true);
    const within = unit.filter(
      (r) =>
        calendar.elapsed(parseTimestamp(r.requested_at as string), parseTimestamp(r.delivery_requested_at as string)) <= 3600,
    );
    expect(within.length / unit.length).toBeGreaterThan(0.9);
    expect(within.length).toBeLessThan(unit.length);
    expect(rows.every((r) => /^\d{7}$/.test(r.agency_id as string) && /^\d{3}-\d{2}-\d{5}$/.test(r.supplier_id as string))).toBe(
      true,
    );
  });

  it('spread() selects exactly ⌊n·share⌋ indices', () => {
    for (const [n, share] of [
      [100, 0.05],
      [37, 0.2],
      [1000, 0.333],
    ] as const) {
      let k = 0;
      for (let i = 0; i < n; i++) if (spread(i, share)) k++;
      expect(k).toBe(Math.floor(n * share));
    }
  });
});
