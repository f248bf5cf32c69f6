/**
 * A prepared audit as an async generator that waits for its consumer: the engine hands each
 * violation to a small queue, and while the queue holds `highWater` violations the consumer has
 * not pulled, reading pauses (the engine awaits a promise between chunks). So a slow consumer
 * keeps memory bounded, and a consumer that stops early (`break`, `return()`, a throw in the loop
 * body) stops the reading: the run is ended at its next chunk and its file is closed before the
 * loop's exit completes. No I/O of its own.
 */
import type { AuditResult, Violation } from '../model/result.js';
import type { PreparedAudit, RunHooks } from './types.js';

/** Violations held for a consumer that has not pulled them before reading pauses (default). */
export const STREAM_HIGH_WATER = 1024;

/** How {@link streamRun} buffers. */
export interface StreamOptions {
  /** Violations held before reading pauses; reading resumes once the consumer has taken half. */
  highWater?: number;
  /** Told the size of each chunk of raw input bytes as it is read. */
  onBytesRead?: RunHooks['onBytesRead'];
}

/** Why a run was ended: its consumer left the loop. Never reaches the consumer. */
class ConsumerLeft extends Error {
  constructor() {
    super('the consumer of the audit stream stopped pulling');
  }
}

/** A promise that can be settled from outside. */
function gate(): { promise: Promise<void>; open: () => void; fail: (e: Error) => void } {
  let open!: () => void;
  let fail!: (e: Error) => void;
  const promise = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  // Handled here too: the engine keeps only the last promise it was given, and awaits that one.
  promise.catch(() => undefined);
  return { promise, open, fail };
}

/**
 * Runs a prepared audit, yielding its violations in report order as the order allows; the
 * return value is the result without them. Reading waits while `highWater` violations are
 * waiting to be pulled.
 *
 * @example for await (const v of streamRun(await prepareAudit(['calls.csv']))) console.log(v.recordId);
 */
export async function* streamRun(
  prepared: PreparedAudit,
  options: StreamOptions = {},
): AsyncGenerator<Violation, AuditResult, undefined> {
  const asked = options.highWater ?? STREAM_HIGH_WATER;
  // A bound that is no count (NaN, Infinity, below 1) would stall or unbound the queue: the default then.
  const highWater = Number.isFinite(asked) && asked >= 1 ? Math.floor(asked) : STREAM_HIGH_WATER;
  const lowWater = Math.floor(highWater / 2);
  const queue: Violation[] = [];
  let head = 0;
  const waiting = () => queue.length - head;
  let arrived: (() => void) | null = null;
  // The gate reading waits behind while the queue is full (an object: set inside the callbacks).
  const full: { room: ReturnType<typeof gate> | null } = { room: null };
  let left: ConsumerLeft | null = null;
  let finished = false;
  const wakeConsumer = () => {
    const w = arrived;
    arrived = null;
    w?.();
  };

  const running = prepared.run({
    keepViolations: false,
    onViolation: (v) => {
      if (left !== null) {
        const stop = gate();
        stop.fail(left);
        return stop.promise;
      }
      queue.push(v);
      wakeConsumer();
      if (waiting() < highWater) return undefined;
      full.room ??= gate();
      return full.room.promise;
    },
    onBytesRead: (bytes) => {
      if (left !== null) throw left;
      options.onBytesRead?.(bytes);
    },
  });
  const settled = running.then(
    () => undefined,
    (err: unknown) => err,
  );
  void settled.then(() => {
    finished = true;
    wakeConsumer();
  });

  try {
    for (;;) {
      if (waiting() > 0) {
        const v = queue[head]!;
        queue[head++] = undefined as unknown as Violation;
        if (head > 4096 && head * 2 > queue.length) {
          queue.splice(0, head);
          head = 0;
        }
        if (full.room !== null && waiting() <= lowWater) {
          full.room.open();
          full.room = null;
        }
        yield v;
        continue;
      }
      if (finished) break;
      await new Promise<void>((resolve) => {
        arrived = resolve;
      });
    }
    return await running;
  } finally {
    if (!finished) {
      // The consumer left early: end the run at its next chunk and wait until its file is closed.
      left = new ConsumerLeft();
      full.room?.fail(left);
      // What the run ended with no longer matters to a consumer that has gone.
      await settled;
    }
  }
}
