/**
 * The config file (`charter-audit.config.json`), validated and normalised in one pure function
 * (markdownlint's model): aliases resolved, option overrides type-checked and merged over each
 * rule's defaults, `standardDays` handed to the rules that read it (their `configTables`). Every error is an
 * {@link InputError} with code `INVALID_CONFIG` and a one-line message naming the file, the JSON
 * path, what was found and what is accepted.
 */
import { InputError } from '../model/input.js';
import { COLUMNS, KINDS, type Kind } from '../model/records.js';
import type { Granularity, Rule, Severity } from '../model/rule.js';
import { RULES, findRule, ruleNames } from '../rules/index.js';
import type { GlobalOption, OptionSpec, RuleDefinition } from '../rules/shared.js';
import {
  DEFAULT_PAUSE_COUNTING,
  DEFAULT_TRANSFER_CLOCK,
  IMMEDIATE_HOURS,
  PAUSE_COUNTINGS,
  type PauseCounting,
  TRANSFER_CLOCKS,
  type TransferClock,
} from '../rules/law.js';
import { didYouMean } from './suggest.js';
import { type ValuesMap, checkValues, standardDaysKey } from './values.js';

export const CONFIG_ERROR_CODE = 'INVALID_CONFIG';
/** The file looked for in the working directory when `--config` is not given. */
export const CONFIG_FILE_NAME = 'charter-audit.config.json';

export const GRANULARITIES: readonly Granularity[] = ['month', 'quarter', 'day'];
export const CATEGORIES = ['goods', 'construction', 'electrical', 'telecom', 'service'] as const;
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

/** One rule as the config leaves it. */
export interface RuleSetting {
  enabled: boolean;
  severity: Severity;
  /** The rule's defaults with the config's overrides merged over them. */
  options: Readonly<Record<string, unknown>>;
}

/** A validated config. `null` = not set (the built-in default applies). */
export interface Config {
  /** The config file, or null for the built-in defaults. */
  file: string | null;
  /** Working intervals `HH:MM-HH:MM` for the calendar. */
  workingHours: readonly string[] | null;
  granularity: Granularity | null;
  /** Every rule, by id. */
  rules: Readonly<Record<string, RuleSetting>>;
  /** Contract type (or `type/category`) → standard administrative days. */
  standardDays: Readonly<Record<string, number>> | null;
  /** Header renames for the readers (`ReadOptions.columns`): per kind, or `*` for every kind. */
  columns: Readonly<Partial<Record<Kind | '*', Readonly<Record<string, string>>>>> | null;
  /** An office's own value words (`ReadOptions.values`): kind → column → word → canonical value. */
  values?: Readonly<Partial<Record<Kind, Readonly<Record<string, Readonly<Record<string, string>>>>>>> | null;
  /** The holidays file, resolved against the config file's folder. */
  holidays: string | null;
  /** 즉시 in working hours (default 3, the decree's reading): every "immediately" option follows it. */
  immediateHours: number;
  /** How supplement pauses are counted by every complaint deadline rule. */
  pauseCounting: PauseCounting;
  /** Where a transferred complaint's clock starts, for every complaint deadline rule. */
  transferClock: TransferClock;
}

/** A rule with the config applied, in the shape the engine takes (`ResolvedRule`). */
export interface ResolvedRuleSetting extends RuleSetting {
  rule: Rule;
}

type Json = unknown;

class Ctx {
  constructor(readonly file: string) {}
  fail(path: string, problem: string): never {
    const where = path ? ` ${path}${problem.startsWith('found') ? ':' : ''}` : '';
    throw new InputError(CONFIG_ERROR_CODE, `${this.file}:${where} ${problem}`, this.file);
  }
}

/**
 * A short description of a JSON value for messages.
 *
 * @example describe('4') // => '"4" (a string)'
 * @example describe([1]) // => 'an array'
 */
