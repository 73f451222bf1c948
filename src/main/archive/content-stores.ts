/**
 * Content-addressed stores: large text (`text/<hash>.txt`) and attachment files
 * (`blobs/<aa>/<hash>`). A file is named by the sha-256 of its content and written once,
 * durably, before any record points to it; so a record never names a missing file.
 */
import { createHash } from 'node:crypto';
import type { ArchiveFs } from './archive-fs';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export class TextStore {
  constructor(private readonly files: ArchiveFs) {}

  static pathOf(hash: string): string {
    return `text/${hash}.txt`;
  }

  /** Stores a text and returns its hash; storing the same text twice writes nothing. */
  async put(text: string): Promise<string> {
    const hash = sha256(text);
    await this.files.writeOnce(TextStore.pathOf(hash), text);
    return hash;
  }

  async get(hash: string): Promise<string> {
    return this.files.readText(TextStore.pathOf(hash));
  }

  async has(hash: string): Promise<boolean> {
    return this.files.exists(TextStore.pathOf(hash));
  }
}

export class BlobStore {
  constructor(private readonly files: ArchiveFs) {}

  static pathOf(hash: string): string {
    return `blobs/${hash.slice(0, 2)}/${hash}`;
  }

  async put(bytes: Uint8Array): Promise<string> {
    const hash = sha256(bytes);
    await this.files.writeOnce(BlobStore.pathOf(hash), bytes);
    return hash;
  }

  async get(hash: string): Promise<Buffer> {
    return this.files.readBytes(BlobStore.pathOf(hash));
  }

  async has(hash: string): Promise<boolean> {
    return this.files.exists(BlobStore.pathOf(hash));
  }
}
