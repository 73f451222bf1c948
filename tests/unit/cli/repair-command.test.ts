import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Archive } from '../../../src/main/archive/archive';
import { cli } from '../../fixtures/run-cli';

const LETTERS_SHARD = 'data/letters/000001.json';

describe('casefile repair', () => {
  let root: string;
  let dir: string;
  let letterId: string;
  let goodShard: string;

  beforeEach(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'casefile-cli-repair-'));
    dir = path.join(root, 'archive');
    const archive = await Archive.open(dir, { create: true });
    const person = await archive.create('person', {
      name: 'Nurlan Qairatuly',
      nativeName: 'Нұрлан Қайратұлы',
    });
    letterId = (
      await archive.create('letter', {
        personId: person.id,
        summary: 'Өңірдегі соңғы жаңалықтар, сәлем хат және кітаптар тізімі',
      })
    ).id;
    // Closing after changes takes the backup that repair draws on.
    await archive.close();
    goodShard = await fs.readFile(path.join(dir, LETTERS_SHARD), 'utf8');
  });

  afterEach(async () => {
    await fs.rm(root, { recursive: true, force: true });
  });

  it('says so when nothing is damaged, and exits 0', async () => {
    const result = await cli(['repair', '--archive', dir]);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain('No damaged file was found');
    expect(result.out).toContain('The archive is whole now');
    await expect(fs.readdir(path.join(dir, 'damaged'))).rejects.toThrow();
  });

  it('restores a cut-off data file from the backup and keeps the damaged one aside', async () => {
    const cut = goodShard.slice(0, Math.floor(goodShard.length / 2));
    await fs.writeFile(path.join(dir, LETTERS_SHARD), cut);

    const result = await cli(['repair', '--archive', dir]);
    expect(result).toMatchObject({ code: 0, err: '' });
    const restored = result.out.match(
      /^Restored data\/letters\/000001\.json from the backup in backups\/\S+; the damaged copy is kept in (\S+)\.$/m,
    );
    expect(restored).not.toBeNull();
    expect(await fs.readFile(restored![1], 'utf8')).toBe(cut);
    expect(await fs.readFile(path.join(dir, LETTERS_SHARD), 'utf8')).toBe(goodShard);

    const verify = await cli(['verify', '--archive', dir]);
    expect(verify.code).toBe(0);
    const shown = await cli(['show', letterId, '--archive', dir, '--json']);
    expect(shown.out).toContain('Өңірдегі соңғы жаңалықтар');
  });

  it('restores a file that parses but holds an invalid record, which opening alone keeps', async () => {
    const edited = goodShard.replace(/"status":"[a-z]+"/, '"status":"сдано голубю"');
    expect(edited).not.toBe(goodShard);
    await fs.writeFile(path.join(dir, LETTERS_SHARD), edited);
    expect((await cli(['verify', '--archive', dir])).code).toBe(1);

    const result = await cli(['repair', '--archive', dir]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Restored data\/letters\/000001\.json from the backup in /m);
    expect(await fs.readFile(path.join(dir, LETTERS_SHARD), 'utf8')).toBe(goodShard);
    const [stamp] = await fs.readdir(path.join(dir, 'damaged'));
    expect(await fs.readFile(path.join(dir, 'damaged', stamp, LETTERS_SHARD), 'utf8')).toContain(
      'сдано голубю',
    );
    expect((await cli(['verify', '--archive', dir])).code).toBe(0);
  });

  it('keeps a damaged file with no good backup aside and says the records are lost, exit 1', async () => {
    await fs.rm(path.join(dir, 'backups'), { recursive: true });
    await fs.writeFile(path.join(dir, LETTERS_SHARD), '{"records":[{"id":');

    const result = await cli(['repair', '--archive', dir]);
    expect(result.code).toBe(1);
    expect(result.out).not.toContain('The archive is whole');
    expect(result.err).toMatch(
      /^data\/letters\/000001\.json was damaged and no backup holds a good copy; the damaged file is kept in \S+damaged\S+000001\.json\.$/m,
    );
    const [stamp] = await fs.readdir(path.join(dir, 'damaged'));
    expect(await fs.readFile(path.join(dir, 'damaged', stamp, LETTERS_SHARD), 'utf8')).toBe(
      '{"records":[{"id":',
    );
  });

  it('lists what backups cannot mend (a missing text file) and exits 1', async () => {
    const archive = await Archive.open(dir);
    const article = await archive.create('article', {
      title: 'Қамаудағы журналистке хат жазыңыз',
      body: 'Ұзақ мәтін: сот отырысы қайтадан кейінге қалдырылды. '.repeat(40),
    });
    const { textHash } = archive.stored('article', article.id) as { textHash: string };
    await archive.close();
    await fs.rm(path.join(dir, 'text', `${textHash}.txt`));

    const result = await cli(['repair', '--archive', dir]);
    expect(result.code).toBe(1);
    expect(result.out).toContain('No damaged file was found');
    expect(result.err).toContain(
      '1 problem cannot be mended from backups and needs a person to decide:',
    );
    expect(result.err).toMatch(new RegExp(`^  article ${article.id}: .*missing`, 'm'));
  });

  it('refuses in one sentence when the archive is open elsewhere, and touches nothing', async () => {
    await fs.writeFile(path.join(dir, LETTERS_SHARD), '{"records":[');
    const holder = await Archive.open(dir).catch(() => null);
    // Opening restored the file already; damage it again under the live lock.
    await fs.writeFile(path.join(dir, LETTERS_SHARD), '{"records":[');
    try {
      const result = await cli(['repair', '--archive', dir]);
      expect(result.code).toBe(1);
      expect(result.err).toMatch(/open in another Casefile window or program/);
      expect(await fs.readFile(path.join(dir, LETTERS_SHARD), 'utf8')).toBe('{"records":[');
    } finally {
      await holder?.close();
    }
  });
});
