import type { AnyRecord, ComplaintRecord } from '../model/records.js';
import type { DeferredFinding, Pass } from '../model/rule.js';
import { formatWhen } from '../format/index.js';
import { words } from './finding-words.js';
import { type RuleDefinition, missingFinding } from './shared.js';

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
/** The data of a complaint without its Care Call (`board`: the board it came from, when `type` is 'board'). */
interface CareCallData {
  [key: string]: string | number | null;
  type: 'petition' | 'suggestion' | 'board';
  board: string | null;
  received: number;
  party: string | null;
}

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
    messages: {
      'no-care-call': words<CareCallData>({
        en: (d) =>
          `${d.type === 'petition' ? '진정 (petition)' : d.type === 'suggestion' ? '건의 (suggestion)' : `complaint on ${d.board}`} received ${formatWhen(d.received)} but no outbound Care Call to the complaint or its complainant${d.party ? ` ${d.party}` : ''} since`,
        ko: (d) =>
          `${formatWhen(d.received)} 접수 ${d.type === 'petition' ? '진정' : d.type === 'suggestion' ? '건의' : `${d.board} 민원`}: 이후 해당 민원${d.party ? `·민원인 ${d.party}` : ''} 대상 Care Call 기록 없음`,
      }),
    },
    messageExamples: { 'no-care-call': { type: 'board', board: '불친절 신고방', received: 1_725_494_400, party: 'P-1' } },
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
          const f = missingFinding(c.receivedAt, c.answeredAt, 'no-care-call', {
            type: c.type === 'petition' || c.type === 'suggestion' ? c.type : 'board',
            board: c.board ?? null,
            received: c.receivedAt,
            party: c.partyId || null,
          });
          findings.push({ ...f, file: c.file, line: c.line, recordId: c.id, department: c.department });
        }
        return { findings, passes };
      },
    };
  },
};
