/**
 * The words of `--help`, in English and Korean: each command's description, its arguments' and
 * options' descriptions and examples (`help-audit.ts`, `help-commands.ts`), and the words commander
 * itself puts in a help page (headings, `[options]`, the help and version options, the choices
 * and default notes). Every entry is a `Localized`, so an entry without its Korean does not compile.
 * The CLI reads a command's words with {@link inLang} in the run's language (`cli/help.ts`).
 */
import type { Lang, Localized } from '../model/rule.js';

/** One command's help: the words of its description, arguments (by name) and options (by long flag). */
export interface CommandHelp<A extends string = string, O extends string = string> {
  description: Localized;
  arguments: Record<A, Localized>;
  options: Record<O, Localized>;
  /** Command lines shown under the examples heading (the same in both languages). */
  examples?: readonly string[];
}

/** A command's help in one language. */
export interface CommandHelpIn<A extends string, O extends string> {
  description: string;
  arguments: Record<A, string>;
  options: Record<O, string>;
  /** The examples as commander's after-help text (empty without examples). */
  examples: string;
}

/** What commander writes in every help page, worded. */
export const HELP_WORDS = {
  usage: { en: 'Usage:', ko: '사용법:' },
  arguments: { en: 'Arguments:', ko: '인수:' },
  options: { en: 'Options:', ko: '옵션:' },
  globalOptions: { en: 'Global Options:', ko: '전역 옵션:' },
  commands: { en: 'Commands:', ko: '명령:' },
  examples: { en: 'Examples:', ko: '예:' },
  /** In a usage line and a command's term: it takes options, subcommands. */
  optionsTerm: { en: '[options]', ko: '[옵션]' },
  commandTerm: { en: '[command]', ko: '[명령]' },
  /** The help command, as `help [command]` is listed. */
  helpCommand: { en: 'help [command]', ko: 'help [명령]' },
  help: { en: 'display help for command', ko: '도움말을 보여 줌' },
  version: { en: 'output the version number', ko: '버전을 보여 줌' },
  /** The notes after an option's description: `(choices: "a", "b", default: "a")`. */
  choices: { en: 'choices', ko: '선택' },
  default: { en: 'default', ko: '기본값' },
  preset: { en: 'preset', ko: '값을 생략하면' },
  env: { en: 'env', ko: '환경 변수' },
} as const satisfies Record<string, Localized>;

/** The default config file, as several options' descriptions name it. */
const CONFIG_DEFAULT: Localized = {
  en: 'default: ./charter-audit.config.json when present',
  ko: '기본값: ./charter-audit.config.json이 있으면 그 파일',
};

/**
 * Words shared by several commands' options.
 *
 * @example SHARED.lang.ko // => '출력과 메시지의 언어 (기본값: LC_ALL, LC_MESSAGES, LANG에 따름)'
 */
export const SHARED = {
  /** `--lang` as most commands describe it. */
  lang: {
    en: 'language of the output and messages (default: from LC_ALL, LC_MESSAGES, LANG)',
    ko: '출력과 메시지의 언어 (기본값: LC_ALL, LC_MESSAGES, LANG에 따름)',
  },
  /** The calendar commands' `--config`. */
  calendarConfig: {
    en: `config file for working hours and holidays (${CONFIG_DEFAULT.en})`,
    ko: `근무시간과 공휴일을 정하는 설정 파일 (${CONFIG_DEFAULT.ko})`,
  },
  configDefault: CONFIG_DEFAULT,
} as const satisfies Record<string, Localized>;

/** The program's own description. */
export const PROGRAM_HELP: Localized = {
  en: 'Audit 조달서비스헌장 (Public Procurement Service charter) deadlines in Korean working time.',
  ko: '조달서비스헌장의 처리기한을 한국의 근무시간으로 점검합니다.',
};

function pick<K extends string>(entries: Record<K, Localized>, lang: Lang): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(entries) as K[]) out[key] = entries[key][lang];
  return out;
}

/**
 * A command's help in `lang`.
 *
 * @example inLang({ description: { en: 'list', ko: '목록' }, arguments: {}, options: { json: { en: 'as JSON', ko: 'JSON으로' } } }, 'ko').options.json // => 'JSON으로'
 */
export function inLang<A extends string, O extends string>(help: CommandHelp<A, O>, lang: Lang): CommandHelpIn<A, O> {
  return {
    description: help.description[lang],
    arguments: pick(help.arguments, lang),
    options: pick(help.options, lang),
    examples:
      help.examples === undefined ? '' : `\n${HELP_WORDS.examples[lang]}\n${help.examples.map((e) => `  ${e}\n`).join('')}`,
  };
}
