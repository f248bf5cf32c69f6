import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { code, stdout, stderr } = await runCli(args);
  return { code, stdout, stderr };
}

describe('charter-audit rules', () => {
  it('--json lists the 28 rules in id order, the same on every run', async () => {
    const a = await cli(['rules', '--json']);
    const b = await cli(['rules', '--json']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const list = JSON.parse(a.stdout) as { id: string; clause: string; basis: string }[];
    expect(list).toHaveLength(28);
    expect(list.map((r) => r.id)).toEqual([...list.map((r) => r.id)].sort());
    expect(list.find((r) => r.id === 'payment.four-hours')!.clause).toBe(
      '조달물자대금 청구 후 4근무시간 이내에 지급되도록 종결업무를 신속하게 처리하겠습니다.',
    );
  });

  it('--lang ko prints Korean titles; a bad config exits 2 with one line on stderr', async () => {
    const ko = await cli(['rules', '--lang', 'ko']);
    expect(ko.stdout).toContain('인터넷 조달업무 질의 1일(8근무시간) 이내 처리');
    const bad = await cli(['rules', '--config', 'no-such-config.json']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('charter-audit: no-such-config.json: no such file; pass an existing JSON file with --config\n');
  });
});
