/**
 * `--lang` and the locale reach `diff`'s errors and `--as-of` past the holiday data: a report that cannot be read, a file that is not
 * a report, an output name that tells no format, and two reports of different inputs. Each case
 * runs the built CLI with `--lang en` under a Korean locale, with `--lang ko`, and with
 * `LANG=ko_KR.UTF-8` alone.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { langCli } from '../helpers/lang-cli.js';

let dir: string;
const { cli, both } = langCli(() => dir);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ca-lang-diff-'));
  writeFileSync(join(dir, 'payments.csv'), '청구번호,청구일시,지급일시\nP-1,2025-03-04 09:00,2025-03-04 11:30\n');
  writeFileSync(join(dir, 'other.csv'), '청구번호,청구일시,지급일시\nP-2,2025-03-05 09:00,2025-03-05 11:30\n');
  for (const [input, out] of [
    ['payments.csv', 'a.json'],
    ['other.csv', 'b.json'],
  ]) {
    const r = cli(['audit', input!, '--as-of', '2025-07-01', '-f', 'json', '-o', out!], 'en_US.UTF-8');
    expect(r.code).toBe(0);
  }
  writeFileSync(join(dir, 'rules.json'), JSON.stringify({ schemaVersion: 1, asOf: 'x', inputs: [], rules: 'no' }));
  writeFileSync(join(dir, 'v2.json'), JSON.stringify({ schemaVersion: 2 }));
  writeFileSync(join(dir, 'broken.json'), '{');
});

describe('diff errors in both languages', () => {
  it.each([
    [
      ['a.json', 'nope.json'],
      'charter-audit: nope.json: no such file; give two JSON reports\n',
      'charter-audit: 보고서 nope.json: 파일이 없습니다. JSON 보고서 두 개를 지정하세요\n',
    ],
    [
      ['a.json', 'rules.json'],
      'charter-audit: rules.json: rules is missing or not an array; give two JSON reports written by "charter-audit audit --format json"\n',
      'charter-audit: 보고서 rules.json: rules: 없거나 배열이 아닙니다. "charter-audit audit --format json"으로 쓴 JSON 보고서 두 개를 지정하세요\n',
    ],
    [
      ['a.json', 'v2.json'],
      'charter-audit: v2.json: schemaVersion is 2, this version reads reports of schemaVersion 1; give two JSON reports written by "charter-audit audit --format json"\n',
      'charter-audit: 보고서 v2.json: schemaVersion: 값이 2입니다. 이 버전은 schemaVersion 1 보고서를 읽습니다. "charter-audit audit --format json"으로 쓴 JSON 보고서 두 개를 지정하세요\n',
    ],
    [
      ['a.json', 'broken.json'],
      /^charter-audit: broken\.json: is not valid JSON \([^\n]+\); give two JSON reports written by "charter-audit audit --format json"\n$/,
      /^charter-audit: 보고서 broken\.json: JSON 형식이 올바르지 않습니다 \([^\nA-Za-z]*[가-힣][^\nA-Za-z]*\)\. "charter-audit audit --format json"으로 쓴 JSON 보고서 두 개를 지정하세요\n$/,
    ],
    [
      ['a.json', 'a.json', '-o', 'out.xyz'],
      'charter-audit: cannot tell the format from "out.xyz"; use --format or one of .txt .json .md .markdown .html .htm\n',
      'charter-audit: "out.xyz"에서 보고서 형식을 알 수 없습니다. --format을 쓰거나 확장자를 .txt .json .md .markdown .html .htm 중 하나로 하세요\n',
    ],
    [
      ['a.json', 'b.json'],
      /^charter-audit: the reports cannot be compared: input \S*payments\.csv \(payments, 1 rows, sha256 [0-9a-f]{12}\) is only in a\.json; input \S*other\.csv \(payments, 1 rows, sha256 [0-9a-f]{12}\) is only in b\.json\n$/,
      /^charter-audit: 두 보고서를 비교할 수 없습니다: 입력 \S*payments\.csv\(payments, 1행, sha256 [0-9a-f]{12}\)은\(는\) a\.json에만 있습니다; 입력 \S*other\.csv\(payments, 1행, sha256 [0-9a-f]{12}\)은\(는\) b\.json에만 있습니다\n$/,
    ],
  ] as const)('diff %j', (args, en, ko) => {
    both(['diff', ...args], en, ko);
  });
});

describe('a flag that needs holiday data not loaded, in both languages', () => {
  it('audit --as-of 2031-01-01', () => {
    both(
      ['audit', 'payments.csv', '--as-of', '2031-01-01'],
      /^charter-audit: --as-of 2031-01-01T00:00:00\+09:00: no holiday data for 2031 \(loaded: \d{4}–\d{4}\); add that year's holidays with --holidays FILE \(CSV "date,name" or JSON\)\n$/,
      /^charter-audit: --as-of 2031-01-01T00:00:00\+09:00: 2031년 공휴일 자료가 없습니다 \(적재: \d{4}–\d{4}\)\. --holidays 파일로 그 해의 공휴일을 추가하세요\n$/,
    );
  });
});
