/**
 * The checks of the config file's values: each one returns the value it accepts or throws an
 * {@link InputError} with code `INVALID_CONFIG` and one line naming the file, the JSON path, what
 * was found and what is accepted.
 */
import { InputError } from '../model/input.js';
import { COLUMNS, KINDS, type Kind } from '../model/records.js';
import type { OptionSpec } from '../rules/shared.js';
import { didYouMean } from './suggest.js';
import { CATEGORIES, CONFIG_ERROR_CODE, type Config } from './types.js';
import { type ValuesMap, standardDaysKey } from './values.js';

export type Json = unknown;

/** Where a check is: the config file, to name in the message. */
export class Ctx {
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
export function key(base: string, k: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(k) ? `${base}.${k}` : `${base}[${JSON.stringify(k)}]`;
}

export function expectObject(ctx: Ctx, path: string, v: Json, what: string): Record<string, Json> {
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

export function checkNumber(ctx: Ctx, path: string, v: Json, s: Extract<OptionSpec, { type: 'number' }>): number {
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
export function checkTable(ctx: Ctx, path: string, v: Json, values: ValuesMap = {}): Record<string, number> {
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

export function checkOption(ctx: Ctx, path: string, v: Json, spec: OptionSpec): unknown {
  switch (spec.type) {
    case 'number':
      return checkNumber(ctx, path, v, spec);
    case 'enum':
      if (typeof v !== 'string' || !spec.values.includes(v)) {
        ctx.fail(path, `found ${describe(v)}; expected one of ${spec.values.map((x) => JSON.stringify(x)).join(', ')}`);
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
  if (!Array.isArray(v)) ctx.fail(path, `found ${describe(v)}; expected an array of names, e.g. ["서울", "부산"]`);
  const out: string[] = [];
  v.forEach((x: Json, i: number) => {
    const p = `${path}[${i}]`;
    if (typeof x !== 'string' || x.trim() === '') ctx.fail(p, `found ${describe(x)}; expected a non-empty name`);
    if (out.includes(x.trim())) ctx.fail(p, `names "${x.trim()}" again; list each name once`);
    out.push(x.trim());
  });
  return out;
}

const HOURS_RE = /^([01]\d|2[0-4]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$/;

export function checkWorkingHours(ctx: Ctx, v: Json): string[] {
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

export function checkColumns(ctx: Ctx, v: Json): NonNullable<Config['columns']> {
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
