/**
 * The starter config `charter-audit init` writes: every rule threshold at the charter's value
 * (the rule defaults), the global law options at theirs, an empty standard-days table to fill,
 * and a `values` example — all of it a config `normalizeConfig` accepts as is.
 */
import { RULES } from '../rules/index.js';
import { DEFAULT_PAUSE_COUNTING, DEFAULT_TRANSFER_CLOCK, IMMEDIATE_HOURS } from '../rules/law.js';
import { DEFAULT_HOURS } from '../calendar/hours.js';

/** The JSON Schema's file name in the package (under `schema/`). */
export const SCHEMA_FILE = 'charter-audit.config.schema.json';

/** The `values` example: an office's words for channels, complaint types and payers. */
export const VALUES_EXAMPLE = {
  complaints: {
    channel: { 국민신문고: 'web', 이메일: 'web' },
    type: { 고충: 'petition', 제안: 'suggestion' },
  },
  payments: { payer: { '조달청(본청)': 'pps' } },
} as const;

/**
 * The starter config as an object, `$schema` first (pointing at `schemaRef`).
 *
 * @example starterConfig('./node_modules/charter-audit/schema/charter-audit.config.schema.json').standardDays // => {}
 */
export function starterConfig(schemaRef: string): Record<string, unknown> {
  const rules: Record<string, Record<string, unknown>> = {};
  for (const rule of [...RULES].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1))) {
    const options: Record<string, unknown> = {};
    for (const [k, spec] of Object.entries(rule.optionSpecs)) {
      // A table is set with the top-level standardDays; an option that follows a global one
      // (immediateHours …) is left out so that changing the global one still moves it.
      if (spec.type === 'table' || ('follows' in spec && spec.follows !== undefined)) continue;
      options[k] = rule.defaults[k];
    }
    rules[rule.meta.id] = options;
  }
  return {
    $schema: schemaRef,
    workingHours: [...DEFAULT_HOURS],
    granularity: 'month',
    immediateHours: IMMEDIATE_HOURS,
    pauseCounting: DEFAULT_PAUSE_COUNTING,
    transferClock: DEFAULT_TRANSFER_CLOCK,
    rules,
    standardDays: {},
    values: VALUES_EXAMPLE,
  };
}
