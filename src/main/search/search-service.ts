/**
 * The archive's search: one query, every kind of record, ranked together (exact name >
 * alias > fuzzy name > title > text), with filters and highlighted snippets.
 *
 * Two engines: the in-memory name index (names, aliases, codes: typo-tolerant through
 * trigram candidates scored by fuse.js) and the full-text index on disk (titles and long
 * text: SQLite FTS5 with prefix search and typo widening). The full-text index is derived
 * data: it is checked against the archive at open, updated on every change, and rebuilt —
 * in a worker thread, with progress — when it is missing, damaged or out of date.
 */
import path from 'node:path';
import { existsSync, promises as fs } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { RECORD_KINDS, titleOf, type AnyRecord, type RecordKind } from '../../shared/records';
import type { SearchHit } from '../../shared/api';
import { archiveFingerprint } from './archive-fingerprint';
import type { BuilderMessage, BuilderRequest } from './index-builder-worker';
import type { Archive, ArchiveChange, Stored } from '../archive/archive';
import {
  FulltextIndex,
  INDEX_VERSION,
  type FulltextFilters,
  type IndexDoc,
} from './fulltext-index';
import { NameIndex } from './name-index';
import { normalise, wordKeys, words } from './normalise';
import { searchableOf, type SearchableRecord } from './searchable-fields';
import { makeSnippet, type QueryKeys, type Snippet } from './snippets';

export interface SearchRequest {
  readonly query: string;
  readonly kinds?: readonly RecordKind[];
  readonly personId?: string;
  readonly from?: string;
  readonly to?: string;
  readonly tags?: readonly string[];
  readonly status?: string;
  readonly facilityId?: string;
  readonly limit: number;
}

export interface SearchResult {
  readonly hits: SearchHit[];
  /** How many records matched before the limit. */
  readonly total: number;
  /** Names close to the query, offered when nothing matched. */
  readonly suggestions: { kind: RecordKind; id: string; title: string }[];
  readonly indexing: IndexingStatus;
}

export interface IndexingStatus {
  readonly state: 'ready' | 'building';
  readonly done: number;
  readonly total: number;
}

export const INDEX_FILE = 'index/search.sqlite';
/** Fewer changed records than this are re-indexed at once in the main thread. */
const INLINE_UPDATE_LIMIT = 2_000;

/** The keys of one record's text as the index stores it: every reading of every word. */
export function indexText(text: string): string {
  return words(text).flatMap(wordKeys).join(' ');
}

export function toIndexDoc(record: SearchableRecord, longText: string): IndexDoc {
  return {
    kind: record.kind,
    id: record.id,
    updatedAt: record.updatedAt,
    names: indexText(record.names.map((form) => form.text).join('\n')),
    title: indexText(record.title),
    body: indexText(`${record.shortText}\n${longText}`),
    personIds: record.personIds,
    date: record.date,
    status: record.status,
    tags: record.tags,
  };
}

interface ParsedQuery {
  /** Per word: its keys. */
  readonly terms: string[][];
  /** Quoted phrases: per word, its first key. */
  readonly phrases: string[][];
  /** The last word is still being typed: match it as a prefix. */
  readonly lastIsPrefix: boolean;
  /** The query without quotes, for the name index. */
  readonly plain: string;
}

export function parseQuery(query: string): ParsedQuery {
  const phrases: string[][] = [];
  const rest = query.replace(/"([^"]*)"?/g, (_whole, inner: string) => {
    const phraseWords = words(inner).map((word) => wordKeys(word)[0]);
    if (phraseWords.length > 0) phrases.push(phraseWords);
    return ' ';
  });
  const terms = words(rest).map(wordKeys);
  return {
    terms,
    phrases,
    lastIsPrefix:
      terms.length > 0 && /[\p{L}\p{N}]$/u.test(query.trimStart()) && !query.endsWith('"'),
    plain: query.replace(/"/g, ' '),
  };
}

