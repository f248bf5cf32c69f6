/**
 * The checks of the config file's values: each one returns the value it accepts or throws an
 * {@link InputError} with code `INVALID_CONFIG` and one line naming the file, the JSON path, what
 * was found and what is accepted.
 */
import { inputError } from '../messages/errors.js';
import type { ConfigExpected, ConfigProblem } from '../model/messages.js';
import { COLUMNS, KINDS, type Kind } from '../model/records.js';
import type { OptionSpec } from '../rules/shared.js';
import { suggest } from './suggest.js';
import { CATEGORIES, CONFIG_ERROR_CODE, type Config } from './types.js';
import { type ValuesMap, configValue, standardDaysKey } from './values.js';

export type Json = unknown;

/** Where a check is: the config file, to name in the message. */
export class Ctx {
  constructor(readonly file: string) {}
  /** Throws the `INVALID_CONFIG` error of `problem` in this file (worded by the catalog). */
  fail(problem: ConfigProblem): never {
    throw configError(this.file, problem);
  }
  /** Throws "`path`: found `v`; expected …". */
  found(path: string, v: Json, expected: ConfigExpected): never {
    return this.fail({ problem: 'found', path, found: configValue(v), expected });
  }
}

/**
 * The `INVALID_CONFIG` error of `problem` in `file`: English in its message, code and data in `said`.
 *
 * @example configError('c.json', { problem: 'not-a-rule', path: 'rules.x', suggestion: null }).code // => 'INVALID_CONFIG'
 */
export function configError(file: string, problem: ConfigProblem) {
  const line = problem.problem === 'json' ? problem.at?.line : undefined;
  return inputError(CONFIG_ERROR_CODE, 'INPUT_CONFIG', { ...problem, file }, file, line);
}

