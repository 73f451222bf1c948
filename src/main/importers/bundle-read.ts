/**
 * Reads an archive bundle (see src/main/dossier/archive-bundle.ts) from bytes that may come
 * from anyone: every check is made before anything is written, and a bad bundle gives one
 * plain sentence (a CasefileError), never a half-applied merge.
 *
 * In order: an encrypted bundle is opened with its passphrase; the ZIP's central directory is
 * read without unpacking (zip-directory.ts); entry names are refused if they could escape a
 * folder or are not ours; declared sizes are held to limits (total, per entry, growth ratio)
 * before a byte is inflated, and each entry is inflated with a cap at its declared size; every
 * entry's sha-256 must match the manifest; every record must pass its schema
 * (src/shared/records.ts), and every attachment must bring its file.
 */
import { CasefileError } from '../../shared/errors';
import {
  RECORD_KINDS,
  RECORD_SCHEMAS,
  type AnyRecord,
  type RecordKind,
} from '../../shared/records';
import { isSealedBundle, openSealedBundle } from '../archive/encryption/bundle-cipher';
import { BundleManifest, MANIFEST_ENTRY, MAX_BUNDLE_BYTES, sha256 } from '../archive/bundle-format';
import { ExtractionError } from './drafts';
import { formatBytes } from './limits';
import {
  isZip,
  readZipDirectory,
  readZipEntry,
  refuseZipBomb,
  type ZipEntry,
} from './zip-directory';

export interface BundleLimits {
  /** All entries together, unpacked. */
  readonly maxUnpackedBytes: number;
  /** One entry, unpacked: a records part or one attachment file. */
  readonly maxEntryBytes: number;
  /** An entry over 1 MiB that claims to grow more than this many times is refused. */
  readonly maxRatio: number;
}

export const DEFAULT_BUNDLE_LIMITS: BundleLimits = {
  maxUnpackedBytes: MAX_BUNDLE_BYTES,
  maxEntryBytes: 256 * 1024 * 1024,
  // JSONL of records deflates 5–15 times; hundreds of times is a file made to explode.
  maxRatio: 200,
};

const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
/** Every attachment file is an entry: a long campaign's archive holds tens of thousands. */
const MAX_BUNDLE_ENTRIES = 1_000_000;
const RECORDS_NAME = /^records\/\d{6}\.jsonl$/;
const BLOB_NAME = /^blobs\/([0-9a-f]{64})$/;

export interface BundleRecord {
  readonly kind: RecordKind;
  readonly record: AnyRecord;
}

export interface ReadBundle {
  readonly manifest: BundleManifest;
  readonly records: readonly BundleRecord[];
  /** Attachment files by their sha-256. */
  readonly blobs: ReadonlyMap<string, Uint8Array>;
}

export interface ReadBundleOptions {
  readonly passphrase?: string;
  readonly limits?: Partial<BundleLimits>;
}

function refused(message: string): CasefileError {
  return new CasefileError('validation', message);
}

export async function readBundle(
  input: Uint8Array,
  options: ReadBundleOptions = {},
): Promise<ReadBundle> {
  const limits = { ...DEFAULT_BUNDLE_LIMITS, ...options.limits };
  let bytes = input;
  if (isSealedBundle(bytes)) {
    if (!options.passphrase) {
      throw new CasefileError(
        'passphrase-required',
        'This bundle is encrypted: enter its passphrase to import it.',
      );
    }
    bytes = await openSealedBundle(bytes, options.passphrase);
  }
  if (!isZip(bytes)) {
    throw refused('This file is not a Casefile archive bundle (it is not a ZIP file).');
  }
  try {
    return readZip(bytes, limits);
  } catch (error) {
    // The ZIP reader's sentences speak of "this file": they are kept, as one plain error.
    if (error instanceof ExtractionError)
      throw refused(`The bundle was not read. ${error.message}`);
    throw error;
  }
}

