/**
 * The config file (`charter-audit.config.json`), validated and normalised in one pure function
 * (markdownlint's model): aliases resolved, option overrides type-checked and merged over each
 * rule's defaults, `standardDays` handed to the rules that read it (their `configTables`). Every error is an
 * {@link InputError} with code `INVALID_CONFIG` and a one-line message naming the file, the JSON
 * path, what was found and what is accepted.
 */
import type { Granularity } from '../model/rule.js';
import { findRule, ruleNames } from '../rules/index.js';
import { PAUSE_COUNTINGS, type PauseCounting, TRANSFER_CLOCKS, type TransferClock } from '../rules/law.js';
import {
  Ctx,
  checkColumns,
  checkNumber,
  checkOption,
  checkTable,
  checkWorkingHours,
  expectObject,
  key,
  suggestion,
} from './checks.js';
import { resolveNextTo } from './paths.js';
import { type Override, applyRules, checkRuleEntry, defaultConfig } from './rule-settings.js';
import { type Config, GRANULARITIES } from './types.js';
import { checkValues } from './values.js';

export {
  CATEGORIES,
  CONFIG_ERROR_CODE,
  CONFIG_FILE_NAME,
  type Config,
  GRANULARITIES,
  type ResolvedRuleSetting,
  type RuleSetting,
} from './types.js';
export { describe } from './checks.js';
export { resolveNextTo } from './paths.js';
export { defaultConfig, resolveRuleOptions } from './rule-settings.js';

const TOP_KEYS = [
  '$schema',
  'workingHours',
  'granularity',
  'rules',
  'standardDays',
  'columns',
  'holidays',
  'immediateHours',
  'pauseCounting',
  'transferClock',
  'values',
] as const;

/**
 * Validates a parsed config file and applies it to the rule registry.
 *
 * @example normalizeConfig({ rules: { P001: { hours: 2 } } }, 'c.json').rules['payment.four-hours'].options.hours // => 2
 * @example normalizeConfig({ granularty: 'month' }, 'c.json') // throws INVALID_CONFIG: unknown key "granularty"; did you mean "granularity"?
 */
export function normalizeConfig(raw: unknown, file: string): Config {
  const ctx: Ctx = new Ctx(file);
  const top = expectObject(ctx, '', raw, 'top');
  for (const k of Object.keys(top)) {
    if (!(TOP_KEYS as readonly string[]).includes(k)) {
      ctx.fail({
        problem: 'unknown-key',
        path: '',
        key: k,
        suggestion: suggestion(k, TOP_KEYS),
        accepted: TOP_KEYS.filter((x) => x !== '$schema'),
      });
    }
  }
  const config: Config = { ...defaultConfig(), file };

  if (top.workingHours !== undefined) config.workingHours = checkWorkingHours(ctx, top.workingHours);
  if (top.granularity !== undefined) {
    const g = top.granularity;
    if (typeof g !== 'string' || !(GRANULARITIES as readonly string[]).includes(g)) {
      ctx.found('granularity', g, { what: 'granularity' });
    }
    config.granularity = g as Granularity;
  }
  if (top.holidays !== undefined) {
    if (typeof top.holidays !== 'string' || top.holidays.trim() === '') {
      ctx.found('holidays', top.holidays, { what: 'holidays-path' });
    }
    config.holidays = resolveNextTo(file, top.holidays);
  }
  if (top.columns !== undefined) config.columns = checkColumns(ctx, top.columns);
  if (top.immediateHours !== undefined) {
    config.immediateHours = checkNumber(ctx, 'immediateHours', top.immediateHours, {
      type: 'number',
      above: 0,
      max: 24,
      description: '',
    });
  }
  if (top.pauseCounting !== undefined) {
    config.pauseCounting = checkOption(ctx, 'pauseCounting', top.pauseCounting, {
      type: 'enum',
      values: PAUSE_COUNTINGS,
      description: '',
    }) as PauseCounting;
  }
  if (top.transferClock !== undefined) {
    config.transferClock = checkOption(ctx, 'transferClock', top.transferClock, {
      type: 'enum',
      values: TRANSFER_CLOCKS,
      description: '',
    }) as TransferClock;
  }
  if (top.values !== undefined) config.values = checkValues((problem) => ctx.fail(problem), top.values);
  if (top.standardDays !== undefined)
    config.standardDays = checkTable(ctx, 'standardDays', top.standardDays, config.values ?? {});

  const overrides = new Map<string, Override>();
  if (top.rules !== undefined) {
    const rules = expectObject(ctx, 'rules', top.rules, 'rules');
    const seenAs = new Map<string, string>();
    for (const [name, entry] of Object.entries(rules)) {
      const p = key('rules', name);
      const rule = findRule(name);
      if (!rule) ctx.fail({ problem: 'not-a-rule', path: p, suggestion: suggestion(name, ruleNames()) });
      const id = rule.meta.id;
      const prev = seenAs.get(id);
      if (prev !== undefined) ctx.fail({ problem: 'rule-again', path: p, id, first: prev });
      seenAs.set(id, name);
      overrides.set(id, checkRuleEntry(ctx, p, rule, entry));
    }
  }
  config.rules = applyRules(overrides, config.standardDays, config);
  return config;
}
