/**
 * `--lang` and the locale reach the holidays file's errors (`HOLIDAY_FILE_*`, catalog code
 * INPUT_HOLIDAYS): the built CLI with `--lang en` under a Korean locale (the English words
 * unchanged), with `--lang ko`, and with `LANG=ko_KR.UTF-8` alone. The "not a holiday" error is
 * made by the calendar, below the catalog: its English must be the catalog's.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/calendar.js';
import { parseHolidayFile } from '../../src/ingest/holiday-file.js';
import { renderMessage } from '../../src/messages/catalog.js';
import { InputError } from '../../src/model/input.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'charter-audit.js');
let dir: string;

function cli(args: readonly string[], lang: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', CI: '1', LANG: lang };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  const r = spawnSync(process.execPath, [BIN, 'audit', 'payments.csv', '--as-of', '2025-09-01', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env,
  });
  return { code: r.status, stderr: r.stderr };
}

/**
 * The same error in English (`--lang en` under a Korean locale) and in Korean (`--lang ko`; the
 * locale alone); `@` is the file named as the user gave it to `--holidays` (not its absolute path).
 */
function both(file: string, en: string, ko: string) {
  const args = ['--holidays', file];
  const english = cli([...args, '--lang', 'en'], 'ko_KR.UTF-8');
  expect(english.code).toBe(2);
  expect(english.stderr).toBe(`charter-audit: ${en.replaceAll('@', file)}\n`);
  const korean = cli([...args, '--lang', 'ko'], 'en_US.UTF-8');
  expect(korean.code).toBe(2);
  expect(korean.stderr).toBe(`charter-audit: ${ko.replaceAll('@', file)}\n`);
  const locale = cli(args, 'ko_KR.UTF-8');
  expect(locale.code).toBe(2);
  expect(locale.stderr).toBe(korean.stderr);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ca-lang-holidays-'));
  writeFileSync(join(dir, 'payments.csv'), '청구번호,청구일시,지급일시\nP-1,2025-03-04 09:00,2025-03-04 11:30\n');
  writeFileSync(join(dir, 'bad-date.csv'), 'date,name\n2028-13-01,x\n');
  writeFileSync(join(dir, 'not-holiday.csv'), '2025-03-05,,remove\n');
  writeFileSync(join(dir, 'no-name.json'), '[{"date":"2028-01-01"}]');
  writeFileSync(join(dir, 'action.csv'), '2028-01-03,x,move\n');
});

describe('holidays-file errors in both languages', () => {
  it('a date that is not a date (HOLIDAY_FILE_BAD_DATE) and an unknown action (HOLIDAY_FILE_BAD_ACTION)', () => {
    both(
      'bad-date.csv',
      '@:2: "2028-13-01" is not a date; accepted: a date like 2028-01-01 (also 2028.01.01, 2028/1/1, 20280101, 2028년 1월 1일)',
      '공휴일 파일 @:2: "2028-13-01"은(는) 날짜가 아닙니다. 쓸 수 있는 형식: 2028-01-01 같은 날짜 (2028.01.01, 2028/1/1, 20280101, 2028년 1월 1일도 됩니다)',
    );
    both(
      'action.csv',
      '@:1: unknown action "move"; accepted: add (default) or remove',
      '공휴일 파일 @:1: 알 수 없는 동작 "move"입니다. 쓸 수 있는 값: add(기본값) 또는 remove',
    );
  });

  it('an added holiday without a name (HOLIDAY_FILE_MISSING_NAME) and a file that is not there', () => {
    both(
      'no-name.json',
      '@:1: no name for 2028-01-01; an added holiday needs its name, e.g. {"date":"2028-01-01","name":"1월 1일"}',
      '공휴일 파일 @:1: 2028-01-01의 이름이 없습니다. 추가하는 공휴일에는 이름이 있어야 합니다 (예: {"date":"2028-01-01","name":"1월 1일"})',
    );
    both(
      'nofile.csv',
      '@: cannot read the holidays file (no such file); give a readable CSV or JSON file',
      '공휴일 파일 @: 파일이 없습니다. 읽을 수 있는 CSV나 JSON 파일을 지정하세요',
    );
  });

  it('removing a day that is not a holiday (HOLIDAY_FILE_REMOVE_NOT_HOLIDAY, said by the calendar)', () => {
    both(
      'not-holiday.csv',
      '@:1: 2025-03-05 is not a holiday, so it cannot be removed; remove accepts only dates that are gazette holidays',
      '공휴일 파일 @:1: 2025-03-05은(는) 공휴일이 아니어서 삭제할 수 없습니다. remove에는 관보의 공휴일만 쓸 수 있습니다',
    );
  });

  it("the calendar's own English is the catalog's English of the same data", () => {
    const overrides = parseHolidayFile('2025-03-05,,remove\n', 'h.csv');
    let caught: unknown;
    try {
      createCalendar({ overrides });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(InputError);
    const err = caught as InputError;
    expect(err.code).toBe('HOLIDAY_FILE_REMOVE_NOT_HOLIDAY');
    expect(err.said?.code).toBe('INPUT_HOLIDAYS');
    expect(renderMessage(err.said!, 'en')).toBe(err.message);
  });
});
