import type { ContractRecord } from '../model/records.js';
import { DEADLINE_EXAMPLES, DEADLINE_MESSAGES, HOUR, type RuleDefinition, checkHours, hoursSpec, num } from './shared.js';

/**
 * `contract.delivery-request`: for unit-price goods (단가계약물품) the delivery request follows
 * the procurement request within 1 working hour. A unit-price contract without a category counts
 * as goods (단가계약 is a goods instrument); other categories are not applicable.
 */
export const contractDeliveryRequest: RuleDefinition<'contracts'> = {
  meta: {
    id: 'contract.delivery-request',
    aliases: ['K001', 'delivery-request'],
    kind: 'contracts',
    reads: [],
    title: {
      ko: '단가계약물품 조달요청 접수 후 1근무시간 이내 납품요구',
      en: 'Unit-price goods: delivery request within 1 working hour',
    },
    clause: '단가계약물품은 조달요청서 접수 후 1근무시간이내에 납품요구',
    basis: 'charter',
    severity: 'error',
    threshold: { ko: '1근무시간', en: '1 working hour' },
    scope: 'record',
    requires: ['contract_type', 'delivery_requested_at'],
    measure: 'working-time',
    messages: DEADLINE_MESSAGES,
    messageExamples: DEADLINE_EXAMPLES,
  },
  defaults: { hours: 1 },
  optionSpecs: { hours: hoursSpec('working hours from the procurement request to the delivery request') },
  create(context) {
    const allowedSeconds = Math.round(num(context, 'hours') * HOUR);
    return {
      check(r: ContractRecord) {
        if (r.contractType !== 'unit-price' || (r.category !== null && r.category !== 'goods')) return undefined;
        return checkHours(context, {
          start: r.requestedAt,
          end: r.deliveryRequestedAt,
          allowedSeconds,
          action: 'delivery-requested',
        });
      },
    };
  },
};
