/**
 * The archive bundle (`.casefile`): every record and every attachment file of an archive in
 * one ZIP, so that two secretaries can exchange their work on a USB stick and merge it
 * (src/main/importers/bundle-merge.ts).
 *
 *   manifest.json          format, version, archive name and id, when made, counts, and the
 *                          size and sha-256 of every other entry
 *   records/000001.jsonl   the records, in the archive's JSONL interchange format (jsonl.ts),
 *                          at most RECORDS_PART_BYTES per part so no part nears V8's
 *                          longest string
 *   blobs/<sha-256>        each attachment file once, named by its content hash
 *
 * From an encrypted archive the bundle is always sealed with a passphrase (bundle-cipher.ts):
 * a bundle never holds in plaintext what the archive keeps encrypted.
 */
import { Zip, ZipPassThrough, strToU8 } from 'fflate';
import { CasefileError } from '../../shared/errors';
import type { RecordKind } from '../../shared/records';
import type { Archive } from '../archive/archive';
import { jsonlLines } from '../archive/jsonl';
import { sealBundle } from '../archive/encryption/bundle-cipher';
import type { ScryptCost } from '../archive/encryption/key-file';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  MANIFEST_ENTRY,
  MAX_BUNDLE_BYTES,
  RECORDS_PART_BYTES,
  sha256,
  type BundleManifest,
} from '../archive/bundle-format';
import { formatBytes } from '../importers/limits';
import { NativeDeflate } from './dossier-zip';

const MAX_ZIP_ENTRIES = 0xffff;

export interface BundleOptions {
  /** Seal the bundle with this passphrase; required when the archive is encrypted. */
  readonly passphrase?: string;
  /** For tests: a cheaper scrypt. */
  readonly scryptCost?: ScryptCost;
  /** Told the bytes made so far. */
  readonly onProgress?: (bytes: number) => void;
}

export interface BundleResult {
  readonly bytes: Uint8Array;
  readonly counts: Partial<Record<RecordKind, number>>;
  readonly files: number;
  readonly encrypted: boolean;
}

export async function exportBundle(
  archive: Archive,
  options: BundleOptions = {},
): Promise<BundleResult> {
  if (archive.isEncrypted && !options.passphrase) {
    throw new CasefileError(
      'passphrase-required',
      'This archive is encrypted, so its bundle is encrypted too: choose a passphrase for the bundle.',
    );
  }
  await archive.whenLoaded();
  const entries: { path: string; data: Uint8Array; compress: boolean }[] = [];
  const counts: Partial<Record<RecordKind, number>> = {};

  let part: string[] = [];
  let partBytes = 0;
  const closePart = () => {
    if (part.length === 0) return;
    const name = `records/${String(entries.length + 1).padStart(6, '0')}.jsonl`;
    entries.push({ path: name, data: strToU8(part.join('\n') + '\n'), compress: true });
    part = [];
    partBytes = 0;
  };
  for await (const line of jsonlLines(archive, { withFiles: false })) {
    const kind = (JSON.parse(line) as { kind: RecordKind }).kind;
    counts[kind] = (counts[kind] ?? 0) + 1;
    part.push(line);
    partBytes += line.length + 1;
    if (partBytes >= RECORDS_PART_BYTES) closePart();
  }
  closePart();

  const hashes = new Set(archive.storedAll('attachment').map((attachment) => attachment.hash));
  for (const hash of hashes) {
    const bytes = await archive.blobs.get(hash);
    // The receiving archive checks every hash: a damaged copy is told here, not there.
    if (sha256(bytes) !== hash) {
      throw new CasefileError(
        'archive-damaged',
        `The archive's file ${hash} is damaged, so the bundle was not written. Run casefile verify for details.`,
      );
    }
    entries.push({ path: `blobs/${hash}`, data: bytes, compress: false });
  }

  // A ZIP without its ZIP64 extension (fflate writes none) counts entries in 16 bits and
  // places them in 32: past that, the bundle would be unreadable, so it is not written.
  if (entries.length + 1 > MAX_ZIP_ENTRIES) {
    throw new CasefileError(
      'validation',
      `This archive holds ${hashes.size} files, more than one bundle can carry (${MAX_ZIP_ENTRIES - 1 - (entries.length - hashes.size)}).`,
    );
  }
  const unpacked = entries.reduce((sum, entry) => sum + entry.data.byteLength, 0);
  if (unpacked > MAX_BUNDLE_BYTES) {
    throw new CasefileError(
      'validation',
      `This archive's records and files come to more than ${formatBytes(MAX_BUNDLE_BYTES)}, more than one bundle can carry.`,
    );
  }
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    archiveName: archive.info.name,
    archiveId: archive.info.archiveId,
    createdAt: archive.now().toISOString(),
    counts,
    files: hashes.size,
    entries: entries.map((entry) => ({
      path: entry.path,
      size: entry.data.byteLength,
      sha256: sha256(entry.data),
    })),
  };
  const zip = zipEntries(
    [
      { path: MANIFEST_ENTRY, data: strToU8(JSON.stringify(manifest, null, 2)), compress: true },
      ...entries,
    ],
    archive.now(),
    options.onProgress,
  );
  const encrypted = options.passphrase !== undefined;
  const bytes = encrypted ? await sealBundle(zip, options.passphrase!, options.scryptCost) : zip;
  return { bytes, counts, files: hashes.size, encrypted };
}

function zipEntries(
  entries: readonly { path: string; data: Uint8Array; compress: boolean }[],
  mtime: Date,
  onProgress?: (bytes: number) => void,
): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else {
      chunks.push(chunk);
      total += chunk.byteLength;
    }
  });
  for (const entry of entries) {
    // Attachments are mostly PDFs and scans, compressed already; records compress well.
    const file = entry.compress ? new NativeDeflate(entry.path) : new ZipPassThrough(entry.path);
    file.mtime = mtime;
    zip.add(file);
    file.push(entry.data, true);
    if (failure) throw failure;
    onProgress?.(total);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks, total);
}
