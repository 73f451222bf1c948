/**
 * The worker thread that builds the full-text index file, so that the window (or the
 * server) stays responsive while a large archive is indexed. It reads the long texts
 * itself and writes only the new index file; the main thread swaps it in when done.
 */
import { parentPort } from 'node:worker_threads';
import { promises as fs } from 'node:fs';
import { ArchiveFs } from '../archive/archive-fs';
import { TextStore } from '../archive/content-stores';
import { FulltextIndex, type IndexDoc } from './fulltext-index';
import type { SearchableRecord } from './searchable-fields';
import { toIndexDoc } from './search-service';

interface BuildRequest {
  readonly type: 'build';
  readonly target: string;
  readonly archiveDir: string;
  readonly records: readonly SearchableRecord[];
}

const BATCH = 500;

async function build(request: BuildRequest): Promise<void> {
  await fs.rm(request.target, { force: true });
  const texts = new TextStore(new ArchiveFs(request.archiveDir));
  const index = FulltextIndex.open(request.target);
  try {
    for (let start = 0; start < request.records.length; start += BATCH) {
      const docs: IndexDoc[] = [];
      for (const record of request.records.slice(start, start + BATCH)) {
        const longText = record.textHash ? await texts.get(record.textHash).catch(() => '') : '';
        docs.push(toIndexDoc(record, longText));
      }
      // Terms for typo tolerance are gathered once at the end, far faster than per document.
      index.put(docs, false);
      parentPort!.postMessage({
        type: 'progress',
        done: Math.min(start + BATCH, request.records.length),
      });
    }
    index.rebuildTerms();
  } finally {
    index.close();
  }
}

// Told first: terminating a worker still starting up (loading its modules) can hang for good.
parentPort!.postMessage({ type: 'started' });

parentPort!.on('message', (request: BuildRequest) => {
  build(request).then(
    () => parentPort!.postMessage({ type: 'done' }),
    (error: unknown) =>
      parentPort!.postMessage({
        type: 'error',
        error: error instanceof Error ? error.message : String(error),
      }),
  );
});
