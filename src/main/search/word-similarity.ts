/**
 * How alike two names are word by word, after normalisation. fuse.js scores a name as one
 * string, so a typo in the surname and a typo in the given name weigh the same, and many
 * names end up tied; here each query word is matched to its closest word of the name, so
 * an exact surname counts for more than a near one, and ties break on real edit distance.
 */
import { editDistance } from './edit-distance';

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
