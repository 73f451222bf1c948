import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Archive } from '../../../../src/main/archive/archive';
import { KEY_FILE } from '../../../../src/main/archive/encryption/key-file';
import { verifyArchive } from '../../../../src/main/archive/verify';
import { caught, listFiles, makeTempDir, removeDir, snapshotFiles } from '../helpers';
import { PASSPHRASE, fillArchive } from './fixture';

const MAGIC = Buffer.from('CFE\u0001', 'latin1');

describe('an encrypted archive', () => {
  let scratch: string;
  let dir: string;

  beforeEach(async () => {
    scratch = await makeTempDir('encrypted');
    dir = path.join(scratch, 'archive');
  });

  afterEach(async () => {
    await removeDir(scratch);
  });

  async function createFilled() {
    const archive = await Archive.open(dir, {
      create: true,
      name: 'Жетісу тобы',
      encryptWith: PASSPHRASE,
    });
    const filled = await fillArchive(archive, scratch);
    return { archive, filled };
  }

  it('writes every file but the key file and the lock encrypted, and reads them back', async () => {
    const { archive, filled } = await createFilled();
    expect(archive.newRecoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(archive.info.encrypted).toBe(true);
    await archive.close();

    const files = await listFiles(dir);
    expect(files).toContain(KEY_FILE);
    expect(files.some((file) => file.startsWith('backups/'))).toBe(true);
    expect(files.some((file) => file.startsWith('text/'))).toBe(true);
    expect(files.some((file) => file.startsWith('blobs/'))).toBe(true);
    for (const file of files.filter((name) => name !== KEY_FILE)) {
      const head = (await fs.readFile(path.join(dir, file))).subarray(0, 4);
      expect(head.equals(MAGIC), file).toBe(true);
    }

    const reopened = await Archive.open(dir, { passphrase: PASSPHRASE });
    try {
      expect(reopened.info.name).toBe('Жетісу тобы');
      const person = await reopened.get('person', filled.personId);
      expect(person.nativeName).toBe('Жанаргүл Қожабергенова');
      expect((await reopened.get('article', filled.articleId)).body).toBe(filled.body);
      const attachment = await reopened.get('attachment', filled.attachmentId);
      expect((await reopened.blobs.get(attachment.hash)).equals(filled.png)).toBe(true);
      expect(await verifyArchive(reopened)).toEqual([]);
    } finally {
      await reopened.close();
    }
  });

  it('asks for the passphrase, refuses a wrong one, and opens with the recovery key', async () => {
    const { archive } = await createFilled();
    const recoveryKey = archive.newRecoveryKey!;
    await archive.close();
    const before = await snapshotFiles(dir);

    const missing = await caught(() => Archive.open(dir));
    expect(missing.code).toBe('passphrase-required');
    expect(missing.message).toBe('This archive is encrypted. Enter its passphrase to open it.');
    const wrong = await caught(() => Archive.open(dir, { passphrase: 'Жетісу таулары' }));
    expect(wrong.code).toBe('wrong-passphrase');
    // A refused open writes nothing and leaves no lock behind.
    expect(await snapshotFiles(dir)).toEqual(before);

    const recovered = await Archive.open(dir, { recoveryKey: recoveryKey.toLowerCase() });
    expect(recovered.count('person')).toBe(1);
    await recovered.close();
  });

  it('reports a text file with a flipped byte, or swapped with another, as changed outside Casefile', async () => {
    const { archive, filled } = await createFilled();
    const second = await archive.create('article', {
      title: 'Another hearing',
      body: 'Апелляциялық шағым қабылданбады.',
    });
    await archive.close();
    const texts = (await listFiles(dir)).filter((file) => file.startsWith('text/'));
    expect(texts).toHaveLength(2);

    // Swapped: each text file now holds the other's (validly encrypted) content.
    const [a, b] = texts.map((file) => path.join(dir, file));
    const [bytesA, bytesB] = await Promise.all([fs.readFile(a), fs.readFile(b)]);
    await fs.writeFile(a, bytesB);
    await fs.writeFile(b, bytesA);
    let reopened = await Archive.open(dir, { passphrase: PASSPHRASE });
    for (const id of [filled.articleId, second.id]) {
      const error = await caught(() => reopened.get('article', id));
      expect(error.code).toBe('archive-damaged');
      expect(error.message).toMatch(
        /^The file text\/[0-9a-f]{64}\.txt was changed outside Casefile/,
      );
    }
    const problems = await verifyArchive(reopened);
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/was changed outside Casefile/),
      expect.stringMatching(/was changed outside Casefile/),
    ]);
    await reopened.close();

    // Put back, then one byte flipped in the middle of the first.
    await fs.writeFile(a, bytesA);
    await fs.writeFile(b, bytesB);
    const flipped = Buffer.from(bytesA);
    flipped[Math.floor(flipped.length / 2)] ^= 0x20;
    await fs.writeFile(a, flipped);
    reopened = await Archive.open(dir, { passphrase: PASSPHRASE });
    const results = await Promise.allSettled(
      [filled.articleId, second.id].map((id) => reopened.get('article', id)),
    );
    expect(results.filter((result) => result.status === 'rejected')).toHaveLength(1);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    await reopened.close();
  });

  it('restores a data file swapped with another from the newest backup, keeping the bad copy aside', async () => {
    const { archive, filled } = await createFilled();
    await archive.backup();
    await archive.close();
    const persons = path.join(dir, 'data/persons/000001.json');
    const articles = path.join(dir, 'data/articles/000001.json');
    await fs.copyFile(articles, persons);

    const reopened = await Archive.open(dir, { passphrase: PASSPHRASE });
    try {
      expect(reopened.recoveries).toEqual([
        expect.objectContaining({
          file: 'data/persons/000001.json',
          restoredFrom: expect.stringMatching(/^backups\//),
        }),
      ]);
      expect((await reopened.get('person', filled.personId)).name).toBe('Zhanargul Қожабергенова');
      const movedTo = reopened.recoveries[0].movedTo;
      expect((await fs.readFile(path.join(dir, movedTo))).equals(await fs.readFile(articles))).toBe(
        true,
      );
    } finally {
      await reopened.close();
    }
  });

  it('refuses, touching nothing, an encrypted archive whose key file is gone', async () => {
    const { archive } = await createFilled();
    await archive.close();
    const keyFile = path.join(dir, KEY_FILE);
    const saved = await fs.readFile(keyFile);
    await fs.rm(keyFile);
    const before = await snapshotFiles(dir);
    const error = await caught(() => Archive.open(dir, { passphrase: PASSPHRASE }));
    expect(error.message).toBe(
      'This archive is encrypted, but its key file (archive.key) is missing. Put the key file back (from a copy of the archive) to open it.',
    );
    expect(await snapshotFiles(dir)).toEqual(before);
    await fs.writeFile(keyFile, saved);
    const reopened = await Archive.open(dir, { passphrase: PASSPHRASE });
    expect(reopened.recoveries).toEqual([]);
    await reopened.close();
  });

  it('changes the passphrase by rewriting the key file only', async () => {
    const { archive, filled } = await createFilled();
    const recoveryKey = archive.newRecoveryKey!;
    const before = await snapshotFiles(dir, (file) => file === KEY_FILE || file === '.lock');
    const wrong = await caught(() =>
      archive.changePassphrase('not the passphrase', 'Жаңа құпия сөз, 2026'),
    );
    expect(wrong.code).toBe('wrong-passphrase');
    await archive.changePassphrase(PASSPHRASE, 'Жаңа құпия сөз, 2026');
    expect(await snapshotFiles(dir, (file) => file === KEY_FILE || file === '.lock')).toEqual(
      before,
    );
    await archive.close();

    expect((await caught(() => Archive.open(dir, { passphrase: PASSPHRASE }))).code).toBe(
      'wrong-passphrase',
    );
    const reopened = await Archive.open(dir, { passphrase: 'Жаңа құпия сөз, 2026' });
    expect((await reopened.get('article', filled.articleId)).body).toBe(filled.body);
    await reopened.close();
    const byRecovery = await Archive.open(dir, { recoveryKey });
    expect(byRecovery.count('article')).toBe(1);
    await byRecovery.close();
  });
});
