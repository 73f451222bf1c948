/**
 * The name index: every name form of persons and facilities (names, native names, aliases,
 * codes), normalised, held in memory. A query never scans it: a trigram inverted index
 * picks a few hundred candidates, and fuse.js scores only those.
 */
import Fuse from 'fuse.js';
import type { RecordKind } from '../../shared/records';
import { normalise, wordKeys, words } from './normalise';
import type { NameField, SearchableRecord } from './searchable-fields';
import { TRIGRAM_SPACE, trigramsOf } from './trigrams';
import { wordSimilarity } from './word-similarity';

interface NameEntry {
  readonly slot: number;
  readonly kind: RecordKind;
  readonly id: string;
  readonly field: NameField;
  readonly text: string;
  /** Normalised form, words in their order. */
  readonly key: string;
  /** The same words sorted, so that "Kushakbaev Nurlan" meets "Nurlan Kushakbaev". */
  readonly sortedKey: string;
  readonly words: readonly string[];
}

export interface NameMatch {
  readonly kind: RecordKind;
  readonly id: string;
  readonly field: NameField;
  readonly text: string;
  /** 0..1, higher is better. */
  readonly score: number;
  readonly how: 'exact' | 'words' | 'prefix' | 'fuzzy';
}

const FIELD_WEIGHT: Record<NameField, number> = {
  name: 1,
  native: 1,
  alias: 0.96,
  code: 0.97,
  'facility-name': 0.9,
};

const MAX_CANDIDATES = 150;
/** How much of a fuzzy match's score is fuse.js's; the rest is word-by-word edit distance. */
const FUSE_SHARE = 0.4;

export class NameIndex {
  private readonly entries: (NameEntry | undefined)[] = [];
  private readonly slotsOfRecord = new Map<string, number[]>();
  /** Slots of the entries holding each trigram, indexed by the trigram's number. */
  private readonly postings: (number[] | undefined)[] = new Array(TRIGRAM_SPACE);
  private freeSlots: number[] = [];

  get size(): number {
    return this.entries.length - this.freeSlots.length;
  }

  /** Adds or replaces the name forms of one record. */
  put(record: SearchableRecord): void {
    this.remove(record.kind, record.id);
    if (record.names.length === 0) return;
    const slots: number[] = [];
    for (const form of record.names) {
      const key = normalise(form.text);
      if (!key) continue;
      const slot = this.freeSlots.pop() ?? this.entries.length;
      const entryWords = key.split(' ');
      this.entries[slot] = {
        slot,
        kind: record.kind,
        id: record.id,
        field: form.field,
        text: form.text,
        key,
        sortedKey: [...entryWords].sort().join(' '),
        words: entryWords,
      };
      for (const gram of trigramsOf(key)) {
        const list = this.postings[gram];
        if (list) list.push(slot);
        else this.postings[gram] = [slot];
      }
      slots.push(slot);
    }
    this.slotsOfRecord.set(`${record.kind}:${record.id}`, slots);
  }

  remove(kind: RecordKind, id: string): void {
    const slots = this.slotsOfRecord.get(`${kind}:${id}`);
    if (!slots) return;
    for (const slot of slots) {
      // Postings are cleaned lazily: a freed slot is skipped until it is reused.
      this.entries[slot] = undefined;
      this.freeSlots.push(slot);
    }
    this.slotsOfRecord.delete(`${kind}:${id}`);
  }

  /** The name forms that best match a query, best first; one per record. */
  search(query: string, limit = 50, kinds?: readonly RecordKind[]): NameMatch[] {
    const queryWords = words(query);
    if (queryWords.length === 0) return [];
    // Each query word may have two keys ("j"); try every reading, keep the best per record.
    const readings = expandReadings(queryWords.map(wordKeys));
    const best = new Map<string, NameMatch>();
    for (const reading of readings) {
      for (const match of this.searchReading(reading, kinds)) {
        const key = `${match.kind}:${match.id}`;
        const previous = best.get(key);
        if (!previous || match.score > previous.score) best.set(key, match);
      }
    }
    return [...best.values()].sort((a, b) => b.score - a.score).slice(0, limit);
  }

  /** The entries most like a name: for "no results — did you mean…". */
  closest(query: string, limit = 5): NameMatch[] {
    return this.search(query, limit).filter(
      (match) => match.kind === 'person' || match.kind === 'facility',
    );
  }

  private searchReading(queryKeys: readonly string[], kinds?: readonly RecordKind[]): NameMatch[] {
    const queryKey = queryKeys.join(' ');
    const candidates = this.candidates(queryKey).filter(
      (entry) => !kinds || kinds.includes(entry.kind),
    );
    if (candidates.length === 0) return [];
    const matches: NameMatch[] = [];
    const fuzzy: NameEntry[] = [];
    const sortedQuery = [...queryKeys].sort().join(' ');
    for (const entry of candidates) {
      const weight = FIELD_WEIGHT[entry.field];
      const base = { kind: entry.kind, id: entry.id, field: entry.field, text: entry.text };
      if (entry.key === queryKey || entry.sortedKey === sortedQuery) {
        matches.push({ ...base, score: weight, how: 'exact' });
      } else if (queryKeys.every((key) => entry.words.includes(key))) {
        matches.push({ ...base, score: 0.93 * weight, how: 'words' });
      } else if (queryKeys.every((key) => entry.words.some((word) => word.startsWith(key)))) {
        matches.push({ ...base, score: 0.86 * weight, how: 'prefix' });
      } else {
        fuzzy.push(entry);
      }
    }
    if (fuzzy.length > 0) {
      const fuse = new Fuse(fuzzy, {
        keys: ['key', 'sortedKey'],
        includeScore: true,
        ignoreLocation: true,
        threshold: 0.4,
        minMatchCharLength: 2,
      });
      for (const result of fuse.search(queryKey.length > 32 ? queryKey.slice(0, 32) : queryKey)) {
        const entry = result.item;
        const closeness =
          FUSE_SHARE * (1 - (result.score ?? 1)) +
          (1 - FUSE_SHARE) * wordSimilarity(queryKeys, entry.words);
        const score = closeness * 0.85 * FIELD_WEIGHT[entry.field];
        matches.push({
          kind: entry.kind,
          id: entry.id,
          field: entry.field,
          text: entry.text,
          score,
          how: 'fuzzy',
        });
      }
    }
    return matches;
  }

  /** Entries sharing the most trigrams with the query: the only ones fuse.js will see. */
  private candidates(queryKey: string): NameEntry[] {
    const grams = trigramsOf(queryKey);
    const shared = new Map<number, number>();
    for (const gram of grams) {
      for (const slot of this.postings[gram] ?? []) shared.set(slot, (shared.get(slot) ?? 0) + 1);
    }
    // A typo spoils up to three trigrams; ask for a third of them, at least one.
    const needed = Math.max(1, Math.floor(grams.length / 3));
    const ranked: [number, number][] = [];
    for (const [slot, count] of shared) {
      if (count >= needed && this.entries[slot]) ranked.push([slot, count]);
    }
    ranked.sort((a, b) => b[1] - a[1]);
    return ranked.slice(0, MAX_CANDIDATES).map(([slot]) => this.entries[slot]!);
  }
}

/** Every combination of the keys of each word (at most 8 readings). */
function expandReadings(keysPerWord: readonly string[][]): string[][] {
  let readings: string[][] = [[]];
  for (const keys of keysPerWord) {
    readings = readings.flatMap((reading) => keys.map((key) => [...reading, key])).slice(0, 8);
  }
  return readings;
}
