import { processIo } from './io.js';
import { run } from './program.js';
import { EXIT_ERROR } from './exit-codes.js';

/**
 * Process entry point. Sets `process.exitCode` (never `process.exit()`, which would cut off piped
 * output) and makes a closed stdout (`| head -1`) end the run quietly.
 */
export function main(argv: readonly string[]): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') {
      // The reader went away: nothing more to say to it. Stop quietly.
      process.exitCode = process.exitCode ?? 0;
      process.stdout.destroy();
      return;
    }
    process.stderr.write(`charter-audit: cannot write output: ${err.message}\n`);
    process.exitCode = EXIT_ERROR;
  });
  run(argv, processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`charter-audit: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = EXIT_ERROR;
    },
  );
}
