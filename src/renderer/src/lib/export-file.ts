/**
 * Running an export and saving its file: start it in main, wait for it (telling progress),
 * fetch the bytes in slices and hand them to the browser's own download, which asks where to
 * save in Electron and saves to the downloads folder in a browser. Main never writes the file
 * itself, so no path crosses the API and serve mode opens no extra route.
 */
import type { ApiInput, ExportJob } from '../../../shared/api';
import { call } from '../api-client';
import { ApiError } from '../api-error';

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
  const parts: BlobPart[] = [];
  let offset: number | null = 0;
  let received = 0;
  try {
    while (offset !== null) {
      onProgress({ phase: 'receiving', received, total: job.bytes });
      const slice: { base64: string; nextOffset: number | null } = await call('export.chunk', {
        jobId: job.jobId,
        offset,
      });
      const bytes = fromBase64(slice.base64);
      parts.push(bytes);
      received += bytes.byteLength;
      offset = slice.nextOffset;
    }
  } finally {
    void call('export.discard', { jobId: job.jobId }).catch(() => undefined);
  }
  const fileName = job.fileName ?? 'export';
  saveBlob(new Blob(parts, { type: job.mediaType ?? 'application/octet-stream' }), fileName);
  return { fileName, bytes: received, summary: job.summary ?? {} };
}

function fromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  return bytes;
}

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; the URL is let go a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
