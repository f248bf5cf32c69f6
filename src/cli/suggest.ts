/**
 * Commander's "did you mean" for an unknown option or command, as data: the same law as
 * commander's own `suggestSimilar` (Damerau–Levenshtein distance at most 3, similarity above 0.4,
 * every candidate at the best distance, sorted), so the suggestion is the one commander would
 * have made, but a list to word in either language instead of an English sentence. (Commander
 * does not export its function; `test/cli/suggest.test.ts` checks both agree.)
 */

const MAX_DISTANCE = 3;
const MIN_SIMILARITY = 0.4;

/** Optimal string alignment distance (an adjacent swap is one edit), case-sensitive. */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > MAX_DISTANCE) return Math.max(a.length, b.length);
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d[i] = [i];
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let j = 1; j <= b.length; j++) {
    for (let i = 1; i <= a.length; i++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The candidates closest to `word` (none when nothing is close). Options (`--x`) are compared
 * without their dashes, as commander does.
 *
 * @example similar('--fromat', ['--format', '--from', '--help']) // => ['--format']
 * @example similar('audti', ['audit', 'diff', 'help']) // => ['audit']
 * @example similar('xyz', ['audit']) // => []
 */
export function similar(word: string, candidates: readonly string[]): string[] {
  const options = word.startsWith('--');
  const strip = (s: string) => (options ? s.slice(2) : s);
  const bare = strip(word);
  let found: string[] = [];
  let best = MAX_DISTANCE;
  for (const candidate of new Set(candidates.map(strip))) {
    if (candidate.length <= 1) continue;
    const d = distance(bare, candidate);
    const length = Math.max(bare.length, candidate.length);
    if ((length - d) / length <= MIN_SIMILARITY) continue;
    if (d < best) {
      best = d;
      found = [candidate];
    } else if (d === best) found.push(candidate);
  }
  found.sort((a, b) => a.localeCompare(b));
  return options ? found.map((c) => `--${c}`) : found;
}
