/**
 * Encryption of an archive bundle (a `.casefile` file) with a passphrase of its own.
 *
 * Why a passphrase and not the archive's data key: a bundle is made to be read by another
 * archive, which has another data key. So the whole ZIP (names, manifest, records and files
 * alike) is sealed with AES-256-GCM under a key derived from a passphrase with scrypt, the
 * same derivation and cost as an archive's key file. The header (magic, KDF parameters and
 * salt) is authenticated data, so a changed byte anywhere gives an error and no plaintext.
 *
 * Layout: MAGIC (4) | header length (2, big-endian) | header JSON | nonce (12) | ciphertext | tag (16)
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { CasefileError } from '../../../shared/errors';
import {
  SCRYPT_COST,
  ScryptParams,
  assertUsablePassphrase,
  deriveFromPassphrase,
  type ScryptCost,
} from './key-file';

const MAGIC = Buffer.from('CFB\u0001', 'latin1');
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const MAX_HEADER_BYTES = 1024;

/**
 * A bundle comes from anyone: its header may ask scrypt for at most twice the memory
 * (128 × N × r bytes) and a few times the work of the cost Casefile itself seals with, not the
 * gigabytes the key file's bounds still allow.
 */
const BundleScryptParams = ScryptParams.refine(
  (kdf) => kdf.N * kdf.r <= 2 * SCRYPT_COST.N * SCRYPT_COST.r && kdf.p <= 4,
  'The bundle asks for a key derivation too costly to be real',
);

const Header = z.object({
  format: z.literal('casefile-bundle-sealed'),
  kdf: BundleScryptParams,
  salt: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/),
});

/** Whether bytes are a bundle sealed by `sealBundle`. */
export function isSealedBundle(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && Buffer.from(bytes.subarray(0, MAGIC.length)).equals(MAGIC);
}

export async function sealBundle(
  zip: Uint8Array,
  passphrase: string,
  cost: ScryptCost = SCRYPT_COST,
): Promise<Buffer> {
  assertUsablePassphrase(passphrase);
  const salt = randomBytes(16);
  const header = Buffer.from(
    JSON.stringify({
      format: 'casefile-bundle-sealed',
      kdf: { name: 'scrypt', ...cost },
      salt: salt.toString('base64'),
    }),
  );
  const length = Buffer.alloc(2);
  length.writeUInt16BE(header.length);
  const prefix = Buffer.concat([MAGIC, length, header]);
  const key = await deriveFromPassphrase(passphrase, salt, cost);
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(prefix);
  const body = Buffer.concat([cipher.update(zip), cipher.final()]);
  return Buffer.concat([prefix, nonce, body, cipher.getAuthTag()]);
}

/** The ZIP inside a sealed bundle; a plain sentence when the passphrase or a byte is wrong. */
export async function openSealedBundle(sealed: Uint8Array, passphrase: string): Promise<Buffer> {
  const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  const damaged = () =>
    new CasefileError('validation', 'This encrypted bundle is damaged or cut short.');
  if (bytes.length < MAGIC.length + 2) throw damaged();
  const headerLength = bytes.readUInt16BE(MAGIC.length);
  const headerEnd = MAGIC.length + 2 + headerLength;
  if (headerLength > MAX_HEADER_BYTES || bytes.length < headerEnd + NONCE_BYTES + TAG_BYTES)
    throw damaged();
  let header: z.infer<typeof Header>;
  try {
    header = Header.parse(JSON.parse(bytes.subarray(MAGIC.length + 2, headerEnd).toString('utf8')));
  } catch {
    throw damaged();
  }
  const key = await deriveFromPassphrase(
    passphrase,
    Buffer.from(header.salt, 'base64'),
    header.kdf,
  );
  const nonce = bytes.subarray(headerEnd, headerEnd + NONCE_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, nonce);
  decipher.setAAD(bytes.subarray(0, headerEnd));
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
  const head = decipher.update(bytes.subarray(headerEnd + NONCE_BYTES, bytes.length - TAG_BYTES));
  try {
    return Buffer.concat([head, decipher.final()]);
  } catch {
    head.fill(0);
    throw new CasefileError(
      'wrong-passphrase',
      'The bundle’s passphrase is wrong, or the bundle was changed. Check the passphrase and try again.',
    );
  }
}
