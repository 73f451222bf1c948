/**
 * Baselines for the search benchmark, built from the same records as the engine:
 * - plain fuse.js over every record's short fields (names, aliases, codes, titles), the
 *   approach the engine's name index narrows down with trigrams;
 * - SQLite FTS5 (native, better-sqlite3) over the raw text with the stock
 *   `unicode61 remove_diacritics 2` tokenizer: what full-text search gives without the
 *   engine's normalisation, transliteration and typo widening.
 */
import { promises as fs } from 'node:fs';
import Database from 'better-sqlite3';
import Fuse from 'fuse.js';
import type { Archive } from '../src/main/archive/archive';
import type { RecordKind } from '../src/shared/records';

export interface CorpusRecord {
  readonly kind: RecordKind;
  readonly id: string;
  /** Names, aliases and codes. */
  readonly names: string[];
  readonly title: string;
  /** Short text and long text together. */
  readonly body: string;
}

export interface Hit {
  readonly kind: string;
  readonly id: string;
}

const KINDS = ['person', 'facility', 'article', 'document', 'letter'] as const;
/** Text files read at once: reads overlap, and the disk is not the bottleneck. */
const READ_AHEAD = 32;

/** Every record as plain text, long text read from the archive's text store. */
export async function forEachRecord(
  archive: Archive,
  visit: (record: CorpusRecord) => void,
): Promise<void> {
  for (const kind of KINDS) {
    const all = archive.storedAll(kind) as unknown as Record<string, unknown>[];
    for (let start = 0; start < all.length; start += READ_AHEAD) {
      const chunk = all.slice(start, start + READ_AHEAD);
      const texts = await Promise.all(
        chunk.map((record) =>
          typeof record.textHash === 'string' ? archive.texts.get(record.textHash) : '',
        ),
      );
      chunk.forEach((r, index) => {
        const str = (value: unknown) => (typeof value === 'string' ? value : '');
        const list = (value: unknown) => (Array.isArray(value) ? (value as string[]) : []);
        const id = str(r.id);
        switch (kind) {
          case 'person':
            visit({
              kind,
              id,
              names: [str(r.name), str(r.nativeName), ...list(r.aliases)].filter(Boolean),
              title: '',
              body: str(r.notes),
            });
            break;
          case 'facility':
            visit({
              kind,
              id,
              names: [str(r.code), str(r.name)].filter(Boolean),
              title: '',
              body: [str(r.region), ...list(r.addressLines)].join('\n'),
            });
            break;
          case 'letter':
            visit({ kind, id, names: [], title: '', body: str(r.summary) });
            break;
          default:
            visit({
              kind,
              id,
              names: [],
              title: str(r.title),
              body: [str(r.source), str(r.court), texts[index]].filter(Boolean).join('\n'),
            });
        }
      });
    }
  }
}

/** Plain fuse.js, default options, over every record's short fields. */
export class FuseBaseline {
  private readonly items: { kind: RecordKind; id: string; names: string[] }[] = [];
  private fuse: Fuse<{ kind: RecordKind; id: string; names: string[] }> | null = null;

  add(record: CorpusRecord): void {
    const names = record.title ? [...record.names, record.title] : record.names;
    if (names.length) this.items.push({ kind: record.kind, id: record.id, names });
  }

  get size(): number {
    return this.items.length;
  }

  /** Builds fuse's index; returns milliseconds. */
  build(): number {
    const started = performance.now();
    this.fuse = new Fuse(this.items, { keys: ['names'] });
    return performance.now() - started;
  }

  search(query: string, limit: number): Hit[] {
    return this.fuse!.search(query, { limit }).map((result) => ({
      kind: result.item.kind,
      id: result.item.id,
    }));
  }
}

/** Native FTS5 over the raw text; the query's words are ANDed, quoted phrases kept. */
export class RawFtsBaseline {
  private readonly db: Database.Database;
  private readonly insert: Database.Statement;
  private pending: CorpusRecord[] = [];

  private constructor(db: Database.Database) {
    this.db = db;
    this.insert = db.prepare(
      'INSERT INTO fts(kind, id, names, title, body) VALUES (?, ?, ?, ?, ?)',
    );
  }

  static async create(file: string): Promise<RawFtsBaseline> {
    await fs.rm(file, { force: true });
    const db = new Database(file);
    // A throw-away file: durability would only measure the disk.
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.exec(`CREATE VIRTUAL TABLE fts USING fts5(
      kind UNINDEXED, id UNINDEXED, names, title, body,
      tokenize = 'unicode61 remove_diacritics 2'
    )`);
    return new RawFtsBaseline(db);
  }

  add(record: CorpusRecord): void {
    this.pending.push(record);
    if (this.pending.length >= 5_000) this.flush();
  }

  flush(): void {
    const rows = this.pending;
    this.pending = [];
    this.db.transaction(() => {
      for (const r of rows) this.insert.run(r.kind, r.id, r.names.join('\n'), r.title, r.body);
    })();
  }

  /** The FTS5 expression for a query typed in the search box. */
  static matchOf(query: string): string {
    const quote = (words: string[]) => `"${words.join(' ')}"`;
    const wordsOf = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];
    const clauses: string[] = [];
    const rest = query.replace(/"([^"]*)"/g, (_whole, inner: string) => {
      if (wordsOf(inner).length) clauses.push(quote(wordsOf(inner)));
      return ' ';
    });
    for (const word of wordsOf(rest)) clauses.push(quote([word]));
    return clauses.join(' AND ');
  }

  search(query: string, limit: number): Hit[] {
    const match = RawFtsBaseline.matchOf(query);
    if (!match) return [];
    return this.db
      .prepare(
        'SELECT kind, id FROM fts WHERE fts MATCH ? ORDER BY bm25(fts, 0, 0, 10.0, 5.0, 1.0) LIMIT ?',
      )
      .all(match, limit) as Hit[];
  }

  close(): void {
    this.db.close();
  }
}
