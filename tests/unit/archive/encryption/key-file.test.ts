import { describe, expect, it } from 'vitest';
import {
  createKeyFile,
  formatRecoveryKey,
  parseKeyFile,
  parseRecoveryKey,
  rewrapForPassphrase,
  serialiseKeyFile,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
} from '../../../../src/main/archive/encryption/key-file';
import { caught } from '../helpers';

/** A cheaper cost than the archive's, so that these tests take milliseconds per unlock. */
const FAST = { N: 2 ** 12, r: 8, p: 1 };
const PASSPHRASE = 'қызыл алма жаңбыр астында';

describe('key file', () => {
  it('wraps a random data key that the passphrase and the recovery key both unwrap', async () => {
    const { keyFile, dataKey, recoveryKey } = await createKeyFile(PASSPHRASE, FAST);
    expect(dataKey).toHaveLength(32);
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    const reread = parseKeyFile(serialiseKeyFile(keyFile));
    expect((await unlockWithPassphrase(reread, PASSPHRASE)).equals(dataKey)).toBe(true);
    expect(unlockWithRecoveryKey(reread, recoveryKey.toLowerCase()).equals(dataKey)).toBe(true);
    expect(serialiseKeyFile(keyFile)).not.toContain(dataKey.toString('base64'));
  });

  it('says the passphrase is wrong, and nothing more, for a wrong one', async () => {
    const { keyFile } = await createKeyFile(PASSPHRASE, FAST);
    const error = await caught(() => unlockWithPassphrase(keyFile, 'қызыл алма жаңбыр астында.'));
    expect(error.code).toBe('wrong-passphrase');
    expect(error.message).toMatch(/^The passphrase is wrong\./);
  });

  it('accepts the passphrase however its letters are composed (NFC and NFD)', async () => {
    const { keyFile, dataKey } = await createKeyFile('йөріс қиын'.normalize('NFC'), FAST);
    const decomposed = 'йөріс қиын'.normalize('NFD');
    expect((await unlockWithPassphrase(keyFile, decomposed)).equals(dataKey)).toBe(true);
  });

  it('a passphrase change rewraps the same data key; the old passphrase stops working', async () => {
    const { keyFile, dataKey, recoveryKey } = await createKeyFile(PASSPHRASE, FAST);
    const changed = await rewrapForPassphrase(keyFile, dataKey, 'жаңа құпия сөз 2026', FAST);
    expect(changed.passphrase.salt).not.toBe(keyFile.passphrase.salt);
    expect(changed.recovery).toEqual(keyFile.recovery);
    expect((await unlockWithPassphrase(changed, 'жаңа құпия сөз 2026')).equals(dataKey)).toBe(true);
    expect((await caught(() => unlockWithPassphrase(changed, PASSPHRASE))).code).toBe(
      'wrong-passphrase',
    );
    expect(unlockWithRecoveryKey(changed, recoveryKey).equals(dataKey)).toBe(true);
  });

  it('refuses short passphrases, forged costs and damaged key files in plain words', async () => {
    expect((await caught(() => createKeyFile('қысқа', FAST))).message).toMatch(
      /at least 8 characters/,
    );
    const { keyFile } = await createKeyFile(PASSPHRASE, FAST);
    const forged = {
      ...keyFile,
      passphrase: { ...keyFile.passphrase, kdf: { name: 'scrypt', N: 2 ** 30, r: 8, p: 1 } },
    };
    expect(() => parseKeyFile(JSON.stringify(forged))).toThrow(
      /key file \(archive.key\) is damaged/,
    );
    expect(() => parseKeyFile('{"format":"casefile-key"')).toThrow(/cannot be unlocked/);
  });

  it('reads a recovery key typed with spaces, lower case, or O for 0', () => {
    const bytes = Buffer.from('00112233445566778899aabbccddeeff01234567', 'hex');
    const key = formatRecoveryKey(bytes);
    expect(parseRecoveryKey(key).equals(bytes)).toBe(true);
    expect(
      parseRecoveryKey(key.replace(/-/g, ' ').toLowerCase().replace(/0/g, 'o')).equals(bytes),
    ).toBe(true);
    expect(() => parseRecoveryKey('1234-5678')).toThrow(/not a recovery key/);
  });
});
