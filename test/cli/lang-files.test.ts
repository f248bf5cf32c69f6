/**
 * `--lang` and the locale reach the errors about the files a run reads besides the exports: the
 * config file (INVALID_CONFIG), an export the reader cannot start on, a failed write. Each case runs the built CLI (`bin/charter-audit.js`) with
 * `--lang en` under a Korean locale, with `--lang ko`, and with `LANG=ko_KR.UTF-8` alone.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { langCli } from '../helpers/lang-cli.js';
import { readHeader } from '../../src/ingest/read-header.js';
import { renderMessage } from '../../src/messages/catalog.js';
import { InputError } from '../../src/model/input.js';

let dir: string;
const { both } = langCli(() => dir);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ca-lang-files-'));
  writeFileSync(join(dir, 'payments.csv'), '청구번호,청구일시,지급일시\nP-1,2025-03-04 09:00,2025-03-04 11:30\n');
  const configs: Record<string, string> = {
    'hours.json': JSON.stringify({ rules: { 'payment.four-hours': { hours: '4' } } }),
    'key.json': JSON.stringify({ granularty: 'month' }),
    'option.json': JSON.stringify({ rules: { 'call.answer-rate': { traget: 0.9 } } }),
    'target.json': JSON.stringify({ rules: { 'call.answer-rate': { target: 95 } } }),
    'values.json': JSON.stringify({ values: { complaints: { channel: { 국민신문고: 'webb' } } } }),
    'syntax.json': '{\n  "granularity": month\n}',
  };
  for (const [name, text] of Object.entries(configs)) writeFileSync(join(dir, name), text);
  writeFileSync(join(dir, 'empty.csv'), '');
  writeFileSync(join(dir, 'fixed.whatif.json'), JSON.stringify({ granularity: 'day' }));
  writeFileSync(join(dir, 'array.whatif.json'), '[1]');
  writeFileSync(join(dir, 'blank.csv'), '\n \n');
});

describe('config-file errors (INVALID_CONFIG) in both languages', () => {
  it.each([
    [
      'hours.json',
      'charter-audit: hours.json: rules["payment.four-hours"].hours: found "4" (a string); expected a number greater than 0\n',
      'charter-audit: 설정 파일 hours.json: rules["payment.four-hours"].hours: 값이 "4"(문자열)입니다. 0보다 큰 숫자여야 합니다\n',
    ],
    [
      'key.json',
      'charter-audit: key.json: unknown key "granularty"; did you mean "granularity"?; accepted: workingHours, granularity, rules, standardDays, columns, holidays, immediateHours, pauseCounting, transferClock, values\n',
      'charter-audit: 설정 파일 key.json: 알 수 없는 키 "granularty"입니다 (혹시 "granularity"?). 쓸 수 있는 키: workingHours, granularity, rules, standardDays, columns, holidays, immediateHours, pauseCounting, transferClock, values\n',
    ],
    [
      'option.json',
      'charter-audit: option.json: rules["call.answer-rate"].traget is not an option of call.answer-rate; did you mean "target"?; accepted: severity, enabled, target\n',
      'charter-audit: 설정 파일 option.json: rules["call.answer-rate"].traget: call.answer-rate 규칙의 옵션이 아닙니다 (혹시 "target"?). 쓸 수 있는 옵션: severity, enabled, target\n',
    ],
    [
      'target.json',
      'charter-audit: target.json: rules["call.answer-rate"].target: found 95 (a number); expected a number from 0 to 1\n',
      'charter-audit: 설정 파일 target.json: rules["call.answer-rate"].target: 값이 95(숫자)입니다. 0 이상이고 1 이하인 숫자여야 합니다\n',
    ],
    [
      'values.json',
      /^charter-audit: values\.json: values\.complaints\.channel\["국민신문고"\]: found "webb"; expected a channel value \(인터넷\/web[^\n]*\); did you mean "web"\?\n$/,
      /^charter-audit: 설정 파일 values\.json: values\.complaints\.channel\["국민신문고"\]: 값이 "webb"\(문자열\)입니다\. channel 열의 값이어야 합니다 \(인터넷\/web[^\n]*\) \(혹시 "web"\?\)\n$/,
    ],
    [
      'syntax.json',
      /^charter-audit: syntax\.json:2:18: not valid JSON \([^\n]*\); fix the syntax of the config file\n$/,
      "charter-audit: 설정 파일 syntax.json:2:18: JSON 형식이 올바르지 않습니다 (예상하지 못한 문자 'm'). 설정 파일의 문법을 고치세요\n",
    ],
    [
      'missing.json',
      'charter-audit: missing.json: no such file; pass an existing JSON file with --config\n',
      'charter-audit: 설정 파일 missing.json: 파일이 없습니다. --config에는 실제로 있는 JSON 파일을 지정하세요\n',
    ],
  ])('audit --config %s', (config, en, ko) => {
    both(['audit', 'payments.csv', '--as-of', '2025-07-01', '--config', config], en, ko);
  });

  it('every command that reads the config words its error in the run language (rules, inspect)', () => {
    both(
      ['rules', '--config', 'hours.json'],
      'charter-audit: hours.json: rules["payment.four-hours"].hours: found "4" (a string); expected a number greater than 0\n',
      'charter-audit: 설정 파일 hours.json: rules["payment.four-hours"].hours: 값이 "4"(문자열)입니다. 0보다 큰 숫자여야 합니다\n',
    );
    both(
      ['inspect', 'payments.csv', '--config', 'key.json'],
      /^charter-audit: key\.json: unknown key/,
      /^charter-audit: 설정 파일 key\.json: 알 수 없는 키/,
    );
  });
});

describe("the reader's file errors and a failed write in both languages", () => {
  it.each([
    [
      ['inspect', 'empty.csv'],
      'charter-audit: empty.csv: the file is empty — there is no header line to tell the kind of export from\n',
      'charter-audit: empty.csv: 빈 파일입니다. 자료 종류를 알아낼 머리글 줄이 없습니다\n',
    ],
    [
      ['audit', 'blank.csv', '--as-of', '2025-07-01'],
      'charter-audit: blank.csv: the file has only blank lines — there is no header line to tell the kind of export from\n',
      'charter-audit: blank.csv: 빈 줄만 있습니다. 자료 종류를 알아낼 머리글 줄이 없습니다\n',
    ],
    [
      ['inspect', 'payments.csv', '--header-line', '5'],
      'charter-audit: payments.csv: --header-line 5 is not a non-blank line among the first 20 (they are lines 1, 2)\n',
      'charter-audit: payments.csv: --header-line 5은(는) 처음 20줄 중 비어 있지 않은 줄이 아닙니다 (비어 있지 않은 줄: 1, 2)\n',
    ],
    [
      ['audit', 'payments.csv', '--as-of', '2025-07-01', '-f', 'json', '-o', '/dev/full'],
      'charter-audit: cannot write /dev/full: no space left on the device (ENOSPC)\n',
      'charter-audit: /dev/full에 쓸 수 없습니다: 저장 장치에 남은 공간이 없습니다 (ENOSPC)\n',
    ],
  ] as const)('%j', (args, en, ko) => {
    both(args, en, ko);
  });
});

describe('what-if file errors in both languages', () => {
  it.each([
    [
      'fixed.whatif.json',
      'charter-audit: fixed.whatif.json: "granularity" cannot change in a what-if (aggregates are compared period by period); remove it\n',
      'charter-audit: 가정 파일 fixed.whatif.json: "granularity"은(는) 가정으로 바꿀 수 없습니다 (집계는 기간별로 비교합니다). 빼 주세요\n',
    ],
    [
      'array.whatif.json',
      'charter-audit: array.whatif.json: expected a JSON object (a partial config file)\n',
      'charter-audit: 가정 파일 array.whatif.json: JSON 객체(설정 파일의 일부)여야 합니다\n',
    ],
    [
      'missing.whatif.json',
      'charter-audit: missing.whatif.json: no such file; --what-if takes a partial config file (JSON) or reading:NAME\n',
      'charter-audit: 가정 파일 missing.whatif.json: 파일이 없습니다. --what-if에는 설정 파일의 일부(JSON)나 reading:이름을 지정하세요\n',
    ],
    [
      'reading:nope',
      /^charter-audit: --what-if reading:nope is not a reading; readings: reading:[^\n]*\n$/,
      /^charter-audit: --what-if reading:nope: 그런 해석이 없습니다\. 쓸 수 있는 해석: reading:[^\n]*\n$/,
    ],
  ])('audit --what-if %s', (file, en, ko) => {
    both(['audit', 'payments.csv', '--as-of', '2025-07-01', '--what-if', file], en, ko);
  });
});

it("CONFIG_COLUMN (a library caller's per-kind column that is not the kind's) carries its data for --lang", () => {
  let err: unknown;
  try {
    readHeader(Buffer.from('청구번호,청구일시\n'), true, 'p.csv', { columns: { payments: { 지급: 'received_at' } } });
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(InputError);
  const e = err as InputError;
  expect(e.code).toBe('CONFIG_COLUMN');
  expect(e.message).toMatch(
    /^p\.csv: the config's columns\.payments maps "지급" to "received_at", which is not a payments column/,
  );
  expect(renderMessage(e.said!, 'ko')).toMatch(
    /^p\.csv: 설정의 columns\.payments가 "지급"을\(를\) "received_at"에 대응시키는데, 이는 대금지급\(payments\) 자료의 열이 아닙니다/,
  );
});
