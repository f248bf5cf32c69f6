/**
 * Complaint rules share: which charter deadline governs a complaint, its clock (pauses,
 * transfer, extensions — see complaint-clock.ts), and the clauses quoted from the charter and the law.
 */
import type { Instant } from '../calendar/kst.js';
import type { ComplaintRecord } from '../model/records.js';
import type { Localized, Outcome, RuleContext, RuleMeta } from '../model/rule.js';
import {
  type ExtensionPolicy,
  type Judged,
  type Period,
  clockStartOf,
  complaintPauses,
  extensionInputs,
  judge,
  judgedNotes,
} from './complaint-clock.js';
import {
  ARTICLE_PERIOD_COUNT,
  DEFAULT_PAUSE_COUNTING,
  DEFAULT_TRANSFER_CLOCK,
  IMMEDIATE_HOURS,
  PAUSE_COUNTINGS,
  type PauseCounting,
  TRANSFER_CLOCKS,
  type TransferClock,
} from './law.js';
import {
  type Action,
  type OptionSpec,
  type Pause,
  type RuleDefinition,
  HOUR,
  checkDays,
  checkHours,
  hoursSpec,
  num,
  resolvePause,
} from './shared.js';
import { COMPLAINT_NOTE_EXAMPLES, COMPLAINT_NOTE_MESSAGES, DEADLINE_EXAMPLES, DEADLINE_MESSAGES } from './finding-words.js';

export const ANSWERED: Action = 'answered';

/** 조달서비스헌장, 민원인에 대한 서비스 — 인터넷 홈페이지를 이용하시는 경우. */
export const CLAUSE_WEB =
  '우리 청 홈페이지의 전자민원창구를 통하여 접수된 민원 중 조달업무 질의는 1일(8근무시간) 이내에, 진정 · 건의는 5일 이내에 신속하게 처리하겠습니다.';

/** 민원 처리에 관한 법률 제19조 (처리기간의 계산). */
export const CLAUSE_STATUTORY = ARTICLE_PERIOD_COUNT;

/** A web inquiry (인터넷 조달업무 질의). @example isWebInquiry({ channel: 'web', type: 'inquiry' }) // => true */
export function isWebInquiry(r: Pick<ComplaintRecord, 'channel' | 'type'>): boolean {
  return r.channel === 'web' && r.type === 'inquiry';
}

/** A web 진정·건의. @example isWebPetition({ channel: 'web', type: 'suggestion' }) // => true */
export function isWebPetition(r: Pick<ComplaintRecord, 'channel' | 'type'>): boolean {
  return r.channel === 'web' && (r.type === 'petition' || r.type === 'suggestion');
}

/** A 조달 서비스 개선의견, any channel. @example isImprovement({ type: 'improvement' }) // => true */
export function isImprovement(r: Pick<ComplaintRecord, 'type'>): boolean {
  return r.type === 'improvement';
}

/**
 * The complaint's first supplement pause (see {@link resolvePause}); {@link complaintPauses} gives all of them.
 *
 * @example complaintPause({ supplementRequestedAt: a, supplementReceivedAt: b, answeredAt: c }, asOf) // => { from: a, to: b }
 */
export function complaintPause(
  r: Pick<ComplaintRecord, 'supplementRequestedAt' | 'supplementReceivedAt' | 'answeredAt'>,
  asOf: Instant,
): Pause | null {
  return resolvePause(r.supplementRequestedAt, r.supplementReceivedAt, r.answeredAt, asOf);
}

/** How a statutory period of `days` days is counted under 법 제19조. */
export type StatutoryBasis = Period;

/**
 * Hours-based (D × hoursPerDay working hours) below `dayBasedFrom` days, day-based from it on.
 * A period that is not a positive number has no basis (the rule does not apply).
 *
 * @example statutoryBasis(3, 8, 6) // => { basis: 'hours', seconds: 86400 }
 * @example statutoryBasis(7, 8, 6) // => { basis: 'days', days: 7 }
 */
export function statutoryBasis(days: number | null, hoursPerDay: number, dayBasedFrom: number): StatutoryBasis | null {
  if (days === null || !Number.isFinite(days) || days <= 0) return null;
  if (days < dayBasedFrom) return { basis: 'hours', seconds: Math.round(days * hoursPerDay * HOUR) };
  return { basis: 'days', days: Math.ceil(days) };
}

