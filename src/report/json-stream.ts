/**
 * JSON text in pieces, byte for byte what `JSON.stringify(value, null, indent)` gives, without
 * ever holding the whole text: arrays are walked one element at a time, and an element is
 * stringified whole only when it is small (a 300 MB field becomes a piece of its own instead of
 * part of a string that cannot exist). Values may hold {@link LazyList}s, arrays whose elements
 * are made only when written, so a million violations are never turned into objects at once.
 */

/** An array whose elements are mapped only when serialised. */
export class LazyList<T> {
  constructor(
    readonly items: readonly T[],
    readonly map: (item: T) => unknown,
  ) {}
}

/** Above this many characters (estimated), a value is serialised piece by piece. */
const SMALL = 16 * 1024;

/**
 * A cheap upper-bound-ish estimate of a value's JSON length, stopping once past `budget`.
 * Strings count their length, everything else a few characters.
 */
function sizeAtLeast(value: unknown, budget: number): number {
  if (typeof value === 'string') return value.length + 2;
  if (value === null || typeof value !== 'object') return 8;
  if (value instanceof LazyList) return budget + 1;
  let size = 2;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length && size <= budget; i++) size += 2 + sizeAtLeast(value[i], budget - size);
    return size;
  }
  for (const key in value) {
    size += key.length + 4 + sizeAtLeast((value as Record<string, unknown>)[key], budget - size);
    if (size > budget) return size;
  }
  return size;
}

/** The value JSON would write for an object member or array element (toJSON applied). */
function prepare(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return (value as { toJSON: (key: string) => unknown }).toJSON('');
  }
  return value;
}

/** Whether JSON.stringify leaves an object member out (undefined, functions, symbols). */
const omitted = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

function* pieces(raw: unknown, indent: string, depth: number, small: number): Generator<string> {
  const value = prepare(raw);
  const nl = indent === '' ? '' : `\n${indent.repeat(depth)}`;
  if (!(value instanceof LazyList) && (value === null || typeof value !== 'object' || sizeAtLeast(value, small) <= small)) {
    const text = JSON.stringify(value, null, indent) ?? 'null';
    yield nl === '' || depth === 0 ? text : text.replace(/\n/g, nl);
    return;
  }
  const inner = indent === '' ? '' : `\n${indent.repeat(depth + 1)}`;
  if (value instanceof LazyList || Array.isArray(value)) {
    const items: readonly unknown[] = value instanceof LazyList ? value.items : value;
    const map = value instanceof LazyList ? value.map : (x: unknown) => x;
    if (items.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < items.length; i++) {
      const item = map(items[i]);
      yield i === 0 ? inner : `,${inner}`;
      if (omitted(item)) yield 'null';
      else yield* pieces(item, indent, depth + 1, small);
    }
    yield `${nl}]`;
    return;
  }
  const colon = indent === '' ? ':' : ': ';
  let first = true;
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (omitted(v)) continue;
    yield `${first ? `{${inner}` : `,${inner}`}${JSON.stringify(key)}${colon}`;
    first = false;
    yield* pieces(v, indent, depth + 1, small);
  }
  yield first ? '{}' : `${nl}}`;
}

/**
 * Pieces of JSON text joined into chunks of about `size` characters (a longer piece is passed
 * on alone, never copied into a bigger string). Values estimated above `small` characters are
 * walked member by member.
 *
 * @example [...jsonChunks({ a: [1, 2] }, 2)].join('') // => '{\n  "a": [\n    1,\n    2\n  ]\n}'
 */
export function* jsonChunks(value: unknown, indent = 0, size = 64 * 1024, small = SMALL): Generator<string> {
  let buf = '';
  for (const piece of pieces(value, ' '.repeat(indent), 0, small)) {
    if (piece.length >= size) {
      if (buf !== '') yield buf;
      buf = '';
      yield piece;
      continue;
    }
    buf += piece;
    if (buf.length >= size) {
      yield buf;
      buf = '';
    }
  }
  if (buf !== '') yield buf;
}
