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
import { type AnyColumn, COLUMNS, KINDS, type Kind, REQUIRED_COLUMN } from '../model/records.js';
import { type ColumnMapping, InputError, type ReadOptions } from '../model/input.js';
import { normalizeKey, withoutAnnotation } from './text.js';

/** Korean aliases per kind and column: SPEC §2, plus a few unambiguous ones (marked). */
export const ALIASES: { readonly [K in Kind]: Readonly<Partial<Record<(typeof COLUMNS)[K][number], readonly string[]>>> } = {
  complaints: {
    id: ['민원번호', '접수번호'],
    channel: ['접수경로', '채널', '접수채널'],
    type: ['민원유형', '유형'],
    received_at: ['접수일시', '접수일자'],
    answered_at: ['처리일시', '회신일시', '답변일시'],
    department: ['처리부서', '부서', '담당부서'],
    delay_notified_at: ['지연안내일시'],
    supplement_requested_at: ['보완요구일시'],
    supplement_received_at: ['보완접수일시'],
    processing_days: ['처리기간'],
    reply_has_contact: ['담당자연락처기재'],
    surveyed_at: ['만족도조사일시'],
  },
  payments: {
    id: ['청구번호'],
    claimed_at: ['청구일시', '청구일자'],
    paid_at: ['지급일시'],
    amount: ['청구금액', '금액'],
    supplier_id: ['사업자등록번호', '업체번호'],
    payer: ['지급주체'],
    hold_reason: ['보류사유'],
    hold_notified_at: ['사유안내일시'],
    department: ['부서', '지방청'],
  },
  contracts: {
    id: ['계약번호'],
    contract_type: ['계약유형'],
    category: ['구분', '분야'],
    requested_at: ['조달요청접수일시', '요청접수일시'],
    delivery_requested_at: ['납품요구일시'],
    concluded_at: ['계약체결일시', '계약일시'],
    amount: ['계약금액'],
    agency_id: ['수요기관코드', '수요기관'],
    supplier_id: ['사업자등록번호', '업체번호'],
    happy_call_at: ['해피콜일시'],
    department: ['부서'],
  },
  calls: {
    id: ['콜번호', '상담번호'],
    arrived_at: ['인입일시', '수신일시'],
    answered_at: ['응답일시'],
    wait_seconds: ['대기시간'],
    rings: ['벨횟수'],
    queue: ['큐', '구분'],
    direction: ['방향'],
    purpose: ['목적'],
    party_id: ['고객번호', '기관코드', '사업자등록번호'],
    contract_id: ['계약번호'],
    wait_announced: ['대기안내'],
    topic: ['상담분야'],
    agent_id: ['상담사'],
  },
};

/** Annotations in parentheses that change a column's unit: never dropped to force a match. */
const UNIT_NOTES = new Set(['분', 'min', 'mins', 'minute', 'minutes', '시간', 'h', 'hr', 'hour', 'hours', 'ms', '밀리초']);

/** Columns present in more than one kind or too generic to tell kinds apart. */
const SHARED = new Set<string>(['id', 'department', 'amount', 'supplier_id', 'answered_at']);

type Lookup = Map<string, { column: AnyColumn; via: 'canonical' | 'alias' }>;

function buildLookup(kind: Kind): Lookup {
  const map: Lookup = new Map();
  for (const c of COLUMNS[kind]) map.set(normalizeKey(c), { column: c, via: 'canonical' });
  const aliases = ALIASES[kind] as Record<string, readonly string[] | undefined>;
  for (const c of COLUMNS[kind]) {
    for (const a of aliases[c] ?? []) {
      const key = normalizeKey(a);
      if (!map.has(key)) map.set(key, { column: c as AnyColumn, via: 'alias' });
    }
  }
  return map;
}

const LOOKUPS: Record<Kind, Lookup> = {
  complaints: buildLookup('complaints'),
  payments: buildLookup('payments'),
  contracts: buildLookup('contracts'),
  calls: buildLookup('calls'),
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
          throw new InputError(
            'CONFIG_COLUMN',
            `${file}: the config's columns.${scope} maps "${from}" to "${to}", which is not a ${kind} column (${COLUMNS[kind].join(', ')})`,
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
  headers.forEach((raw, index) => {
    const header = raw.replace(/^\uFEFF/, '').trim();
    const key = normalizeKey(header);
    let column: AnyColumn | null = null;
    let via: ColumnMapping['via'] = 'ignored';
    const fromConfig = config.get(key);
    if (fromConfig) {
      column = fromConfig;
      via = 'config';
    } else if (key !== '') {
      let hit = lookup.get(key);
      if (!hit) {
        const stripped = withoutAnnotation(header);
        if (stripped && !UNIT_NOTES.has(stripped.note.toLowerCase())) {
          const k2 = normalizeKey(stripped.base);
          hit = lookup.get(k2);
          const c2 = config.get(k2);
          if (c2) {
            column = c2;
            via = 'config';
          }
        }
      }
      if (hit && column === null) {
        column = hit.column;
        via = hit.via;
      }
    }
    if (column !== null && columns.has(column)) {
      duplicates.push({ index, header, column });
      column = null;
      via = 'ignored';
    }
    if (column !== null) columns.add(column);
    mapping.push({ index, header, column, via });
  });
  return { kind, mapping, columns, duplicates };
}

function describeRequired(kind: Kind): string {
  const col = REQUIRED_COLUMN[kind];
  const aliases = (ALIASES[kind] as Record<string, readonly string[] | undefined>)[col] ?? [];
  return `${col} (${aliases.join(', ')})`;
}

/**
 * Maps the header and tells the kind: the kinds whose required column is present are the
 * candidates; among several, the one with the most distinctive columns wins; a tie is an error.
 * With `options.kind`, that kind is used and its required column must be present.
 *
 * @example detectKind(['민원번호', '접수일시'], {}, 'c.csv').kind // => 'complaints'
 */
export function detectKind(headers: readonly string[], options: ReadOptions, file: string): HeaderMapping {
  const shown = headers.map((h) => h.replace(/^\uFEFF/, '').trim()).join(', ');
  if (options.kind) {
    const m = mapHeader(headers, options.kind, options, file);
    if (!m.columns.has(REQUIRED_COLUMN[options.kind])) {
      throw new InputError(
        'MISSING_COLUMN',
        `${file}: a ${options.kind} file needs the column ${describeRequired(options.kind)}, but the header has: ${shown}; ` +
          `rename the column or map it in the config's "columns"`,
        file,
      );
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
  const needs = KINDS.map((k) => `${k} need ${describeRequired(k)}`).join('; ');
  if (candidates.length === 0) {
    throw new InputError(
      'UNKNOWN_KIND',
      `${file}: cannot tell the kind of file from its header (${shown}): ${needs}; rename the column, map it in the config's "columns", or pass --kind`,
      file,
    );
  }
  candidates.sort((a, b) => b.score - a.score);
  const [first, second] = candidates;
  if (second && second.score === first!.score) {
    throw new InputError(
      'AMBIGUOUS_KIND',
      `${file}: the header fits both ${first!.m.kind} and ${second.m.kind} (${shown}); pass --kind (${needs})`,
      file,
    );
  }
  return first!.m;
}
