import type { AnyRecord, ContractRecord } from '../model/records.js';
import { PASS, type DeferredFinding, type Pass, type RuleContext } from '../model/rule.js';
import { formatWhen } from '../format/index.js';
import { words } from './finding-words.js';
import { type RuleDefinition, missingFinding, num } from './shared.js';

/**
 * Whole won with thousands separators.
 *
 * @example formatWon(300000000) // => '300,000,000원'
 */
export function formatWon(amount: number): string {
  const digits = String(Math.round(Math.abs(amount)));
  return `${amount < 0 ? '-' : ''}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}원`;
}

/**
 * Whether a concluded contract is a Happy Call target (이상 = at least).
 *
 * @example needsHappyCall({ category: 'goods', amount: 300_000_000 }, { goodsMin: 3e8, electricalTelecomMin: 3e8, constructionMin: 1e10 }) // => true
 */
export function needsHappyCall(
  r: Pick<ContractRecord, 'category' | 'amount'>,
  o: { goodsMin: number; electricalTelecomMin: number; constructionMin: number },
): boolean {
  if (r.amount === null) return false;
  switch (r.category) {
    case 'goods':
      return r.amount >= o.goodsMin;
    case 'electrical':
    case 'telecom':
      return r.amount >= o.electricalTelecomMin;
    case 'construction':
      return r.amount >= o.constructionMin;
    default:
      return false;
  }
}

/**
 * `contract.happy-call`: concluded goods purchases ≥ 3억원, electrical/telecom works ≥ 3억원 and
 * any construction ≥ 100억원 got a Happy Call: `happy_call_at` on the contract, or an outbound
 * `happy` call in the calls export whose `contract_id` is the contract's id.
 */
export const contractHappyCall: RuleDefinition<'contracts'> = {
  meta: {
    id: 'contract.happy-call',
    aliases: ['K003', 'happy-call'],
    kind: 'contracts',
    reads: [],
    title: { ko: 'Happy Call 대상 계약 해피콜 실시', en: 'Happy Call made for large contracts' },
    clause: 'Happy Call 대상 확대 — 3억원 이상 물품 구매계약, 3억원 이상 전기·통신공사 및 100억원 이상 모든 공사',
    basis: 'charter',
    severity: 'warning',
    threshold: {
      ko: '물품 3억원 이상, 전기·통신공사 3억원 이상, 공사 100억원 이상',
      en: 'goods ≥ ₩300,000,000, electrical/telecom works ≥ ₩300,000,000, construction ≥ ₩10,000,000,000',
    },
    scope: 'record',
    requires: ['category', 'amount', 'concluded_at', 'happy_call_at'],
    messages: {
      'no-happy-call': words<{ category: string | null; amount: number; concluded: number }>({
        en: (d) =>
          `${d.category} contract of ${formatWon(d.amount)} concluded ${formatWhen(d.concluded)}: no Happy Call recorded`,
        ko: (d) => `${formatWhen(d.concluded)} 계약체결(${formatWon(d.amount)}), 해피콜 기록 없음`,
      }),
    },
    messageExamples: { 'no-happy-call': { category: 'goods', amount: 350_000_000, concluded: 1_725_494_400 } },
  },
  optionalReads: ['calls'],
  defaults: { goodsMin: 300_000_000, electricalTelecomMin: 300_000_000, constructionMin: 10_000_000_000 },
  optionSpecs: {
    goodsMin: { type: 'number', min: 0, description: 'goods purchase contracts of at least this amount (KRW)' },
    electricalTelecomMin: { type: 'number', min: 0, description: 'electrical / telecom works of at least this amount (KRW)' },
    constructionMin: { type: 'number', min: 0, description: 'any construction of at least this amount (KRW)' },
  },
  create(context: RuleContext) {
    const o = {
      goodsMin: num(context, 'goodsMin'),
      electricalTelecomMin: num(context, 'electricalTelecomMin'),
      constructionMin: num(context, 'constructionMin'),
    };
    /** Targets without `happy_call_at`, waiting for the calls export. */
    const waiting: ContractRecord[] = [];
    const called = new Set<string>();
    return {
      check(r: ContractRecord) {
        if (r.concludedAt === null || !needsHappyCall(r, o)) return undefined;
        if (r.happyCallAt !== null) return PASS;
        waiting.push(r);
        return undefined;
      },
      observe(r: AnyRecord) {
        if (r.kind === 'calls' && r.direction === 'outbound' && r.purpose === 'happy' && r.contractId !== null) {
          called.add(r.contractId);
        }
      },
      finish() {
        const findings: DeferredFinding[] = [];
        const passes: Pass[] = [];
        for (const r of waiting) {
          if (called.has(r.id)) {
            passes.push({ start: r.requestedAt, department: r.department });
            continue;
          }
          const f = missingFinding(r.requestedAt, null, 'no-happy-call', {
            category: r.category,
            amount: r.amount!,
            concluded: r.concludedAt!,
          });
          findings.push({ ...f, file: r.file, line: r.line, recordId: r.id, department: r.department });
        }
        return { findings, passes };
      },
    };
  },
};
