/**
 * The config's `values` map — an office's own words for the canonical vocabulary, per kind and
 * column — and the vocabulary values the config names elsewhere (the `standardDays` keys), read
 * in Korean or English. Validated against the kind tables with did-you-mean.
 *
 * ```json
 * "values": { "complaints": { "channel": { "국민신문고": "web" } }, "payments": { "payer": { "조달청(본청)": "pps" } } }
 * ```
 */
import { KINDS, type Kind, columnsOf } from '../model/records.js';
import { type Vocabulary, contractType, vocabularyOf } from '../ingest/values.js';
import type { ConfigExpected, ConfigProblem, ConfigValue } from '../model/messages.js';
import { suggest } from './suggest.js';

/** kind → column → word → canonical value. */
export type ValuesMap = Partial<Record<Kind, Record<string, Record<string, string>>>>;

type Fail = (problem: ConfigProblem) => never;

/** `values.complaints["국민신문고"]` style segment, as the rest of the config's messages write it. */
const key = (base: string, k: string) =>
  /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(k) ? `${base}.${k}` : `${base}[${JSON.stringify(k)}]`;

/**
 * A JSON value as the config's messages quote it (`brief`: the short way of the `values` map's messages).
 *
 * @example configValue('4') // => { type: 'string', text: '"4"' }
 */
export function configValue(v: unknown, brief = false): ConfigValue {
  const t = typeof v;
  const type: ConfigValue['type'] =
    v === null
      ? 'null'
      : Array.isArray(v)
        ? 'array'
        : t === 'string' || t === 'number' || t === 'boolean' || t === 'object'
          ? t
          : 'other';
  const text = typeof v === 'string' ? JSON.stringify(v) : type === 'other' ? typeof v : String(v);
  return brief ? { type, text, brief } : { type, text };
}

/** "`path`: found `v`; expected …", the value quoted the short way. */
const found = (path: string, v: unknown, expected: ConfigExpected): ConfigProblem => ({
  problem: 'found',
  path,
  found: configValue(v, true),
  expected,
});

const suggestion = (word: string, candidates: readonly string[]) => suggest(word, candidates) ?? null;

function object(fail: Fail, path: string, v: unknown, of: 'values' | 'values-kind' | 'values-column'): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(found(path, v, { what: 'object', of }));
  return v as Record<string, unknown>;
}

/** The columns of a kind that take value words (vocabularies, and yes/no flags: `true`/`false`). */
export function vocabularyColumns(kind: Kind): string[] {
  return columnsOf(kind)
    .filter((s) => s.type === 'vocabulary' || s.type === 'flag')
    .map((s) => s.column);
}

/**
 * A canonical value named in the config, in English or in any accepted word (`총액계약` → `total`),
 * or undefined.
 *
 * @example canonicalValue(vocabularyOf('payments', 'payer'), '조달청') // => 'pps'
 */
export function canonicalValue(vocabulary: Vocabulary<string>, word: string): string | undefined {
  return vocabulary.parse(word);
}

/**
 * Validates the `values` map: known kinds, vocabulary columns, and canonical values (each may be
 * written as any accepted word). Returns the map with every value canonical.
 */
export function checkValues(fail: Fail, v: unknown): ValuesMap {
  const top = object(fail, 'values', v, 'values');
  const out: ValuesMap = {};
  for (const [kind, columns] of Object.entries(top)) {
    const pk = key('values', kind);
    if (!(KINDS as readonly string[]).includes(kind))
      fail({ problem: 'not-a-kind', path: pk, in: 'values', suggestion: suggestion(kind, KINDS), accepted: KINDS });
    const vocabColumns = vocabularyColumns(kind as Kind);
    const perColumn: Record<string, Record<string, string>> = {};
    for (const [column, words] of Object.entries(object(fail, pk, columns, 'values-kind'))) {
      const pc = key(pk, column);
      if (!vocabColumns.includes(column)) {
        fail({
          problem: 'not-a-value-column',
          path: pc,
          kind,
          suggestion: suggestion(column, vocabColumns),
          accepted: vocabColumns,
        });
      }
      const vocabulary = vocabularyOf(kind as Kind, column);
      const canon = Object.keys(vocabulary.table);
      const table: Record<string, string> = {};
      for (const [word, value] of Object.entries(object(fail, pc, words, 'values-column'))) {
        const pw = key(pc, word);
        if (word.trim() === '') fail({ problem: 'empty', path: pw, what: 'word' });
        const canonical = typeof value === 'string' ? canonicalValue(vocabulary, value) : undefined;
        if (canonical === undefined) {
          const hint = typeof value === 'string' ? suggestion(value, canon) : null;
          fail(found(pw, value, { what: 'value-word', column, accepted: vocabulary.accepted, suggestion: hint }));
        }
        table[word] = canonical;
      }
      perColumn[column] = table;
    }
    out[kind as Kind] = perColumn;
  }
  return out;
}

/**
 * A `standardDays` key with its contract type and category canonical: `총액계약` → `total`,
 * `총액계약/물품` → `total/goods`, an office's own word through the `values` map; a type the
 * vocabulary does not know is kept as the reader keeps it (normalised text). Undefined for an
 * unknown category.
 *
 * @example standardDaysKey('총액계약/시설공사', {}) // => 'total/construction'
 * @example standardDaysKey('제3자단가계약', {}) // => '제3자단가계약'
 */
export function standardDaysKey(k: string, values: ValuesMap): { key: string } | { badCategory: string; accepted: string[] } {
  const [type, category] = k.split('/') as [string, string | undefined];
  const types = vocabularyOf('contracts', 'contract_type').with(values.contracts?.contract_type);
  const t = contractType(type, types);
  if (category === undefined) return { key: t };
  const categories = vocabularyOf('contracts', 'category').with(values.contracts?.category);
  const c = categories.parse(category);
  if (c === undefined) return { badCategory: category, accepted: Object.keys(categories.table) };
  return { key: `${t}/${c}` };
}
