/**
 * Header → canonical column mapping and kind detection (SPEC §2).
 *
 * A header cell matches a column by its canonical English name or one of its Korean aliases,
 * ignoring case, spaces, `_`, `-`, parentheses and a BOM ({@link normalizeKey}). When the whole
 * cell does not match, a parenthesised annotation is dropped and the rest tried again
 * (`청구금액(원)`, `대기시간(초)`), except annotations that name another unit of time
 * (`대기시간(분)` would be minutes, so it is not taken for seconds).
 * `ReadOptions.columns` (the config file's `columns` map) is consulted first and renames anything.
 */
import { type AnyColumn, COLUMNS, KINDS, type Kind, REQUIRED_COLUMN, columnsOf } from '../model/records.js';
import { type ColumnMapping, type InputError, type ReadOptions } from '../model/input.js';
import { normalizeKey, withoutAnnotation } from './text.js';
import { inputError } from '../messages/errors.js';
import type { RequiredColumn } from '../model/messages.js';

/**
 * Korean (and other) headers per kind and column, derived from the kind tables: the Korean label
 * first, then the further aliases. Date/time halves are listed under their own names.
 */
export const ALIASES: { readonly [K in Kind]: Readonly<Record<string, readonly string[]>> } = {
  complaints: aliasesOf('complaints'),
  payments: aliasesOf('payments'),
  contracts: aliasesOf('contracts'),
  calls: aliasesOf('calls'),
  activities: aliasesOf('activities'),
};

function aliasesOf(kind: Kind): Record<string, readonly string[]> {
  return Object.fromEntries(columnsOf(kind).map((s) => [s.column, [s.ko, ...s.aliases]]));
}

/** Annotations in parentheses that change a column's unit: never dropped to force a match. */
const UNIT_NOTES = new Set(['분', 'min', 'mins', 'minute', 'minutes', '시간', 'h', 'hr', 'hour', 'hours', 'ms', '밀리초']);

/** Columns present in more than one kind or too generic to tell kinds apart. */
const SHARED = new Set<string>(['id', 'department', 'amount', 'supplier_id', 'answered_at']);

interface Hit {
  column: AnyColumn;
  via: 'canonical' | 'alias';
  part?: 'date' | 'time';
}
type Lookup = Map<string, Hit>;

function buildLookup(kind: Kind): Lookup {
  const map: Lookup = new Map();
  const table = columnsOf(kind);
  const hit = (s: (typeof table)[number], via: Hit['via']): Hit =>
    s.of === undefined
      ? { column: s.column as AnyColumn, via }
      : { column: s.of as AnyColumn, via, part: s.type === 'date' ? 'date' : 'time' };
  for (const s of table) if (s.of === undefined) map.set(normalizeKey(s.column), hit(s, 'canonical'));
  for (const s of table) {
    if (s.of !== undefined && !map.has(normalizeKey(s.column))) map.set(normalizeKey(s.column), hit(s, 'canonical'));
    for (const a of [s.ko, ...s.aliases]) {
      const key = normalizeKey(a);
      if (!map.has(key)) map.set(key, hit(s, 'alias'));
    }
  }
  return map;
}

const LOOKUPS: Record<Kind, Lookup> = {
  complaints: buildLookup('complaints'),
  payments: buildLookup('payments'),
  contracts: buildLookup('contracts'),
  calls: buildLookup('calls'),
  activities: buildLookup('activities'),
};

/** Config renames for one kind: normalised header → canonical column (per-kind entries win over `*`). */
function configFor(kind: Kind, options: ReadOptions, file: string): Map<string, AnyColumn> {
  const out = new Map<string, AnyColumn>();
  const valid = new Set<string>(COLUMNS[kind]);
  const add = (table: Readonly<Record<string, string>> | undefined, strict: boolean, scope: string) => {
    if (!table) return;
    for (const [from, to] of Object.entries(table)) {
      if (!valid.has(to)) {
        if (strict) {
          throw inputError(
            'CONFIG_COLUMN',
            'INPUT_READ',
            { file, problem: 'config-column', scope, from, to, kind, columns: COLUMNS[kind] },
            file,
          );
        }
        continue;
      }
      out.set(normalizeKey(from), to as AnyColumn);
    }
  };
  add(options.columns?.['*'], false, '*');
  add(options.columns?.[kind], true, kind);
  return out;
}