/** How every complaint deadline rule runs the clock (pauses, transfers, extensions). */
export interface ClockOptions {
  pauseCounting: PauseCounting;
  transferClock: TransferClock;
  extension: ExtensionPolicy;
}

/** The defaults of the options every complaint rule that runs the clock has: both follow the config's top-level keys. */
export const CLOCK_BASE_DEFAULTS = {
  pauseCounting: DEFAULT_PAUSE_COUNTING,
  transferClock: DEFAULT_TRANSFER_CLOCK,
} as const;

/** The option specs of {@link CLOCK_BASE_DEFAULTS}. */
export const CLOCK_BASE_SPECS: Readonly<Record<keyof typeof CLOCK_BASE_DEFAULTS, OptionSpec>> = {
  pauseCounting: {
    type: 'enum',
    values: PAUSE_COUNTINGS,
    follows: 'pauseCounting',
    description: 'supplement pauses counted in working time or in whole days (follows the top-level pauseCounting unless set)',
  },
  transferClock: {
    type: 'enum',
    values: TRANSFER_CLOCKS,
    follows: 'transferClock',
    description:
      'a transferred complaint counts from the transfer or from the first receipt (follows the top-level transferClock unless set)',
  },
};

/**
 * The clock options' defaults of a deadline rule: {@link CLOCK_BASE_DEFAULTS}, and the extension
 * notice, which follows complaint.extension's options (see config/normalize.ts).
 */
export const CLOCK_DEFAULTS = {
  ...CLOCK_BASE_DEFAULTS,
  extensionNoticeWithin: 'deadline',
  extensionNoticeHours: IMMEDIATE_HOURS,
} as const;

/** The option specs of {@link CLOCK_DEFAULTS}. */
export const CLOCK_SPECS: Readonly<Record<keyof typeof CLOCK_DEFAULTS, OptionSpec>> = {
  ...CLOCK_BASE_SPECS,
  extensionNoticeWithin: {
    type: 'enum',
    values: ['deadline', 'hours'],
    description: 'follows complaint.extension.noticeWithin unless set',
  },
  extensionNoticeHours: hoursSpec('follows complaint.extension.noticeHours unless set'),
};

/** The extension-notice options of {@link CLOCK_DEFAULTS} follow complaint.extension's unless set. */
export const CLOCK_FOLLOWS = {
  extensionNoticeWithin: { rule: 'complaint.extension', option: 'noticeWithin' },
  extensionNoticeHours: { rule: 'complaint.extension', option: 'noticeHours' },
} as const;

/**
 * Reads the clock options of a rule context.
 *
 * @example clockOptions(ctx).pauseCounting // => 'working-time'
 */
export function clockOptions(context: RuleContext): ClockOptions {
  const o = context.options;
  return {
    pauseCounting: (o.pauseCounting as PauseCounting | undefined) ?? DEFAULT_PAUSE_COUNTING,
    transferClock: (o.transferClock as TransferClock | undefined) ?? DEFAULT_TRANSFER_CLOCK,
    extension: {
      noticeWithin: o.extensionNoticeWithin === 'hours' ? 'hours' : 'deadline',
      noticeSeconds: Math.round((typeof o.extensionNoticeHours === 'number' ? o.extensionNoticeHours : IMMEDIATE_HOURS) * HOUR),
    },
  };
}

/**
 * A complaint measured against `period` with its clock options: where the clock starts, the
 * pauses, and the extensions (valid ones move the deadline).
 *
 * @example judgeComplaint(ctx, r, { basis: 'hours', seconds: 28800 }, clockOptions(ctx)).deadline
 */
export function judgeComplaint(context: RuleContext, r: ComplaintRecord, period: Period, o: ClockOptions): Judged {
  const pauses = complaintPauses(r, context.asOf, o.pauseCounting);
  const start = clockStartOf(r, o.transferClock);
  const stop = r.answeredAt ?? context.asOf;
  return judge(context.calendar, period, start, stop, pauses, extensionInputs(r), o.extension);
}

/**
 * The outcome of a complaint against `period`: the hours- or day-based check on the allowance
 * with its valid extensions, the finding's message saying what each extension did, and
 * `--explain` notes. Without extensions (most complaints) it is the plain check.
 *
 * @example complaintOutcome(ctx, r, { basis: 'hours', seconds: 28800 }, clockOptions(ctx), ANSWERED) // => PASS
 */
