import type { Message, UsageCode } from './messages.js';

/**
 * A usage error: a bad option or argument. The message says what is wrong and what is accepted,
 * in English; `said` keeps its code and data, which the CLI renders in the chosen language (an
 * error made with `usageError` in `messages/` always has it).
 */
export class UsageError extends Error {
  readonly code = 'USAGE';
  constructor(
    message: string,
    readonly said?: Message<UsageCode>,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
