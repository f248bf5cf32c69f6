import { createWriteStream, statSync, unlinkSync, type Stats, type WriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { InputError } from '../model/input.js';
import { inputError, usageError } from '../messages/errors.js';
import type { MessageData } from '../model/messages.js';
import type { Io } from './io.js';

/** Thrown from a write once the reader of stdout has gone away (`| head -1`): the run ends quietly. */
export class OutputClosedError extends Error {
  constructor() {
    super('output closed by the reader');
    this.name = 'OutputClosedError';
  }
}

/**
 * Where the report goes: stdout, or a file. A regular file (or a new one) is written atomically
 * (temp file + rename); an existing special file (a device such as `/dev/null`, a FIFO) is
 * written into directly, never replaced. `write` throws at once when the output is gone; its
 * promise settles when the stream can take more (back-pressure), so a caller that awaits it
 * holds at most one chunk in flight.
 */
export interface Output {
  write(chunk: string | Uint8Array): Promise<void>;
  /** Finishes the report (renames the temp file into place). */
  close(): Promise<void>;
  /** Gives up: removes the temp file, leaves any existing file untouched. */
  abort(): Promise<void>;
}

const READY: Promise<void> = Promise.resolve();

/**
 * A writer with back-pressure: `write` resolves at once while the stream takes more, else when
 * it drains (or closes, or fails). Callers that do not await share one pending wait, so a burst
 * of writes adds no listeners.
 */
function pressured(stream: NodeJS.WritableStream): (chunk: string | Uint8Array) => Promise<void> {
  let waiting: Promise<void> | null = null;
  return (chunk) => {
    if (stream.write(chunk)) return waiting ?? READY;
    waiting ??= new Promise<void>((ok) => {
      const done = () => {
        stream.off('drain', done);
        stream.off('close', done);
        stream.off('error', done);
        waiting = null;
        ok();
      };
      stream.on('drain', done);
      stream.on('close', done);
      stream.on('error', done);
    });
    return waiting;
  };
}

/** Temp files being written right now: a signal removes them before the process ends. */
const liveTempFiles = new Set<string>();

/**
 * Removes every temp file an unfinished `-o` run has open (synchronously: called from a signal
 * handler just before the process exits). The previous report, if any, is left untouched.
 *
 * @example removeTempFiles(); process.exit(130);
 */
export function removeTempFiles(): void {
  for (const temp of liveTempFiles) {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone.
    }
  }
  liveTempFiles.clear();
}

/**
 * The one-line message of a failed write to `target`.
 *
 * @example writeFailure('/dev/full', { code: 'ENOSPC' } as NodeJS.ErrnoException).message
 * // => 'cannot write /dev/full: no space left on the device (ENOSPC)'
 */
export function writeFailure(target: string, err: NodeJS.ErrnoException): InputError {
  return inputError('OUTPUT_UNWRITABLE', 'INPUT_WRITE_FAILED', { target, errno: err.code ?? null, detail: err.message }, target);
}

export async function openOutput(io: Io, file: string | undefined): Promise<Output> {
  return file === undefined ? stdoutOutput(io) : fileOutput(resolve(io.cwd, file));
}

function stdoutOutput(io: Io): Output {
  let closed = false;
  const onError = (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') closed = true;
  };
  io.stdout.on('error', onError);
  const stream = io.stdout as NodeJS.WritableStream & { destroyed?: boolean; writableEnded?: boolean };
  const gone = () => closed || stream.destroyed === true;
  const write = pressured(stream);
  return {
    write(chunk) {
      if (gone()) throw new OutputClosedError();
      return write(chunk);
    },
    async close() {
      // Wait until what was written has been handed over: a reader that went away early
      // (`| head -c 100`) shows up here as EPIPE, and the run then ends quietly.
      if (!gone()) {
        await new Promise<void>((ok) => {
          stream.write('', () => ok());
        });
      }
      io.stdout.off('error', onError);
      if (gone()) throw new OutputClosedError();
    },
    async abort() {
      io.stdout.off('error', onError);
    },
  };
}

/** Text gathered by {@link batched} before it is written at once. */
export const BATCH_CHARS = 64 * 1024;

/**
 * An output that gathers small text writes and hands them on as one: at {@link BATCH_CHARS}
 * characters, or as soon as the code that wrote them yields (a microtask), so a streamed report
 * is written once per chunk of input read rather than once per violation (24,000 NDJSON lines
 * were 24,000 write calls, ~0.1 CPU s) and never waits longer than that chunk. Each write's promise
 * settles when its text has been handed to the output and the output can take more
 * (back-pressure as before); a failure is thrown again by the next write or by `close`.
 *
 * @example const out = batched(await openOutput(io, undefined)); out.write('a\n'); out.write('b\n'); await out.close();
 */
