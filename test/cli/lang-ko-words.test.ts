/**
 * Korean output says in Korean what English says, on the built CLI (found in a new user's trial:
 * English words left in `--lang ko` output). Each case asserts whole lines in both languages.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeWorkbook } from '../helpers/xlsx.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'charter-audit.js');
let dir: string;

/** Runs the built CLI in the scratch directory, with an English locale unless `--lang` says otherwise. */
function cli(args: readonly string[], locale: NodeJS.ProcessEnv = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', CI: '1', LANG: 'en_US.UTF-8', ...locale };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ca-ko-words-'));
  // Headers matched three ways: a Korean alias, the canonical name, and one not used.
  writeFileSync(join(dir, 'heads.csv'), '민원번호,received_at,비고\nC-1,2025-03-04 09:00,x\n');
  // Row 4 of the sheet has no 30 February: rejected, and named by its sheet and row.
  await writeWorkbook(join(dir, 'pay.xlsx'), [
    {
      name: '대금지급',
      rows: [
        ['청구번호', '청구일시', '지급일시'],
        ['P-1', '2025-03-04 09:00', '2025-03-04 10:00'],
        ['P-2', '2025-03-05 09:00', '2025-03-05 10:00'],
        ['P-3', '2025-02-30 09:00', '2025-03-05 10:00'],
      ],
    },
  ]);
});

describe('a year without holiday data', () => {
  it('holidays YEAR says in Korean what English says: the holiday list of that year has no data', () => {
    const en = cli(['holidays', '2030']);
    const ko = cli(['holidays', '2030', '--lang', 'ko']);
    expect([en.code, ko.code]).toEqual([2, 2]);
    expect(en.stderr).toBe(
      'charter-audit: holidays of 2030: no holiday data for 2030 (loaded: 2018–2027); ' +
        `add that year's holidays with --holidays FILE (CSV "date,name" or JSON)\n`,
    );
    expect(ko.stderr).toBe(
      'charter-audit: 2030년 공휴일 목록: 2030년 공휴일 자료가 없습니다 (적재: 2018–2027). ' +
        '--holidays 파일로 그 해의 공휴일을 추가하세요\n',
    );
  });

  it('deadline names what needed the year: the deadline, or the n-th working day', () => {
    expect(cli(['deadline', '2027-12-31T17:00', '--hours', '8', '--lang', 'ko']).stderr).toBe(
      'charter-audit: 처리기한 계산에 2028년 공휴일 자료가 필요한데 없습니다 (적재: 2018–2027). ' +
        '--holidays 파일로 그 해의 공휴일을 추가하세요\n',
    );
    expect(cli(['deadline', '2027-12-31T09:00', '--days', '10', '--lang', 'ko']).stderr).toBe(
      'charter-audit: 2027-12-31부터 10번째 근무일 계산에 2028년 공휴일 자료가 필요한데 없습니다 (적재: 2018–2027). ' +
        '--holidays 파일로 그 해의 공휴일을 추가하세요\n',
    );
    expect(cli(['deadline', '2027-12-31T09:00', '--days', '10']).stderr).toBe(
      'charter-audit: working day 10 from 2027-12-31: no holiday data for 2028 (loaded: 2018–2027); ' +
        `add that year's holidays with --holidays FILE (CSV "date,name" or JSON)\n`,
    );
  });
});