const quote = (term: string) => `"${term.replace(/"/g, '')}"`;

/** Records per message to the index builder. */
const BUILDER_BATCH = 500;

/** The index's meta key for the archive's fingerprint at the last clean close. */
const FINGERPRINT = 'archiveFingerprint';

export class SearchService {
  private readonly names = new NameIndex();
  private fulltext: FulltextIndex | null = null;
  /** The index whose vocabulary is being (or was) read into memory, and that reading. */
  private vocabularyOf: FulltextIndex | null = null;
  private vocabulary: Promise<void> = Promise.resolve();
  private status: IndexingStatus = { state: 'ready', done: 0, total: 0 };
  private building: Promise<void> | null = null;
  private worker: Worker | null = null;
  /** Changes saved but not yet in the full-text index (see `apply`). */
  private readonly pending: ArchiveChange[] = [];
  private flushScheduled = false;
  /** Settles once the worker runs (or has stopped): only then may it be terminated. */
  private workerStarted: Promise<void> = Promise.resolve();
  private readonly stopListening: () => void;
  private closed = false;

  private constructor(
    private readonly archive: Archive,
    /** More changed records than this are indexed in a worker thread. */
    private readonly inlineLimit: number,
    /** Keep the full-text index in memory only, never in index/ (encrypted archives). */
    private readonly indexInMemory: boolean,
  ) {
    this.stopListening = archive.onChange((changes) => this.apply(changes));
  }

  /**
   * Opens the search of an archive: the name index is built at once; the full-text index is
   * loaded and brought up to date, or rebuilt in the background (see `indexing`).
   */
  static async open(
    archive: Archive,
    options: { inlineLimit?: number; indexInMemory?: boolean } = {},
  ): Promise<SearchService> {
    // The index holds the archive's words in plaintext: an encrypted archive keeps it in
    // memory, built at each open in this thread (a worker's file could not be handed over).
    const indexInMemory = options.indexInMemory ?? archive.isEncrypted;
    const service = new SearchService(
      archive,
      indexInMemory ? Infinity : (options.inlineLimit ?? INLINE_UPDATE_LIMIT),
      indexInMemory,
    );
    for (const kind of ['person', 'facility'] as const) {
      for (const stored of archive.storedAll(kind)) service.names.put(searchableOf(kind, stored));
    }
    if (!archive.isLoading) {
      await service.openFulltext();
      service.loadVocabulary();
      return service;
    }
    // Names answer now; the full text once the archive's large collections are read.
    const opening: Promise<void> = archive
      .whenLoaded()
      .then(() => (service.closed ? undefined : service.openFulltext()))
      .then(() => service.loadVocabulary())
      .catch((error: unknown) => {
        if (!service.closed) console.error('The search index could not be opened:', error);
      })
      .finally(() => {
        if (service.building === opening) service.building = null;
      });
    service.building = opening;
    return service;
  }

  get indexing(): IndexingStatus {
    const reading = this.archive.info.loading;
    if (reading) return { state: 'building', done: reading.done, total: reading.total };
    return this.status;
  }

  /** Resolves when the full-text index is complete (at once when it already is). */
  async ready(): Promise<void> {
    while (this.building) await this.building;
  }

  /**
   * Resolves when the index's vocabulary is in memory for typo widening (read in the
   * background after the index opens; until then the index file answers, more slowly).
   */
  async vocabularyReady(): Promise<void> {
    await this.ready();
    await this.vocabulary;
  }

