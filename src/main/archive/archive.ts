/**
 * An open archive: its folder, lock, manifest, record collections, text and blob stores and
 * backups. Every change to records goes through the methods here, which validate, check
 * links, write durably, and only then answer.
 *
 * Folder layout (see docs/DESIGN.md):
 *   archive.json  data/<collection>/NNNNNN.json  text/<hash>.txt  blobs/<aa>/<hash>
 *   index/  backups/<stamp>/  damaged/<stamp>/  .lock  archive.key (encrypted archives)
 */
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { randomBytes } from 'node:crypto';
import {
  COLLECTION_OF,
  FIELD_SCHEMAS,
  LARGE_TEXT_FIELD,
  RECORD_KINDS,
  RECORD_SCHEMAS,
  type AnyRecord,
  type RecordKind,
  type RecordOf,
} from '../../shared/records';
import { CasefileError, type FieldProblem } from '../../shared/errors';
import { parseOrThrow } from '../../shared/validation';
import type { Recovery } from '../../shared/api';
import { ArchiveFs, isCode } from './archive-fs';
import { ArchiveLock } from './archive-lock';
import { BlobStore, TextStore } from './content-stores';
import {
  MANIFEST_FILE,
  migrate,
  newManifest,
  parseManifest,
  Settings,
  writeManifest,
  type Manifest,
  type Migration,
} from './manifest';
import { createBackup, findGoodCopy, listBackups } from './backups';
import { DamagedShardError, ShardedCollection } from './sharded-collection';
import { PERSON_LINKED_ONLY_BY_PERSON_IDS, mayPointTo, referencesOf } from './references';
import { PersonLinks } from './person-links';
import { FileCipher, isSealed } from './encryption/file-cipher';
import {
  KEY_FILE,
  createKeyFile,
  rewrapForPassphrase,
  serialiseKeyFile,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  type KeyFile,
} from './encryption/key-file';
import { unlock, type UnlockOptions } from './encryption/unlock';

/** A record as kept in data/: large text replaced by the hash of its file in text/. */
export type Stored<K extends RecordKind> = Omit<RecordOf<K>, 'body' | 'text'> & {
  textHash?: string;
};
type AnyStored = Stored<RecordKind>;

/** What changed, told to listeners (the search index) once the change is durable. */
export type ArchiveChange =
  | {
      readonly type: 'put';
      readonly kind: RecordKind;
      readonly record: Stored<RecordKind>;
      readonly text?: string;
    }
  | { readonly type: 'remove'; readonly kind: RecordKind; readonly id: string };

export type ChangeListener = (changes: readonly ArchiveChange[]) => void;

export interface OpenOptions extends UnlockOptions {
  /** Create a new archive when the folder holds none (it must be empty or missing). */
  readonly create?: boolean;
  /** With `create`: encrypt the new archive with this passphrase. */
  readonly encryptWith?: string;
  readonly name?: string;
  readonly isSample?: boolean;
  /** The clock, injectable for tests. */
  readonly now?: () => Date;
  /** For tests of the migration mechanism. */
  readonly migrations?: readonly Migration[];
  readonly formatVersion?: number;
  /**
   * Return as soon as the small collections are read, and read the large ones (letters,
   * articles, documents, events) after: reading 160 MB of JSON takes seconds that a window
   * should not wait for. Reads of a large kind wait for it (`whenLoaded`), changes wait for
   * everything. Without it, `open` returns with every record read.
   */
  readonly loadInBackground?: boolean;
}

export interface ListFilter {
  readonly personId?: string;
  readonly role?: string;
  readonly limit?: number;
  readonly offset?: number;
}

const ID_PREFIX: Record<RecordKind, string> = {
  person: 'per',
  facility: 'fac',
  attachment: 'att',
  address: 'adr',
  case: 'cas',
  event: 'evt',
  letter: 'let',
  article: 'art',
  document: 'doc',
};

export function newId(kind: RecordKind): string {
  return `${ID_PREFIX[kind]}_${randomBytes(8).toString('base64url').replace(/[-_]/g, 'x')}`;
}

const FOLDERS = ['data', 'text', 'blobs', 'index', 'backups'] as const;

/** Person links built per turn of the event loop while collections are read. */
const LINKS_PER_TURN = 2_000;

/** The collections that grow with the years, read after `open` returns when asked to. */
export const LOADED_IN_BACKGROUND: readonly RecordKind[] = [
  'letter',
  'event',
  'article',
  'document',
];

/**
 * The order addMany writes collections in: every kind after the kinds its links point to
 * (see references.ts), so that a crash between two collections never leaves a link to a
 * record that was not written.
 */
