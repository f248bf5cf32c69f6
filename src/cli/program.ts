import { Command, CommanderError } from 'commander';
import { CalendarRangeError } from '../model/calendar.js';
import { InputError } from '../model/input.js';
import { EXIT_ERROR, EXIT_OK, UsageError } from './exit-codes.js';
import type { Io } from './io.js';
import { registerAudit } from './commands/audit.js';
import { registerCalendarCommands } from './commands/calendar.js';
import { registerDiff } from './commands/diff.js';
import { registerInspect } from './commands/inspect.js';
import { registerRules } from './commands/rules.js';
import { registerSample } from './commands/sample.js';

/** What every command action returns: the exit code. Only `main` hands it to the process. */
export type Action = (...args: any[]) => Promise<number> | number;

/** Shared state of one run: the exit code the last action produced. */
export interface RunState {
  exitCode: number;
}

/** The message a user sees for an error, or undefined for a bug (which is reported as one). */
export function userMessage(err: unknown): string | undefined {
  if (err instanceof UsageError || err instanceof InputError || err instanceof CalendarRangeError) return err.message;
  return undefined;
}

/** Wraps an action: its exit code goes to the state; known errors become one line on stderr and exit 2. */
export function wrap(io: Io, state: RunState, fn: Action): (...args: any[]) => Promise<void> {
  return async (...args: any[]) => {
    try {
      state.exitCode = await fn(...args);
    } catch (err) {
      state.exitCode = EXIT_ERROR;
      const msg = userMessage(err);
      if (msg !== undefined) {
        io.stderr.write(`charter-audit: ${msg}\n`);
      } else {
        const detail = err instanceof Error ? err.message : String(err);
        io.stderr.write(
          `charter-audit: internal error: ${detail}\n` +
            `This is a bug in charter-audit; please report it with the command you ran` +
            (io.env.CHARTER_AUDIT_DEBUG ? '' : ' (set CHARTER_AUDIT_DEBUG=1 for details)') +
            '.\n',
        );
        if (io.env.CHARTER_AUDIT_DEBUG && err instanceof Error && err.stack) io.stderr.write(`${err.stack}\n`);
      }
    }
  };
}

export function buildProgram(io: Io, state: RunState): Command {
  const program = new Command();
  program
    .name('charter-audit')
    .description('Audit 조달서비스헌장 (Public Procurement Service charter) deadlines in Korean working time.')
    .version('0.1.0', '-V, --version')
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      outputError: (s, write) => write(s.startsWith('error:') ? `charter-audit: ${s}` : s),
    })
    .exitOverride();
  registerAudit(program, io, state);
  registerInspect(program, io, state);
  registerRules(program, io, state);
  registerCalendarCommands(program, io, state);
  registerSample(program, io, state);
  registerDiff(program, io, state);
  for (const cmd of program.commands) {
    cmd.exitOverride();
    cmd.configureOutput(program.configureOutput());
  }
  return program;
}

/** Runs the CLI with `argv` (as `process.argv`) and resolves with the exit code. Never throws. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const state: RunState = { exitCode: EXIT_OK };
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
