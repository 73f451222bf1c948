/**
 * Merges an archive bundle into an open archive, by id.
 *
 * The rule, record by record:
 *   - absent from the archive: added;
 *   - present and identical: nothing;
 *   - present and different: the copy with the later `updatedAt` is kept (on a tie, the
 *     archive's own). Bundles carry no shared history, so "who changed it" is read from the
 *     timestamps: a copy whose `updatedAt` is later than its `createdAt` was edited. When
 *     only the bundle's copy was edited it simply replaces the archive's (updated); when only
 *     the archive's was, the archive's stays (unchanged); when both were edited, the later
 *     one wins and the record is listed as a conflict, with both times, for the user to check.
 * Two guards, because a bundle may come from anyone:
 *   - a copy dated more than a day after the archive's today never wins (a wrong clock, or a
 *     bundle made to overwrite); it is listed, and the archive's copy stays;
 *   - a copy that wins keeps the narrower of the two sharing levels, so that a merge never
 *     makes a record more widely shared than this archive had it; that is listed too.
 * Nothing is ever deleted by a merge. Attachment files are added by hash.
 *
 * The whole bundle is read and checked first (bundle-read.ts), links are checked against
 * the archive and the bundle together, and only then are files and records written, records
 * in one pass (`Archive.putMany`): a bad bundle leaves the archive as it was.
 */
import { CasefileError } from '../../shared/errors';
import {
  SHARING_LEVELS,
  titleOf,
  type AnyRecord,
  type RecordKind,
  type SharingLevel,
} from '../../shared/records';
import type { Archive } from '../archive/archive';
import { referencesOf } from '../archive/references';
import { readBundle, type BundleRecord, type ReadBundleOptions } from './bundle-read';

export interface MergeConflict {
  readonly kind: RecordKind;
  readonly id: string;
  readonly title: string;
  /** Whose copy the archive keeps now. */
  readonly winner: 'bundle' | 'archive';
  readonly archiveUpdatedAt: string;
  readonly bundleUpdatedAt: string;
  /** Why it is listed: edited on both sides, dated in the future, or shared more widely. */
  readonly reason: 'both-edited' | 'future' | 'sharing';
}

export interface MergeReport {
  readonly archiveName: string;
  readonly bundleCreatedAt: string;
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly filesAdded: number;
  readonly conflicts: MergeConflict[];
}

/** Reads, checks and merges a bundle's bytes; throws one plain sentence for a bad bundle. */
export async function importBundle(
  archive: Archive,
  bytes: Uint8Array,
  options: ReadBundleOptions = {},
): Promise<MergeReport> {
  const bundle = await readBundle(bytes, options);
  await archive.whenLoaded();
  const toWrite: BundleRecord[] = [];
  const latestBelievable = archive.now().getTime() + DAY_MS;
  const conflicts: MergeConflict[] = [];
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const incoming of bundle.records) {
    const { kind, record } = incoming;
    if (!archive.has(kind, record.id)) {
      toWrite.push(incoming);
      added += 1;
      continue;
    }
    const own = (await archive.get(kind, record.id)) as AnyRecord;
    if (canonical(own) === canonical(record)) {
      unchanged += 1;
      continue;
    }
    const future = Date.parse(record.updatedAt) > latestBelievable;
    const bundleWins = !future && Date.parse(record.updatedAt) > Date.parse(own.updatedAt);
    const widened = bundleWins && isWider(record.sharing, own.sharing);
    const reason = future
      ? 'future'
      : widened
        ? 'sharing'
        : wasEdited(own) && wasEdited(record)
          ? 'both-edited'
          : null;
    if (reason) {
      conflicts.push({
        kind,
        id: record.id,
        title: titleOf(kind, bundleWins ? record : own),
        winner: bundleWins ? 'bundle' : 'archive',
        archiveUpdatedAt: own.updatedAt,
        bundleUpdatedAt: record.updatedAt,
        reason,
      });
    }
    if (bundleWins) {
      toWrite.push(
        widened ? { kind, record: { ...record, sharing: own.sharing } as AnyRecord } : incoming,
      );
      updated += 1;
    } else {
      unchanged += 1;
    }
  }
  checkLinks(archive, bundle.records, toWrite);

  // Content before reference: the files are durable before the records that name them.
  let filesAdded = 0;
  for (const { kind, record } of toWrite) {
    if (kind !== 'attachment') continue;
    const hash = (record as { hash: string }).hash;
    if (await archive.blobs.has(hash)) continue;
    await archive.blobs.put(bundle.blobs.get(hash)!);
    filesAdded += 1;
  }
  if (toWrite.length) await archive.putMany(toWrite);
  return {
    archiveName: bundle.manifest.archiveName,
    bundleCreatedAt: bundle.manifest.createdAt,
    added,
    updated,
    unchanged,
    filesAdded,
    conflicts,
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether sharing level `a` is wider than `b` (private < team < public). */
function isWider(a: SharingLevel, b: SharingLevel): boolean {
  return SHARING_LEVELS.indexOf(a) > SHARING_LEVELS.indexOf(b);
}

/** A copy whose last change is later than its creation was edited. */
function wasEdited(record: AnyRecord): boolean {
  return Date.parse(record.updatedAt) > Date.parse(record.createdAt);
}

/**
 * Every link of a record to be written must resolve in the archive or the bundle, so that
 * `putMany` cannot refuse the batch halfway; told as one sentence before anything is written.
 */
function checkLinks(
  archive: Archive,
  bundled: readonly BundleRecord[],
  toWrite: readonly BundleRecord[],
): void {
  const inBundle = new Set(bundled.map(({ kind, record }) => `${kind}:${record.id}`));
  for (const { kind, record } of toWrite) {
    for (const ref of referencesOf(kind, record)) {
      if (archive.has(ref.kind, ref.id) || inBundle.has(`${ref.kind}:${ref.id}`)) continue;
      throw new CasefileError(
        'validation',
        `The bundle’s ${kind} ${record.id} names a ${ref.kind} (${ref.id}) that is neither in the bundle nor in this archive, so nothing was imported.`,
      );
    }
  }
}

/** JSON with keys sorted, so that two copies compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : inner,
  );
}
