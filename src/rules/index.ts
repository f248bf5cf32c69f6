/**
 * The rule registry: every charter rule (SPEC §3), sorted by id, and lookup by id or alias.
 */
import type { Rule } from '../model/rule.js';
import { activityComplaintSurvey } from './activity-complaint-survey.js';
import { activityCustomerSurvey } from './activity-customer-survey.js';
import { activityRegionalMeeting } from './activity-regional-meeting.js';
import { activitySelfEvaluation } from './activity-self-evaluation.js';
import { activityWeeklyMeeting } from './activity-weekly-meeting.js';
import { callAnswerRate } from './call-answer-rate.js';
import { callAverageWait } from './call-average-wait.js';
import { callCallback } from './call-callback.js';
import { callRings } from './call-rings.js';
import { callServiceLevel } from './call-service-level.js';
import { callWaitAnnouncement } from './call-wait-announcement.js';
import { complaintDelayNotice } from './complaint-delay-notice.js';
import { complaintExtension } from './complaint-extension.js';
import { complaintImprovement } from './complaint-improvement.js';
import { complaintInquiry } from './complaint-inquiry.js';
import { complaintPetition } from './complaint-petition.js';
import { complaintProgressNotice } from './complaint-progress-notice.js';
import { complaintReplyContact } from './complaint-reply-contact.js';
import { complaintStatutory } from './complaint-statutory.js';
import { complaintSurvey } from './complaint-survey.js';
import { complaintTransfer } from './complaint-transfer.js';
import { complaintCareCall } from './complaint-care-call.js';
import { contractCareCall } from './contract-care-call.js';
import { contractDeliveryRequest } from './contract-delivery-request.js';
import { contractHappyCall } from './contract-happy-call.js';
import { contractStandardDays } from './contract-standard-days.js';
import { paymentFourHours } from './payment-four-hours.js';
import { paymentHoldNotice } from './payment-hold-notice.js';
import type { RuleDefinition } from './shared.js';

export type { OptionSpec, RuleDefinition } from './shared.js';

const ALL = [
  complaintCareCall,
  complaintInquiry,
  complaintPetition,
  complaintImprovement,
  complaintStatutory,
  complaintDelayNotice,
  complaintReplyContact,
  complaintSurvey,
  complaintExtension,
  complaintTransfer,
  complaintProgressNotice,
  paymentFourHours,
  paymentHoldNotice,
  contractDeliveryRequest,
  contractStandardDays,
  contractHappyCall,
  contractCareCall,
  callAnswerRate,
  callAverageWait,
  callCallback,
  callWaitAnnouncement,
  callRings,
  callServiceLevel,
  activityRegionalMeeting,
  activityCustomerSurvey,
  activityComplaintSurvey,
  activitySelfEvaluation,
  activityWeeklyMeeting,
] as RuleDefinition[];

/** Every rule, sorted by id. */
export const RULES: readonly RuleDefinition[] = Object.freeze(
  [...ALL].sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0)),
);

const BY_NAME = new Map<string, RuleDefinition>();
for (const rule of RULES) {
  for (const name of [rule.meta.id, ...rule.meta.aliases]) {
    const key = name.toLowerCase();
    if (BY_NAME.has(key)) throw new Error(`rule name ${name} is used twice`);
    BY_NAME.set(key, rule);
  }
}

/**
 * The rule with this id or alias (case-insensitive), or undefined.
 *
 * @example findRule('P001')?.meta.id // => 'payment.four-hours'
 * @example findRule('four-hours')?.meta.id // => 'payment.four-hours'
 */
export function findRule(idOrAlias: string): RuleDefinition | undefined {
  return BY_NAME.get(idOrAlias.trim().toLowerCase());
}

/** Every id and alias, for did-you-mean suggestions. */
export function ruleNames(): string[] {
  return RULES.flatMap((r) => [r.meta.id, ...r.meta.aliases]);
}

/** The registry as the shared contract types it (what the engine receives). */
export const RULE_LIST: readonly Rule[] = RULES;
