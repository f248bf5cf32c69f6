import type { AnyRecord, ComplaintRecord } from '../model/records.js';
import type { DeferredFinding, Pass } from '../model/rule.js';
import { type RuleDefinition, formatWhen, missingFinding } from './shared.js';

/**
 * Whether a complaint is a Care Call target: a 진정 or 건의 (`type` petition or suggestion), or
 * one received on the 청장과의 대화방 or 불친절 신고방 board (`board`, spaces ignored).
 *
 * @example isCareCallTarget({ type: 'petition', board: null }) // => true
 * @example isCareCallTarget({ type: 'inquiry', board: '불친절 신고방' }) // => true
 * @example isCareCallTarget({ type: 'inquiry', board: '자유게시판' }) // => false
 */
export function isCareCallTarget(r: Pick<ComplaintRecord, 'type' | 'board'>): boolean {
  if (r.type === 'petition' || r.type === 'suggestion') return true;
  const board = (r.board ?? '').replace(/\s+/g, '');
  return board.includes('청장과의대화') || board.includes('불친절신고');
}

/**
 * `complaint.care-call`: every complaint-maker of a 진정·건의, 청장과의 대화방 or 불친절 신고방
 * complaint got an outbound Care Call (calls export: direction `outbound`, purpose `care`) at or
 * after the complaint's receipt, matched by the call's `complaint_id` = the complaint's `id`, or
 * by the call's `party_id` = the complaint's `party_id` — the same calls `contract.care-call`
 * matches by party. A violation points at the complaint.
 */
export const complaintCareCall: RuleDefinition<'complaints'> = {
  meta: {
    id: 'complaint.care-call',
    aliases: ['C011', 'complaint-care-call'],
    kind: 'complaints',
    reads: ['calls'],
    title: {
      ko: '불만성 민원 제기 건 Care Call 실시',
      en: 'Care Call for complaint-makers (진정·건의, 청장과의 대화방, 불친절 신고방)',
    },
    clause: '주요 고객 및 불만성 민원 제기 건에 대한 Care Call 실시 — 진정 · 건의, 청장과의 대화방, 불친절 신고방 등 대상 민원',
    basis: 'charter',
    severity: 'warning',
    threshold: { ko: '대상 민원 전부', en: 'every target complaint' },
    scope: 'record',
    requires: ['type'],
  },
  defaults: {},
  optionSpecs: {},
  create() {
    const targets: ComplaintRecord[] = [];
    /** The latest outbound Care Call per `complaint:<id>` and `party:<id>`. */
    const latest = new Map<string, number>();
    const note = (key: string, t: number) => {
      const before = latest.get(key);
      if (before === undefined || t > before) latest.set(key, t);
    };
    return {
      observe(r: AnyRecord) {
        if (r.kind === 'complaints') {
          if (isCareCallTarget(r)) targets.push(r);
        } else if (r.kind === 'calls' && r.direction === 'outbound' && r.purpose === 'care') {
          if (r.complaintId !== null && r.complaintId !== '') note(`complaint:${r.complaintId}`, r.arrivedAt);
          if (r.partyId !== null && r.partyId !== '') note(`party:${r.partyId}`, r.arrivedAt);
        }
      },
      finish() {
        const findings: DeferredFinding[] = [];
        const passes: Pass[] = [];
        for (const c of targets) {
          const byId = latest.get(`complaint:${c.id}`);
          const byParty = c.partyId !== null && c.partyId !== '' ? latest.get(`party:${c.partyId}`) : undefined;
          if ((byId !== undefined && byId >= c.receivedAt) || (byParty !== undefined && byParty >= c.receivedAt)) {
            passes.push({ start: c.receivedAt, department: c.department });
            continue;
          }
          const what =
            c.type === 'petition'
              ? { en: '진정 (petition)', ko: '진정' }
              : c.type === 'suggestion'
                ? { en: '건의 (suggestion)', ko: '건의' }
                : { en: `complaint on ${c.board}`, ko: `${c.board} 민원` };
          const f = missingFinding(c.receivedAt, c.answeredAt, {
            en: `${what.en} received ${formatWhen(c.receivedAt)} but no outbound Care Call to the complaint or its complainant${c.partyId ? ` ${c.partyId}` : ''} since`,
            ko: `${formatWhen(c.receivedAt)} 접수 ${what.ko}: 이후 해당 민원${c.partyId ? `·민원인 ${c.partyId}` : ''} 대상 Care Call 기록 없음`,
          });
          findings.push({ ...f, file: c.file, line: c.line, recordId: c.id, department: c.department });
        }
        return { findings, passes };
      },
    };
  },
};
