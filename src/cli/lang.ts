/**
 * The language of everything the CLI says: `--lang ko|en` when given (anywhere on the command
 * line, so a usage error commander reports before any action runs is worded in it too), else the
 * locale through the one `defaultLang` (LC_ALL, LC_MESSAGES, LANG).
 */
import { Option } from 'commander';
import type { Message } from '../model/messages.js';
import type { Lang } from '../model/rule.js';
import { defaultLang } from '../report/i18n.js';

/**
 * The run's language from the arguments and the environment.
 *
 * @example runLang(['node', 'charter-audit', 'rules', '--lang', 'ko'], {}) // => 'ko'
 * @example runLang(['node', 'charter-audit', 'rules', '--lang=en'], { LANG: 'ko_KR.UTF-8' }) // => 'en'
 * @example runLang(['node', 'charter-audit', 'rules'], { LANG: 'ko_KR.UTF-8' }) // => 'ko'
 */
export function runLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (value === 'ko' || value === 'en') return value;
  }
  return defaultLang(env);
}

/** What commander says about a usage error (its message, without `error: `), as data. */
const COMMANDER: readonly [RegExp, (m: RegExpExecArray) => Partial<Message<'USAGE_COMMANDER'>['data']>][] = [
  [/^unknown option '([^']*)'/, (m) => ({ kind: 'unknown-option', name: m[1]! })],
  [/^unknown command '([^']*)'/, (m) => ({ kind: 'unknown-command', name: m[1]! })],
  [/^missing required argument '([^']*)'/, (m) => ({ kind: 'missing-argument', name: m[1]! })],
  [/^option '([^']*)' argument missing/, (m) => ({ kind: 'option-missing-argument', name: m[1]! })],
  [
    /^option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/m,
    (m) => ({ kind: 'invalid-choice', name: m[1]!, value: m[2]!, choices: m[3]!.split(', ') }),
  ],
  [
    /^command-argument value '([^']*)' is invalid for argument '([^']*)'\. Allowed choices are (.*)\.$/m,
    (m) => ({ kind: 'invalid-argument', name: m[2]!, value: m[1]!, choices: m[3]!.split(', ') }),
  ],
  [/^too many arguments(?: for '([^']*)')?\./, (m) => ({ kind: 'excess-arguments', name: m[1] ?? '' })],
  [/^option '([^']*)' was given an empty value/, (m) => ({ kind: 'empty-value', name: m[1]! })],
];

/**
 * Commander's usage error as data: which error, what was typed, the choices and the suggestion.
 *
 * @example commanderMessage("unknown option '--fromat'\n(Did you mean --format?)").data.suggestion // => '--format'
 */
export function commanderMessage(text: string): Message<'USAGE_COMMANDER'> {
  const body = text.replace(/^error: /, '').replace(/\n+$/, '');
  const suggestion = /\(Did you mean (?:one of )?([^?]*)\?\)/.exec(body)?.[1] ?? null;
  const data: Message<'USAGE_COMMANDER'>['data'] = {
    kind: 'other',
    name: '',
    value: '',
    choices: [],
    suggestion,
    text: body,
  };
  for (const [re, read] of COMMANDER) {
    const m = re.exec(body);
    if (m) return { code: 'USAGE_COMMANDER', data: { ...data, ...read(m) } };
  }
  return { code: 'USAGE_COMMANDER', data };
}

/** `--lang ko|en` for a command: what it prints and every message it gives, in that language. */
export function langOption(): Option {
  return new Option('--lang <lang>', 'language of the output and messages (default: from LC_ALL, LC_MESSAGES, LANG)').choices([
    'ko',
    'en',
  ]);
}
