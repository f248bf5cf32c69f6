/**
 * The built CLI (`bin/charter-audit.js`) with `--lang ko` under an English locale: why a rule was
 * not evaluated (a precondition, a missing companion export, nothing in scope) and a periodic
 * duty's warnings are worded in Korean from their code and data, and the JSON report carries
 * that code and data beside the words.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'charter-audit.js');

function audit(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', CI: '1', LANG: 'en_US.UTF-8', COLUMNS: '200' };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  const files = ['fixtures/activities.csv', 'fixtures/contracts.csv'];
  const r = spawnSync(process.execPath, [BIN, 'audit', ...files, '--as-of', '2025-06-15', '--quarter', '2025Q2', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('--lang ko on the built CLI: not-evaluated reasons and duty warnings from code + data', () => {
  it('the table lists why each rule was not evaluated, in Korean', () => {
    const r = audit('--lang', 'ko', '--format', 'table', '--fail-on', 'none');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('contract.standard-days: 평가하지 않음: 설정 파일에 표준행정소요일수 표(standardDays)가 없음');
    expect(r.stdout).toContain('contract.care-call: 콜센터 파일(calls)도 필요함');
    expect(r.stdout).toContain('activity.customer-survey: 정기활동 15행 중 이 규칙의 대상인 행이 없음');
  });

  it('a duty warning on stderr is Korean, its period named by key', () => {
    const r = audit('--lang', 'ko', '--format', 'json', '--fail-on', 'none');
    expect(r.stderr).toContain(
      'charter-audit: 경고: fixtures/activities.csv: 이행실태 자체평가: 기준시각(--as-of)에 판정 보류 — 2025-Q2(결과 공개 기한 2025-07-30). 그날이 지나면 판정함\n',
    );
    expect(r.stderr).toContain(
      'charter-audit: 경고: fixtures/activities.csv: 주간고객만족회의: 2025-W14 판정하지 않음 — 해당 주의 일부만 점검 기간에 들어 있거나(또는 공휴일 자료가 없음) 점검한 기간에 주간고객만족회의 기록이 없음. 주 전체를 점검 기간으로 지정하면 판정함\n',
    );
  });

  it('the JSON report carries the codes and plain data beside the Korean words', () => {
    const report = JSON.parse(audit('--lang', 'ko', '--format', 'json', '--fail-on', 'none').stdout);
    const rule = (id: string) => report.rules.find((r: { id: string }) => r.id === id);
    expect(rule('contract.standard-days')).toMatchObject({
      notEvaluatedReason: '평가하지 않음: 설정 파일에 표준행정소요일수 표(standardDays)가 없음',
      notEvaluated: { code: 'NOT_EVALUATED_PRECONDITION', data: { messageId: 'no-table', data: {} } },
    });
    expect(rule('contract.care-call').notEvaluated).toEqual({ code: 'NOT_EVALUATED_NEEDS_KIND', data: { kind: 'calls' } });
    expect(rule('activity.customer-survey').notEvaluated).toEqual({
      code: 'NOT_EVALUATED_OUT_OF_SCOPE',
      data: { kind: 'activities', rows: 15, scope: 'record' },
    });
    const duty = report.warnings.filter((w: { code: string }) => w.code.startsWith('DUTY_'));
    expect(duty.map((w: { code: string; data: unknown }) => [w.code, w.data])).toEqual([
      ['DUTY_PERIOD_NOT_JUDGED', { activity: 'customer-survey', span: 'year', periods: [{ key: '2025', region: null }] }],
      [
        'DUTY_PERIOD_PENDING',
        { activity: 'self-evaluation', periods: [{ key: '2025-Q2', region: null, until: 'publish', day: '2025-07-30' }] },
      ],
      ['DUTY_PERIOD_NOT_JUDGED', { activity: 'weekly-meeting', span: 'week', periods: [{ key: '2025-W14', region: null }] }],
    ]);
    expect(duty[0].message).toBe(
      '고객만족도조사: 2025 판정하지 않음 — 해당 연도의 일부만 점검 기간에 들어 있거나(또는 공휴일 자료가 없음) 점검한 기간에 고객만족도조사 기록이 없음. 연도 전체를 점검 기간으로 지정하면 판정함',
    );
  });
});
