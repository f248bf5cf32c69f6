/**
 * The language of everything the CLI says: `--lang ko|en` when given (anywhere on the command
 * line, so a usage error commander reports before any action runs is worded in it too), else the
 * locale through the one `defaultLang` (LC_ALL, LC_MESSAGES, LANG).
 */
import { Option } from 'commander';
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

/** `--lang ko|en` for a command: what it prints and every message it gives, in that language (`description`: its help words). */
export function langOption(description: string): Option {
  return new Option('--lang <lang>', description).choices(['ko', 'en']);
}
