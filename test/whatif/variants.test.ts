/**
 * The engine's what-if seam: the rows are read once and every variant judges the same records
 * again. Flipped records are the ones worked out by hand in test/whatif/data/README.md.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAsOf } from '../../src/api/period.js';
import { createCalendar } from '../../src/calendar/calendar.js';
import { daysFromCivil } from '../../src/calendar/kst.js';
import { normalizeConfig, resolveRuleOptions, defaultConfig } from '../../src/config/normalize.js';
import { audit } from '../../src/engine/engine.js';
import { openInput } from '../../src/ingest/open.js';

const DATA = join(import.meta.dirname, 'data');

async function run(variants: Parameters<typeof audit>[1]['variants']) {
  const inputs = [await openInput(join(DATA, 'complaints.csv'), {}), await openInput(join(DATA, 'calls.csv'), {})];
  return audit(inputs, {
    calendar: createCalendar(),
    asOf: parseAsOf('2025-07-01'),
    period: { from: null, to: null },
    granularity: 'month',
    rules: resolveRuleOptions(defaultConfig()),
    groupBy: null,
    previousPeriod: null,
    variants,
  });
}

const label = { ko: '', en: '' };

describe('engine variants', () => {
  it('a variant with call.rings ≤ 2 flips R-1 only; one with lunch 11:30–12:30 flips L-1 and L-2', async () => {
    const rings = resolveRuleOptions(normalizeConfig({ rules: { 'call.rings': { maxRings: 2 } } }, 'w.json'));
    const result = await run([
      { name: 'rings', label, calendar: createCalendar(), rules: rings },
      {
        name: 'lunch',
        label,
        calendar: createCalendar({ hours: ['09:00-11:30', '12:30-18:00'] }),
        rules: resolveRuleOptions(defaultConfig()),
      },
    ]);
    const [r, l] = result.whatIf!.variants;
    expect(r!.flips.map((f) => `${f.recordId} ${f.rule} ${f.before}→${f.after}`)).toEqual(['R-1 call.rings pass→violation']);
    expect(l!.flips.map((f) => `${f.recordId} ${f.rule} ${f.before}→${f.after}`)).toEqual([
      'L-1 complaint.inquiry pass→violation',
      'L-2 complaint.inquiry violation→pass',
    ]);
    expect(r!.rules.find((x) => x.id === 'call.rings')).toMatchObject({ passed: 1, violations: 2 });
    // The normal result is untouched by the variants.
    expect(result.rules.find((x) => x.id === 'call.rings')).toMatchObject({ passed: 2, violations: 1 });
    expect(result.whatIf!.judged['call.rings']).toBe(3);
  });

  it('a per-record calendar: records before a cut-off judged without 2025-01-27 flip H-1 only', async () => {
    const without = createCalendar({ overrides: { file: 'x', add: [], remove: [{ day: daysFromCivil(2025, 1, 27) }] } });
    const cutoff = parseAsOf('2025-01-08');
    const result = await run([
      {
        name: 'announced',
        label,
        calendar: createCalendar(),
        rules: resolveRuleOptions(defaultConfig()),
        calendarFor: (t) => (t < cutoff ? without : createCalendarOnce()),
      },
    ]);
    expect(result.whatIf!.variants[0]!.flips.map((f) => `${f.recordId} ${f.before}→${f.after}`)).toEqual(['H-1 pass→violation']);
  });

  it('no variants: no whatIf in the result', async () => {
    expect((await run(undefined)).whatIf).toBeUndefined();
  });
});

let once: ReturnType<typeof createCalendar> | undefined;
function createCalendarOnce() {
  once ??= createCalendar();
  return once;
}