  /** Starts reading the index's vocabulary into memory, unless it is there or on its way. */
  private loadVocabulary(): void {
    const index = this.fulltext;
    if (this.closed || !index || index.vocabularyLoaded || this.vocabularyOf === index) return;
    this.vocabularyOf = index;
    this.vocabulary = index.loadVocabulary().catch((error: unknown) => {
      // Typo widening then goes on through the index file.
      if (!this.closed) console.error('The search vocabulary could not be read:', error);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.stopListening();
    await this.workerStarted;
    await this.worker?.terminate();
    this.worker = null;
    await this.building?.catch(() => undefined);
    this.flushPending();
    if (this.fulltext && this.status.state === 'ready') {
      // Every change so far is in the index: the next open may trust it without a check.
      this.fulltext.setMeta(FINGERPRINT, archiveFingerprint(this.archive));
    }
    this.fulltext?.close();
    this.fulltext = null;
  }

  // ------------------------------------------------------------------ querying

  async search(request: SearchRequest): Promise<SearchResult> {
    this.flushPending();
    const parsed = parseQuery(request.query);
    if (parsed.terms.length === 0 && parsed.phrases.length === 0) {
      return { hits: [], total: 0, suggestions: [], indexing: this.indexing };
    }
    const allowed = this.filterOf(request);
    const scored = new Map<
      string,
      { kind: RecordKind; id: string; score: number; nameText?: string }
    >();
    const offer = (kind: RecordKind, id: string, score: number, nameText?: string) => {
      if (!allowed(kind, id)) return;
      const key = `${kind}:${id}`;
      const previous = scored.get(key);
      if (!previous || score > previous.score) scored.set(key, { kind, id, score, nameText });
    };

    // 1. Names, aliases and codes: the strongest matches.
    const nameMatches =
      parsed.phrases.length === 0 ? this.names.search(parsed.plain, 50, request.kinds) : [];
    for (const match of nameMatches) offer(match.kind, match.id, match.score, match.text);

    // 2. Titles and text. Typo widening costs milliseconds per word: done once per search.
    const widened = this.widenedTerms(parsed);
    const fulltextLimit = Math.max(request.limit * 3, 100);
    for (const hit of this.queryFulltext(parsed, widened, request, fulltextLimit))
      offer(hit.kind, hit.id, hit.score);

    // 3. A person found by name brings the records about them.
    for (const match of nameMatches) {
      if (match.kind !== 'person' || match.score < 0.9) continue;
      for (const hit of this.recordsAbout(match.id, request, fulltextLimit))
        offer(hit.kind, hit.id, hit.score);
    }

    const ranked = [...scored.values()].sort((a, b) => b.score - a.score);
    const keys = snippetKeys(parsed, widened);
    // The texts of the hits are read in parallel; their order is kept.
    const hits: SearchHit[] = await Promise.all(
      ranked
        .slice(0, request.limit)
        .map((entry) => this.describe(entry.kind, entry.id, entry.score, keys, entry.nameText)),
    );
    const suggestions =
      hits.length === 0
        ? this.names.closest(parsed.plain).map((match) => ({
            kind: match.kind,
            id: match.id,
            title: this.titleOf(match.kind, match.id),
          }))
        : [];
    return { hits, total: ranked.length, suggestions, indexing: this.indexing };
  }

  /** Query words the index does not know, widened to known words one or two edits away. */
  private widenedTerms(parsed: ParsedQuery): Map<string, string[]> {
    const widened = new Map<string, string[]>();
    if (!this.fulltext) return widened;
    for (const keys of parsed.terms) {
      for (const key of keys) {
        if (key.length < 4 || /^\d+$/.test(key) || this.fulltext.hasTerm(key)) continue;
        // Also for the word being typed: its prefix query may find nothing on its own.
        const similar = this.fulltext.similarTerms(key, key.length >= 8 ? 2 : 1);
        if (similar.length) widened.set(key, similar);
      }
    }
    return widened;
  }

  private queryFulltext(
    parsed: ParsedQuery,
    widened: ReadonlyMap<string, string[]>,
    request: SearchRequest,
    limit: number,
  ): { kind: RecordKind; id: string; score: number }[] {
    if (!this.fulltext || this.status.state === 'building') return [];
    const clauses = parsed.terms.map((keys, index) => {
      const isLast = index === parsed.terms.length - 1;
      const alternatives = keys.flatMap((key) => [
        quote(key),
        ...(isLast && parsed.lastIsPrefix && key.length >= 2 ? [`${quote(key)} *`] : []),
        ...(widened.get(key) ?? []).map(quote),
      ]);
      return `(${[...new Set(alternatives)].join(' OR ')})`;
    });
    for (const phrase of parsed.phrases) clauses.push(quote(phrase.join(' ')));
    const filters = this.fulltextFilters(request);
    if (filters === null) return [];
    const rows = this.fulltext.query(clauses.join(' AND '), filters, limit);
    if (rows.length === 0) return [];
    const best = rows[0].rank;
    const queryKeys = parsed.terms.map((keys) => keys[0]);
    return rows.map((row) => {
      // bm25 is negative, best first: scale to 0..1 against the best of this query.
      const relative = best < 0 ? Math.max(0, Math.min(1, row.rank / best)) : 1;
      const titleWords = normalise(this.rawTitle(row.kind, row.id)).split(' ');
      const inTitle =
        queryKeys.length > 0 &&
        queryKeys.every((key) => titleWords.some((word) => word.startsWith(key)));
      return { kind: row.kind, id: row.id, score: (inTitle ? 0.62 : 0.3) + 0.2 * relative };
    });
  }

  /** Records linked to a person, and records whose text names them in any of their forms. */
  private recordsAbout(
    personId: string,
    request: SearchRequest,
    limit: number,
  ): { kind: RecordKind; id: string; score: number }[] {
    const found: { kind: RecordKind; id: string; score: number }[] = [];
    for (const kind of RECORD_KINDS) {
      if (kind === 'person' || (request.kinds && !request.kinds.includes(kind))) continue;
      // While the archive is still being read, its large collections are left out.
      if (!this.archive.isLoaded(kind)) continue;
      for (const record of this.archive.list(kind, { personId }).items.slice(0, limit)) {
        found.push({ kind, id: record.id, score: 0.45 });
      }
    }
    if (this.fulltext && this.status.state === 'ready') {
      const person = this.archive.stored('person', personId);
      const forms = [person.name, person.nativeName, ...person.aliases].filter(
        (form): form is string => typeof form === 'string' && form.length > 0,
      );
      const phrases = [...new Set(forms.map((form) => normalise(form)).filter(Boolean))].map(quote);
      const filters = this.fulltextFilters({ ...request, personId: undefined });
      if (phrases.length && filters) {
        for (const row of this.fulltext.query(phrases.join(' OR '), filters, limit)) {
          if (row.kind !== 'person') found.push({ kind: row.kind, id: row.id, score: 0.42 });
        }
      }
    }
    return found;
  }

  /** The filters as the full-text index takes them; null when nothing can match. */
  private fulltextFilters(request: SearchRequest): FulltextFilters | null {
    let personIds: string[] | undefined = request.personId ? [request.personId] : undefined;
    if (request.facilityId) {
      const held = this.personsAtFacility(request.facilityId);
      personIds = personIds ? personIds.filter((id) => held.has(id)) : [...held];
      if (personIds.length === 0) return null;
    }
    return {
      kinds: request.kinds,
      personIds,
      from: request.from,
      to: request.to,
      tags: request.tags,
      statuses: request.status ? [request.status] : undefined,
    };
  }

  /** The same filters for records found in memory. */
  private filterOf(request: SearchRequest): (kind: RecordKind, id: string) => boolean {
    const held = request.facilityId ? this.personsAtFacility(request.facilityId) : null;
    return (kind, id) => {
      if (request.kinds && !request.kinds.includes(kind)) return false;
      if (!this.archive.has(kind, id)) return false;
      const record = searchableOf(kind, this.archive.stored(kind, id));
      if (request.personId && !record.personIds.includes(request.personId)) return false;
      if (
        held &&
        !(kind === 'facility'
          ? id === request.facilityId
          : record.personIds.some((p) => held.has(p)))
      ) {
        return false;
      }
      if (request.status && record.status !== request.status) return false;
      if (request.tags?.length && !request.tags.every((tag) => record.tags.includes(tag)))
        return false;
      if (request.from && !(record.date && record.date >= request.from)) return false;
      if (request.to && !(record.date && record.date <= request.to)) return false;
      return true;
    };
  }

  /** Persons with a current address (no end date) at a facility. */
  private personsAtFacility(facilityId: string): Set<string> {
    const held = new Set<string>();
    for (const address of this.archive.storedAll('address')) {
      if (address.facilityId === facilityId && !address.validTo) held.add(address.personId);
    }
    return held;
  }

  private rawTitle(kind: RecordKind, id: string): string {
    if (!this.archive.has(kind, id)) return '';
    return searchableOf(kind, this.archive.stored(kind, id)).title;
  }

  private titleOf(kind: RecordKind, id: string): string {
    return titleOf(kind, this.archive.stored(kind, id) as unknown as AnyRecord);
  }

  private async describe(
    kind: RecordKind,
    id: string,
    score: number,
    keys: QueryKeys,
    nameText?: string,
  ): Promise<SearchHit> {
    const stored = this.archive.stored(kind, id);
    const record = searchableOf(kind, stored);
    const snippet = nameText ? makeSnippet(nameText, keys) : await this.snippetOf(record, keys);
    const personId = kind === 'person' ? id : record.personIds[0];
    return {
      kind,
      id,
      title: this.titleOf(kind, id),
      score: Math.round(score * 1000) / 1000,
      snippet: snippet.text,
      highlights: snippet.highlights.map(([start, end]) => [start, end]),
      ...(personId ? { personId } : {}),
    };
  }

  /**
   * The snippet of the first of title, short text and long text with a match (the long text
   * is read only when the others have none); of the first there is when none has.
   */
  private async snippetOf(record: SearchableRecord, keys: QueryKeys): Promise<Snippet> {
    const texts = [record.title, record.shortText].filter(Boolean);
    for (const text of texts) {
      const snippet = makeSnippet(text, keys);
      if (snippet.highlights.length > 0) return snippet;
    }
    if (record.textHash) {
      const longText = await this.archive.texts.get(record.textHash).catch(() => '');
      const snippet = longText ? makeSnippet(longText, keys) : null;
      if (snippet && snippet.highlights.length > 0) return snippet;
      if (longText) texts.push(longText);
    }
    return makeSnippet(texts[0] ?? '', keys);
  }

  // ------------------------------------------------------------------ keeping up to date

  /**
   * Names follow a change at once; the full-text index a moment later (on the next turn of
   * the event loop), so that saving a record is answered as soon as it is durable. Every
   * search first writes what is pending, so it never misses a saved change.
   */
  private apply(changes: readonly ArchiveChange[]): void {
    for (const change of changes) {
      if (change.type === 'remove') this.names.remove(change.kind, change.id);
      else if (change.kind === 'person' || change.kind === 'facility')
        this.names.put(searchableOf(change.kind, change.record));
    }
    this.pending.push(...changes);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => this.flushPending());
    }
  }

