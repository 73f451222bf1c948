/**
 * A short digest of which records an archive holds and in which version: the sum of a hash
 * of (kind, id, updatedAt) per record, with the count. The search index keeps the digest it
 * was in step with when it was closed; when the archive still has the same one at the next
 * open, the index is known to be current without reading its 360,000 rows back.
 *
 * The sum does not depend on the order records are read in, and any added, removed or
 * edited record changes it (barring a 1-in-2^32 collision, which also needs the same count).
 */
import { RECORD_KINDS } from '../../shared/records';
import type { Archive } from '../archive/archive';

export function archiveFingerprint(archive: Archive): string {
  let sum = 0;
  let count = 0;
  for (const kind of RECORD_KINDS) {
    for (const record of archive.storedAll(kind)) {
      const version = (record as { updatedAt?: string }).updatedAt ?? '';
      sum = (sum + fnv1a(`${kind}\u0000${record.id}\u0000${version}`)) >>> 0;
      count += 1;
    }
  }
  return `${count}:${sum.toString(16)}`;
}

/** FNV-1a over UTF-16 code units: fast and well spread for short keys. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
