/**
 * The archive bundle through the API table, as the window uses it: `export.start` with
 * `what: 'bundle'` fetched in slices, and the `.casefile` file sent back through the import
 * calls into another archive, whose report lists what the merge did.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IMPORT_SLICE_BYTES, type ExportJob, type ImportJob } from '../../../src/shared/api';
import { ArchiveSession } from '../../../src/main/api/archive-session';
import { callOrThrow, createDispatch, type Dispatch } from '../../../src/main/api/dispatch';
import { handlers } from '../../../src/main/api/handlers';
import { createImportHandlers } from '../../../src/main/api/import-handlers';
import { Archive } from '../../../src/main/archive/archive';
import { verifyArchive } from '../../../src/main/archive/verify';
import { ImportJobs } from '../../../src/main/importers/import-jobs';

describe('archive bundles through the API', () => {
  let dir: string;
  let source: ArchiveSession;
  let target: ArchiveSession;
  let jobs: ImportJobs;
  let fromSource: Dispatch;
  let intoTarget: Dispatch;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'casefile-bundle-api-'));
    source = await ArchiveSession.start(path.join(dir, 'source'));
    target = await ArchiveSession.start(path.join(dir, 'target'));
    jobs = new ImportJobs({ workers: 1, tempRoot: dir });
    const all = { ...handlers, ...createImportHandlers(jobs) };
    fromSource = createDispatch(all, { session: source }, () => undefined);
    intoTarget = createDispatch(all, { session: target }, () => undefined);
    await callOrThrow(fromSource, 'persons.create', {
      id: 'p-baqyt',
      name: 'Baqyt Serikbaiuly',
      nativeName: 'Бақыт Серікбайұлы',
      role: 'prisoner',
    });
    await callOrThrow(fromSource, 'articles.create', {
      title: 'Бақыт Серікбайұлына хат жазыңыз',
      body: 'Шұғыл әрекет. Ғ қ ң ө ұ ү һ і.',
      personIds: ['p-baqyt'],
    });
  });

  afterEach(async () => {
    await source.close();
    await target.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  async function exported(request: unknown): Promise<{ job: ExportJob; bytes: Buffer }> {
    let job = await callOrThrow(fromSource, 'export.start', request);
    while (job.state === 'working') {
      await new Promise((resolve) => setTimeout(resolve, 20));
      job = await callOrThrow(fromSource, 'export.status', { jobId: job.jobId });
    }
    const parts: Buffer[] = [];
    let offset: number | null = 0;
    while (job.state === 'done' && offset !== null) {
      const slice: { base64: string; nextOffset: number | null } = await callOrThrow(
        fromSource,
        'export.chunk',
        { jobId: job.jobId, offset },
      );
      parts.push(Buffer.from(slice.base64, 'base64'));
      offset = slice.nextOffset;
    }
    return { job, bytes: Buffer.concat(parts) };
  }

  async function imported(name: string, bytes: Buffer, passphrase?: string): Promise<ImportJob> {
    const begun = await callOrThrow(intoTarget, 'import.begin', {
      files: [{ name, size: bytes.length }],
    });
    for (let offset = 0; offset < bytes.length; offset += IMPORT_SLICE_BYTES) {
      await callOrThrow(intoTarget, 'import.send', {
        jobId: begun.jobId,
        index: 0,
        offset,
        data: bytes.subarray(offset, offset + IMPORT_SLICE_BYTES).toString('base64'),
      });
    }
    await callOrThrow(intoTarget, 'import.start', {
      jobId: begun.jobId,
      ...(passphrase ? { bundlePassphrase: passphrase } : {}),
    });
    await jobs.settled(begun.jobId);
    return callOrThrow(intoTarget, 'import.status', { jobId: begun.jobId });
  }

  it('exports a bundle as a job and merges it through the import calls', async () => {
    const { job, bytes } = await exported({ what: 'bundle' });
    expect(job).toMatchObject({
      state: 'done',
      mediaType: 'application/vnd.casefile.bundle+zip',
      summary: { records: 2, files: 0, encrypted: 0 },
    });
    expect(job.fileName).toMatch(/\.casefile$/);
    const report = await imported(job.fileName!, bytes);
    expect(report).toMatchObject({ state: 'done', done: 1, total: 1, created: [], failed: [] });
    expect(report.merged).toEqual([
      expect.objectContaining({ file: job.fileName, added: 2, updated: 0, conflicts: [] }),
    ]);
    expect(target.current.has('person', 'p-baqyt')).toBe(true);
    expect(await verifyArchive(target.current)).toEqual([]);
  });

  it('lists a bad bundle as not imported, with its sentence, and writes nothing', async () => {
    const report = await imported('бума.casefile', Buffer.from('not a zip'));
    expect(report.merged).toEqual([]);
    expect(report.failed).toEqual([
      {
        file: 'бума.casefile',
        reason: 'This file is not a Casefile archive bundle (it is not a ZIP file).',
      },
    ]);
    expect(target.current.info.counts.person).toBe(0);
  });

  it('seals the bundle with the passphrase given, and opens it with the same', async () => {
    const { job, bytes } = await exported({ what: 'bundle', passphrase: 'жасырын сөз 2026' });
    expect(job.summary).toMatchObject({ encrypted: 1 });
    expect(bytes.includes('Baqyt')).toBe(false);
    const without = await imported('sealed.casefile', bytes);
    expect(without.failed[0].reason).toMatch(/encrypted: enter its passphrase/);
    const opened = await imported('sealed.casefile', bytes, 'жасырын сөз 2026');
    expect(opened.merged?.[0]).toMatchObject({ added: 2 });
  });

  it('refuses at once to export an encrypted archive without a passphrase for the bundle', async () => {
    const folder = path.join(dir, 'encrypted');
    const created = await Archive.open(folder, { create: true, encryptWith: 'мұрағат құпиясы' });
    await created.close();
    const encrypted = await ArchiveSession.start(folder, { passphrase: 'мұрағат құпиясы' });
    try {
      const dispatch = createDispatch(handlers, { session: encrypted }, () => undefined);
      const refused = await dispatch('export.start', { what: 'bundle' });
      expect(refused).toMatchObject({
        ok: false,
        error: {
          code: 'passphrase-required',
          message: expect.stringMatching(/choose a passphrase/),
        },
      });
      const short = await dispatch('export.start', { what: 'bundle', passphrase: 'қысқа' });
      expect(short).toMatchObject({ ok: false, error: { code: 'validation' } });
    } finally {
      await encrypted.close();
    }
  });
});
