/**
 * Commander's own usage errors, one per commander error code, from the built CLI: each is the
 * catalog's USAGE_COMMANDER worded from the data commander had (flags, value, choices, its
 * did-you-mean), whole line, in English (`--lang en` under a Korean locale) and in Korean
 * (`--lang ko`; the Korean locale alone gives the same bytes).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CommanderError, Option } from 'commander';
import { CliCommand } from '../../src/cli/commander.js';
import { langCli } from '../helpers/lang-cli.js';

let dir = '';
const { cli } = langCli(() => dir);

/** The same error in English and in Korean; `--lang` goes right after the command (a value-less last option is a case). */
function both(args: readonly string[], en: string, ko: string): void {
  const at = (lang: string) => [args[0]!, '--lang', lang, ...args.slice(1)];
  expect(cli(at('en'), 'ko_KR.UTF-8')).toEqual({ code: 2, stderr: en });
  expect(cli(at('ko'), 'en_US.UTF-8')).toEqual({ code: 2, stderr: ko });
  expect(cli(args, 'ko_KR.UTF-8')).toEqual({ code: 2, stderr: ko });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ca-commander-'));
  writeFileSync(join(dir, 'p.csv'), '청구번호,청구일시,지급일시\nP-1,2025-03-04 09:00,2025-03-04 11:30\n');
});

describe("commander's errors, worded from its data in the run's language", () => {
  it.each([
    [
      'commander.unknownOption, with a suggestion',
      ['audit', 'p.csv', '--fromat', 'json'],
      "charter-audit: error: unknown option '--fromat' (Did you mean --format?)\n",
      'charter-audit: 오류: 알 수 없는 옵션입니다: --fromat (혹시 --format?)\n',
    ],
    [
      'commander.unknownOption, an option of another command',
      ['sample', '--kind', 'calls', '--rows', '1', '--sed', '3'],
      "charter-audit: error: unknown option '--sed' (Did you mean --seed?)\n",
      'charter-audit: 오류: 알 수 없는 옵션입니다: --sed (혹시 --seed?)\n',
    ],
    [
      'commander.unknownCommand, with a suggestion',
      ['audti', 'p.csv'],
      "charter-audit: error: unknown command 'audti' (Did you mean audit?)\n",
      'charter-audit: 오류: 알 수 없는 명령입니다: audti (혹시 audit?)\n',
    ],
    [
      'commander.missingArgument',
      ['deadline'],
      "charter-audit: error: missing required argument 'START'\n",
      'charter-audit: 오류: 인수 START이(가) 필요합니다\n',
    ],
    [
      'commander.invalidArgument, an option value not among the choices',
      ['columns', '--format', 'yaml'],
      "charter-audit: error: option '--format <format>' argument 'yaml' is invalid. Allowed choices are text, json, markdown.\n",
      'charter-audit: 오류: 옵션 --format <format>의 값 "yaml"은(는) 허용되지 않습니다 (허용: text, json, markdown)\n',
    ],
    [
      'commander.invalidArgument, an argument not among the choices',
      ['columns', 'invoices'],
      "charter-audit: error: command-argument value 'invoices' is invalid for argument 'kind'. Allowed choices are complaints, payments, contracts, calls, activities.\n",
      'charter-audit: 오류: 인수 kind의 값 "invoices"은(는) 허용되지 않습니다 (허용: complaints, payments, contracts, calls, activities)\n',
    ],
    [
      'commander.excessArguments',
      ['holidays', '2025', '2026'],
      "charter-audit: error: too many arguments for 'holidays'. Expected 1 argument but got 2.\n",
      'charter-audit: 오류: 인수가 너무 많습니다 (holidays: 1개를 받는데 2개가 주어졌습니다)\n',
    ],
    [
      'commander.excessArguments, none expected',
      ['rules', 'payments'],
      "charter-audit: error: too many arguments for 'rules'. Expected 0 arguments but got 1.\n",
      'charter-audit: 오류: 인수가 너무 많습니다 (rules: 0개를 받는데 1개가 주어졌습니다)\n',
    ],
    [
      'commander.optionMissingArgument',
      ['audit', 'p.csv', '--as-of'],
      "charter-audit: error: option '--as-of <time>' argument missing\n",
      'charter-audit: 오류: 옵션 --as-of <time>에 값이 필요합니다\n',
    ],
    [
      'charter-audit.emptyValue (an empty value, refused before the action)',
      ['elapsed', '2024-09-13 17:00', '2024-09-19 12:00', '--holidays', ''],
      "charter-audit: error: option '--holidays <FILE>' was given an empty value; give a value or leave the option out\n",
      'charter-audit: 오류: 옵션 --holidays <FILE>에 빈 값이 주어졌습니다. 값을 쓰거나 옵션을 빼세요\n',
    ],
    [
      "charter-audit.emptyArgument: audit '' (read as the current folder before)",
      ['audit', ''],
      "charter-audit: error: argument 'files' was given an empty value; give a file name\n",
      'charter-audit: 오류: 인수 files에 빈 값이 주어졌습니다. 파일 이름을 쓰세요\n',
    ],
    [
      'charter-audit.emptyArgument: an empty name among the files',
      ['audit', 'p.csv', ''],
      "charter-audit: error: argument 'files' was given an empty value; give a file name\n",
      'charter-audit: 오류: 인수 files에 빈 값이 주어졌습니다. 파일 이름을 쓰세요\n',
    ],
    [
      "charter-audit.emptyArgument: inspect ''",
      ['inspect', ''],
      "charter-audit: error: argument 'file' was given an empty value; give a file name\n",
      'charter-audit: 오류: 인수 file에 빈 값이 주어졌습니다. 파일 이름을 쓰세요\n',
    ],
    [
      "charter-audit.emptyArgument: diff '' '' names the first",
      ['diff', '', ''],
      "charter-audit: error: argument 'before' was given an empty value; give a file name\n",
      'charter-audit: 오류: 인수 before에 빈 값이 주어졌습니다. 파일 이름을 쓰세요\n',
    ],
    [
      'charter-audit.emptyArgument: an empty value that is not a file',
      ['holidays', ''],
      "charter-audit: error: argument 'YEAR' was given an empty value; give a value\n",
      'charter-audit: 오류: 인수 YEAR에 빈 값이 주어졌습니다. 값을 쓰세요\n',
    ],
  ])('%s', (_what, args, en, ko) => {
    both(args, en, ko);
  });

  it('an unknown option with control characters stays one escaped line in Korean', () => {
    both(
      ['audit', 'p.csv', '--\u001b[2Jx\ny'],
      "charter-audit: error: unknown option '--\\u001b[2Jx\\ny'\n",
      'charter-audit: 오류: 알 수 없는 옵션입니다: --\\u001b[2Jx\\ny\n',
    );
  });
});

