/**
 * A complaint's clock as the law runs it: where it starts (receipt, or the transfer 이송), which
 * pauses stop it (보완, up to three, counted in working time or in whole days), and how far valid
 * extensions (시행령 제21조) move the deadline. Pure: the calendar and `asOf` come in as arguments.
 */
import { type Instant, dayStart, kstDay, secondOfDay } from '../calendar/kst.js';
import type { WorkingCalendar } from '../model/calendar.js';
import type { ComplaintRecord } from '../model/records.js';
import type { FindingMessage } from '../model/rule.js';
import type { ExtensionData, ExtensionFailure } from './finding-words.js';
import type { PauseCounting, TransferClock } from './law.js';
import { type Pause, daysDeadline, hoursDeadline, measure, resolvePause } from './shared.js';

/** A statutory or charter period: working seconds (≤ 5 days) or working days (≥ 6 days). */
export type Period = { basis: 'hours'; seconds: number } | { basis: 'days'; days: number };

/**
 * The supplement columns of a complaint as (request, receipt) pairs: unnumbered, `_2`, `_3`.
 *
 * @example supplementPairs(r).length // => 3
 */
export function supplementPairs(r: ComplaintRecord): [Instant | null, Instant | null][] {
  return [
    [r.supplementRequestedAt, r.supplementReceivedAt],
    [r.supplementRequestedAt2 ?? null, r.supplementReceivedAt2 ?? null],
    [r.supplementRequestedAt3 ?? null, r.supplementReceivedAt3 ?? null],
  ];
}

const NONE: readonly never[] = Object.freeze([]);

/**
 * A pause widened to whole KST days: from the start of the request's day to the end of the day
 * the supplement arrived.
 *
 * @example wholeDays({ from: mon1100, to: wed1400 }) // => { from: mon0000, to: thu0000 }
 */
export function wholeDays(p: Pause): Pause {
  return { from: dayStart(kstDay(p.from)), to: dayStart(kstDay(p.to - 1) + 1) };
}

/**
 * Every supplement pause of a complaint (see {@link resolvePause} for one), counted as `counting` says.
 *
 * @example complaintPauses({ supplementRequestedAt: a, supplementReceivedAt: b, … }, asOf, 'working-time') // => [{ from: a, to: b }]
 */
export function complaintPauses(r: ComplaintRecord, asOf: Instant, counting: PauseCounting): readonly Pause[] {
  // Most complaints have no supplement: no allocation for them (this runs per record and rule).
  if (
    r.supplementRequestedAt === null &&
    (r.supplementRequestedAt2 ?? null) === null &&
    (r.supplementRequestedAt3 ?? null) === null
  ) {
    return NONE;
  }
  const out: Pause[] = [];
  for (const [requested, received] of supplementPairs(r)) {
    const p = resolvePause(requested, received, r.answeredAt, asOf);
    if (p) out.push(counting === 'whole-days' ? wholeDays(p) : p);
  }
  return out;
}

/**
 * Where the handling clock starts: the transfer when `how` is `transfer` and the complaint was
 * transferred after its receipt, else the receipt.
 *
 * @example clockStartOf({ receivedAt: a, transferredAt: b }, 'transfer') // => b
 * @example clockStartOf({ receivedAt: a, transferredAt: b }, 'receipt') // => a
 */
export function clockStartOf(r: Pick<ComplaintRecord, 'receivedAt' | 'transferredAt'>, how: TransferClock): Instant {
  const t = r.transferredAt ?? null;
  return how === 'transfer' && t !== null && t > r.receivedAt ? t : r.receivedAt;
}

/** One extension as the export gives it. */
export interface ExtensionInput {
  n: 1 | 2;
  at: Instant | null;
  until: Instant | null;
  days: number | null;
  notifiedAt: Instant | null;
  consent: boolean | null;
}

