/**
 * The program's commander `Command`: each usage error commander raises (by its methods
 * `unknownOption`, `missingArgument`, … that a subclass may override) becomes a catalog message,
 * `USAGE_COMMANDER` with what commander knew as data (the flags, the value, the choices, the
 * did-you-mean candidates), worded once in the run's language. Commander's English is never read
 * back. Subcommands are made by `createCommand`, so they are this class too.
 */
import { Argument, Command, CommanderError, type Option } from 'commander';
import { renderMessage } from '../messages/catalog.js';
import type { MessageData } from '../model/messages.js';
import type { Lang } from '../model/rule.js';
import { EXIT_ERROR } from './exit-codes.js';
import { similar } from './suggest.js';

/** What a commander usage error said, as data. */
export type CommanderUsage = MessageData['USAGE_COMMANDER'];

/**
 * Ends the run with a usage error of `command`: the catalog's words in `lang` go through
 * commander's `error` (so its output settings and exit override apply) with commander's code.
 */
export function usageFault(command: Command, lang: Lang, data: CommanderUsage, code: string): never {
  command.error(renderMessage({ code: 'USAGE_COMMANDER', data }, lang), { code, exitCode: EXIT_ERROR });
  // `error` always throws (exitOverride); this line is for the type checker.
  throw new CommanderError(EXIT_ERROR, code, renderMessage({ code: 'USAGE_COMMANDER', data }, lang));
}

export class CliCommand extends Command {
  constructor(
    /** The run's language: every usage error of this command is worded in it. */
    readonly lang: Lang,
    name?: string,
  ) {
    super(name);
  }

  override createCommand(name?: string): CliCommand {
    return new CliCommand(this.lang, name);
  }

  private fault(data: CommanderUsage, code: string): never {
    return usageFault(this, this.lang, data, code);
  }

  /** Commander: an option this command (nor its parents) does not have. */
  unknownOption(flag: string): never {
    // This command's options and its parents' (as commander looks them up).
    const candidates: string[] = [];
    const lineage: Command[] = [this];
    while (lineage[lineage.length - 1]!.parent) lineage.push(lineage[lineage.length - 1]!.parent!);
    for (const c of lineage) {
      for (const option of c.createHelp().visibleOptions(c)) if (option.long) candidates.push(option.long);
    }
    const suggestions = flag.startsWith('--') ? similar(flag, candidates) : [];
    return this.fault({ kind: 'unknown-option', option: flag, suggestions }, 'commander.unknownOption');
  }

  /** Commander: the first operand names no command. */
  unknownCommand(): never {
    const command = this.args[0] ?? '';
    const candidates = this.createHelp()
      .visibleCommands(this)
      .flatMap((c) => [c.name(), ...c.aliases()]);
    return this.fault(
      { kind: 'unknown-command', command, suggestions: similar(command, candidates) },
      'commander.unknownCommand',
    );
  }

  /** Commander: a required argument was not given. */
  missingArgument(name: string): never {
    return this.fault({ kind: 'missing-argument', argument: name }, 'commander.missingArgument');
  }

  /** Commander: an option that takes a value was given none. */
  optionMissingArgument(option: Option): never {
    return this.fault({ kind: 'option-missing-argument', option: option.flags }, 'commander.optionMissingArgument');
  }

  /** Commander: a mandatory option was left out. */
  missingMandatoryOptionValue(option: Option): never {
    return this.fault({ kind: 'missing-mandatory-option', option: option.flags }, 'commander.missingMandatoryOptionValue');
  }

  /** Commander: two options that cannot go together. */
  _conflictingOption(option: Option, other: Option): never {
    return this.fault({ kind: 'conflicting-option', option: option.flags, other: other.flags }, 'commander.conflictingOption');
  }

  /** Commander: more operands than the command declares. */
  _excessArguments(received: readonly string[]): never {
    return this.fault(
      {
        kind: 'excess-arguments',
        command: this.parent === null ? null : this.name(),
        expected: this.registeredArguments.length,
        received: received.length,
      },
      'commander.excessArguments',
    );
  }

  /**
   * Commander: parses an option's or argument's value; a value not among the choices becomes a
   * usage error naming the option (or argument), the value and the choices.
   */
  _callParseArg(target: Option | Argument, value: string, previous: unknown, invalidMessage: string): unknown {
    try {
      return target.parseArg?.(value, previous);
    } catch (err) {
      if (!(err instanceof CommanderError) || err.code !== 'commander.invalidArgument') throw err;
      const choices = target.argChoices;
      if (choices === undefined) {
        const text = `${invalidMessage.startsWith('error: ') ? invalidMessage.slice('error: '.length) : invalidMessage} ${err.message}`;
        return this.fault({ kind: 'other', code: err.code, text }, err.code);
      }
      return this.fault(
        target instanceof Argument
          ? { kind: 'invalid-argument', argument: target.name(), value, choices }
          : { kind: 'invalid-choice', option: target.flags, value, choices },
        err.code,
      );
    }
  }
}