describe('a row of a sheet is named in the run language', () => {
  const reason = '청구일시 "2025-02-30 09:00": 존재하지 않는 날짜입니다';
  it('in the table and on stderr: `file [sheet] 4행` in Korean, `row 4` in English', () => {
    const ko = cli(['audit', 'pay.xlsx', '--as-of', '2025-09-01', '--format', 'table', '--lang', 'ko']);
    expect(ko.stdout.split('\n')).toContain(`  pay.xlsx [대금지급] 4행 INVALID_TIMESTAMP ${reason}`);
    expect(ko.stderr.split('\n')).toContain(
      `charter-audit: 처리하지 못한 행 1건 (보고서에 목록이 있습니다); 첫 행: pay.xlsx [대금지급] 4행: ${reason}`,
    );
    const en = cli(['audit', 'pay.xlsx', '--as-of', '2025-09-01', '--format', 'table']);
    expect(en.stdout.split('\n')).toContain(
      '  pay.xlsx [대금지급] row 4 INVALID_TIMESTAMP 청구일시 "2025-02-30 09:00" is not a valid date',
    );
    expect(en.stderr.split('\n')).toContain(
      'charter-audit: 1 row rejected (listed in the report); first: pay.xlsx [대금지급] row 4: 청구일시 "2025-02-30 09:00" is not a valid date',
    );
  });

  it('in inspect', () => {
    const ko = cli(['inspect', 'pay.xlsx', '--lang', 'ko']);
    expect(ko.stdout.split('\n')).toContain(`  pay.xlsx [대금지급] 4행: INVALID_TIMESTAMP: ${reason}`);
  });
});

describe('the listings word their kinds, severities, sources, types and matches in Korean', () => {
  it('rules: kind, severity and source as the Korean reports name them; --json unchanged', () => {
    const ko = cli(['rules', '--lang', 'ko']).stdout.split('\n');
    expect(ko).toContain('activity.complaint-survey  정기활동    오류     조달서비스헌장');
    expect(ko).toContain('call.service-level         콜센터      경고     KS 콜센터 서비스 표준');
    expect(ko).toContain('complaint.statutory        민원        오류     법령');
    const en = cli(['rules']).stdout.split('\n');
    expect(en).toContain('activity.complaint-survey  activities  error    charter');
    expect(en).toContain('call.service-level         calls       warning  KS');
    expect(cli(['rules', '--json', '--lang', 'ko']).stdout).toBe(cli(['rules', '--json']).stdout);
  });

  it('columns: types in Korean, a date half names its instant column; --json unchanged', () => {
    const ko = cli(['columns', 'payments', '--lang', 'ko']).stdout.split('\n');
    expect(ko).toContain('  claimed_at        일시               필수    청구일시, claimed_at');
    expect(ko).toContain('  claimed_date      claimed_at의 일자          청구일자, 청구일, claimed_date');
    expect(ko).toContain('  payer             정해진 값                  지급주체, payer');
    expect(ko).toContain('                                               값:     pps = 조달청; agency = 수요기관; 빈 칸 = pps');
    const en = cli(['columns', 'payments']).stdout.split('\n');
    expect(en).toContain('  claimed_date      date of claimed_at          청구일자, 청구일, claimed_date');
    expect(en).toContain('                                                values: pps = 조달청; agency = 수요기관; blank = pps');
    expect(cli(['columns', 'payments', '--json', '--lang', 'ko']).stdout).toBe(cli(['columns', 'payments', '--json']).stdout);
  });

  it('inspect: how each header was matched', () => {
    const ko = cli(['inspect', 'heads.csv', '--lang', 'ko']).stdout.split('\n');
    expect(ko).toContain('    1  민원번호     → id (별칭)');
    expect(ko).toContain('    2  received_at  → received_at (표준 이름)');
    expect(ko).toContain('    3  비고         (무시)');
    const en = cli(['inspect', 'heads.csv']).stdout.split('\n');
    expect(en).toContain('    1  민원번호     → id (alias)');
    expect(en).toContain('    2  received_at  → received_at (canonical)');
  });
});

describe('lists inside Korean messages are worded in Korean (names stay)', () => {
  it('--encoding that is not known lists the names with 또는', () => {
    writeFileSync(join(dir, 'p.csv'), '청구번호,청구일시,지급일시\nP-1,2025-03-04 09:00,2025-03-04 10:00\n');
    expect(cli(['audit', 'p.csv', '--encoding', 'latin9', '--lang', 'ko']).stderr).toBe(
      'charter-audit: 알 수 없는 인코딩 "latin9"입니다. 다음 중 하나를 쓰세요: utf-8, cp949 (또는 ms949, uhc, windows-949), ' +
        'euc-kr (또는 ks_c_5601-1987), utf-16 (= utf-16le), utf-16le, utf-16be\n',
    );
    expect(cli(['audit', 'p.csv', '--encoding', 'latin9']).stderr).toBe(
      'charter-audit: unknown encoding "latin9": use one of utf-8, cp949 (also ms949, uhc, windows-949), ' +
        'euc-kr (also ks_c_5601-1987), utf-16 (= utf-16le), utf-16le, utf-16be\n',
    );
  });

  it('the accepted timestamp forms name the Excel serial in Korean', () => {
    const ko = cli(['deadline', 'nonsense', '--hours', '4', '--lang', 'ko']).stderr;
    expect(ko).toContain(', Excel 일련번호 45720.5)');
    expect(ko).not.toContain('serial');
    expect(cli(['deadline', 'nonsense', '--hours', '4']).stderr).toContain(', Excel serial 45720.5');
  });
});