describe('codes this program does not raise today are worded from data too', () => {
  /** A CliCommand in `lang` with a mandatory option and two that conflict; what it says on `args`. */
  function said(lang: 'en' | 'ko', args: string[]): string {
    const cmd = new CliCommand(lang, 'x');
    let out = '';
    cmd
      .exitOverride()
      .configureOutput({ writeErr: () => {}, outputError: (s) => void (out += s) })
      .requiredOption('--kind <kind>', 'k')
      .addOption(new Option('--all', 'a').conflicts('limit'))
      .option('--limit <n>', 'l')
      .action(() => {});
    expect(() => cmd.parse(args, { from: 'user' })).toThrow(CommanderError);
    return out;
  }

  it('commander.missingMandatoryOptionValue', () => {
    expect(said('en', [])).toBe("error: required option '--kind <kind>' not specified\n");
    expect(said('ko', [])).toBe('오류: 옵션 --kind <kind>이(가) 필요합니다\n');
  });

  it('commander.conflictingOption', () => {
    const args = ['--kind', 'calls', '--all', '--limit', '3'];
    expect(said('en', args)).toBe("error: option '--all' cannot be used with option '--limit <n>'\n");
    expect(said('ko', args)).toBe('오류: 옵션 --all은(는) 옵션 --limit <n>와(과) 함께 쓸 수 없습니다\n');
  });
});
