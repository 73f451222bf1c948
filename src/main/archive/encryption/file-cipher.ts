/**
 * Encryption of an archive's files at rest: AES-256-GCM with a fresh random nonce for every
 * write, and the file's path inside the archive in the authenticated data, so that a file
 * copied over another (an old shard over a new one's name, one person's text over another's)
 * fails to open instead of being read as the wrong content.
 *
 * Layout of an encrypted file: MAGIC (4 bytes) | nonce (12) | ciphertext | tag (16).
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import path from 'node:path';
import { CasefileError } from '../../../shared/errors';

export const DATA_KEY_BYTES = 32;
const MAGIC = Buffer.from('CFE\u0001', 'latin1');
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + NONCE_BYTES;

/** Whether bytes look like a file this module encrypted (for telling a missing key file). */
export function isSealed(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && Buffer.from(bytes.subarray(0, MAGIC.length)).equals(MAGIC);
}

/** The sentence for a file whose tag does not verify: it was edited, swapped or damaged. */
export function changedOutsideMessage(relative: string): string {
  return `The file ${relative} was changed outside Casefile (or is damaged), so it cannot be trusted and was not read.`;
}

export class FileCipher {
  private readonly fileKey: Buffer;
  private readonly nameKey: Buffer;

  /** `dataKey` is the archive's random key, unwrapped from its key file. */
  constructor(dataKey: Uint8Array) {
    if (dataKey.length !== DATA_KEY_BYTES) throw new Error('The data key must be 32 bytes.');
    // Separate keys per use: the same key never serves both encryption and naming.
    this.fileKey = subkey(dataKey, 'casefile file encryption v1');
    this.nameKey = subkey(dataKey, 'casefile content names v1');
  }

  encrypt(relative: string, plaintext: string | Uint8Array): Buffer {
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.fileKey, nonce);
    cipher.setAAD(identityOf(relative));
    const data = typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext;
    const body = Buffer.concat([cipher.update(data), cipher.final()]);
    return Buffer.concat([MAGIC, nonce, body, cipher.getAuthTag()]);
  }

  /** The plaintext, whole; or a CasefileError and no byte of it when the file does not verify. */
  decrypt(relative: string, sealed: Uint8Array): Buffer {
    const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
    if (bytes.length < HEADER_BYTES + TAG_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) {
      throw changedOutside(relative);
    }
    const nonce = bytes.subarray(MAGIC.length, HEADER_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', this.fileKey, nonce);
    decipher.setAAD(identityOf(relative));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    // `update` output is only returned after `final` verified the tag.
    const head = decipher.update(bytes.subarray(HEADER_BYTES, bytes.length - TAG_BYTES));
    try {
      return Buffer.concat([head, decipher.final()]);
    } catch {
      head.fill(0);
      throw changedOutside(relative);
    }
  }

  /**
   * The file name that stands for a content hash in the text and blob stores. A plain
   * sha-256 name would let anyone who guesses a text confirm it is in the archive.
   */
  contentName(hash: string): string {
    return createHmac('sha256', this.nameKey).update(hash).digest('hex');
  }
}

/** The authenticated identity of a file: its normalised path inside the archive. */
function identityOf(relative: string): Buffer {
  const normalised = path.posix.normalize(relative.replace(/\\/g, '/'));
  return Buffer.from(`casefile-file:${normalised}`, 'utf8');
}

function subkey(dataKey: Uint8Array, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), purpose, 32));
}

function changedOutside(relative: string): CasefileError {
  return new CasefileError('archive-damaged', changedOutsideMessage(relative), {
    file: relative,
  });
}
