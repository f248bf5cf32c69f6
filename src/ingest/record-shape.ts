/**
 * The fixed-shape record factory of a kind: `make(values, line, id)` returns the record of a row
 * as one object literal `{ kind, file, line, id, <field>: values[0], … }`, its fields in a fixed
 * order. The row builder (rows.ts) parses a row's cells into a reused `values` array and asks the
 * factory for the record.
 *
 * Why generated code: a record filled key by key from a template (`{ ...blank }` then
 * `r[field] = value` for each cell) goes through V8's megamorphic keyed stores, ~65 ns a row of
 * 9 cells (a third of the row builder; 0.1–0.2 CPU s on a million rows). An object literal
 * with the field names written out is one allocation of a known shape. The literal is written
 * once per kind with `new Function`, from the field names of the kind's table (`model/kinds.ts`,
 * never from a file's header or cells), each checked to be a plain identifier; the file name and
 * the kind enter as arguments, not as source text.
 *
 * Where code generation is refused — a browser page whose Content-Security-Policy has no
 * `'unsafe-eval'` throws `EvalError` — the same records come from the template and keyed stores,
 * only slower. ESLint's configured rules do not forbid `new Function` (`no-new-func` and
 * `@typescript-eslint/no-implied-eval` are not enabled); this is the only place that uses it.
 */

/** Builds one record from the row's values (in {@link RecordShape.fields} order), its line and id. */
export type MakeRecord = (values: readonly unknown[], line: number, id: string) => Record<string, unknown>;

/** The fields of a record after `kind`, `file`, `line` and `id`, and the factory. */
export interface RecordShape {
  readonly fields: readonly string[];
  readonly make: MakeRecord;
  /** True when the factory is generated code (false: the template fallback). */
  readonly compiled: boolean;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** Names the generated function uses for itself: a field may not shadow them. */
const RESERVED = new Set(['kind', 'file', 'line', 'id', 'v', 'K', 'F']);

/** Generated factories by field list (one per kind in practice); the file and kind are arguments. */
const compiled = new Map<string, ((kind: string, file: string) => MakeRecord) | null>();

function generate(fields: readonly string[]): ((kind: string, file: string) => MakeRecord) | null {
  if (!fields.every((f) => IDENTIFIER.test(f) && !RESERVED.has(f))) return null;
  const body = fields.map((f, i) => `${f}: v[${i}]`).join(', ');
  const source = `return function make(v, line, id) { return { kind: K, file: F, line: line, id: id${fields.length ? ', ' : ''}${body} }; };`;
  try {
    const outer = new Function('K', 'F', source) as (kind: string, file: string) => MakeRecord;
    return outer;
  } catch {
    return null; // code generation refused (CSP): the template fallback below
  }
}

/**
 * The factory for records of `kind` read from `file` with `fields` in this order.
 *
 * @example recordShape('calls', 'c.csv', ['department', 'arrivedAt']).make([null, 1], 2, 'C-1') // => { kind: 'calls', file: 'c.csv', line: 2, id: 'C-1', department: null, arrivedAt: 1 }
 */
export function recordShape(kind: string, file: string, fields: readonly string[]): RecordShape {
  const key = fields.join(',');
  let outer = compiled.get(key);
  if (outer === undefined) {
    outer = generate(fields);
    compiled.set(key, outer);
  }
  if (outer !== null) return { fields, make: outer(kind, file), compiled: true };
  return { fields, make: templateMake(kind, file, fields), compiled: false };
}

/** The same records without generated code: a template of the shape, copied and filled key by key. */
export function templateMake(kind: string, file: string, fields: readonly string[]): MakeRecord {
  const blank: Record<string, unknown> = { kind, file, line: 0, id: '' };
  for (const f of fields) blank[f] = null;
  // A template parsed from JSON keeps V8's fast shape (built key by key, a record of more than a
  // dozen fields drops to dictionary mode, and every copy with it).
  const template = JSON.parse(JSON.stringify(blank)) as Record<string, unknown>;
  return (values, line, id) => {
    const r = { ...template };
    r.line = line;
    r.id = id;
    for (let i = 0; i < fields.length; i++) r[fields[i]!] = values[i];
    return r;
  };
}
