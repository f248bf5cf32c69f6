/**
 * Issue 16 item 8: NDJSON to a slow reader honours back-pressure — reading waits for writing,
 * so what waits in the output buffer stays about one input chunk's findings, not the report.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/program.js';
import { fakeIo } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'charter-audit-bp-'));
const H = 'id,claimed_at,paid_at,amount,payer,department';

/** A reader that takes one write per macrotask turn: slower than the audit produces. */
function slowReader() {
  let bytes = 0;
  let peak = 0;
  const stream = new Writable({
    highWaterMark: 16 * 1024,
    write(chunk: Buffer, _enc, cb) {
      bytes += chunk.length;
      peak = Math.max(peak, stream.writableLength);
      setImmediate(cb);
    },
  });
  return { stream, bytes: () => bytes, peak: () => Math.max(peak, 0) };
}

describe('NDJSON back-pressure (item 8)', () => {
  it('a slow reader keeps the buffered output bounded while every violation arrives', async () => {
    // 120,000 late payments (~7 MB in, ~60 MB of NDJSON out).
    const rows = Array.from({ length: 120_000 }, (_, i) => `P${i},2025-03-04 09:00,2025-03-04 17:00,100,pps,대전청`);
    const path = join(dir, 'late.csv');
    writeFileSync(path, `${H}\n${rows.join('\n')}\n`);
    const reader = slowReader();
    const io = { ...fakeIo(), stdout: reader.stream };
    const code = await run(['node', 'charter-audit', 'audit', path, '--as-of', '2025-07-01', '--format', 'ndjson'], io);
    expect(code).toBe(1);
    const total = reader.bytes();
    expect(total).toBeGreaterThan(40_000_000);
    // Without back-pressure the whole report waits in the buffer; with it, about one 256 KiB
    // input chunk's findings (~4,000 rows × ~500 bytes) at most.
    expect(reader.peak()).toBeLessThan(total / 8);
  }, 120_000);
});
