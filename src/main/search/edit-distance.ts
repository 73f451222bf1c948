/**
 * The edit distance of the search's typo steps and of the importers' name matching: one
 * implementation, called thousands of times per lookup, so it allocates nothing.
 */

/** Rows of the distance table, kept between calls: lookups run thousands of them. */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbouring letters ("Kushakbeav") each cost one. Past `max` it gives up and answers
 * `max + 1`, which is what the candidate steps need and much cheaper on distant words.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const cols = b.length + 1;
  if (rows[0].length < cols) rows = rows.map(() => new Int32Array(cols * 2));
  // Three rows suffice: the one before the previous is needed for transpositions.
  let [before, previous, current] = rows;
  for (let j = 0; j < cols; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let best = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < cols; j += 1) {
      const bj = b.charCodeAt(j - 1);
      let value = previous[j - 1] + (ai === bj ? 0 : 1);
      if (previous[j] + 1 < value) value = previous[j] + 1;
      if (current[j - 1] + 1 < value) value = current[j - 1] + 1;
      if (
        i > 1 &&
        j > 1 &&
        ai === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === bj &&
        before[j - 2] + 1 < value
      ) {
        value = before[j - 2] + 1;
      }
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length];
}
