/**
 * The charter's remaining promises (issue 14) through the built CLI, on the fixtures: each new rule
 * finds at least one violation there, and the Korean CP949 copy gives the same counts.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './cli.js';

const ARGS = [
  '--as-of',
  '2025-09-01',
  '--config',
  join('fixtures', 'charter-audit.config.json'),
  '--format',
  'json',
  '--fail-on',
  'none',
];
const KINDS = ['complaints', 'payments', 'contracts', 'calls'];

function counts(dir: string, ids: readonly string[]): Record<string, number[]> {
  const report = JSON.parse(cli(['audit', ...KINDS.map((k) => join(dir, `${k}.csv`)), ...ARGS]).stdout);
  return Object.fromEntries(
    ids.map((id) => {
      const r = report.rules.find((x: { id: string }) => x.id === id);
      return [id, [r.evaluated, r.passed, r.violations, r.pending]];
    }),
  );
}

describe('issue 14 rules on the fixtures', () => {
  const ids = ['call.callback', 'complaint.care-call'];
  const en = counts('fixtures', ids);

  it('call.callback: every 12th answered inbound call asks for a call-back, every 5th call-back is late', () => {
    // 27 requests in the 6 generated days (fixtures/README.md); ⌊27 × 0.2⌋ = 5 called back 9 working hours later.
    expect(en['call.callback']).toEqual([27, 22, 5, 0]);
  });

  it('complaint.care-call: every 진정·건의 is a target, a quarter of them got their Care Call', () => {
    expect(en['complaint.care-call']).toEqual([100, 25, 75, 0]);
  });

  it('the Korean CP949 fixtures give the same counts', () => {
    expect(counts(join('fixtures', 'ko'), ids)).toEqual(en);
  });
});
