import { processIo } from './io.js';
import { run } from './program.js';
import { EXIT_ERROR } from './exit-codes.js';
import { removeTempFiles, writeFailure } from './output.js';
import { runLang } from './lang.js';
import { renderMessage } from '../messages/catalog.js';

/** Exit codes of a run ended by a signal: 128 + the signal's number, as a shell reports it. */
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/**
 * Process entry point. Sets `process.exitCode` (never `process.exit()`, which would cut off piped
 * output, except on a signal) and makes a closed stdout (`| head -1`) end the run quietly.
 */
export function main(argv: readonly string[]): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') {
      // The reader went away: nothing more to say to it. Stop quietly.
      process.exitCode = process.exitCode ?? 0;
      process.stdout.destroy();
      return;
    }
    // In the run's language, as every other message (`cannot write output: no space left on the device (ENOSPC)`).
    const failure = writeFailure('output', err);
    const words = failure.said ? renderMessage(failure.said, runLang(argv, process.env)) : failure.message;
    process.stderr.write(`charter-audit: ${words}\n`);
    process.exitCode = EXIT_ERROR;
  });
  // Ctrl-C, `kill`, a closed terminal: remove the half-written temp file of `-o` (the previous
  // report stays as it was) and end with the shell's code for the signal.
  for (const [signal, code] of Object.entries(SIGNAL_EXIT)) {
    process.once(signal, () => {
      removeTempFiles();
      process.exit(code);
    });
  }
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
