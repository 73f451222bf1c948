/**
 * The key file of an encrypted archive (`archive.key`), the one file read before unlocking.
 *
 * The archive's data key is random (256 bits) and never changes; the key file holds it
 * wrapped (AES-256-GCM) twice: by a key derived from the passphrase with scrypt, and by a
 * random recovery key shown once at encryption. Changing the passphrase rewraps the data key
 * and touches no other file.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, scrypt } from 'node:crypto';
import { z } from 'zod';
import { CasefileError } from '../../../shared/errors';
import { DATA_KEY_BYTES } from './file-cipher';

export const KEY_FILE = 'archive.key';
export const KEY_FILE_VERSION = 1;

/**
 * scrypt cost: N = 2^17, r = 8, p = 1 uses 128 MiB and takes about half a second on a
 * 2-core 2020s machine (measured 0.50 s): slow for guessing, quick enough for opening.
 */
export const SCRYPT_COST = { N: 2 ** 17, r: 8, p: 1 } as const;

/** Costs accepted from a key file: a forged file must not make the app allocate gigabytes. */
export const ScryptParams = z.object({
  name: z.literal('scrypt'),
  N: z
    .number()
    .int()
    .min(2 ** 10)
    .max(2 ** 20)
    .refine((n) => (n & (n - 1)) === 0, 'N must be a power of two'),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
});

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

const Wrapped = z.object({ salt: base64, nonce: base64, wrappedKey: base64 });

export const KeyFile = z.object({
  format: z.literal('casefile-key'),
  version: z.literal(KEY_FILE_VERSION),
  cipher: z.literal('aes-256-gcm'),
  passphrase: Wrapped.extend({ kdf: ScryptParams }),
  recovery: Wrapped.extend({ kdf: z.object({ name: z.literal('hkdf-sha256') }) }),
});
export type KeyFile = z.infer<typeof KeyFile>;

export const MIN_PASSPHRASE_LENGTH = 8;

/** A new data key, wrapped by the passphrase and by a new recovery key (to show once). */
export async function createKeyFile(
  passphrase: string,
  cost: ScryptCost = SCRYPT_COST,
): Promise<{ keyFile: KeyFile; dataKey: Buffer; recoveryKey: string }> {
  assertUsablePassphrase(passphrase);
  const dataKey = randomBytes(DATA_KEY_BYTES);
  const recoveryBytes = randomBytes(RECOVERY_BYTES);
  const keyFile: KeyFile = {
    format: 'casefile-key',
    version: KEY_FILE_VERSION,
    cipher: 'aes-256-gcm',
    passphrase: await wrapWithPassphrase(dataKey, passphrase, cost),
    recovery: wrapWithRecovery(dataKey, recoveryBytes),
  };
  return { keyFile, dataKey, recoveryKey: formatRecoveryKey(recoveryBytes) };
}

/** The data key; `wrong-passphrase` when the passphrase does not open the key file. */
export async function unlockWithPassphrase(keyFile: KeyFile, passphrase: string): Promise<Buffer> {
  const entry = keyFile.passphrase;
  const kek = await deriveFromPassphrase(passphrase, Buffer.from(entry.salt, 'base64'), entry.kdf);
  return unwrap(entry, kek, 'passphrase', wrongPassphrase);
}

export function unlockWithRecoveryKey(keyFile: KeyFile, recoveryKey: string): Buffer {
  const bytes = parseRecoveryKey(recoveryKey);
  const entry = keyFile.recovery;
  const kek = deriveFromRecovery(bytes, Buffer.from(entry.salt, 'base64'));
  return unwrap(
    entry,
    kek,
    'recovery',
    () => new CasefileError('wrong-passphrase', 'That recovery key does not open this archive.'),
  );
}

/** The same data key wrapped by a new passphrase; the recovery key keeps working. */
export async function rewrapForPassphrase(
  keyFile: KeyFile,
  dataKey: Buffer,
  newPassphrase: string,
  cost: ScryptCost = SCRYPT_COST,
): Promise<KeyFile> {
  assertUsablePassphrase(newPassphrase);
  return { ...keyFile, passphrase: await wrapWithPassphrase(dataKey, newPassphrase, cost) };
}

