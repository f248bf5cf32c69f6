/**
 * Synthetic charter exports: the lazy line source (pure) and a thin writer adapter that
 * encodes and streams it with back-pressure, stopping quietly when the reader goes away.
 */
import iconv from 'iconv-lite';
import { defaultCalendar } from '../calendar/calendar.js';
import type { DayNumber } from '../calendar/kst.js';
import { generateRows } from './generate.js';
import type { SampleEncoding, SampleOptions } from './options.js';
import { RowFormatter } from './render.js';
import { type WorkingDayTest, isWeekday } from './worktime.js';

export {
  generateRows,
  spread,
  needsHappyCall,
  schedule,
  CALLS_PER_DAY,
  TOPICS,
  TOPIC_WEIGHTS,
  STANDARD_DAYS,
  MIN_YEAR,
  MAX_YEAR,
} from './generate.js';
export type { Cell, Row, GenerateOptions } from './generate.js';
export { RowFormatter, KOREAN_HEADERS, KOREAN_VALUES, csvField, groupThousands } from './render.js';
export type { Language } from './render.js';
export { resolveSampleOptions, SampleOptionError, DEFAULT_LATE_SHARE, DEFAULT_OUTBOUND_SHARE, DEFAULT_YEAR } from './options.js';
export type { RawSampleOptions, SampleOptions, SampleEncoding } from './options.js';
export { createPools } from './entities.js';
export { ACTIVITY_REGIONS, activityRows } from './activities.js';
export { Rng } from './random.js';
export { isWeekday, addWorkingSeconds, nthWorkingDay } from './worktime.js';
export type { WorkingDayTest } from './worktime.js';

/**
 * The Korean government calendar's working-day test (gazette holidays 2018–2027). Days beyond
 * the loaded years (a late completion spilling past 2027) fall back to weekdays; the generator
 * leaves such completions empty anyway.
 *
 * @example sampleWorkingDays()(20150) // => false (2025-03-03, 삼일절 대체공휴일)
 */
export function sampleWorkingDays(): WorkingDayTest {
  const calendar = defaultCalendar();
  return (day: DayNumber) => (calendar.coversDay(day) ? calendar.isWorkingDay(day) : isWeekday(day));
}

/**
 * The CSV lines of a sample export, header first, each ending in `\n`. Lazy: 4 million rows
 * stream in constant memory.
 *
 * @example [...sampleLines({ ...resolveSampleOptions({ kind: 'calls', rows: '2', seed: '1' }) })].length // => 3
 */
export function* sampleLines(options: SampleOptions, isWorkingDay?: WorkingDayTest): Generator<string, void, undefined> {
  const formatter = new RowFormatter(options.kind, options.language);
  yield `${formatter.header()}\n`;
  const generate = { ...options, ...(isWorkingDay ? { isWorkingDay } : {}) };
  for (const row of generateRows(generate)) yield `${formatter.line(row)}\n`;
}

/** Characters collected before one write: large enough to amortise the encoder and the syscall. */
const CHUNK_CHARS = 1 << 16;

/**
 * Encodes text for the chosen output encoding.
 *
 * @example encodeText('조달청', 'cp949').length // => 6
 */
export function encodeText(text: string, encoding: SampleEncoding): Buffer {
  return encoding === 'cp949' ? iconv.encode(text, 'cp949') : Buffer.from(text, 'utf8');
}

/** What {@link writeSample} reports: rows written and whether the reader closed early. */
export interface WriteResult {
  rows: number;
  closedEarly: boolean;
}

/**
 * Streams `lines` to `out` in `encoding`, waiting on back-pressure. Resolves (never rejects)
 * with `closedEarly: true` when the stream errors with EPIPE or closes before the end; other
 * stream errors reject.
 */
export async function writeLines(
  lines: Iterable<string>,
  out: NodeJS.WritableStream,
  encoding: SampleEncoding,
): Promise<WriteResult> {
  let failure: NodeJS.ErrnoException | undefined;
  let closed = false;
  let wake: (() => void) | undefined;
  const onError = (err: NodeJS.ErrnoException): void => {
    failure = err;
    wake?.();
  };
  const onClose = (): void => {
    closed = true;
    wake?.();
  };
  out.on('error', onError);
  out.on('close', onClose);
  const stopped = (): boolean => closed || failure !== undefined || (out as { destroyed?: boolean }).destroyed === true;
  let count = -1;
  try {
    let chunk = '';
    const flush = async (): Promise<void> => {
      if (chunk === '' || stopped()) return;
      const ok = out.write(encodeText(chunk, encoding));
      chunk = '';
      if (!ok && !stopped()) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          out.once('drain', resolve);
        });
        out.removeListener('drain', wake as () => void);
        wake = undefined;
      }
    };
    for (const line of lines) {
      if (stopped()) break;
      chunk += line;
      count++;
      if (chunk.length >= CHUNK_CHARS) await flush();
    }
    await flush();
  } finally {
    out.removeListener('error', onError);
    out.removeListener('close', onClose);
  }
  const quiet = failure === undefined || failure.code === 'EPIPE' || failure.code === 'ERR_STREAM_DESTROYED';
  if (!quiet) throw failure;
  return { rows: Math.max(0, count), closedEarly: stopped() };
}

/**
 * A sample export as encoded chunks of about 64 K characters each, for a writer that takes
 * bytes (the CLI's output, which writes a file atomically). Lazy: constant memory.
 *
 * @example [...sampleChunks(resolveSampleOptions({ kind: 'calls', rows: '2', seed: '1' }))].length // => 1
 */
export function* sampleChunks(options: SampleOptions, isWorkingDay?: WorkingDayTest): Generator<Buffer, void, undefined> {
  let chunk = '';
  for (const line of sampleLines(options, isWorkingDay)) {
    chunk += line;
    if (chunk.length >= CHUNK_CHARS) {
      yield encodeText(chunk, options.encoding);
      chunk = '';
    }
  }
  if (chunk !== '') yield encodeText(chunk, options.encoding);
}

/** Generates and writes one sample export. */
export function writeSample(
  options: SampleOptions,
  out: NodeJS.WritableStream,
  isWorkingDay?: WorkingDayTest,
): Promise<WriteResult> {
  return writeLines(sampleLines(options, isWorkingDay), out, options.encoding);
}
