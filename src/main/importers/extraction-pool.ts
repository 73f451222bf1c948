/**
 * Runs extraction jobs in worker threads, one job per thread at a time. A job that runs
 * past its time, or a thread that dies (out of memory), fails that file alone: the thread
 * is ended and a fresh one takes the next job. Closing ends every thread at once, which is
 * how an import is cancelled.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runExtraction, type ExtractionJob, type ExtractionOutcome } from './extraction-job';

export interface ExtractionRunner {
  /** How many jobs run at once. */
  readonly capacity: number;
  run(job: ExtractionJob): Promise<ExtractionOutcome>;
  close(): Promise<void>;
}

/** Memory one extraction thread may use: a 200 MB PDF needs well over a gigabyte. */
const WORKER_HEAP_MB = 3072;

export const CANCELLED = 'The import was cancelled before this file was read.';

/** In this thread, for small imports and tests; no time limit can stop a job here. */
export function inlineRunner(): ExtractionRunner {
  return { capacity: 1, run: runExtraction, close: async () => undefined };
}

interface Pending {
  readonly job: ExtractionJob;
  readonly resolve: (outcome: ExtractionOutcome) => void;
}

interface Slot {
  worker: Worker;
  busy?: { id: number; pending: Pending; timer: NodeJS.Timeout };
}

export class WorkerPool implements ExtractionRunner {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    readonly capacity: number,
    private readonly timeoutMs: number,
  ) {}

  run(job: ExtractionJob): Promise<ExtractionOutcome> {
    if (this.closed) return Promise.resolve({ ok: false, reason: CANCELLED });
    return new Promise((resolve) => {
      this.queue.push({ job, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.resolve({ ok: false, reason: CANCELLED });
    await Promise.all(
      this.slots.splice(0).map((slot) => {
        if (slot.busy) {
          clearTimeout(slot.busy.timer);
          slot.busy.pending.resolve({ ok: false, reason: CANCELLED });
        }
        return slot.worker.terminate();
      }),
    );
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((candidate) => !candidate.busy);
      if (!slot) {
        if (this.slots.length >= this.capacity) return;
        slot = this.startSlot();
      }
      const pending = this.queue.shift()!;
      const id = this.nextId++;
      const timer = setTimeout(
        () =>
          this.fail(
            slot,
            `Reading this file took longer than ${Math.round(this.timeoutMs / 1000)} seconds, so it was stopped.`,
          ),
        this.timeoutMs,
      );
      slot.busy = { id, pending, timer };
      slot.worker.postMessage({ id, job: pending.job });
    }
  }

  private startSlot(): Slot {
    const slot: Slot = { worker: startWorker() };
    this.slots.push(slot);
    slot.worker.on('message', (message: { id: number; outcome: ExtractionOutcome }) => {
      if (slot.busy?.id !== message.id) return;
      clearTimeout(slot.busy.timer);
      const { resolve } = slot.busy.pending;
      slot.busy = undefined;
      resolve(message.outcome);
      this.dispatch();
    });
    slot.worker.on('error', (error: Error & { code?: string }) => {
      this.fail(
        slot,
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? 'Reading this file needed more memory than an import allows.'
          : `This file could not be read (${error.message.replace(/\.$/, '')}).`,
      );
    });
    slot.worker.on('exit', () => {
      if (slot.busy) this.fail(slot, 'Reading this file stopped unexpectedly.');
    });
    return slot;
  }

  /** Fails the slot's job, ends its thread and lets a fresh one take the queue. */
  private fail(slot: Slot, reason: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    if (slot.busy) {
      clearTimeout(slot.busy.timer);
      slot.busy.pending.resolve({ ok: false, reason });
      slot.busy = undefined;
    }
    void slot.worker.terminate();
    if (!this.closed) this.dispatch();
  }
}

/**
 * Where the worker's file is: from the sources (CLI, tests) the TypeScript file beside this
 * one, run through tsx; in the built app `extraction-worker.js` beside the main bundle, or
 * one folder up when this code sits in a shared chunk.
 */
export function extractionWorkerPath(moduleFile: string): string {
  const extension = path.extname(moduleFile);
  const name = `extraction-worker${extension}`;
  const here = path.join(path.dirname(moduleFile), name);
  if (extension === '.ts' || existsSync(here)) return here;
  return path.join(path.dirname(moduleFile), '..', name);
}

function startWorker(): Worker {
  const file = extractionWorkerPath(fileURLToPath(import.meta.url));
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB };
  if (!file.endsWith('.ts')) return new Worker(file, { resourceLimits });
  const loader = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(file).href)}); })`;
  return new Worker(loader, { eval: true, resourceLimits });
}
