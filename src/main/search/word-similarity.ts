/**
 * How alike two names are word by word, after normalisation. fuse.js scores a name as one
 * string, so a typo in the surname and a typo in the given name weigh the same, and many
 * names end up tied; here each query word is matched to its closest word of the name, so
 * an exact surname counts for more than a near one, and ties break on real edit distance.
 */

/** 0..1: for each query word the best similarity to a word of the name, averaged. */
export function wordSimilarity(
  queryWords: readonly string[],
  nameWords: readonly string[],
): number {
  if (queryWords.length === 0 || nameWords.length === 0) return 0;
  let total = 0;
  for (const queryWord of queryWords) {
    let best = 0;
    for (const nameWord of nameWords) {
      const longest = Math.max(queryWord.length, nameWord.length);
      const similarity = 1 - editDistance(queryWord, nameWord) / longest;
      if (similarity > best) best = similarity;
    }
    total += best;
  }
  return total / queryWords.length;
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbouring letters ("Kushakbeav") each cost one.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, beforePrevious[j - 2] + 1);
      }
      current.push(value);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length];
}
