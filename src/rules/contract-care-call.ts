import type { AnyRecord, ContractRecord } from '../model/records.js';
import type { DeferredFinding, Pass, RuleContext } from '../model/rule.js';
import { formatWhen } from '../format/index.js';
import { ordinal, words } from './finding-words.js';
import { type RuleDefinition, missingFinding, num } from './shared.js';

interface Party {
  role: 'agency' | 'supplier';
  id: string;
  /** The earliest `minContracts` contracts by conclusion time (then file order). */
  first: ContractRecord[];
  count: number;
}

const byConclusion = (a: ContractRecord, b: ContractRecord): number =>
  a.concludedAt! - b.concludedAt! || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line;

/**
 * `contract.care-call`: every agency (`agency_id`) and supplier (`supplier_id`) with at least
 * 2 concluded contracts in the audited period got an outbound Care Call (calls export:
 * direction `outbound`, purpose `care`, `party_id` = the agency or supplier id). A violation
 * points at the party's 2nd contract (by conclusion time).
 */
export const contractCareCall: RuleDefinition<'contracts'> = {
  meta: {
    id: 'contract.care-call',
    aliases: ['K004', 'care-call'],
    kind: 'contracts',
    reads: ['calls'],
    title: {
      ko: '2회 이상 계약체결 수요기관·조달업체 Care Call 실시',
      en: 'Care Call for agencies and suppliers with 2 or more contracts',
    },
    clause: '주요 고객 및 불만성 민원 제기 건에 대한 Care Call 실시 — 2회 이상 우리 청과 계약체결한 수요기관 및 조달업체',
    basis: 'charter',
    severity: 'warning',
    threshold: { ko: '기간 내 계약체결 2회 이상', en: '2 or more contracts concluded in the period' },
    scope: 'record',
    requires: ['concluded_at', 'agency_id', 'supplier_id'],
    messages: {
      'no-care-call': words<{ role: 'agency' | 'supplier'; id: string; count: number; nth: number; concluded: number }>({
        en: (d) =>
          `${d.role} ${d.id} concluded ${d.count} contracts (the ${ordinal(d.nth)} on ${formatWhen(d.concluded)}) but got no outbound Care Call`,
        ko: (d) =>
          `${d.role === 'agency' ? '수요기관' : '조달업체'} ${d.id}: 계약체결 ${d.count}회(${d.nth}번째 ${formatWhen(d.concluded)}), Care Call 기록 없음`,
      }),
    },
    messageExamples: { 'no-care-call': { role: 'supplier', id: 'S-1', count: 3, nth: 2, concluded: 1_725_494_400 } },
  },
  defaults: { minContracts: 2 },
  optionSpecs: {
    minContracts: {
      type: 'number',
      min: 1,
      integer: true,
      description: 'concluded contracts that make a party a Care Call target',
    },
  },
  create(context: RuleContext) {
    const min = num(context, 'minContracts');
    const parties = new Map<string, Party>();
    const called = new Set<string>();
    const add = (role: Party['role'], id: string | null, r: ContractRecord) => {
      if (id === null || id === '') return;
      const key = `${role}:${id}`;
      let p = parties.get(key);
      if (!p) parties.set(key, (p = { role, id, first: [], count: 0 }));
      p.count++;
      p.first.push(r);
      p.first.sort(byConclusion);
      if (p.first.length > min) p.first.length = min;
    };
    return {
      observe(r: AnyRecord) {
        if (r.kind === 'contracts') {
          if (r.concludedAt === null) return;
          add('agency', r.agencyId, r);
          add('supplier', r.supplierId, r);
        } else if (r.kind === 'calls' && r.direction === 'outbound' && r.purpose === 'care' && r.partyId !== null) {
          called.add(r.partyId);
        }
      },
      finish() {
        const findings: DeferredFinding[] = [];
        const passes: Pass[] = [];
        const keys = [...parties.keys()].sort();
        for (const key of keys) {
          const p = parties.get(key)!;
          if (p.count < min) continue;
          const at = p.first[min - 1]!;
          if (called.has(p.id)) {
            passes.push({ start: at.requestedAt, department: at.department });
            continue;
          }
          const f = missingFinding(at.requestedAt, null, 'no-care-call', {
            role: p.role,
            id: p.id,
            count: p.count,
            nth: min,
            concluded: at.concludedAt!,
          });
          findings.push({ ...f, file: at.file, line: at.line, recordId: at.id, department: at.department });
        }
        return { findings, passes };
      },
    };
  },
};
