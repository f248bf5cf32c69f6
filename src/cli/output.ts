import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../model/input.js';
import type { Io } from './io.js';

/** Thrown from a write once the reader of stdout has gone away (`| head -1`): the run ends quietly. */
export class OutputClosedError extends Error {
  constructor() {
    super('output closed by the reader');
    this.name = 'OutputClosedError';
  }
}

/**
 * Where the report goes: stdout, or a file written atomically (temp file + rename). `write`
 * throws at once when the output is gone; its promise settles when the stream can take more
 * (back-pressure), so a caller that awaits it holds at most one chunk in flight.
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
  const write = pressured(stream);
  return {
    write(chunk) {
      if (closed || stream.destroyed) throw new OutputClosedError();
      return write(chunk);
    },
    async close() {
      io.stdout.off('error', onError);
    },
    async abort() {
      io.stdout.off('error', onError);
    },
  };
}

async function fileOutput(target: string): Promise<Output> {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  const stream: WriteStream = createWriteStream(temp, { flags: 'wx' });
  let failure: Error | undefined;
  await new Promise<void>((ok, fail) => {
    stream.once('open', () => ok());
    stream.once('error', (err: NodeJS.ErrnoException) =>
      fail(new InputError('OUTPUT_UNWRITABLE', `cannot write ${target}: ${err.code ?? err.message}`, target)),
    );
  });
  stream.on('error', (err) => (failure = err));
  const write = pressured(stream);
  const finish = () =>
    new Promise<void>((ok, fail) => {
      stream.end((err?: Error | null) => (err ? fail(err) : ok()));
    });
  return {
    write(chunk) {
      if (failure) throw new InputError('OUTPUT_UNWRITABLE', `cannot write ${target}: ${failure.message}`, target);
      return write(chunk);
    },
    async close() {
      await finish();
      if (failure) throw new InputError('OUTPUT_UNWRITABLE', `cannot write ${target}: ${failure.message}`, target);
      await rename(temp, target);
    },
    async abort() {
      await finish().catch(() => undefined);
      await unlink(temp).catch(() => undefined);
    },
  };
}
