/**
 * Writing an export file so that it is either whole or absent: the content goes to a
 * temporary file beside the target, is flushed to disk, and only then renamed over it. An
 * export that fails halfway (a damaged attachment, a full disk) leaves no half file.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { CasefileError } from '../../shared/errors';

export type FileContent = string | Uint8Array | AsyncIterable<Uint8Array>;

export async function writeFileAtomically(target: string, content: FileContent): Promise<void> {
  const absolute = path.resolve(target);
  const folder = path.dirname(absolute);
  const temporary = path.join(
    folder,
    `.${path.basename(absolute)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(temporary, 'wx');
  } catch (error) {
    throw plainError(error, folder);
  }
  try {
    if (typeof content === 'string' || content instanceof Uint8Array) {
      await handle.writeFile(content);
    } else {
      for await (const chunk of content) await writeWhole(handle, chunk);
    }
    await handle.sync();
    await handle.close();
    await fs.rename(temporary, absolute);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.rm(temporary, { force: true });
    throw plainError(error, folder);
  }
  await syncFolder(folder);
}

async function writeWhole(handle: fs.FileHandle, chunk: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < chunk.length) {
    const { bytesWritten } = await handle.write(chunk, offset);
    offset += bytesWritten;
  }
}

/** Makes the rename durable; Windows cannot open a folder for this and needs no help. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function plainError(error: unknown, folder: string): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return new CasefileError('io', `The folder ${folder} does not exist.`);
  if (code === 'ENOTDIR') return new CasefileError('io', `${folder} is not a folder.`);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new CasefileError('io', `Casefile may not write to the folder ${folder}.`);
  }
  if (code === 'ENOSPC') {
    return new CasefileError('io', 'The disk is full, so the export was not written.');
  }
  if (code === 'EISDIR')
    return new CasefileError('io', 'The export must be written to a file, not a folder.');
  return error;
}
