/**
 * Every rule that is not evaluated says why (issue 12 item 11), in Korean naming the Korean
 * header an auditor would add beside the canonical one (item 12); "(none)" is translated in the
 * Korean human reports and kept as the key in JSON.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/messages/catalog.js';
import { contractStandardDays } from '../../src/rules/contract-standard-days.js';
import { runCli } from '../helpers/cli.js';

// Two web inquiries without department or delay_notified_at: delay-notice lacks its column;
// improvement/petition/reply-contact/statutory have nothing in scope.
const CSV =
  'id,channel,type,received_at,answered_at\nQ-1,web,inquiry,2024-09-13 17:00,2024-09-19 10:30\nQ-2,web,inquiry,2025-03-04 14:00,2025-03-05 16:30\n';
const audit = (...more: string[]) =>
  runCli(['audit', '-', '--as-of', '2025-07-01', '--fail-on', 'none', ...more], { stdin: Readable.from([CSV]) });

describe('not-evaluated rules give a reason', () => {
  it('in JSON, for every rule with nothing evaluated', async () => {
    const j = JSON.parse((await audit('--format', 'json')).stdout);
    for (const r of j.rules) if (r.evaluated === 0) expect(r.notEvaluatedReason, r.id).toBeTruthy();
    const by = Object.fromEntries(j.rules.map((r: { id: string; notEvaluatedReason?: string }) => [r.id, r.notEvaluatedReason]));
    expect(by['complaint.improvement']).toBe('none of the 2 complaints rows is one this rule applies to');
    expect(by['complaint.delay-notice']).toBe('missing column(s): delay_notified_at');
  });

  it('as a code and its data beside the words, which the catalog words the same in both languages', async () => {
    for (const lang of ['en', 'ko'] as const) {
      const j = JSON.parse((await audit('--format', 'json', '--lang', lang)).stdout);
      const by = Object.fromEntries(j.rules.map((r: { id: string }) => [r.id, r]));
      expect(by['complaint.delay-notice'].notEvaluated).toEqual({
        code: 'NOT_EVALUATED_MISSING_COLUMNS',
        data: { kind: 'complaints', columns: ['delay_notified_at'] },
      });
      expect(by['complaint.improvement'].notEvaluated).toEqual({
        code: 'NOT_EVALUATED_OUT_OF_SCOPE',
        data: { kind: 'complaints', rows: 2, scope: 'record' },
      });
      for (const r of j.rules.filter((r: { evaluated: number }) => r.evaluated === 0))
        expect(renderMessage(r.notEvaluated, lang), r.id).toBe(r.notEvaluatedReason);
    }
  });

  it('a precondition (standard-days without its table) in Korean, as the rule declares it', async () => {
    const contracts = 'id,contract_type,requested_at,concluded_at\nK-1,total,2025-03-04 09:00,2025-03-05 10:00\n';
    const r = await runCli(['audit', '-', '--as-of', '2025-07-01', '--fail-on', 'none', '--format', 'json', '--lang', 'ko'], {
      stdin: Readable.from([contracts]),
    });
    const rule = JSON.parse(r.stdout).rules.find((x: { id: string }) => x.id === 'contract.standard-days');
    expect(rule.notEvaluatedReason).toBe('평가하지 않음: 설정 파일에 표준행정소요일수 표(standardDays)가 없음');
    expect(rule.notEvaluated).toEqual({ code: 'NOT_EVALUATED_PRECONDITION', data: { messageId: 'no-table', data: {} } });
    expect(Object.keys(contractStandardDays.meta.messages)).toContain(rule.notEvaluated.data.messageId);
  });

  it('in Korean, naming the Korean header and the canonical one', async () => {
    const j = JSON.parse((await audit('--format', 'json', '--lang', 'ko')).stdout);
    const by = Object.fromEntries(j.rules.map((r: { id: string; notEvaluatedReason?: string }) => [r.id, r.notEvaluatedReason]));
    expect(by['complaint.delay-notice']).toBe('필요한 열이 없음: 지연안내일시(delay_notified_at)');
    expect(by['complaint.improvement']).toBe('민원 2행 중 이 규칙의 대상인 행이 없음');
  });

  it('the Korean table lists the reasons, and says 부서 없음 instead of (none)', async () => {
    const r = await audit('--format', 'table', '--lang', 'ko', '--group-by', 'department');
    const text = r.stdout;
    expect(text).toContain('complaint.improvement: 민원 2행 중 이 규칙의 대상인 행이 없음');
    expect(text).toContain('(부서 없음)');
    expect(text).not.toContain('(none)');
    const html = (await audit('--format', 'html', '--lang', 'ko', '--group-by', 'department')).stdout;
    expect(html).toContain('(부서 없음)');
    expect(html).not.toContain('(none)');
    const json = JSON.parse((await audit('--format', 'json', '--group-by', 'department')).stdout);
    expect(json.breakdown.rows[0].group).toBe('(none)');
  });
});