export function batched(out: Output, limit = BATCH_CHARS): Output {
  let parts: string[] = [];
  let size = 0;
  /** The queued microtask that writes what gathered (one at a time; every write returns it). */
  let scheduled: Promise<void> | null = null;
  let failure: unknown = null;
  const flush = (): Promise<void> | undefined => {
    if (parts.length === 0) return undefined;
    const text = parts.length === 1 ? parts[0]! : parts.join('');
    parts = [];
    size = 0;
    return out.write(text);
  };
  const check = () => {
    if (failure !== null) throw failure;
  };
  return {
    write(chunk) {
      check();
      if (typeof chunk !== 'string' || chunk.length >= limit) {
        flush();
        return out.write(chunk);
      }
      parts.push(chunk);
      size += chunk.length;
      if (size >= limit) flush();
      if (scheduled === null) {
        scheduled = Promise.resolve().then(() => {
          scheduled = null;
          return flush();
        });
        scheduled.catch((err: unknown) => {
          failure = err;
        });
      }
      return scheduled;
    },
    async close() {
      check();
      await flush();
      await out.close();
    },
    async abort() {
      parts = [];
      size = 0;
      await out.abort();
    },
  };
}

/** The target's status, or null when it does not exist. Other errors are left to the open. */
function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

async function fileOutput(target: string): Promise<Output> {
  const existing = statOrNull(target);
  // A device or a FIFO is written into, like a shell's `>` does: renaming a file over it would
  // replace `/dev/null` (as root) or leave the FIFO's reader with nothing.
  const direct = existing !== null && !existing.isFile();
  const path = direct ? target : join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  const stream: WriteStream = createWriteStream(path, { flags: direct ? 'w' : 'wx' });
  let failure: NodeJS.ErrnoException | undefined;
  await new Promise<void>((ok, fail) => {
    stream.once('open', () => ok());
    stream.once('error', (err: NodeJS.ErrnoException) => fail(writeFailure(target, err)));
  });
  if (!direct) liveTempFiles.add(path);
  stream.on('error', (err) => (failure = err));
  const write = pressured(stream);
  // 'close' comes after everything: the flush, and an error such as ENOSPC (the callback of
  // `end()` can run before the error is emitted).
  const finish = () =>
    new Promise<void>((ok) => {
      if (stream.closed) return ok();
      stream.once('close', () => ok());
      stream.end();
    });
  const forget = async () => {
    if (direct) return;
    liveTempFiles.delete(path);
    await unlink(path).catch(() => undefined);
  };
  return {
    write(chunk) {
      if (failure) throw writeFailure(target, failure);
      return write(chunk);
    },
    async close() {
      await finish();
      if (failure) {
        await forget();
        throw writeFailure(target, failure);
      }
      if (direct) return;
      await rename(path, target);
      liveTempFiles.delete(path);
    },
    async abort() {
      await finish();
      await forget();
    },
  };
}

/**
 * Checks an `--output` path before any work is done: not empty, not a directory (`-o .`,
 * `-o DIR/`), in a directory that exists. Returns why it cannot be used (the data of a
 * USAGE_OUTPUT error), or null.
 *
 * @example outputProblem('', '/tmp') // => { output: '', problem: 'no-name', path: '' }
 * @example outputProblem('.', '/tmp') // => { output: '.', problem: 'directory', path: 'report.json' }
 */
export function outputProblem(output: string, cwd: string, example = 'report.json'): MessageData['USAGE_OUTPUT'] | null {
  if (output === '') return { output, problem: 'no-name', path: '' };
  const target = resolve(cwd, output);
  const s = statOrNull(target);
  if (s?.isDirectory() || /[\\/]$/.test(output) || output === '.' || output === '..') {
    return { output, problem: 'directory', path: join(output, example) };
  }
  const parent = statOrNull(dirname(target));
  if (parent === null) return { output, problem: 'no-folder', path: dirname(output) };
  if (!parent.isDirectory()) return { output, problem: 'not-a-folder', path: dirname(output) };
  return null;
}

/**
 * The up-front checks of every command that writes a file (`audit`, `diff`, `sample`, `init`):
 * throws the USAGE_OUTPUT error of an `--output` that cannot be a file ({@link outputProblem}),
 * before anything is read or written. `example` is the file name suggested inside a directory.
 *
 * @example refuseBadOutput('.', '/tmp', 'sample.csv') // throws: --output . is a directory; name a file in it, e.g. sample.csv
 */
export function refuseBadOutput(output: string | undefined, cwd: string, example?: string): void {
  if (output === undefined) return;
  const problem = outputProblem(output, cwd, example);
  if (problem !== null) throw usageError('USAGE_OUTPUT', problem);
}

/**
 * Writes `chunks` whole to `file` (or stdout when undefined) through {@link openOutput}: a
 * regular file atomically, a device or FIFO directly, back-pressure honoured. A failed write
 * removes the temp file and throws INPUT_WRITE_FAILED; a reader of stdout that went away ends
 * it quietly (resolves `false`). Resolves `true` when everything was written.
 *
 * @example await writeOutput(io, 'diff.txt', ['a\n', 'b\n']) // => true
 */
export async function writeOutput(
  io: Io,
  file: string | undefined,
  chunks: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
): Promise<boolean> {
  const out = await openOutput(io, file);
  try {
    for await (const chunk of chunks) await out.write(chunk);
    await out.close();
  } catch (err) {
    if (err instanceof OutputClosedError) return false;
    await out.abort();
    throw err;
  }
  return true;
}

/**
 * Whether `path` exists and is not a regular file or a directory (a device, a FIFO, a socket):
 * its name tells no format, so a command writing to it picks what a pipe gets, as `>` would.
 *
 * @example isSpecialFile('/dev/null') // => true
 */
export function isSpecialFile(path: string): boolean {
  const s = statOrNull(path);
  return s !== null && !s.isFile() && !s.isDirectory();
}
