import type { CallRecord } from '../model/records.js';
import { PASS, type Finding } from '../model/rule.js';
import { isCallCentreInbound } from './call-common.js';
import { words } from './finding-words.js';
import { type RuleDefinition, num } from './shared.js';

/**
 * `call.wait-announcement`: every inbound call-centre call, answered or abandoned, that waited
 * 20 s or more heard the expected-wait announcement (`wait_announced`): the charter reads
 * 「20초 이상」, so a call that waited exactly 20 s is in scope. Calls with no known
 * wait are not applicable; an empty `wait_announced` is a finding (not shown in the export).
 */
/** The data of a missing announcement: `announced` 'no' (recorded as not made) or 'unknown' (not recorded). */
interface WaitData {
  [key: string]: number | boolean | string;
  answered: boolean;
  announced: 'no' | 'unknown';
  wait: number;
  after: number;
  over: boolean;
}

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
    messages: {
      'not-announced': words<WaitData>({
        en: (d) =>
          `${d.answered ? 'answered' : 'abandoned'} call waited ${d.wait} s (${d.over ? 'over ' : ''}${d.after} s${d.over ? '' : ' or more'}) ${d.announced === 'no' ? 'without the expected-wait announcement' : 'and the export does not record the announcement'}`,
        ko: (d) =>
          `${d.answered ? '응답 호' : '포기 호'} 대기 ${d.wait}초(${d.after}초 ${d.over ? '초과' : '이상'}), ${d.announced === 'no' ? '예상상담 가능시간 안내 없음' : '안내 여부 기록 없음'}`,
      }),
    },
    messageExamples: { 'not-announced': { answered: false, announced: 'unknown', wait: 31, after: 20, over: true } },
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
        const finding: Finding = {
          start: r.arrivedAt,
          end: r.answeredAt,
          deadline: r.arrivedAt + after,
          allowedWorkingSeconds: after,
          elapsedWorkingSeconds: r.waitSeconds,
          overWorkingSeconds: r.waitSeconds - after,
          open: false,
          messageId: 'not-announced',
          data: {
            answered: r.answeredAt !== null,
            announced: r.waitAnnounced === false ? 'no' : 'unknown',
            wait: r.waitSeconds,
            after,
            over,
          },
        };
        return finding;
      },
    };
  },
};
