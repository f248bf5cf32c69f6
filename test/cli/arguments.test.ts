/** The commands agree on what they accept, and say plainly what is wrong (issue 12 item 15). */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('a bare date is 00:00 KST in deadline and elapsed, as in audit --as-of', () => {
  it('deadline 2024-09-13 --hours 4: the clock starts Fri 09:00, due Fri 13:00 + 1 h = 14:00', async () => {
    // 09–12 (3 h) + 13–14 (1 h) = 4 h on Fri 13 Sep.
    const r = await runCli(['deadline', '2024-09-13', '--hours', '4', '--json']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toMatchObject({
      start: '2024-09-13T00:00:00+09:00',
      clockStart: '2024-09-13T09:00:00+09:00',
      deadline: '2024-09-13T14:00:00+09:00',
    });
  });

  it('elapsed 2024-09-13 2024-09-19: Fri 8 h, then 추석 and the weekend → 28,800 s', async () => {
    const r = await runCli(['elapsed', '2024-09-13', '2024-09-19', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).workingSeconds).toBe(28_800);
  });

  it('a date that does not exist is still refused, naming the argument', async () => {
    const r = await runCli(['elapsed', '2024-02-30', '2024-03-01']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^charter-audit: START "2024-02-30" /);
  });
});

describe('-o into a folder that does not exist', () => {
  it('says the folder does not exist, not ENOENT', async () => {
    const r = await runCli([
      'audit',
      'test/e2e/data/payments.csv',
      '--as-of',
      '2025-07-01',
      '-o',
      '/nonexistent-dir-charter/x.json',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('/nonexistent-dir-charter does not exist');
    expect(r.stderr).not.toContain('ENOENT');
  });
});