  private flushPending(): void {
    this.flushScheduled = false;
    const changes = this.pending.splice(0);
    // While a rebuild runs, changes are caught by the check that follows it.
    if (changes.length === 0 || !this.fulltext || this.status.state !== 'ready') return;
    const docs: IndexDoc[] = [];
    for (const change of changes) {
      if (change.type === 'remove') {
        if (docs.length) this.fulltext.put(docs.splice(0));
        this.fulltext.remove(change.kind, change.id);
      } else {
        docs.push(toIndexDoc(searchableOf(change.kind, change.record), change.text ?? ''));
      }
    }
    if (docs.length) this.fulltext.put(docs);
  }

  private indexPath(): string {
    if (this.indexInMemory) return ':memory:';
    return this.archive.files.resolve(INDEX_FILE);
  }

  private async openFulltext(): Promise<void> {
    await this.archive.files.ensureDir('index');
    let index: FulltextIndex | null = null;
    try {
      index = FulltextIndex.open(this.indexPath());
      const usable =
        index.getMeta('version') === INDEX_VERSION &&
        index.getMeta('archiveId') === this.archive.info.archiveId &&
        index.getMeta('complete') === 'yes';
      if (!usable) {
        index.close();
        index = null;
      }
    } catch {
      index?.close();
      index = null;
    }
    if (index) {
      this.fulltext = index;
      const inStep = index.getMeta(FINGERPRINT) === archiveFingerprint(this.archive);
      // Cleared while open, so that a crash (changes saved, the index maybe not) forces the check.
      index.setMeta(FINGERPRINT, '');
      if (inStep) return;
      const stale = this.staleRecords();
      if (stale.changed.length + stale.removed.length <= this.inlineLimit) {
        await this.catchUp(stale);
        return;
      }
      index.close();
      this.fulltext = null;
    }
    // Missing, damaged, from another archive or far behind: build anew — at once when the
    // archive is small, in a worker thread when it is not.
    if (!this.indexInMemory) await fs.rm(this.indexPath(), { force: true });
    const total = RECORD_KINDS.reduce((sum, kind) => sum + this.archive.count(kind), 0);
    if (total > this.inlineLimit) {
      this.startRebuild();
      return;
    }
    this.fulltext = FulltextIndex.open(this.indexPath());
    await this.catchUp(this.staleRecords());
    this.markComplete();
  }

