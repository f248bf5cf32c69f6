import type { CallRecord } from '../model/records.js';
import { PASS, type Finding } from '../model/rule.js';
import { isCallCentreInbound } from './call-common.js';
import { type RuleDefinition, num } from './shared.js';

/**
 * `call.wait-announcement`: every inbound call-centre call, answered or abandoned, that waited
 * more than 20 s heard the expected-wait announcement (`wait_announced`). Calls with no known
 * wait are not applicable; an empty `wait_announced` is a finding (not shown in the export).
 */
export const callWaitAnnouncement: RuleDefinition<'calls'> = {
  meta: {
    id: 'call.wait-announcement',
    aliases: ['T003', 'wait-announcement'],
    kind: 'calls',
    reads: [],
    title: { ko: '통화대기 20초 초과 시 예상상담 가능시간 안내', en: 'Expected-wait announcement for calls waiting over 20 seconds' },
    clause: '통화대기시간이 20초 이상 길어지면 예상상담 가능시간 안내',
    basis: 'charter',
    severity: 'warning',
    threshold: { ko: '대기 20초 초과 호 전부', en: 'every call waiting more than 20 s' },
    scope: 'record',
    requires: ['wait_announced'],
  },
  defaults: { afterSeconds: 20 },
  optionSpecs: { afterSeconds: { type: 'number', min: 0, description: 'calls waiting more than this many seconds need the announcement' } },
  create(context) {
    const after = num(context, 'afterSeconds');
    return {
      check(r: CallRecord) {
        if (!isCallCentreInbound(r) || r.waitSeconds === null || r.waitSeconds <= after) return undefined;
        if (r.waitAnnounced === true) return PASS;
        const how = r.answeredAt === null ? { en: 'abandoned', ko: '포기 호' } : { en: 'answered', ko: '응답 호' };
        const what =
          r.waitAnnounced === false
            ? { en: 'without the expected-wait announcement', ko: '예상상담 가능시간 안내 없음' }
            : { en: 'and the export does not record the announcement', ko: '안내 여부 기록 없음' };
        const finding: Finding = {
          start: r.arrivedAt,
          end: r.answeredAt,
          deadline: r.arrivedAt + after,
          allowedWorkingSeconds: after,
          elapsedWorkingSeconds: r.waitSeconds,
          overWorkingSeconds: r.waitSeconds - after,
          open: false,
          message: {
            en: `${how.en} call waited ${r.waitSeconds} s (over ${after} s) ${what.en}`,
            ko: `${how.ko} 대기 ${r.waitSeconds}초(${after}초 초과), ${what.ko}`,
          },
        };
        return finding;
      },
    };
  },
};
