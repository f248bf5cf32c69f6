/**
 * The call-centre measures reach the CSV and NDJSON reports (issue 12 item 6). fixtures/calls.csv
 * (fixtures/README.md): call.service-level fails in 2025-05, 8 of 58 calls answered within 20 s
 * (0.1379 against 0.8), the month an auditor working in Excel must see.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const CALLS = ['audit', 'fixtures/calls.csv', '--fail-on', 'none'];
const MAY =
  'call.service-level,Call-centre service level: 80% answered within 20 s (KS),2025-05,0.1379,0.8,FAIL,"withinTarget 8, offered 58"';

describe('audit fixtures/calls.csv', () => {
  it('--format csv ends with the per-period measures, the failed month among them', async () => {
    const r = await runCli([...CALLS, '--format', 'csv', '--lang', 'en']);
    expect(r.code).toBe(0);
    const [, measures] = r.stdout.split('\r\n\r\n');
    const lines = measures!.trimEnd().split('\r\n');
    expect(lines[0]).toBe('rule,title,period,value,threshold,verdict,basis');
    expect(lines).toContain(MAY);
  });

  it('--format csv --group-by month: the breakdown, then the same measures', async () => {
    const plain = await runCli([...CALLS, '--format', 'csv', '--lang', 'ko']);
    const grouped = await runCli([...CALLS, '--format', 'csv', '--lang', 'ko', '--group-by', 'month']);
    const [breakdown, measures] = grouped.stdout.split('\r\n\r\n');
    expect(breakdown).toMatch(/^구분 기준,구분,규칙,/);
    expect(measures).toBe(plain.stdout.split('\r\n\r\n')[1]);
    expect(measures).toContain(',2025-05,0.1379,0.8,부적합,"withinTarget 8, offered 58"');
  });

  it('--format ndjson: one "aggregate" line per measure after the violations, as in the JSON report', async () => {
    const nd = await runCli([...CALLS, '--format', 'ndjson']);
    const json = JSON.parse((await runCli([...CALLS, '--format', 'json'])).stdout) as {
      violations: unknown[];
      aggregates: Record<string, unknown>[];
    };
    const lines = nd.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const n = json.violations.length;
    expect(lines.slice(0, n)).toEqual(json.violations);
    expect(lines.slice(n)).toEqual(json.aggregates.map((a) => ({ type: 'aggregate', ...a })));
    expect(lines).toContainEqual(
      expect.objectContaining({ type: 'aggregate', rule: 'call.service-level', period: '2025-05', passed: false }),
    );
  });
});
