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
  if (scratch.length < key.length) scratch = new Int32Array(key.length * 2);
  return Array.from(scratch.subarray(0, trigramsInto(key, scratch)));
}

let scratch = new Int32Array(64);

/**
 * The same trigrams written into `out` (at least `key.length` long), returning how many:
 * for loops over hundreds of thousands of words, where an array per word would be most of
 * the garbage to collect.
 */
export function trigramsInto(key: string, out: Int32Array): number {
  let count = 0;
  // A sliding window over the padded codes: a space before and after the key.
  let first = 0;
  let second = key.length > 0 ? charCode(key.charCodeAt(0)) : 0;
  for (let index = 1; index <= key.length; index += 1) {
    const third = index < key.length ? charCode(key.charCodeAt(index)) : 0;
    const gram = (first << 12) | (second << 6) | third;
    let seen = false;
    for (let at = 0; at < count; at += 1) {
      if (out[at] === gram) {
        seen = true;
        break;
      }
    }
    if (!seen) {
      out[count] = gram;
      count += 1;
    }
    first = second;
    second = third;
  }
  return count;
}

export const TRIGRAM_SPACE = 1 << 18;

function charCode(code: number): number {
  if (code === 32) return 0;
  if (code >= 97 && code <= 122) return code - 96; // a–z: 1–26
  if (code >= 48 && code <= 57) return code - 21; // 0–9: 27–36
  return 37 + (code % 27); // anything else: 37–63
}
