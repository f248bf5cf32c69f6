/**
 * Runs the CLI in-process (`run(argv, io)`) with a fake {@link Io}: what every command test
 * uses, so each can check stdout, stderr and the exit code without spawning a process.
 */
import { Readable, Writable } from 'node:stream';
import type { Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/program.js';

export interface FakeIoOptions {
  cwd?: string;
  stdin?: NodeJS.ReadableStream;
  env?: NodeJS.ProcessEnv;
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  /** Wall clock in ms (the default `--as-of`). */
  now?: number;
}

export interface FakeIo extends Io {
  /** Everything written to stdout, as bytes. */
  out(): Buffer;
  /** Everything written to stderr, as UTF-8 text. */
  err(): string;
}

export function fakeIo(options: FakeIoOptions = {}): FakeIo {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const sink = (into: Buffer[]) =>
    new Writable({
      write(chunk: Buffer | string, _enc, cb) {
        into.push(Buffer.from(chunk));
        cb();
      },
    });
  return {
    stdout: sink(out),
    stderr: sink(err),
    stdin: options.stdin ?? Readable.from([]),
    env: options.env ?? {},
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    now: () => options.now ?? 0,
    cwd: options.cwd ?? process.cwd(),
    out: () => Buffer.concat(out),
    err: () => Buffer.concat(err).toString('utf8'),
  };
}

/** `charter-audit ...args` in-process. */
export async function runCli(args: readonly string[], options: FakeIoOptions = {}) {
  const io = fakeIo(options);
  const code = await run(['node', 'charter-audit', ...args], io);
  return { code, stdout: io.out().toString('utf8'), stderr: io.err(), io };
}