export function complaintOutcome(
  context: RuleContext,
  r: ComplaintRecord,
  period: Period,
  o: ClockOptions,
  action: Action,
): Outcome {
  const pauses = complaintPauses(r, context.asOf, o.pauseCounting);
  const start = clockStartOf(r, o.transferClock);
  const inputs = extensionInputs(r);
  if (inputs.length === 0) {
    const out =
      period.basis === 'hours'
        ? checkHours(context, { start, end: r.answeredAt, allowedSeconds: period.seconds, pause: pauses, action })
        : checkDays(context, { start, end: r.answeredAt, days: period.days, pause: pauses, action });
    if (typeof out === 'object') {
      const notes = judgedNotes({ start, pauses, extensions: [] }, r, o.pauseCounting);
      if (notes.length > 0) out.notes = notes;
    }
    return out;
  }
  const j = judge(context.calendar, period, start, r.answeredAt ?? context.asOf, pauses, inputs, o.extension);
  const out =
    j.period.basis === 'hours'
      ? checkHours(context, { start: j.start, end: r.answeredAt, allowedSeconds: j.allowedSeconds, pause: j.pauses, action })
      : checkDays(context, { start: j.start, end: r.answeredAt, days: j.days, pause: j.pauses, action });
  if (typeof out !== 'object') return out;
  const notes = judgedNotes(j, r, o.pauseCounting);
  out.data = { ...out.data, extensions: j.extensions };
  if (notes.length > 0) out.notes = notes;
  return out;
}

/** The messages of a complaint deadline (`complaintOutcome`): the shared deadline words and the `--explain` notes. */
export const COMPLAINT_MESSAGES = { ...DEADLINE_MESSAGES, ...COMPLAINT_NOTE_MESSAGES };

/** Sample data of {@link COMPLAINT_MESSAGES}. */
export const COMPLAINT_EXAMPLES = { ...DEADLINE_EXAMPLES, ...COMPLAINT_NOTE_EXAMPLES };

/** The hours of the charter's complaint deadlines and the statutory counting, as delay-notice uses them. */
export interface ComplaintDeadlineOptions {
  inquiryHours: number;
  petitionHours: number;
  improvementHours: number;
  hoursPerDay: number;
  dayBasedFrom: number;
}

/** Defaults of {@link ComplaintDeadlineOptions}: the charter's hours and the statutory split. */
export const GOVERNING_DEFAULTS: ComplaintDeadlineOptions = {
  inquiryHours: 8,
  petitionHours: 40,
  improvementHours: 24,
  hoursPerDay: 8,
  dayBasedFrom: 6,
};

/** Option specs of {@link ComplaintDeadlineOptions}, for a rule that judges against the governing deadline. */
export const GOVERNING_SPECS: Readonly<Record<keyof ComplaintDeadlineOptions, OptionSpec>> = {
  inquiryHours: hoursSpec('deadline of a web inquiry (follows complaint.inquiry.hours unless set)'),
  petitionHours: hoursSpec('deadline of a web 진정·건의 (follows complaint.petition.hours unless set)'),
  improvementHours: hoursSpec('deadline of a 개선의견 (follows complaint.improvement.hours unless set)'),
  hoursPerDay: { type: 'number', above: 0, max: 24, description: 'follows complaint.statutory.hoursPerDay unless set' },
  dayBasedFrom: { type: 'number', min: 1, integer: true, description: 'follows complaint.statutory.dayBasedFrom unless set' },
};

/** {@link ComplaintDeadlineOptions} follow the rules whose deadlines they are, unless set. */
export const GOVERNING_FOLLOWS = {
  inquiryHours: { rule: 'complaint.inquiry', option: 'hours' },
  petitionHours: { rule: 'complaint.petition', option: 'hours' },
  improvementHours: { rule: 'complaint.improvement', option: 'hours' },
  hoursPerDay: { rule: 'complaint.statutory', option: 'hoursPerDay' },
  dayBasedFrom: { rule: 'complaint.statutory', option: 'dayBasedFrom' },
} as const;

/**
 * Reads {@link ComplaintDeadlineOptions} from a rule context.
 *
 * @example governingOptions(ctx).inquiryHours // => 8
 */
export function governingOptions(context: RuleContext): ComplaintDeadlineOptions {
  return {
    inquiryHours: num(context, 'inquiryHours'),
    petitionHours: num(context, 'petitionHours'),
    improvementHours: num(context, 'improvementHours'),
    hoursPerDay: num(context, 'hoursPerDay'),
    dayBasedFrom: num(context, 'dayBasedFrom'),
  };
}

