/**
 * `--explain ID` for a record that did not violate a rule: the record is judged again by a fresh
 * instance of each record rule of its kind, with a `describe` hook through which the shared
 * deadline checks say how it passed (or why it is still pending). Only the explained record
 * pays for this; an ordinary audit never creates these instances.
 */
import type { AnyRecord } from '../model/records.js';
import { startOf } from '../model/records.js';
import type { Explained } from '../model/result.js';
import { type Finding, type FindingMessages, type Localized, PASS, PENDING, type RuleContext } from '../model/rule.js';
import type { ResolvedRule } from './engine.js';

/**
 * The passes and pending outcomes of one record, in rule order (violations are reported as usual).
 *
 * @example explainRecord(record, rules, ctx, skip)[0]?.outcome // => 'pass'
 */
export function explainRecord(
  record: AnyRecord,
  rules: readonly ResolvedRule[],
  context: Omit<RuleContext, 'options' | 'describe'>,
  skip: (ruleId: string) => boolean,
): Explained[] {
  const out: Explained[] = [];
  for (const entry of rules) {
    const meta = entry.rule.meta;
    if (!entry.enabled || meta.kind !== record.kind || meta.scope !== 'record' || skip(meta.id)) continue;
    let detail: Finding | null = null;
    const instance = entry.rule.create({ ...context, options: entry.options, describe: (d) => void (detail = d) });
    if (!instance.check) continue;
    let o;
    try {
      o = instance.check(record as never);
    } catch {
      continue;
    }
    if (o !== PASS && o !== PENDING) continue;
    const d = detail as Finding | null;
    const start = startOf(record);
    out.push({
      rule: meta.id,
      kind: meta.kind,
      severity: entry.severity,
      file: record.file,
      line: record.line,
      recordId: record.id,
      start: d?.start ?? start,
      end: d?.end ?? null,
      deadline: d?.deadline ?? null,
      allowedWorkingSeconds: d?.allowedWorkingSeconds ?? null,
      elapsedWorkingSeconds: d?.elapsedWorkingSeconds ?? null,
      overWorkingSeconds: null,
      open: o === PENDING,
      department: record.department,
      messageId: d?.messageId ?? 'threshold',
      data: d?.data ?? {},
      messages: d ? meta.messages : thresholdMessage(meta.threshold),
      ...(d?.pauses ? { pauses: d.pauses } : {}),
      outcome: o === PASS ? 'pass' : 'pending',
      described: d !== null,
    });
  }
  return out;
}

/** An undescribed pass or pending record reads the rule's threshold, in words of its own. */
function thresholdMessage(threshold: Localized): FindingMessages {
  return { threshold: { en: () => threshold.en, ko: () => threshold.ko } };
}
