/**
 * Validation of the `sample` command's arguments into generator options: pure, one-line errors
 * with a stable code that say what was given and what is accepted.
 */
import { type DayNumber, daysFromCivil, isValidCivil } from '../calendar/kst.js';
import { type Kind, KINDS } from '../model/records.js';
import { MAX_YEAR, MIN_YEAR } from './generate.js';
import type { Language } from './render.js';
import { renderMessage } from '../messages/catalog.js';
import type { Message, MessageData } from '../model/messages.js';

/**
 * A bad `sample` argument. `code` is stable: `SAMPLE_OPTION`; `said` is the catalog's code and
 * data (the CLI words it in `--lang`), `message` its English words without the `sample: ` prefix.
 */
export class SampleOptionError extends Error {
  readonly code = 'SAMPLE_OPTION';
  constructor(readonly said: Message<'USAGE_SAMPLE'>) {
    super(renderMessage(said, 'en').replace(/^sample: /, ''));
    this.name = 'SampleOptionError';
  }
}

const bad = (data: MessageData['USAGE_SAMPLE']) => new SampleOptionError({ code: 'USAGE_SAMPLE', data });

export type SampleEncoding = 'utf-8' | 'cp949';

/** The `sample` command's options as commander hands them over (strings, flags). */
export interface RawSampleOptions {
  kind?: string;
  rows?: string;
  seed?: string;
  year?: string;
  from?: string;
  to?: string;
  days?: string;
  lateShare?: string;
  outboundShare?: string;
  korean?: boolean;
  encoding?: string;
}

/** Validated options: what `sampleLines` / `writeSample` take. */
export interface SampleOptions {
  kind: Kind;
  rows: number;
  seed: number;
  from: DayNumber;
  to: DayNumber;
  days?: number;
  lateShare: number;
  outboundShare: number;
  language: Language;
  encoding: SampleEncoding;
}

export const DEFAULT_YEAR = 2025;
export const DEFAULT_LATE_SHARE = 0.05;
export const DEFAULT_OUTBOUND_SHARE = 0.01;

function wholeNumber(name: string, text: string, min: number, max: number): number {
  const t = text.trim();
  const n = /^[+-]?\d+$/.test(t) ? Number(t) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw bad({ problem: 'whole', name, value: text, min, max });
  }
  return n;
}

function share(name: string, text: string): number {
  const t = text.trim();
  const n = /^\d*\.?\d+$/.test(t) ? Number(t) : Number.NaN;
  if (!(n >= 0 && n <= 1)) throw bad({ problem: 'fraction', name, value: text });
  return n;
}

function date(name: string, text: string): DayNumber {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m || !isValidCivil(Number(m[1]), Number(m[2]), Number(m[3]))) {
    throw bad({ problem: 'date', name, value: text });
  }
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw bad({ problem: 'year', name, value: text, min: MIN_YEAR, max: MAX_YEAR });
  }
  return daysFromCivil(year, Number(m[2]), Number(m[3]));
}

/**
 * Checks and converts the raw options. Throws {@link SampleOptionError}.
 *
 * @example resolveSampleOptions({ kind: 'calls', rows: '10', seed: '1' }).from // => 20089 (2025-01-01)
 */
export function resolveSampleOptions(raw: RawSampleOptions): SampleOptions {
  if (raw.kind === undefined) throw bad({ problem: 'kind-required', kinds: KINDS });
  if (!(KINDS as readonly string[]).includes(raw.kind)) {
    throw bad({ problem: 'kind', value: raw.kind, kinds: KINDS });
  }
  if (raw.rows === undefined) throw bad({ problem: 'rows-required' });
  const rows = wholeNumber('rows', raw.rows, 0, 100_000_000);
  const seed = raw.seed === undefined ? 1 : wholeNumber('seed', raw.seed, -2_147_483_648, 4_294_967_295);
  const year = raw.year === undefined ? undefined : wholeNumber('year', raw.year, MIN_YEAR, MAX_YEAR);
  const baseYear = year ?? DEFAULT_YEAR;
  const from = raw.from !== undefined ? date('from', raw.from) : daysFromCivil(baseYear, 1, 1);
  const to =
    raw.to !== undefined
      ? date('to', raw.to)
      : daysFromCivil(raw.from !== undefined && year === undefined ? yearOfDay(from) : baseYear, 12, 31);
  if (to < from) throw bad({ problem: 'range', from: String(raw.from), to: String(raw.to) });
  const encoding = (raw.encoding ?? 'utf-8').toLowerCase();
  let enc: SampleEncoding;
  if (encoding === 'utf-8' || encoding === 'utf8') enc = 'utf-8';
  else if (encoding === 'cp949' || encoding === 'euc-kr' || encoding === 'ms949') enc = 'cp949';
  else throw bad({ problem: 'encoding', name: 'encoding', value: String(raw.encoding) });
  const options: SampleOptions = {
    kind: raw.kind as Kind,
    rows,
    seed,
    from,
    to,
    lateShare: raw.lateShare === undefined ? DEFAULT_LATE_SHARE : share('late-share', raw.lateShare),
    outboundShare: raw.outboundShare === undefined ? DEFAULT_OUTBOUND_SHARE : share('outbound-share', raw.outboundShare),
    language: raw.korean ? 'ko' : 'en',
    encoding: enc,
  };
  if (raw.days !== undefined) options.days = wholeNumber('days', raw.days, 1, 100_000);
  return options;
}

function yearOfDay(day: DayNumber): number {
  let y = MIN_YEAR;
  while (y < MAX_YEAR && daysFromCivil(y + 1, 1, 1) <= day) y++;
  return y;
}