describe('a range of one line is that line', () => {
  it('a quote opened on the last line: line 3 / 3행, not 3–3', () => {
    writeFileSync(
      join(dir, 'q-last.csv'),
      '청구번호,청구일시,지급일시\nP-1,2025-03-04 09:00,2025-03-04 10:00\nP-2,"2025-03-05 09:00,2025-03-05 10:00\n',
    );
    const en = cli(['audit', 'q-last.csv', '--as-of', '2025-09-01', '--format', 'json']);
    expect(en.stderr.split('\n')[0]).toBe(
      'charter-audit: 1 row rejected (listed in the report); first: q-last.csv:3: a quoted field opened on this line is never closed, ' +
        'so line 3 could not be read as a row; close the quote (a " inside a quoted field is written "")',
    );
    const ko = cli(['audit', 'q-last.csv', '--as-of', '2025-09-01', '--format', 'json', '--lang', 'ko']);
    expect(ko.stderr.split('\n')[0]).toBe(
      'charter-audit: 처리하지 못한 행 1건 (보고서에 목록이 있습니다); 첫 행: q-last.csv:3: 이 줄에서 연 따옴표가 닫히지 않아 3행을 읽지 못했습니다. ' +
        '따옴표를 닫으세요 (따옴표 안의 "는 ""로 씁니다)',
    );
  });
});

describe('a header that tells no kind echoes its control characters as escapes', () => {
  it('shows \\u001b, as every other message does, not ?', () => {
    writeFileSync(join(dir, 'esc.csv'), 'a\u001b[31mb,c\n1,2\n');
    const en = cli(['audit', 'esc.csv']).stderr;
    expect(en.startsWith('charter-audit: esc.csv: cannot tell the kind of file from its header (a\\u001b[31mb, c): ')).toBe(true);
    const ko = cli(['audit', 'esc.csv', '--lang', 'ko']).stderr;
    expect(ko.startsWith('charter-audit: esc.csv: 머리글로 자료 종류를 알 수 없습니다 (a\\u001b[31mb, c). ')).toBe(true);
    expect(`${en}${ko}`).not.toContain('\u001b');
  });
});

describe('--lang before the command, or with none', () => {
  const koEnv = { LANG: 'ko_KR.UTF-8' };
  it('charter-audit --lang ko shows the Korean program help, as the Korean locale does', () => {
    const help = cli(['--help'], koEnv).stdout;
    expect(help.split('\n')[0]).toBe('사용법: charter-audit [옵션] [명령]');
    expect(cli(['--lang', 'ko', '--help']).stdout).toBe(help);
    const bare = cli(['--lang', 'ko']);
    expect(bare.stderr).not.toContain('알 수 없는 옵션');
    expect(`${bare.stdout}${bare.stderr}`).toBe(help);
  });

  it('sets the language of the command that follows', () => {
    expect(cli(['--lang', 'ko', 'holidays', '2030']).stderr).toBe(cli(['holidays', '2030', '--lang', 'ko']).stderr);
    expect(cli(['--lang', 'en', 'rules'], koEnv).stdout).toBe(cli(['rules', '--lang', 'en']).stdout);
    expect(cli(['--lang', 'ko', 'rules']).stdout.split('\n')[0]).toBe(
      'activity.complaint-survey  정기활동    오류     조달서비스헌장',
    );
  });
});
