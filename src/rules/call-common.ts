/** What the call rules share: which calls the call-centre measures count, and the clauses. */
import type { CallRecord } from '../model/records.js';

/** 조달서비스헌장, 정부조달콜센터를 이용하시는 경우. */
export const CLAUSE_ANSWER_RATE =
  '고객의 문의에 대해서는 One-Stop으로 즉시 해결하고, 콜센터 응대율을 95% 이상 유지하여 고객의 접근이 용이하도록 최선을 다하겠습니다.';

/**
 * An inbound call to the call centre: what the answer rate, the average wait and the service level count.
 *
 * @example isCallCentreInbound({ direction: 'inbound', queue: 'callcenter' }) // => true
 */
export function isCallCentreInbound(r: Pick<CallRecord, 'direction' | 'queue'>): boolean {
  return r.direction === 'inbound' && r.queue === 'callcenter';
}
