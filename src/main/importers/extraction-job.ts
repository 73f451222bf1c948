/** One file's extraction as a job with a result that crosses a thread boundary as data. */
import { ExtractionError, type Extracted } from './drafts';
import { extractFile } from './extract-file';
import type { ImportLimits } from './limits';

export interface ExtractionJob {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly limits: ImportLimits;
}

export type ExtractionOutcome =
  | { readonly ok: true; readonly extracted: Extracted }
  | { readonly ok: false; readonly reason: string };

export async function runExtraction(job: ExtractionJob): Promise<ExtractionOutcome> {
  try {
    return { ok: true, extracted: await extractFile(job.bytes, job.fileName, job.limits) };
  } catch (error) {
    if (error instanceof ExtractionError) return { ok: false, reason: error.message };
    // A library failing in a way of its own: the file is still the likely cause.
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `This file could not be read (${detail.replace(/\.$/, '')}).` };
  }
}