export function describe(v: Json): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  switch (typeof v) {
    case 'string':
      return `${JSON.stringify(v)} (a string)`;
    case 'number':
      return `${v} (a number)`;
    case 'boolean':
      return `${v} (a boolean)`;
    case 'object':
      return 'an object';
    default:
      return typeof v;
  }
}

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `rules["payment.four-hours"]` style segment. @example key('rules', 'a.b') // => 'rules["a.b"]' */
function key(base: string, k: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(k) ? `${base}.${k}` : `${base}[${JSON.stringify(k)}]`;
}

function expectObject(ctx: Ctx, path: string, v: Json, what: string): Record<string, Json> {
  if (!isObject(v)) ctx.fail(path, `found ${describe(v)}; expected ${what}`);
  return v;
}

/** What a number spec accepts, in words. */
function numberWords(s: Extract<OptionSpec, { type: 'number' }>): string {
  const parts: string[] = [s.integer ? 'a whole number' : 'a number'];
  if (s.above !== undefined) parts.push(`greater than ${s.above}`);
  if (s.min !== undefined && s.max !== undefined) parts.push(`from ${s.min} to ${s.max}`);
  else if (s.min !== undefined) parts.push(`of at least ${s.min}`);
  else if (s.max !== undefined) parts.push(`of at most ${s.max}`);
  return parts.join(' ');
}

function checkNumber(ctx: Ctx, path: string, v: Json, s: Extract<OptionSpec, { type: 'number' }>): number {
  const ok =
    typeof v === 'number' &&
    Number.isFinite(v) &&
    (!s.integer || Number.isInteger(v)) &&
    (s.above === undefined || v > s.above) &&
    (s.min === undefined || v >= s.min) &&
    (s.max === undefined || v <= s.max);
  if (!ok) ctx.fail(path, `found ${describe(v)}; expected ${numberWords(s)}`);
  return v as number;
}

/** A standard-days table: keys `type` or `type/category`, values whole working days ≥ 1. */
function checkTable(ctx: Ctx, path: string, v: Json, values: ValuesMap = {}): Record<string, number> {
  const table = expectObject(ctx, path, v, 'an object mapping a contract type (or "type/category") to working days');
  const out: Record<string, number> = {};
  for (const [k, days] of Object.entries(table)) {
    const p = key(path, k);
    const parts = k.split('/');
    if (k.trim() === '' || parts.length > 2 || parts.some((x) => x.trim() === '')) {
      ctx.fail(p, `is not a contract type; expected "type" or "type/category", e.g. "total" or "total/construction"`);
    }
    // Korean words name the type and the category too (총액계약/물품 = total/goods).
    const canonical = standardDaysKey(k, values);
    if ('badCategory' in canonical) {
      const c = canonical.badCategory;
      ctx.fail(
        p,
        `has category "${c}"; expected one of ${CATEGORIES.join(', ')} (or 물품, 시설공사, 전기공사, 통신공사, 용역)${didYouMean(c, CATEGORIES)}`,
      );
    }
    if (out[canonical.key] !== undefined) ctx.fail(p, `names ${canonical.key} again; set each contract type once`);
    out[canonical.key] = checkNumber(ctx, p, days, { type: 'number', min: 1, integer: true, description: '' });
  }
  return out;
}

function checkOption(ctx: Ctx, path: string, v: Json, spec: OptionSpec): unknown {
  switch (spec.type) {
    case 'number':
      return checkNumber(ctx, path, v, spec);
    case 'enum':
      if (typeof v !== 'string' || !spec.values.includes(v)) {
        ctx.fail(path, `found ${describe(v)}; expected one of ${spec.values.map((x) => JSON.stringify(x)).join(', ')}`);
      }
      return v;
    case 'table':
      return checkTable(ctx, path, v);
  }
}

const SEVERITIES: readonly string[] = ['error', 'warning'];

interface Override {
  enabled: boolean;
  severity?: Severity;
  options: Record<string, unknown>;
}

