/**
 * The help catalog (`messages/help*.ts`): every entry has both languages, and the program's
 * commands take every description from it (none written in a command file, none left unused).
 */
import { describe, expect, it } from 'vitest';
import { COMMAND_HELP } from '../../src/messages/help-commands.js';
import { HELP_WORDS, PROGRAM_HELP, SHARED, type CommandHelp } from '../../src/messages/help.js';
import type { Localized } from '../../src/model/rule.js';
import { buildProgram } from '../../src/cli/program.js';
import { fakeIo } from '../helpers/cli.js';

const HANGUL = /[가-힣]/;

/** Every entry of the catalog, named. */
const ENTRIES: [string, Localized][] = [
  ['program', PROGRAM_HELP],
  ...Object.entries(HELP_WORDS).map(([k, v]): [string, Localized] => [`words.${k}`, v]),
  ...Object.entries(SHARED).map(([k, v]): [string, Localized] => [`shared.${k}`, v]),
  ...Object.entries(COMMAND_HELP as Record<string, CommandHelp>).flatMap(([name, h]): [string, Localized][] => [
    [`${name}.description`, h.description],
    ...Object.entries(h.arguments).map(([k, v]): [string, Localized] => [`${name}.arguments.${k}`, v]),
    ...Object.entries(h.options).map(([k, v]): [string, Localized] => [`${name}.options.${k}`, v]),
  ]),
];

describe('the help catalog', () => {
  it.each(ENTRIES)('%s has English and Korean', (_name, entry) => {
    expect(entry.en.trim()).not.toBe('');
    expect(entry.ko.trim()).not.toBe('');
    expect(entry.ko).toMatch(HANGUL);
  });

  it.each(['en', 'ko'] as const)('is where every command of the program takes its words (%s)', (lang) => {
    const program = buildProgram(fakeIo(), { exitCode: 0, lang });
    expect(program.description()).toBe(PROGRAM_HELP[lang]);
    const catalog = COMMAND_HELP as Record<string, CommandHelp>;
    expect(program.commands.map((c) => c.name()).sort()).toEqual(Object.keys(catalog).sort());
    for (const command of program.commands) {
      const help = catalog[command.name()]!;
      expect(command.description()).toBe(help.description[lang]);
      expect(command.registeredArguments.map((a) => a.description)).toEqual(Object.values(help.arguments).map((e) => e[lang]));
      const own = command.options.map((o) => o.description);
      expect(own).toEqual(Object.values(help.options).map((e) => e[lang]));
    }
  });
});
