/**
 * The law of variants: judging the same rows under an alternative gives, rule by rule, the counts
 * an audit run with that alternative as its config gives; an alternative equal to the run flips
 * nothing. On the sample fixtures, for random thresholds and working hours (fast-check).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/api/audit.js';

const FIX = join(import.meta.dirname, '../../fixtures');
const FILES = ['complaints.csv', 'payments.csv', 'contracts.csv', 'calls.csv'].map((f) => join(FIX, f));
const BASE = { asOf: '2025-09-01', config: join(FIX, 'charter-audit.config.json') };
const counts = (rules: readonly { id: string; passed: number; violations: number; pending: number }[]) =>
  rules.map((r) => `${r.id} ${r.passed}/${r.violations}/${r.pending}`);

describe('variants judge as an audit with their config would', () => {
  it('an alternative equal to the run flips nothing and counts the same', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ca-law-'));
    const same = join(dir, 'same.json');
    writeFileSync(same, '{}');
    const result = await audit(FILES, { ...BASE, whatIf: [same] });
    const [v] = result.whatIf!.variants;
    expect(v!.flips).toEqual([]);
    expect(v!.aggregateFlips).toEqual([]);
    expect(counts(v!.rules)).toEqual(counts(result.rules));
  });

  it('for random thresholds and lunch hours, the variant counts equal a separate audit with that config', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ca-law-'));
    let k = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          inquiry: fc.integer({ min: 1, max: 16 }),
          payment: fc.integer({ min: 1, max: 8 }),
          rings: fc.integer({ min: 1, max: 5 }),
          lunch: fc.constantFrom(['09:00-12:00', '13:00-18:00'], ['09:00-11:30', '12:30-18:00'], ['09:00-18:00']),
        }),
        async (c) => {
          const what = {
            standardDays: { 'unit-price': 7, total: 15, 'total/construction': 30 },
            workingHours: c.lunch,
            rules: {
              'complaint.inquiry': { hours: c.inquiry },
              'payment.four-hours': { hours: c.payment },
              'call.rings': { maxRings: c.rings },
            },
          };
          const file = join(dir, `w${k++}.json`);
          writeFileSync(file, JSON.stringify(what));
          const withVariant = await audit(FILES, { ...BASE, whatIf: [file] });
          const separate = await audit(FILES, { ...BASE, config: file });
          const v = withVariant.whatIf!.variants[0]!;
          expect(counts(v.rules)).toEqual(counts(separate.rules));
          // Every flip is a record whose violation status differs between the two audits.
          const key = (x: { rule: string; file: string; line: number }) => `${x.rule} ${x.file}:${x.line}`;
          const before = new Set(withVariant.violations.map(key));
          const after = new Set(separate.violations.map(key));
          const differ = [...new Set([...before, ...after])].filter((x) => before.has(x) !== after.has(x)).sort();
          expect(v.flips.map(key).sort()).toEqual(differ);
        },
      ),
      { numRuns: 8 },
    );
  }, 120_000);
});
