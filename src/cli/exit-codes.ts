/** Exit codes (ESLint's convention). */
export const EXIT_OK = 0;
/** Violations found (at or above `--fail-on`). */
export const EXIT_VIOLATIONS = 1;
/** Usage or input error: the message is on stderr, never a stack trace. */
export const EXIT_ERROR = 2;

/** A usage error: a bad option or argument. The message says what is wrong and what is accepted. */
export class UsageError extends Error {
  readonly code = 'USAGE';
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
