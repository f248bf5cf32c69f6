/** A usage error: a bad option or argument. The message says what is wrong and what is accepted. */
export class UsageError extends Error {
  readonly code = 'USAGE';
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
