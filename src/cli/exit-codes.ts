/** Exit codes (ESLint's convention). */
export const EXIT_OK = 0;
/** Violations found (at or above `--fail-on`). */
export const EXIT_VIOLATIONS = 1;
/** Usage or input error: the message is on stderr, never a stack trace. */
export const EXIT_ERROR = 2;

/** A usage error (a bad option or argument) is the library's: the CLI only maps it to exit 2. */
export { UsageError } from '../model/errors.js';