/** The deadline that governs a complaint, and whether it was missed by `end` (or `asOf` when open). */
export interface Governing {
  /** `complaint.inquiry`, `complaint.petition`, `complaint.improvement` or `complaint.statutory`. */
  source: string;
  deadline: Instant;
  late: boolean;
  /** Working seconds allowed when the deadline is hours-based (valid extensions included); null when it is day-based. */
  allowedSeconds: number | null;
  judged: Judged;
}

/**
 * The period that governs a complaint and the rule it comes from, or null when none applies.
 *
 * @example governingPeriod(webInquiry, opts) // => { source: 'complaint.inquiry', period: { basis: 'hours', seconds: 28800 } }
 */
export function governingPeriod(r: ComplaintRecord, o: ComplaintDeadlineOptions): { source: string; period: Period } | null {
  const hours = (source: string, h: number) => ({ source, period: { basis: 'hours', seconds: Math.round(h * HOUR) } as Period });
  if (isWebInquiry(r)) return hours('complaint.inquiry', o.inquiryHours);
  if (isWebPetition(r)) return hours('complaint.petition', o.petitionHours);
  if (isImprovement(r)) return hours('complaint.improvement', o.improvementHours);
  const basis = statutoryBasis(r.processingDays, o.hoursPerDay, o.dayBasedFrom);
  return basis ? { source: 'complaint.statutory', period: basis } : null;
}

/**
 * The deadline that governs a complaint: the charter's (web inquiry, web 진정·건의, 개선의견) when
 * one applies, else the statutory `processing_days`; null when none applies. Valid extensions
 * move it; the clock starts where `clock.transferClock` says.
 *
 * @example governingDeadline(ctx, webInquiryAnsweredLate, opts, clockOptions(ctx)) // => { source: 'complaint.inquiry', deadline, late: true, … }
 */
export function governingDeadline(
  context: RuleContext,
  r: ComplaintRecord,
  o: ComplaintDeadlineOptions,
  clock: ClockOptions = clockOptions(context),
): Governing | null {
  const g = governingPeriod(r, o);
  if (!g) return null;
  const judged = judgeComplaint(context, r, g.period, clock);
  const allowedSeconds = g.period.basis === 'hours' ? judged.allowedSeconds : null;
  return { source: g.source, deadline: judged.deadline, late: judged.late, allowedSeconds, judged };
}

/** What distinguishes one hours-based complaint deadline rule from another. */
export interface ComplaintDeadlineSpec {
  id: string;
  aliases: readonly string[];
  title: Localized;
  clause: string;
  threshold: Localized;
  requires: RuleMeta['requires'];
  /** Default working hours allowed from receipt to completion. */
  hours: number;
  /** What the option `hours` means, for `rules` and config errors. */
  hoursHelp: string;
  /** Which complaints the rule judges. */
  applies: (r: ComplaintRecord) => boolean;
  /** The completion, in words (`answered`, `result notified`). */
  action: Action;
}

/**
 * A charter deadline counted in working hours from receipt to completion, supplement pauses
 * excluded: complaint.inquiry (8 h), complaint.petition (40 h), complaint.improvement (24 h).
 */
export function complaintDeadlineRule(spec: ComplaintDeadlineSpec): RuleDefinition<'complaints'> {
  return {
    meta: {
      id: spec.id,
      aliases: spec.aliases,
      kind: 'complaints',
      reads: [],
      title: spec.title,
      clause: spec.clause,
      basis: 'charter',
      severity: 'error',
      threshold: spec.threshold,
      scope: 'record',
      requires: spec.requires,
      measure: 'working-time',
      messages: COMPLAINT_MESSAGES,
      messageExamples: COMPLAINT_EXAMPLES,
    },
    defaults: { hours: spec.hours, ...CLOCK_DEFAULTS },
    optionSpecs: { hours: hoursSpec(spec.hoursHelp), ...CLOCK_SPECS },
    follows: CLOCK_FOLLOWS,
    create(context) {
      const period: Period = { basis: 'hours', seconds: Math.round(num(context, 'hours') * HOUR) };
      const clock = clockOptions(context);
      return {
        check(r: ComplaintRecord) {
          if (!spec.applies(r)) return undefined;
          return complaintOutcome(context, r, period, clock, spec.action);
        },
      };
    },
  };
}
