/**
 * `--lang` and the locale reach every command and every message: what each command prints, its
 * usage errors (commander's own included) and its input errors, in Korean and in English.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runLang } from '../../src/cli/lang.js';
import { fakeIo, runCli } from '../helpers/cli.js';
import { wrap } from '../../src/cli/action.js';

const KO = { LANG: 'ko_KR.UTF-8' };
const HANGUL = /[가-힣]/;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ca-lang-'));
  writeFileSync(join(dir, 'nokind.csv'), 'a,b\n1,2\n');
  writeFileSync(
    join(dir, 'payments.csv'),
    '청구번호,청구일시,지급일시\nP-1,2025-03-04 09:00,2025-03-04 11:30\nP-2,2025-02-30 09:00,2025-03-04 11:30\n',
  );
});

describe('the run language', () => {
  it('is --lang wherever it stands, else LC_ALL, LC_MESSAGES, LANG (the one defaultLang)', () => {
    expect(runLang(['node', 'ca', 'audit', 'x.csv', '--lang', 'ko'], {})).toBe('ko');
    expect(runLang(['node', 'ca', '--lang=en', 'audit'], KO)).toBe('en');
    expect(runLang(['node', 'ca', 'audit'], KO)).toBe('ko');
    expect(runLang(['node', 'ca', 'audit'], { LC_ALL: 'C', LANG: 'ko_KR.UTF-8' })).toBe('en');
    expect(runLang(['node', 'ca', 'audit', '--', '--lang', 'ko'], {})).toBe('en');
  });
});

describe('usage errors in both languages', () => {
  it.each([
    [
      ['audit', 'p.csv', '--fromat', 'json'],
      "charter-audit: error: unknown option '--fromat' (Did you mean --format?)\n",
      'charter-audit: 오류: 알 수 없는 옵션입니다: --fromat (혹시 --format?)\n',
    ],
    [
      ['audit', 'p.csv', '--fail-on', 'x'],
      "charter-audit: error: option '--fail-on <level>' argument 'x' is invalid. Allowed choices are none, warning, error.\n",
      'charter-audit: 오류: 옵션 --fail-on <level>의 값 "x"은(는) 허용되지 않습니다 (허용: none, warning, error)\n',
    ],
    [
      ['audit'],
      "charter-audit: error: missing required argument 'files'\n",
      'charter-audit: 오류: 인수 files이(가) 필요합니다\n',
    ],
    [['bogus'], "charter-audit: error: unknown command 'bogus'\n", 'charter-audit: 오류: 알 수 없는 명령입니다: bogus\n'],
    [
      ['inspect', 'a.csv', '--header-line'],
      "charter-audit: error: option '--header-line <n>' argument missing\n",
      'charter-audit: 오류: 옵션 --header-line <n>에 값이 필요합니다\n',
    ],
    [
      ['audit', 'p.csv', '--as-of', ''],
      "charter-audit: error: option '--as-of <time>' was given an empty value; give a value or leave the option out\n",
      'charter-audit: 오류: 옵션 --as-of <time>에 빈 값이 주어졌습니다. 값을 쓰거나 옵션을 빼세요\n',
    ],
    [
      ['audit', 'payments.csv', '--limit', '-1'],
      'charter-audit: --limit "-1" is not a whole number ≥ 0\n',
      'charter-audit: --limit "-1": 0 이상의 정수가 아닙니다\n',
    ],
    [
      ['audit', '-', '-'],
      'charter-audit: stdin (-) can be read only once\n',
      'charter-audit: 표준 입력(-)은 한 번만 읽을 수 있습니다\n',
    ],
    [
      ['audit', 'payments.csv', '--quarter', '2025Q5'],
      'charter-audit: --quarter "2025Q5" is not a quarter; use YYYYQn, e.g. 2025Q2\n',
      'charter-audit: --quarter "2025Q5": 분기가 아닙니다. YYYYQn 형식으로 쓰세요 (예: 2025Q2)\n',
    ],
    [
      ['audit', 'payments.csv', 'payments.csv'],
      'charter-audit: payments.csv is given twice; give each export once, or its rows are counted twice\n',
      'charter-audit: payments.csv이(가) 두 번 주어졌습니다. 자료는 한 번씩만 넣으세요. 아니면 행이 두 번 집계됩니다\n',
    ],
    [
      ['audit', 'payments.csv', '-o', 'payments.csv', '-f', 'json', '--as-of', '2025-07-01'],
      'charter-audit: --output payments.csv is one of the inputs; refusing to overwrite it\n',
      'charter-audit: --output payments.csv은(는) 입력 파일입니다. 덮어쓰지 않습니다\n',
    ],
    [
      ['inspect', 'missing.csv'],
      'charter-audit: missing.csv: no such file; check the path\n',
      'charter-audit: missing.csv: 파일이 없습니다. 경로를 확인하세요\n',
    ],
    [
      ['inspect', 'payments.csv', '--kind', 'invoices'],
      'charter-audit: inspect: unknown --kind "invoices": use one of complaints, payments, contracts, calls, activities\n',
      'charter-audit: inspect: 알 수 없는 --kind "invoices"입니다. complaints, payments, contracts, calls, activities 중 하나를 쓰세요\n',
    ],
    [
      ['deadline', '2024-09-13 17:00'],
      'charter-audit: no period given; accepted: exactly one of --hours H, --minutes M or --days D\n',
      'charter-audit: 기간이 없습니다. --hours H, --minutes M, --days D 중 하나만 쓰세요\n',
    ],
    [
      ['elapsed', 'soon', '2024-09-13 17:00'],
      expect.stringMatching(
        /^charter-audit: START "soon" is not a recognised timestamp \(accepted: .*\), or a date such as 2025-07-01\n$/,
      ),
      expect.stringMatching(
        /^charter-audit: START "soon": 인식할 수 없는 일시 형식입니다 \(허용: .*\)\. 2025-07-01 같은 날짜도 됩니다\n$/,
      ),
    ],
    [
      ['holidays', '25'],
      'charter-audit: YEAR "25" is not a year; accepted: a four-digit year such as 2025\n',
      'charter-audit: YEAR "25": 연도가 아닙니다. 2025처럼 네 자리 연도를 쓰세요\n',
    ],
    [
      ['sample', '--rows', '3'],
      'charter-audit: sample: --kind is required: one of complaints, payments, contracts, calls, activities\n',
      'charter-audit: sample: --kind가 필요합니다 (complaints, payments, contracts, calls, activities 중 하나)\n',
    ],
    [
      ['inspect', 'payments.csv', '--encoding', 'klingon'],
      expect.stringMatching(/^charter-audit: unknown encoding "klingon": use one of [^\n]*\n$/),
      expect.stringMatching(/^charter-audit: 알 수 없는 인코딩 "klingon"입니다\. 다음 중 하나를 쓰세요: [^\n]*\n$/),
    ],
    [
      ['inspect', 'nokind.csv'],
      expect.stringMatching(
        /^charter-audit: nokind\.csv: cannot tell the kind of file from its header \(a, b\): [^\n]*or pass --kind; no other of the first 2 lines is a header either \(if the header is further down, pass --header-line N\)\n$/,
      ),
      expect.stringMatching(
        /^charter-audit: nokind\.csv: 머리글로 자료 종류를 알 수 없습니다 \(a, b\)\. 필요한 열 — 민원\(complaints\): received_at [^\n]*--kind를 지정하세요\. 처음 2줄 중 다른 줄도 머리글이 아닙니다 \(머리글이 더 아래에 있으면 --header-line N을 지정하세요\)\n$/,
      ),
    ],
    [
      ['rules', '--bogus'],
      "charter-audit: error: unknown option '--bogus'\n",
      'charter-audit: 오류: 알 수 없는 옵션입니다: --bogus\n',
    ],
    [
      ['columns', 'invoices'],
      "charter-audit: error: command-argument value 'invoices' is invalid for argument 'kind'. Allowed choices are complaints, payments, contracts, calls, activities.\n",
      'charter-audit: 오류: 인수 kind의 값 "invoices"은(는) 허용되지 않습니다 (허용: complaints, payments, contracts, calls, activities)\n',
    ],
    [
      ['diff', 'a.json'],
      "charter-audit: error: missing required argument 'after'\n",
      'charter-audit: 오류: 인수 after이(가) 필요합니다\n',
    ],
  ])('%j', async (args, en, ko) => {
    const english = await runCli([args[0]!, '--lang', 'en', ...args.slice(1)], { cwd: dir, env: KO });
    expect(english.code).toBe(2);
    expect(english.stderr).toEqual(en);
    const korean = await runCli([args[0]!, '--lang', 'ko', ...args.slice(1)], { cwd: dir });
    expect(korean.code).toBe(2);
    expect(korean.stderr).toEqual(ko);
    // The locale alone gives the same Korean.
    expect((await runCli(args, { cwd: dir, env: KO })).stderr).toEqual(ko);
  });
});

describe('what each command prints, in both languages', () => {
  it('inspect', async () => {
    const en = await runCli(['inspect', 'payments.csv', '--lang', 'en'], { cwd: dir });
    expect(en.stdout).toContain('file:       payments.csv\n');
    expect(en.stdout).toContain('rows:       2 (1 read, 1 rejected)');
    expect(en.stdout).toContain('payments.csv:3: INVALID_TIMESTAMP: 청구일시 "2025-02-30 09:00" is not a valid date');
    const ko = await runCli(['inspect', 'payments.csv'], { cwd: dir, env: KO });
    expect(ko.code).toBe(0);
    expect(ko.stdout).toContain('파일:       payments.csv\n');
    expect(ko.stdout).toContain('구분자:     쉼표\n');
    expect(ko.stdout).toContain('자료 종류:  대금지급 (payments)\n');
    expect(ko.stdout).toContain('행:         2 (읽음 1, 처리하지 못함 1)');
    expect(ko.stdout).toContain('payments.csv:3: INVALID_TIMESTAMP: 청구일시 "2025-02-30 09:00": 존재하지 않는 날짜입니다');
    expect(ko.stdout).not.toMatch(/\b(rows|rejected|sample rows):/);
  });

  it('deadline, elapsed and holidays', async () => {
    const en = await runCli(['deadline', '2024-09-13 17:00', '--hours', '4', '--lang', 'en'], { env: KO });
    expect(en.stdout).toContain('Allowed       4 working hours (14,400 working seconds; hours-based: 1 day = 8 working hours)\n');
    expect(en.stdout).toContain('Counted       1h on 9/13 (17:00-18:00) + 3h on 9/19 (09:00-12:00)\n');
    const ko = await runCli(['deadline', '2024-09-13 17:00', '--hours', '4', '--lang', 'ko']);
    expect(ko.stdout.split('\n').slice(0, 5)).toEqual([
      '접수          2024-09-13 (금) 17:00',
      '기산 시각     2024-09-13 (금) 17:00',
      '허용 기간     근무시간 4시간 (14,400초; 시간 단위: 1일 = 근무시간 8시간)',
      '처리기한      2024-09-19 (목) 12:00',
      '산입          1시간 9/13 (17:00-18:00) + 3시간 9/19 (09:00-12:00)',
    ]);
    const days = await runCli(['deadline', '2024-09-13 17:00', '--days', '14'], { env: KO });
    expect(days.stdout).toContain('처리기한      2024-10-10 (목) 18:00 (14번째 근무일 끝)\n');
    expect(days.stdout).toContain('주말 8일');
    const elapsed = await runCli(['elapsed', '2024-09-13 17:00', '2024-09-19 12:00'], { env: KO });
    expect(elapsed.stdout).toContain('근무시간      4시간 (14,400초)\n');
    const holidays = await runCli(['holidays', '2025', '--lang', 'ko']);
    expect(holidays.stdout.split('\n')[0]).toBe('2025년 관공서의 공휴일: 19일, 그중 평일 17일');
    const holidaysEn = await runCli(['holidays', '2025', '--lang', 'en']);
    expect(holidaysEn.stdout.split('\n')[0]).toBe('2025 public holidays (관공서의 공휴일): 19 dates, 17 on weekdays');
    // --json is data: the same bytes in both languages.
    const jsonKo = await runCli(['deadline', '2024-09-13 17:00', '--hours', '4', '--json', '--lang', 'ko']);
    const jsonEn = await runCli(['deadline', '2024-09-13 17:00', '--hours', '4', '--json', '--lang', 'en']);
    expect(jsonKo.stdout).toBe(jsonEn.stdout);
  });

  it('columns', async () => {
    const ko = await runCli(['columns', 'payments', '--lang', 'ko']);
    expect(ko.stdout).toMatch(/claimed_at\s+일시\s+필수 {4}청구일시/);
    const en = await runCli(['columns', 'payments', '--lang', 'en']);
    expect(en.stdout).toMatch(/claimed_at\s+instant\s+needed {2}청구일시/);
  });

  it('init', async () => {
    const here = mkdtempSync(join(tmpdir(), 'ca-init-'));
    const ko = await runCli(['init', '--lang', 'ko'], { cwd: here });
    expect(ko.code).toBe(0);
    expect(ko.stderr).toBe(
      'charter-audit: charter-audit.config.json 파일을 썼습니다. "standardDays"를 채우고, 기관 고유의 값 표현은 "values"에 적으세요\n',
    );
    expect(JSON.parse(readFileSync(join(here, 'charter-audit.config.json'), 'utf8'))).toHaveProperty('rules');
    const again = await runCli(['init'], { cwd: here, env: KO });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(
      'charter-audit: charter-audit.config.json 파일이 이미 있습니다. 그 파일을 고치거나, --force로 처음 설정으로 바꾸세요\n',
    );
    const en = await runCli(['init', '--lang', 'en'], { cwd: here });
    expect(en.stderr).toBe(
      'charter-audit: charter-audit.config.json already exists; edit it, or pass --force to replace it with the starter config\n',
    );
  });

  it('sample writes the same bytes in both languages (it writes data, not messages)', async () => {
    const ko = await runCli(['sample', '--kind', 'calls', '--rows', '5', '--lang', 'ko']);
    const en = await runCli(['sample', '--kind', 'calls', '--rows', '5', '--lang', 'en']);
    expect(ko.code).toBe(0);
    expect(ko.stdout).toBe(en.stdout);
  });

  it('audit words rejected rows and its closing lines in the chosen language', async () => {
    const ko = await runCli(['audit', 'payments.csv', '--as-of', '2025-07-01', '-f', 'json'], { cwd: dir, env: KO });
    expect(ko.stderr).toMatch(HANGUL);
    expect(JSON.parse(ko.stdout).rejected[0].reason).toBe('청구일시 "2025-02-30 09:00": 존재하지 않는 날짜입니다');
    const en = await runCli(['audit', 'payments.csv', '--as-of', '2025-07-01', '-f', 'json', '--lang', 'en'], {
      cwd: dir,
      env: KO,
    });
    expect(en.stderr).not.toContain('처리하지 못한');
    expect(JSON.parse(en.stdout).rejected[0].reason).toBe('청구일시 "2025-02-30 09:00" is not a valid date');
  });
});

describe('a bug is reported in the run language too', () => {
  it.each([
    [
      'ko',
      'charter-audit: 내부 오류: boom\ncharter-audit의 버그입니다. 실행한 명령과 함께 알려 주세요 (자세한 내용은 CHARTER_AUDIT_DEBUG=1로 실행).\n',
    ],
    [
      'en',
      'charter-audit: internal error: boom\nThis is a bug in charter-audit; please report it with the command you ran (set CHARTER_AUDIT_DEBUG=1 for details).\n',
    ],
  ] as const)('%s', async (lang, expected) => {
    const io = fakeIo();
    const state = { exitCode: 0, lang };
    await wrap(io, state, () => {
      throw new Error('boom');
    })();
    expect(state.exitCode).toBe(2);
    expect(io.err()).toBe(expected);
  });
});
