/**
 * The whole-second rule (issue 12 item 17): a fraction of a second is dropped — truncated, never
 * rounded — in every timestamp form, and the README says so.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kstInstant } from '../../src/calendar/kst.js';
import { parseTimestamp } from '../../src/ingest/timestamp.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

describe('fractions of a second', () => {
  it('are dropped toward the earlier second in every form', () => {
    const t = kstInstant(2025, 3, 4, 17, 59, 59);
    for (const text of [
      '2025-03-04 17:59:59.999',
      '2025-03-04T17:59:59.5+09:00',
      '2025-03-04T08:59:59.999Z',
      '2025.03.04 17:59:59.9',
      '2025/03/04 17:59:59.1',
      '2025-03-04 17:59:59,5',
    ]) {
      expect(parseTimestamp(text), text).toBe(t);
    }
  });

  it('never change the second (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2018, max: 2027 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 59 }),
        fc.stringMatching(/^[0-9]{1,6}$/),
        (y, mo, d, h, mi, s, frac) => {
          const whole = `${y}-${pad(mo)}-${pad(d)} ${pad(h)}:${pad(mi)}:${pad(s)}`;
          return parseTimestamp(`${whole}.${frac}`) === kstInstant(y, mo, d, h, mi, s);
        },
      ),
    );
  });

  it('the README states the rule where time counting is explained', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## How time is counted'), readme.indexOf('### Holidays file'));
    expect(section).toContain('**Whole seconds.**');
    expect(section).toContain('`2025-03-04 17:59:59.999` is 17:59:59');
  });
});
