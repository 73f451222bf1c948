/** Reads what the workspace views need from an open archive, once its records are read. */
import type { Archive } from '../archive/archive';
import { dayOf } from './calendar';
import { DEFAULT_QUIET_DAYS } from './dashboard';
import type { WorkspaceData } from './workspace-data';

export async function readWorkspace(archive: Archive): Promise<WorkspaceData> {
  await archive.whenLoaded();
  return {
    persons: archive.storedAll('person'),
    facilities: archive.storedAll('facility'),
    addresses: archive.storedAll('address'),
    cases: archive.storedAll('case'),
    events: archive.storedAll('event'),
    letters: archive.storedAll('letter'),
    articles: archive.storedAll('article'),
    documents: archive.storedAll('document'),
  };
}

/** Today by the archive's clock, which tests set. */
export function archiveToday(archive: Archive): string {
  return dayOf(archive.now());
}

/**
 * After how many days without a letter a prisoner is listed. The archive's settings may
 * name it (`quietDays`); archives whose settings do not know the field use the default.
 */
export function quietDaysOf(archive: Archive): number {
  const value = (archive.settings as { quietDays?: unknown }).quietDays;
  return typeof value === 'number' && Number.isInteger(value) && value > 0
    ? value
    : DEFAULT_QUIET_DAYS;
}
