/**
 * A call's written wait against its two timestamps (issue 12 item 4). Hand-worked:
 * - C-1 arrived 10:00:00, answered 10:00:50 → 50 s between; wait_seconds says 10 → warning; the
 *   rules use 10 s, so call.wait-announcement (≥ 20 s) does not apply to C-1.
 * - C-2 25 s written, 25 s between → no warning; waited ≥ 20 s unannounced → a violation.
 * - C-3 26 s written, 25 s between → within the 1 s a rounded export may differ by: no warning.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const CSV = [
  'id,arrived_at,answered_at,wait_seconds,queue,direction,wait_announced',
  'C-1,2025-03-04 10:00:00,2025-03-04 10:00:50,10,callcenter,inbound,N',
  'C-2,2025-03-04 10:05:00,2025-03-04 10:05:25,25,callcenter,inbound,N',
  'C-3,2025-03-04 10:10:00,2025-03-04 10:10:25,26,callcenter,inbound,Y',
  '',
].join('\n');

const audit = (...more: string[]) =>
  runCli(['audit', '-', '--as-of', '2025-07-01', '--fail-on', 'none', ...more], { stdin: Readable.from([CSV]) });

describe('wait_seconds contradicting arrived_at → answered_at', () => {
  it('warns with file and line and says the rules used the written wait', async () => {
    const r = await audit('--format', 'json');
    const j = JSON.parse(r.stdout);
    expect(j.warnings).toEqual([
      {
        file: '<stdin>',
        line: 2,
        data: { answered: 'answered_at', arrived: 'arrived_at', between: 50, wait: 'wait_seconds', written: 10 },
        code: 'WAIT_CONTRADICTS_TIMES',
        message: 'wait_seconds 10 s contradicts arrived_at → answered_at (50 s); the rules used wait_seconds (10 s)',
      },
    ]);
    expect(r.stderr).toContain('<stdin>:2: wait_seconds 10 s contradicts arrived_at → answered_at (50 s)');
    const rule = j.rules.find((x: { id: string }) => x.id === 'call.wait-announcement');
    expect(rule).toMatchObject({ evaluated: 2, passed: 1, violations: 1 }); // C-2 and C-3; C-1 waited 10 s as written
  });

  it('says it in Korean with --lang ko', async () => {
    const r = await audit('--format', 'json', '--lang', 'ko');
    expect(r.stderr).toContain(
      '<stdin>:2: wait_seconds 10초가 arrived_at~answered_at 간격(50초)과 다릅니다. 규칙은 wait_seconds 값(10초)을 썼습니다',
    );
  });
});