/**
 * The extensions a complaint records (one set of columns each), in order; a set counts when it
 * has a date, a new deadline or a number of days.
 *
 * @example extensionInputs({ …r, extendedAt: t, extensionDays: 1 }).map((e) => e.n) // => [1]
 */
export function extensionInputs(r: ComplaintRecord): readonly ExtensionInput[] {
  const none1 = (r.extendedAt ?? null) === null && (r.extendedUntil ?? null) === null && (r.extensionDays ?? null) === null;
  const none2 = (r.extendedAt2 ?? null) === null && (r.extendedUntil2 ?? null) === null && (r.extensionDays2 ?? null) === null;
  if (none1 && none2) return NONE;
  const out: ExtensionInput[] = [];
  const first: ExtensionInput = {
    n: 1,
    at: r.extendedAt ?? null,
    until: r.extendedUntil ?? null,
    days: r.extensionDays ?? null,
    notifiedAt: r.extensionNotifiedAt ?? null,
    consent: r.extensionConsent ?? null,
  };
  const second: ExtensionInput = {
    n: 2,
    at: r.extendedAt2 ?? null,
    until: r.extendedUntil2 ?? null,
    days: r.extensionDays2 ?? null,
    notifiedAt: r.extensionNotifiedAt2 ?? null,
    consent: r.extensionConsent2 ?? r.extensionConsent ?? null,
  };
  for (const e of [first, second]) if (e.at !== null || e.until !== null || e.days !== null) out.push(e);
  return out;
}

/** How the extension's notice is timed: by the deadline it extends, or within hours of it. */
export interface ExtensionPolicy {
  noticeWithin: 'deadline' | 'hours';
  noticeSeconds: number;
}

/**
 * One extension judged against 시행령 제21조. `failures` empty = valid. `from`: the deadline it
 * extends; `to`: the one it asks for (null when the export gives no new date); `adds`: working
 * seconds (hours basis) or working days it adds, null when unknown.
 */
export type ExtensionVerdict = ExtensionData;

/** A complaint measured against its period with its pauses and extensions. */
export interface Judged {
  start: Instant;
  period: Period;
  pauses: readonly Pause[];
  /** The deadline without extensions. */
  original: Instant;
  /** The deadline with the valid extensions (= `original` when none is valid). */
  deadline: Instant;
  /** Hours basis: working seconds allowed, valid extensions included. */
  allowedSeconds: number;
  /** Days basis: working days allowed, valid extensions included (pause days not included). */
  days: number;
  late: boolean;
  extensions: ExtensionVerdict[];
}

/** A date without a time (00:00) means the whole of that day. */
function endOfDayIfDate(t: Instant): Instant {
  return secondOfDay(t) === 0 ? dayStart(kstDay(t) + 1) : t;
}

/**
 * Measures a complaint from `start` to `stop` against `period`, its pauses not counted, moving the
 * deadline by each valid extension in turn (a second only after a valid first).
 *
 * @example judge(cal, r, { basis: 'hours', seconds: 28800 }, start, stop, [], [], policy).late // => false
 */
