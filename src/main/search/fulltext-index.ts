/**
 * The full-text index: SQLite FTS5 (WebAssembly build, so no native module to rebuild for
 * Electron) over the normalised forms of every record's names, title and text. It is a
 * derived file (index/search.sqlite): deleting it only costs a rebuild.
 *
 * Typo tolerance is added on top of FTS5: every indexed word of four letters or more is
 * also kept in a table of terms, so that a query word the index does not know is widened
 * to the known words within one or two edits. After open, that table is read into memory
 * (term-neighbours.ts) a page at a time; until then a trigram FTS5 table over it answers.
 */
import sqlite, { type QueryResult } from 'node-sqlite3-wasm';

// A CommonJS package: its classes are properties of the default export under ESM.
const { Database } = sqlite;
type Database = InstanceType<typeof Database>;
import type { RecordKind } from '../../shared/records';
import { editDistance } from './edit-distance';
import { MIN_WIDENED_LENGTH, TermNeighbours } from './term-neighbours';

/** Terms read per turn of the event loop when the vocabulary is loaded into memory. */
const VOCABULARY_PAGE = 5_000;

/** A record as the index stores it: normalised text in three columns plus filter facts. */
export interface IndexDoc {
  readonly kind: RecordKind;
  readonly id: string;
  readonly updatedAt: string;
  readonly names: string;
  readonly title: string;
  readonly body: string;
  readonly personIds: readonly string[];
  readonly date?: string;
  readonly status?: string;
  readonly tags: readonly string[];
}

export interface FulltextFilters {
  readonly kinds?: readonly RecordKind[];
  readonly personIds?: readonly string[];
  readonly from?: string;
  readonly to?: string;
  readonly tags?: readonly string[];
  readonly statuses?: readonly string[];
}

export interface FulltextHit {
  readonly kind: RecordKind;
  readonly id: string;
  /** bm25: lower is better. */
  readonly rank: number;
}

/** Changing the schema or the normalisation bumps this, and old index files are rebuilt. */
export const INDEX_VERSION = '1';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS docs(
    rowid INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    person_ids TEXT NOT NULL,
    date TEXT,
    status TEXT,
    tags TEXT NOT NULL,
    UNIQUE(kind, id)
  );
  CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
    names, title, body,
    content='', contentless_delete=1, prefix='2 3',
    tokenize="unicode61 remove_diacritics 0"
  );
  CREATE VIRTUAL TABLE IF NOT EXISTS fts_vocab USING fts5vocab(fts, 'row');
  CREATE TABLE IF NOT EXISTS terms(term TEXT PRIMARY KEY) WITHOUT ROWID;
  CREATE VIRTUAL TABLE IF NOT EXISTS terms_trigram USING fts5(term, tokenize='trigram');