  private markComplete(): void {
    this.fulltext!.setMeta('version', INDEX_VERSION);
    this.fulltext!.setMeta('archiveId', this.archive.info.archiveId);
    this.fulltext!.setMeta('complete', 'yes');
  }

  /** Records whose indexed version differs from the archive's, and index entries with no record. */
  private staleRecords(): {
    changed: { kind: RecordKind; stored: Stored<RecordKind> }[];
    removed: [RecordKind, string][];
  } {
    const indexed = this.fulltext!.indexedVersions();
    const changed: { kind: RecordKind; stored: Stored<RecordKind> }[] = [];
    for (const kind of RECORD_KINDS) {
      for (const stored of this.archive.storedAll(kind)) {
        const key = `${kind}:${stored.id}`;
        if (indexed.get(key) !== (stored as { updatedAt: string }).updatedAt)
          changed.push({ kind, stored });
        indexed.delete(key);
      }
    }
    const removed = [...indexed.keys()].map((key) => {
      const at = key.indexOf(':');
      return [key.slice(0, at) as RecordKind, key.slice(at + 1)] as [RecordKind, string];
    });
    return { changed, removed };
  }

  private async catchUp(stale: ReturnType<SearchService['staleRecords']>): Promise<void> {
    // An index kept in memory is built here at every open: a batch at a time, so that calls
    // are answered meanwhile and the texts read are not all held at once.
    const batch = this.indexInMemory ? BUILDER_BATCH : Infinity;
    let docs: IndexDoc[] = [];
    for (const { kind, stored } of stale.changed) {
      const record = searchableOf(kind, stored);
      const longText = record.textHash
        ? await this.archive.texts.get(record.textHash).catch(() => '')
        : '';
      docs.push(toIndexDoc(record, longText));
      if (docs.length >= batch) {
        this.fulltext!.put(docs);
        docs = [];
        await new Promise((resolve) => setImmediate(resolve));
        if (this.closed) return;
      }
    }
    this.fulltext!.put(docs);
    for (const [kind, id] of stale.removed) this.fulltext!.remove(kind, id);
  }

