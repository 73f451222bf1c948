/**
 * Trigrams of normalised keys as numbers, for the in-memory candidate steps (names, and the
 * vocabulary's near words).
 */

/**
 * The trigrams of a padded key, each as a number: normalised keys are spaces, a–z and
 * digits, so three 6-bit codes make an index into one array, with no string hashing (this
 * is most of the time taken to index 10,000 persons). Any other character shares one of a
 * few spare codes; a collision only adds candidates, which the scoring then sorts out.
 */
export function trigramsOf(key: string): number[] {
  const codes = [0];
  for (let index = 0; index < key.length; index += 1) codes.push(charCode(key.charCodeAt(index)));
  codes.push(0);
  const grams: number[] = [];
  for (let index = 0; index + 3 <= codes.length; index += 1) {
    const gram = (codes[index] << 12) | (codes[index + 1] << 6) | codes[index + 2];
    if (!grams.includes(gram)) grams.push(gram);
  }
  return grams;
}

export const TRIGRAM_SPACE = 1 << 18;

function charCode(code: number): number {
  if (code === 32) return 0;
  if (code >= 97 && code <= 122) return code - 96; // a–z: 1–26
  if (code >= 48 && code <= 57) return code - 21; // 0–9: 27–36
  return 37 + (code % 27); // anything else: 37–63
}
