/**
 * The config's rule entries: each one checked against the rule's options, then every rule's
 * settings built from its defaults, the options that follow a top-level value or another rule's
 * option, the config tables it reads, and the overrides.
 */
import type { Severity } from '../model/rule.js';
import { RULES } from '../rules/index.js';
import type { GlobalOption, RuleDefinition } from '../rules/shared.js';
import { DEFAULT_PAUSE_COUNTING, DEFAULT_TRANSFER_CLOCK, IMMEDIATE_HOURS } from '../rules/law.js';
import { type Ctx, type Json, checkOption, expectObject, key, suggestion } from './checks.js';
import type { Config, ResolvedRuleSetting, RuleSetting } from './types.js';

const SEVERITIES: readonly string[] = ['error', 'warning'];

/** What the config says of one rule. */
export interface Override {
  enabled: boolean;
  severity?: Severity;
  options: Record<string, unknown>;
}

/** One entry of `rules`: "off", "on", a severity, or an object of options. */
export function checkRuleEntry(ctx: Ctx, path: string, rule: RuleDefinition, v: Json): Override {
  if (typeof v === 'string') {
    if (v === 'off') return { enabled: false, options: {} };
    if (v === 'on') return { enabled: true, options: {} };
    if (SEVERITIES.includes(v)) return { enabled: true, severity: v as Severity, options: {} };
    ctx.found(path, v, { what: 'object', of: 'rule-entry' });
  }
  const o = expectObject(ctx, path, v, 'rule-entry');
  const out: Override = { enabled: true, options: {} };
  const accepted = ['severity', 'enabled', ...Object.keys(rule.optionSpecs)];
  for (const [k, value] of Object.entries(o)) {
    const p = key(path, k);
    if (k === 'severity') {
      if (typeof value !== 'string' || !SEVERITIES.includes(value)) ctx.found(p, value, { what: 'severity' });
      out.severity = value as Severity;
    } else if (k === 'enabled') {
      if (typeof value !== 'boolean') ctx.found(p, value, { what: 'boolean' });
      out.enabled = value;
    } else {
      const spec = rule.optionSpecs[k];
      if (!spec) {
        ctx.fail({ problem: 'not-an-option', path: p, rule: rule.meta.id, suggestion: suggestion(k, accepted), accepted });
      }
      if (spec.type === 'table') ctx.fail({ problem: 'table-in-rules', path: p });
      out.options[k] = checkOption(ctx, p, value, spec);
    }
  }
  return out;
}

/** The top-level values that options marked `follows` take (see {@link GlobalOption}). */
type Globals = Pick<Config, GlobalOption>;

/** Every rule's settings: defaults, followed values, config tables, then the overrides. */
export function applyRules(
  overrides: ReadonlyMap<string, Override>,
  standardDays: Config['standardDays'],
  globals: Globals,
): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const rule of RULES) {
    const o = overrides.get(rule.meta.id);
    const followed: Record<string, unknown> = {};
    for (const [k, spec] of Object.entries(rule.optionSpecs)) {
      if (spec.type !== 'table' && spec.follows) followed[k] = globals[spec.follows];
    }
    const options: Record<string, unknown> = { ...rule.defaults, ...followed, ...(o?.options ?? {}) };
    const tables = { standardDays };
    for (const [option, table] of Object.entries(rule.configTables ?? {})) {
      if (tables[table]) options[option] = tables[table];
    }
    out[rule.meta.id] = { enabled: o?.enabled ?? true, severity: o?.severity ?? rule.meta.severity, options };
  }
  // Options that follow another rule's option (declared by the rule) unless the config sets them here.
  for (const rule of RULES) {
    for (const [option, from] of Object.entries(rule.follows ?? {})) {
      if (overrides.get(rule.meta.id)?.options[option] !== undefined) continue;
      const source = out[from.rule];
      const to = out[rule.meta.id];
      if (source && to) to.options = { ...to.options, [option]: source.options[from.option] };
    }
  }
  for (const s of Object.values(out)) s.options = Object.freeze(s.options);
  return out;
}

/**
 * The built-in configuration: every rule on, the charter's defaults.
 *
 * @example defaultConfig().rules['call.answer-rate'].options.target // => 0.95
 */
export function defaultConfig(): Config {
  return {
    file: null,
    workingHours: null,
    granularity: null,
    rules: applyRules(new Map(), null, {
      immediateHours: IMMEDIATE_HOURS,
      pauseCounting: DEFAULT_PAUSE_COUNTING,
      transferClock: DEFAULT_TRANSFER_CLOCK,
    }),
    standardDays: null,
    columns: null,
    holidays: null,
    immediateHours: IMMEDIATE_HOURS,
    pauseCounting: DEFAULT_PAUSE_COUNTING,
    transferClock: DEFAULT_TRANSFER_CLOCK,
  };
}

/**
 * Every rule with the config applied, in id order: what the engine runs.
 *
 * @example resolveRuleOptions(defaultConfig())[0].rule.meta.id // => 'call.answer-rate'
 */
export function resolveRuleOptions(config: Config = defaultConfig()): ResolvedRuleSetting[] {
  return RULES.map((rule) => {
    const s = config.rules[rule.meta.id] ?? { enabled: true, severity: rule.meta.severity, options: rule.defaults };
    return { rule, enabled: s.enabled, severity: s.severity, options: s.options };
  });
}
