/**
 * Running an export and saving its file: start it in main, wait for it (telling progress),
 * fetch the bytes in slices and hand them to the browser's own download (blob-files.ts).
 */
import type { ApiInput, ExportJob } from '../../../shared/api';
import { call } from '../api-client';
import { ApiError } from '../api-error';
import { readSlices, saveBlob } from './blob-files';

export type ExportProgress =
  | { readonly phase: 'working'; readonly step: ExportJob['step']; readonly bytes: number }
  | { readonly phase: 'receiving'; readonly received: number; readonly total: number };

const POLL_MS = 150;

export interface SavedExport {
  readonly fileName: string;
  readonly bytes: number;
  readonly summary: Readonly<Record<string, number>>;
}

export async function exportAndSave(
  request: ApiInput<'export.start'>,
  onProgress: (progress: ExportProgress) => void,
): Promise<SavedExport> {
  let job = await call('export.start', request);
  while (job.state === 'working') {
    onProgress({ phase: 'working', step: job.step, bytes: job.bytes });
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    job = await call('export.status', { jobId: job.jobId });
  }
  if (job.state === 'failed') {
    throw new ApiError({ code: 'validation', message: job.error ?? '' });
  }
  let parts: Uint8Array<ArrayBuffer>[];
  try {
    parts = await readSlices(
      (offset) => call('export.chunk', { jobId: job.jobId, offset }),
      (received) => onProgress({ phase: 'receiving', received, total: job.bytes }),
    );
  } finally {
    void call('export.discard', { jobId: job.jobId }).catch(() => undefined);
  }
  const received = parts.reduce((sum, part) => sum + part.byteLength, 0);
  const fileName = job.fileName ?? 'export';
  saveBlob(new Blob(parts, { type: job.mediaType ?? 'application/octet-stream' }), fileName);
  return { fileName, bytes: received, summary: job.summary ?? {} };
}
