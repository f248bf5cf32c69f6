/**
 * Complaint rules share: which charter deadline governs a complaint, the supplement pause, and
 * the clauses quoted from the charter and the law.
 */
import { type Instant, kstDay } from '../calendar/kst.js';
import type { ComplaintRecord } from '../model/records.js';
import type { Localized, RuleContext, RuleMeta } from '../model/rule.js';
import {
  type Action,
  type Pause,
  type RuleDefinition,
  HOUR,
  checkHours,
  daysDeadline,
  hoursDeadline,
  hoursSpec,
  measure,
  num,
  resolvePause,
} from './shared.js';

export const ANSWERED: Action = { en: 'answered', ko: '회신' };

/** 조달서비스헌장, 민원인에 대한 서비스 — 인터넷 홈페이지를 이용하시는 경우. */
export const CLAUSE_WEB =
  '우리 청 홈페이지의 전자민원창구를 통하여 접수된 민원 중 조달업무 질의는 1일(8근무시간) 이내에, 진정 · 건의는 5일 이내에 신속하게 처리하겠습니다.';

/** 민원 처리에 관한 법률 시행령 제19조 (처리기간의 계산). */
export const CLAUSE_STATUTORY =
  '민원 처리에 관한 법률 시행령 제19조: ① 민원의 처리기간을 5일 이하로 정한 경우에는 민원의 접수시각부터 "시간" 단위로 계산하되, 공휴일과 토요일은 산입하지 아니한다. 이 경우 1일은 8시간의 근무시간을 기준으로 한다. ② 민원의 처리기간을 6일 이상으로 정한 경우에는 "일" 단위로 계산하고 첫날을 산입하되, 공휴일과 토요일은 산입하지 아니한다.';

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
 * The complaint's supplement pause (see {@link resolvePause}).
 *
 * @example complaintPause({ supplementRequestedAt: a, supplementReceivedAt: b, answeredAt: c }, asOf) // => { from: a, to: b }
 */
export function complaintPause(
  r: Pick<ComplaintRecord, 'supplementRequestedAt' | 'supplementReceivedAt' | 'answeredAt'>,
  asOf: Instant,
): Pause | null {
  return resolvePause(r.supplementRequestedAt, r.supplementReceivedAt, r.answeredAt, asOf);
}

/** How a statutory period of `days` days is counted under 시행령 제19조. */
export type StatutoryBasis = { basis: 'hours'; seconds: number } | { basis: 'days'; days: number };

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

/** The hours of the charter's complaint deadlines and the statutory counting, as delay-notice uses them. */
export interface ComplaintDeadlineOptions {
  inquiryHours: number;
  petitionHours: number;
  improvementHours: number;
  hoursPerDay: number;
  dayBasedFrom: number;
}

/** The deadline that governs a complaint, and whether it was missed by `end` (or `asOf` when open). */
export interface Governing {
  /** `complaint.inquiry`, `complaint.petition`, `complaint.improvement` or `complaint.statutory`. */
  source: string;
  deadline: Instant;
  late: boolean;
  /** Working seconds allowed when the deadline is hours-based; null when it is day-based. */
  allowedSeconds: number | null;
}

/**
 * The deadline that governs a complaint: the charter's (web inquiry, web 진정·건의, 개선의견) when
 * one applies, else the statutory `processing_days`; null when none applies.
 *
 * @example governingDeadline(ctx, webInquiryAnsweredLate, opts) // => { source: 'complaint.inquiry', deadline, late: true }
 */
export function governingDeadline(
  context: RuleContext,
  r: ComplaintRecord,
  o: ComplaintDeadlineOptions,
): Governing | null {
  const { calendar, asOf } = context;
  const pause = complaintPause(r, asOf);
  const stop = r.answeredAt ?? asOf;
  const hours = (source: string, seconds: number): Governing => {
    const m = measure(calendar, r.receivedAt, stop, pause);
    return { source, deadline: hoursDeadline(calendar, r.receivedAt, seconds, pause), late: m.elapsed > seconds, allowedSeconds: seconds };
  };
  if (isWebInquiry(r)) return hours('complaint.inquiry', Math.round(o.inquiryHours * HOUR));
  if (isWebPetition(r)) return hours('complaint.petition', Math.round(o.petitionHours * HOUR));
  if (isImprovement(r)) return hours('complaint.improvement', Math.round(o.improvementHours * HOUR));
  const basis = statutoryBasis(r.processingDays, o.hoursPerDay, o.dayBasedFrom);
  if (!basis) return null;
  if (basis.basis === 'hours') return hours('complaint.statutory', basis.seconds);
  const { deadline } = daysDeadline(calendar, r.receivedAt, basis.days, pause, stop);
  return { source: 'complaint.statutory', deadline, late: kstDay(stop) > kstDay(deadline), allowedSeconds: null };
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
    },
    defaults: { hours: spec.hours },
    optionSpecs: { hours: hoursSpec(spec.hoursHelp) },
    create(context) {
      const allowedSeconds = Math.round(num(context, 'hours') * HOUR);
      return {
        check(r: ComplaintRecord) {
          if (!spec.applies(r)) return undefined;
          return checkHours(context, {
            start: r.receivedAt,
            end: r.answeredAt,
            allowedSeconds,
            pause: complaintPause(r, context.asOf),
            action: spec.action,
          });
        },
      };
    },
  };
}
