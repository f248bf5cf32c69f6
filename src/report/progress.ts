/**
 * A progress bar on stderr for long runs. The caller decides whether to show one (a TTY, not
 * CI, not piping); this only draws, throttled, and clears its line when done.
 */

/** The part of a stream the bar writes to (a `tty.WriteStream` in practice). */
export interface ProgressStream {
  write(chunk: string): unknown;
  columns?: number;
}

export interface Progress {
  /** Bytes read so far (absolute, not a delta). */
  update(bytesRead: number): void;
  /** Clears the bar's line. Further updates are ignored. */
  done(): void;
}

export interface ProgressOptions {
  /** Milliseconds clock (default `Date.now`); injectable for tests. */
  now?: () => number;
  /** Minimum time between redraws (default 100 ms). */
  intervalMs?: number;
  /** Label before the bar. */
  label?: string;
}

/**
 * Bytes for people. @example formatBytes(1_572_864) // => '1.5 MB'
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = bytes / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(1)} ${units[i]}`;
}

/**
 * A throttled one-line progress bar: `label [#####·····]  45%  12.3 MB / 27.0 MB`.
 *
 * @example const p = createProgress(process.stderr, size); p.update(n); p.done();
 */
export function createProgress(stream: ProgressStream, totalBytes: number, options: ProgressOptions = {}): Progress {
  const now = options.now ?? Date.now;
  const interval = options.intervalMs ?? 100;
  const label = options.label ?? '';
  let last = Number.NEGATIVE_INFINITY;
  let lastPercent = -1;
  let drawn = false;
  let finished = false;
  const draw = (bytes: number) => {
    const cols = Math.max(40, Math.min(stream.columns ?? 80, 100));
    const ratio = totalBytes > 0 ? Math.max(0, Math.min(1, bytes / totalBytes)) : 0;
    const percent = Math.floor(ratio * 100);
    const tail = ` ${String(percent).padStart(3)}%  ${formatBytes(bytes)} / ${formatBytes(totalBytes)}`;
    const barWidth = Math.max(10, cols - tail.length - label.length - 4);
    const filled = Math.round(ratio * barWidth);
    stream.write(`\r${label}${label ? ' ' : ''}[${'#'.repeat(filled)}${'·'.repeat(barWidth - filled)}]${tail}\u001b[K`);
    drawn = true;
    lastPercent = percent;
  };
  return {
    update(bytesRead) {
      if (finished) return;
      const t = now();
      const percent = totalBytes > 0 ? Math.floor(Math.min(1, bytesRead / totalBytes) * 100) : 0;
      if (t - last < interval || percent === lastPercent) return;
      last = t;
      draw(bytesRead);
    },
    done() {
      if (finished) return;
      finished = true;
      if (drawn) stream.write('\r\u001b[2K');
    },
  };
}
