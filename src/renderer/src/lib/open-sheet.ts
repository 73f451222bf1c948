/**
 * Sends a spreadsheet (.csv, .xlsx) the way every import file is sent — announced, then its
 * bytes in base64 slices — and opens it for the mapping step instead of importing it at once.
 */
import { IMPORT_SLICE_BYTES, type SheetPreview } from '../../../shared/api';
import { call } from '../api-client';
import { toBase64 } from './blob-files';

export function isSpreadsheetFile(file: { readonly name: string }): boolean {
  return /\.(?:csv|xlsx)$/i.test(file.name);
}

export async function openSheet(file: File): Promise<SheetPreview> {
  const job = await call('import.begin', { files: [{ name: file.name, size: file.size }] });
  try {
    for (let offset = 0; offset < file.size; offset += IMPORT_SLICE_BYTES) {
      const slice = new Uint8Array(
        await file.slice(offset, offset + IMPORT_SLICE_BYTES).arrayBuffer(),
      );
      await call('import.send', { jobId: job.jobId, index: 0, offset, data: toBase64(slice) });
    }
  } catch (error) {
    // A file over the size limit is refused at its first slice; say which file, and let
    // the import remove what it holds of it.
    await call('import.cancel', { jobId: job.jobId }).catch(() => undefined);
    throw new Error(`${file.name}: ${(error as Error).message}`, { cause: error });
  }
  return call('sheets.open', { jobId: job.jobId, index: 0 });
}
