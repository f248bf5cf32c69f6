import { describe, expect, it } from 'vitest';
import { type Output, batched } from '../../src/cli/output.js';

/** An output that records its writes; each write's promise settles when `release` is called. */
function recording() {
  const writes: string[] = [];
  const waiting: (() => void)[] = [];
  let closed = false;
  const out: Output = {
    write(chunk) {
      writes.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return new Promise<void>((ok) => waiting.push(ok));
    },
    async close() {
      closed = true;
    },
    async abort() {},
  };
  return { out, writes, release: () => waiting.splice(0).forEach((ok) => ok()), closed: () => closed };
}

describe('batched output (one write per chunk read, not per violation)', () => {
  it('hands lines written in one go to the output as one write, in order, and flushes on close', async () => {
    const r = recording();
    const out = batched(r.out, 1000);
    for (let i = 0; i < 10; i++) void out.write(`line ${i}\n`);
    expect(r.writes).toEqual([]); // nothing yet: the writer has not yielded
    await Promise.resolve();
    expect(r.writes).toEqual([Array.from({ length: 10 }, (_, i) => `line ${i}\n`).join('')]);
    void out.write('tail\n');
    const closing = out.close();
    r.release();
    await closing;
    expect(r.writes.join('')).toMatch(/line 9\ntail\n$/);
    expect(r.closed()).toBe(true);
  });

  it('writes at the limit at once, and a write of a long text as itself, keeping the order', async () => {
    const r = recording();
    const out = batched(r.out, 10);
    void out.write('abcdef');
    void out.write('ghijkl'); // 12 ≥ 10: written now
    expect(r.writes).toEqual(['abcdefghijkl']);
    void out.write('mn');
    void out.write('0123456789abc'); // longer than the limit: what gathered, then itself
    expect(r.writes).toEqual(['abcdefghijkl', 'mn', '0123456789abc']);
  });

  it('the promise each write returns waits for the output (back-pressure)', async () => {
    const r = recording();
    const out = batched(r.out, 1000);
    let settled = false;
    void out.write('a\n');
    const last = out.write('b\n').then(() => (settled = true));
    await new Promise((ok) => setImmediate(ok));
    expect(r.writes).toEqual(['a\nb\n']);
    expect(settled).toBe(false);
    r.release();
    await last;
    expect(settled).toBe(true);
  });

  it('a failed write is thrown again by the next write and by close', async () => {
    const failing: Output = {
      write() {
        throw new Error('gone');
      },
      async close() {},
      async abort() {},
    };
    const out = batched(failing, 1000);
    await expect(out.write('x\n')).rejects.toThrow('gone');
    expect(() => out.write('y\n')).toThrow('gone');
    await expect(out.close()).rejects.toThrow('gone');
  });
});