function checkRuleEntry(ctx: Ctx, path: string, rule: RuleDefinition, v: Json): Override {
  if (typeof v === 'string') {
    if (v === 'off') return { enabled: false, options: {} };
    if (v === 'on') return { enabled: true, options: {} };
    if (SEVERITIES.includes(v)) return { enabled: true, severity: v as Severity, options: {} };
    ctx.fail(path, `found ${describe(v)}; expected "off", "on", "error", "warning" or an object of options`);
  }
  const o = expectObject(ctx, path, v, '"off", "on", "error", "warning" or an object of options');
  const out: Override = { enabled: true, options: {} };
  const accepted = ['severity', 'enabled', ...Object.keys(rule.optionSpecs)];
  for (const [k, value] of Object.entries(o)) {
    const p = key(path, k);
    if (k === 'severity') {
      if (typeof value !== 'string' || !SEVERITIES.includes(value))
        ctx.fail(p, `found ${describe(value)}; expected "error" or "warning"`);
      out.severity = value as Severity;
    } else if (k === 'enabled') {
      if (typeof value !== 'boolean') ctx.fail(p, `found ${describe(value)}; expected true or false`);
      out.enabled = value;
    } else {
      const spec = rule.optionSpecs[k];
      if (!spec) {
        ctx.fail(p, `is not an option of ${rule.meta.id}${didYouMean(k, accepted)}; accepted: ${accepted.join(', ')}`);
      }
      if (spec.type === 'table') ctx.fail(p, `is set with the top-level "standardDays", not inside rules`);
      out.options[k] = checkOption(ctx, p, value, spec);
    }
  }
  return out;
}