/** Parses a key file's text; a damaged or foreign file gets a plain error. */
export function parseKeyFile(text: string): KeyFile {
  try {
    return KeyFile.parse(JSON.parse(text));
  } catch {
    throw new CasefileError(
      'archive-damaged',
      `The archive's key file (${KEY_FILE}) is damaged or was changed outside Casefile, so the archive cannot be unlocked.`,
    );
  }
}

export function serialiseKeyFile(keyFile: KeyFile): string {
  return JSON.stringify(keyFile, null, 2) + '\n';
}

export function assertUsablePassphrase(passphrase: string): void {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) {
    throw new CasefileError(
      'validation',
      `A passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters; several words are easier to remember and harder to guess.`,
    );
  }
}

export type ScryptCost = { readonly N: number; readonly r: number; readonly p: number };

// ------------------------------------------------------------------ internals

const RECOVERY_BYTES = 20;
/** Crockford's base32: no I, L, O or U, so a key copied by hand is read back right. */
const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

async function wrapWithPassphrase(dataKey: Buffer, passphrase: string, cost: ScryptCost) {
  const salt = randomBytes(16);
  const kdf = { name: 'scrypt' as const, ...cost };
  const kek = await deriveFromPassphrase(passphrase, salt, kdf);
  return { kdf, salt: salt.toString('base64'), ...wrap(dataKey, kek, 'passphrase') };
}

function wrapWithRecovery(dataKey: Buffer, recoveryBytes: Buffer) {
  const salt = randomBytes(16);
  const kek = deriveFromRecovery(recoveryBytes, salt);
  return {
    kdf: { name: 'hkdf-sha256' as const },
    salt: salt.toString('base64'),
    ...wrap(dataKey, kek, 'recovery'),
  };
}

export function deriveFromPassphrase(
  passphrase: string,
  salt: Buffer,
  cost: ScryptCost,
): Promise<Buffer> {
  // NFC: the same passphrase typed on two keyboards may arrive composed or decomposed.
  const normalised = passphrase.normalize('NFC');
  return new Promise((resolve, reject) => {
    scrypt(
      normalised,
      salt,
      32,
      { N: cost.N, r: cost.r, p: cost.p, maxmem: 256 * cost.N * cost.r + 16 * 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

/** The recovery key is 160 random bits: a fast derivation loses nothing. */
function deriveFromRecovery(recoveryBytes: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', recoveryBytes, salt, 'casefile recovery key v1', 32));
}

function wrap(dataKey: Buffer, kek: Buffer, purpose: string) {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, nonce);
  cipher.setAAD(Buffer.from(`casefile-key:${purpose}`));
  const wrapped = Buffer.concat([cipher.update(dataKey), cipher.final(), cipher.getAuthTag()]);
  return { nonce: nonce.toString('base64'), wrappedKey: wrapped.toString('base64') };
}

function unwrap(
  entry: { nonce: string; wrappedKey: string },
  kek: Buffer,
  purpose: string,
  failure: () => CasefileError,
): Buffer {
  const wrapped = Buffer.from(entry.wrappedKey, 'base64');
  if (wrapped.length !== DATA_KEY_BYTES + 16) throw failure();
  const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(entry.nonce, 'base64'));
  decipher.setAAD(Buffer.from(`casefile-key:${purpose}`));
  decipher.setAuthTag(wrapped.subarray(DATA_KEY_BYTES));
  const head = decipher.update(wrapped.subarray(0, DATA_KEY_BYTES));
  try {
    return Buffer.concat([head, decipher.final()]);
  } catch {
    head.fill(0);
    throw failure();
  }
}

function wrongPassphrase(): CasefileError {
  return new CasefileError(
    'wrong-passphrase',
    'The passphrase is wrong. Check the keyboard layout and Caps Lock, and try again.',
  );
}

/** Groups of four base32 characters: `7K2Q-…` (32 characters for 160 bits). */
export function formatRecoveryKey(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out.match(/.{1,4}/g)!.join('-');
}

/** Reads a recovery key as typed: any case, with or without dashes and spaces. */
export function parseRecoveryKey(text: string): Buffer {
  const clean = text.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  const invalid = () =>
    new CasefileError(
      'wrong-passphrase',
      'That is not a recovery key: it has 32 letters and digits in groups of four.',
    );
  if (clean.length !== 32) throw invalid();
  let bits = 0;
  let value = 0;
  const bytes: number[] = [];
  for (const char of clean) {
    const digit = BASE32.indexOf(char);
    if (digit < 0) throw invalid();
    value = ((value << 5) | digit) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}
