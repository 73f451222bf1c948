/**
 * Importing files the window sends: announced, sent in base64 slices, imported in the
 * background with progress, reported per file in plain words, and the persons each new
 * record mentions accepted (linked to the record) or rejected.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IMPORT_SLICE_BYTES, type ImportJob } from '../../../src/shared/api';
import { ArchiveSession } from '../../../src/main/api/archive-session';
import { createDispatch, type Dispatch } from '../../../src/main/api/dispatch';
import { handlers } from '../../../src/main/api/handlers';
import { createImportHandlers } from '../../../src/main/api/import-handlers';
import { verifyArchive } from '../../../src/main/archive/verify';
import { ImportJobs, spoolName } from '../../../src/main/importers/import-jobs';
import { makePdf } from '../importers/fixtures';

const MAX_FILE_BYTES = 64 * 1024;
const ARTICLE_HTML = `<!doctype html><html><head><meta charset="utf-8">
<title>Суд над Ерланом Сейтқали перенесли</title></head><body><article>
<h1>Суд над Ерланом Сейтқали перенесли</h1>
<p>Алматы. Заседание по делу Ерлана Сейтқали снова отложено: судья не явился.</p>
<p>Сестра подсудимого сказала, что передачи в СИЗО принимают только по вторникам.</p>
</article></body></html>`;

describe('import through the API', () => {
  let dir: string;
  let session: ArchiveSession;
  let jobs: ImportJobs;
  let tempRoot: string;
  let dispatch: Dispatch;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'casefile-import-api-'));
    tempRoot = path.join(dir, 'incoming');
    await fs.mkdir(tempRoot);
    session = await ArchiveSession.start(path.join(dir, 'archive'));
    jobs = new ImportJobs({ limits: { maxFileBytes: MAX_FILE_BYTES }, workers: 1, tempRoot });
    dispatch = createDispatch(
      { ...handlers, ...createImportHandlers(jobs) },
      { session },
      () => undefined,
    );
    await call('persons.create', {
      id: 'p-erlan',
      name: 'Erlan Seitkali',
      nativeName: 'Ерлан Сейтқали',
      role: 'prisoner',
    });
    await call('persons.create', {
      id: 'p-aigul',
      name: 'Aigul Nurbekova',
      nativeName: 'Айгүл Нұрбекова',
      role: 'prisoner',
    });
  });

  afterEach(async () => {
    await session.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  async function call(name: string, input: unknown): Promise<unknown> {
    const result = await dispatch(name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value;
  }

  /** What the window does: announce, send every file in slices, start, wait for the end. */
  async function importThrough(files: { name: string; bytes: Uint8Array }[]): Promise<ImportJob> {
    const begun = (await call('import.begin', {
      files: files.map((file) => ({ name: file.name, size: file.bytes.length })),
    })) as ImportJob;
    for (const [index, file] of files.entries()) {
      if (file.bytes.length > MAX_FILE_BYTES) continue;
      for (let offset = 0; offset < file.bytes.length; offset += IMPORT_SLICE_BYTES) {
        const slice = file.bytes.subarray(offset, offset + IMPORT_SLICE_BYTES);
        await call('import.send', {
          jobId: begun.jobId,
          index,
          offset,
          data: Buffer.from(slice).toString('base64'),
        });
      }
    }
    const started = (await call('import.start', { jobId: begun.jobId })) as ImportJob;
    expect(started.state).toBe('working');
    await jobs.settled(begun.jobId);
    return (await call('import.status', { jobId: begun.jobId })) as ImportJob;
  }

  it('imports a PDF and an HTML article, and an accepted person lists the document', async () => {
    const pdf = await makePdf({
      title: 'Приговор',
      pages: [
        'Приговор по делу Айгүл Нұрбековой. Суд назначил Айгүл Нұрбековой наказание в виде ' +
          'лишения свободы сроком на пять лет с отбыванием в колонии общего режима.',
      ],
    });
    const report = await importThrough([
      { name: 'Приговор Нұрбековой.pdf', bytes: pdf },
      { name: 'сейтқали-суд.html', bytes: new TextEncoder().encode(ARTICLE_HTML) },
    ]);
    expect(report).toMatchObject({ state: 'done', done: 2, total: 2, skipped: [], failed: [] });
    const doc = report.created.find((created) => created.kind === 'document');
    const article = report.created.find((created) => created.kind === 'article');
    expect(doc?.file).toBe('Приговор Нұрбековой.pdf');
    expect(article?.title).toContain('Сейтқали');
    const suggested = doc?.persons.find((person) => person.personId === 'p-aigul');
    expect(suggested).toMatchObject({ decision: 'pending' });
    expect(suggested?.sentence).toContain('Нұрбековой');
    expect(article?.persons.map((person) => person.personId)).toContain('p-erlan');

    const before = (await call('documents.list', { personId: 'p-aigul' })) as { total: number };
    expect(before.total).toBe(0);
    const decided = (await call('import.decide', {
      jobId: report.jobId,
      recordId: doc?.id,
      personId: 'p-aigul',
      decision: 'accepted',
    })) as ImportJob;
    expect(decided.created.find((c) => c.id === doc?.id)?.persons[0].decision).toBe('accepted');
    const after = (await call('documents.list', { personId: 'p-aigul' })) as {
      items: { id: string }[];
    };
    expect(after.items.map((item) => item.id)).toEqual([doc?.id]);
    // The text the document was made with is still whole after the link.
    const stored = (await call('documents.get', { id: doc?.id })) as { text: string };
    expect(stored.text).toContain('колонии общего режима');

    await call('import.decide', {
      jobId: report.jobId,
      recordId: article?.id,
      personId: 'p-erlan',
      decision: 'rejected',
    });
    const articles = (await call('articles.list', { personId: 'p-erlan' })) as { total: number };
    expect(articles.total).toBe(0);
    expect(await verifyArchive(session.current)).toEqual([]);
    // Nothing of the sent files is left behind once the import ended.
    expect(await fs.readdir(tempRoot)).toEqual([]);
  });

  it('reports each bad file in plain words and goes on with the rest', async () => {
    const corruptPdf = (await makePdf({ pages: ['Хат'] })).subarray(0, 300);
    const binary = new Uint8Array(4096).map((_, i) => (i * 37) % 256);
    const report = await importThrough([
      { name: 'бос.txt', bytes: new Uint8Array() },
      { name: 'бұзылған.pdf', bytes: corruptPdf },
      { name: 'сурет.txt', bytes: binary },
      { name: 'үлкен.txt', bytes: new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61) },
      { name: 'кесте.xlsx', bytes: new TextEncoder().encode('not really a workbook') },
      { name: 'хат.md', bytes: new TextEncoder().encode('# Хат\n\nЕрлан Сейтқали хат жазды.') },
    ]);
    expect(report.state).toBe('done');
    expect(report.created.map((created) => created.file)).toEqual(['хат.md']);
    const reasons = Object.fromEntries(report.failed.map((f) => [f.file, f.reason]));
    expect(Object.keys(reasons).sort()).toEqual(
      ['бос.txt', 'бұзылған.pdf', 'сурет.txt', 'үлкен.txt', 'кесте.xlsx'].sort(),
    );
    expect(reasons['бос.txt']).toBe('This file is empty.');
    expect(reasons['үлкен.txt']).toMatch(/larger than 64 KB/i);
    for (const reason of Object.values(reasons)) expect(reason).toMatch(/^[A-Z].*\.$/);
    expect(await verifyArchive(session.current)).toEqual([]);
  });

  it('skips a file the archive already holds, and one sent twice in a batch', async () => {
    const pdf = await makePdf({ pages: ['Айгүл Нұрбекова жазған шағым.'] });
    const first = await importThrough([
      { name: 'шағым.pdf', bytes: pdf },
      { name: 'шағым (көшірме).pdf', bytes: pdf },
    ]);
    expect(first.created.map((c) => c.file)).toEqual(['шағым.pdf']);
    expect(first.skipped).toEqual([
      expect.objectContaining({
        file: 'шағым (көшірме).pdf',
        reason: expect.stringMatching(/same file/),
      }),
    ]);
    const second = await importThrough([{ name: 'тағы.pdf', bytes: pdf }]);
    expect(second.created).toEqual([]);
    expect(second.skipped[0]).toMatchObject({ file: 'тағы.pdf', duplicateOf: first.created[0].id });
  });

  it('refuses slices out of order, over the announced size, or not base64', async () => {
    const begun = (await call('import.begin', {
      files: [{ name: 'хат.txt', size: 10 }],
    })) as ImportJob;
    const send = (offset: number, data: string) =>
      dispatch('import.send', { jobId: begun.jobId, index: 0, offset, data });
    expect(await send(4, 'YWJj')).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await send(0, 'не base64')).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await send(0, Buffer.from('12345678901').toString('base64'))).toMatchObject({
      ok: false,
      error: { code: 'validation', message: expect.stringMatching(/more bytes/) },
    });
    expect(await send(0, Buffer.from('12345').toString('base64'))).toEqual({
      ok: true,
      value: { received: 5 },
    });
    expect(await dispatch('import.start', { jobId: begun.jobId })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/has not fully arrived/) },
    });
    expect(await dispatch('import.begin', { files: [] })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    const cancelled = (await call('import.cancel', { jobId: begun.jobId })) as ImportJob;
    expect(cancelled).toMatchObject({ state: 'cancelled', notReached: 1 });
    expect(await fs.readdir(tempRoot)).toEqual([]);
  });

  it('cancels a running batch: what is stored stays, the rest is skipped', async () => {
    const files = Array.from({ length: 30 }, (_, i) => ({
      name: `хабар-${i}.txt`,
      bytes: new TextEncoder().encode(`Хабар ${i}: Ерлан Сейтқали туралы жаңалық. `.repeat(50 + i)),
    }));
    const begun = (await call('import.begin', {
      files: files.map((f) => ({ name: f.name, size: f.bytes.length })),
    })) as ImportJob;
    for (const [index, file] of files.entries())
      await call('import.send', {
        jobId: begun.jobId,
        index,
        offset: 0,
        data: Buffer.from(file.bytes).toString('base64'),
      });
    await call('import.start', { jobId: begun.jobId });
    const cancelled = (await call('import.cancel', { jobId: begun.jobId })) as ImportJob;
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.created.length + cancelled.notReached).toBe(30);
    expect(cancelled.notReached).toBeGreaterThan(0);
    expect(cancelled.skipped).toEqual([]);
    const stored = (await call('articles.list', {})) as { total: number };
    expect(stored.total).toBe(cancelled.created.length);
    expect(await verifyArchive(session.current)).toEqual([]);
  });

  it('makes pasted text an article and suggests the persons it names', async () => {
    const text = 'Айгүл Нұрбекова колониядан хат жіберді.\n\nОл денсаулығы туралы жазды.';
    const job = (await call('import.paste', { title: 'Хат колониядан', text })) as ImportJob;
    const [article] = job.created;
    expect(article).toMatchObject({ kind: 'article', title: 'Хат колониядан' });
    expect(article.persons.map((p) => p.personId)).toEqual(['p-aigul']);
    await call('import.decide', {
      jobId: job.jobId,
      recordId: article.id,
      personId: 'p-aigul',
      decision: 'accepted',
    });
    const stored = (await call('articles.get', { id: article.id })) as {
      body: string;
      personIds: string[];
    };
    expect(stored).toMatchObject({ body: text, personIds: ['p-aigul'] });
    expect(await dispatch('import.paste', { title: '', text })).toMatchObject({ ok: false });
  });

  it('numbers a sent file in its folder, keeping only its extension', () => {
    expect(spoolName(0, '../../etc/passwd')).toBe('0');
    expect(spoolName(3, '..')).toBe('3');
    expect(spoolName(7, 'Ерлан Сейтқали — үкім.PDF')).toBe('7.pdf');
    expect(spoolName(2, 'хат.pdf/../../x')).toBe('2');
  });
});
