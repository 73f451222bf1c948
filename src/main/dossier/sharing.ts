/**
 * Sharing levels as an export reads them: a record goes into a dossier exported at level L
 * only when its own level is L or wider (private < team < public). A record whose level is
 * missing or unknown counts as private, so that a mistake keeps a record in, never lets it out.
 */
import { SHARING_LEVELS, type SharingLevel } from '../../shared/records';

const WIDTH: Record<SharingLevel, number> = { private: 0, team: 1, public: 2 };

export function isSharingLevel(value: unknown): value is SharingLevel {
  return typeof value === 'string' && (SHARING_LEVELS as readonly string[]).includes(value);
}

/** Whether a record marked `sharing` may appear in an export at `level`. */
export function isSharedAt(sharing: unknown, level: SharingLevel): boolean {
  const width = isSharingLevel(sharing) ? WIDTH[sharing] : WIDTH.private;
  return width >= WIDTH[level];
}

/** What an export at a level holds, in words for readers of the export. */
export const LEVEL_DESCRIPTIONS: Record<SharingLevel, string> = {
  public: 'only records marked public',
  team: 'records marked team or public; private records are not included',
  private: 'every record, private ones included',
};