/** The result of mapping a header for one kind. */
export interface HeaderMapping {
  kind: Kind;
  mapping: ColumnMapping[];
  columns: Set<AnyColumn>;
  /** Header cells that named a column already taken by an earlier cell (kept first, these ignored). */
  duplicates: { index: number; header: string; column: AnyColumn }[];
}

/**
 * Maps each header cell to a canonical column of `kind`.
 *
 * @example mapHeader(['청구번호', '청구일시', '비고'], 'payments', {}, 'p.csv').mapping.map((m) => m.column)
 * // => ['id', 'claimed_at', null]
 */
export function mapHeader(headers: readonly string[], kind: Kind, options: ReadOptions, file: string): HeaderMapping {
  const lookup = LOOKUPS[kind];
  const config = configFor(kind, options, file);
  const mapping: ColumnMapping[] = [];
  const columns = new Set<AnyColumn>();
  const duplicates: HeaderMapping['duplicates'] = [];
  const halves = new Map<AnyColumn, { date?: ColumnMapping; time?: ColumnMapping }>();
  headers.forEach((raw, index) => {
    const header = raw.replace(/^\uFEFF/, '').trim();
    const key = normalizeKey(header);
    let hit: Hit | undefined;
    let via: ColumnMapping['via'] = 'ignored';
    const fromConfig = config.get(key);
    if (fromConfig) {
      hit = { column: fromConfig, via: 'canonical' };
      via = 'config';
    } else if (key !== '') {
      hit = lookup.get(key);
      if (!hit) {
        const stripped = withoutAnnotation(header);
        if (stripped && !UNIT_NOTES.has(stripped.note.toLowerCase())) {
          const k2 = normalizeKey(stripped.base);
          const c2 = config.get(k2);
          if (c2) {
            hit = { column: c2, via: 'canonical' };
            via = 'config';
          } else hit = lookup.get(k2);
        }
      }
      if (hit && via !== 'config') via = hit.via;
    }
    const m: ColumnMapping = { index, header, column: null, via: 'ignored' };
    if (hit?.part !== undefined) {
      const h = halves.get(hit.column) ?? {};
      if (h[hit.part] === undefined) {
        h[hit.part] = m;
        halves.set(hit.column, h);
        m.column = hit.column;
        m.via = via;
        m.part = hit.part;
      } else duplicates.push({ index, header, column: hit.column });
    } else if (hit) {
      if (columns.has(hit.column)) duplicates.push({ index, header, column: hit.column });
      else {
        columns.add(hit.column);
        m.column = hit.column;
        m.via = via;
      }
    }
    mapping.push(m);
  });
  // A date half alone is the whole instant (it may hold a time too); a whole column beats halves.
  for (const [column, h] of halves) {
    if (columns.has(column) || h.date === undefined) {
      for (const m of [h.date, h.time]) {
        if (m === undefined) continue;
        m.column = null;
        m.via = 'ignored';
        delete m.part;
      }
      continue;
    }
    columns.add(column);
    if (h.time === undefined) delete h.date.part;
  }
  return { kind, mapping, columns, duplicates };
}

/**
 * The header as shown in a message: cut to 100 characters, so a file read in the wrong encoding
 * gives one short line, not kilobytes of garbled text. Control characters are kept: the CLI shows
 * every message through `messageLine`, which writes them as escapes (`\u001b`), as for any
 * other message.
 */