const WRITE_ORDER: readonly RecordKind[] = [
  'attachment',
  'facility',
  'person',
  'address',
  'case',
  'letter',
  'article',
  'document',
  'event',
];

export class Archive {
  readonly files: ArchiveFs;
  readonly texts: TextStore;
  readonly blobs: BlobStore;
  readonly recoveries: Recovery[] = [];
  private readonly collections: { [K in RecordKind]: ShardedCollection<Stored<K>> };
  private changedSinceBackup = false;
  private closed = false;
  private readonly listeners = new Set<ChangeListener>();
  private readonly personLinks = new PersonLinks();
  private readonly loadedKinds = new Set<RecordKind>();
  /** Settles when every collection is read (or reading one failed). */
  private fullyLoaded: Promise<void> = Promise.resolve();
  /** Changes run one at a time, so that link checks and backups see a consistent archive. */
  private queue: Promise<unknown> = Promise.resolve();
  /**
   * The recovery key of an archive encrypted by this open (`encryptWith`): shown once to
   * the person, never stored in plaintext.
   */
  newRecoveryKey: string | null = null;

  private constructor(
    readonly dir: string,
    private manifest: Manifest,
    private readonly lock: ArchiveLock,
    readonly now: () => Date,
    private readonly keys: { keyFile: KeyFile; dataKey: Buffer; cipher: FileCipher } | null,
  ) {
    this.files = new ArchiveFs(dir, keys?.cipher ?? null);
    this.texts = new TextStore(this.files);
    this.blobs = new BlobStore(this.files);
    this.collections = Object.fromEntries(
      RECORD_KINDS.map((kind) => [
        kind,
        new ShardedCollection(this.files, `data/${COLLECTION_OF[kind]}`),
      ]),
    ) as unknown as { [K in RecordKind]: ShardedCollection<Stored<K>> };
  }