/** The closest of `candidates` to `word`, or null. @example suggestion('calss', ['calls']) // => 'calls' */
export function suggestion(word: string, candidates: readonly string[]): string | null {
  return suggest(word, candidates) ?? null;
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
export function key(base: string, k: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(k) ? `${base}.${k}` : `${base}[${JSON.stringify(k)}]`;
}

export function expectObject(
  ctx: Ctx,
  path: string,
  v: Json,
  of: Extract<ConfigExpected, { what: 'object' }>['of'],
): Record<string, Json> {
  if (!isObject(v)) ctx.found(path, v, { what: 'object', of });
  return v;
}

export function checkNumber(ctx: Ctx, path: string, v: Json, s: Extract<OptionSpec, { type: 'number' }>): number {
  const ok =
    typeof v === 'number' &&
    Number.isFinite(v) &&
    (!s.integer || Number.isInteger(v)) &&
    (s.above === undefined || v > s.above) &&
    (s.min === undefined || v >= s.min) &&
    (s.max === undefined || v <= s.max);
  if (!ok) ctx.found(path, v, { what: 'number', integer: s.integer === true, above: s.above, min: s.min, max: s.max });
  return v as number;
}

/** A standard-days table: keys `type` or `type/category`, values whole working days ≥ 1. */
export function checkTable(ctx: Ctx, path: string, v: Json, values: ValuesMap = {}): Record<string, number> {
  const table = expectObject(ctx, path, v, 'standard-days');
  const out: Record<string, number> = {};
  for (const [k, days] of Object.entries(table)) {
    const p = key(path, k);
    const parts = k.split('/');
    if (k.trim() === '' || parts.length > 2 || parts.some((x) => x.trim() === '')) {
      ctx.fail({ problem: 'not-contract-type', path: p });
    }
    // Korean words name the type and the category too (총액계약/물품 = total/goods).
    const canonical = standardDaysKey(k, values);
    if ('badCategory' in canonical) {
      const c = canonical.badCategory;
      ctx.fail({ problem: 'bad-category', path: p, category: c, accepted: CATEGORIES, suggestion: suggestion(c, CATEGORIES) });
    }
    if (out[canonical.key] !== undefined) ctx.fail({ problem: 'again', path: p, name: canonical.key, what: 'contract-type' });
    out[canonical.key] = checkNumber(ctx, p, days, { type: 'number', min: 1, integer: true, description: '' });
  }
  return out;
}

export function checkOption(ctx: Ctx, path: string, v: Json, spec: OptionSpec): unknown {
  switch (spec.type) {
    case 'number':
      return checkNumber(ctx, path, v, spec);
    case 'enum':
      if (typeof v !== 'string' || !spec.values.includes(v)) {
        ctx.found(path, v, { what: 'one-of', values: spec.values });
      }
      return v;
    case 'list':
      return checkList(ctx, path, v);
    case 'table':
      return checkTable(ctx, path, v);
  }
}

/** A list of names: an array of non-empty strings, trimmed, each once. */
function checkList(ctx: Ctx, path: string, v: Json): string[] {
  if (!Array.isArray(v)) ctx.found(path, v, { what: 'names' });
  const out: string[] = [];
  v.forEach((x: Json, i: number) => {
    const p = `${path}[${i}]`;
    if (typeof x !== 'string' || x.trim() === '') ctx.found(p, x, { what: 'name' });
    if (out.includes(x.trim())) ctx.fail({ problem: 'again', path: p, name: x.trim(), what: 'list-name' });
    out.push(x.trim());
  });
  return out;
}

const HOURS_RE = /^([01]\d|2[0-4]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$/;

export function checkWorkingHours(ctx: Ctx, v: Json): string[] {
  const expected = { what: 'working-hours' } as const;
  if (!Array.isArray(v) || v.length === 0) ctx.found('workingHours', v, expected);
  let lastEnd = -1;
  return v.map((x: Json, i: number) => {
    const p = `workingHours[${i}]`;
    const m = typeof x === 'string' ? HOURS_RE.exec(x) : null;
    if (!m) ctx.found(p, x, expected);
    const from = Number(m[1]) * 60 + Number(m[2]);
    const to = Number(m[3]) * 60 + Number(m[4]);
    if (to > 24 * 60 || from >= to || from < lastEnd) ctx.found(p, x, expected);
    lastEnd = to;
    return x as string;
  });
}

function checkColumnMap(ctx: Ctx, path: string, v: Json, valid: ReadonlySet<string>, kind: Kind | null): Record<string, string> {
  const map = expectObject(ctx, path, v, 'column-map');
  const out: Record<string, string> = {};
  const list = [...valid];
  for (const [header, to] of Object.entries(map)) {
    const p = key(path, header);
    if (header.trim() === '') ctx.fail({ problem: 'empty', path: p, what: 'header' });
    if (typeof to !== 'string' || !valid.has(to)) {
      ctx.found(p, to, { what: 'column', kind, suggestion: typeof to === 'string' ? suggestion(to, list) : null });
    }
    out[header] = to;
  }
  return out;
}

export function checkColumns(ctx: Ctx, v: Json): NonNullable<Config['columns']> {
  const o = expectObject(ctx, 'columns', v, 'columns');
  const values = Object.values(o);
  const perKind = values.length > 0 && values.some(isObject);
  if (!perKind) {
    const all = new Set<string>(KINDS.flatMap((k) => COLUMNS[k] as readonly string[]));
    return { '*': checkColumnMap(ctx, 'columns', o, all, null) };
  }
  const out: Partial<Record<Kind | '*', Record<string, string>>> = {};
  for (const [k, table] of Object.entries(o)) {
    const p = key('columns', k);
    if (!(KINDS as readonly string[]).includes(k)) {
      ctx.fail({ problem: 'not-a-kind', path: p, in: 'columns', suggestion: suggestion(k, KINDS), accepted: KINDS });
    }
    const kind = k as Kind;
    out[kind] = checkColumnMap(ctx, p, table, new Set<string>(COLUMNS[kind]), kind);
  }
  return out;
}
