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
 * Memory: one id per (word, trigram); 341,000 words take about 30 MB with their strings.
 */
import { editDistance } from './edit-distance';
import { TRIGRAM_SPACE, trigramsOf } from './trigrams';

/** Words shorter than this are never widened (too many neighbours to mean anything). */
export const MIN_WIDENED_LENGTH = 4;

/** Postings of one trigram grow in place; most hold a few dozen words. */
interface Postings {
  ids: Int32Array;
  length: number;
}

export class TermNeighbours {
  private readonly terms: string[] = [];
  private readonly idOf = new Map<string, number>();
  private readonly postings: (Postings | undefined)[] = new Array<Postings | undefined>(
    TRIGRAM_SPACE,
  );
  /** Shared-trigram counts per word id, reset after every lookup (only the touched ones). */
  private counts = new Uint8Array(1024);

  get size(): number {
    return this.terms.length;
  }

  has(term: string): boolean {
    return this.idOf.has(term);
  }

  /** Adds a word the index now holds; known words and short ones are ignored. */
  add(term: string): void {
    if (term.length < MIN_WIDENED_LENGTH || this.idOf.has(term)) return;
    const id = this.terms.length;
    this.terms.push(term);
    this.idOf.set(term, id);
    for (const gram of trigramsOf(term)) {
      let list = this.postings[gram];
      if (!list) {
        list = { ids: new Int32Array(4), length: 0 };
        this.postings[gram] = list;
      } else if (list.length === list.ids.length) {
        const grown = new Int32Array(list.ids.length * 2);
        grown.set(list.ids);
        list.ids = grown;
      }
      list.ids[list.length] = id;
      list.length += 1;
    }
    if (this.counts.length < this.terms.length) {
      const grown = new Uint8Array(this.counts.length * 2);
      grown.set(this.counts);
      this.counts = grown;
    }
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
    for (const gram of grams) {
      const list = this.postings[gram];
      if (!list) continue;
      const { ids, length } = list;
      for (let index = 0; index < length; index += 1) {
        const id = ids[index];
        const count = this.counts[id];
        if (count === 0) touched.push(id);
        // Saturates well below 255: a word has as many trigrams as letters.
        if (count < 250) this.counts[id] = count + 1;
        if (count + 1 === needed) candidates.push(id);
      }
    }
    for (const id of touched) this.counts[id] = 0;

    const found: { term: string; distance: number }[] = [];
    for (const id of candidates) {
      const candidate = this.terms[id];
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
