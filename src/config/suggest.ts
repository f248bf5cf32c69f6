/**
 * Did-you-mean suggestions for unknown keys and rule ids.
 */

/**
 * Levenshtein edit distance, case-insensitive.
 *
 * @example editDistance('granularty', 'granularity') // => 1
 */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[t.length]!;
}

/**
 * The closest candidate within a third of the word's length (at least 2 edits), or undefined.
 * A word without a `.` is also compared with each candidate's part after its `.`, so an id given
 * without its kind is recognised.
 *
 * @example suggest('servce-level', ['call.service-level', 'call.rings']) // => 'call.service-level'
 * @example suggest('xyz', ['payment.four-hours']) // => undefined
 */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  const bare = !word.includes('.');
  for (const c of candidates) {
    const dot = c.indexOf('.');
    // An id given without its kind is compared with the part after the dot too.
    const d = bare && dot > 0 ? Math.min(editDistance(word, c), editDistance(word, c.slice(dot + 1))) : editDistance(word, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  const limit = Math.max(2, Math.floor(word.length / 3));
  if (best !== undefined && bestDistance <= limit) return best;
  if (lower.length < 3) return undefined;
  return candidates.find((c) => c.toLowerCase().endsWith(`.${lower}`) || c.toLowerCase().startsWith(`${lower}`));
}

/** `; did you mean "x"?` or an empty string. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const s = suggest(word, candidates);
  return s === undefined ? '' : `; did you mean "${s}"?`;
}
