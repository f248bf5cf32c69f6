/**
 * Korean output says in Korean what English says, on the built CLI (found in a new user's trial:
 * English words left in `--lang ko` output). Each case asserts whole lines in both languages.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'charter-audit.js');
let dir: string;

/** Runs the built CLI in the scratch directory, with an English locale unless `--lang` says otherwise. */
function cli(args: readonly string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', CI: '1', LANG: 'en_US.UTF-8' };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ca-ko-words-'));
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
