/**
 * The Completed cell tells an open record (still running at --as-of: "open" / 미완료) from a duty
 * that was never done (a missing Care Call, hold notice or periodic activity: "not done" / 미이행).
 * Both have no completion time; only `open` tells them apart.
 */
import { describe, expect, it } from 'vitest';
import { kstInstant } from '../../src/calendar/kst.js';
import { formatHtml } from '../../src/report/html.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatTable } from '../../src/report/table.js';
import type { Violation } from '../../src/model/result.js';
import { options, sampleResult } from './factory.js';
import { textViolation } from '../helpers/messages.js';

const missing: Violation = {
  rule: 'contract.happy-call',
  kind: 'contracts',
  severity: 'error',
  file: 'contracts.csv',
  line: 4,
  recordId: 'R25TA00000004',
  department: null,
  start: kstInstant(2025, 3, 4, 10, 0),
  end: null,
  deadline: null,
  allowedWorkingSeconds: null,
  elapsedWorkingSeconds: null,
  overWorkingSeconds: null,
  open: false,
  ...textViolation({ ko: '해피콜 없음', en: 'no happy call' }),
};
const running: Violation = { ...missing, rule: 'payment.four-hours', recordId: 'P-OPEN', line: 5, open: true };
const result = sampleResult({ violations: [missing, running] });

describe('the Completed cell of a violation without a completion', () => {
  for (const lang of ['en', 'ko'] as const) {
    const [notDone, open] = lang === 'ko' ? ['미이행', '미완료'] : ['not done', 'open'];
    it(`table (${lang}): ${notDone} for a duty never done, ${open} for an open record`, () => {
      const lines = formatTable(result, options({ lang, width: 120, limit: null })).split('\n');
      const at = (id: string) => lines.find((l) => l.includes(id)) ?? '';
      expect(at('R25TA00000004')).toContain(notDone);
      expect(at('R25TA00000004')).not.toContain(open);
      expect(at('P-OPEN')).toContain(open);
    });
    it(`Markdown (${lang})`, () => {
      const lines = formatMarkdown(result, options({ lang, limit: null })).split('\n');
      expect(lines.find((l) => l.includes('R25TA00000004'))).toContain(`**${notDone}**`);
      expect(lines.find((l) => l.includes('P-OPEN'))).toContain(`**${open}**`);
    });
    it(`HTML (${lang})`, () => {
      const rows = formatHtml(result, options({ lang, limit: null })).split('<tr>');
      expect(rows.find((r) => r.includes('R25TA00000004'))).toContain(notDone);
      expect(rows.find((r) => r.includes('P-OPEN'))).toContain(`>${open}<`);
    });
  }
});
