/** The outside world as the CLI sees it: injected so the whole program runs in-process in tests. */
export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  /** True when stdout is a terminal (default format `table`, colour allowed). */
  stdoutIsTTY: boolean;
  /** True when stderr is a terminal (progress bar allowed). */
  stderrIsTTY: boolean;
  /** Wall clock in milliseconds: the default `--as-of`. The only clock in the program. */
  now(): number;
  cwd: string;
}

export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    now: () => Date.now(),
    cwd: process.cwd(),
  };
}
