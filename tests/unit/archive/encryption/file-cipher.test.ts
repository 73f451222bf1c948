import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { FileCipher } from '../../../../src/main/archive/encryption/file-cipher';
import { CasefileError } from '../../../../src/shared/errors';

const LETTER =
  'Сәлем, Ерғали! Хатыңды алдым. Қамаудағы күндер ұзақ, бірақ үмітіміз үзілмейді.\n'.repeat(300);

function caughtSync(work: () => unknown): CasefileError {
  try {
    work();
  } catch (error) {
    if (error instanceof CasefileError) return error;
    throw error;
  }
  throw new Error('expected a CasefileError');
}

describe('FileCipher', () => {
  const cipher = new FileCipher(randomBytes(32));

  it('round-trips text and bytes, with a fresh nonce on every write', () => {
    const sealed = cipher.encrypt('text/abc.txt', LETTER);
    expect(cipher.decrypt('text/abc.txt', sealed).toString('utf8')).toBe(LETTER);
    const again = cipher.encrypt('text/abc.txt', LETTER);
    expect(again.equals(sealed)).toBe(false);
    expect(sealed.includes(Buffer.from('Ерғали'))).toBe(false);
    const png = randomBytes(10_000);
    expect(cipher.decrypt('blobs/ab/x', cipher.encrypt('blobs/ab/x', png)).equals(png)).toBe(true);
  });

  it('refuses a file copied over another path: it is bound to its own', () => {
    const persons = cipher.encrypt('data/persons/000001.json', '{"records":[]}');
    const error = caughtSync(() => cipher.decrypt('data/letters/000001.json', persons));
    expect(error.code).toBe('archive-damaged');
    expect(error.message).toBe(
      'The file data/letters/000001.json was changed outside Casefile (or is damaged), so it cannot be trusted and was not read.',
    );
    // The same path written another way still verifies.
    expect(cipher.decrypt('./data/persons/000001.json', persons).toString()).toBe('{"records":[]}');
  });

  it('refuses a file with any one byte flipped, and returns none of its plaintext', () => {
    const sealed = cipher.encrypt('text/abc.txt', LETTER);
    for (const at of [0, 5, 20, Math.floor(sealed.length / 2), sealed.length - 1]) {
      const flipped = Buffer.from(sealed);
      flipped[at] ^= 0x01;
      let result: Buffer | undefined;
      const error = caughtSync(() => {
        result = cipher.decrypt('text/abc.txt', flipped);
      });
      expect(result).toBeUndefined();
      expect(error.message).toContain('was changed outside Casefile');
    }
    expect(caughtSync(() => cipher.decrypt('text/abc.txt', sealed.subarray(0, 20))).code).toBe(
      'archive-damaged',
    );
  });

  it('refuses files sealed with another archive’s key', () => {
    const other = new FileCipher(randomBytes(32));
    const sealed = other.encrypt('archive.json', '{"name":"Дала"}');
    expect(caughtSync(() => cipher.decrypt('archive.json', sealed)).code).toBe('archive-damaged');
  });

  it('names content by a keyed hash that differs between archives', () => {
    const hash = 'a'.repeat(64);
    expect(cipher.contentName(hash)).toMatch(/^[0-9a-f]{64}$/);
    expect(cipher.contentName(hash)).not.toBe(hash);
    expect(cipher.contentName(hash)).toBe(cipher.contentName(hash));
    expect(new FileCipher(randomBytes(32)).contentName(hash)).not.toBe(cipher.contentName(hash));
  });
});
