/**
 * A complaint's clock as the law runs it: where it starts (receipt, or the transfer 이송), which
 * pauses stop it (보완, up to three, counted in working time or in whole days), and how far valid
 * extensions (시행령 제21조) move the deadline. Pure: the calendar and `asOf` come in as arguments.
 */
import { type Instant, dayStart, kstDay, secondOfDay } from '../calendar/kst.js';
import type { WorkingCalendar } from '../model/calendar.js';
import type { ComplaintRecord } from '../model/records.js';
import type { Localized } from '../model/rule.js';
import type { PauseCounting, TransferClock } from './law.js';
import { type Pause, daysDeadline, formatDuration, formatWhen, hoursDeadline, measure, resolvePause } from './shared.js';

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

/** One extension judged against 시행령 제21조. `failures` empty = valid. */
export interface ExtensionVerdict {
  n: 1 | 2;
  /** The deadline it extends. */
  from: Instant;
  /** The deadline it asks for (null when the export gives no new date). */
  to: Instant | null;
  /** How much it adds, in words (`+8h`, `+5 working days`); empty when unknown. */
  adds: Localized;
  failures: Localized[];
}

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

const FIRST_INVALID: Localized = { en: 'the first extension was not valid', ko: '1차 연장이 유효하지 않음' };

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
      extensions.push({ n: e.n, from: current, to: null, adds: { en: '', ko: '' }, failures: [FIRST_INVALID] });
      continue;
    }
    const failures: Localized[] = [];
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
    } else
      failures.push({
        en: 'no new date (extended_until or extension_days)',
        ko: '연장 기한(extended_until 또는 extension_days) 없음',
      });
    const to = amount !== null && amount > 0 ? deadlineFor(total + amount) : null;
    if (amount !== null && amount <= 0) {
      failures.push({
        en: `the new date is not after the deadline it extends (${formatWhen(current)})`,
        ko: `연장 기한이 기존 기한(${formatWhen(current)}) 이후가 아님`,
      });
    } else if (amount !== null && amount > base) {
      const [asked, limit] = hours ? [formatDuration(amount), formatDuration(base)] : [days(amount), days(base)];
      failures.push({
        en: `longer than the original period (${asked.en} > ${limit.en})`,
        ko: `원래 처리기간보다 김(${asked.ko} > ${limit.ko})`,
      });
    }
    if (e.at === null) failures.push({ en: 'no date of the extension (extended_at)', ko: '연장 일시(extended_at) 없음' });
    else if (e.at > current) {
      failures.push({
        en: `made ${formatWhen(e.at)}, after the deadline it extends (${formatWhen(current)})`,
        ko: `연장(${formatWhen(e.at)})이 기존 기한(${formatWhen(current)}) 이후에 이루어짐`,
      });
    }
    if (e.n === 2 && e.consent !== true)
      failures.push({ en: "a second extension without the applicant's consent", ko: '민원인의 동의 없는 2차 연장' });
    const noticeDue = policy.noticeWithin === 'deadline' ? current : calendar.deadline(e.at ?? current, policy.noticeSeconds);
    if (e.notifiedAt === null) failures.push({ en: 'the applicant was not notified', ko: '민원인 통지 없음' });
    else if (e.notifiedAt > noticeDue) {
      failures.push({
        en: `notified ${formatWhen(e.notifiedAt)}, after ${formatWhen(noticeDue)}`,
        ko: `통지(${formatWhen(e.notifiedAt)})가 ${formatWhen(noticeDue)}보다 늦음`,
      });
    }
    const words = amount === null || amount <= 0 ? null : hours ? formatDuration(amount) : days(amount);
    const adds = words ? { en: `+${words.en}`, ko: `+${words.ko}` } : { en: '', ko: '' };
    extensions.push({ n: e.n, from: current, to, adds, failures });
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

/** @example days(3) // => { en: '3 working days', ko: '3근무일' } */
function days(n: number): Localized {
  return { en: `${n} working day${n === 1 ? '' : 's'}`, ko: `${n}근무일` };
}

/**
 * What the extensions did, for a finding's message: empty when there were none.
 *
 * @example extensionNote(j) // => { en: '; extension 1 not applied: the applicant was not notified', ko: … }
 */
export function extensionNote(j: Pick<Judged, 'extensions'>): Localized {
  const en: string[] = [];
  const ko: string[] = [];
  for (const x of j.extensions) {
    if (x.failures.length === 0) {
      en.push(`extension ${x.n} to ${formatWhen(x.to!)} (${x.adds.en}) applied`);
      ko.push(`${x.n}차 연장(${formatWhen(x.to!)}까지, ${x.adds.ko}) 적용`);
    } else {
      en.push(`extension ${x.n} not applied: ${x.failures.map((f) => f.en).join('; ')}`);
      ko.push(`${x.n}차 연장 불인정: ${x.failures.map((f) => f.ko).join('; ')}`);
    }
  }
  return en.length ? { en: `; ${en.join('; ')}`, ko: `; ${ko.join('; ')}` } : { en: '', ko: '' };
}

/**
 * The `--explain` lines of a judged complaint: the clock start when a transfer moved it, both
 * deadlines when there were extensions, and how pauses were counted when there were any.
 *
 * @example judgedNotes(j, r, 'working-time')[0].en // => 'original deadline: 2024-09-02 18:00'
 */
export function judgedNotes(
  j: Pick<Judged, 'start' | 'pauses' | 'extensions'> & Partial<Pick<Judged, 'original' | 'deadline'>>,
  r: ComplaintRecord,
  counting: PauseCounting,
): Localized[] {
  const notes: Localized[] = [];
  if (j.start !== r.receivedAt) {
    notes.push({
      en: `clock starts at the transfer (이송) ${formatWhen(j.start)}${r.transferredTo ? ` to ${r.transferredTo}` : ''}, not at the receipt ${formatWhen(r.receivedAt)}`,
      ko: `이송(${formatWhen(j.start)}${r.transferredTo ? `, ${r.transferredTo}` : ''}) 시각부터 기산 (접수 ${formatWhen(r.receivedAt)})`,
    });
  }
  if (j.extensions.length > 0) {
    const original = j.original!;
    const deadline = j.deadline!;
    notes.push({ en: `original deadline: ${formatWhen(original)}`, ko: `원래 처리기한: ${formatWhen(original)}` });
    notes.push({
      en: `deadline with valid extensions: ${formatWhen(deadline)}${deadline === original ? ' (no valid extension)' : ''}`,
      ko: `연장 반영 처리기한: ${formatWhen(deadline)}${deadline === original ? ' (유효한 연장 없음)' : ''}`,
    });
    const note = extensionNote(j);
    notes.push({ en: note.en.slice(2), ko: note.ko.slice(2) });
  }
  if (j.pauses.length > 0) {
    notes.push(
      counting === 'whole-days'
        ? {
            en: 'pauses counted in whole days (pauseCounting: whole-days)',
            ko: '보완기간을 일 단위로 계산 (pauseCounting: whole-days)',
          }
        : {
            en: 'pauses counted in working time (pauseCounting: working-time)',
            ko: '보완기간을 근무시간으로 계산 (pauseCounting: working-time)',
          },
    );
  }
  return notes;
}
