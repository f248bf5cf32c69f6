import { describe, expect, it } from 'vitest';
import { createProgress, formatBytes } from '../../src/report/progress.js';

function fakeStream(columns = 80) {
  const writes: string[] = [];
  return { writes, columns, write: (s: string) => writes.push(s) };
}

describe('createProgress', () => {
  it('draws at most once per interval and clears its line when done', () => {
    const s = fakeStream();
    let clock = 0;
    const p = createProgress(s, 1000, { now: () => clock, intervalMs: 100 });
    p.update(100);
    p.update(200);
    p.update(300);
    expect(s.writes).toHaveLength(1);
    expect(s.writes[0]).toMatch(/^\r\[#+·+\] {2}10% {2}100 B \/ 1000 B\u001b\[K$/);
    clock = 150;
    p.update(500);
    expect(s.writes).toHaveLength(2);
    expect(s.writes[1]).toContain(' 50%');
    p.done();
    expect(s.writes.at(-1)).toBe('\r\u001b[2K');
    p.update(900);
    expect(s.writes).toHaveLength(3);
  });

  it('fits the terminal and writes nothing on done when it never drew', () => {
    const s = fakeStream(60);
    const p = createProgress(s, 10, { now: () => 0 });
    p.update(5);
    expect((s.writes[0] ?? '').replace(/\r|\u001b\[K/g, '').length).toBeLessThanOrEqual(60);
    const quiet = fakeStream();
    createProgress(quiet, 10).done();
    expect(quiet.writes).toEqual([]);
  });

  it('formats sizes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1_572_864)).toBe('1.5 MB');
  });
});