const HOURS_RE = /^([01]\d|2[0-4]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$/;

function checkWorkingHours(ctx: Ctx, v: Json): string[] {
  const expected =
    'a non-empty array of "HH:MM-HH:MM" intervals, ascending and not overlapping, e.g. ["09:00-12:00", "13:00-18:00"]';
  if (!Array.isArray(v) || v.length === 0) ctx.fail('workingHours', `found ${describe(v)}; expected ${expected}`);
  let lastEnd = -1;
  return v.map((x: Json, i: number) => {
    const p = `workingHours[${i}]`;
    const m = typeof x === 'string' ? HOURS_RE.exec(x) : null;
    if (!m) ctx.fail(p, `found ${describe(x)}; expected ${expected}`);
    const from = Number(m[1]) * 60 + Number(m[2]);
    const to = Number(m[3]) * 60 + Number(m[4]);
    if (to > 24 * 60 || from >= to || from < lastEnd) ctx.fail(p, `found ${describe(x)}; expected ${expected}`);
    lastEnd = to;
    return x as string;
  });
}

function checkColumnMap(ctx: Ctx, path: string, v: Json, valid: ReadonlySet<string>, kindWords: string): Record<string, string> {
  const map = expectObject(ctx, path, v, 'an object mapping a header to a canonical column');
  const out: Record<string, string> = {};
  const list = [...valid];
  for (const [header, to] of Object.entries(map)) {
    const p = key(path, header);
    if (header.trim() === '') ctx.fail(p, 'is an empty header');
    if (typeof to !== 'string' || !valid.has(to)) {
      const hint = typeof to === 'string' ? didYouMean(to, list) : '';
      ctx.fail(p, `found ${describe(to)}; expected a canonical ${kindWords ? `${kindWords} ` : ''}column${hint}`);
    }
    out[header] = to;
  }
  return out;
}

function checkColumns(ctx: Ctx, v: Json): NonNullable<Config['columns']> {
  const o = expectObject(ctx, 'columns', v, 'an object: { header: column } or { kind: { header: column } }');
  const values = Object.values(o);
  const perKind = values.length > 0 && values.some(isObject);
  if (!perKind) {
    const all = new Set<string>(KINDS.flatMap((k) => COLUMNS[k] as readonly string[]));
    return { '*': checkColumnMap(ctx, 'columns', o, all, '') };
  }
  const out: Partial<Record<Kind | '*', Record<string, string>>> = {};
  for (const [k, table] of Object.entries(o)) {
    const p = key('columns', k);
    if (!(KINDS as readonly string[]).includes(k)) {
      ctx.fail(p, `is not a kind${didYouMean(k, KINDS)}; expected ${KINDS.join(', ')} (or a flat { header: column } map)`);
    }
    const kind = k as Kind;
    out[kind] = checkColumnMap(ctx, p, table, new Set<string>(COLUMNS[kind]), `${kind}`);
  }
  return out;
}

/** The posix-or-windows folder of a path, pure. @example dirOf('/a/b/c.json') // => '/a/b' */
function dirOf(file: string): string {
  const i = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return i < 0 ? '.' : i === 0 ? file.slice(0, 1) : file.slice(0, i);
}

/**
 * A path from the config resolved against the config file's folder (absolute paths unchanged).
 *
 * @example resolveNextTo('/etc/ca/charter-audit.config.json', 'holidays.csv') // => '/etc/ca/holidays.csv'
 */
export function resolveNextTo(configFile: string, p: string): string {
  if (p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\')) return p;
  const dir = dirOf(configFile);
  const rel = p.startsWith('./') ? p.slice(2) : p;
  return dir === '.' ? rel : `${dir.endsWith('/') ? dir.slice(0, -1) : dir}/${rel}`;
}

/** The top-level values that options marked `follows` take (see {@link GlobalOption}). */
type Globals = Pick<Config, GlobalOption>;

/**
 * Validates a parsed config file and applies it to the rule registry.
 *
 * @example normalizeConfig({ rules: { P001: { hours: 2 } } }, 'c.json').rules['payment.four-hours'].options.hours // => 2
 * @example normalizeConfig({ granularty: 'month' }, 'c.json') // throws INVALID_CONFIG: unknown key "granularty"; did you mean "granularity"?
 */
export function normalizeConfig(raw: unknown, file: string): Config {
  const ctx: Ctx = new Ctx(file);
  const top = expectObject(ctx, '', raw, 'a JSON object at the top level');
  for (const k of Object.keys(top)) {
    if (!(TOP_KEYS as readonly string[]).includes(k)) {
      ctx.fail(
        '',
        `unknown key "${k}"${didYouMean(k, TOP_KEYS)}; accepted: ${TOP_KEYS.filter((x) => x !== '$schema').join(', ')}`,
      );
    }
  }
  const config: Config = { ...defaultConfig(), file };

  if (top.workingHours !== undefined) config.workingHours = checkWorkingHours(ctx, top.workingHours);
  if (top.granularity !== undefined) {
    const g = top.granularity;
    if (typeof g !== 'string' || !(GRANULARITIES as readonly string[]).includes(g)) {
      ctx.fail('granularity', `found ${describe(g)}; expected "month", "quarter" or "day"`);
    }
    config.granularity = g as Granularity;
  }
  if (top.holidays !== undefined) {
    if (typeof top.holidays !== 'string' || top.holidays.trim() === '') {
      ctx.fail(
        'holidays',
        `found ${describe(top.holidays)}; expected a path to a holidays file (CSV or JSON), relative to the config file`,
      );
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
  if (top.values !== undefined) config.values = checkValues((p, problem) => ctx.fail(p, problem), top.values);
  if (top.standardDays !== undefined)
    config.standardDays = checkTable(ctx, 'standardDays', top.standardDays, config.values ?? {});

  const overrides = new Map<string, Override>();
  if (top.rules !== undefined) {
    const rules = expectObject(ctx, 'rules', top.rules, 'an object mapping a rule id or alias to "off" or its options');
    const seenAs = new Map<string, string>();
    for (const [name, entry] of Object.entries(rules)) {
      const p = key('rules', name);
      const rule = findRule(name);
      if (!rule) ctx.fail(p, `is not a rule${didYouMean(name, ruleNames())}; run "charter-audit rules" for the list`);
      const id = rule.meta.id;
      const prev = seenAs.get(id);
      if (prev !== undefined) ctx.fail(p, `sets ${id} again (already set as "${prev}"); set each rule once`);
      seenAs.set(id, name);
      overrides.set(id, checkRuleEntry(ctx, p, rule, entry));
    }
  }
  config.rules = applyRules(overrides, config.standardDays, config);
  return config;
}

function applyRules(
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