  /** Builds the index file anew in a worker thread, then swaps it in and catches up. */
  private startRebuild(): void {
    const total = RECORD_KINDS.reduce((sum, kind) => sum + this.archive.count(kind), 0);
    const target = `${this.indexPath()}.building`;
    this.status = { state: 'building', done: 0, total };
    this.building = this.runBuilder(this.searchableBatches(), total, target)
      .then(async () => {
        if (this.closed) return;
        await fs.rename(target, this.indexPath());
        this.fulltext = FulltextIndex.open(this.indexPath());
        this.markComplete();
        this.status = { state: 'ready', done: total, total };
        await this.catchUp(this.staleRecords());
        this.loadVocabulary();
      })
      .catch((error: unknown) => {
        // Search by name still works; the next open tries again.
        if (!this.closed) console.error('The search index could not be built:', error);
        this.status = { state: 'ready', done: 0, total: 0 };
      })
      .finally(() => {
        this.building = null;
        this.worker = null;
      });
  }

  /** The archive's records in the builder's form, a batch at a time, made only when asked for. */
  private *searchableBatches(): Generator<SearchableRecord[]> {
    let batch: SearchableRecord[] = [];
    for (const kind of RECORD_KINDS) {
      for (const stored of this.archive.storedAll(kind)) {
        batch.push(searchableOf(kind, stored));
        if (batch.length === BUILDER_BATCH) {
          yield batch;
          batch = [];
        }
      }
    }
    if (batch.length > 0) yield batch;
  }

