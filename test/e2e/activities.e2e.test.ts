/**
 * The periodic duties (issue 14) through the built CLI, on fixtures/activities.csv (2024-01-01 –
 * 2025-06-30, the misses listed in fixtures/README.md), judged at npm start's --as-of 2025-09-01.
 * Counts worked out in test/rules/README.md, "The fixture".
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, root } from './cli.js';

const CONFIG = ['--config', join('fixtures', 'charter-audit.config.json')];
const ARGS = ['--as-of', '2025-09-01', ...CONFIG, '--format', 'json', '--fail-on', 'none'];

interface Report {
  rules: { id: string; evaluated: number; passed: number; violations: number; pending: number }[];
  violations: { rule: string; file: string; line: number; recordId: string; start: string; deadline: string; message: string }[];
  warnings: { code: string; message: string }[];
}

function audit(file: string, extra: string[] = [], env: NodeJS.ProcessEnv = {}): { report: Report; stdout: string } {
  const r = cli(['audit', file, ...ARGS, ...extra], undefined, env);
  expect(r.stderr).not.toMatch(/Error|at .*\.js/);
  expect(r.code).toBe(0);
  return { report: JSON.parse(r.stdout) as Report, stdout: r.stdout };
}

const counts = (report: Report) =>
  Object.fromEntries(
    report.rules.filter((r) => r.id.startsWith('activity.')).map((r) => [r.id, [r.evaluated, r.passed, r.violations, r.pending]]),
  );

describe('activities on the fixture', () => {
  const en = audit(join('fixtures', 'activities.csv'));

  it('judges each duty per period: [evaluated, passed, violations, pending]', () => {
    expect(counts(en.report)).toEqual({
      'activity.complaint-survey': [3, 2, 1, 0], // 2024 H1, 2024 H2 missed, 2025 H1
      'activity.customer-survey': [2, 0, 1, 1], // 2024 never published; 2025 still open
      'activity.regional-meeting': [8, 5, 1, 2], // 4 offices × 2 years: 광주 2024 missed; 대전, 광주 2025 open
      'activity.self-evaluation': [6, 3, 3, 0], // 2024 Q2, 2025 Q2 unpublished; 2024 Q4 missed
      'activity.weekly-meeting': [79, 71, 8, 0], // 79 weeks, every 9th missed
    });
  });

  it('a missing activity points at the header line with its period; an unpublished one at its row', () => {
    const v = en.report.violations;
    expect(v.filter((x) => x.line === 1).map((x) => `${x.rule} ${x.recordId}`)).toEqual([
      'activity.complaint-survey 2024-H2',
      'activity.regional-meeting 2024 광주지방조달청',
      'activity.self-evaluation 2024-Q4',
      ...['2024-W09', '2024-W18', '2024-W27', '2024-W36', '2024-W45', '2025-W02', '2025-W11', '2025-W20'].map(
        (w) => `activity.weekly-meeting ${w}`,
      ),
    ]);
    expect(v.find((x) => x.recordId === '2024-Q4')).toMatchObject({
      file: join('fixtures', 'activities.csv'),
      start: '2024-10-01T00:00:00+09:00',
      deadline: '2025-01-01T00:00:00+09:00',
      message: 'no self-evaluation in 2024 Q4: 0 held, 1 expected',
    });
    expect(v.filter((x) => x.line > 1).map((x) => `${x.line} ${x.recordId} ${x.rule}`)).toEqual([
      '28 ACT-0027 activity.self-evaluation',
      '47 ACT-0046 activity.customer-survey',
      '83 ACT-0082 activity.self-evaluation',
    ]);
  });

  it('the Korean CP949 copy gives the same verdicts, in Korean with --lang ko', () => {
    const ko = audit(join('fixtures', 'ko', 'activities.csv'), ['--lang', 'ko']);
    expect(counts(ko.report)).toEqual(counts(en.report));
    expect(ko.report.violations.map((x) => x.message)).toContain(
      '2024년 4분기 이행실태 자체평가 미실시: 0회 실시, 1회 이상 필요',
    );
  });

  it('is byte-identical on a rerun and in another time zone', () => {
    const again = audit(join('fixtures', 'activities.csv'), [], { TZ: 'America/New_York' });
    const strip = (s: string) => s.replace(/"sha256": "[0-9a-f]+"/, '');
    expect(strip(again.stdout)).toBe(strip(en.stdout));
  });

  it('--quarter 2025Q2: the year and the week cut by the quarter are not judged, and a warning says so', () => {
    const q = audit(join('fixtures', 'activities.csv'), ['--quarter', '2025Q2']).report;
    expect(counts(q)['activity.customer-survey']).toEqual([0, 0, 0, 0]);
    expect(q.warnings.filter((w) => w.code === 'DUTY_PERIOD_NOT_JUDGED').map((w) => w.message.split(' not judged')[0])).toEqual([
      'customer-satisfaction survey: 2025',
      'regional meeting: 2025 서울지방조달청, 2025 대전지방조달청, 2025 광주지방조달청',
      'weekly customer-satisfaction meeting: 2025-W14',
    ]);
  });

  it('--what-if perYear 2: the three offices that met once in 2024 flip, each told apart by its record id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duties-'));
    const file = join(dir, 'two.whatif.json');
    writeFileSync(file, JSON.stringify({ rules: { 'activity.regional-meeting': { perYear: 2 } } }));
    const w = audit(join('fixtures', 'activities.csv'), ['--what-if', file]).report as Report & {
      whatIf: { variants: { flips: { rule: string; recordId: string; line: number; before: string; after: string }[] }[] };
    };
    // 2024: 서울, 부산, 대전 held one (now short of two); 광주 none (a violation either way); 2025 still open.
    expect(w.whatIf.variants[0]!.flips.map((f) => `${f.recordId} ${f.before} → ${f.after}`)).toEqual([
      '2024 서울지방조달청 pass → violation',
      '2024 부산지방조달청 pass → violation',
      '2024 대전지방조달청 pass → violation',
    ]);
  });

  it('npm start lists the activities with the other fixtures', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { start: string } };
    const args = pkg.scripts.start.replace(/^node bin\/charter-audit\.js /, '').split(' ');
    const r = cli(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('fixtures/activities.csv (activities');
    expect(r.stdout).toMatch(/activity\.weekly-meeting .* 79 +8 +0 /);
  });
});
