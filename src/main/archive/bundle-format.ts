/**
 * The format of an archive bundle (`.casefile`), shared by its writer
 * (src/main/dossier/archive-bundle.ts) and its reader (src/main/importers/bundle-read.ts).
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { RECORD_KINDS } from '../../shared/records';

export const BUNDLE_FORMAT = 'casefile-bundle';
export const BUNDLE_FORMAT_VERSION = 1;
export const BUNDLE_EXTENSION = '.casefile';
export const MANIFEST_ENTRY = 'manifest.json';
/** A records part is closed once it passes this size. */
export const RECORDS_PART_BYTES = 32 * 1024 * 1024;

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);
export const BundleManifest = z.object({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  archiveName: z.string().max(1000),
  archiveId: z.string().max(200),
  createdAt: z.iso.datetime({ offset: true }),
  counts: z.partialRecord(z.enum(RECORD_KINDS), z.number().int().min(0)),
  files: z.number().int().min(0),
  entries: z
    .array(z.object({ path: z.string().max(200), size: z.number().int().min(0), sha256: Sha256 }))
    .max(1_000_000),
});
export type BundleManifest = z.infer<typeof BundleManifest>;

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Larger bundle files are refused before they are read (a Buffer's practical ceiling). */
export const MAX_BUNDLE_BYTES = 2 * 1024 * 1024 * 1024;
