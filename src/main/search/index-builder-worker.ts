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

/**
 * The main thread sends the records in batches, one when asked for ("more"), so that no
 * more than a batch is ever in flight: posting all 360,000 at once cost 180 MB in one
 * message and half a gigabyte of peak memory.
 */
export type BuilderRequest =
  | { readonly type: 'begin'; readonly target: string; readonly archiveDir: string }
  | { readonly type: 'records'; readonly records: readonly SearchableRecord[] }
  | { readonly type: 'end' };

export type BuilderMessage =
  | { readonly type: 'started' }
  | { readonly type: 'more' }
  | { readonly type: 'progress'; readonly done: number }
  | { readonly type: 'done' }
  | { readonly type: 'error'; readonly error: string };

interface Build {
  readonly index: FulltextIndex;
  readonly texts: TextStore;
  done: number;
}

function tell(message: BuilderMessage): void {
  parentPort!.postMessage(message);
}

async function begin(request: { target: string; archiveDir: string }): Promise<Build> {
  await fs.rm(request.target, { force: true });
  return {
    index: FulltextIndex.open(request.target),
    texts: new TextStore(new ArchiveFs(request.archiveDir)),
    done: 0,
  };
}

async function add(build: Build, records: readonly SearchableRecord[]): Promise<void> {
  const docs: IndexDoc[] = [];
  for (const record of records) {
    const longText = record.textHash ? await build.texts.get(record.textHash).catch(() => '') : '';
    docs.push(toIndexDoc(record, longText));
  }
  // Terms for typo tolerance are gathered once at the end, far faster than per document.
  build.index.put(docs, false);
  build.done += records.length;
}

function end(build: Build): void {
  try {
    build.index.rebuildTerms();
  } finally {
    build.index.close();
  }
}

// Told first: terminating a worker still starting up (loading its modules) can hang for good.
tell({ type: 'started' });

let current: Promise<Build | null> = Promise.resolve(null);
parentPort!.on('message', (request: BuilderRequest) => {
  // Requests are handled strictly in order; the main thread sends the next only when asked.
  current = current.then(async (build) => {
    if (request.type === 'begin') {
      const started = await begin(request);
      tell({ type: 'more' });
      return started;
    }
    if (!build) throw new Error('the index build was not begun');
    if (request.type === 'records') {
      await add(build, request.records);
      tell({ type: 'progress', done: build.done });
      tell({ type: 'more' });
      return build;
    }
    end(build);
    tell({ type: 'done' });
    return null;
  });
  current = current.catch((error: unknown) => {
    tell({ type: 'error', error: error instanceof Error ? error.message : String(error) });
    return null;
  });
});
