/**
 * The progress bar moves by bytes read, not only when a file is done (issue 12 item 16): a single
 * 1.5 MB export is read in many chunks, each reported; the bar draws the percentages between.
 */
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareAudit } from '../../src/index.js';
import { startProgress } from '../../src/cli/commands/audit.js';
import { fakeIo } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'charter-progress-'));
const big = join(dir, 'payments.csv');
const row = (i: number) => `P-${i},2025-03-04 09:00,2025-03-04 10:00,1000,123-45-67890,pps\n`;
writeFileSync(
  big,
  'id,claimed_at,paid_at,amount,supplier_id,payer\n' + Array.from({ length: 25_000 }, (_, i) => row(i)).join(''),
);
const size = statSync(big).size;

describe('progress by bytes read', () => {
  it('the audit reports each chunk of the file as it is read', async () => {
    expect(size).toBeGreaterThan(1024 * 1024);
    const chunks: number[] = [];
    const prepared = await prepareAudit([big], { asOf: '2025-07-01' });
    await prepared.run({ keepViolations: false, onBytesRead: (n) => chunks.push(n) });
    expect(chunks.length).toBeGreaterThan(4);
    expect(chunks.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(size - 100);
  });

  it('the bar shows the percentages in between on one file, then clears', () => {
    const io = fakeIo({ stderrIsTTY: true, stdoutIsTTY: true, env: {} });
    const p = startProgress(io, undefined, [big], { intervalMs: 0 })!;
    expect(p).not.toBeNull();
    for (let read = 0; read < size; read += 64 * 1024) p.bytesRead(Math.min(64 * 1024, size - read));
    p.inputDone();
    p.done();
    const shown = [...io.err().matchAll(/(\d+)%/g)].map((m) => Number(m[1]));
    expect(shown[0]).toBe(0);
    expect(shown.at(-1)).toBe(100);
    expect(shown.filter((x) => x > 0 && x < 100).length).toBeGreaterThan(10);
    expect(io.err().endsWith('\r\u001b[2K')).toBe(true);
  });
});
