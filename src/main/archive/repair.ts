/**
 * `casefile repair`: what opening does for a data file that does not parse, done for one
 * that parses but holds records that are no longer valid (edited by hand, damaged inside a
 * string): the file is moved to damaged/<stamp>/ and the newest backup copy whose every
 * record is valid is put back. What backups cannot mend (a missing text or attachment file,
 * a link to a record no copy holds) is listed for a person to decide.
 */
import type { Recovery } from '../../shared/api';
import { COLLECTION_OF, RECORD_KINDS } from '../../shared/records';
import { Archive, restoreDamagedFile } from './archive';
import { storedSchemaOf, verifyArchive, type Problem } from './verify';

export interface RepairReport {
  /** Files restored from a backup (also those opening the archive restored). */
  readonly restored: readonly Recovery[];
  /** What is still wrong after the repair. */
  readonly remaining: readonly Problem[];
}

export async function repairArchive(
  dir: string,
  options: { now?: () => Date } = {},
): Promise<RepairReport> {
  let archive = await Archive.open(dir, { now: options.now });
  const restored: Recovery[] = [...archive.recoveries];
  try {
    const invalidFiles = new Set<string>();
    for (const problem of await verifyArchive(archive)) {
      if (!problem.kind || !problem.id) continue;
      const schema = storedSchemaOf(problem.kind);
      if (schema.safeParse(archive.stored(problem.kind, problem.id)).success) continue;
      const file = archive.fileOf(problem.kind, problem.id);
      if (file) invalidFiles.add(file);
    }
    if (invalidFiles.size > 0) {
      // Restored while the lock is held; the archive is then read again from its files.
      for (const file of invalidFiles) {
        restored.push(
          await restoreDamagedFile(archive.files, file, archive.now(), isValidShardOf(file)),
        );
      }
      await archive.close();
      archive = await Archive.open(dir, { now: options.now });
      restored.push(...archive.recoveries);
    }
    // verify also lists the files restored at open; those are in `restored` already.
    const remaining = (await verifyArchive(archive)).filter((problem) => problem.kind);
    return { restored, remaining };
  } finally {
    await archive.close();
  }
}

/** A backup copy is usable when it parses and every record in it matches its schema. */
function isValidShardOf(file: string): (bytes: Buffer) => boolean {
  const kind = RECORD_KINDS.find((candidate) =>
    file.startsWith(`data/${COLLECTION_OF[candidate]}/`),
  );
  return (bytes) => {
    if (!kind) return false;
    try {
      const data = JSON.parse(bytes.toString('utf8')) as { records?: unknown };
      const schema = storedSchemaOf(kind);
      return (
        Array.isArray(data.records) &&
        data.records.every((record) => schema.safeParse(record).success)
      );
    } catch {
      return false;
    }
  };
}
