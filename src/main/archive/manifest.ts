/**
 * `archive.json`: what makes a folder a Casefile archive — format version, id, name,
 * settings, and (later) the encryption header. Older formats are migrated at open.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { CasefileError } from '../../shared/errors';
import type { ArchiveFs } from './archive-fs';

export const MANIFEST_FILE = 'archive.json';
export const CURRENT_FORMAT_VERSION = 1;

export const Settings = z.object({
  /** How many snapshots of data/ to keep in backups/. */
  backupsKept: z.number().int().min(1).max(1000).default(10),
  /** A backup is taken at open when the newest is older than this (hours), and at close after changes. */
  backupEveryHours: z
    .number()
    .min(0)
    .max(24 * 365)
    .default(24),
  /** The dashboard lists prisoners with no letter sent for more than this many days. */
  quietDays: z.number().int().min(1).max(3650).default(30),
  /** The campaign's own address, printed in the upper left of the envelopes it prints. */
  returnAddress: z.array(z.string().max(200)).max(8).default([]),
  /**
   * How the columns of a spreadsheet import were mapped to fields, per set of headers, so
   * that the next file with the same columns is mapped the same way (spreadsheet-import.ts).
   */
  sheetMappings: z
    .record(z.string().max(20_000), z.array(z.string().max(40).nullable()).max(200))
    .default({}),
});

export const Manifest = z.object({
  format: z.literal('casefile-archive'),
  formatVersion: z.number().int().min(1),
  archiveId: z.string().min(1),
  name: z.string(),
  createdAt: z.string(),
  isSample: z.boolean().default(false),
  settings: Settings.default(Settings.parse({})),
  encryption: z.null().default(null),
});
export type Manifest = z.infer<typeof Manifest>;

export function newManifest(name: string, now: Date, isSample = false): Manifest {
  return Manifest.parse({
    format: 'casefile-archive',
    formatVersion: CURRENT_FORMAT_VERSION,
    archiveId: randomUUID(),
    name,
    createdAt: now.toISOString(),
    isSample,
  });
}

/** Parses archive.json text; throws a plain error when it is not an archive's manifest. */
export function parseManifest(text: string): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error('archive.json is not valid JSON');
  }
  const result = Manifest.safeParse(raw);
  if (!result.success) throw new Error('archive.json is not a Casefile manifest');
  return result.data;
}

export async function writeManifest(files: ArchiveFs, manifest: Manifest): Promise<void> {
  await files.writeAtomic(MANIFEST_FILE, JSON.stringify(manifest, null, 2) + '\n');
}

/** One step of the archive format: from version `from` to `from + 1`. */
export interface Migration {
  readonly from: number;
  readonly describe: string;
  migrate(files: ArchiveFs, manifest: Manifest): Promise<Manifest>;
}

/**
 * The format's history. Version 1 is the first format, so there is nothing to migrate yet;
 * each later format adds one step here, with its own test.
 */
export const MIGRATIONS: readonly Migration[] = [];

/**
 * Brings an archive's manifest (and files) up to `target`, one step at a time. Refuses
 * archives written by a newer Casefile rather than guessing at their format.
 */
export async function migrate(
  files: ArchiveFs,
  manifest: Manifest,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = CURRENT_FORMAT_VERSION,
): Promise<{ manifest: Manifest; applied: string[] }> {
  if (manifest.formatVersion > target) {
    throw new CasefileError(
      'archive-too-new',
      'This archive was saved by a newer version of Casefile. Update Casefile to open it.',
      { formatVersion: manifest.formatVersion, supported: target },
    );
  }
  const applied: string[] = [];
  let current = manifest;
  while (current.formatVersion < target) {
    const step = migrations.find((migration) => migration.from === current.formatVersion);
    if (!step) {
      throw new CasefileError(
        'internal',
        `Casefile cannot upgrade archives of format ${current.formatVersion}.`,
      );
    }
    current = { ...(await step.migrate(files, current)), formatVersion: step.from + 1 };
    await writeManifest(files, current);
    applied.push(step.describe);
  }
  return { manifest: current, applied };
}
