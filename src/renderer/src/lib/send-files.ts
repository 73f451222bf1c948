/**
 * Sends the user's files to an import job: announced by name and size, then their bytes in
 * base64 slices (the HTTP transport carries JSON), then started. Files the import refuses
 * for their size are not sent at all: the job reports them.
 */
import { IMPORT_SLICE_BYTES, type ImportJob } from '../../../shared/api';
import { call } from '../api-client';
import { toBase64 } from './blob-files';

export async function sendFiles(
  files: readonly File[],
  onSending: (file: string) => void,
  signal: { cancelled: boolean },
  /** Opens the batch's encrypted archive bundles (.casefile). */
  bundlePassphrase?: string,
): Promise<ImportJob> {
  const job = await call('import.begin', {
    files: files.map((file) => ({ name: file.name, size: file.size })),
  });
  const refused = new Set(job.failed.map((failed) => failed.file));
  for (const [index, file] of files.entries()) {
    onSending(file.name);
    for (let offset = 0; offset < file.size; offset += IMPORT_SLICE_BYTES) {
      if (signal.cancelled) return call('import.cancel', { jobId: job.jobId });
      const slice = new Uint8Array(
        await file.slice(offset, offset + IMPORT_SLICE_BYTES).arrayBuffer(),
      );
      try {
        await call('import.send', { jobId: job.jobId, index, offset, data: toBase64(slice) });
      } catch (error) {
        // The size limit refused this file at once; the job already reports why.
        if (refused.has(file.name)) break;
        throw error;
      }
    }
  }
  if (signal.cancelled) return call('import.cancel', { jobId: job.jobId });
  return call('import.start', {
    jobId: job.jobId,
    ...(bundlePassphrase ? { bundlePassphrase } : {}),
  });
}