function readZip(bytes: Uint8Array, limits: BundleLimits): ReadBundle {
  const entries = readZipDirectory(bytes, MAX_BUNDLE_ENTRIES);
  const byName = new Map<string, ZipEntry>();
  for (const entry of entries) {
    checkEntryName(entry.name);
    if (byName.has(entry.name)) throw refused(`The bundle holds ${entry.name} twice.`);
    byName.set(entry.name, entry);
  }
  refuseZipBomb(entries, {
    maxUnzippedBytes: limits.maxUnpackedBytes,
    maxZipRatio: limits.maxRatio,
    maxFileBytes: Infinity,
    timeoutMs: 0,
  });
  for (const entry of entries) {
    if (entry.uncompressedSize > limits.maxEntryBytes) {
      throw refused(
        `The bundle's part ${entry.name} would unpack to ${formatBytes(entry.uncompressedSize)}, more than the ${formatBytes(limits.maxEntryBytes)} allowed, so it was not opened.`,
      );
    }
  }

  const manifestEntry = byName.get(MANIFEST_ENTRY);
  if (!manifestEntry)
    throw refused('This ZIP file is not a Casefile archive bundle: it has no manifest.');
  if (manifestEntry.uncompressedSize > MAX_MANIFEST_BYTES)
    throw refused('The bundle’s manifest is too large to be real.');
  const manifest = parseManifest(readZipEntry(bytes, manifestEntry));

  const listed = new Map(manifest.entries.map((entry) => [entry.path, entry]));
  for (const name of byName.keys()) {
    if (name !== MANIFEST_ENTRY && !listed.has(name))
      throw refused(`The bundle holds ${name}, which its manifest does not list.`);
  }
  const contents = new Map<string, Uint8Array>();
  for (const expected of manifest.entries) {
    const entry = byName.get(expected.path);
    if (!entry) throw refused(`The bundle lacks ${expected.path}, which its manifest lists.`);
    if (entry.uncompressedSize !== expected.size)
      throw refused(`The bundle’s ${expected.path} does not have the size its manifest gives.`);
    const content = readZipEntry(bytes, entry);
    if (sha256(content) !== expected.sha256) {
      throw refused(
        `The bundle’s ${expected.path} does not match its hash: the bundle was changed or damaged.`,
      );
    }
    contents.set(expected.path, content);
  }

  const blobs = new Map<string, Uint8Array>();
  for (const [name, content] of contents) {
    const hash = BLOB_NAME.exec(name)?.[1];
    if (!hash) continue;
    // A file is named by its content's hash: another content under the name would give an
    // attachment a file that is not its own.
    if (sha256(content) !== hash)
      throw refused(`The bundle’s ${name} does not match its name: the bundle was changed.`);
    blobs.set(hash, content);
  }
  const records = parseRecords(contents);
  checkCounts(manifest, records, blobs);
  return { manifest, records, blobs };
}

/** Names that could escape a folder when unpacked, or that a bundle never holds. */
function checkEntryName(name: string): void {
  const shown = JSON.stringify(name.slice(0, 120));
  if (
    name.includes('\\') ||
    name.startsWith('/') ||
    /^[A-Za-z]:/.test(name) ||
    name.split('/').some((part) => part === '..' || part === '.') ||
    name.includes('\0')
  ) {
    throw refused(
      `The bundle holds a file named ${shown}, which points outside its folder, so it was not opened.`,
    );
  }
  if (name !== MANIFEST_ENTRY && !RECORDS_NAME.test(name) && !BLOB_NAME.test(name))
    throw refused(`The bundle holds a file named ${shown}, which a Casefile bundle never has.`);
}

function parseManifest(content: Uint8Array): BundleManifest {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(content).toString('utf8'));
  } catch {
    throw refused('The bundle’s manifest is not valid JSON.');
  }
  const format = (value as { format?: unknown; formatVersion?: unknown } | null) ?? {};
  if (format.format === 'casefile-bundle' && typeof format.formatVersion === 'number') {
    if (format.formatVersion > 1)
      throw refused('This bundle was made by a newer Casefile. Update Casefile to import it.');
  }
  const result = BundleManifest.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw refused(
      `The bundle’s manifest is not valid (${issue.path.join('.') || 'manifest'}: ${issue.message}).`,
    );
  }
  return result.data;
}

function parseRecords(contents: ReadonlyMap<string, Uint8Array>): BundleRecord[] {
  const records: BundleRecord[] = [];
  const seen = new Set<string>();
  const parts = [...contents.keys()].filter((name) => RECORDS_NAME.test(name)).sort();
  for (const part of parts) {
    const lines = Buffer.from(contents.get(part)!).toString('utf8').split('\n');
    for (let index = 0; index < lines.length; index += 1) {
      const raw = lines[index].trim();
      if (raw === '') continue;
      const where = `Line ${index + 1} of the bundle’s ${part}`;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch {
        throw refused(`${where} is not valid JSON.`);
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw refused(`${where} is not a record.`);
      const { kind, ...fields } = value as Record<string, unknown>;
      if (typeof kind !== 'string' || !(RECORD_KINDS as readonly string[]).includes(kind))
        throw refused(`${where} has no known "kind".`);
      const recordKind = kind as RecordKind;
      const result = RECORD_SCHEMAS[recordKind].safeParse(fields);
      if (!result.success) {
        const issue = result.error.issues[0];
        throw refused(
          `${where} is not a valid ${recordKind} (${issue.path.join('.') || recordKind}: ${issue.message}).`,
        );
      }
      const record = result.data as AnyRecord;
      const key = `${recordKind}:${record.id}`;
      if (seen.has(key)) throw refused(`${where} repeats the ${recordKind} ${record.id}.`);
      seen.add(key);
      records.push({ kind: recordKind, record });
    }
  }
  return records;
}

function checkCounts(
  manifest: BundleManifest,
  records: readonly BundleRecord[],
  blobs: ReadonlyMap<string, Uint8Array>,
): void {
  const counts = new Map<RecordKind, number>();
  for (const { kind, record } of records) {
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    if (kind === 'attachment') {
      const hash = (record as { hash: string }).hash;
      if (!blobs.has(hash))
        throw refused(`The bundle’s attachment ${record.id} comes without its file.`);
    }
  }
  for (const kind of RECORD_KINDS) {
    if ((manifest.counts[kind] ?? 0) !== (counts.get(kind) ?? 0))
      throw refused(
        `The bundle holds a different number of ${kind} records than its manifest says.`,
      );
  }
  if (manifest.files !== blobs.size)
    throw refused('The bundle holds a different number of files than its manifest says.');
}
