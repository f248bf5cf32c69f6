/**
 * Helpers for formats that yield their report in chunks: lazy mapping, and pieces of text joined
 * into chunks of about 64 KiB (few writes, and no string that grows with the report).
 */

/** About this many characters per chunk. */
export const CHUNK_CHARS = 64 * 1024;

/**
 * `items` mapped as they are taken.
 *
 * @example [...mapped([1, 2], (x) => x * 2)] // => [2, 4]
 */
export function* mapped<T, U>(items: readonly T[], f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

/**
 * The pieces (a string, or a run of strings), concatenated and cut into chunks of about
 * {@link CHUNK_CHARS}; `separator` goes between consecutive strings.
 *
 * @example [...coalesce(['a', ['b', 'c']], '\n')].join('') // => 'a\nb\nc'
 */
export function* coalesce(parts: Iterable<string | Iterable<string>>, separator = ''): Generator<string> {
  let buf = '';
  let first = true;
  for (const part of parts) {
    for (const piece of typeof part === 'string' ? [part] : part) {
      buf += first ? piece : separator + piece;
      first = false;
      if (buf.length >= CHUNK_CHARS) {
        yield buf;
        buf = '';
      }
    }
  }
  yield buf;
}
