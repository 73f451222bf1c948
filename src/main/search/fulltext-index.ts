/**
 * The full-text index: SQLite FTS5 (WebAssembly build, so no native module to rebuild for
 * Electron) over the normalised forms of every record's names, title and text. It is a
 * derived file (index/search.sqlite): deleting it only costs a rebuild.
 *
 * Typo tolerance is added on top of FTS5: every indexed word is also kept in a trigram
 * table, so that a query word the index does not know is widened to the known words
 * within one or two edits.
 */
import sqlite, { type QueryResult } from 'node-sqlite3-wasm';

// A CommonJS package: its classes are properties of the default export under ESM.
const { Database } = sqlite;
type Database = InstanceType<typeof Database>;
import type { RecordKind } from '../../shared/records';

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
      db.exec('PRAGMA journal_mode=TRUNCATE; PRAGMA synchronous=NORMAL;');
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
            if (term.length >= 4 && insertTerm.run([term]).changes > 0) insertTrigram.run([term]);
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

  /** After a bulk build without term tracking: fills the typo table from the index's vocabulary. */
  rebuildTerms(): void {
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
    return this.db.get('SELECT 1 AS found FROM fts_vocab WHERE term = ?', [term]) !== null;
  }

  /**
   * Known words within `maxEdits` of a word the index does not have: candidates share
   * trigrams with it, then the edit distance decides.
   */
  similarTerms(term: string, maxEdits: number, limit = 8): string[] {
    if (term.length < 4) return [];
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

/** Damerau-Levenshtein (optimal string alignment) distance, giving up past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j += 1) d[0][j] = j;
  for (let i = 1; i < rows; i += 1) {
    let best = Infinity;
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
      best = Math.min(best, d[i][j]);
    }
    if (best > max) return max + 1;
  }
  return d[a.length][b.length];
}
