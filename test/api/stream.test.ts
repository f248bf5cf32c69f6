/**
 * `auditStream` waits for its consumer (issue 16): reading pauses while `highWater` violations
 * wait to be pulled, so a slow loop keeps the queue bounded, and leaving the loop early ends the
 * reading and closes the file.
 *
 * The export: ROWS payments, each claimed Tue 2025-03-04 09:00 and paid Thu 2025-03-20 10:00 by
 * PPS — far past payment.four-hours' 4 working hours, and the only payments rule whose columns
 * the file has — so every row read is exactly one violation, and "rows read − violations pulled"
 * is the number of violations the stream holds.
 */
import { copyFileSync, mkdtempSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditStream, type Violation } from '../../src/index.js';
import { openInput } from '../../src/ingest/open.js';
import type { OpenedInput, RowSink } from '../../src/model/input.js';

const ROWS = 60_000;
const HIGH_WATER = 200;
let dir: string;
let path: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'charter-audit-stream-'));
  path = join(dir, 'late.csv');
  const lines = ['id,claimed_at,paid_at,payer'];
  for (let i = 1; i <= ROWS; i++) lines.push(`P${String(i).padStart(7, '0')},2025-03-04 09:00:00,2025-03-20 10:00:00,pps`);
  writeFileSync(path, `${lines.join('\n')}\n`); // about 3 MB: a dozen chunks of the reader
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The file opened as the library opens it, counting the records its pump hands on. */
async function counted(): Promise<{ input: OpenedInput; records: () => number }> {
  const input = await openInput(path, {});
  let records = 0;
  const wrapped: OpenedInput = {
    ...input,
    pump: (sink: RowSink) =>
      input.pump({
        ...sink,
        record: (r) => {
          records++;
          sink.record(r);
        },
      }),
  };
  return { input: wrapped, records: () => records };
}

/** Whether this process holds a descriptor open on the file. */
const holdsOpen = (file: string) =>
  readdirSync('/proc/self/fd').some((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`) === file;
    } catch {
      return false; // closed between the listing and the look
    }
  });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const OPTIONS = { asOf: '2025-09-01', highWater: HIGH_WATER };

describe('auditStream and a slow consumer', () => {
  it('pauses reading while the consumer has not pulled, so the held violations stay bounded', async () => {
    const { input, records } = await counted();
    let pulled = 0;
    let mostHeld = 0;
    const stream = auditStream([input], OPTIONS);
    for await (const v of stream) {
      pulled++;
      expect(v.rule).toBe('payment.four-hours');
      mostHeld = Math.max(mostHeld, records() - pulled);
      // A slow consumer: a pause now and then, long enough for an unbounded reader to finish the file.
      if (pulled === 1 || pulled % 5_000 === 0) {
        const before = records();
        await sleep(150);
        expect(records()).toBe(before); // nothing is read while the consumer sits
        mostHeld = Math.max(mostHeld, records() - pulled);
      }
    }
    expect(pulled).toBe(ROWS);
    // The bound: the high-water mark plus what one chunk of the reader (256 KiB, ~5,000 of these rows) can hold.
    expect(mostHeld).toBeLessThan(HIGH_WATER + 6_000);
    expect(mostHeld).toBeLessThan(ROWS / 5);
  });

  it('stops reading and closes the file when the loop is left early', async () => {
    const { input, records } = await counted();
    const seen: Violation[] = [];
    for await (const v of auditStream([input], OPTIONS)) {
      seen.push(v);
      expect(holdsOpen(path)).toBe(true);
      if (seen.length === 10) break;
    }
    // The loop's exit completes once the run has ended: the file is already closed.
    expect(holdsOpen(path)).toBe(false);
    const afterBreak = records();
    expect(afterBreak).toBeLessThan(ROWS / 5);
    await sleep(200);
    expect(records()).toBe(afterBreak);
    expect(seen.map((v) => v.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('gives a path input the same way: break, and the file is closed', async () => {
    let n = 0;
    for await (const v of auditStream([path], OPTIONS)) {
      expect(v.recordId).toBe(`P${String(++n).padStart(7, '0')}`);
      if (n === 3) break;
    }
    expect(holdsOpen(path)).toBe(false);
  });

  it('ends the worker threads of a parallel read (jobs) too: break, and neither file stays open', async () => {
    const other = join(dir, 'late-2.csv');
    copyFileSync(path, other);
    let n = 0;
    for await (const v of auditStream([path, other], { ...OPTIONS, jobs: 2, parallelMinBytes: 1 })) {
      expect(v.file).toBe(path);
      // The second file's worker may be parsing ahead by now, or not yet started, or done: whether
      // it holds the file at this instant is a race, so only what break leaves behind is checked.
      if (++n === 3) break;
    }
    expect(holdsOpen(path)).toBe(false);
    expect(holdsOpen(other)).toBe(false);
  });

  it.each([[Number.NaN], [0], [Number.POSITIVE_INFINITY]])(
    'takes the default bound for a highWater of %s, never stalling',
    async (highWater) => {
      let n = 0;
      for await (const v of auditStream([path], { asOf: '2025-09-01', highWater })) {
        expect(v.rule).toBe('payment.four-hours');
        n++;
      }
      expect(n).toBe(ROWS);
    },
  );

  it('still yields every violation and returns the result to a consumer that pulls to the end', async () => {
    const stream = auditStream([path], { asOf: '2025-09-01', highWater: 1 });
    let n = 0;
    let step = await stream.next();
    while (!step.done) {
      n++;
      step = await stream.next();
    }
    expect(n).toBe(ROWS);
    expect(step.value.rules.find((r) => r.id === 'payment.four-hours')).toMatchObject({ evaluated: ROWS, violations: ROWS });
    expect(step.value.violations).toEqual([]);
  });
});
