/**
 * A system error (ENOENT, EISDIR, ENOTDIR …) inside a message is worded in `--lang`, in
 * English and Korean, with its code beside the words; an unknown code or a detail that is no
 * system error stays as the system gave it. The built CLI in the three language set-ups.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/messages/catalog.js';
import { SYSTEM_ERRORS, systemDetail } from '../../src/messages/system-errors.js';
import { langCli } from '../helpers/lang-cli.js';

let dir: string;
const { both } = langCli(() => dir);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ca-lang-syserr-'));
  writeFileSync(join(dir, 'payments.csv'), '청구번호,청구일시,지급일시\nP-1,2025-03-04 09:00,2025-03-04 11:30\n');
  mkdirSync(join(dir, 'folder.csv'));
});

describe('system errors in both languages', () => {
  it.each([
    [
      ['audit', 'payments.csv/x', '--as-of', '2025-07-01'],
      'charter-audit: payments.csv/x: cannot be read (a part of the path is not a directory, ENOTDIR)\n',
      'charter-audit: payments.csv/x: 읽을 수 없습니다 (경로의 일부가 폴더가 아님, ENOTDIR)\n',
    ],
    [
      ['audit', 'payments.csv', '--as-of', '2025-07-01', '--holidays', 'folder.csv'],
      /^charter-audit: \S*folder\.csv: cannot read the holidays file \(is a directory, EISDIR\); give a readable CSV or JSON file\n$/,
      /^charter-audit: 공휴일 파일 \S*folder\.csv: 읽을 수 없습니다 \(파일이 아니라 폴더임, EISDIR\)\. 읽을 수 있는 CSV나 JSON 파일을 지정하세요\n$/,
    ],
    [
      ['audit', 'payments.csv', '--as-of', '2025-07-01', '--config', 'payments.csv/c.json'],
      'charter-audit: payments.csv/c.json: cannot be read (a part of the path is not a directory, ENOTDIR); pass an existing JSON file with --config\n',
      'charter-audit: 설정 파일 payments.csv/c.json: 읽을 수 없습니다 (경로의 일부가 폴더가 아님, ENOTDIR). --config에는 실제로 있는 JSON 파일을 지정하세요\n',
    ],
    [
      ['audit', 'payments.csv', '--as-of', '2025-07-01', '--what-if', 'folder.csv'],
      'charter-audit: folder.csv: cannot be read (is a directory, EISDIR); --what-if takes a partial config file (JSON) or reading:NAME\n',
      'charter-audit: 가정 파일 folder.csv: 읽을 수 없습니다 (파일이 아니라 폴더임, EISDIR). --what-if에는 설정 파일의 일부(JSON)나 reading:이름을 지정하세요\n',
    ],
    [
      ['init', '--force', '-o', '/dev/full'],
      'charter-audit: cannot write /dev/full: no space left on the device (ENOSPC)\n',
      'charter-audit: /dev/full에 쓸 수 없습니다: 저장 장치에 남은 공간이 없습니다 (ENOSPC)\n',
    ],
    [
      ['diff', 'folder.csv', 'folder.csv'],
      'charter-audit: folder.csv: cannot be read (is a directory, EISDIR); give two JSON reports\n',
      'charter-audit: 보고서 folder.csv: 읽을 수 없습니다 (파일이 아니라 폴더임, EISDIR). JSON 보고서 두 개를 지정하세요\n',
    ],
  ] as const)('%j', (args, en: string | RegExp, ko: string | RegExp) => {
    both(args, en, ko);
  });
});

describe('the system errors the catalog words', () => {
  it('words every code in both languages, with the code beside the words', () => {
    for (const code of Object.keys(SYSTEM_ERRORS)) {
      expect(systemDetail(code, 'en'), code).toMatch(new RegExp(`^[a-z/ .-]+, ${code}$`));
      expect(systemDetail(code, 'ko'), code).toMatch(new RegExp(`^.*[가-힣].*, ${code}$`));
    }
  });

  it("reads the code at the start of Node's message, and keeps an unknown code or other words as given", () => {
    expect(systemDetail("EACCES: permission denied, open 'h.csv'", 'ko')).toBe('권한 없음, EACCES');
    expect(systemDetail('EXDEVX', 'ko')).toBe('EXDEVX');
    expect(systemDetail('stream destroyed', 'ko')).toBe('stream destroyed');
    expect(
      renderMessage(
        { code: 'INPUT_HOLIDAYS', data: { file: 'h.csv', line: null, problem: 'read', missing: false, detail: 'EACCES' } },
        'ko',
      ),
    ).toBe('공휴일 파일 h.csv: 읽을 수 없습니다 (권한 없음, EACCES). 읽을 수 있는 CSV나 JSON 파일을 지정하세요');
    expect(
      renderMessage(
        { code: 'INPUT_WRITE_FAILED', data: { target: 'out.json', errno: 'EMFILE', detail: 'EMFILE: too many open files' } },
        'ko',
      ),
    ).toBe('out.json에 쓸 수 없습니다: 열린 파일이 너무 많음 (EMFILE)');
  });
});