function clip(shown: string): string {
  return shown.length > 100 ? `${shown.slice(0, 100)}…` : shown;
}

/**
 * Whether a header read with a forced encoding looks misread: a replacement character in it, or
 * one long cell where a delimited header was expected (a CP949 file read as UTF-16 decodes to a
 * single run of unrelated characters).
 *
 * @example looksMisread(['〲㔲㈠킺될뇫쇝뇶⃞니ⰬⰬⰬⰊⰬⰬਬ믃뢱ꏈ쌬놻삸샏Ⳛ믃뢱쎽ꎰ섬뇶']) // => true
 * @example looksMisread(['청구번호', '청구일시']) // => false
 */
export function looksMisread(headers: readonly string[]): boolean {
  if (headers.some((h) => h.includes('\uFFFD'))) return true;
  return headers.length === 1 && headers[0]!.trim().length > 40;
}

/** The one short line for a header that a forced encoding misread, under the code the caller would have thrown. */
function misreadError(code: string, headers: readonly string[], encoding: string, file: string): InputError {
  const shown = clip(headers.join(', ')).slice(0, 30);
  return inputError(code, 'INPUT_HEADER', { problem: 'misread', file, shown, encoding }, file);
}

/** The column `kind` cannot do without, and the headers it is known by. */
function describeRequired(kind: Kind): RequiredColumn {
  const column = REQUIRED_COLUMN[kind];
  const halves = columnsOf(kind).filter((s) => s.of === column);
  return {
    kind,
    column,
    aliases: ALIASES[kind][column]!,
    halves: halves.length === 2 ? [halves[0]!.ko, halves[1]!.ko] : null,
  };
}

/**
 * Maps the header and tells the kind: the kinds whose required column is present are the
 * candidates; among several, the one with the most distinctive columns wins; a tie is an error.
 * With `options.kind`, that kind is used and its required column must be present.
 *
 * @example detectKind(['민원번호', '접수일시'], {}, 'c.csv').kind // => 'complaints'
 */
export function detectKind(headers: readonly string[], options: ReadOptions, file: string): HeaderMapping {
  const shown = clip(headers.map((h) => h.replace(/^\uFEFF/, '').trim()).join(', '));
  const encoding = options.encoding ?? null;
  if (options.kind) {
    const m = mapHeader(headers, options.kind, options, file);
    if (!m.columns.has(REQUIRED_COLUMN[options.kind])) {
      if (options.encoding !== undefined && looksMisread(headers)) {
        throw misreadError('MISSING_COLUMN', headers, options.encoding, file);
      }
      const need = describeRequired(options.kind);
      throw inputError('MISSING_COLUMN', 'INPUT_HEADER', { problem: 'missing-column', file, shown, encoding, need }, file);
    }
    return m;
  }
  const candidates: { m: HeaderMapping; score: number }[] = [];
  for (const kind of KINDS) {
    const m = mapHeader(headers, kind, options, file);
    if (!m.columns.has(REQUIRED_COLUMN[kind])) continue;
    let score = 0;
    for (const c of m.columns) if (!SHARED.has(c)) score++;
    candidates.push({ m, score });
  }
  const needs = KINDS.map(describeRequired);
  if (candidates.length === 0) {
    if (options.encoding !== undefined && looksMisread(headers)) {
      throw misreadError('UNKNOWN_KIND', headers, options.encoding, file);
    }
    throw inputError('UNKNOWN_KIND', 'INPUT_HEADER', { problem: 'unknown-kind', file, shown, encoding, needs }, file);
  }
  candidates.sort((a, b) => b.score - a.score);
  const [first, second] = candidates;
  if (second && second.score === first!.score) {
    const kinds = [first!.m.kind, second.m.kind] as const;
    throw inputError('AMBIGUOUS_KIND', 'INPUT_HEADER', { problem: 'ambiguous-kind', file, shown, encoding, kinds, needs }, file);
  }
  return first!.m;
}
