import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ArchiveFs } from '../../../src/main/archive/archive-fs';
import {
  DamagedShardError,
  MAX_SHARD_BYTES,
  MAX_SHARD_RECORDS,
  ShardedCollection,
} from '../../../src/main/archive/sharded-collection';
import { makeTempDir, removeDir } from './helpers';

interface TestRecord {
  id: string;
  personId: string;
  summary: string;
  n: number;
}

/** A record about the size of a real letter entry (~350 bytes of JSON). */
function letter(n: number, summary?: string): TestRecord {
  return {
    id: `let_${String(n).padStart(6, '0')}`,
    personId: `per_${n % 500}`,
    summary:
      summary ??
      `Letter ${n}: thanked for the parcel, asks for books, health is fine, the appeal hearing is in May. Хат ${n}: сәлем, қалың қалай?`,
    n,
  };
}

async function statShards(dir: string, files: string[]) {
  return new Map(
    await Promise.all(
      files.map(async (file) => {
        const stat = await fs.stat(path.join(dir, file));
        return [file, { ino: stat.ino, mtimeMs: stat.mtimeMs, size: stat.size }] as const;
      }),
    ),
  );
}

describe('ShardedCollection', () => {
  let dir: string;
  let files: ArchiveFs;

  beforeEach(async () => {
    dir = await makeTempDir('shards');
    files = new ArchiveFs(dir);
  });

  afterEach(async () => {
    await removeDir(dir);
  });

  async function loaded(folder = 'data/letters'): Promise<ShardedCollection<TestRecord>> {
    const collection = new ShardedCollection<TestRecord>(files, folder);
    await collection.load();
    return collection;
  }

  async function shardContents(collection: ShardedCollection<TestRecord>) {
    return Promise.all(
      (await collection.shardFiles()).map(
        async (file) =>
          JSON.parse(await fs.readFile(path.join(dir, file), 'utf8')) as { records: TestRecord[] },
      ),
    );
  }

  it('starts a new shard when one reaches the record limit', async () => {
    const collection = await loaded();
    const records = Array.from({ length: 2 * MAX_SHARD_RECORDS + 500 }, (_, n) => letter(n));
    await collection.insertMany(records.slice(0, 1200));
    for (const record of records.slice(1200, 1300)) await collection.insert(record);
    await collection.insertMany(records.slice(1300));
    expect(await collection.shardFiles()).toEqual([
      'data/letters/000001.json',
      'data/letters/000002.json',
      'data/letters/000003.json',
    ]);
    const contents = await shardContents(collection);
    expect(contents.map((shard) => shard.records.length)).toEqual([1000, 1000, 500]);
    expect(contents.flatMap((shard) => shard.records)).toEqual(records);
  });

  it('starts a new shard when one reaches the size limit, counted in bytes on disk', async () => {
    const collection = await loaded();
    // Cyrillic takes two bytes a letter in UTF-8: 300 records of ~20 KB of JSON each.
    const records = Array.from({ length: 300 }, (_, n) =>
      letter(n, 'Қамаудағы журналист хат жазды. '.repeat(330)),
    );
    const recordBytes = Buffer.byteLength(JSON.stringify(records[0]));
    expect(recordBytes).toBeGreaterThan(18_000);
    await collection.insertMany(records.slice(0, 100));
    for (const record of records.slice(100, 120)) await collection.insert(record);
    await collection.insertMany(records.slice(120));
    const shardFiles = await collection.shardFiles();
    expect(shardFiles.length).toBeGreaterThan(1);
    for (const file of shardFiles) {
      const { size } = await fs.stat(path.join(dir, file));
      // A shard closes once it reaches the limit, so it exceeds it by at most one record.
      expect(size, file).toBeLessThanOrEqual(MAX_SHARD_BYTES + recordBytes + 100);
    }
    const total = shardFiles.length;
    expect(total).toBeGreaterThanOrEqual(
      Math.ceil((records.length * recordBytes) / MAX_SHARD_BYTES),
    );
    // After a reload the collection still knows which shards are full.
    const reloaded = await loaded();
    await reloaded.insert(letter(9999, 'Қ'.repeat(10_000)));
    expect((await reloaded.shardFiles()).length).toBeLessThanOrEqual(total + 1);
    for (const file of await reloaded.shardFiles()) {
      const { size } = await fs.stat(path.join(dir, file));
      expect(size, file).toBeLessThanOrEqual(MAX_SHARD_BYTES + recordBytes + 100);
    }
  });

  it('with 20,000 records, one edit rewrites exactly one shard file, under 1 MB', async () => {
    const collection = await loaded();
    const records = Array.from({ length: 20_000 }, (_, n) => letter(n));
    for (let start = 0; start < records.length; start += 5000) {
      await collection.insertMany(records.slice(start, start + 5000));
    }
    const shardFiles = await collection.shardFiles();
    expect(shardFiles.length).toBe(20);
    // Let the clock move on, so that a rewritten file would show a new mtime.
    await new Promise((resolve) => setTimeout(resolve, 20));

    const check = async (edit: () => Promise<unknown>, expectedFile: string) => {
      const before = await statShards(dir, await collection.shardFiles());
      await edit();
      const after = await statShards(dir, await collection.shardFiles());
      const changed = [...after.keys()].filter((file) => {
        const was = before.get(file);
        return !was || was.ino !== after.get(file)!.ino || was.mtimeMs !== after.get(file)!.mtimeMs;
      });
      expect(changed).toEqual([expectedFile]);
      expect(after.get(expectedFile)!.size).toBeLessThan(1024 * 1024);
      return after.get(expectedFile)!.size;
    };

    const edited = {
      ...records[12_345],
      summary: 'Returned: the facility refused it. Қайтарылды.',
    };
    const size = await check(() => collection.replace(edited), 'data/letters/000013.json');
    expect(size).toBeLessThan(MAX_SHARD_BYTES + 1000);
    await check(() => collection.remove(records[3].id), 'data/letters/000001.json');
    await check(() => collection.insert(letter(20_000)), 'data/letters/000021.json');
    expect(collection.size).toBe(20_000);

    const reloaded = await loaded();
    expect(reloaded.size).toBe(20_000);
    expect(reloaded.get(edited.id)).toEqual(edited);
    expect(reloaded.has(records[3].id)).toBe(false);
    expect(reloaded.all()).toEqual(collection.all());
    expect(reloaded.all().map((record) => record.id)).toEqual(
      collection.all().map((record) => record.id),
    );
  });

  it('reloads exactly the records it wrote, in order, Kazakh letters included', async () => {
    const collection = await loaded('data/persons');
    const records = Array.from({ length: 2345 }, (_, n) =>
      letter(n, `${n} Әйгерім Нұртаева ә ғ қ ң ө ұ ү һ і Ә Ғ Қ Ң Ө Ұ Ү Һ І`),
    );
    await collection.insertMany(records);
    await collection.replace({ ...records[5], n: -5 });
    const reloaded = await loaded('data/persons');
    expect(reloaded.all()).toEqual(collection.all());
    expect(reloaded.get(records[5].id)?.n).toBe(-5);
    expect(reloaded.get(records[2000].id)?.summary).toBe(records[2000].summary);
  });

  it('reports a shard that does not parse, or is not a list of records, by its file', async () => {
    const collection = await loaded();
    await collection.insertMany([letter(1), letter(2)]);
    for (const garbage of ['{"records":[{"id":"x"', '[1,2,3]', '{"records":[{"name":"no id"}]}']) {
      await fs.writeFile(path.join(dir, 'data/letters/000001.json'), garbage);
      const error = await new ShardedCollection<TestRecord>(files, 'data/letters').load().then(
        () => null,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(DamagedShardError);
      expect((error as DamagedShardError).file).toBe('data/letters/000001.json');
    }
  });

  it('writes a batch across shards oldest first: if that write fails, the newer is not written', async () => {
    const collection = await loaded();
    await collection.insertMany(Array.from({ length: 990 }, (_, n) => letter(n)));
    // Twenty letters, each answering the one before: ten fill shard 1, ten open shard 2.
    const batch = Array.from({ length: 20 }, (_, n) => ({
      ...letter(1000 + n),
      ...(n > 0 ? { inReplyTo: letter(999 + n).id } : {}),
    }));
    const write = files.writeAtomic.bind(files);
    files.writeAtomic = async (relative, data) => {
      if (relative === 'data/letters/000001.json') throw new Error('killed');
      return write(relative, data);
    };
    await expect(collection.insertMany(batch)).rejects.toThrow('killed');
    files.writeAtomic = write;
    await files.flush();
    expect(await collection.shardFiles()).toEqual(['data/letters/000001.json']);
    const reloaded = await loaded();
    expect(reloaded.size).toBe(990);
  });

  it('refuses a duplicate id', async () => {
    const collection = await loaded();
    await collection.insert(letter(1));
    await expect(collection.insert(letter(1))).rejects.toThrow(/Duplicate id/);
  });
});
