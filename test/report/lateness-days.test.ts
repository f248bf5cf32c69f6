/**
 * Day-based lateness reads in working days (issue 12 item 9). Hand-worked (추석 9/16–18 skipped):
 * received Mon 2024-09-09 15:00, 7 statutory days → 7th working day Fri 09-20, due 18:00.
 * - S-1 answered Mon 09-23 09:10: 10 min of working time past the due day → 1 working day late.
 * - S-2 answered Tue 09-24 10:00: Mon 8 h + Tue 1 h = 9 h → into the 2nd working day → 2 working days.
 * An hours-based lateness still reads in working time.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { lateness } from '../../src/report/i18n.js';
import { runCli } from '../helpers/cli.js';

const CSV =
  'id,channel,type,received_at,answered_at,processing_days\n' +
  'S-1,visit,other,2024-09-09 15:00,2024-09-23 09:10,7\n' +
  'S-2,visit,other,2024-09-09 15:00,2024-09-24 10:00,7\n';

describe('lateness of day-based rules', () => {
  it('is shown in working days in the table and Markdown, hours-based in working time', async () => {
    const md = (
      await runCli(['audit', '-', '--as-of', '2025-07-01', '--format', 'md', '--fail-on', 'none'], {
        stdin: Readable.from([CSV]),
      })
    ).stdout;
    expect(md).toMatch(/S-1[^\n]*\| 1 working day late \|/);
    expect(md).toMatch(/S-2[^\n]*\| 2 working days late \|/);
    const ko = (
      await runCli(['audit', '-', '--as-of', '2025-07-01', '--format', 'table', '--lang', 'ko', '--fail-on', 'none'], {
        stdin: Readable.from([CSV]),
      })
    ).stdout;
    expect(ko).toContain('2근무일');
    expect(lateness({ allowedWorkingSeconds: 28_800, overWorkingSeconds: 8100 }, 28_800, 'en')).toBe('2h 15m');
  });
});
