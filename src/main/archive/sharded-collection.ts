/**
 * A collection of records kept as lowdb files ("shards") that each stay small, so that
 * saving one edit rewrites one shard, well under a megabyte, however large the archive.
 *
 * New records go to the newest shard until it is full; a full shard is never grown again,
 * so an edit rewrites at most MAX_SHARD_BYTES of JSON. All records are held in memory
 * (lists, search and references need them); the files are the durable copy.
 */
import { Low, type Adapter } from 'lowdb';
import type { ArchiveFs } from './archive-fs';

export interface StoredRecord {
  readonly id: string;
}

interface ShardData<T> {
  records: T[];
}

/** A shard is closed to new records past either limit; edits may still grow it a little. */
export const MAX_SHARD_RECORDS = 1000;
export const MAX_SHARD_BYTES = 512 * 1024;

const SHARD_NAME = /^(\d{6})\.json$/;

/** lowdb adapter that reads plain JSON and writes through the archive's durable writer. */
class DurableJsonAdapter<T> implements Adapter<T> {
  /** Bytes of the JSON last written, so the collection knows a shard's size without re-serialising. */
  lastWrittenLength = 0;

  constructor(
    private readonly files: ArchiveFs,
    private readonly relativePath: string,
  ) {}

  async read(): Promise<T | null> {
    if (!(await this.files.exists(this.relativePath))) return null;
    return JSON.parse(await this.files.readText(this.relativePath)) as T;
  }

  async write(data: T): Promise<void> {
    const text = JSON.stringify(data);
    this.lastWrittenLength = Buffer.byteLength(text);
    await this.files.writeAtomic(this.relativePath, text);
  }
}

interface Shard<T> {
  readonly number: number;
  readonly file: string;
  readonly db: Low<ShardData<T>>;
  readonly adapter: DurableJsonAdapter<ShardData<T>>;
  /** Size of the shard's JSON when last read or written, to decide when it is full. */
  bytes: number;
}

