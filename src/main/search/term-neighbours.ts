/**
 * The index's vocabulary held in memory, for typo widening: a word the index does not know
 * is matched to the known words within one or two edits.
 *
 * Asking SQLite for this (a trigram FTS5 table, `OR` of the word's trigrams, ordered by
 * rank) took 5–30 ms per word at full scale through the WebAssembly build, the largest
 * share of a typo'd query. Here every word's trigrams point to it from one array of
 * postings, so candidates are counted in one pass over a few short lists: an insertion,
 * deletion or substitution changes at most three of a word's padded trigrams and a
 * transposition four, so a word within `k` edits shares all but `3k + 1` of them. Only the
 * survivors of that count get an edit distance.
 *
 * Memory: one id per (word, trigram) in one array; 341,000 words take about 30 MB with
 * their strings.
 */
import { editDistance } from './edit-distance';
import { TRIGRAM_SPACE, trigramsInto, trigramsOf } from './trigrams';

/** Words shorter than this are never widened (too many neighbours to mean anything). */
export const MIN_WIDENED_LENGTH = 4;

/** Terms whose postings are packed per turn of the event loop while building. */
const BUILD_CHUNK = 10_000;

export class TermNeighbours {
  /**
   * The words given at build time, in sorted order, and their postings packed into one
   * array (`offsets[gram]` to `offsets[gram + 1]`): two typed arrays rather than one growing
   * array per trigram, because tens of thousands of small buffers cost full garbage
   * collections of the whole heap while they are made (seen as 300 ms pauses).
   */
  private readonly sorted: readonly string[];
  /** Set only if the words did not come sorted, for `has`. */
  private readonly unsortedSet: ReadonlySet<string> | null;
  private readonly offsets: Int32Array;
  private readonly packed: Int32Array;
  /** Words learned after the build (edits), with ids after the sorted ones. */
  private readonly added: string[] = [];
  private readonly addedIds = new Set<string>();
  private readonly addedPostings = new Map<number, number[]>();
  /** Shared-trigram counts per word id, reset after every lookup (only the touched ones). */
  private counts: Uint8Array;

  private constructor(sorted: readonly string[], offsets: Int32Array, packed: Int32Array) {
    this.sorted = sorted;
    this.offsets = offsets;
    this.packed = packed;
    this.unsortedSet = isSorted(sorted) ? null : new Set(sorted);
    this.counts = new Uint8Array(Math.max(1024, sorted.length + 1024));
  }

  /**
   * Packs the postings of `words` (distinct, of at least `MIN_WIDENED_LENGTH` letters;
   * sorted makes `has` a binary search), `BUILD_CHUNK` words per call of `pause`.
   */
  static async build(
    words: readonly string[],
    pause: () => Promise<void>,
  ): Promise<TermNeighbours> {
    const offsets = new Int32Array(TRIGRAM_SPACE + 1);
    let grams = new Int32Array(64);
    for (let from = 0; from < words.length; from += BUILD_CHUNK) {
      for (let id = from; id < Math.min(words.length, from + BUILD_CHUNK); id += 1) {
        const word = words[id];
        if (grams.length < word.length) grams = new Int32Array(word.length * 2);
        const count = trigramsInto(word, grams);
        for (let at = 0; at < count; at += 1) offsets[grams[at] + 1] += 1;
      }
      await pause();
    }
    for (let gram = 0; gram < TRIGRAM_SPACE; gram += 1) offsets[gram + 1] += offsets[gram];
    const packed = new Int32Array(offsets[TRIGRAM_SPACE]);
    const cursor = offsets.slice(0, TRIGRAM_SPACE);
    for (let from = 0; from < words.length; from += BUILD_CHUNK) {
      for (let id = from; id < Math.min(words.length, from + BUILD_CHUNK); id += 1) {
        const count = trigramsInto(words[id], grams);
        for (let at = 0; at < count; at += 1) {
          packed[cursor[grams[at]]] = id;
          cursor[grams[at]] += 1;
        }
      }
      await pause();
    }
    return new TermNeighbours(words, offsets, packed);
  }

  get size(): number {
    return this.sorted.length + this.added.length;
  }

  has(term: string): boolean {
    if (this.addedIds.has(term)) return true;
    if (this.unsortedSet) return this.unsortedSet.has(term);
    let low = 0;
    let high = this.sorted.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const word = this.sorted[middle];
      if (word === term) return true;
      if (word < term) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }

  /** Adds a word the index now holds; known words and short ones are ignored. */
  add(term: string): void {
    if (term.length < MIN_WIDENED_LENGTH || this.has(term)) return;
    const id = this.sorted.length + this.added.length;
    this.added.push(term);
    this.addedIds.add(term);
    for (const gram of trigramsOf(term)) {
      const list = this.addedPostings.get(gram);
      if (list) list.push(id);
      else this.addedPostings.set(gram, [id]);
    }
    if (this.counts.length <= id) {
      const grown = new Uint8Array(this.counts.length * 2);
      grown.set(this.counts);
      this.counts = grown;
    }
  }

  private wordOf(id: number): string {
    return id < this.sorted.length ? this.sorted[id] : this.added[id - this.sorted.length];
  }

  /**
   * Known words within `maxEdits` of `term` (itself excluded), nearest first, then shorter,
   * then in alphabetical order so that equal cases always widen the same way.
   */
  similar(term: string, maxEdits: number, limit = 8): string[] {
    if (term.length < MIN_WIDENED_LENGTH) return [];
    const grams = trigramsOf(term);
    // Two edits in a short word can leave a single shared trigram; asking for two anyway
    // drops only such doubly-broken short words, and keeps the candidates to hundreds
    // rather than tens of thousands (the edit distances were the cost).
    const needed = Math.max(maxEdits >= 2 ? 2 : 1, grams.length - 3 * maxEdits - 1);
    const touched: number[] = [];
    const candidates: number[] = [];
    const count = (id: number) => {
      const seen = this.counts[id];
      if (seen === 0) touched.push(id);
      // Saturates well below 255: a word has as many trigrams as letters.
      if (seen < 250) this.counts[id] = seen + 1;
      if (seen + 1 === needed) candidates.push(id);
    };
    for (const gram of grams) {
      for (let at = this.offsets[gram]; at < this.offsets[gram + 1]; at += 1) {
        count(this.packed[at]);
      }
      for (const id of this.addedPostings.get(gram) ?? []) count(id);
    }
    for (const id of touched) this.counts[id] = 0;

    const found: { term: string; distance: number }[] = [];
    for (const id of candidates) {
      const candidate = this.wordOf(id);
      if (candidate === term || Math.abs(candidate.length - term.length) > maxEdits) continue;
      const distance = editDistance(term, candidate, maxEdits);
      if (distance <= maxEdits) found.push({ term: candidate, distance });
    }
    return found
      .sort(
        (a, b) =>
          a.distance - b.distance ||
          a.term.length - b.term.length ||
          (a.term < b.term ? -1 : a.term > b.term ? 1 : 0),
      )
      .slice(0, limit)
      .map((candidate) => candidate.term);
  }
}

function isSorted(words: readonly string[]): boolean {
  for (let index = 1; index < words.length; index += 1) {
    if (!(words[index - 1] < words[index])) return false;
  }
  return true;
}
