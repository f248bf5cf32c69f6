/** Working-hours specifications (`HH:MM-HH:MM`), parsed and validated. */
import { InputError } from '../model/input.js';
import { formatClock } from './kst.js';

export const DEFAULT_HOURS: readonly string[] = ['09:00-12:00', '13:00-18:00'];

const ACCEPTED_HOURS = 'accepted: sorted, non-overlapping HH:MM-HH:MM ranges within 00:00-24:00, e.g. 09:00-12:00,13:00-18:00';

function bad(spec: readonly string[], what: string): never {
  throw new InputError('INVALID_HOURS', `working hours "${spec.join(',')}": ${what}; ${ACCEPTED_HOURS}`);
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
 * `INVALID_HOURS` unless they are sorted, non-overlapping, non-empty and within the day.
 *
 * @example parseHours(['09:00-12:00', '13:00-18:00']) // => [[32400, 43200], [46800, 64800]]
 */
export function parseHours(spec: readonly string[]): [number, number][] {
  if (spec.length === 0) bad(spec, 'no working interval');
  const out: [number, number][] = [];
  for (const item of spec) {
    const parts = item.split('-');
    const start = parts.length === 2 ? clock(parts[0] ?? '') : NaN;
    const end = parts.length === 2 ? clock(parts[1] ?? '') : NaN;
    if (Number.isNaN(start) || Number.isNaN(end)) bad(spec, `"${item}" is not HH:MM-HH:MM`);
    if (end <= start) bad(spec, `"${item}" ends before it starts`);
    const prev = out[out.length - 1];
    if (prev && start < prev[1]) bad(spec, `"${item}" overlaps or precedes ${formatClock(prev[0])}-${formatClock(prev[1])}`);
    out.push([start, end]);
  }
  return out;
}

/** Canonical `HH:MM-HH:MM` text of an interval. @example formatInterval([32400, 43200]) // => '09:00-12:00' */
export function formatInterval([start, end]: readonly [number, number]): string {
  return `${formatClock(start)}-${formatClock(end)}`;
}