export function judge(
  calendar: WorkingCalendar,
  period: Period,
  start: Instant,
  stop: Instant,
  pauses: readonly Pause[],
  inputs: readonly ExtensionInput[],
  policy: ExtensionPolicy,
): Judged {
  const hours = period.basis === 'hours';
  const base = hours ? period.seconds : period.days;
  const deadlineFor = (amount: number): Instant =>
    hours ? hoursDeadline(calendar, start, amount, pauses) : daysDeadline(calendar, start, amount, pauses, stop).deadline;
  if (hours && inputs.length === 0) {
    // The common case: no extension. The deadline is worked out only if someone reads it.
    let due: Instant | undefined;
    const deadline = () => (due ??= deadlineFor(base));
    return {
      start,
      period,
      pauses,
      get original() {
        return deadline();
      },
      get deadline() {
        return deadline();
      },
      allowedSeconds: base,
      days: 0,
      late: measure(calendar, start, stop, pauses).elapsed > base,
      extensions: [],
    };
  }
  const original = deadlineFor(base);
  let total = base;
  let current = original;
  let chainOk = true;
  const extensions: ExtensionVerdict[] = [];
  for (const e of inputs) {
    if (!chainOk) {
      extensions.push({ n: e.n, from: current, to: null, hours, adds: null, failures: [{ f: 'first-invalid' }] });
      continue;
    }
    const failures: ExtensionFailure[] = [];
    let amount: number | null = null;
    if (e.until !== null) {
      const until = endOfDayIfDate(e.until);
      if (hours) amount = until > current ? measure(calendar, current, until, pauses).elapsed : 0;
      else {
        const from = kstDay(current) + 1;
        const to = kstDay(e.until) + 1;
        amount = to > from ? Math.round(calendar.elapsed(dayStart(from), dayStart(to)) / calendar.secondsPerWorkingDay) : 0;
      }
    } else if (e.days !== null) {
      amount = hours ? Math.round(e.days * calendar.secondsPerWorkingDay) : Math.ceil(e.days);
    } else failures.push({ f: 'no-date' });
    const to = amount !== null && amount > 0 ? deadlineFor(total + amount) : null;
    if (amount !== null && amount <= 0) {
      failures.push({ f: 'not-after', current });
    } else if (amount !== null && amount > base) {
      failures.push({ f: 'too-long', hours, asked: amount, limit: base });
    }
    if (e.at === null) failures.push({ f: 'no-at' });
    else if (e.at > current) failures.push({ f: 'made-late', at: e.at, current });
    if (e.n === 2 && e.consent !== true) failures.push({ f: 'no-consent' });
    const noticeDue = policy.noticeWithin === 'deadline' ? current : calendar.deadline(e.at ?? current, policy.noticeSeconds);
    if (e.notifiedAt === null) failures.push({ f: 'not-notified' });
    else if (e.notifiedAt > noticeDue) failures.push({ f: 'notified-late', at: e.notifiedAt, due: noticeDue });
    const adds = amount === null || amount <= 0 ? null : amount;
    extensions.push({ n: e.n, from: current, to, hours, adds, failures });
    if (failures.length === 0 && amount !== null && to !== null) {
      total += amount;
      current = to;
    } else chainOk = false;
  }
  const late = hours ? measure(calendar, start, stop, pauses).elapsed > total : kstDay(stop) > kstDay(current);
  return {
    start,
    period,
    pauses,
    original,
    deadline: current,
    allowedSeconds: hours ? total : 0,
    days: hours ? 0 : total,
    late,
    extensions,
  };
}

/**
 * The `--explain` lines of a judged complaint: the clock start when a transfer moved it, both
 * deadlines when there were extensions, and how pauses were counted when there were any
 * (messages of {@link COMPLAINT_NOTE_MESSAGES}).
 *
 * @example judgedNotes(j, r, 'working-time')[0] // => { messageId: 'note-original', data: { at: … } }
 */
export function judgedNotes(
  j: Pick<Judged, 'start' | 'pauses' | 'extensions'> & Partial<Pick<Judged, 'original' | 'deadline'>>,
  r: ComplaintRecord,
  counting: PauseCounting,
): FindingMessage[] {
  const notes: FindingMessage[] = [];
  if (j.start !== r.receivedAt) {
    notes.push({
      messageId: 'note-transfer',
      data: { at: j.start, to: r.transferredTo || null, received: r.receivedAt },
    });
  }
  if (j.extensions.length > 0) {
    const original = j.original!;
    const deadline = j.deadline!;
    notes.push({ messageId: 'note-original', data: { at: original } });
    notes.push({ messageId: 'note-extended', data: { at: deadline, same: deadline === original } });
    notes.push({ messageId: 'note-extensions', data: { extensions: j.extensions } });
  }
  if (j.pauses.length > 0) notes.push({ messageId: 'note-pauses', data: { counting } });
  return notes;
}
