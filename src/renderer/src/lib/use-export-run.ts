/**
 * One export started from a dialog: how it is going, the saved file or why it failed, and
 * whether it is still running (the dialog's choices stay fixed until it is done).
 */
import { useState } from 'react';
import type { ApiInput } from '../../../shared/api';
import { exportAndSave, type ExportProgress, type SavedExport } from './export-file';

export interface ExportRun {
  readonly progress?: ExportProgress;
  readonly saved?: SavedExport;
  readonly error?: string;
  readonly busy: boolean;
  readonly start: (request: ApiInput<'export.start'>) => Promise<void>;
}

export function useExportRun(): ExportRun {
  const [progress, setProgress] = useState<ExportProgress>();
  const [saved, setSaved] = useState<SavedExport>();
  const [error, setError] = useState<string>();
  const busy = progress !== undefined && saved === undefined && error === undefined;

  const start = async (request: ApiInput<'export.start'>) => {
    setSaved(undefined);
    setError(undefined);
    setProgress({ phase: 'working', step: 'collecting', bytes: 0 });
    try {
      setSaved(await exportAndSave(request, setProgress));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return { progress, saved, error, busy, start };
}
