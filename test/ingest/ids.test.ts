import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdLines } from '../../src/ingest/ids.js';

/** The reference: what a Map of id → first line says. */
function reference(rows: readonly string[]): number[] {
  const seen = new Map<string, number>();
  return rows.map((id, i) => {
    const line = i + 2;
    const first = seen.get(id);
    if (first !== undefined) return first;
    seen.set(id, line);
    return 0;
  });
}

const viaTable = (rows: readonly string[]): number[] => {
  const ids = new IdLines();
  return rows.map((id, i) => ids.firstOrAdd(id, i + 2));
};

describe('IdLines (duplicate-id detection in compact memory)', () => {
  it('gives the first line of an id seen before, 0 for a new one', () => {
    const ids = new IdLines();
    expect(ids.firstOrAdd('C-1', 2)).toBe(0);
    expect(ids.firstOrAdd('C-2', 3)).toBe(0);
    expect(ids.firstOrAdd('C-1', 9)).toBe(2);
    expect(ids.firstOrAdd('민원-1', 10)).toBe(0);
    expect(ids.firstOrAdd('민원-1', 11)).toBe(10);
    expect(ids.size).toBe(3);
  });

  it('keeps numeric runs apart from ids that only look alike', () => {
    const rows = ['2500000001', '2500000002', '2500000003', '007', '7', '2500000002', '0000000007', '2500000004', '2500000001'];
    expect(viaTable(rows)).toEqual(reference(rows));
    expect(viaTable(rows)).toEqual([0, 0, 0, 0, 0, 3, 0, 0, 2]);
  });

  it('agrees with a Map on sequential, random, mixed and non-ASCII ids', () => {
    const id = fc.oneof(
      fc.integer({ min: 0, max: 40 }).map(String),
      fc.integer({ min: 2_500_000_000, max: 2_500_000_030 }).map(String),
      fc.constantFrom('A', 'a', 'A ', '접수-1', '접수-2', 'é', '', '0', '00', '-1', '1e3'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(id, { maxLength: 300 }), (rows) => {
        expect(viaTable(rows)).toEqual(reference(rows));
      }),
      { numRuns: 300 },
    );
  });

  it('stays exact past its first growth, with long ascending runs broken by repeats', () => {
    const rows: string[] = [];
    for (let i = 0; i < 50_000; i++) rows.push(String(3_000_000_000 + i));
    for (let i = 0; i < 20_000; i++) rows.push(`K-${i % 15_000}`);
    rows.push('3000000000', '3000049999', '3000050000');
    expect(viaTable(rows)).toEqual(reference(rows));
  });
});
