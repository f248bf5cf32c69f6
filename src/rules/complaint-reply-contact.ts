import type { ComplaintRecord } from '../model/records.js';
import { PASS } from '../model/rule.js';
import { words } from './finding-words.js';
import { type RuleDefinition, missingFinding } from './shared.js';

/**
 * `complaint.reply-contact`: an answered written complaint (mail or fax) states the handler's
 * contact in the reply. An empty `reply_has_contact` is a finding: the export does not show it.
 */
export const complaintReplyContact: RuleDefinition<'complaints'> = {
  meta: {
    id: 'complaint.reply-contact',
    aliases: ['C006', 'reply-contact'],
    kind: 'complaints',
    reads: [],
    title: { ko: '서면 회신 시 담당자 연락처 명기', en: 'Written (mail/fax) replies state the handler’s contact' },
    clause: '처리결과 회신 시 담당자의 연락처를 명기하여 의문사항이 있을 경우에는 확인이 가능하도록 하겠습니다.',
    basis: 'charter',
    severity: 'warning',
    threshold: { ko: '서면 회신 전부', en: 'every written reply' },
    scope: 'record',
    requires: ['channel', 'answered_at', 'reply_has_contact'],
    messages: {
      'no-contact': words<Record<string, never>>({
        en: () => 'the written reply does not state the handler’s contact',
        ko: () => '서면 회신에 담당자 연락처 미기재',
      }),
      'not-recorded': words<Record<string, never>>({
        en: () => 'the export does not record whether the reply stated the handler’s contact',
        ko: () => '담당자 연락처 기재 여부 기록 없음',
      }),
    },
    messageExamples: { 'no-contact': {}, 'not-recorded': {} },
  },
  defaults: {},
  optionSpecs: {},
  create() {
    return {
      check(r: ComplaintRecord) {
        if ((r.channel !== 'mail' && r.channel !== 'fax') || r.answeredAt === null) return undefined;
        if (r.replyHasContact === true) return PASS;
        return missingFinding(r.receivedAt, r.answeredAt, r.replyHasContact === false ? 'no-contact' : 'not-recorded', {});
      },
    };
  },
};
