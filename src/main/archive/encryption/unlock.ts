/**
 * Unlocking an encrypted archive at open: reading its key file, getting the passphrase (or
 * recovery key) and unwrapping the data key. A folder without a key file is not encrypted.
 */
import { CasefileError } from '../../../shared/errors';
import type { ArchiveFs } from '../archive-fs';
import { FileCipher } from './file-cipher';
import {
  KEY_FILE,
  parseKeyFile,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  type KeyFile,
} from './key-file';

/** A passphrase, or a function that asks for one only when the archive turns out to be encrypted. */
export type PassphraseSource = string | (() => Promise<string>);

export interface UnlockOptions {
  readonly passphrase?: PassphraseSource;
  /** Opens the archive with the recovery key instead of the passphrase. */
  readonly recoveryKey?: string;
}

export interface Unlocked {
  readonly keyFile: KeyFile;
  readonly dataKey: Buffer;
  readonly cipher: FileCipher;
}

/**
 * Where the command line gets passphrases from when a caller gives none: commands open
 * archives in many places, and asking at the prompt once per run is enough.
 */
let fallbackSource: PassphraseSource | undefined;

export function setFallbackPassphraseSource(source: PassphraseSource | undefined): void {
  fallbackSource = source;
}

export async function readKeyFile(files: ArchiveFs): Promise<KeyFile | null> {
  if (!(await files.exists(KEY_FILE))) return null;
  return parseKeyFile(await files.readText(KEY_FILE));
}

/** The data key of an encrypted archive; null for an archive that is not encrypted. */
export async function unlock(files: ArchiveFs, options: UnlockOptions): Promise<Unlocked | null> {
  const keyFile = await readKeyFile(files);
  if (!keyFile) return null;
  let dataKey: Buffer;
  if (options.recoveryKey !== undefined) {
    dataKey = unlockWithRecoveryKey(keyFile, options.recoveryKey);
  } else {
    const source = options.passphrase ?? fallbackSource;
    if (source === undefined) throw passphraseRequired();
    const passphrase = typeof source === 'string' ? source : await source();
    dataKey = await unlockWithPassphrase(keyFile, passphrase);
  }
  return { keyFile, dataKey, cipher: new FileCipher(dataKey) };
}

export function passphraseRequired(): CasefileError {
  return new CasefileError(
    'passphrase-required',
    'This archive is encrypted. Enter its passphrase to open it.',
  );
}