  /**
   * Opens (or creates) the archive in `dir`. A second process gets `archive-locked`; a
   * damaged data file is restored from the newest good backup and reported in
   * `recoveries`; an older format is migrated.
   */
  static async open(dir: string, options: OpenOptions = {}): Promise<Archive> {
    const root = path.resolve(dir);
    const now = options.now ?? (() => new Date());
    await prepareFolder(root, options.create ?? false);
    const lock = await ArchiveLock.acquire(root);
    try {
      let keys = await unlock(new ArchiveFs(root), options);
      let newRecoveryKey: string | null = null;
      const isNew = !(await new ArchiveFs(root).exists(MANIFEST_FILE));
      if (isNew && !options.create) throw notAnArchive(root);
      if (isNew && options.encryptWith !== undefined && !keys) {
        // The key file comes first: from then on nothing is written in plaintext.
        const created = await createKeyFile(options.encryptWith);
        await new ArchiveFs(root).writeAtomic(KEY_FILE, serialiseKeyFile(created.keyFile));
        keys = { ...created, cipher: new FileCipher(created.dataKey) };
        newRecoveryKey = created.recoveryKey;
      }
      const files = new ArchiveFs(root, keys?.cipher ?? null);
      const recoveries: Recovery[] = [];
      let manifest: Manifest;
      if (isNew) {
        manifest = newManifest(options.name ?? path.basename(root), now(), options.isSample);
        for (const folder of FOLDERS) await files.ensureDir(folder);
        await writeManifest(files, manifest);
      } else {
        if (!keys && isSealed(await files.readBytes(MANIFEST_FILE))) {
          // Without its key file an encrypted archive would look damaged throughout, and
          // "repairing" it would set every file aside: refuse, touching nothing.
          throw new CasefileError(
            'archive-damaged',
            `This archive is encrypted, but its key file (${KEY_FILE}) is missing. Put the key file back (from a copy of the archive) to open it.`,
          );
        }
        manifest = await readManifestOrRestore(files, now(), recoveries);
      }
      manifest = (await migrate(files, manifest, options.migrations, options.formatVersion))
        .manifest;
      const archive = new Archive(root, manifest, lock, now, keys);
      archive.newRecoveryKey = newRecoveryKey;
      archive.recoveries.push(...recoveries);
      const later = options.loadInBackground ? LOADED_IN_BACKGROUND : [];
      await Promise.all([
        archive.loadCollections(RECORD_KINDS.filter((kind) => !later.includes(kind))),
        // Only a crash leaves temporary files, and a crash leaves its lock behind. (Listing
        // text/ costs a few tenths of a second with 150,000 texts, so it is not done always.)
        lock.tookOverStale ? removeStoreTemporaries(files) : undefined,
      ]);
      archive.fullyLoaded = (async () => {
        await archive.loadCollections(later);
        await archive.backupIfDue();
      })();
      // Failures reach whoever waits for the load; none may go unhandled meanwhile.
      archive.fullyLoaded.catch(() => undefined);
      if (!options.loadInBackground) await archive.fullyLoaded;
      return archive;
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  get info() {
    return {
      archiveId: this.manifest.archiveId,
      name: this.manifest.name,
      dir: this.dir,
      formatVersion: this.manifest.formatVersion,
      createdAt: this.manifest.createdAt,
      isSample: this.manifest.isSample,
      encrypted: this.keys !== null,
      counts: Object.fromEntries(
        RECORD_KINDS.map((kind) => [kind, this.collections[kind].size]),
      ) as Record<RecordKind, number>,
      recoveries: [...this.recoveries],
      /** Counts of kinds still being read are 0 until they are read. */
      loading: this.isLoading
        ? { done: this.loadedKinds.size, total: RECORD_KINDS.length }
        : undefined,
    };
  }

  get isEncrypted(): boolean {
    return this.keys !== null;
  }

  /**
   * Wraps the data key with a new passphrase, after checking the current one (or the
   * recovery key, when the passphrase is forgotten). Only the key file changes: every other
   * file stays as it is, and the recovery key keeps working.
   */
  async changePassphrase(
    current: string | { readonly recoveryKey: string },
    next: string,
  ): Promise<void> {
    const keys = this.keys;
    if (!keys) {
      throw new CasefileError(
        'validation',
        'This archive is not encrypted, so it has no passphrase.',
      );
    }
    await this.serially(async () => {
      const checked =
        typeof current === 'string'
          ? await unlockWithPassphrase(keys.keyFile, current)
          : unlockWithRecoveryKey(keys.keyFile, current.recoveryKey);
      if (!checked.equals(keys.dataKey)) {
        throw new CasefileError('internal', 'The key file no longer matches the open archive.');
      }
      const keyFile = await rewrapForPassphrase(keys.keyFile, keys.dataKey, next);
      await this.files.writeAtomic(KEY_FILE, serialiseKeyFile(keyFile));
      keys.keyFile = keyFile;
    });
  }

  /** Whether the records of a kind have been read (see `loadInBackground`). */
  isLoaded(kind: RecordKind): boolean {
    return this.loadedKinds.has(kind);
  }

  /** Whether some collections are still being read (see `loadInBackground`). */
  get isLoading(): boolean {
    return this.loadedKinds.size < RECORD_KINDS.length;
  }

  /**
   * Resolves once the given kinds (all when none are named) are read; rejects with the
   * reason when reading them failed, e.g. a damaged file with no good backup.
   */
  async whenLoaded(kinds: readonly RecordKind[] = RECORD_KINDS): Promise<void> {
    if (kinds.every((kind) => this.loadedKinds.has(kind))) return;
    await this.fullyLoaded;
  }

  get settings() {
    return this.manifest.settings;
  }

  /** Changes some settings and writes them to archive.json at once; returns them all. */
  async updateSettings(patch: Partial<Manifest['settings']>): Promise<Manifest['settings']> {
    return this.serially(async () => {
      const settings = Settings.parse({ ...this.manifest.settings, ...patch });
      const manifest = { ...this.manifest, settings };
      await writeManifest(this.files, manifest);
      this.manifest = manifest;
      return settings;
    });
  }

  /** Waits for pending writes, takes a backup if anything changed, and releases the lock. */
  async close(): Promise<void> {
    if (this.closed) return;
    // When reading failed, no change can have been made (changes wait for the reading).
    const readingFailed = await this.fullyLoaded.then(
      () => false,
      () => true,
    );
    try {
      if (!readingFailed) {
        await this.serially(async () => {
          await this.files.flush();
          if (this.changedSinceBackup) await this.backupNow();
        });
      }
    } finally {
      // Even when the backup fails (a full disk), the archive must not stay locked.
      this.closed = true;
      await this.lock.release();
    }
  }

  /** Calls `listener` after every durable change; returns the function that stops it. */
  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(changes: readonly ArchiveChange[]): void {
    if (changes.length === 0) return;
    for (const change of changes) {
      if (change.type === 'put') this.personLinks.set(change.kind, change.record.id, change.record);
      else this.personLinks.delete(change.kind, change.id);
    }
    for (const listener of this.listeners) {
      try {
        listener(changes);
      } catch (error) {
        // A listener (the search index) failing must never undo or fail a saved change.
        console.error(error);
      }
    }
  }

  // ------------------------------------------------------------------ reading

  count(kind: RecordKind): number {
    return this.loaded(kind).size;
  }

  has(kind: RecordKind, id: string): boolean {
    return this.loaded(kind).has(id);
  }

  /** A record as stored (large text left out): cheap, for lists and links. */
  stored<K extends RecordKind>(kind: K, id: string): Stored<K> {
    const record = this.loaded(kind).get(id);
    if (!record) throw notFound(kind, id);
    return record;
  }

  storedAll<K extends RecordKind>(kind: K): Stored<K>[] {
    return this.loaded(kind).all();
  }

  /** A collection that has been read; asking for one still being read is a bug of the caller. */
  private loaded<K extends RecordKind>(kind: K): ShardedCollection<Stored<K>> {
    if (!this.loadedKinds.has(kind)) {
      throw new Error(`The ${kind} records are still being read: wait for whenLoaded() first.`);
    }
    return this.collections[kind];
  }

  /** The data file that holds a record, relative to the archive (for repairs). */
  fileOf(kind: RecordKind, id: string): string | undefined {
    return this.loaded(kind).fileOf(id);
  }

  /** A whole record, large text included. */
  async get<K extends RecordKind>(kind: K, id: string): Promise<RecordOf<K>> {
    return this.hydrate(kind, this.stored(kind, id));
  }

  async hydrate<K extends RecordKind>(kind: K, stored: Stored<K>): Promise<RecordOf<K>> {
    const field = largeTextField(kind);
    if (!field) return stored as unknown as RecordOf<K>;
    const { textHash, ...rest } = stored as AnyStored;
    const text = textHash ? await this.texts.get(textHash) : '';
    return { ...rest, [field]: text } as unknown as RecordOf<K>;
  }

  /** Records of a kind, filtered and paged, in the order they were added. */
  list<K extends RecordKind>(
    kind: K,
    filter: ListFilter = {},
  ): { items: Stored<K>[]; total: number } {
    const collection = this.loaded(kind);
    let items =
      filter.personId === undefined
        ? collection.all()
        : this.personLinks.idsFor(filter.personId, kind).map((id) => collection.get(id)!);
    if (filter.role !== undefined) {
      items = items.filter(
        (record) => (record as unknown as { role?: string }).role === filter.role,
      );
    }
    const offset = filter.offset ?? 0;
    const limit = filter.limit ?? items.length;
    return { items: items.slice(offset, offset + limit), total: items.length };
  }

  // ------------------------------------------------------------------ changing

  /** Validates fields, checks links, stores the record durably and returns it whole. */
  async create<K extends RecordKind>(kind: K, fields: unknown, id?: string): Promise<RecordOf<K>> {
    return this.serially(async () => {
      const parsed = parseOrThrow(FIELD_SCHEMAS[kind], fields, `The ${kind}`) as Record<
        string,
        unknown
      >;
      const recordId = id ?? newId(kind);
      if (this.collections[kind].has(recordId)) {
        throw new CasefileError('conflict', `There is already a ${kind} with the id ${recordId}.`);
      }
      const stamp = this.now().toISOString();
      const record = {
        ...parsed,
        id: recordId,
        createdAt: stamp,
        updatedAt: stamp,
      } as unknown as RecordOf<K>;
      this.assertLinksResolve(kind, record);
      const stored = await this.toStored(kind, record);
      await this.collections[kind].insert(stored);
      this.changedSinceBackup = true;
      this.emit([{ type: 'put', kind, record: stored, text: largeTextOf(kind, record) }]);
      return record;
    });
  }

  /** Replaces the editable fields of a record; id and creation time stay. */
  async update<K extends RecordKind>(kind: K, id: string, fields: unknown): Promise<RecordOf<K>> {
    return this.serially(async () => {
      const previous = this.stored(kind, id);
      const parsed = parseOrThrow(FIELD_SCHEMAS[kind], fields, `The ${kind}`) as Record<
        string,
        unknown
      >;
      const record = {
        ...parsed,
        id,
        createdAt: (previous as AnyStored).createdAt,
        updatedAt: this.later((previous as AnyStored).updatedAt),
      } as unknown as RecordOf<K>;
      this.assertLinksResolve(kind, record);
      const stored = await this.toStored(kind, record);
      await this.collections[kind].replace(stored);
      this.changedSinceBackup = true;
      this.emit([{ type: 'put', kind, record: stored, text: largeTextOf(kind, record) }]);
      return record;
    });
  }

  /** Deletes a record that nothing links to; returns it whole (so that it can be restored). */
  async remove<K extends RecordKind>(kind: K, id: string): Promise<RecordOf<K>> {
    const [whole] = await this.removeMany([{ kind, id }]);
    return whole as RecordOf<K>;
  }

  /**
   * Deletes records that nothing outside them links to (they may link to each other, as a
   * person's letters do to the person and to one another); returns them whole, in order.
   * One pass over the kinds that may point to them, and one write per shard: deleting a
   * person with hundreds of letters one letter at a time took a scan of every letter each.
   */
  async removeMany(keys: readonly { kind: RecordKind; id: string }[]): Promise<AnyRecord[]> {
    return this.serially(async () => {
      const stored = keys.map((key) => ({ ...key, record: this.stored(key.kind, key.id) }));
      const linkedFrom = this.recordsLinkingToAny(keys).filter(
        (link) => !keys.some((key) => key.kind === link.kind && key.id === link.id),
      );
      if (linkedFrom.length > 0) {
        const counts = new Map<RecordKind, number>();
        for (const link of linkedFrom) counts.set(link.kind, (counts.get(link.kind) ?? 0) + 1);
        const listed = [...counts].map(([k, n]) => `${n} ${k}${n > 1 ? 's' : ''}`).join(', ');
        const what = keys.length === 1 ? `This ${keys[0].kind}` : 'These records';
        throw new CasefileError(
          'conflict',
          `${what} cannot be deleted while other records point to ${keys.length === 1 ? 'it' : 'them'} (${listed}). Delete or change those first.`,
          { linkedFrom },
        );
      }
      const wholes: AnyRecord[] = [];
      for (const { kind, record } of stored) wholes.push(await this.hydrate(kind, record));
      const byKind = new Map<RecordKind, string[]>();
      for (const { kind, id } of keys) byKind.set(kind, [...(byKind.get(kind) ?? []), id]);
      for (const [kind, ids] of byKind) await this.collections[kind].removeMany(ids);
      this.changedSinceBackup = true;
      this.emit(keys.map(({ kind, id }) => ({ type: 'remove' as const, kind, id })));
      return wholes;
    });
  }

  /**
   * Adds complete records (ids and timestamps given), as an import does: every record is
   * validated and every link must resolve within the archive or the batch. Valid records
   * are written in one batch per collection; the problems are returned, not thrown.
   */
  async addMany(items: readonly { kind: RecordKind; record: unknown; label: string }[]): Promise<{
    added: { kind: RecordKind; id: string }[];
    problems: { label: string; message: string }[];
  }> {
    return this.serially(async () => {
      const problems: { label: string; message: string }[] = [];
      const accepted: { kind: RecordKind; record: AnyRecord; label: string }[] = [];
      const batchIds = new Set<string>();
      for (const item of items) {
        const result = RECORD_SCHEMAS[item.kind].safeParse(item.record);
        if (!result.success) {
          const issue = result.error.issues[0];
          problems.push({
            label: item.label,
            message: `${issue.path.join('.') || item.kind}: ${issue.message}`,
          });
          continue;
        }
        const key = `${item.kind}:${result.data.id}`;
        if (this.collections[item.kind].has(result.data.id) || batchIds.has(key)) {
          problems.push({
            label: item.label,
            message: `a ${item.kind} with the id ${result.data.id} already exists`,
          });
          continue;
        }
        batchIds.add(key);
        accepted.push({ kind: item.kind, record: result.data, label: item.label });
      }
      // Links may point forward within the batch, so they are checked once all ids are known.
      const valid = accepted.filter((item) => {
        const broken = referencesOf(item.kind, item.record).find(
          (ref) =>
            !this.collections[ref.kind].has(ref.id) && !batchIds.has(`${ref.kind}:${ref.id}`),
        );
        if (broken) {
          problems.push({
            label: item.label,
            message: `${broken.field} names a ${broken.kind} (${broken.id}) that does not exist`,
          });
        }
        return !broken;
      });
      // A record dropped above may be the target of another; repeat until stable.
      let kept = valid;
      for (;;) {
        const keptIds = new Set(kept.map((item) => `${item.kind}:${item.record.id}`));
        const next = kept.filter((item) => {
          const broken = referencesOf(item.kind, item.record).find(
            (ref) =>
              !this.collections[ref.kind].has(ref.id) && !keptIds.has(`${ref.kind}:${ref.id}`),
          );
          if (broken)
            problems.push({
              label: item.label,
              message: `${broken.field} names a ${broken.kind} (${broken.id}) that was not imported`,
            });
          return !broken;
        });
        if (next.length === kept.length) break;
        kept = next;
      }
      const byKind = new Map<RecordKind, AnyStored[]>();
      const changes: ArchiveChange[] = [];
      for (const item of kept) {
        const stored = await this.toStored(item.kind, item.record);
        let batch = byKind.get(item.kind);
        if (!batch) {
          batch = [];
          byKind.set(item.kind, batch);
        }
        batch.push(stored);
        changes.push({
          type: 'put',
          kind: item.kind,
          record: stored,
          text: largeTextOf(item.kind, item.record),
        });
      }
      for (const kind of WRITE_ORDER) {
        const batch = byKind.get(kind);
        if (batch)
          await (this.collections[kind] as unknown as ShardedCollection<AnyStored>).insertMany(
            batch,
          );
      }
      if (kept.length) this.changedSinceBackup = true;
      this.emit(changes);
      return { added: kept.map((item) => ({ kind: item.kind, id: item.record.id })), problems };
    });
  }

  /**
   * Writes complete records as given (ids and timestamps kept), adding those the archive
   * lacks and replacing those it has: a bundle merge in one pass, one write per touched
   * shard. Every record is validated and every link must resolve within the archive or the
   * batch before anything is written; the first problem is thrown and nothing changes.
   */
  async putMany(items: readonly { kind: RecordKind; record: unknown }[]): Promise<{
    added: number;
    replaced: number;
  }> {
    return this.serially(async () => {
      const parsed: { kind: RecordKind; record: AnyRecord }[] = [];
      const batchIds = new Set<string>();
      for (const item of items) {
        const record = parseOrThrow(RECORD_SCHEMAS[item.kind], item.record, `The ${item.kind}`);
        const key = `${item.kind}:${record.id}`;
        if (batchIds.has(key)) {
          throw new CasefileError('conflict', `The ${item.kind} ${record.id} is given twice.`);
        }
        batchIds.add(key);
        parsed.push({ kind: item.kind, record });
      }
      for (const { kind, record } of parsed) {
        const broken = referencesOf(kind, record).find(
          (ref) =>
            !this.collections[ref.kind].has(ref.id) && !batchIds.has(`${ref.kind}:${ref.id}`),
        );
        if (broken) {
          throw new CasefileError(
            'validation',
            `The ${kind} ${record.id}: ${broken.field} names a ${broken.kind} (${broken.id}) that does not exist.`,
          );
        }
      }
      const inserts = new Map<RecordKind, AnyStored[]>();
      const replaces = new Map<RecordKind, AnyStored[]>();
      const changes: ArchiveChange[] = [];
      for (const { kind, record } of parsed) {
        const stored = await this.toStored(kind, record);
        const target = this.collections[kind].has(record.id) ? replaces : inserts;
        const batch = target.get(kind);
        if (batch) batch.push(stored);
        else target.set(kind, [stored]);
        changes.push({ type: 'put', kind, record: stored, text: largeTextOf(kind, record) });
      }
      for (const kind of WRITE_ORDER) {
        const collection = this.collections[kind] as unknown as ShardedCollection<AnyStored>;
        const added = inserts.get(kind);
        if (added) await collection.insertMany(added);
        const replaced = replaces.get(kind);
        if (replaced) await collection.replaceMany(replaced);
      }
      if (parsed.length) this.changedSinceBackup = true;
      this.emit(changes);
      const count = (batches: Map<RecordKind, AnyStored[]>) =>
        [...batches.values()].reduce((sum, batch) => sum + batch.length, 0);
      return { added: count(inserts), replaced: count(replaces) };
    });
  }

  // ------------------------------------------------------------------ links

  /** Problems with the links of a record, as form errors. */
  brokenLinks(kind: RecordKind, record: AnyRecord): FieldProblem[] {
    return referencesOf(kind, record)
      .filter((ref) => !this.collections[ref.kind].has(ref.id))
      .map((ref) => ({
        path: ref.field,
        message: `No ${ref.kind} with the id ${ref.id} is in this archive.`,
      }));
  }

  /** Records whose links point to the given record. */
  recordsLinkingTo(
    kind: RecordKind,
    id: string,
  ): { kind: RecordKind; id: string; field: string }[] {
    return this.recordsLinkingToAny([{ kind, id }]);
  }

  /** The links to any of `targets` from other records, one pass over each kind that may hold one. */
  private recordsLinkingToAny(
    targets: readonly { kind: RecordKind; id: string }[],
  ): { kind: RecordKind; id: string; field: string }[] {
    const wanted = new Set(targets.map((target) => `${target.kind}:${target.id}`));
    const found: { kind: RecordKind; id: string; field: string }[] = [];
    const check = (sourceKind: RecordKind, record: AnyStored) => {
      for (const ref of referencesOf(sourceKind, record as unknown as AnyRecord)) {
        if (ref.kind === sourceKind && ref.id === record.id) continue;
        if (wanted.has(`${ref.kind}:${ref.id}`)) {
          found.push({ kind: sourceKind, id: record.id, field: ref.field });
        }
      }
    };
    const targetKinds = new Set(targets.map((target) => target.kind));
    const persons = targets.filter((target) => target.kind === 'person');
    // Only the kinds that may point to these kinds are looked at, and for persons the kinds
    // linked by personId(s) come from PersonLinks: no scan of 200,000 letters.
    for (const sourceKind of RECORD_KINDS) {
      if (![...targetKinds].some((kind) => mayPointTo(sourceKind, kind))) continue;
      const collection = this.collections[sourceKind];
      const onlyPersons = [...targetKinds].every(
        (kind) => kind === 'person' || !mayPointTo(sourceKind, kind),
      );
      if (onlyPersons && PERSON_LINKED_ONLY_BY_PERSON_IDS.includes(sourceKind)) {
        const seen = new Set<string>();
        for (const person of persons) {
          for (const linked of this.personLinks.idsFor(person.id, sourceKind)) {
            if (seen.has(linked)) continue;
            seen.add(linked);
            check(sourceKind, collection.get(linked)!);
          }
        }
        continue;
      }
      for (const record of collection.values()) check(sourceKind, record);
    }
    return found;
  }

  private assertLinksResolve(kind: RecordKind, record: AnyRecord): void {
    const problems = this.brokenLinks(kind, record);
    if (problems.length > 0) {
      throw new CasefileError('validation', problems[0].message, { fields: problems });
    }
  }

  // ------------------------------------------------------------------ backups

  /** Takes a snapshot of archive.json and data/ now. */
  async backup(): Promise<string> {
    return this.serially(() => this.backupNow());
  }

  private async backupNow(): Promise<string> {
    await this.files.flush();
    const paths = [MANIFEST_FILE];
    for (const kind of RECORD_KINDS) paths.push(...(await this.collections[kind].shardFiles()));
    const dir = await createBackup(
      this.files,
      paths,
      this.now(),
      this.manifest.settings.backupsKept,
    );
    this.changedSinceBackup = false;
    return dir;
  }

  private async backupIfDue(): Promise<void> {
    const newest = (await listBackups(this.files))[0];
    const ageHours = newest
      ? (this.now().getTime() - Date.parse(newest.createdAt)) / 3_600_000
      : Infinity;
    if (ageHours >= this.manifest.settings.backupEveryHours || this.recoveries.length > 0) {
      await this.backupNow();
    }
  }

  // ------------------------------------------------------------------ internals

  private async loadCollections(kinds: readonly RecordKind[]): Promise<void> {
    for (const kind of kinds) {
      const collection = this.collections[kind];
      // Each pass either loads or sets one damaged file aside; a collection has finitely many.
      for (;;) {
        try {
          await collection.load();
          let sinceYield = 0;
          for (const record of collection.values()) {
            this.personLinks.add(kind, record.id, record);
            // 200,000 letters take half a second: let other work in now and then.
            if (++sinceYield === LINKS_PER_TURN) {
              sinceYield = 0;
              await new Promise((resolve) => setImmediate(resolve));
            }
          }
          this.loadedKinds.add(kind);
          break;
        } catch (error) {
          if (!(error instanceof DamagedShardError)) throw error;
          this.recoveries.push(
            await restoreDamagedFile(this.files, error.file, this.now(), isShardText),
          );
        }
      }
    }
  }

  private async toStored<K extends RecordKind>(kind: K, record: RecordOf<K>): Promise<Stored<K>> {
    const field = largeTextField(kind);
    if (!field) return record as unknown as Stored<K>;
    const { [field]: text, ...rest } = record as unknown as Record<string, unknown>;
    if (typeof text !== 'string' || text.length === 0) return rest as unknown as Stored<K>;
    // The text file is durable before the record that names it.
    return { ...rest, textHash: await this.texts.put(text) } as unknown as Stored<K>;
  }

  /** An update's timestamp: now, but never before the previous one (clocks go back). */
  private later(previous: string): string {
    const now = this.now();
    const before = Date.parse(previous);
    return (now.getTime() > before ? now : new Date(before + 1)).toISOString();
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    if (this.closed)
      return Promise.reject(new CasefileError('io', 'This archive has been closed.'));
    // Changes check links against every collection, so they wait until all are read.
    const loadedThenWork = () => this.fullyLoaded.then(work);
    const run = this.queue.then(loadedThenWork, loadedThenWork);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

function largeTextOf(kind: RecordKind, record: AnyRecord): string | undefined {
  const field = largeTextField(kind);
  return field ? String((record as unknown as Record<string, unknown>)[field] ?? '') : undefined;
}

export function largeTextField(kind: RecordKind): 'body' | 'text' | undefined {
  return (LARGE_TEXT_FIELD as Partial<Record<RecordKind, 'body' | 'text'>>)[kind];
}

/** Removes temporary files a crash left in the text and blob stores and beside archive.json. */
async function removeStoreTemporaries(files: ArchiveFs): Promise<void> {
  await files.removeLeftoverTemporaries('text');
  for (const name of await files.list('blobs')) {
    if (await files.isDirectory(`blobs/${name}`)) {
      await files.removeLeftoverTemporaries(`blobs/${name}`);
    }
  }
  for (const name of await files.list('.')) {
    if (name.startsWith(`${MANIFEST_FILE}.`) && name.endsWith('.tmp')) await files.removeFile(name);
  }
}

function isShardText(bytes: Buffer): boolean {
  try {
    const data = JSON.parse(bytes.toString('utf8')) as { records?: unknown };
    return Array.isArray(data.records);
  } catch {
    return false;
  }
}

/**
 * Moves a damaged file to damaged/<stamp>/ (never deleting it) and puts the newest good
 * backup copy in its place, if there is one.
 */
/** Moves a damaged file aside and puts back the newest good backup copy, if any. */
export async function restoreDamagedFile(
  files: ArchiveFs,
  relative: string,
  now: Date,
  isUsable: (bytes: Buffer) => boolean,
): Promise<Recovery> {
  const stamp = now.toISOString().replace(/[-:.]/g, '');
  const movedTo = `damaged/${stamp}/${relative}`;
  await files.move(relative, movedTo);
  const copy = await findGoodCopy(files, relative, isUsable);
  if (copy) await files.writeAtomic(relative, copy.bytes);
  return { file: relative, restoredFrom: copy ? copy.backup.dir : null, movedTo };
}

async function readManifestOrRestore(
  files: ArchiveFs,
  now: Date,
  recoveries: Recovery[],
): Promise<Manifest> {
  try {
    return parseManifest(await files.readText(MANIFEST_FILE));
  } catch {
    const isManifest = (bytes: Buffer) => {
      try {
        parseManifest(bytes.toString('utf8'));
        return true;
      } catch {
        return false;
      }
    };
    const recovery = await restoreDamagedFile(files, MANIFEST_FILE, now, isManifest);
    if (!recovery.restoredFrom) {
      throw new CasefileError(
        'archive-damaged',
        'The archive’s main file (archive.json) is damaged and no backup of it was found.',
        { movedTo: recovery.movedTo },
      );
    }
    recoveries.push(recovery);
    return parseManifest(await files.readText(MANIFEST_FILE));
  }
}

async function prepareFolder(root: string, create: boolean): Promise<void> {
  try {
    const entries = await fs.readdir(root);
    if (create && !entries.includes(MANIFEST_FILE)) {
      // A key file alone is an encrypted archive whose creation was interrupted.
      const foreign: string[] = [];
      for (const name of entries) {
        if (name.startsWith('.') || name === KEY_FILE) continue;
        // Our own folders, still empty: a creation cut short by a crash or a power loss.
        if (await isEmptyOwnFolder(root, name)) continue;
        foreign.push(name);
      }
      if (foreign.length > 0) {
        throw new CasefileError(
          'not-an-archive',
          `The folder ${root} already holds other files. Choose an empty folder for a new archive.`,
        );
      }
    }
  } catch (error) {
    if (!isCode(error, 'ENOENT')) throw error;
    if (!create) throw notAnArchive(root);
    await fs.mkdir(root, { recursive: true });
  }
}

async function isEmptyOwnFolder(root: string, name: string): Promise<boolean> {
  if (!(FOLDERS as readonly string[]).includes(name)) return false;
  const inside = await fs.readdir(path.join(root, name)).catch(() => null);
  return inside !== null && inside.length === 0;
}

function notAnArchive(root: string): CasefileError {
  return new CasefileError('not-an-archive', `There is no Casefile archive in ${root}.`);
}

function notFound(kind: RecordKind, id: string): CasefileError {
  return new CasefileError('not-found', `No ${kind} with the id ${id} is in this archive.`, {
    kind,
    id,
  });
}
