/**
 * What every page may need to know about the open archive, and the two ways to change
 * which archive is open. Changing it remounts the pages, so they load afresh.
 */
import { createContext, useContext } from 'react';
import type { ArchiveInfo } from '../../../shared/api';

export interface ArchiveContextValue {
  readonly info: ArchiveInfo;
  /** Switches to the fictional sample archive (creating it on first use). */
  readonly openSample: () => Promise<void>;
  /** Switches back from the sample to the user's own archive. */
  readonly openMain: () => Promise<void>;
}

export const ArchiveContext = createContext<ArchiveContextValue | null>(null);

export function useArchive(): ArchiveContextValue {
  const value = useContext(ArchiveContext);
  if (!value) throw new Error('useArchive is used outside the archive provider.');
  return value;
}
