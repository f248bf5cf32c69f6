/**
 * Several exports read at once, one worker thread each (up to `jobs` at a time), with a result
 * identical to reading them one after another: the engine still takes the inputs in order and
 * each input's rows in order; the workers only parse ahead. A worker's batches are handed to the
 * engine's sink exactly as the reader would have called it.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { InputError, type OpenedInput, type ReadOptions, type RowSink } from '../model/input.js';
import type { InputCode, Message as Said } from '../model/messages.js';
import type { AnyRecord } from '../model/records.js';
import type { Rejection, Warning } from '../model/result.js';
import { EVENT, type RecordBatch, RecordDecoder } from './record-codec.js';
import { type CellProblem, recordFields, warnUnreadable } from './rows.js';
import type { WorkerJob } from './worker.js';

/** Below this size a file is read on the main thread: starting a worker costs more. */
export const PARALLEL_MIN_BYTES = 4 * 1024 * 1024;

/**
 * The compiled worker (tests run the sources, whose worker is the built one; the CLI's bundle,
 * dist/src/cli.bundle.js, holds this module one folder up).
 */
function workerUrl(): URL {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return new URL('../../dist/src/ingest/worker.js', here);
  return here.endsWith('/cli.bundle.js') ? new URL('./ingest/worker.js', here) : new URL('./worker.js', here);
}

type Message =
  | { batch: RecordBatch }
  | { done: number; sha256?: string }
  | { error: { input: boolean; code?: string; message: string; file?: string; line?: number; said?: Said<InputCode> } };

/** Starts workers in input order, at most `jobs` running at a time. */
export class WorkerPool {
  private running = 0;
  private readonly queue: (() => void)[] = [];
  constructor(readonly jobs: number) {}

  /** Runs `start` when a slot is free; `start` calls the returned release when its worker ends. */
  enqueue(start: (release: () => void) => void): void {
    const go = () => {
      this.running++;
      let released = false;
      start(() => {
        if (released) return;
        released = true;
        this.running--;
        this.queue.shift()?.();
      });
    };
    if (this.running < this.jobs) go();
    else this.queue.push(go);
  }
}

/**
 * Whether an opened input can be read in a worker: a regular text file of at least `minBytes`.
 *
 * @example parallelEligible('calls.csv', input, '/data', PARALLEL_MIN_BYTES) // => true for a 90 MB CSV
 */
export function parallelEligible(source: string, input: OpenedInput, cwd: string, minBytes: number): boolean {
  if (source === '-' || input.encoding === 'xlsx') return false;
  try {
    const s = statSync(resolve(cwd, source));
    return s.isFile() && s.size >= minBytes;
  } catch {
    return false;
  }
}

/**
 * The same input, read by a worker thread started through `pool` (now, or when a slot frees):
 * its `pump` replays the worker's events into the engine's sink, in order.
 */
export function parallelInput(
  input: OpenedInput,
  source: string,
  cwd: string,
  options: ReadOptions,
  pool: WorkerPool,
): OpenedInput {
  const pending = new SharedArrayBuffer(4);
  const counter = new Int32Array(pending);
  const messages: Message[] = [];
  let wake: (() => void) | null = null;
  let worker: Worker | null = null;
  let closed = false;
  const arrive = (m: Message) => {
    messages.push(m);
    const w = wake;
    wake = null;
    w?.();
  };
  pool.enqueue((release) => {
    if (closed) return release();
    const job: WorkerJob = { source, cwd, options, pending };
    worker = new Worker(workerUrl(), { workerData: job });
    worker.unref();
    worker.on('message', (m: Message) => {
      if (!('batch' in m)) release();
      arrive(m);
    });
    worker.on('error', (err) => {
      release();
      arrive({ error: { input: false, message: err.message } });
    });
    worker.on('exit', release);
  });
  const next = async (): Promise<Message> => {
    while (messages.length === 0) await new Promise<void>((ok) => (wake = ok));
    return messages.shift()!;
  };
  const opened: OpenedInput = {
    ...input,
    async pump(sink: RowSink): Promise<number> {
      let decoder: RecordDecoder | null = null;
      const target = {
        record: (r: Record<string, unknown>) => sink.record(r as unknown as AnyRecord),
        other: (tag: number, payload: unknown) => {
          switch (tag) {
            case EVENT.record:
              sink.record(payload as AnyRecord);
              break;
            case EVENT.reject:
              sink.reject(payload as Rejection);
              break;
            case EVENT.warn:
              sink.warn(payload as Warning);
              break;
            case EVENT.summary:
              sink.summary?.(payload as number);
              break;
            default: {
              const [problems, line] = payload as [CellProblem[], number];
              if (sink.unreadable) sink.unreadable(problems, line);
              else warnUnreadable(problems, sink, input.file, line);
            }
          }
        },
      };
      for (;;) {
        const m = await next();
        if ('batch' in m) {
          decoder ??= new RecordDecoder(input.kind, input.file, recordFields(input.kind));
          decoder.replay(m.batch, target);
          Atomics.sub(counter, 0, 1);
          Atomics.notify(counter, 0);
          // Back-pressure from the output (a slow pipe): wait as the reader would between chunks.
          const ready = sink.ready?.();
          if (ready) await ready;
          continue;
        }
        if ('done' in m) {
          if (m.sha256 !== undefined) opened.sha256 = m.sha256;
          return m.done;
        }
        const e = m.error;
        if (e.input) throw new InputError(e.code ?? 'READ_ERROR', e.message, e.file, e.line, e.said);
        throw new Error(e.message);
      }
    },
    async close(): Promise<void> {
      closed = true;
      const w = worker as Worker | null;
      worker = null;
      if (w !== null) await w.terminate();
    },
  };
  return opened;
}
