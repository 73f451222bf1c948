/**
 * `casefile export bundle --out FILE.casefile` and `casefile import FILE.casefile`: the whole
 * archive in one file, and merging such a file into another archive by id (see
 * src/main/importers/bundle-merge.ts for the rule).
 *
 * A bundle from an encrypted archive is sealed with a passphrase of its own, asked for (twice)
 * or read from $CASEFILE_BUNDLE_PASSPHRASE; `--encrypted` seals one from a plain archive too.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CasefileError } from '../shared/errors';
import { Archive } from '../main/archive/archive';
import { BUNDLE_EXTENSION, MAX_BUNDLE_BYTES } from '../main/archive/bundle-format';
import { exportBundle } from '../main/dossier/archive-bundle';
import { importBundle, type MergeReport } from '../main/importers/bundle-merge';
import { formatBytes } from '../main/importers/limits';
import { json, line, UsageError, type CliIo } from './output';
import { readUserFile } from './files';
import { BUNDLE_PASSPHRASE_VARIABLE, bundlePassphrase, newPassphrase } from './passphrase-prompt';

/** A lone `.casefile` file is merged as a bundle. */
export function isBundleImport(positionals: readonly string[]): boolean {
  return positionals.length === 1 && positionals[0].toLowerCase().endsWith(BUNDLE_EXTENSION);
}

export async function exportBundleCommand(
  archiveDir: string,
  out: string | undefined,
  encrypt: boolean,
  io: CliIo,
): Promise<number> {
  if (!out) throw new UsageError(`Name the file to write with --out FILE${BUNDLE_EXTENSION}`);
  const target = path.resolve(out);
  const archive = await Archive.open(archiveDir);
  try {
    const passphrase =
      archive.isEncrypted || encrypt
        ? await newPassphrase(io, BUNDLE_PASSPHRASE_VARIABLE)
        : undefined;
    const bundle = await exportBundle(archive, { passphrase });
    // Write beside the target, then rename: an interrupted export never leaves half a file.
    const temporary = `${target}.${process.pid}.tmp`;
    try {
      await fs.writeFile(temporary, bundle.bytes);
      await fs.rename(temporary, target);
    } catch (error) {
      await fs.rm(temporary, { force: true });
      throw error;
    }
    const records = Object.values(bundle.counts).reduce((sum, n) => sum + n, 0);
    line(
      io.out,
      `Exported ${records} record${records === 1 ? '' : 's'} and ${bundle.files} file${bundle.files === 1 ? '' : 's'} to ${target}${bundle.encrypted ? ' (encrypted)' : ''}.`,
    );
    return 0;
  } finally {
    await archive.close();
  }
}

export async function importBundleCommand(
  archiveDir: string,
  file: string,
  wantsJson: boolean,
  io: CliIo,
): Promise<number> {
  const bytes = await readBundleFile(file);
  const archive = await Archive.open(archiveDir);
  try {
    let report: MergeReport;
    try {
      report = await importBundle(archive, bytes);
    } catch (error) {
      if (!(error instanceof CasefileError) || error.code !== 'passphrase-required') throw error;
      report = await importBundle(archive, bytes, { passphrase: await bundlePassphrase(io) });
    }
    if (wantsJson) json(io.out, { file, ...report });
    else printMerge(file, report, io);
    return 0;
  } finally {
    await archive.close();
  }
}

function readBundleFile(file: string): Promise<Uint8Array> {
  return readUserFile(file, MAX_BUNDLE_BYTES, formatBytes(MAX_BUNDLE_BYTES));
}

function printMerge(file: string, report: MergeReport, io: CliIo): void {
  line(
    io.out,
    `Merged ${file} (from “${report.archiveName}”, made ${report.bundleCreatedAt}): ${report.added} added, ${report.updated} updated, ${report.unchanged} unchanged, ${report.conflicts.length} conflict${report.conflicts.length === 1 ? '' : 's'}; ${report.filesAdded} file${report.filesAdded === 1 ? '' : 's'} added.`,
  );
  if (report.conflicts.length === 0) return;
  line(io.out, 'Changed on both sides (the later edit was kept; check these):');
  for (const conflict of report.conflicts) {
    const kept =
      conflict.winner === 'bundle'
        ? `kept the bundle's edit of ${conflict.bundleUpdatedAt} over this archive's of ${conflict.archiveUpdatedAt}`
        : `kept this archive's edit of ${conflict.archiveUpdatedAt} over the bundle's of ${conflict.bundleUpdatedAt}`;
    line(io.out, `  ${conflict.kind} ${conflict.id} “${conflict.title}”: ${kept}`);
  }
}
