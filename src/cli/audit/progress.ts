/** The audit's progress bar on stderr: when it may be drawn, and moved by the bytes read. */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createProgress, type Progress, type ProgressOptions } from '../../report/index.js';
import type { Io } from '../io.js';

/** Inputs smaller than this together finish too fast for a progress bar to help. */
export const PROGRESS_MIN_BYTES = 1024 * 1024;

/**
 * Whether the run may draw a progress bar on stderr: only on a terminal (stderr a TTY, `TERM`
 * not `dumb`), never in CI (`CI` set to anything but empty, `0` or `false`), and never when the
 * report itself is piped (stdout not a TTY and no `--output` file), so a bar can never mix into
 * output another program reads.
 *
 * @example progressAllowed({ stderrIsTTY: true, stdoutIsTTY: true, env: {} } as Io, undefined) // => true
 * @example progressAllowed({ stderrIsTTY: true, stdoutIsTTY: true, env: { CI: 'true' } } as Io, undefined) // => false
 */
export function progressAllowed(io: Pick<Io, 'stderrIsTTY' | 'stdoutIsTTY' | 'env'>, output: string | undefined): boolean {
  if (!io.stderrIsTTY || io.env.TERM === 'dumb') return false;
  const ci = io.env.CI;
  if (ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false') return false;
  return io.stdoutIsTTY || (output !== undefined && output !== '-');
}

/**
 * A progress bar over the input files' sizes, moved by the bytes read as they are read, and set
 * to each file's full size when it is done (a workbook's bytes are not streamed the same way).
 * stdin has no size and does not count. Null when not allowed or too small.
 */
export function startProgress(
  io: Io,
  output: string | undefined,
  files: readonly string[],
  options: ProgressOptions = {},
): { inputDone: () => void; bytesRead: (n: number) => void; done: () => void } | null {
  if (!progressAllowed(io, output)) return null;
  const sizes = files.map((f) => {
    if (f === '-') return 0;
    try {
      return statSync(resolve(io.cwd, f)).size;
    } catch {
      return 0;
    }
  });
  const total = sizes.reduce((a, b) => a + b, 0);
  if (total < PROGRESS_MIN_BYTES) return null;
  const bar: Progress = createProgress(io.stderr as NodeJS.WritableStream & { columns?: number }, total, {
    label: 'charter-audit',
    ...options,
  });
  let index = 0;
  let read = 0;
  let inFile = 0;
  bar.update(0);
  return {
    bytesRead(n) {
      // Never past this file's size: the header bytes may be read twice.
      inFile = Math.min(inFile + n, sizes[index] ?? 0);
      bar.update(read + inFile);
    },
    inputDone() {
      read += sizes[index++] ?? 0;
      inFile = 0;
      bar.update(read);
    },
    done: () => bar.done(),
  };
}
