/**
 * Why a rule was not evaluated: its kind has no input, it is off, a precondition or a companion
 * export is missing, the columns it needs are absent, or no row in the period is in its scope.
 * Reasons are a code and its data (`NOT_EVALUATED_*`); the catalog words them at the edge.
 */
import type { Message, NotEvaluatedCode } from '../model/messages.js';
import type { OpenedInput } from '../model/input.js';
import type { Rule } from '../model/rule.js';
import type { ResolvedRule } from './engine.js';

/** A rule's not-evaluated reason. */
export type NotEvaluated = Message<NotEvaluatedCode>;

/** Marks rules whose kind has no input: they are left out of the report, not "not evaluated". */
export const NO_INPUT: NotEvaluated = { code: 'NOT_EVALUATED_OFF', data: {} };
/** The reason of a rule the config turns off. */
export const OFF_REASON: NotEvaluated = { code: 'NOT_EVALUATED_OFF', data: {} };

/**
 * Why a rule that ran judged nothing: no row of its kind in the period, or none in its scope.
 *
 * @example nothingInScope({ kind: 'calls', scope: 'aggregate' }, 0) // => { code: 'NOT_EVALUATED_NO_ROWS', data: { kind: 'calls' } }
 */
export function nothingInScope(meta: Pick<Rule['meta'], 'kind' | 'scope'>, rows: number): NotEvaluated {
  if (rows === 0) return { code: 'NOT_EVALUATED_NO_ROWS', data: { kind: meta.kind } };
  return { code: 'NOT_EVALUATED_OUT_OF_SCOPE', data: { kind: meta.kind, rows, scope: meta.scope } };
}

/** Why each enabled rule cannot run on these inputs at all (SPEC §2: never silently passed). */
export function notEvaluatedReasons(rules: readonly ResolvedRule[], inputs: readonly OpenedInput[]): Map<string, NotEvaluated> {
  const reasons = new Map<string, NotEvaluated>();
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
      reasons.set(meta.id, {
        code: 'NOT_EVALUATED_PRECONDITION',
        data: { messageId: pre.messageId, data: pre.data, messages: meta.messages },
      });
      continue;
    }
    const missingKind = meta.reads.find((k) => !kinds.has(k));
    if (missingKind) {
      reasons.set(meta.id, { code: 'NOT_EVALUATED_NEEDS_KIND', data: { kind: missingKind } });
      continue;
    }
    const files = inputs.filter((i) => i.kind === meta.kind);
    if (files.length > 0 && files.every((f) => meta.requires.some((c) => !f.columns.has(c)))) {
      const missing = meta.requires.filter((c) => files.every((f) => !f.columns.has(c)));
      const named = missing.length ? missing : meta.requires;
      reasons.set(meta.id, { code: 'NOT_EVALUATED_MISSING_COLUMNS', data: { kind: meta.kind, columns: [...named] } });
    }
  }
  return reasons;
}
