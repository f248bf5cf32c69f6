import type { CallRecord } from '../model/records.js';
import { PASS, type Finding } from '../model/rule.js';
import { words } from './finding-words.js';
import { type RuleDefinition, num } from './shared.js';

/**
 * `call.rings`: inbound department phones answered within 3 rings. An abandoned call that rang
 * more than 3 times is a violation (nobody picked up in time); one abandoned within 3 rings is not
 * applicable (the caller hung up first), as is a call with no ring count.
 */
export const callRings: RuleDefinition<'calls'> = {
  meta: {
    id: 'call.rings',
    aliases: ['T004', 'rings'],
    kind: 'calls',
    reads: [],
    title: { ko: '부서 전화 벨 세 번 이내 응답', en: 'Department phones answered within 3 rings' },
    clause: '전화는 벨이 세 번 울리기 전에 신속하게 받고 명랑한 목소리로 소속과 이름을 밝히겠습니다.',
    basis: 'charter',
    severity: 'warning',
    threshold: { ko: '벨 3회 이내', en: '≤ 3 rings' },
    scope: 'record',
    requires: ['rings'],
    messages: {
      unanswered: words<{ rings: number; max: number }>({
        en: (d) => `rang ${d.rings} times (more than ${d.max}) and was never answered`,
        ko: (d) => `벨 ${d.rings}회(${d.max}회 초과) 울린 뒤 미응답`,
      }),
      late: words<{ rings: number; max: number }>({
        en: (d) => `answered after ${d.rings} rings (more than ${d.max})`,
        ko: (d) => `벨 ${d.rings}회 만에 응답(${d.max}회 초과)`,
      }),
    },
    messageExamples: { unanswered: { rings: 5, max: 3 }, late: { rings: 4, max: 3 } },
  },
  defaults: { maxRings: 3 },
  optionSpecs: { maxRings: { type: 'number', min: 1, integer: true, description: 'most rings before the phone is answered' } },
  create(context) {
    const max = num(context, 'maxRings');
    return {
      check(r: CallRecord) {
        if (r.direction !== 'inbound' || r.queue !== 'department' || r.rings === null) return undefined;
        if (r.rings <= max) return r.answeredAt === null ? undefined : PASS;
        const finding: Finding = {
          start: r.arrivedAt,
          end: r.answeredAt,
          deadline: null,
          allowedWorkingSeconds: null,
          elapsedWorkingSeconds: null,
          overWorkingSeconds: null,
          open: false,
          messageId: r.answeredAt === null ? 'unanswered' : 'late',
          data: { rings: r.rings, max },
        };
        return finding;
      },
    };
  },
};
