/**
 * `casefile repair`: restores every damaged data file from the newest backup copy that is
 * still good, keeps the damaged file aside in damaged/<stamp>/, and says in plain words what
 * was done and what is left for a person to decide.
 */
import path from 'node:path';
import { repairArchive, type RepairReport } from '../main/archive/repair';
import { line, type CliIo } from './output';

export async function repair(archiveDir: string, io: CliIo): Promise<number> {
  const report = await repairArchive(archiveDir);
  const { out, err } = describeRepair(archiveDir, report);
  for (const sentence of out) line(io.out, sentence);
  for (const sentence of err) line(io.err, sentence);
  // Records lost with no backup, or problems left, are failures a script must notice.
  return err.length === 0 ? 0 : 1;
}

/** The report as sentences: what was mended on stdout, what is still wrong on stderr. */
function describeRepair(
  archiveDir: string,
  report: RepairReport,
): { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const mended = report.restored.filter((recovery) => recovery.restoredFrom !== null);
  const lost = report.restored.filter((recovery) => recovery.restoredFrom === null);
  if (report.restored.length === 0) {
    out.push('No damaged file was found: nothing needed restoring.');
  }
  for (const recovery of mended) {
    out.push(
      `Restored ${recovery.file} from the backup in ${recovery.restoredFrom}; the damaged copy is kept in ${path.join(archiveDir, recovery.movedTo)}.`,
    );
  }
  for (const recovery of lost) {
    err.push(
      `${recovery.file} was damaged and no backup holds a good copy; the damaged file is kept in ${path.join(archiveDir, recovery.movedTo)}.`,
    );
  }
  if (report.remaining.length === 0) {
    if (lost.length === 0) out.push('The archive is whole now: every link and file checked.');
    return { out, err };
  }
  const count = report.remaining.length;
  err.push(
    `${count} problem${count === 1 ? '' : 's'} cannot be mended from backups and need${count === 1 ? 's' : ''} a person to decide:`,
  );
  for (const problem of report.remaining) {
    err.push(`  ${problem.kind ? `${problem.kind} ${problem.id}: ` : ''}${problem.message}`);
  }
  return { out, err };
}
