/**
 * Which records and rules meet: the audited period, the holiday data a record's timestamps need,
 * and the columns a rule cannot do without.
 */
import type { DayNumber, Instant } from '../calendar/kst.js';
import type { WorkingCalendar } from '../model/calendar.js';
import { type AnyColumn, type AnyRecord, INSTANT_FIELDS, type Kind, specOf } from '../model/records.js';
import type { Rule } from '../model/rule.js';
import type { Period } from './evaluation.js';

/**
 * The first timestamp of a record (in its kind's table order) that lies outside the calendar's
 * holiday data, with its column; undefined when all are covered. The fields come from the kind
 * table, so a new instant column is checked without a change here.
 */
export function uncovered(r: AnyRecord, calendar: WorkingCalendar): { column: string; t: Instant } | undefined {
  const fields = INSTANT_FIELDS[r.kind];
  const values = r as unknown as Record<string, Instant | null>;
  for (let i = 0; i < fields.length; i++) {
    const t = values[fields[i]!.field];
    // coversEnd: a completion at 00:00 right after the data's last day ends [start, end) inside it.
    if (t !== null && t !== undefined && !calendar.coversEnd(t)) return { column: fields[i]!.column, t };
  }
  return undefined;
}

/**
 * True when a rule cannot judge or count a record of `kind` whose `columns` could not be read: it
 * requires one of them; or the column has a fallback value (payer, queue, direction: they decide
 * whether a rule applies at all); or the rule only reads records of that kind (care-call reading
 * calls), where any unread value could turn a match into a miss.
 */
export function needsAny(a: { entry: { rule: Rule } }, kind: Kind, columns: readonly AnyColumn[]): boolean {
  const meta = a.entry.rule.meta;
  if (meta.kind !== kind) return true;
  for (const c of columns) {
    if ((meta.requires as readonly string[]).includes(c) || specOf(kind, c)?.fallback !== undefined) return true;
  }
  return false;
}

/**
 * Whether a KST day lies in the period (open ends included).
 *
 * @example inPeriod(10, { from: 5, to: null }) // => true
 */
export function inPeriod(day: DayNumber, p: Period): boolean {
  return (p.from === null || day >= p.from) && (p.to === null || day <= p.to);
}