  private runBuilder(
    batches: Iterator<SearchableRecord[]>,
    total: number,
    target: string,
  ): Promise<void> {
    return new Promise((resolve, reject) => {
      const worker = startBuilderWorker();
      this.worker = worker;
      this.workerStarted = new Promise((started) => {
        worker.on('message', (message: BuilderMessage) => {
          if (message.type === 'started') started();
        });
        worker.on('exit', () => started());
      });
      const send = (request: BuilderRequest) => worker.postMessage(request);
      worker.on('message', (message: BuilderMessage) => {
        if (message.type === 'more') {
          const next = batches.next();
          send(next.done ? { type: 'end' } : { type: 'records', records: next.value });
        } else if (message.type === 'progress') {
          this.status = { state: 'building', done: message.done, total };
        } else if (message.type === 'done') {
          resolve();
          void worker.terminate();
        } else if (message.type === 'error') reject(new Error(message.error));
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (code !== 0) reject(new Error(`the index builder stopped (exit ${code})`));
      });
      send({ type: 'begin', target, archiveDir: this.archive.dir });
    });
  }
}

/** Keys for snippets: the query's words, their typo targets, and the word being typed. */
function snippetKeys(parsed: ParsedQuery, widened: ReadonlyMap<string, string[]>): QueryKeys {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  parsed.terms.forEach((keys, index) => {
    for (const key of keys) {
      exact.add(key);
      for (const similar of widened.get(key) ?? []) exact.add(similar);
      if (index === parsed.terms.length - 1 && parsed.lastIsPrefix && key.length >= 2)
        prefixes.push(key);
    }
  });
  for (const phrase of parsed.phrases) for (const key of phrase) exact.add(key);
  return { exact, prefixes };
}

/**
 * Where the index builder's file is. From the sources (CLI, tests) it is the TypeScript file
 * beside this one; in the built app it is `index-builder-worker.js` beside the main bundle,
 * while this code may sit one folder down, in a shared chunk.
 */
export function builderWorkerPath(moduleFile: string): string {
  const extension = path.extname(moduleFile);
  const name = `index-builder-worker${extension}`;
  const here = path.join(path.dirname(moduleFile), name);
  if (extension === '.ts' || existsSync(here)) return here;
  return path.join(path.dirname(moduleFile), '..', name);
}

/** Starts the index builder; from the sources it runs through tsx. */
function startBuilderWorker(): Worker {
  const file = builderWorkerPath(fileURLToPath(import.meta.url));
  if (!file.endsWith('.ts')) return new Worker(file);
  const loader = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(file).href)}); })`;
  return new Worker(loader, { eval: true });
}
