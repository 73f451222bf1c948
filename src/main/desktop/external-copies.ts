/**
 * "Open in another program": the one time Casefile writes a readable copy of an attachment,
 * because a PDF reader or an image editor can only open a file. Each copy goes in a private
 * folder (owner-only) under the system's temporary folder, and is removed as soon as it is
 * not needed: when the archive closes or locks, when the app quits, and, for copies a crash
 * left behind, when the app next starts. The window asks before making one.
 *
 * Plain Node: the desktop shell hands in how to open a file (Electron's shell.openPath).
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The prefix of the folders that hold copies, so that leftovers can be found and removed. */
export const COPY_FOLDER_PREFIX = 'casefile-open-';

export type OpenFile = (file: string) => Promise<void>;

export class ExternalCopies {
  private readonly folders = new Set<string>();

  constructor(
    private readonly openFile: OpenFile,
    private readonly tempRoot: string = os.tmpdir(),
  ) {}

  /**
   * Writes `bytes` under `fileName` in a new private folder, and opens the file. The name
   * chooses the program: pass one made by `openableName`, never a name from a record as it is.
   */
  async open(bytes: Uint8Array, fileName: string): Promise<string> {
    const folder = path.join(
      this.tempRoot,
      `${COPY_FOLDER_PREFIX}${randomBytes(8).toString('hex')}`,
    );
    await fs.mkdir(folder, { mode: 0o700 });
    this.folders.add(folder);
    const file = path.join(folder, safeFileName(fileName));
    await fs.writeFile(file, bytes, { mode: 0o600, flag: 'wx' });
    await this.openFile(file);
    return file;
  }

  /**
   * Removes every copy made by this process. A copy another program still holds open may not
   * go on Windows: it stays listed, and the next removal (or the next start) tries again.
   */
  async removeAll(): Promise<void> {
    for (const folder of [...this.folders]) {
      try {
        await fs.rm(folder, { recursive: true, force: true });
        this.folders.delete(folder);
      } catch {
        // Still in use; tried again later.
      }
    }
  }

  /** Removes copies left by an earlier run that ended without removing them (a crash). */
  static async removeLeftovers(tempRoot: string = os.tmpdir()): Promise<number> {
    let removed = 0;
    const entries = await fs.readdir(tempRoot, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (!entry.isDirectory() || !entry.name.startsWith(COPY_FOLDER_PREFIX)) continue;
      try {
        await fs.rm(path.join(tempRoot, entry.name), { recursive: true, force: true });
        removed += 1;
      } catch {
        // In use by a program still open on it; the next start tries again.
      }
    }
    return removed;
  }
}

/**
 * The extensions a copy may carry, by the attachment's media type. The system picks the
 * program by the extension, so a name from a hostile bundle ("letter.pdf.exe", "scan.desktop")
 * must never reach it: the copy is named for what the archive says the file is, and a kind
 * not listed here is not handed to another program at all.
 */
const OPENABLE: Readonly<Record<string, readonly string[]>> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/tiff': ['tif', 'tiff'],
  'text/plain': ['txt', 'text'],
  'text/markdown': ['md', 'markdown'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'message/rfc822': ['eml'],
};

/**
 * The name a copy of the attachment gets: its own name, made safe, ending in an extension of
 * its media type; undefined for a media type that is not opened in another program.
 */
export function openableName(name: string, mediaType: string): string | undefined {
  const extensions = Object.hasOwn(OPENABLE, mediaType) ? OPENABLE[mediaType] : undefined;
  if (!extensions) return undefined;
  const safe = safeFileName(name);
  const given = /\.([^.]+)$/.exec(safe)?.[1].toLowerCase();
  if (given !== undefined && extensions.includes(given)) return safe;
  return safeFileName(`${safe.slice(0, 140)}.${extensions[0]}`);
}

/** The attachment's own name, made safe as one file name on every system. */
export function safeFileName(name: string): string {
  const cleaned = [...name]
    // Control characters and the characters Windows forbids in names.
    .map((char) => (char < ' ' || '/\\:*?"<>|'.includes(char) ? '_' : char))
    .join('')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(-150);
  return cleaned || 'attachment';
}