`;

/** Column weights for bm25: a name outranks a title, a title outranks the text. */
const RANK = 'bm25(fts, 10.0, 5.0, 1.0)';

const spaced = (values: readonly string[]): string =>
  values.length ? ` ${values.join(' ')} ` : '';

export class FulltextIndex {
  private readonly db: Database;
  /** The vocabulary in memory, once loaded. */
  private neighbours: TermNeighbours | null = null;
  /** While the vocabulary is being read: the words that edits added meanwhile. */
  private learnedWhileLoading: string[] | null = null;

  private constructor(
    readonly file: string,
    db: Database,
  ) {
    this.db = db;
  }

  /** Opens (creating) an index file. Throws if the file is not a usable index. */
  static open(file: string): FulltextIndex {
    const db = new Database(file);
    try {
      // A larger page cache than SQLite's 2 MB default: the doclists of common words are
      // read again by later queries, and every read goes through the WebAssembly file layer.
      db.exec('PRAGMA journal_mode=TRUNCATE; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-32768;');
      db.exec(SCHEMA);
      // A damaged file fails here rather than in the middle of a search.
      db.get('SELECT count(*) AS n FROM docs');
      return new FulltextIndex(file, db);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  close(): void {
    if (this.db.isOpen) this.db.close();
  }

  getMeta(key: string): string | undefined {
    const row = this.db.get('SELECT value FROM meta WHERE key = ?', [key]) as {
      value: string;
    } | null;
    return row?.value;
  }

  setMeta(key: string, value: string): void {
    this.db.run(
      'INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      [key, value],
    );
  }

  /** `kind:id` → updatedAt of every indexed record: to find what changed while closed. */
  indexedVersions(): Map<string, string> {
    const versions = new Map<string, string>();
    const statement = this.db.prepare('SELECT kind, id, updated_at FROM docs');
    try {
      for (const row of statement.iterate() as IterableIterator<Record<string, string>>) {
        versions.set(`${row.kind}:${row.id}`, row.updated_at);
      }
    } finally {
      statement.finalize();
    }
    return versions;
  }

  /** Adds or replaces documents in one transaction. `trackTerms` keeps the typo table current. */
  put(docs: readonly IndexDoc[], trackTerms = true): void {
    if (docs.length === 0) return;
    const findRow = this.db.prepare('SELECT rowid FROM docs WHERE kind = ? AND id = ?');
    const deleteText = this.db.prepare('DELETE FROM fts WHERE rowid = ?');
    const insertDoc = this.db.prepare(
      `INSERT INTO docs(kind, id, updated_at, person_ids, date, status, tags) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(kind, id) DO UPDATE SET updated_at = excluded.updated_at, person_ids = excluded.person_ids,
       date = excluded.date, status = excluded.status, tags = excluded.tags`,
    );
    const insertText = this.db.prepare(
      'INSERT INTO fts(rowid, names, title, body) VALUES (?, ?, ?, ?)',
    );
    const insertTerm = this.db.prepare('INSERT OR IGNORE INTO terms(term) VALUES (?)');
    const insertTrigram = this.db.prepare('INSERT INTO terms_trigram(term) VALUES (?)');
    this.db.exec('BEGIN');
    try {
      for (const doc of docs) {
        const existing = findRow.get([doc.kind, doc.id]) as { rowid: number } | null;
        if (existing) deleteText.run([existing.rowid]);
        insertDoc.run([
          doc.kind,
          doc.id,
          doc.updatedAt,
          spaced(doc.personIds),
          doc.date ?? null,
          doc.status ?? null,
          spaced(doc.tags),
        ]);
        const row = findRow.get([doc.kind, doc.id]) as { rowid: number };
        insertText.run([row.rowid, doc.names, doc.title, doc.body]);
        if (trackTerms) {
          for (const term of new Set(`${doc.names} ${doc.title} ${doc.body}`.split(' '))) {
            if (term.length >= MIN_WIDENED_LENGTH && insertTerm.run([term]).changes > 0) {
              insertTrigram.run([term]);
              this.neighbours?.add(term);
              this.learnedWhileLoading?.push(term);
            }
          }
        }
      }
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    } finally {
      for (const statement of [
        findRow,
        deleteText,
        insertDoc,
        insertText,
        insertTerm,
        insertTrigram,
      ]) {
        statement.finalize();
      }
    }
  }

  /**
   * Reads the table of terms into memory, `VOCABULARY_PAGE` terms per turn of the event
   * loop so that the window stays responsive; typo widening uses it from then on.
   * Resolves when done, or at once when the index is closed meanwhile.
   */
  async loadVocabulary(): Promise<void> {
    const learned: string[] = [];
    this.learnedWhileLoading = learned;
    const pause = () => new Promise<void>((resolve) => setImmediate(resolve));
    const words: string[] = [];
    let after = '';
    for (;;) {
      if (!this.db.isOpen || this.learnedWhileLoading !== learned) return;
      // One string per page rather than a row object per term: a third of the time, and
      // far less to collect. Terms hold no line breaks (they are single normalised words).
      const row = this.db.get(
        `SELECT group_concat(term, char(10)) AS page FROM
         (SELECT term FROM terms WHERE term > ? ORDER BY term LIMIT ?)`,
        [after, VOCABULARY_PAGE],
      ) as { page: string | null } | null;
      const page = row?.page ? row.page.split('\n') : [];
      for (const term of page) words.push(term);
      if (page.length < VOCABULARY_PAGE) break;
      after = page[page.length - 1];
      await pause();
    }
    const neighbours = await TermNeighbours.build(words, pause);
    if (!this.db.isOpen || this.learnedWhileLoading !== learned) return;
    for (const term of learned) neighbours.add(term);
    this.neighbours = neighbours;
    this.learnedWhileLoading = null;
  }

  get vocabularyLoaded(): boolean {
    return this.neighbours !== null;
  }

  /** After a bulk build without term tracking: fills the typo table from the index's vocabulary. */
  rebuildTerms(): void {
    this.neighbours = null;
    this.learnedWhileLoading = null;
    this.db.exec(`
      BEGIN;
      DELETE FROM terms;
      DELETE FROM terms_trigram;
      INSERT OR IGNORE INTO terms(term) SELECT term FROM fts_vocab WHERE length(term) >= 4;
      INSERT INTO terms_trigram(term) SELECT term FROM terms;
      COMMIT;
    `);
  }

  remove(kind: RecordKind, id: string): void {
    const row = this.db.get('SELECT rowid FROM docs WHERE kind = ? AND id = ?', [kind, id]) as {
      rowid: number;
    } | null;
    if (!row) return;
    this.db.exec('BEGIN');
    try {
      this.db.run('DELETE FROM fts WHERE rowid = ?', [row.rowid]);
      this.db.run('DELETE FROM docs WHERE rowid = ?', [row.rowid]);
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
  }

  count(): number {
    return Number((this.db.get('SELECT count(*) AS n FROM docs') as { n: number }).n);
  }

  /** True when the index has the word (as a whole word) at all. */
  hasTerm(term: string): boolean {
    // The table of terms holds every indexed word of that length (and, after deletions,
    // perhaps a few more: such a word is then not widened, which costs nothing).
    if (this.neighbours && term.length >= MIN_WIDENED_LENGTH) return this.neighbours.has(term);
    return this.db.get('SELECT 1 AS found FROM fts_vocab WHERE term = ?', [term]) !== null;
  }

  /**
   * Known words within `maxEdits` of a word the index does not have: candidates share
   * trigrams with it, then the edit distance decides.
   */
  similarTerms(term: string, maxEdits: number, limit = 8): string[] {
    if (this.neighbours) return this.neighbours.similar(term, maxEdits, limit);
    if (term.length < MIN_WIDENED_LENGTH) return [];
    const trigrams = new Set<string>();
    for (let index = 0; index + 3 <= term.length; index += 1)
      trigrams.add(term.slice(index, index + 3));
    const match = [...trigrams].map((trigram) => `"${trigram}"`).join(' OR ');
    const rows = this.db.all(
      'SELECT term FROM terms_trigram WHERE terms_trigram MATCH ? ORDER BY rank LIMIT 300',
      [match],
    ) as { term: string }[];
    return rows
      .map((row) => ({ term: row.term, distance: editDistance(term, row.term, maxEdits) }))
      .filter((candidate) => candidate.distance <= maxEdits && candidate.term !== term)
      .sort((a, b) => a.distance - b.distance || a.term.length - b.term.length)
      .slice(0, limit)
      .map((candidate) => candidate.term);
  }

  /** Runs an FTS5 MATCH expression with filters; best first. */
  query(match: string, filters: FulltextFilters, limit: number): FulltextHit[] {
    const where: string[] = ['fts MATCH ?'];
    const values: (string | number)[] = [match];
    if (filters.kinds?.length) {
      where.push(`d.kind IN (${filters.kinds.map(() => '?').join(',')})`);
      values.push(...filters.kinds);
    }
    if (filters.personIds?.length) {
      where.push(`(${filters.personIds.map(() => 'instr(d.person_ids, ?) > 0').join(' OR ')})`);
      values.push(...filters.personIds.map((id) => ` ${id} `));
    }
    if (filters.tags?.length) {
      where.push(`(${filters.tags.map(() => 'instr(d.tags, ?) > 0').join(' AND ')})`);
      values.push(...filters.tags.map((tag) => ` ${tag} `));
    }
    if (filters.statuses?.length) {
      where.push(`d.status IN (${filters.statuses.map(() => '?').join(',')})`);
      values.push(...filters.statuses);
    }
    if (filters.from) {
      where.push('d.date >= ?');
      values.push(filters.from);
    }
    if (filters.to) {
      where.push('d.date <= ?');
      values.push(filters.to);
    }
    values.push(limit);
    const rows = this.db.all(
      `SELECT d.kind AS kind, d.id AS id, ${RANK} AS rank
       FROM fts JOIN docs d ON d.rowid = fts.rowid
       WHERE ${where.join(' AND ')}
       ORDER BY rank LIMIT ?`,
      values,
    ) as QueryResult[] as unknown as FulltextHit[];
    return rows.map((row) => ({ kind: row.kind, id: row.id, rank: Number(row.rank) }));
  }
}
