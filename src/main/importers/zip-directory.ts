/**
 * Reads a zip file's central directory — the list at its end of every entry with its
 * declared sizes — without unpacking anything, so that a zip bomb (a few kilobytes that
 * unpack to gigabytes) is refused before a byte is inflated. Then, because declared sizes
 * can lie, each entry is inflated with a cap at its declared size, output discarded, before
 * any library unpacks the file in full.
 */
import { Inflate } from 'fflate';
import { ExtractionError } from './drafts';
import { formatBytes, type ImportLimits } from './limits';

export interface ZipEntry {
  readonly name: string;
  /** 0 = stored, 8 = deflate. */
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end record is 22 bytes, followed by a comment of at most 65,535. */
const END_SEARCH = 22 + 0xffff;
const MAX_ENTRIES = 10_000;

const LYING_SIZES =
  'This file unpacks to more than it declares, as files made to exhaust memory do, so it was not opened.';

export const DAMAGED_ZIP = 'This file is damaged: its list of contents cannot be read.';

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && view(bytes).getUint32(0, true) === LOCAL_HEADER;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * The entries a zip declares, read from its central directory alone. `maxEntries` is for
 * containers that hold many files (an archive bundle); a DOCX has a few dozen parts.
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries = MAX_ENTRIES): ZipEntry[] {
  return asDamaged(() => readDirectory(bytes, maxEntries));
}

/** A read past the end (a cut-off file) or a broken stream is a damaged file, said so. */
function asDamaged<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ExtractionError) throw error;
    throw new ExtractionError(DAMAGED_ZIP);
  }
}

function readDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const data = view(bytes);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - END_SEARCH); at -= 1) {
    if (data.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ExtractionError(DAMAGED_ZIP);
  let count = data.getUint16(end + 10, true);
  let offset = data.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) {
    // ZIP64: the real figures are in a larger record that a locator before this one points to.
    const locator = end - 20;
    if (locator < 0 || data.getUint32(locator, true) !== ZIP64_LOCATOR)
      throw new ExtractionError(DAMAGED_ZIP);
    const zip64End = Number(data.getBigUint64(locator + 8, true));
    if (zip64End + 56 > bytes.length || data.getUint32(zip64End, true) !== ZIP64_END)
      throw new ExtractionError(DAMAGED_ZIP);
    count = Number(data.getBigUint64(zip64End + 32, true));
    offset = Number(data.getBigUint64(zip64End + 48, true));
  }
  if (count > maxEntries)
    throw new ExtractionError(`This file holds more than ${maxEntries} parts.`);
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > bytes.length || data.getUint32(at, true) !== DIRECTORY_ENTRY)
      throw new ExtractionError(DAMAGED_ZIP);
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    let compressedSize = data.getUint32(at + 20, true);
    let uncompressedSize = data.getUint32(at + 24, true);
    let localHeaderOffset = data.getUint32(at + 42, true);
    const name = Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('utf8');
    // ZIP64 extra field: the 64-bit values, in this order, for each 32-bit field set to ~0.
    for (let extra = at + 46 + nameLength; extra + 4 <= at + 46 + nameLength + extraLength;) {
      const id = data.getUint16(extra, true);
      const size = data.getUint16(extra + 2, true);
      if (id === 0x0001) {
        let field = extra + 4;
        const next = () => {
          const value = Number(data.getBigUint64(field, true));
          field += 8;
          return value;
        };
        if (uncompressedSize === 0xffffffff) uncompressedSize = next();
        if (compressedSize === 0xffffffff) compressedSize = next();
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = next();
      }
      extra += 4 + size;
    }
    entries.push({
      name,
      method: data.getUint16(at + 10, true),
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Refuses a zip whose declared sizes unpack to too much, or grow absurdly. */
export function refuseZipBomb(entries: readonly ZipEntry[], limits: ImportLimits): void {
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > limits.maxUnzippedBytes) {
    throw new ExtractionError(
      `This file would unpack to ${formatBytes(total)}, more than the ${formatBytes(limits.maxUnzippedBytes)} allowed, so it was not opened.`,
    );
  }
  for (const entry of entries) {
    // Small parts can compress very well (a blank page of XML); only large growth matters.
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > 1024 * 1024 && ratio > limits.maxZipRatio) {
      throw new ExtractionError(
        `This file is built to explode when unpacked (a part grows ${Math.round(ratio)} times), so it was not opened.`,
      );
    }
  }
}

/**
 * Inflates every entry, discarding the output, and stops at the first one that gives more
 * than it declares: a lying directory cannot push a bomb past the check above.
 */
export function verifyDeclaredSizes(bytes: Uint8Array, entries: readonly ZipEntry[]): void {
  asDamaged(() => inflateWithCaps(bytes, entries));
}

function inflateWithCaps(bytes: Uint8Array, entries: readonly ZipEntry[]): void {
  for (const entry of entries) inflateEntry(bytes, entry, () => undefined);
}

/**
 * One entry's content, inflated with a cap at its declared size (see `verifyDeclaredSizes`):
 * for readers that keep what they unpack, after `refuseZipBomb` has passed the declared sizes.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  return asDamaged(() => {
    const chunks: Uint8Array[] = [];
    inflateEntry(bytes, entry, (chunk) => chunks.push(chunk));
    const content = Buffer.concat(chunks);
    if (content.length !== entry.uncompressedSize) throw new ExtractionError(DAMAGED_ZIP);
    return content;
  });
}

function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  onChunk: (chunk: Uint8Array) => void,
): void {
  const data = view(bytes);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || data.getUint32(at, true) !== LOCAL_HEADER)
    throw new ExtractionError(DAMAGED_ZIP);
  const start = at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ExtractionError(DAMAGED_ZIP);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize) throw new ExtractionError(DAMAGED_ZIP);
    onChunk(bytes.subarray(start, end));
    return;
  }
  if (entry.method !== 8)
    throw new ExtractionError('This file is packed in a way Word does not use.');
  let produced = 0;
  const inflate = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > entry.uncompressedSize) throw new ExtractionError(LYING_SIZES);
    onChunk(chunk);
  });
  // Deflate grows at most about 1,000 times: 16 KB in, at most some 16 MB out per step.
  const CHUNK = 16 * 1024;
  for (let offset = start; offset < end; offset += CHUNK) {
    const stop = Math.min(end, offset + CHUNK);
    inflate.push(bytes.subarray(offset, stop), stop === end);
  }
}
