import type { CallRecord } from '../model/records.js';
import { PASS, type Finding } from '../model/rule.js';
import { isCallCentreInbound } from './call-common.js';
import { type RuleDefinition, num } from './shared.js';

/**
 * `call.wait-announcement`: every inbound call-centre call, answered or abandoned, that waited
 * 20 s or more heard the expected-wait announcement (`wait_announced`): the charter reads
 * 「20초 이상」, so a call that waited exactly 20 s is in scope. Calls with no known
 * wait are not applicable; an empty `wait_announced` is a finding (not shown in the export).
 */
export const callWaitAnnouncement: RuleDefinition<'calls'> = {
  meta: {
    id: 'call.wait-announcement',
    aliases: ['T003', 'wait-announcement'],
    kind: 'calls',
    reads: [],
    title: {
      ko: '통화대기 20초 이상 시 예상상담 가능시간 안내',
      en: 'Expected-wait announcement for calls waiting 20 seconds or more',
    },
    clause: '통화대기시간이 20초 이상 길어지면 예상상담 가능시간 안내',
    basis: 'charter',
    severity: 'warning',
    threshold: { ko: '대기 20초 이상 호 전부', en: 'every call waiting 20 s or more' },
    scope: 'record',
    requires: ['wait_announced'],
  },
  defaults: { afterSeconds: 20, boundary: 'from' },
  optionSpecs: {
    afterSeconds: {
      type: 'number',
      min: 0,
      description: 'calls waiting this many seconds or more need the announcement (charter: 20초 이상)',
    },
    boundary: {
      type: 'enum',
      values: ['from', 'over'],
      description:
        '"from": a wait of exactly afterSeconds needs the announcement (the charter\'s 20초 이상); "over": only longer waits do',
    },
  },
  create(context) {
    const after = num(context, 'afterSeconds');
    const over = context.options.boundary === 'over';
    return {
      check(r: CallRecord) {
        if (!isCallCentreInbound(r) || r.waitSeconds === null || r.waitSeconds < after || (over && r.waitSeconds === after))
          return undefined;
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
            en: `${how.en} call waited ${r.waitSeconds} s (${over ? 'over ' : ''}${after} s${over ? '' : ' or more'}) ${what.en}`,
            ko: `${how.ko} 대기 ${r.waitSeconds}초(${after}초 ${over ? '초과' : '이상'}), ${what.ko}`,
          },
        };
        return finding;
      },
    };
  },
};
