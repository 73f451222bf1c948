/**
 * Exports run in the background and keep their finished bytes in memory until the window has
 * fetched them, so that a long ZIP never holds up other calls and both transports (IPC and
 * serve mode's HTTP) deliver files the same way: as slices through the API table. Nothing is
 * written to disk by main; the window saves the file where the user chooses.
 */
import { randomBytes } from 'node:crypto';
import type { ExportJob } from '../../shared/api';
import { CasefileError } from '../../shared/errors';

/** A slice of the file per call: 1 MiB becomes about 1.4 MB of base64, small for any transport. */
export const CHUNK_BYTES = 1024 * 1024;
/** Finished files nobody fetched are dropped after this long, so memory does not fill up. */
const KEEP_MS = 15 * 60 * 1000;
/** At most this many exports are held at once; the oldest finished one makes room. */
const MAX_JOBS = 8;

export interface ExportResult {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly mediaType: string;
  readonly summary?: Record<string, number>;
}

/** What a running export reports: its step, and bytes produced so far when it streams. */
export interface ExportProgress {
  step(step: 'collecting' | 'rendering'): void;
  produced(bytes: number): void;
}

interface Job {
  status: ExportJob;
  result?: ExportResult;
  finishedAt?: number;
}

export class ExportJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly clock: () => number = Date.now) {}

  start(work: (progress: ExportProgress) => Promise<ExportResult>): ExportJob {
    this.sweep();
    const jobId = randomBytes(12).toString('hex');
    const job: Job = { status: { jobId, state: 'working', step: 'collecting', bytes: 0 } };
    this.jobs.set(jobId, job);
    const progress: ExportProgress = {
      step: (step) => {
        job.status = { ...job.status, step };
      },
      produced: (bytes) => {
        job.status = { ...job.status, bytes };
      },
    };
    // Started on the next turn so that `start` answers at once, whatever the export's size.
    setImmediate(() => {
      work(progress).then(
        (result) => {
          job.result = result;
          job.finishedAt = this.clock();
          job.status = {
            jobId,
            state: 'done',
            step: 'done',
            bytes: result.bytes.byteLength,
            fileName: result.fileName,
            mediaType: result.mediaType,
            ...(result.summary ? { summary: result.summary } : {}),
          };
        },
        (error: unknown) => {
          job.finishedAt = this.clock();
          job.status = {
            ...job.status,
            state: 'failed',
            step: 'failed',
            error:
              error instanceof CasefileError
                ? error.message
                : 'The export failed inside Casefile. The details are in its log.',
          };
          if (!(error instanceof CasefileError)) console.error(error);
        },
      );
    });
    return job.status;
  }

  status(jobId: string): ExportJob {
    return this.job(jobId).status;
  }

  chunk(jobId: string, offset: number): { base64: string; nextOffset: number | null } {
    const job = this.job(jobId);
    if (!job.result) {
      throw new CasefileError('conflict', 'This export has not finished yet.');
    }
    const { bytes } = job.result;
    if (offset > bytes.byteLength) {
      throw new CasefileError('validation', 'The offset is past the end of the exported file.');
    }
    const end = Math.min(bytes.byteLength, offset + CHUNK_BYTES);
    const slice = Buffer.from(bytes.buffer, bytes.byteOffset + offset, end - offset);
    return { base64: slice.toString('base64'), nextOffset: end < bytes.byteLength ? end : null };
  }

  discard(jobId: string): boolean {
    return this.jobs.delete(jobId);
  }

  private job(jobId: string): Job {
    this.sweep();
    const job = this.jobs.get(jobId);
    if (!job) {
      throw new CasefileError(
        'not-found',
        'This export is no longer held: it was saved or dropped. Export again.',
      );
    }
    return job;
  }

  private sweep(): void {
    const now = this.clock();
    for (const [id, job] of this.jobs) {
      if (job.finishedAt !== undefined && now - job.finishedAt > KEEP_MS) this.jobs.delete(id);
    }
    const finished = [...this.jobs].filter(([, job]) => job.finishedAt !== undefined);
    while (this.jobs.size >= MAX_JOBS && finished.length) {
      const [oldest] = finished.shift()!;
      this.jobs.delete(oldest);
    }
  }
}
