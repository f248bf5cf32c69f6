/**
 * `--help` in the run's language. Each command's own words come from the catalog
 * (`messages/help*.ts`, read with `inLang`); the words commander adds itself — the headings, the
 * `[options]`/`[command]` of a usage line, the notes `(choices: …, default: …)` — are worded here
 * through commander's documented `configureHelp` overrides, from the same catalog
 * (`HELP_WORDS`). Widths count Korean as two columns, so wrapping holds in both languages.
 */
import type { Argument, Command, HelpConfiguration, Option } from 'commander';
import { HELP_WORDS } from '../messages/help.js';
import type { Lang } from '../model/rule.js';
import { displayWidth } from '../report/box.js';

/** The headings commander passes to `styleTitle`, and their words. */
const TITLES: Readonly<Record<string, keyof typeof HELP_WORDS>> = {
  'Usage:': 'usage',
  'Arguments:': 'arguments',
  'Options:': 'options',
  'Global Options:': 'globalOptions',
  'Commands:': 'commands',
};

/** `<name>`, `<name...>` or `[name]`, as commander shows an argument in a usage line. */
function argumentName(arg: Argument): string {
  const name = `${arg.name()}${arg.variadic ? '...' : ''}`;
  return arg.required ? `<${name}>` : `[${name}]`;
}

/** `(choices: "a", "b", default: "a")`-style notes after a description, or the description alone. */
function withNotes(description: string, notes: readonly string[]): string {
  if (notes.length === 0) return description;
  return description ? `${description} (${notes.join(', ')})` : `(${notes.join(', ')})`;
}

const SGR = /\x1b\[\d*(;\d*)*m/g;

/**
 * Commander's help configuration for `lang`: the same layout as commander's own (English is
 * byte for byte what commander writes), its words from the catalog.
 */
export function helpConfiguration(lang: Lang): HelpConfiguration {
  const w = (key: keyof typeof HELP_WORDS) => HELP_WORDS[key][lang];
  return {
    styleTitle: (title: string) => {
      const key = TITLES[title];
      return key === undefined ? title : w(key);
    },
    displayWidth: (text: string) => displayWidth(text.replace(SGR, '')),
    commandUsage(cmd: Command): string {
      const names: string[] = [];
      for (let c = cmd.parent; c !== null; c = c.parent) names.unshift(c.name());
      return [...names, cmd.name(), usageOf(cmd, lang)].join(' ');
    },
    subcommandTerm(cmd: Command): string {
      const args = cmd.registeredArguments.map(argumentName);
      return [cmd.name(), ...(cmd.options.length > 0 ? [w('optionsTerm')] : []), ...args].join(' ');
    },
    optionDescription(option: Option): string {
      const notes: string[] = [];
      if (option.argChoices) notes.push(`${w('choices')}: ${option.argChoices.map((c) => JSON.stringify(c)).join(', ')}`);
      const shown = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
      if (option.defaultValue !== undefined && shown) {
        notes.push(`${w('default')}: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`);
      }
      if (option.presetArg !== undefined && option.optional) notes.push(`${w('preset')}: ${JSON.stringify(option.presetArg)}`);
      if (option.envVar !== undefined) notes.push(`${w('env')}: ${option.envVar}`);
      return withNotes(option.description, notes);
    },
    argumentDescription(argument: Argument): string {
      const notes: string[] = [];
      if (argument.argChoices) notes.push(`${w('choices')}: ${argument.argChoices.map((c) => JSON.stringify(c)).join(', ')}`);
      if (argument.defaultValue !== undefined) {
        notes.push(`${w('default')}: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`);
      }
      return withNotes(argument.description, notes);
    },
  };
}

/** A command's usage after its name: `[options] [command] <args>`, in `lang` (as commander's `usage()`). */
function usageOf(cmd: Command, lang: Lang): string {
  return [
    // Every command here has options: at least its help option.
    HELP_WORDS.optionsTerm[lang],
    ...(cmd.commands.length > 0 ? [HELP_WORDS.commandTerm[lang]] : []),
    ...cmd.registeredArguments.map(argumentName),
  ].join(' ');
}
