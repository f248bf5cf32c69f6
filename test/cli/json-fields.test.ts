/**
 * JSON fields an auditor filters on (issue 12 item 13), on the hand-checked e2e data and a small
 * inline export: each violation's severity (rule severity: complaint.inquiry is an error,
 * call.wait-announcement a warning), `department: null` when the export has none, and each
 * rejected row's code, column and value. schemaVersion stays 1 (fields are only added).
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const json = async (args: string[], stdin?: string) => {
  const r = await runCli(
    ['audit', ...args, '--as-of', '2025-07-01T09:00:00+09:00', '--format', 'json', '--fail-on', 'none'],
    stdin === undefined ? {} : { stdin: Readable.from([stdin]) },
  );
  return JSON.parse(r.stdout);
};

describe('JSON report fields', () => {
  it('gives every violation its severity, so errors can be kept with jq', async () => {
    const j = await json(['test/e2e/data/complaints.csv', 'test/e2e/data/calls.csv']);
    expect(j.schemaVersion).toBe(1);
    const pick = (rule: string) => j.violations.find((v: { rule: string }) => v.rule === rule);
    expect(pick('complaint.inquiry').severity).toBe('error');
    expect(pick('call.wait-announcement').severity).toBe('warning');
    for (const v of j.violations) expect(['error', 'warning']).toContain(v.severity);
    // Key order: severity right after kind.
    expect(Object.keys(pick('complaint.inquiry')).slice(0, 4)).toEqual(['rule', 'kind', 'severity', 'file']);
  });

  it('gives every violation its messageId and data beside the rendered message, and every rejection and warning its data', async () => {
    const j = await json(['test/e2e/data/payments.csv']);
    expect(j.violations.length).toBeGreaterThan(0);
    for (const v of j.violations) {
      expect(typeof v.messageId).toBe('string');
      expect(typeof v.data).toBe('object');
    }
    // Data is what the words are made of: a late payment's overrun is its overWorkingSeconds.
    const late = j.violations.find((v: { messageId: string }) => v.messageId === 'hours-late');
    expect(late.data.late).toBe(late.overWorkingSeconds);
    expect(late.data.limit).toBe(late.allowedWorkingSeconds);
  });

  it('writes department: null rather than leaving the key out', async () => {
    const j = await json(['test/e2e/data/calls.csv']);
    const v = j.violations.find((x: { recordId: string }) => x.recordId === 'C-2');
    expect(v).toHaveProperty('department', null);
  });

  it('gives each rejected row its code, column and value', async () => {
    const csv =
      'id,claimed_at,paid_at,amount,supplier_id,payer\nP-1,2025-03-04 09:00,2025-02-30 09:00,1000,123-45-67890,pps\nP-2,2025-03-04 09:00,2025-03-03 09:00,1000,123-45-67890,pps\n';
    const j = await json(['-'], csv);
    expect(j.rejected).toEqual([
      // paid_at is optional: an unreadable one is a warning, not a rejection — so only P-2 is here.
      expect.objectContaining({ line: 3, code: 'END_BEFORE_START', column: 'paid_at', value: '2025-03-03 09:00' }),
    ]);
    const start = await json(['-'], 'id,claimed_at\nP-3,2025-13-01 09:00\n');
    expect(start.rejected[0]).toMatchObject({
      line: 2,
      code: 'INVALID_TIMESTAMP',
      column: 'claimed_at',
      value: '2025-13-01 09:00',
    });
    expect(Object.keys(start.rejected[0])).toEqual(['file', 'line', 'code', 'column', 'value', 'reason', 'data']);
  });
});
