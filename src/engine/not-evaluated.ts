/**
 * Why a rule was not evaluated: its kind has no input, it is off, a precondition or a companion
 * export is missing, the columns it needs are absent, or no row in the period is in its scope.
 * Reasons are bilingual data; the report renders them.
 */
import type { OpenedInput } from '../model/input.js';
import { KIND_KO, koreanColumn } from '../model/records.js';
import type { Localized, Rule } from '../model/rule.js';
import type { ResolvedRule } from './engine.js';

/** Marks rules whose kind has no input: they are left out of the report, not "not evaluated". */
export const NO_INPUT: Localized = { ko: '', en: '' };
export const OFF_REASON: Localized = { ko: '설정에서 끔', en: 'turned off in the config' };

/** Why a rule that ran judged nothing: no row of its kind in the period, or none in its scope. */
export function nothingInScope(meta: Rule['meta'], rows: number): Localized {
  if (rows === 0) {
    return { en: `no ${meta.kind} row in the audited period`, ko: `점검 기간에 ${KIND_KO[meta.kind]} 자료의 행이 없음` };
  }
  const unit = rows === 1 ? 'row' : 'rows';
  return meta.scope === 'aggregate'
    ? {
        en: `none of the ${rows} ${meta.kind} ${unit} is one this measure counts`,
        ko: `${KIND_KO[meta.kind]} ${rows}행 중 이 지표로 집계할 행이 없음`,
      }
    : {
        en: `none of the ${rows} ${meta.kind} ${unit} is one this rule applies to`,
        ko: `${KIND_KO[meta.kind]} ${rows}행 중 이 규칙의 대상인 행이 없음`,
      };
}

/** Why each enabled rule cannot run on these inputs at all (SPEC §2: never silently passed). */
export function notEvaluatedReasons(rules: readonly ResolvedRule[], inputs: readonly OpenedInput[]): Map<string, Localized> {
  const reasons = new Map<string, Localized>();
  const kinds = new Set(inputs.map((i) => i.kind));
  for (const { rule, enabled, options } of rules) {
    const meta = rule.meta;
    if (!kinds.has(meta.kind)) {
      reasons.set(meta.id, NO_INPUT);
      continue;
    }
    if (!enabled) continue;
    const pre = rule.precondition?.(options);
    if (pre) {
      reasons.set(meta.id, pre);
      continue;
    }
    const missingKind = meta.reads.find((k) => !kinds.has(k));
    if (missingKind) {
      reasons.set(meta.id, {
        ko: `${KIND_KO[missingKind]} 파일(${missingKind})도 필요함`,
        en: `needs a ${missingKind} export too`,
      });
      continue;
    }
    const files = inputs.filter((i) => i.kind === meta.kind);
    if (files.length > 0 && files.every((f) => meta.requires.some((c) => !f.columns.has(c)))) {
      const missing = meta.requires.filter((c) => files.every((f) => !f.columns.has(c)));
      const named = missing.length ? missing : meta.requires;
      // Korean names the header an auditor would add, with the canonical name beside it.
      const ko = named.map((c) => koreanColumn(meta.kind, c)).join(', ');
      reasons.set(meta.id, { ko: `필요한 열이 없음: ${ko}`, en: `missing column(s): ${named.join(', ')}` });
    }
  }
  return reasons;
}
