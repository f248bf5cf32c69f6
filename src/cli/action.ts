/** How a command action reports: its exit code to the run state, a known error as one line on stderr. */
import { CalendarRangeError } from '../model/calendar.js';
import { InputError } from '../model/input.js';
import { EXIT_ERROR, UsageError } from './exit-codes.js';
import type { Io } from './io.js';
import { messageLine } from '../report/sanitize.js';
import { renderMessage } from '../messages/catalog.js';
import type { Message } from '../model/messages.js';
import type { Lang } from '../model/rule.js';

/** What every command action returns: the exit code. Only `main` hands it to the process. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- commander passes each command its own argument types
export type Action = (...args: any[]) => Promise<number> | number;

/** Shared state of one run: the exit code the last action produced, and the language it speaks. */
export interface RunState {
  exitCode: number;
  /** `--lang`, else the locale (see `cli/lang.ts`): errors and notices are worded in it. */
  lang: Lang;
}

/**
 * The message a user sees for an error, in `lang`, or undefined for a bug (which is reported as
 * one). A usage error, a calendar range error and an input error made from the catalog carry
 * their code and data, worded here; other input errors keep their own (English) message.
 */
export function userMessage(err: unknown, lang: Lang = 'en'): string | undefined {
  if (err instanceof UsageError) return err.said ? renderMessage(err.said, lang) : err.message;
  if (err instanceof CalendarRangeError) {
    if (err.said) return renderMessage(err.said, lang);
    const said: Message = {
      code: 'CALENDAR_YEAR_NOT_LOADED',
      data: { span: true, what: err.what ?? null, year: err.year, loaded: err.loaded },
    };
    return lang === 'en' ? err.message : renderMessage(said, lang);
  }
  if (err instanceof InputError) return err.said ? renderMessage(err.said, lang) : err.message;
  return undefined;
}

/** Wraps an action: its exit code goes to the state; known errors become one line on stderr and exit 2. */
export function wrap(io: Io, state: RunState, fn: Action): (...args: unknown[]) => Promise<void> {
  return async (...args: unknown[]) => {
    try {
      state.exitCode = await fn(...args);
    } catch (err) {
      state.exitCode = EXIT_ERROR;
      const msg = userMessage(err, state.lang);
      if (msg !== undefined) {
        // Messages echo file names and header cells: shown escaped, on one bounded line.
        io.stderr.write(`charter-audit: ${messageLine(msg)}\n`);
      } else {
        const detail = err instanceof Error ? err.message : String(err);
        const debug = Boolean(io.env.CHARTER_AUDIT_DEBUG);
        const said: Message = { code: 'CLI_INTERNAL_ERROR', data: { detail: messageLine(detail), debug } };
        io.stderr.write(`charter-audit: ${renderMessage(said, state.lang)}\n`);
        if (io.env.CHARTER_AUDIT_DEBUG && err instanceof Error && err.stack) io.stderr.write(`${err.stack}\n`);
      }
    }
  };
}
