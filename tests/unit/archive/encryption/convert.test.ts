import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Archive } from '../../../../src/main/archive/archive';
import { exportJsonl } from '../../../../src/main/archive/jsonl';
import { listBackups } from '../../../../src/main/archive/backups';
import { ArchiveFs } from '../../../../src/main/archive/archive-fs';
import {
  decryptArchive,
  encryptArchive,
  isEncryptedArchive,
} from '../../../../src/main/archive/encryption/convert';
import { caught, listFiles, makeTempDir, removeDir, snapshotFiles } from '../helpers';
import { PASSPHRASE, fillArchive } from './fixture';

describe('encrypting and decrypting an existing archive', () => {
  let scratch: string;
  let dir: string;

  beforeEach(async () => {
    scratch = await makeTempDir('convert');
    dir = path.join(scratch, 'archive');
  });

  afterEach(async () => {
    await removeDir(scratch);
  });

  it('is lossless both ways: the same records, texts, files and backups', async () => {
    const archive = await Archive.open(dir, { create: true, name: 'Дала' });
    await fillArchive(archive, scratch);
    await archive.backup();
    const exported = await exportJsonl(archive);
    await archive.close();
    // The index is derived: it is rebuilt, not converted.
    const original = await snapshotFiles(dir, (file) => file.startsWith('index/'));
    const backupsBefore = (await listBackups(new ArchiveFs(dir))).length;

    const progress: number[] = [];
    const { recoveryKey, files } = await encryptArchive(dir, PASSPHRASE, (done) =>
      progress.push(done),
    );
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(progress).toHaveLength(files);
    expect(files).toBe(Object.keys(original).length);
    expect(await isEncryptedArchive(dir)).toBe(true);
    // Nothing is left beside the archive: no staging folder, no plaintext copy.
    expect(await fs.readdir(scratch)).toEqual(['archive']);

    const encrypted = await Archive.open(dir, { passphrase: PASSPHRASE });
    expect(await exportJsonl(encrypted)).toBe(exported);
    expect(await listBackups(encrypted.files)).toHaveLength(backupsBefore);
    await encrypted.close();

    await decryptArchive(dir, { passphrase: PASSPHRASE });
    expect(await isEncryptedArchive(dir)).toBe(false);
    // Byte for byte the archive it was (closing the encrypted one took no new backup).
    expect(await snapshotFiles(dir, (file) => file.startsWith('index/'))).toEqual(original);
    const plain = await Archive.open(dir);
    expect(await exportJsonl(plain)).toBe(exported);
    await plain.close();
  });

  it('refuses to encrypt twice, to decrypt a plain archive, or to decrypt without the passphrase', async () => {
    const archive = await Archive.open(dir, { create: true });
    await archive.close();
    expect((await caught(() => decryptArchive(dir, { passphrase: PASSPHRASE }))).message).toBe(
      'This archive is not encrypted.',
    );
    await encryptArchive(dir, PASSPHRASE);
    expect((await caught(() => encryptArchive(dir, PASSPHRASE))).message).toBe(
      'This archive is already encrypted.',
    );
    const before = await snapshotFiles(dir);
    expect((await caught(() => decryptArchive(dir, { passphrase: 'қате құпия сөз' }))).code).toBe(
      'wrong-passphrase',
    );
    expect((await caught(() => decryptArchive(dir, {}))).code).toBe('passphrase-required');
    expect(await snapshotFiles(dir)).toEqual(before);
    expect(await fs.readdir(scratch)).toEqual(['archive']);
  });

  it('leaves the archive as it was when it is open elsewhere', async () => {
    const archive = await Archive.open(dir, { create: true });
    const before = await listFiles(dir);
    const error = await caught(() => encryptArchive(dir, PASSPHRASE));
    expect(error.code).toBe('archive-locked');
    expect(await listFiles(dir)).toEqual(before);
    await archive.close();
  });
});
