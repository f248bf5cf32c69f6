import type { ContractRecord } from '../model/records.js';
import type { Message } from '../model/messages.js';
import { DEADLINE_EXAMPLES, DEADLINE_MESSAGES, type RuleDefinition, checkDays } from './shared.js';
import { words } from './finding-words.js';

/** The standard-days table: `contract_type` or `contract_type/category` → working days. */
export type StandardDaysTable = Readonly<Record<string, number>>;

/**
 * The standard days for a contract: `type/category` first, then `type`; undefined when the table has neither.
 *
 * @example standardDaysFor({ 'total': 20, 'total/construction': 30 }, 'total', 'construction') // => 30
 * @example standardDaysFor({ 'total': 20 }, 'total', 'goods') // => 20
 */
export function standardDaysFor(table: StandardDaysTable, type: string | null, category: string | null): number | undefined {
  if (type === null) return undefined;
  if (category !== null) {
    const specific = table[`${type}/${category}`];
    if (specific !== undefined) return specific;
  }
  return table[type];
}

/** The rule's own messages: the deadline findings, and why it cannot run without its table (its precondition). */
const MESSAGES = {
  ...DEADLINE_MESSAGES,
  'no-table': words<Record<string, never>>({
    en: () => 'not evaluated: no standard-days table in the config (add "standardDays" to charter-audit.config.json)',
    ko: () => '평가하지 않음: 설정 파일에 표준행정소요일수 표(standardDays)가 없음',
  }),
};

/**
 * `contract.standard-days`: a contract is concluded within its type's standard administrative
 * days (표준행정소요일수), day-based from the procurement request. The table comes from the
 * config's `standardDays`; contracts whose type is not in it are not applicable.
 */
export const contractStandardDays: RuleDefinition<'contracts'> = {
  meta: {
    id: 'contract.standard-days',
    aliases: ['K002', 'standard-days'],
    kind: 'contracts',
    reads: [],
    title: {
      ko: '계약유형별 표준행정소요일수 이내 계약체결',
      en: 'Contracts concluded within the standard administrative days of their type',
    },
    clause: '계약유형별로 표준행정소요일수를 정하여 그 기간내에 반드시 계약체결을 완료',
    basis: 'charter',
    severity: 'error',
    threshold: { ko: '설정의 표준행정소요일수 (근무일)', en: 'standard days from the config (working days)' },
    scope: 'record',
    requires: ['contract_type', 'concluded_at'],
    messages: MESSAGES,
    messageExamples: { ...DEADLINE_EXAMPLES, 'no-table': {} },
  },
  defaults: { table: {} },
  optionSpecs: {
    table: { type: 'table', description: 'contract_type or "contract_type/category" → working days (set with standardDays)' },
  },
  configTables: { table: 'standardDays' },
  precondition(options) {
    const table = options.table;
    return table && typeof table === 'object' && Object.keys(table).length > 0 ? undefined : { messageId: 'no-table', data: {} };
  },
  create(context) {
    const table = (context.options.table ?? {}) as StandardDaysTable;
    let matched = 0;
    /** Contract types of evaluated rows the table has no key for, with their count. */
    const unmatched = new Map<string, number>();
    let file: string | null = null;
    return {
      observe(r) {
        if (r.kind !== 'contracts') return;
        file ??= r.file;
        if (standardDaysFor(table, r.contractType, r.category) !== undefined) matched++;
        else unmatched.set(r.contractType ?? '', (unmatched.get(r.contractType ?? '') ?? 0) + 1);
      },
      notes() {
        if (matched > 0 || unmatched.size === 0 || file === null) return [];
        return [{ file, line: null, ...unmatchedTypes(unmatched, Object.keys(table)) }];
      },
      check(r: ContractRecord) {
        const days = standardDaysFor(table, r.contractType, r.category);
        if (days === undefined) return undefined;
        return checkDays(context, {
          start: r.requestedAt,
          end: r.concludedAt,
          days,
          action: 'concluded',
        });
      },
    };
  },
};

/**
 * The warning when the standard-days table matched none of the export's contract types: the
 * types found (with counts) and the keys the table has; the catalog lists them most frequent first.
 *
 * @example unmatchedTypes(new Map([['수의계약', 3]]), ['총액']).data // => { types: [['수의계약', 3]], keys: ['총액'] }
 */
export function unmatchedTypes(types: ReadonlyMap<string, number>, keys: readonly string[]): Message<'STANDARD_DAYS_UNMATCHED'> {
  return { code: 'STANDARD_DAYS_UNMATCHED', data: { types: [...types], keys: [...keys] } };
}
