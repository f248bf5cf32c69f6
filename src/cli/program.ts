import { type Command, CommanderError } from 'commander';
import { EXIT_ERROR, EXIT_OK } from './exit-codes.js';
import { messageLine } from '../report/sanitize.js';
import { type RunState } from './action.js';
import { langOption, runLang } from './lang.js';
import { CliCommand, usageFault } from './commander.js';
import { helpConfiguration } from './help.js';
import { HELP_WORDS, PROGRAM_HELP, SHARED } from '../messages/help.js';
import type { Io } from './io.js';
import { registerAudit } from './commands/audit.js';
import { registerCalendarCommands } from './commands/calendar.js';
import { registerDiff } from './commands/diff.js';
import { registerInspect } from './commands/inspect.js';
import { registerRules } from './commands/rules.js';
import { registerColumns } from './commands/columns.js';
import { registerInit } from './commands/init.js';
import { registerSample } from './commands/sample.js';

export function buildProgram(io: Io, state: RunState): Command {
  const program = new CliCommand(state.lang);
  program
    .name('charter-audit')
    .description(PROGRAM_HELP[state.lang])
    .version('0.1.0', '-V, --version', HELP_WORDS.version[state.lang])
    .helpOption('-h, --help', HELP_WORDS.help[state.lang])
    .helpCommand(HELP_WORDS.helpCommand[state.lang], HELP_WORDS.help[state.lang])
    // `--lang` before the command (or with none: `charter-audit --lang ko` shows the Korean
    // program help); the run's language is read from the arguments (cli/lang.ts) either way.
    .addOption(langOption(SHARED.lang[state.lang]))
    .configureHelp(helpConfiguration(state.lang))
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      // A usage error, already worded in the run's language (cli/commander.ts), echoes what was
      // typed (an unknown option): shown escaped, on one bounded line.
      outputError: (s, write) => write(`charter-audit: ${messageLine(s.endsWith('\n') ? s.slice(0, -1) : s)}\n`),
    })
    .exitOverride()
    .hook('preAction', (_program, action) => {
      passLang(_program, action);
      refuseEmptyValues(action, state);
    });
  registerAudit(program, io, state);
  registerInspect(program, io, state);
  registerRules(program, io, state);
  registerColumns(program, io, state);
  registerInit(program, io, state);
  registerCalendarCommands(program, io, state);
  registerSample(program, io, state);
  registerDiff(program, io, state);
  for (const cmd of program.commands) {
    cmd.exitOverride();
    cmd.configureOutput(program.configureOutput());
  }
  return program;
}

/** The arguments that name a file: an empty one would otherwise be read as the current folder. */
const FILE_ARGUMENTS: ReadonlySet<string> = new Set(['files', 'file', 'before', 'after']);

/**
 * `--lang` the program took (given before the command, or after it: commander gives a program
 * option wherever it stands to the program) is the command's `--lang` too.
 */
function passLang(program: Command, action: Command): void {
  const lang: unknown = program.getOptionValue('lang');
  if (lang === undefined || action === program) return;
  if (action.options.some((o) => o.attributeName() === 'lang') && action.getOptionValue('lang') === undefined) {
    action.setOptionValueWithSource('lang', lang, 'cli');
  }
}

/**
 * An option given an empty value (`--as-of ''`, `--limit "$UNSET"`) is an error, never ignored:
 * a script whose variable is unset would otherwise audit at the wall clock, or with no limit.
 * An empty argument (`audit ''`, `diff "$A" "$B"` with `$A` unset) is one too: an empty file
 * name would otherwise resolve to the current folder.
 */
function refuseEmptyValues(action: Command, state: RunState): void {
  action.registeredArguments.forEach((argument, i) => {
    const value: unknown = action.processedArgs[i];
    if (value === '' || (Array.isArray(value) && value.includes(''))) {
      const name = argument.name();
      const data = { kind: 'empty-argument', argument: name, file: FILE_ARGUMENTS.has(name) } as const;
      usageFault(action, state.lang, data, 'charter-audit.emptyArgument');
    }
  });
  for (const option of action.options) {
    const value: unknown = action.getOptionValue(option.attributeName());
    if (value === '' || (Array.isArray(value) && value.includes(''))) {
      usageFault(action, state.lang, { kind: 'empty-value', option: option.flags }, 'charter-audit.emptyValue');
    }
  }
}

/** Runs the CLI with `argv` (as `process.argv`) and resolves with the exit code. Never throws. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const state: RunState = { exitCode: EXIT_OK, lang: runLang(argv, io.env) };
  const program = buildProgram(io, state);
  try {
    await program.parseAsync([...argv]);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') {
        return EXIT_OK;
      }
      return EXIT_ERROR;
    }
    throw err;
  }
  return state.exitCode;
}

export { type Action, type RunState, userMessage, wrap } from './action.js';
