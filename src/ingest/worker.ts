/**
 * The worker thread of {@link parallelInput}: opens one export, reads it with the same reader as
 * the main thread and posts what the sink would have received — records, rejections, warnings,
 * total rows, unreadable cells — in order, in batches of columns (record-codec.ts) whose buffers
 * are transferred. It stops while too many batches wait unread (a shared counter), so memory
 * stays bounded when the main thread is busy elsewhere.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { InputError, type ReadOptions, type RowSink } from '../model/input.js';
import { openInput } from './open.js';
import { EVENT, RecordEncoder } from './record-codec.js';
import { recordFields } from './rows.js';

/** What the main thread sends: the file as the user named it, how to read it, the shared counter. */
export interface WorkerJob {
  source: string;
  cwd: string;
  options: ReadOptions;
  /** Int32 [0]: batches posted and not yet consumed. */
  pending: SharedArrayBuffer;
}

/** Most batches in flight, and records per batch. */
export const MAX_PENDING = 16;
const BATCH = 4096;

async function main(job: WorkerJob): Promise<void> {
  const pending = new Int32Array(job.pending);
  let encoder: RecordEncoder | null = null;
  const flush = () => {
    const batch = encoder?.take();
    if (!batch) return;
    for (;;) {
      const n = Atomics.load(pending, 0);
      if (n < MAX_PENDING) break;
      Atomics.wait(pending, 0, n);
    }
    Atomics.add(pending, 0, 1);
    // The columns are transferred (no copy); only the strings' text and the rare other events are cloned.
    parentPort!.postMessage({ batch }, [
      batch.nums.buffer as ArrayBuffer,
      batch.codes.buffer as ArrayBuffer,
      batch.flags.buffer as ArrayBuffer,
    ]);
  };
  const other = (tag: number, payload: unknown) => {
    encoder!.other(tag, payload);
    if (encoder!.size >= BATCH) flush();
  };
  const sink: RowSink = {
    record: (r) => {
      encoder!.record(r as unknown as Record<string, unknown>);
      if (encoder!.size >= BATCH) flush();
    },
    reject: (r) => other(EVENT.reject, r),
    warn: (w) => other(EVENT.warn, w),
    summary: (line) => other(EVENT.summary, line),
    unreadable: (problems, line) => other(EVENT.unreadable, [problems, line]),
  };
  try {
    const input = await openInput(job.source, job.options, undefined, job.cwd);
    encoder = new RecordEncoder(input.kind, recordFields(input.kind), BATCH);
    const rows = await input.pump(sink);
    flush();
    parentPort!.postMessage({ done: rows, sha256: input.sha256 });
  } catch (err) {
    flush();
    const e = err as Error & { code?: string; file?: string; line?: number };
    parentPort!.postMessage({
      error: {
        input: err instanceof InputError,
        code: e.code,
        message: e.message,
        file: e.file,
        line: e.line,
        // The catalog code and data (plain data, cloned across the thread): worded in --lang by the CLI.
        said: err instanceof InputError ? err.said : undefined,
      },
    });
  }
}

if (parentPort) void main(workerData as WorkerJob);
