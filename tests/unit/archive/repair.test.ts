import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Archive } from '../../../src/main/archive/archive';
import { repairArchive } from '../../../src/main/archive/repair';
import { verifyArchive } from '../../../src/main/archive/verify';
import { makeTempDir, removeDir } from './helpers';

const LETTERS_SHARD = 'data/letters/000001.json';

describe('repairArchive', () => {
  let root: string;
  let dir: string;
  let letterId: string;

  beforeEach(async () => {
    root = await makeTempDir('repair');
    dir = path.join(root, 'archive');
    const archive = await Archive.open(dir, { create: true });
    const person = await archive.create('person', { name: 'Ерболат Тұрсынбаев' });
    letterId = (await archive.create('letter', { personId: person.id, summary: 'Сәлем хат' })).id;
    // Closing after changes takes the backup the repair will draw on.
    await archive.close();
  });

  afterEach(async () => {
    await removeDir(root);
  });

  it('puts back a data file that parses but holds an invalid record, keeping the bad one aside', async () => {
    const file = path.join(dir, LETTERS_SHARD);
    const good = await fs.readFile(file, 'utf8');
    // A hand edit: valid JSON, an invalid status.
    await fs.writeFile(file, good.replace(/"status":"[a-z]+"/, '"status":"posted by pigeon"'));

    const opened = await Archive.open(dir);
    expect(await verifyArchive(opened)).toEqual([
      expect.objectContaining({ kind: 'letter', id: letterId }),
    ]);
    await opened.close();

    const report = await repairArchive(dir);
    expect(report.restored).toEqual([
      expect.objectContaining({ file: LETTERS_SHARD, restoredFrom: expect.any(String) }),
    ]);
    expect(report.remaining).toEqual([]);
    expect(await fs.readFile(file, 'utf8')).toBe(good);
    const kept = path.join(dir, report.restored[0].movedTo);
    expect(await fs.readFile(kept, 'utf8')).toContain('posted by pigeon');

    const after = await Archive.open(dir);
    expect(after.stored('letter', letterId).summary).toBe('Сәлем хат');
    await after.close();
  });

  it('lists what backups cannot mend, and changes nothing else', async () => {
    const archive = await Archive.open(dir);
    const article = await archive.create('article', {
      title: 'Ақпарат',
      body: 'Мәтін '.repeat(50),
    });
    const textFile = `text/${(archive.stored('article', article.id) as { textHash: string }).textHash}.txt`;
    await archive.close();
    await fs.rm(path.join(dir, textFile));

    const report = await repairArchive(dir);
    expect(report.restored).toEqual([]);
    expect(report.remaining).toEqual([
      expect.objectContaining({
        kind: 'article',
        id: article.id,
        message: expect.stringContaining('missing'),
      }),
    ]);
  });
});
