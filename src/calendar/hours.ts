/** Working-hours specifications (`HH:MM-HH:MM`), parsed and validated. */
import { InputError } from '../model/input.js';
import type { MessageData } from '../model/messages.js';
import { formatClock } from './kst.js';

export const DEFAULT_HOURS: readonly string[] = ['09:00-12:00', '13:00-18:00'];

const ACCEPTED_HOURS = 'accepted: sorted, non-overlapping HH:MM-HH:MM ranges within 00:00-24:00, e.g. 09:00-12:00,13:00-18:00';

/** What is wrong with the hours: the catalog's INPUT_HOURS data without the hours. */
type HoursProblem = MessageData['INPUT_HOURS'] extends infer T ? (T extends unknown ? Omit<T, 'hours'> : never) : never;

/** The English of a problem: the same words as the catalog's INPUT_HOURS (the calendar is below the catalog; a test checks they agree). */
function english(p: HoursProblem): string {
  switch (p.problem) {
    case 'empty':
      return 'no working interval';
    case 'format':
      return `"${p.item}" is not HH:MM-HH:MM`;
    case 'reversed':
      return `"${p.item}" ends before it starts`;
    case 'overlap':
      return `"${p.item}" overlaps or precedes ${p.previous}`;
  }
}

function bad(spec: readonly string[], p: HoursProblem): never {
  const message = `working hours "${spec.join(',')}": ${english(p)}; ${ACCEPTED_HOURS}`;
  throw new InputError('INVALID_HOURS', message, undefined, undefined, { code: 'INPUT_HOURS', data: { hours: [...spec], ...p } });
}

function clock(text: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return NaN;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min !== 0)) return NaN;
  return h * 3600 + min * 60;
}

/**
 * Parses working hours into `[start, end)` seconds of the day; throws InputError
 * `INVALID_HOURS` (carrying the catalog's INPUT_HOURS code and data, for `--lang`) unless they are sorted, non-overlapping, non-empty and within the day.
 *
 * @example parseHours(['09:00-12:00', '13:00-18:00']) // => [[32400, 43200], [46800, 64800]]
 */
export function parseHours(spec: readonly string[]): [number, number][] {
  if (spec.length === 0) bad(spec, { problem: 'empty' });
  const out: [number, number][] = [];
  for (const item of spec) {
    const parts = item.split('-');
    const start = parts.length === 2 ? clock(parts[0] ?? '') : NaN;
    const end = parts.length === 2 ? clock(parts[1] ?? '') : NaN;
    if (Number.isNaN(start) || Number.isNaN(end)) bad(spec, { problem: 'format', item });
    if (end <= start) bad(spec, { problem: 'reversed', item });
    const prev = out[out.length - 1];
    if (prev && start < prev[1])
      bad(spec, { problem: 'overlap', item, previous: `${formatClock(prev[0])}-${formatClock(prev[1])}` });
    out.push([start, end]);
  }
  return out;
}

/** Canonical `HH:MM-HH:MM` text of an interval. @example formatInterval([32400, 43200]) // => '09:00-12:00' */
export function formatInterval([start, end]: readonly [number, number]): string {
  return `${formatClock(start)}-${formatClock(end)}`;
}