/** A shard file that could not be read as a list of records. */
export class DamagedShardError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(`Damaged data file ${file}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

export class ShardedCollection<T extends StoredRecord> {
  private readonly shards = new Map<number, Shard<T>>();
  private readonly byId = new Map<string, T>();
  private readonly shardOf = new Map<string, number>();
  private newestShard = 0;

  constructor(
    private readonly files: ArchiveFs,
    /** Folder of the collection, relative to the archive: `data/letters`. */
    readonly folder: string,
  ) {}

  /** The shard files of this collection, relative to the archive. */
  async shardFiles(): Promise<string[]> {
    const names = (await this.files.list(this.folder)).filter((name) => SHARD_NAME.test(name));
    return names.sort().map((name) => `${this.folder}/${name}`);
  }

  /**
   * Reads every shard. A shard that does not parse, or is not a list of records, throws
   * DamagedShardError naming the file, so that the archive can restore it and call again.
   */
  async load(): Promise<void> {
    await this.files.ensureDir(this.folder);
    await this.files.removeLeftoverTemporaries(this.folder);
    this.shards.clear();
    this.byId.clear();
    this.shardOf.clear();
    this.newestShard = 0;
    for (const file of await this.shardFiles()) {
      const number = Number(SHARD_NAME.exec(file.slice(this.folder.length + 1))![1]);
      const adapter = new DurableJsonAdapter<ShardData<T>>(this.files, file);
      const db = new Low<ShardData<T>>(adapter, { records: [] });
      let bytes: Buffer;
      try {
        bytes = await this.files.readBytes(file);
        db.data = parseShard<T>(bytes.toString('utf8'));
      } catch (error) {
        throw new DamagedShardError(file, error);
      }
      this.shards.set(number, { number, file, db, adapter, bytes: bytes.length });
      this.newestShard = Math.max(this.newestShard, number);
      for (const record of db.data.records) {
        this.byId.set(record.id, record);
        this.shardOf.set(record.id, number);
      }
    }
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): T | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** All records, in the order they were added. */
  all(): T[] {
    return [...this.byId.values()];
  }

  values(): IterableIterator<T> {
    return this.byId.values();
  }

  /** Adds one record and returns once it is durable. */
  async insert(record: T): Promise<void> {
    await this.insertMany([record]);
  }

  /** Adds many records, writing each touched shard once. */
  async insertMany(records: readonly T[]): Promise<void> {
    const touched = new Set<Shard<T>>();
    for (const record of records) {
      if (this.byId.has(record.id)) throw new Error(`Duplicate id ${record.id} in ${this.folder}`);
      const shard = this.openShard();
      shard.db.data.records.push(record);
      // An estimate is enough to close the shard in time; the write measures it exactly.
      shard.bytes += Buffer.byteLength(JSON.stringify(record)) + 1;
      this.byId.set(record.id, record);
      this.shardOf.set(record.id, shard.number);
      touched.add(shard);
    }
    await this.writeShards(touched);
  }

  /** Replaces a stored record (same id) and returns once it is durable. */
  async replace(record: T): Promise<void> {
    await this.replaceMany([record]);
  }

  async replaceMany(records: readonly T[]): Promise<void> {
    const touched = new Set<Shard<T>>();
    for (const record of records) {
      const shard = this.shardHolding(record.id);
      const list = shard.db.data.records;
      list[list.findIndex((candidate) => candidate.id === record.id)] = record;
      this.byId.set(record.id, record);
      touched.add(shard);
    }
    await this.writeShards(touched);
  }

  /** Removes a record and returns once the removal is durable. */
  async remove(id: string): Promise<T> {
    const record = this.byId.get(id)!;
    await this.removeMany([id]);
    return record;
  }

  /** Removes records, writing each shard that held any of them once. */
  async removeMany(ids: readonly string[]): Promise<void> {
    const gone = new Set(ids);
    const touched = new Set<Shard<T>>();
    for (const id of gone) touched.add(this.shardHolding(id));
    for (const shard of touched) {
      shard.db.data.records = shard.db.data.records.filter((record) => !gone.has(record.id));
    }
    for (const id of gone) {
      this.byId.delete(id);
      this.shardOf.delete(id);
    }
    await this.writeShards(touched);
  }

  /** The shard file that holds a record, relative to the archive. */
  fileOf(id: string): string | undefined {
    const number = this.shardOf.get(id);
    return number === undefined ? undefined : this.shards.get(number)?.file;
  }

  private shardHolding(id: string): Shard<T> {
    const number = this.shardOf.get(id);
    if (number === undefined) throw new Error(`No record ${id} in ${this.folder}`);
    return this.shards.get(number)!;
  }

  private openShard(): Shard<T> {
    const newest = this.shards.get(this.newestShard);
    if (
      newest &&
      newest.db.data.records.length < MAX_SHARD_RECORDS &&
      newest.bytes < MAX_SHARD_BYTES
    ) {
      return newest;
    }
    const number = this.newestShard + 1;
    const file = `${this.folder}/${String(number).padStart(6, '0')}.json`;
    const adapter = new DurableJsonAdapter<ShardData<T>>(this.files, file);
    const db = new Low<ShardData<T>>(adapter, { records: [] });
    const shard: Shard<T> = { number, file, db, adapter, bytes: 14 };
    this.shards.set(number, shard);
    this.newestShard = number;
    return shard;
  }

  /**
   * Writes shards one after another, oldest first, so that a crash in between never keeps a
   * record whose link points back to a record of the same batch in an older shard.
   */
  private async writeShards(shards: Set<Shard<T>>): Promise<void> {
    const ordered = [...shards].sort((a, b) => a.number - b.number);
    for (const [index, shard] of ordered.entries()) {
      try {
        await shard.db.write();
      } catch (error) {
        // A full disk, a lost permission: what is on disk is the truth, so the shards not
        // written are read back, and memory holds exactly what a restart would find.
        for (const unwritten of ordered.slice(index)) await this.readBack(unwritten);
        throw error;
      }
      shard.bytes = shard.adapter.lastWrittenLength;
    }
  }

  /** Makes memory agree with a shard's file again (after a failed write). */
  private async readBack(shard: Shard<T>): Promise<void> {
    const onDisk = await this.files.exists(shard.file);
    const text = onDisk ? await this.files.readText(shard.file) : '';
    const records = onDisk ? parseShard<T>(text).records : [];
    for (const [id, number] of this.shardOf) {
      if (number !== shard.number) continue;
      this.byId.delete(id);
      this.shardOf.delete(id);
    }
    for (const record of records) {
      this.byId.set(record.id, record);
      this.shardOf.set(record.id, shard.number);
    }
    if (!onDisk) {
      this.shards.delete(shard.number);
      this.newestShard = Math.max(0, ...this.shards.keys());
      return;
    }
    shard.db.data = { records };
    shard.bytes = Buffer.byteLength(text);
  }
}

function parseShard<T>(text: string): ShardData<T> {
  const data = JSON.parse(text) as unknown;
  if (
    typeof data !== 'object' ||
    data === null ||
    !Array.isArray((data as ShardData<T>).records) ||
    !(data as ShardData<T>).records.every(
      (record) =>
        typeof record === 'object' &&
        record !== null &&
        typeof (record as unknown as StoredRecord).id === 'string',
    )
  ) {
    throw new Error('not a list of records');
  }
  return data as ShardData<T>;
}
