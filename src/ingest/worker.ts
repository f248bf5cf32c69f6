/**
 * The worker thread of {@link parallelInput}: opens one export, reads it with the same reader as
 * the main thread and posts what the sink would have received — records, rejections, warnings,
 * total rows, unreadable cells — in order, in batches. It stops while too many batches wait
 * unread (a shared counter), so memory stays bounded when the main thread is busy elsewhere.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { InputError, type ReadOptions, type RowSink } from '../model/input.js';
import { openInput } from './open.js';

/** What the main thread sends: the file as the user named it, how to read it, the shared counter. */
export interface WorkerJob {
  source: string;
  cwd: string;
  options: ReadOptions;
  /** Int32 [0]: batches posted and not yet consumed. */
  pending: SharedArrayBuffer;
}

/** Event tags in a batch: `[tag, payload, tag, payload, …]`. */
export const EVENT = { record: 0, reject: 1, warn: 2, summary: 3, unreadable: 4 } as const;

/** Most batches in flight, and events per batch. */
export const MAX_PENDING = 16;
const BATCH = 4096;

async function main(job: WorkerJob): Promise<void> {
  const pending = new Int32Array(job.pending);
  let batch: unknown[] = [];
  const flush = () => {
    if (batch.length === 0) return;
    for (;;) {
      const n = Atomics.load(pending, 0);
      if (n < MAX_PENDING) break;
      Atomics.wait(pending, 0, n);
    }
    Atomics.add(pending, 0, 1);
    // As JSON text: one string is copied to the main thread at once, and JSON.parse makes the
    // records faster than structured clone does (records hold only strings, numbers, booleans and null).
    parentPort!.postMessage({ events: JSON.stringify(batch) });
    batch = [];
  };
  const push = (tag: number, payload: unknown) => {
    batch.push(tag, payload);
    if (batch.length >= 2 * BATCH) flush();
  };
  const sink: RowSink = {
    record: (r) => push(EVENT.record, r),
    reject: (r) => push(EVENT.reject, r),
    warn: (w) => push(EVENT.warn, w),
    summary: (line) => push(EVENT.summary, line),
    unreadable: (problems, line) => push(EVENT.unreadable, [problems, line]),
  };
  try {
    const input = await openInput(job.source, job.options, undefined, job.cwd);
    const rows = await input.pump(sink);
    flush();
    parentPort!.postMessage({ done: rows, sha256: input.sha256 });
  } catch (err) {
    flush();
    const e = err as Error & { code?: string; file?: string; line?: number };
    parentPort!.postMessage({
      error: { input: err instanceof InputError, code: e.code, message: e.message, file: e.file, line: e.line },
    });
  }
}

if (parentPort) void main(workerData as WorkerJob);
