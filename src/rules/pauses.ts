/**
 * Supplement pauses (보완) and the working time they take out of a span: one pause or several,
 * merged when they overlap. Pure: the calendar comes in as an argument.
 */
import type { Instant } from '../calendar/kst.js';
import type { WorkingCalendar } from '../model/calendar.js';

/** A supplement pause (보완): the clock stops from `from` to `to`. */
export interface Pause {
  from: Instant;
  to: Instant;
}

/**
 * The pause a record's supplement columns describe. Both instants are needed for a closed record;
 * an open record whose supplement was requested and never received has its clock stopped from
 * the request until `asOf`. A receipt before the request, or a receipt without a request, is no pause.
 *
 * @example resolvePause(req, rec, answered, asOf) // => { from: req, to: rec }
 * @example resolvePause(req, null, null, asOf) // => { from: req, to: asOf }
 * @example resolvePause(req, null, answered, asOf) // => null
 */
export function resolvePause(
  requested: Instant | null,
  received: Instant | null,
  end: Instant | null,
  asOf: Instant,
): Pause | null {
  if (requested === null) return null;
  if (received !== null) return received > requested ? { from: requested, to: received } : null;
  return end === null && asOf > requested ? { from: requested, to: asOf } : null;
}

/** One pause, several (보완 more than once), or none. */
export type Pauses = Pause | readonly Pause[] | null;

/**
 * The pauses as a sorted list with overlapping or touching ones merged, so no working time is
 * subtracted twice.
 *
 * @example pauseList([{ from: 5, to: 9 }, { from: 1, to: 6 }]) // => [{ from: 1, to: 9 }]
 * @example pauseList(null) // => []
 */
export function pauseList(pauses: Pauses | undefined): Pause[] {
  if (!pauses) return [];
  const list = 'from' in pauses ? [pauses as Pause] : [...(pauses as readonly Pause[])];
  if (list.length < 2) return list.filter((p) => p.to > p.from);
  list.sort((a, b) => a.from - b.from || a.to - b.to);
  const out: Pause[] = [];
  for (const p of list) {
    if (p.to <= p.from) continue;
    const last = out[out.length - 1];
    if (last && p.from <= last.to) {
      if (p.to > last.to) out[out.length - 1] = { from: last.from, to: p.to };
    } else out.push({ from: p.from, to: p.to });
  }
  return out;
}

/** A pause's part inside the measured span, with its working time. */
export interface MeasuredPause {
  from: Instant;
  to: Instant;
  workingSeconds: number;
}

/** Working time from `start` to `stop` with the pauses' working time inside that span left out. */
export interface Measured {
  elapsed: number;
  paused: number;
  /** The first pause inside `[start, stop)` that holds working time (see `pauses` for all). */
  pause: MeasuredPause | null;
  /** Every pause inside `[start, stop)` that holds working time, in time order. */
  pauses: MeasuredPause[];
}

/**
 * Net working seconds in `[start, stop)` minus the pauses' working seconds inside it.
 *
 * @example measure(cal, fri1700, thu1030, null) // => { elapsed: 9000, paused: 0, pause: null, pauses: [] }
 */
export function measure(calendar: WorkingCalendar, start: Instant, stop: Instant, pauses: Pauses): Measured {
  const gross = calendar.elapsed(start, stop);
  const list = pauseList(pauses);
  if (list.length === 0) return { elapsed: gross, paused: 0, pause: null, pauses: [] };
  let paused = 0;
  const inside: MeasuredPause[] = [];
  for (const p of list) {
    const from = Math.max(p.from, start);
    const to = Math.min(p.to, stop);
    const w = to > from ? calendar.elapsed(from, to) : 0;
    if (w > 0) {
      paused += w;
      inside.push({ from, to, workingSeconds: w });
    }
  }
  return { elapsed: gross - paused, paused, pause: inside[0] ?? null, pauses: inside };
}

/**
 * The earliest instant at which `allowed` working seconds since `start` are used up, the
 * pauses' working time not counted. A pause that begins after the allowance is used up changes nothing.
 *
 * @example hoursDeadline(cal, fri1700, 4 * 3600, null) // => the next working day's 12:00
 */
export function hoursDeadline(calendar: WorkingCalendar, start: Instant, allowed: number, pauses: Pauses): Instant {
  let cursor = start;
  let left = allowed;
  for (const p of pauseList(pauses)) {
    if (p.to <= cursor) continue;
    const from = Math.max(p.from, cursor);
    const before = calendar.elapsed(cursor, from);
    if (before >= left) break;
    left -= before;
    cursor = p.to;
  }
  return calendar.deadline(cursor, left);
}
