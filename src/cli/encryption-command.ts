/**
 * `casefile init --encrypted`, `encrypt`, `decrypt` and `passphrase`: encryption at rest
 * from the command line.
 */
import { Archive } from '../main/archive/archive';
import { ArchiveFs } from '../main/archive/archive-fs';
import { MANIFEST_FILE } from '../main/archive/manifest';
import {
  decryptArchive,
  encryptArchive,
  isEncryptedArchive,
} from '../main/archive/encryption/convert';
import { assertUsablePassphrase } from '../main/archive/encryption/key-file';
import { line, type CliIo } from './output';
import {
  NEW_PASSPHRASE_VARIABLE,
  PASSPHRASE_VARIABLE,
  currentPassphraseSource,
  newPassphrase,
  recoveryKey,
} from './passphrase-prompt';

export async function initEncrypted(archiveDir: string, io: CliIo): Promise<number> {
  if (await new ArchiveFs(archiveDir).exists(MANIFEST_FILE)) {
    line(io.out, `There is already an archive in ${archiveDir}; it was left as it is.`);
    return 0;
  }
  const passphrase = await newPassphrase(io, PASSPHRASE_VARIABLE);
  assertUsablePassphrase(passphrase);
  const archive = await Archive.open(archiveDir, { create: true, encryptWith: passphrase });
  const recoveryKey = archive.newRecoveryKey;
  await archive.close();
  if (!recoveryKey) {
    line(io.out, `There is already an archive in ${archiveDir}; it was left as it is.`);
    return 0;
  }
  line(io.out, `Created an empty encrypted archive in ${archiveDir}.`);
  tellRecoveryKey(recoveryKey, io);
  return 0;
}

export async function encrypt(archiveDir: string, io: CliIo): Promise<number> {
  if (await isEncryptedArchive(archiveDir)) {
    line(io.out, `The archive in ${archiveDir} is already encrypted.`);
    return 0;
  }
  const passphrase = await newPassphrase(io, PASSPHRASE_VARIABLE);
  assertUsablePassphrase(passphrase);
  const { recoveryKey, files } = await encryptArchive(archiveDir, passphrase, progress(io));
  line(io.out, `Encrypted the archive in ${archiveDir} (${files} files).`);
  line(
    io.out,
    'The plaintext files were deleted, but a disk may keep their old blocks: encrypt a copy that never left an encrypted disk when that matters.',
  );
  tellRecoveryKey(recoveryKey, io);
  return 0;
}

export async function decrypt(archiveDir: string, io: CliIo): Promise<number> {
  if (!(await isEncryptedArchive(archiveDir))) {
    line(io.out, `The archive in ${archiveDir} is not encrypted.`);
    return 0;
  }
  const passphrase = await currentPassphraseSource(io)();
  const { files } = await decryptArchive(archiveDir, { passphrase }, progress(io));
  line(
    io.out,
    `Decrypted the archive in ${archiveDir} (${files} files); it opens without a passphrase now.`,
  );
  return 0;
}

/** With `byRecoveryKey`, the recovery key stands in for a forgotten passphrase. */
export async function changePassphrase(
  archiveDir: string,
  io: CliIo,
  byRecoveryKey = false,
): Promise<number> {
  const current = byRecoveryKey
    ? { recoveryKey: await recoveryKey(io) }
    : await currentPassphraseSource(io)();
  const archive = await Archive.open(
    archiveDir,
    typeof current === 'string' ? { passphrase: current } : current,
  );
  try {
    if (!archive.isEncrypted) {
      line(
        io.out,
        `The archive in ${archiveDir} is not encrypted; casefile encrypt gives it a passphrase.`,
      );
      return 1;
    }
    const next = await newPassphrase(io, NEW_PASSPHRASE_VARIABLE);
    await archive.changePassphrase(current, next);
  } finally {
    await archive.close();
  }
  line(io.out, 'The passphrase is changed. The recovery key stays the same.');
  return 0;
}

function tellRecoveryKey(recoveryKey: string, io: CliIo): void {
  line(io.out);
  line(
    io.out,
    'Recovery key (shown only this once; write it down and keep it away from the computer):',
  );
  line(io.out, `  ${recoveryKey}`);
  line(
    io.out,
    'It opens the archive if the passphrase is forgotten. Without either, nothing can be recovered.',
  );
}

/** A line on stderr about every second while a large archive is converted. */
function progress(io: CliIo): (done: number, total: number) => void {
  let last = Date.now();
  return (done, total) => {
    if (Date.now() - last < 1000 && done < total) return;
    last = Date.now();
    line(io.err, `  ${done} of ${total} files`);
  };
}
