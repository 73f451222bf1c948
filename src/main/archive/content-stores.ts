/**
 * Content-addressed stores: large text (`text/<hash>.txt`) and attachment files
 * (`blobs/<aa>/<hash>`). A file is named by the sha-256 of its content and written once,
 * durably, before any record points to it; so a record never names a missing file.
 * In an encrypted archive the file name is a keyed hash of the content's hash instead
 * (`ArchiveFs.contentName`), and the content is encrypted like every other file.
 */
import { createHash } from 'node:crypto';
import type { ArchiveFs } from './archive-fs';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export class TextStore {
  constructor(private readonly files: ArchiveFs) {}

  /** The path of a text in an archive that is not encrypted. */
  static pathOf(hash: string): string {
    return `text/${hash}.txt`;
  }

  pathOf(hash: string): string {
    return TextStore.pathOf(this.files.contentName(hash));
  }

  /** Stores a text and returns its hash; storing the same text twice writes nothing. */
  async put(text: string): Promise<string> {
    const hash = sha256(text);
    await this.files.writeOnce(this.pathOf(hash), text);
    return hash;
  }

  async get(hash: string): Promise<string> {
    return this.files.readText(this.pathOf(hash));
  }

  async has(hash: string): Promise<boolean> {
    return this.files.exists(this.pathOf(hash));
  }
}

export class BlobStore {
  constructor(private readonly files: ArchiveFs) {}

  /** The path of a file in an archive that is not encrypted. */
  static pathOf(hash: string): string {
    return `blobs/${hash.slice(0, 2)}/${hash}`;
  }

  pathOf(hash: string): string {
    return BlobStore.pathOf(this.files.contentName(hash));
  }

  async put(bytes: Uint8Array): Promise<string> {
    const hash = sha256(bytes);
    await this.files.writeOnce(this.pathOf(hash), bytes);
    return hash;
  }

  async get(hash: string): Promise<Buffer> {
    return this.files.readBytes(this.pathOf(hash));
  }

  async has(hash: string): Promise<boolean> {
    return this.files.exists(this.pathOf(hash));
  }
}
